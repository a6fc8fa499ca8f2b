//! The privacy boundary against real slips (issue 18): a note pasted into a
//! public field, a name written the way people write it, a name hidden in a
//! link, an attribute or a file name. Each test writes a small project on top
//! of the `minimal` fixture, and asserts what `check` reports (rule, file,
//! line) and that `build` keeps the public site unpublished; and the other
//! way round, that what is public may stay public.

use std::fs;
use std::path::Path;

use crate::support::{copy_to_temp, fixture, kapstok};

/// The `minimal` fixture (members Els Peeters and Jan Smet), with the
/// team replaced by one that has Sofie Van der Meulen, and `files` written.
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let tmp = copy_to_temp(&fixture("minimal"));
    let team = "members:\n  - id: sofie\n    name: Sofie Van der Meulen\n    department: Milieudienst\n    kind: staff\n    lead: true\n  - id: els\n    name: Els Peeters\n    department: Bestuur\n    kind: elected\n";
    fs::write(tmp.path().join("content/team.yaml"), team).unwrap();
    for (rel, text) in files {
        let path = tmp.path().join("content").join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    tmp
}

/// A public action with `body`, owned by Sofie.
fn public_action(id: &str, extra: &str, body: &str) -> String {
    format!("---\ntitle: Actie {id}\nowners: [sofie]\nstatus: planned\nvisibility: public\n{extra}---\n{body}\n")
}

/// The privacy findings of `check --format json`: (rule, file, line).
fn privacy_findings(root: &Path) -> Vec<(String, String, u64)> {
    let run = kapstok(root, &["check", "--root", ".", "--format", "json"]);
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .filter(|f| f["rule"].as_str().is_some_and(|r| r.starts_with("public-personal-name") || r.starts_with("public-internal-text")))
        .map(|f| (f["rule"].as_str().unwrap().to_owned(), f["file"].as_str().unwrap_or("").to_owned(), f["line"].as_u64().unwrap_or(0)))
        .collect()
}

/// `build` refuses to publish: exit 1, the public site not written.
fn assert_blocked(root: &Path) -> String {
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 1, "stderr:\n{}", run.stderr);
    assert!(run.stderr.contains("public site NOT updated"), "{}", run.stderr);
    assert!(!root.join("output/public/index.html").exists());
    run.stderr
}

fn assert_published(root: &Path) {
    let run = kapstok(root, &["build", "--root", "."]);
    assert_eq!(run.code, 0, "stderr:\n{}", run.stderr);
    assert!(root.join("output/public/index.html").is_file());
}

const NOTE: &str = "De aannemer heeft de offerte twee keer laten aanpassen na klachten.";

// See: issue 18, "Copied notes are the likeliest leak".
#[test]
fn an_internal_note_pasted_into_the_same_actions_public_body_is_reported_there() {
    let action = public_action("a", &format!("internal_note: \"{NOTE}\"\n"), &format!("Wij vervangen de verlichting.\n\n{NOTE}"));
    let tmp = project(&[("actions/a.md", &action)]);
    let found = privacy_findings(tmp.path());
    assert_eq!(found, vec![("public-internal-text".to_owned(), "content/actions/a.md".to_owned(), 10)], "{found:?}");
    // The message says why it cannot go public, and that it must be written anew.
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert!(run.stderr.contains("confidential text is in a public field") && run.stderr.contains("write it anew"), "{}", run.stderr);
    let stderr = assert_blocked(tmp.path());
    assert!(stderr.contains("output/public/actions/a/index.html"), "{stderr}");
}

// A hurried officer copies a stretch of a note, not a whole sentence: eight
// words in a row of a note are a leak too (docs/checks.md, public-internal-text).
#[test]
fn part_of_an_internal_note_pasted_into_a_public_body_is_reported_as_one_hit() {
    let note = "De aannemer vraagt 40.000 euro extra omdat de palen van de verlichting langs de Kerkstraat verroest zijn, dat ligt nog bij het college.";
    let pasted = "Goed nieuws: de palen van de verlichting langs de Kerkstraat verroest zijn vervangen we volgend jaar.";
    let action = public_action("a", &format!("internal_note: \"{note}\"\n"), &format!("Wij vervangen de verlichting.\n\n{pasted}"));
    let tmp = project(&[("actions/a.md", &action)]);
    let found = privacy_findings(tmp.path());
    assert_eq!(found, vec![("public-internal-text".to_owned(), "content/actions/a.md".to_owned(), 10)], "{found:?}");
    // The stretch copied is quoted from the note, once.
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert!(run.stderr.contains("de palen van de verlichting langs de Kerkstraat verroest zijn"), "{}", run.stderr);
    assert_blocked(tmp.path());
}

// A note written as lines without full stops: Markdown joins them into one
// sentence, but one line is what gets copied.
#[test]
fn one_line_of_a_note_written_without_full_stops_is_reported() {
    let note =
        "internal_note: |\n  Budget voor de relighting is nog niet goedgekeurd door het college\n  Leverancier dreigt failliet te gaan\n";
    let action = public_action("a", note, "Wij vervangen de verlichting.\n\nLeverancier dreigt failliet te gaan.");
    let tmp = project(&[("actions/a.md", &action)]);
    let found = privacy_findings(tmp.path());
    assert_eq!(found, vec![("public-internal-text".to_owned(), "content/actions/a.md".to_owned(), 12)], "{found:?}");
    assert_blocked(tmp.path());
}

// A note that quotes a public text to comment on it does not make that text a leak.
// What a note quotes may be the secret itself (a supplier's mail), and text
// cannot tell which way a copy went: the quoted words are the note's too.
#[test]
fn the_words_a_note_quotes_pasted_into_a_public_body_are_reported() {
    let quote = "wordt de koppeling met het energieplatform pas in maart 2027 opgeleverd door personeelstekort";
    let note = format!("Volgens de leverancier “{quote}”.");
    let action = public_action("a", &format!("internal_note: \"{note}\"\n"), &format!("Wij koppelen de meters.\n\nDe planning: {quote}."));
    let tmp = project(&[("actions/a.md", &action)]);
    let found = privacy_findings(tmp.path());
    assert_eq!(found, vec![("public-internal-text".to_owned(), "content/actions/a.md".to_owned(), 10)], "{found:?}");
    assert_blocked(tmp.path());
}

// The cost of the rule above: a note that quotes a public sentence at length
// makes it a hit, and the help says to refer to it instead.
#[test]
fn a_note_that_quotes_a_public_sentence_is_told_to_refer_to_it_instead() {
    let public = "Wij vervangen alle straatlampen in het centrum door ledlampen tegen eind 2026";
    let note = format!("De zin “{public}” is te optimistisch volgens de technische dienst.");
    let action = public_action("a", &format!("internal_note: \"{note}\"\n"), &format!("{public}."));
    let tmp = project(&[("actions/a.md", &action)]);
    let run = kapstok(tmp.path(), &["check", "--root", "."]);
    assert!(run.stderr.contains("public-internal-text"), "{}", run.stderr);
    assert!(run.stderr.contains("refer to it in the note"), "{}", run.stderr);
    let reworded = public_action(
        "a",
        "internal_note: \"De zin over de straatlampen is te optimistisch volgens de technische dienst.\"\n",
        &format!("{public}."),
    );
    std::fs::write(tmp.path().join("content/actions/a.md"), reworded).unwrap();
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
}

#[test]
fn a_session_summary_on_a_public_page_is_reported() {
    let tmp = project(&[
        ("sessions.yaml", &format!("- number: 1\n  date: 2024-02-01\n  title: Start\n  status: done\n  summary: |\n    {NOTE}\n")),
        ("pages/over.md", &format!("---\ntitle: Over\naudience: public\n---\nZo werken we.\n\n{NOTE}\n")),
    ]);
    let found = privacy_findings(tmp.path());
    assert_eq!(found, vec![("public-internal-text".to_owned(), "content/pages/over.md".to_owned(), 7)], "{found:?}");
    assert_blocked(tmp.path());
}

#[test]
fn an_internal_quote_and_an_internal_claim_in_public_fields_are_reported() {
    let quote = "Eerlijk gezegd vond ik de sessies over de aankopen verspilde tijd.";
    let claim = "Intern beloven we het zwembad tegen de zomer te renoveren.";
    let tmp = project(&[
        (
            "evaluation/e.yaml",
            &format!(
                "questions:\n  - id: q\n    text: Hoe ging het?\nquotes:\n  - question: q\n    text: {quote}\n    attribution: Medewerker\n"
            ),
        ),
        (
            "claims/c.yaml",
            &format!(
                "- id: intern\n  text: {claim}\n  kind: commitment\n  actions: [a]\n- id: publiek\n  text: \"{quote}\"\n  kind: result\n  actions: [a]\n  visibility: public\n"
            ),
        ),
        ("actions/a.md", &public_action("a", "", &format!("Wij renoveren.\n\n{claim}"))),
    ]);
    let found = privacy_findings(tmp.path());
    assert!(found.contains(&("public-internal-text".to_owned(), "content/claims/c.yaml".to_owned(), 6)), "{found:?}");
    assert!(found.contains(&("public-internal-text".to_owned(), "content/actions/a.md".to_owned(), 9)), "{found:?}");
    assert_blocked(tmp.path());
}

#[test]
fn a_yaml_alias_reusing_an_internal_value_is_reported() {
    let claims = format!(
        "- id: intern\n  text: &t \"{NOTE}\"\n  kind: commitment\n  actions: [a]\n- id: publiek\n  text: *t\n  kind: commitment\n  actions: [a]\n  visibility: public\n"
    );
    let tmp = project(&[("claims/c.yaml", &claims), ("actions/a.md", &public_action("a", "", "Wij vervangen de verlichting."))]);
    let found = privacy_findings(tmp.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "content/claims/c.yaml");
    assert_blocked(tmp.path());
}

#[test]
fn an_allow_reason_in_a_public_field_is_reported() {
    let reason = "Goedgekeurd door de werkgroep op de vergadering van maart.";
    let claims = format!(
        "- id: publiek\n  text: We bouwen aan een groene gemeente.\n  kind: commitment\n  actions: [a]\n  visibility: public\n  allow:\n    - {{ rule: claim-generic-term, reason: {reason} }}\n"
    );
    let tmp = project(&[("claims/c.yaml", &claims), ("actions/a.md", &public_action("a", "", &format!("Over de aanpak.\n\n{reason}")))]);
    let found = privacy_findings(tmp.path());
    assert_eq!(found, vec![("public-internal-text".to_owned(), "content/actions/a.md".to_owned(), 9)], "{found:?}");
    assert_blocked(tmp.path());
}

// See: issue 18, "Internal items are only unpublished".
#[test]
fn an_internal_actions_sentence_that_public_text_says_may_stay_public() {
    let shared = "Wij plaatsen tien laadpalen op de parkings van de gemeente.";
    let tmp = project(&[
        ("actions/intern.md", &format!("---\ntitle: Intern plan\nowners: [sofie]\nstatus: planned\n---\n{shared}\n")),
        ("actions/a.md", &public_action("a", "", shared)),
    ]);
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
}

// See: issue 18, "No false block from joined paragraphs".
#[test]
fn an_internal_paragraph_whose_sentences_are_all_public_does_not_block() {
    let (a, b, c) = (
        "Wij plaatsen tien laadpalen op de parkings.",
        "De eerste komen aan het gemeentehuis.",
        "De andere volgen in het voorjaar van volgend jaar.",
    );
    let tmp = project(&[
        ("actions/intern.md", &format!("---\ntitle: Intern plan\nowners: [sofie]\nstatus: planned\n---\n{a} {b} {c}\n")),
        ("actions/a.md", &public_action("a", "", &format!("{a} {b}\n\n{c}"))),
    ]);
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
    let csv = fs::read_to_string(tmp.path().join("output/public/data/actions.csv")).unwrap();
    assert!(csv.contains(b), "the data file holds the body: {csv}");
}

// See: issue 18, "Names as people write them".
#[test]
fn a_name_as_people_write_it_is_found_and_blocks() {
    let forms = [
        "Van der Meulen Sofie",
        "Van der Meulen, Sofie",
        "Vandermeulen Sofie",
        "Sofie Vandermeulen",
        "S. Vandermeulen",
        "S. Van der Meulen",
        "Sofie Vändermeulen",
        "Sofie Van der Meul\u{e9}n",
        "Sofie V\u{430}ndermeulen",
        "Sofie Vander\u{ad}meulen",
        "Sofie Vander&shy;meulen",
        "Sofie Vander\u{200b}meulen",
        "Sofie Vander\u{200d}meulen",
        "Sofie Vander\u{200c}meulen",
        "Sofie Vander\u{200e}meulen",
        "Sofie Vander<wbr>meulen",
        "Sofie Vander**meulen**",
        "sofie.vandermeulen@proef.be",
        "svandermeulen@proef.be",
        "[Mail ons](mailto:sofie.vandermeulen@proef.be)",
        "[Mail ons](mailto:svandermeulen@proef.be \"contact\")",
        "![Foto](@asset/x.png \"Sofie Van der Meulen\")",
        "[Mail ons][r]\n\n[r]: mailto:sofie.vandermeulen@proef.be",
        "[Mail ons](mailto:sofie%2Evandermeulen@proef.be)",
    ];
    for form in forms {
        let tmp = project(&[("actions/a.md", &public_action("a", "", &format!("Vragen? Contacteer {form} van de milieudienst.")))]);
        fs::create_dir_all(tmp.path().join("content/assets")).unwrap();
        fs::write(tmp.path().join("content/assets/x.png"), b"\x89PNG\r\n\x1a\n").unwrap();
        let found = privacy_findings(tmp.path());
        assert!(found.iter().any(|f| f.0 == "public-personal-name" && f.1 == "content/actions/a.md"), "{form:?} was not found: {found:?}");
        assert_blocked(tmp.path());
    }
}

#[test]
fn a_surname_alone_is_no_hit() {
    let tmp = project(&[("actions/a.md", &public_action("a", "", "De familie Van der Meulen schonk een boom. Ook Peeters hielp."))]);
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
}

// See: issue 18, "Everything a page carries": an address and a file name are public.
#[test]
fn a_name_in_an_id_or_an_asset_file_name_blocks() {
    let action = "---\ntitle: Een gesprek\nowners: [sofie]\nstatus: planned\nvisibility: public\n---\nEen gesprek.\n";
    let tmp = project(&[("actions/gesprek-sofie-vandermeulen.md", action)]);
    let found = privacy_findings(tmp.path());
    assert!(found.iter().any(|f| f.0 == "public-personal-name" && f.1 == "content/actions/gesprek-sofie-vandermeulen.md"), "{found:?}");
    assert_blocked(tmp.path());

    let tmp = project(&[("actions/a.md", &public_action("a", "", "Zie de bijlage."))]);
    fs::create_dir_all(tmp.path().join("content/assets")).unwrap();
    fs::write(tmp.path().join("content/assets/cv-sofie-vandermeulen.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    let stderr = assert_blocked(tmp.path());
    assert!(stderr.contains(".kapstok-manifest") || stderr.contains("cv-sofie-vandermeulen"), "{stderr}");
}

/// Visibility is decided in one module (`src/public.rs`): no renderer,
/// command, server, output or guard code filters on it. The only mentions
/// allowed there are the intranet's "public" badges (`public: x.visibility
/// == Visibility::Public,`) and `import` counting what it imported.
#[test]
fn visibility_is_decided_only_in_public_rs() {
    let src = crate::support::repo_root().join("src");
    let mut offending = Vec::new();
    for dir in ["render", "cmd", "serve.rs", "output.rs", "privacy"] {
        for entry in walkdir::WalkDir::new(src.join(dir)) {
            let entry = entry.unwrap();
            if !entry.file_type().is_file() || entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = fs::read_to_string(entry.path()).unwrap();
            for (n, line) in text.lines().enumerate() {
                let t = line.trim();
                let mentions = t.contains("Visibility::") || t.contains("on_public") || t.contains(".visibility");
                let badge = t.starts_with("public: ") && t.ends_with("== Visibility::Public,");
                let counted = entry.path().ends_with("cmd/import.rs") && t.contains(".count()");
                if mentions && !badge && !counted {
                    offending.push(format!("{}:{}: {t}", entry.path().display(), n + 1));
                }
            }
        }
    }
    assert!(offending.is_empty(), "visibility decided outside src/public.rs:\n{}", offending.join("\n"));
}

/// [`project`] with the members `names` (ids `m0`, `m1`...) for its team,
/// and Els Peeters (`els`, who owns the fixture's action).
fn project_with_team(names: &[&str], files: &[(&str, &str)]) -> tempfile::TempDir {
    let tmp = project(files);
    let mut team = String::from("members:\n  - id: els\n    name: Els Peeters\n    department: Bestuur\n    kind: elected\n");
    for (k, name) in names.iter().enumerate() {
        team.push_str(&format!("  - id: m{k}\n    name: {name}\n    department: Milieudienst\n    kind: staff\n"));
    }
    fs::write(tmp.path().join("content/team.yaml"), team).unwrap();
    tmp
}

/// Each form, in a public action's body, is a `public-personal-name` there
/// and keeps the public site unpublished.
fn assert_names_found(team: &[&str], forms: &[&str]) {
    for form in forms {
        let action = format!(
            "---\ntitle: Actie a\nowners: [els]\nstatus: planned\nvisibility: public\n---\nVragen? Contacteer {form} van de milieudienst.\n"
        );
        let tmp = project_with_team(team, &[("actions/a.md", &action)]);
        let found = privacy_findings(tmp.path());
        assert!(found.iter().any(|f| f.0 == "public-personal-name" && f.1 == "content/actions/a.md"), "{form:?} was not found: {found:?}");
        assert_blocked(tmp.path());
    }
}

// See: red team 21, #02 #03 #59 and the hair space.
#[test]
fn a_surname_written_together_is_found_written_apart_and_without_its_article() {
    assert_names_found(
        &["Sofie Vandermeulen", "Nadia El Amrani", "Lien Dewaele"],
        &[
            "Sofie Vander Meulen",
            "Sofie Van der Meulen",
            "Sofie Van Der Meulen",
            "Van der Meulen, Sofie",
            "Sofie Vander\u{200a}meulen",
            "Nadia Amrani",
            "Amrani Nadia",
            "Nadia El-Amrani",
            "Lien De Waele",
        ],
    );
}

// See: red team 21, #06 #07 #04 #10 #09 #60 #22.
#[test]
fn initials_letters_apart_reversed_and_respelled_names_are_found() {
    assert_names_found(
        &["Sofie Vandermeulen"],
        &[
            "Sofie M. Vandermeulen",
            "Vandermeulen S. (Milieudienst)",
            "Vandermeulen, S.",
            "S o f i e  V a n d e r m e u l e n",
            "S.o.f.i.e V.a.n.d.e.r.m.e.u.l.e.n",
            "<bdo dir=\"rtl\">neluemrednaV eifoS</bdo>",
            "Sophie Vandermeulen",
        ],
    );
}

// See: red team 21, #05 #76 #77 #78 #84 #86.
#[test]
fn capital_i_look_alikes_and_digits_for_letters_are_found() {
    assert_names_found(
        &["Sofie Vandermeulen", "Ines Goossens", "Pieter Claeys", "Nadia El Amrani"],
        &[
            "\u{406}nes Goossens",
            "\u{399}nes Goossens",
            "lnes Goossens",
            "1nes Goossens",
            "PlETER CLAEYS",
            "S0fie Vandermeu1en",
            "SOF\u{406}E VANDERMEULEN",
            "\u{39d}\u{391}D\u{399}\u{391} \u{395}L \u{391}\u{39c}R\u{391}\u{39d}\u{399}",
        ],
    );
}

/// What the new forms must not take for a name: a surname alone, with a
/// one-letter word after it, a part of a surname with the given name, a
/// thin space (a gap a reader sees), numbers with `1` and `0` in them.
#[test]
fn near_misses_of_the_new_forms_stay_public() {
    let body = "De familie Vandermeulen schonk 10 bomen en 1 bank. Le ministre Peeters a dit: merci\u{202f}! \
                Sofie Meulen en Van der Meulen kwamen ook. Pieter Cla\u{2009}eys. Ines van de communicatie. Amrani hielp.";
    let action = format!("---\ntitle: Actie a\nowners: [els]\nstatus: planned\nvisibility: public\n---\n{body}\n");
    let tmp = project_with_team(
        &["Sofie Vandermeulen", "Annick Peeters", "Pieter Claeys", "Ines Goossens", "Nadia El Amrani"],
        &[("actions/a.md", &action)],
    );
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
}

// See: red team 22, #5 #20 (B). A superscript glued to the name or to a
// word of a note every nine words: the text is read with the superscript
// glued (`Vander<sup>meulen</sup>`) and after the text.
#[test]
fn a_superscript_glued_to_a_name_or_to_a_note_does_not_hide_it() {
    assert_names_found(
        &["Sofie Vandermeulen"],
        &["Sofie Vandermeulen<sup>1</sup>,", "Sofie Vander<sup>meulen</sup>", "Sofie Vandermeulen<sub>2</sub>"],
    );
    let note = "Nieuwe meterstanden wachten op de koppeling met het energieplatform van de netbeheerder. De ICT-dienst verwacht die pas in december; tot dan geen nieuwe meting in het dashboard.";
    let page = "Nieuwe meterstanden wachten op<sup>1</sup> de koppeling met het energieplatform<sup>2</sup> van de netbeheerder. De ICT-dienst<sup>3</sup> verwacht die pas in december; tot<sup>4</sup> dan geen nieuwe meting in<sup>5</sup> het dashboard.";
    let tmp = project(&[
        ("actions/a.md", &public_action("a", &format!("internal_note: \"{note}\"\n"), "Wij meten het verbruik.")),
        ("pages/over.md", &format!("---\ntitle: Over\naudience: public\n---\nZo werken we.\n\n{page}\n")),
    ]);
    let found = privacy_findings(tmp.path());
    assert!(found.iter().any(|f| f.0 == "public-internal-text" && f.1 == "content/pages/over.md"), "{found:?}");
    assert_blocked(tmp.path());
}

// See: red team 22, #10 #11 #12 (C). A character that overrides the
// direction of text shows `Vander` U+202E `neluem` as the name: it is a
// content error wherever it stands (an action's body, a claim's text, a
// page), at its line, and nothing is published; `<bdo>` is removed.
#[test]
fn a_direction_override_in_content_is_refused_and_bdo_is_removed() {
    let rlo = "Sofie Vander\u{202e}neluem\u{202c}";
    for (rel, text, line) in [
        ("actions/a.md", public_action("a", "", &format!("Wij meten.\n\nContact: {rlo}, Milieudienst.")), 9),
        (
            "claims/c.yaml",
            format!(
                "- id: c\n  text: We halveren het papier. Vragen aan {rlo}.\n  kind: commitment\n  actions: [a]\n  visibility: public\n"
            ),
            2,
        ),
        ("pages/over.md", format!("---\ntitle: Over\naudience: public\n---\nZo werken we.\n\nContact: {rlo}.\n"), 7),
    ] {
        let mut files = vec![(rel, text.as_str())];
        let action = public_action("a", "", "Wij meten.");
        if rel != "actions/a.md" {
            files.push(("actions/a.md", &action));
        }
        let tmp = project(&files);
        let run = kapstok(tmp.path(), &["check", "--root", ".", "--format", "json"]);
        let errors: Vec<(String, String, u64)> = run
            .json()
            .as_array()
            .expect("an array")
            .iter()
            .filter(|f| f["kind"].as_str() == Some("bidi-control"))
            .map(|f| (f["severity"].as_str().unwrap().to_owned(), f["file"].as_str().unwrap().to_owned(), f["line"].as_u64().unwrap()))
            .collect();
        let want = ("error".to_owned(), format!("content/{rel}"), line);
        assert_eq!(errors, vec![want.clone(), want], "{rel}: {}", run.stdout);
        let human = kapstok(tmp.path(), &["check", "--root", "."]);
        assert!(human.stderr.contains("bidi-control") && human.stderr.contains("remove the invisible direction mark"), "{}", human.stderr);
        let build = kapstok(tmp.path(), &["build", "--root", "."]);
        assert_eq!(build.code, 1, "{}", build.stderr);
        assert!(!tmp.path().join("output/public/index.html").exists());
    }
    // `<bdo dir="rtl">` is raw HTML the sanitiser removes (its text stays):
    // refused on a public item, and never on the page.
    let tmp = project(&[("actions/a.md", &public_action("a", "", "Contact: Sofie Vander<bdo dir=\"rtl\">neluem</bdo>, Milieudienst."))]);
    let run = kapstok(tmp.path(), &["check", "--root", ".", "--format", "json"]);
    assert!(run.json().as_array().unwrap().iter().any(|f| f["rule"].as_str() == Some("raw-html-removed")), "{}", run.stdout);
    assert_blocked(tmp.path());
}

// See: red team 22, #7 #14 #15 #23 #26 #27 #28 #29 (E) and #18 #19 (G).
#[test]
fn name_variants_with_suffixes_look_alikes_and_hyphens_are_found() {
    assert_names_found(
        &["Sofie Vandermeulen", "Pieter Claeys"],
        &[
            "Sofie Vandermeulens planning,",
            "sofie.vandermeulen85@gmail.com",
            "pieterclaeys1970@telenet.be",
            "5ofie Vandermeulen",
            "Sofie Vandermeu|en",
            "Sofie Vanderrneulen",
            "Sofi\u{1d07} Vandermeulen",
            "\u{a731}\u{1d0f}\u{a730}\u{26a}\u{1d07} \u{1d20}\u{1d00}\u{274}\u{1d05}\u{1d07}\u{280}\u{1d0d}\u{1d07}\u{1d1c}\u{29f}\u{1d07}\u{274}",
            "Sofie Vandermeul\u{25b}n",
            "sofie [punt] vandermeulen [at] lindebeek [punt] be",
            "sofie(dot)vandermeulen(at)lindebeek(dot)be",
            "Sofie Vanderme-ulen",
            "Sofie Vanderme-\nulen",
        ],
    );
}

// See: red team 22, #24 #25 (E). A page's slug and an asset's file name
// with digits glued to the name.
#[test]
fn a_slug_or_a_file_name_with_digits_after_the_name_is_found() {
    let tmp =
        project(&[("pages/contact.md", "---\ntitle: Contact\naudience: public\nslug: contact-sofie-vandermeulen2\n---\nMail ons.\n")]);
    assert_blocked(tmp.path());
    let tmp =
        project(&[("assets/cv-sofie-vandermeulen2.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>\n")]);
    let found = privacy_findings(tmp.path());
    assert!(found.iter().any(|f| f.0 == "public-personal-name"), "{found:?}");
    assert_blocked(tmp.path());
}

// See: red team 22, #21 (E). The note with a small capital or an open `e`
// for a letter in every few words.
#[test]
fn a_note_written_with_small_capitals_is_found() {
    let note = "Nieuwe meterstanden wachten op de koppeling met het energieplatform van de netbeheerder. De ICT-dienst verwacht die pas in december; tot dan geen nieuwe meting in het dashboard.";
    let page = "Nieuwe meterstanden wachten op de kopp\u{1d07}ling met het energieplatform van de netbeheerd\u{1d07}r. De ICT-dienst verwacht die p\u{1d00}s in december; tot dan geen ni\u{25b}uwe meting in het dashboard.";
    let tmp = project(&[
        ("actions/a.md", &public_action("a", &format!("internal_note: \"{note}\"\n"), "Wij meten het verbruik.")),
        ("pages/over.md", &format!("---\ntitle: Over\naudience: public\n---\nZo werken we.\n\n{page}\n")),
    ]);
    let found = privacy_findings(tmp.path());
    assert!(found.iter().any(|f| f.0 == "public-internal-text" && f.1 == "content/pages/over.md"), "{found:?}");
    assert_blocked(tmp.path());
}

// See: red team 22, #33 (the entity part). A browser decodes `&#83ofie`
// (no `;`) as `Sofie`: so does the guard, in a theme's static page.
#[test]
fn a_numeric_reference_without_semicolon_is_decoded() {
    let tmp = project(&[]);
    let root = tmp.path();
    fs::create_dir_all(root.join("themes/evil/static")).unwrap();
    fs::write(
        root.join("themes/evil/static/colofon.html"),
        "<!doctype html><html lang=\"nl\"><body><p>Ontwerp en contact: &#83ofie Van der Meulen, &#x53ofie Vandermeulen</p></body></html>\n",
    )
    .unwrap();
    let site = fs::read_to_string(root.join("content/site.yaml")).unwrap();
    fs::write(root.join("content/site.yaml"), format!("{site}theme: evil\n")).unwrap();
    let stderr = assert_blocked(root);
    assert!(stderr.contains("colofon.html"), "{stderr}");
}

/// What the new readings must not take for a name or a note: a street
/// named after a namesake, numbers, `rn` in words, a table row, words in
/// brackets, a chemical formula, a hyphenated word, a cut of two letters.
#[test]
fn near_misses_of_the_round_22_readings_stay_public() {
    let body = "De Sofie Vandermeulenstraat krijgt 25 bomen; in 2025 en 2026 telt de kern 1500 inwoners (at home: 3) [punt 4].\n\n\
                | Naam | Dienst |\n|---|---|\n| Ines | Milieu |\n\n\
                De CO<sub>2</sub>-uitstoot daalde; we staan op de 5<sup>e</sup> plaats. Sofie en Pieter kwamen, de familie Claes ook.";
    let action = format!("---\ntitle: Actie a\nowners: [els]\nstatus: planned\nvisibility: public\n---\n{body}\n");
    let tmp = project_with_team(&["Sofie Vandermeulen", "Pieter Claes"], &[("actions/a.md", &action)]);
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
}

// See: red team 23, D09, D12, X10 (R2) and S1. A picture's text next to the
// rest of the name (a screen reader reads it in place), and a title on the
// given name and the surname's initial (the tooltip shows the surname):
// `check` reports each at the field, in a page (no data copy) and in an
// action, and `build` does not publish.
#[test]
fn a_name_across_a_picture_or_a_title_and_the_text_beside_it_is_found() {
    // A 1×1 transparent PNG.
    let png: &[u8] = &[
        137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13,
        73, 68, 65, 84, 120, 218, 99, 100, 96, 248, 95, 15, 0, 2, 135, 1, 128, 235, 71, 186, 146, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96,
        130,
    ];
    for body in [
        "Contactpersoon: ![Sofie](@asset/px.png) Vandermeulen, Milieudienst.",
        "Contact: <abbr title=\"Vandermeulen\">Sofie V.</abbr>, Milieudienst.",
        "Contact: [Sofie V.](https://www.lindebeek.be/milieudienst \"Vandermeulen\"), Milieudienst.",
    ] {
        for (rel, text) in [
            ("pages/contact.md", format!("---\ntitle: Contact\naudience: public\n---\nZo bereikt u ons.\n\n{body}\n")),
            (
                "actions/a.md",
                format!("---\ntitle: Actie a\nowners: [els]\nstatus: planned\nvisibility: public\n---\nWij maaien later.\n\n{body}\n"),
            ),
        ] {
            let tmp = project_with_team(&["Sofie Vandermeulen"], &[(rel, &text)]);
            fs::create_dir_all(tmp.path().join("content/assets")).unwrap();
            fs::write(tmp.path().join("content/assets/px.png"), png).unwrap();
            let found = privacy_findings(tmp.path());
            let file = format!("content/{rel}");
            assert!(found.iter().any(|f| f.0 == "public-personal-name" && f.1 == file), "{body} in {rel}: {found:?}");
            assert_blocked(tmp.path());
        }
    }
}

// See: red team 23, D20 (R1). A contact table with the given name and the
// surname in two cells of one row, a column between them.
#[test]
fn a_name_across_a_table_row_is_found() {
    let page = "---\ntitle: Contact\naudience: public\n---\nWie doet wat.\n\n| Voornaam | Dienst | Naam |\n| --- | --- | --- |\n| Sofie | Milieudienst | Vandermeulen |\n";
    let tmp = project_with_team(&["Sofie Vandermeulen"], &[("pages/contact.md", page)]);
    let found = privacy_findings(tmp.path());
    assert!(found.iter().any(|f| f.0 == "public-personal-name" && f.1 == "content/pages/contact.md"), "{found:?}");
    let stderr = assert_blocked(tmp.path());
    assert!(stderr.contains("contact/index.html"), "{stderr}");
}

// See: red team 23, 01 02 05 06 07 08 09 10 13 14 20 (R5). Look-alike
// letters the fold did not know: negative circled and squared letters, the
// æ ligature, leetspeak inside a word, `cl` for `d`, `nn` for `m`.
#[test]
fn a_name_in_negative_letters_ligatures_or_leetspeak_is_found() {
    assert_names_found(
        &["Sofie Vandermeulen", "Pieter Claeys", "Tom Baeten", "Nadia El Amrani"],
        &[
            "🅢🅞🅕🅘🅔 🅥🅐🅝🅓🅔🅡🅜🅔🅤🅛🅔🅝",
            "🆂🅾🅵🅸🅴 🆅🅰🅽🅳🅴🆁🅼🅴🆄🅻🅴🅽",
            "Pieter Clæys",
            "Sofie Vand3rm3ul3n",
            "$ofie Vandermeulen",
            "Sofie V@ndermeulen",
            "Sofie Vanclermeulen",
            "Sofie Vandernneulen",
            "Tom Bae7en",
            "Tom B4eten",
            "Naclia El Amrani",
        ],
    );
}

// See: red team 23, 15 (R9). What colleagues call a member, listed in
// `team.yaml` as `also_known_as`, is a given name for the guard.
#[test]
fn a_short_form_listed_in_also_known_as_is_found() {
    let tmp = project(&[("actions/a.md", &public_action("a", "", "Contact: Piet Claeys, Secretariaat."))]);
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    let team = "members:\n  - id: sofie\n    name: Sofie Van der Meulen\n    department: Milieudienst\n    kind: staff\n    lead: true\n  - id: pieter\n    name: Pieter Claeys\n    also_known_as: [Piet]\n    department: Bestuur\n    kind: elected\n  - id: els\n    name: Els Peeters\n    department: Bestuur\n    kind: elected\n";
    fs::write(tmp.path().join("content/team.yaml"), team).unwrap();
    let found = privacy_findings(tmp.path());
    assert_eq!(found, vec![("public-personal-name".to_owned(), "content/actions/a.md".to_owned(), 7)], "{found:?}");
    assert_blocked(tmp.path());
}

// See: red team 23, F03 (R3). The hurried officer pastes `internal_note:`
// under the closing `---`: a content error at the line, and no public site.
#[test]
fn a_front_matter_key_pasted_into_a_public_body_blocks() {
    let body = "Wij maaien later.\n\ninternal_note: Budget NIET-COMMUNICEREN-7731 nog niet goedgekeurd door het college.";
    let tmp = project(&[("actions/a.md", &public_action("a", "", body))]);
    let run = kapstok(tmp.path(), &["check", "--root", ".", "--format", "json"]);
    let found: Vec<(String, String, u64, String)> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "body-front-matter-key")
        .map(|f| {
            (
                f["severity"].as_str().unwrap_or("").to_owned(),
                f["file"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1.as_str(), found[0].2), ("error", "content/actions/a.md", 9), "{found:?}");
    assert!(found[0].3.contains("internal_note: Budget NIET-COMMUNICEREN-7731"), "{found:?}");
    let run = kapstok(tmp.path(), &["build", "--root", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!tmp.path().join("output/public/actions/a/index.html").exists());
    // Prose that starts with a word and a colon is no field.
    let tmp = project(&[("actions/a.md", &public_action("a", "", "Doel: minder maaien.\n\nStatus: in uitvoering."))]);
    let run = kapstok(tmp.path(), &["check", "--root", ".", "--format", "json"]);
    assert!(!run.stdout.contains("body-front-matter-key"), "{}", run.stdout);
}

/// What the round 23 readings must not take for a name: numbers and
/// prices next to letters, an e-mail address, a table of a service's
/// people by given name only, a title that is no surname, words with `cl`
/// and `nn`.
#[test]
fn near_misses_of_the_round_23_readings_stay_public() {
    let body = "In 2024 kocht de dienst 37 fietsen voor $100 of €3,50 per stuk, A4-papier en 4x4-wagens; mail info@lindebeek.be.\n\n\
                | Voornaam | Dienst | Taak |\n|---|---|---|\n| Sofie | Milieudienst | Bermbeheer |\n| Pieter | Secretariaat | Planning |\n\n\
                Contact: <abbr title=\"Milieudienst\">MD</abbr>, de klachten kunnen binnen de week, inclusief de cliënt.";
    let action = format!("---\ntitle: Actie a\nowners: [els]\nstatus: planned\nvisibility: public\n---\n{body}\n");
    let tmp = project_with_team(&["Sofie Vandermeulen", "Pieter Claeys"], &[("actions/a.md", &action)]);
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
}

/// `body-front-matter-key` keeps its own list of keys (`checks` may not use
/// `schema`): every key of the action schema `kapstok schema` writes,
/// pasted under the closing `---` of a public action, is found, so a key
/// added to the format without adding it there fails here.
#[test]
fn every_front_matter_key_of_the_action_schema_pasted_into_a_body_is_found() {
    let tmp = project(&[("actions/a.md", &public_action("a", "", "Wij maaien later."))]);
    let run = kapstok(tmp.path(), &["schema", "--root", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(tmp.path().join("schemas/action.schema.json")).unwrap()).unwrap();
    let keys: Vec<&String> = schema["properties"].as_object().expect("properties").keys().collect();
    assert!(keys.len() > 10, "{keys:?}");
    for key in keys {
        let body = format!("Wij maaien later.\n\n{key}: iets dat in de front matter hoort.");
        fs::write(tmp.path().join("content/actions/a.md"), public_action("a", "", &body)).unwrap();
        let run = kapstok(tmp.path(), &["check", "--root", ".", "--format", "json"]);
        assert!(run.stdout.contains("\"body-front-matter-key\""), "`{key}:` in the body is not found: {}", run.stdout);
    }
}

// Round 24. See: red team 24, N1 (#31 #32 #33 #35 #36 #39 #86 #90). The
// name in `team.yaml` written with a title, a note in brackets, a legal
// first name, a double surname or surname first: the everyday form is found.
#[test]
fn a_team_name_with_a_title_a_note_or_more_names_finds_the_everyday_form() {
    for (team, form) in [
        ("Mevr. Sofie Vandermeulen", "Sofie Vandermeulen"),
        ("Anna Sofie Vandermeulen", "Sofie Vandermeulen"),
        ("Sofie Vandermeulen (milieu)", "Sofie Vandermeulen"),
        ("Sofie Vandermeulen-Peeters", "Sofie Vandermeulen"),
        ("Sofie Vandermeulen-Peeters", "S. Peeters"),
        ("ir. Sofie Vandermeulen", "Sofie Vandermeulen"),
        ("Sofie Vandermeulen, ir.", "Sofie Vandermeulen"),
        ("Goossens Ines", "I. Goossens"),
        ("Vandermeulen, Sofie", "S. Vandermeulen"),
        ("\"Pieter Claeys (directeur)\"", "Pieter Claeys"),
    ] {
        assert_names_found(&[team], &[form]);
    }
}

// See: red team 24, #94. A maiden name listed under `also_known_as` is a
// name of its own, in all its forms.
#[test]
fn a_whole_name_under_also_known_as_is_a_name_of_its_own() {
    for form in ["Sofie Peeters", "S. Peeters", "sofie.peeters@lindebeek.be", "Fie Vandermeulen"] {
        let action = format!(
            "---\ntitle: Actie a\nowners: [els]\nstatus: planned\nvisibility: public\n---\nVragen? Contacteer {form} van de milieudienst.\n"
        );
        let tmp = project_with_team(&[], &[("actions/a.md", &action)]);
        let team = "members:\n  - id: els\n    name: Els Peeters\n    department: Bestuur\n    kind: elected\n  - id: sofie\n    name: Sofie Vandermeulen\n    also_known_as: [Sofie Peeters, Fie]\n    department: Milieudienst\n    kind: staff\n";
        fs::write(tmp.path().join("content/team.yaml"), team).unwrap();
        let found = privacy_findings(tmp.path());
        assert!(found.iter().any(|f| f.0 == "public-personal-name" && f.1 == "content/actions/a.md"), "{form:?} was not found: {found:?}");
        assert_blocked(tmp.path());
    }
}

// See: red team 24, N2 (#76 #77 #78 #81 #83 #84).
#[test]
fn a_hyphenated_given_name_joined_or_by_its_initials_is_found() {
    assert_names_found(
        &["Pieter-Jan Claeys"],
        &[
            "pieterjan.claeys@lindebeek.be",
            "claeys.pieterjan@lindebeek.be",
            "pjclaeys@lindebeek.be",
            "PJ Claeys",
            "P.J. Claeys",
            "P-J Claeys",
            "Pieter Jan Claeys",
        ],
    );
}

// See: red team 24, N3 (#40 #41 #56 #57), N5 (#55 #92 #93), N6 (#52).
#[test]
fn a_particle_cut_short_a_transliteration_and_a_respelling_everywhere_are_found() {
    assert_names_found(
        &["Sofie Vandermeulen", "Jan Van den Broeck", "Jürgen Müller", "Søren Jørgensen", "Jonas Strauß", "Marijke Van Rijswijck"],
        &[
            "Sofie v.d. Meulen",
            "Sofie vd Meulen",
            "Sofie v/d Meulen",
            "S. v.d. Meulen",
            "Jan V.d. Broeck",
            "Jan vd Broeck",
            "Jan vd. Broeck",
            "Juergen Mueller",
            "juergen.mueller@lindebeek.be",
            "Soeren Joergensen",
            "Jonas Strauss",
            "Marijke Van Ryswyck",
        ],
    );
}

/// What the round 24 readings must not take for a name: a title or `vd`
/// with the surname alone, a transliterated surname alone, a part of a
/// hyphenated given name with the surname (a short form: `also_known_as`),
/// the given name with the surname's initial.
#[test]
fn near_misses_of_the_round_24_readings_stay_public() {
    let body = "Mevrouw Vandermeulen en Dr. Vandermeulen kwamen, ir. Broeck ook. De vd-lijst, v.d. Meulen en vd Broeck staan klaar; \
                Van Broeck en v. Dam niet. Mueller, Strauss en Joergensen zijn namen. Pieter Claeys en Jan Claeys, Sofie V. en Ines G. \
                hielpen. Dhr. Goossens tekende.";
    let action = format!("---\ntitle: Actie a\nowners: [els]\nstatus: planned\nvisibility: public\n---\n{body}\n");
    let tmp = project_with_team(
        &["ir. Sofie Vandermeulen", "Jan Van den Broeck", "Pieter-Jan Claeys", "Jürgen Müller", "Jonas Strauß", "Ines Goossens"],
        &[("actions/a.md", &action)],
    );
    assert_eq!(privacy_findings(tmp.path()), vec![]);
    assert_published(tmp.path());
}

// See: red team 24, side finding. A name the guard cannot split is a
// warning at the member, saying how to write it; a name it reads is not.
#[test]
fn a_team_name_the_guard_cannot_split_is_a_warning() {
    let tmp =
        project_with_team(&["Sofie", "Chr. Peeters", "'Vandermeulen, Sofie, Milieu'", "ir. Lien Dewaele (aankoop)", "Goossens, Ines"], &[]);
    let run = kapstok(tmp.path(), &["check", "--root", ".", "--format", "json", "--lang", "en"]);
    let found: Vec<(String, String, String)> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "team-name-unclear")
        .map(|f| {
            assert_eq!(f["severity"], "warning", "{f}");
            assert_eq!(f["file"], "content/team.yaml", "{f}");
            (f["subject"].as_str().unwrap().to_owned(), f["message"].as_str().unwrap().to_owned(), f["help"].as_str().unwrap().to_owned())
        })
        .collect();
    let subjects: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(subjects, ["m0", "m1", "m2"], "{found:?}");
    assert!(found[0].1.contains("one word"), "{found:?}");
    assert!(found[1].1.contains("`Chr.`"), "{found:?}");
    assert!(found[2].1.contains("more than one comma"), "{found:?}");
    assert!(found.iter().all(|f| f.2.contains("name: Sofie Vandermeulen") && f.2.contains("also_known_as")), "{found:?}");
}
