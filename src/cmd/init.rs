//! `kapstok init DIR`: a new project with a small working trajectory.
//!
//! Dates are written relative to today, so the example has no error findings
//! on the day it is made. The folder must be empty or not exist. It also
//! writes the JSON Schemas (`schemas/`), a `# yaml-language-server: $schema=`
//! line at the top of every YAML file, and `.vscode/settings.json`, so an
//! editor underlines mistakes while typing.

use std::path::Path;

use crate::i18n::msg;
use crate::model::Date;

use super::{EXIT_FOUND, EXIT_OK, EXIT_USAGE, usage_error};

pub(super) fn run(dir: &Path, lang: Option<&str>) -> u8 {
    let lang = super::message_language(lang, None);
    if dir.exists() {
        let empty = std::fs::read_dir(dir).map(|mut d| d.next().is_none()).unwrap_or(false);
        if !dir.is_dir() || !empty {
            usage_error(lang, &msg!("cli-init-not-empty", dir = dir.display().to_string()));
            return EXIT_USAGE;
        }
    }
    let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let files: Vec<(&str, String)> = example_files(today)
        .into_iter()
        .map(|(path, text)| match crate::schema::modeline(path) {
            // The editor finds the schema of each YAML file through this line.
            Some(line) => (path, format!("{line}\n{text}")),
            None => (path, text),
        })
        .collect();
    for (path, text) in &files {
        let target = dir.join(path);
        let written = target.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&target, text));
        if let Err(e) = written {
            usage_error(lang, &super::cannot_write(&target, &e));
            return EXIT_FOUND;
        }
    }
    let schemas = match super::schema::write(dir) {
        Ok(w) => w,
        Err(e) => {
            usage_error(lang, &e);
            return EXIT_FOUND;
        }
    };
    let shown = dir.display().to_string();
    println!("{}", msg!("cli-init-made", dir = shown.as_str()).say(lang));
    for (path, _) in &files {
        println!("  {path}");
    }
    println!("  {}", msg!("cli-init-schemas", folder = crate::schema::DIR, n = schemas.schemas.len()).say(lang));
    println!("\n{}", msg!("cli-init-next", dir = shown).say(lang));
    EXIT_OK
}

fn days(today: Date, n: i64) -> String {
    today.checked_add(jiff::Span::new().days(n)).unwrap_or(today).to_string()
}

/// The example project: (relative path, text).
pub(super) fn example_files(today: Date) -> Vec<(&'static str, String)> {
    let d = |n| days(today, n);
    vec![
        (
            "content/site.yaml",
            format!(
                r#"# The project: organisation, trajectory, the two sites and the checks.
# Every key is described in docs/content-format.md of kapstok.
organisation: Gemeente Voorbeeld
language: nl
trajectory:
  title: MVO-traject {year}
  start: {start}
  end: {end}
sites:
  intranet: {{ title: "MVO-traject (intern)", base_url: "https://intranet.voorbeeld.be/mvo/" }}
  public: {{ title: "Duurzaam Voorbeeld", base_url: "https://www.voorbeeld.be/duurzaamheid/" }}
departments: [Milieudienst, Secretariaat, Personeelsdienst]
contact: {{ name: Dienst communicatie, email: communicatie@voorbeeld.be }}
checks:
  stale_after_days: 180
"#,
                year = today.year(),
                start = d(-60),
                end = d(300)
            ),
        ),
        (
            "content/team.yaml",
            format!(
                r#"# The core team (kopgroep). Names never reach the public site.
mandate:
  body: College van burgemeester en schepenen
  date: {mandate}
  scope: Beleidsvoorbereidend werk; acties voorleggen aan het college
members:
  - id: els
    name: Els Peeters
    role: Milieuambtenaar
    department: Milieudienst
    kind: staff
    lead: true
  - id: jan
    name: Jan Claes
    role: Algemeen directeur
    department: Secretariaat
    kind: staff
  - id: an
    name: An Wouters
    role: Schepen van leefmilieu
    department: Secretariaat
    kind: elected
"#,
                mandate = d(-70)
            ),
        ),
        (
            "content/sessions.yaml",
            format!(
                r#"- number: 1
  date: {s1}
  title: Kennismaking en lokale foto
  phase: kopgroep
  hours: 3
  status: done
  summary: |
    We verzamelden wat de organisatie al doet en hingen het aan de SDG's.
- number: 2
  date: {s2}
  title: Actieplan kiezen
  phase: actieplan
"#,
                s1 = d(-30),
                s2 = d(30)
            ),
        ),
        (
            "content/inventory/meerjarenplan.yaml",
            r#"# The lokale foto: what the organisation already does.
- id: digitaal-cbs
  title: Digitale agenda voor het college
  kind: action
  source: multiyear-plan
  department: Secretariaat
  sdgs: [12]
  topics: [governance, environment]
  visibility: public
- id: fietsvergoeding
  title: Fietsvergoeding voor woon-werkverkeer
  kind: action
  source: department-plan
  department: Personeelsdienst
  sdgs: [3, 11]
  topics: [employer, society]
  visibility: public
- id: eerlijke-aankoop
  title: Eerlijke en sociale criteria in aankoopdossiers
  kind: goal
  source: policy-statement
  department: Secretariaat
  sdgs: [8, 12]
  topics: [fair-business, human-rights]
"#
            .to_owned(),
        ),
        (
            "content/actions/papierarm-vergaderen.md",
            format!(
                r#"---
title: Papierarm vergaderen
owners: [els, jan]
department: Secretariaat
status: in-progress
start: {start}
due: {due}
sdgs: [12, 13]
topics: [environment]
phase: actieplan
visibility: public
builds_on: [digitaal-cbs]
indicators:
  - name: Afgedrukte pagina's per maand
    unit: pagina's
    baseline: 12000
    target: 6000
    source: teller van de printers (facilitaire dienst)
    frequency: monthly
    progress:
      - {{ date: {p1}, value: 9500, note: Eerste meting na de invoering van tablets }}
  - name: Vergaderingen zonder papieren dossier
    unit: "%"
    baseline: 20
    target: 100
    source: secretariaat, uit de vergaderkalender
    frequency: monthly
    # Loopt achter op de lijn van beginwaarde naar doel: pas toe of leg uit.
    explanation: De gemeenteraad vergadert pas digitaal zodra elk raadslid een tablet heeft; die levering volgt na de zomer.
    progress:
      - {{ date: {p1}, value: 25 }}
follow_up:
  - {{ date: {f1}, with: kopgroep }}
internal_note: Budget voor extra tablets nog voorleggen aan het college.
---
## Wat we doen

Raadsleden en diensten vergaderen met tablets in plaats van papieren dossiers. Dit
bouwt voort op [de digitale agenda](@inventory/digitaal-cbs).
"#,
                start = d(-50),
                due = d(250),
                p1 = d(-10),
                f1 = d(40)
            ),
        ),
        (
            "content/evaluation/evaluatie.yaml",
            r#"questions:
  - id: maturiteit
    text: Is het inzicht in MVO in de organisatie gegroeid door het traject?
quotes:
  - question: maturiteit
    text: We zien nu beter wat we al doen en waar de blinde vlekken zitten.
    by: els
    attribution: Kopgroeplid
    visibility: public
"#
            .to_owned(),
        ),
        (
            "content/claims/claims.yaml",
            r#"# What we say in communication. Each claim links the actions that back it.
- id: halvering-papier
  text: We halveren ons papierverbruik.
  kind: commitment
  actions: [papierarm-vergaderen]
  channels: [website, personeelsblad]
  visibility: public
"#
            .to_owned(),
        ),
        (
            "content/pages/index.md",
            r#"---
title: Samen duurzaam
audience: both
---
Onze gemeente werkt aan een MVO-traject: we brengen in kaart wat we al doen, kiezen
acties met een trekker en een meetbaar doel, en volgen ze samen op.
"#
            .to_owned(),
        ),
    ]
}
