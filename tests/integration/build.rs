//! Integration tests (to be filled).
