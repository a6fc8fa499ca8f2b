//! Test-only: build a small project from strings (through `load` and
//! `validate`, in a temporary folder) and run the checks on it.

use std::fmt::Write as _;

use crate::diag::Diagnostic;
use crate::model::{Date, Project};

pub(crate) const TODAY: Date = Date::constant(2025, 11, 15);

pub(crate) const TEAM: &str = "mandate: { body: College, date: 2024-01-08 }\nmembers:\n  - { id: els, name: Els Peeters, department: Milieudienst, kind: staff, lead: true }\n  - { id: jan, name: Jan Janssens, department: Bestuur, kind: elected }\n";

/// A done, public action with a public indicator and a measurement.
pub(crate) const ACTION_DONE: &str = "title: Iets gedaan\nowners: [els]\nstatus: done\nvisibility: public\nindicator: { name: Dingen, unit: dingen, baseline: 10, target: 20 }\nprogress:\n  - { date: 2025-06-01, value: 20 }\n";

/// An open, public action with a plan, a follow-up and recent progress.
pub(crate) const ACTION_OPEN: &str = "title: Iets bezig\nowners: [els]\nstatus: in-progress\nstart: 2025-01-01\ndue: 2026-12-31\nvisibility: public\nindicator: { name: Verbruik, unit: MWh, baseline: 100, target: 80 }\nprogress:\n  - { date: 2025-10-01, value: 90 }\nfollow_up:\n  - { date: 2026-01-10, with: kopgroep }\n";

/// One public claim `c`, as `claims/*.yaml` writes it, with `extra` lines after.
pub(crate) fn claim(text: &str, kind: &str, actions: &str, extra: &str) -> String {
    format!("- id: c\n  text: \"{text}\"\n  kind: {kind}\n  actions: [{actions}]\n  visibility: public\n{extra}")
}

pub(crate) struct TestProject {
    site_extra: String,
    team: Option<String>,
    files: Vec<(String, String)>,
}

impl TestProject {
    pub(crate) fn new() -> Self {
        TestProject { site_extra: String::new(), team: Some(TEAM.to_owned()), files: Vec::new() }
    }

    pub(crate) fn site_extra(mut self, yaml: &str) -> Self {
        self.site_extra.push_str(yaml);
        self
    }

    pub(crate) fn team(mut self, yaml: Option<&str>) -> Self {
        self.team = yaml.map(str::to_owned);
        self
    }

    pub(crate) fn file(mut self, path: &str, text: &str) -> Self {
        self.files.push((path.to_owned(), text.to_owned()));
        self
    }

    /// An action file from its front matter (YAML, without the `---` lines) and an empty body.
    pub(crate) fn action(self, id: &str, front: &str) -> Self {
        self.action_body(id, front, "")
    }

    pub(crate) fn action_body(self, id: &str, front: &str, body: &str) -> Self {
        self.file(&format!("content/actions/{id}.md"), &format!("---\n{front}---\n{body}"))
    }

    pub(crate) fn claims(self, yaml: &str) -> Self {
        self.file("content/claims/claims.yaml", yaml)
    }

    pub(crate) fn inventory(self, yaml: &str) -> Self {
        self.file("content/inventory/items.yaml", yaml)
    }

    pub(crate) fn page(self, slug: &str, front: &str, body: &str) -> Self {
        self.file(&format!("content/pages/{slug}.md"), &format!("---\n{front}---\n{body}"))
    }

    pub(crate) fn load(&self) -> (tempfile::TempDir, Project) {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let mut site = String::from(
            "organisation: Gemeente Test\ntrajectory: { title: Traject, start: 2024-09-16 }\nsites:\n  intranet: { title: Intern, base_url: \"https://i.test/\" }\n  public: { title: Publiek, base_url: \"https://p.test/\" }\n",
        );
        let _ = write!(site, "{}", self.site_extra);
        std::fs::create_dir_all(root.join("content")).expect("mkdir");
        std::fs::write(root.join("content/site.yaml"), site).expect("write");
        if let Some(team) = &self.team {
            std::fs::write(root.join("content/team.yaml"), team).expect("write");
        }
        for (path, text) in &self.files {
            let p = root.join(path);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, text).expect("write");
        }
        let v = crate::validate::validate(crate::load::load(root));
        let errors: Vec<_> = v.diags.iter().filter(|d| d.is_error()).map(|d| d.message.clone()).collect();
        assert!(errors.is_empty(), "content errors in test project: {errors:#?}");
        (dir, v.project.expect("project"))
    }

    /// Every finding (runner included) for today = [`TODAY`].
    pub(crate) fn check(&self) -> Vec<Diagnostic> {
        let (_dir, p) = self.load();
        super::run(&p, TODAY, &crate::privacy::Guard::new(&p))
    }

    /// The findings of one rule function alone (no overrides, no exceptions).
    pub(crate) fn rule(&self, f: fn(&super::Ctx) -> Vec<Diagnostic>) -> Vec<Diagnostic> {
        let (_dir, p) = self.load();
        f(&super::Ctx::new(&p, TODAY))
    }
}

pub(crate) fn has(d: &[Diagnostic], rule: &str) -> bool {
    d.iter().any(|x| x.code.id() == rule)
}
