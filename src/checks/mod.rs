//! The checks: rules over the validated model, one registry.
pub mod registry;
