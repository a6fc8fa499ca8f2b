//! A team member's name as people write it: given name first or surname
//! first (as Belgian administration does, with or without a comma), the
//! particles of a surname apart or together whichever way `team.yaml`
//! writes them ("Van der Meulen", "Vander Meulen", "Vandermeulen"; "De
//! Waele", "Dewaele"), an Arabic article left out with the given name
//! ("Nadia Amrani"), an initial before the surname ("S. Vandermeulen"),
//! after it ("Vandermeulen S.", but for a vowel: "Peeters a dit") or in the
//! middle ("Sofie M. Vandermeulen"), every letter a word ("S.o.f.i.e"), one
//! spelling change of one sound ("Sophie", "Coen", "Gossens"), the forms of
//! an e-mail address's local part (`sofie.vandermeulen@` folds to the name;
//! `svandermeulen@` and `sofievandermeulen@` are one word), and each of
//! these reversed (a right-to-left override shows `neluemrednaV eifoS` as
//! the name). The surname alone is never a variant: a municipality has too
//! many namesakes; nor is a Dutch or French particle left out ("Meulen" is
//! another family). Accents, case, invisible characters and look-alike
//! letters are the fold's business ([`super::fold`]), not this module's.

/// The particles that start a Dutch, French, German or Arabic surname.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "di", "da", "du", "des", "del", "della", "la", "le", "les", "ten", "ter", "te", "'t", "t", "vande",
    "vanden", "vander", "ver", "op", "in", "d'", "dos", "el", "al", "zu", "ben", "bin", "ibn", "abou", "abu",
];

/// The particles a surname may start with written together
/// (`Vandermeulen`, `Dewaele`, `Verstraete`), each with its words: such a
/// surname is also written with them apart (`Van der Meulen`, `De Waele`).
const JOINED: &[(&str, &[&str])] = &[
    ("vanden", &["van", "den"]),
    ("vander", &["van", "der"]),
    ("vande", &["van", "de"]),
    ("van", &["van"]),
    ("von", &["von"]),
    ("den", &["den"]),
    ("der", &["der"]),
    ("des", &["des"]),
    ("de", &["de"]),
    ("du", &["du"]),
    ("le", &["le"]),
    ("la", &["la"]),
    ("ver", &["ver"]),
    ("ten", &["ten"]),
    ("ter", &["ter"]),
    ("el", &["el"]),
    ("al", &["al"]),
    ("ben", &["ben"]),
    ("bin", &["bin"]),
    ("abou", &["abou"]),
    ("abu", &["abu"]),
];

/// The Arabic article, which a surname often goes without when written in
/// Latin letters (`El Amrani`, `Amrani`). A Dutch or French particle is not
/// left out: `Meulen` and `Smet` are other families than `Vandermeulen` and
/// `De Smet`.
const ARTICLES: &[&str] = &["el", "al"];

/// The fewest letters after a particle for a surname to be split there.
const MIN_REST: usize = 3;

/// The fewest letters of a surname written without its article.
const MIN_WITHOUT_ARTICLE: usize = 4;

/// Initials not looked for after the surname: one-letter words and
/// abbreviations (`Peeters a dit`, `il y a`, `e.a.`, `o.a.`, `u`).
const NO_INITIAL_AFTER: &[char] = &['a', 'e', 'o', 'u', 'y'];

/// The name with another given name (`also_known_as` in `team.yaml`: `Piet`
/// for `Pieter Claeys` gives `Piet Claeys`): the given words replaced, the
/// surname (from its first particle, or the last word) kept. `None` for a
/// name of one word or an empty form.
pub(super) fn with_given(name: &str, given: &str) -> Option<String> {
    let words: Vec<&str> = name.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let given = given.trim();
    if words.len() < 2 || given.is_empty() {
        return None;
    }
    let k = (1..words.len()).find(|&k| PARTICLES.contains(&words[k].to_lowercase().as_str())).unwrap_or(words.len() - 1);
    Some(format!("{given} {}", words[k..].join(" ")))
}

/// Every way the name may be written, each a text the fold makes a
/// pattern of. The name as written comes first.
pub(super) fn variants(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let mut out = vec![name.trim().to_owned()];
    if words.len() < 2 {
        return out;
    }
    let mut seen: std::collections::HashSet<String> = out.iter().map(|v| v.to_lowercase()).collect();
    let mut add = |v: String| {
        if seen.insert(v.to_lowercase()) {
            out.push(v);
        }
    };
    // The surname starts at the first particle after the given name, or is the last word.
    let k = (1..words.len()).find(|&k| PARTICLES.contains(&words[k].to_lowercase().as_str())).unwrap_or(words.len() - 1);
    let given = &words[..k];
    let first = given[0];
    let whole = given.join(" ");
    let initial: String = first.chars().take_while(|c| c.is_alphanumeric()).take(1).collect::<String>().to_lowercase();
    let (surnames, without_article) = surname_forms(&words[k..]);
    // Each reversed: under a right-to-left override (U+202E, or
    // `<bdo dir="rtl">`) a browser shows `neluemrednaV eifoS` as the name.
    // Only the given name and the surname: each first word of a needle
    // costs the matcher a look-up at more words of every text.
    let mut reversed = Vec::new();
    for surname in surnames.iter().chain(&without_article) {
        for v in [format!("{whole} {surname}"), format!("{surname} {whole}"), format!("{first} {surname}"), format!("{surname} {first}")] {
            reversed.push(v.chars().rev().collect::<String>());
        }
    }
    for surname in &surnames {
        add(format!("{whole} {surname}"));
        add(format!("{surname} {whole}"));
        add(format!("{first} {surname}"));
        add(format!("{surname} {first}"));
        if !initial.is_empty() {
            add(format!("{initial} {surname}"));
            // After the surname, as a list of staff writes it
            // (`Vandermeulen S.`), but for a letter that is a word.
            if !initial.starts_with(NO_INITIAL_AFTER) {
                add(format!("{surname} {initial}"));
            }
            // E-mail local parts: `svandermeulen`, `sofievandermeulen`.
            if !surname.contains(' ') {
                add(format!("{initial}{surname}"));
                add(format!("{}{surname}", first.replace(['-', '\''], "")));
            }
        }
    }
    // Without the article, only with the given name: `Nadia Amrani`.
    for surname in &without_article {
        add(format!("{whole} {surname}"));
        add(format!("{surname} {whole}"));
        add(format!("{first} {surname}"));
        add(format!("{surname} {first}"));
    }
    // A middle initial: `Sofie M. Vandermeulen` (`i`, `l` and `1` fold alike).
    for surname in surnames.iter().chain(&without_article) {
        for middle in ('a'..='z').filter(|&c| c != 'i') {
            add(format!("{first} {middle} {surname}"));
        }
    }
    // Every letter a word: `S o f i e  V a n d e r m e u l e n`,
    // `S.o.f.i.e V.a.n.d.e.r.m.e.u.l.e.n`, one part or both.
    let spaced = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).map(String::from).collect::<Vec<_>>().join(" ");
    let joined = words[k..].concat();
    let (g, n) = (spaced(&whole), spaced(&joined));
    for v in [format!("{g} {n}"), format!("{n} {g}"), format!("{whole} {n}"), format!("{g} {joined}"), format!("{n} {first}")] {
        add(v);
    }
    // Spellings of one sound: `Sophie`, `Koen`/`Coen`, `Goossens`/`Gossens`.
    for g in spellings(first) {
        add(format!("{g} {joined}"));
        add(format!("{joined} {g}"));
    }
    // The surname respelled only after the given name (a new first word
    // would cost every text a look-up).
    for n in spellings(&joined) {
        add(format!("{first} {n}"));
    }
    for v in reversed {
        add(v);
    }
    out
}

/// The name with the last word of the surname cut in two, only after the
/// given name: a hyphen between two letters (`Vanderme-ulen`, or a line
/// broken there in a PDF the text was copied from, `Vanderme-⏎ulen`) is a
/// break in the plain form. Each part has three letters or more (as a
/// surname's rest after a particle has: `Jan De Es` is no cut of `Dees`).
/// The guard takes such a form only where a hyphen stands in it: a space
/// or a thin space is a gap a reader sees.
pub(super) fn cuts(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let mut out: Vec<String> = Vec::new();
    if words.len() < 2 {
        return out;
    }
    let mut add = |v: String| {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&v)) {
            out.push(v);
        }
    };
    let k = (1..words.len()).find(|&k| PARTICLES.contains(&words[k].to_lowercase().as_str())).unwrap_or(words.len() - 1);
    let given = &words[..k];
    let first = given[0];
    let whole = given.join(" ");
    let (surnames, _) = surname_forms(&words[k..]);
    for surname in &surnames {
        let (head, last) = surname.rsplit_once(' ').map_or(("", surname.as_str()), |(h, l)| (h, l));
        let letters: Vec<(usize, char)> = last.char_indices().collect();
        if letters.len() < 2 * MIN_REST || !last.chars().all(char::is_alphabetic) {
            continue;
        }
        for &(at, _) in &letters[MIN_REST..=letters.len() - MIN_REST] {
            let cut = format!("{head} {} {}", &last[..at], &last[at..]);
            add(format!("{first} {}", cut.trim_start()));
            if whole != first {
                add(format!("{whole} {}", cut.trim_start()));
            }
        }
    }
    out
}

/// The ways to write a surname (its words from the first particle on):
/// the particles apart, together, or some of each (`Van der Meulen`,
/// `Vander Meulen`, `Vandermeulen`), whether `team.yaml` writes them apart
/// or together; and, for a surname starting with an Arabic article
/// (`El Amrani`), the ways without it (`Amrani`).
fn surname_forms(words: &[&str]) -> (Vec<String>, Vec<String>) {
    // Each word's ways to be cut into particles and a rest, then every way
    // to cut the whole surname.
    let mut cuts: Vec<Vec<String>> = vec![Vec::new()];
    for word in words.iter().take(5) {
        let lower = word.to_lowercase();
        // Apostrophes and hyphens join parts: `D'Hondt`, `El-Amrani`.
        let parts: Vec<&str> = lower.split(['\'', '’', '-']).filter(|p| !p.is_empty()).collect();
        let mut next = Vec::new();
        for cut in &cuts {
            let mut ways: Vec<Vec<String>> = vec![cut.clone()];
            for part in &parts {
                ways = ways.iter().flat_map(|w| split(part).into_iter().map(move |s| [w.clone(), s].concat())).collect();
            }
            next.extend(ways);
        }
        cuts = next;
    }
    let mut forms = Vec::new();
    let mut without = Vec::new();
    for cut in &cuts {
        for form in joinings(cut) {
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
        if let Some((article, rest)) = cut.split_first()
            && ARTICLES.contains(&article.as_str())
            && !rest.is_empty()
            && rest.iter().map(|p| p.chars().count()).sum::<usize>() >= MIN_WITHOUT_ARTICLE
        {
            for form in joinings(rest) {
                if !without.contains(&form) {
                    without.push(form);
                }
            }
        }
    }
    (forms, without)
}

/// A word of a surname cut into particles written together and a rest of
/// at least [`MIN_REST`] letters, in every way (`vandermeulen`: itself,
/// `van dermeulen`, `van der meulen`, `van de rmeulen`).
fn split(word: &str) -> Vec<Vec<String>> {
    let mut out = vec![vec![word.to_owned()]];
    for (prefix, parts) in JOINED {
        let Some(rest) = word.strip_prefix(prefix) else { continue };
        if rest.chars().count() < MIN_REST || !rest.chars().all(char::is_alphabetic) {
            continue;
        }
        for tail in split(rest) {
            let cut: Vec<String> = parts.iter().map(|p| (*p).to_owned()).chain(tail).collect();
            if !out.contains(&cut) {
                out.push(cut);
            }
        }
    }
    out
}

/// Words joined in every way: "Van der Meulen" is also "Vander Meulen",
/// "Van derMeulen" and "Vandermeulen" (at most 32 ways).
fn joinings<S: AsRef<str>>(words: &[S]) -> Vec<String> {
    let words = &words[..words.len().min(6)];
    let gaps = words.len() - 1;
    (0..1u32 << gaps)
        .map(|mask| {
            let mut s = words[0].as_ref().to_owned();
            for (i, w) in words[1..].iter().enumerate() {
                if mask & (1 << i) == 0 {
                    s.push(' ');
                }
                s.push_str(w.as_ref());
            }
            s
        })
        .collect()
}

/// A name's other spellings of one sound, one change each: `ph` and `f`,
/// `ae`, `aa` and `a`, `ij` and `y`, `y` and `i`, `c` and `k`, a double
/// letter single. For names only: a word of a text is never respelled.
fn spellings(name: &str) -> Vec<String> {
    const SAME: &[(&str, &str)] =
        &[("ph", "f"), ("f", "ph"), ("ae", "a"), ("ae", "aa"), ("aa", "ae"), ("ij", "y"), ("y", "ij"), ("y", "i"), ("c", "k"), ("k", "c")];
    let lower = name.to_lowercase();
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: String| {
        if s != lower && !out.contains(&s) {
            out.push(s);
        }
    };
    for (from, to) in SAME {
        for (at, _) in lower.match_indices(from) {
            add(format!("{}{to}{}", &lower[..at], &lower[at + from.len()..]));
        }
    }
    let chars: Vec<char> = lower.chars().collect();
    for k in 1..chars.len() {
        if chars[k] == chars[k - 1] && chars[k].is_alphabetic() {
            add(chars[..k].iter().chain(&chars[k + 1..]).collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn another_given_name_keeps_the_surname() {
        assert_eq!(with_given("Pieter Claeys", "Piet").as_deref(), Some("Piet Claeys"));
        assert_eq!(with_given("Sofie Van der Meulen", "Fie").as_deref(), Some("Fie Van der Meulen"));
        assert_eq!(with_given("Anne Marie De Smet", "Annemie").as_deref(), Some("Annemie De Smet"));
        assert_eq!(with_given("Cher", "C"), None);
        assert_eq!(with_given("Pieter Claeys", " "), None);
    }

    use super::*;

    #[test]
    fn variants_of_a_name_with_particles() {
        let v = variants("Sofie Van der Meulen");
        for want in [
            "Sofie Van der Meulen",
            "Van der Meulen Sofie",
            "Sofie Vandermeulen",
            "Vandermeulen Sofie",
            "S Vandermeulen",
            "S Van der Meulen",
            "SVandermeulen",
            "SofieVandermeulen",
        ] {
            assert!(v.iter().any(|x| x.eq_ignore_ascii_case(want)), "{want} missing from {v:?}");
        }
        // The surname alone is never a variant.
        assert!(!v.iter().any(|x| x.eq_ignore_ascii_case("Vandermeulen") || x.eq_ignore_ascii_case("Van der Meulen")), "{v:?}");
        // Nor a part of the surname with the given name.
        assert!(!v.iter().any(|x| x.eq_ignore_ascii_case("Sofie Meulen")), "{v:?}");
    }

    fn has(v: &[String], want: &str) -> bool {
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        v.iter().any(|x| norm(x) == norm(want))
    }

    #[test]
    fn a_surname_written_together_is_also_written_apart() {
        let v = variants("Sofie Vandermeulen");
        for want in ["Sofie Vander Meulen", "Sofie Van der Meulen", "Sofie Van dermeulen", "Van der Meulen Sofie", "S Van der Meulen"] {
            assert!(has(&v, want), "{want} missing from {v:?}");
        }
        let v = variants("Lien Dewaele");
        assert!(has(&v, "Lien De Waele") && has(&v, "De Waele Lien"), "{v:?}");
        // Never the surname alone, nor its rest with the given name.
        for not in ["Vandermeulen", "Van der Meulen", "Sofie Meulen", "Sofie Dermeulen", "Meulen Sofie"] {
            assert!(!has(&variants("Sofie Vandermeulen"), not), "{not}");
        }
        // A rest of fewer than three letters is no surname: `Dees` stays whole.
        assert!(!has(&variants("Jan Dees"), "Jan De Es"));
    }

    #[test]
    fn an_arabic_article_may_be_left_out_with_the_given_name() {
        let v = variants("Nadia El Amrani");
        for want in ["Nadia Amrani", "Amrani Nadia", "Nadia Elamrani", "N El Amrani", "Nadia el-Amrani"] {
            assert!(has(&v, &want.replace('-', " ")), "{want} missing from {v:?}");
        }
        assert!(!has(&v, "Amrani") && !has(&v, "N Amrani"), "{v:?}");
        // A Dutch particle is part of the surname.
        assert!(!has(&variants("Tom Van Dam"), "Tom Dam"));
    }

    #[test]
    fn initials_after_the_surname_and_in_the_middle() {
        let v = variants("Sofie Vandermeulen");
        for want in ["Vandermeulen S", "Van der Meulen S", "Sofie M Vandermeulen", "Sofie Z Van der Meulen"] {
            assert!(has(&v, want), "{want} missing from {v:?}");
        }
        // Not after the surname where the letter is a word: `Peeters a dit`.
        assert!(!has(&variants("Annick Peeters"), "Peeters a"));
        assert!(has(&variants("Annick Peeters"), "A Peeters"));
    }

    #[test]
    fn letter_by_letter_reversed_and_respelled() {
        let v = variants("Sofie Vandermeulen");
        for want in [
            "S o f i e V a n d e r m e u l e n",
            "V a n d e r m e u l e n S o f i e",
            "neluemrednaV eifoS",
            "Sophie Vandermeulen",
            "Vandermeulen Sophie",
        ] {
            assert!(has(&v, want), "{want} missing from {v:?}");
        }
        assert!(has(&variants("Ines Goossens"), "Ines Gossens"));
        assert!(has(&variants("Koen Vermeersch"), "Coen Vermeersch"));
        assert!(has(&variants("Pieter Claeys"), "Pieter Claeijs"));
    }

    /// A hyphen between two letters of the surname (`Vanderme-ulen`, or a
    /// line broken there) cuts it in two: each cut is a variant after the
    /// given name, with three letters or more on either side.
    #[test]
    fn the_surname_cut_by_a_hyphen_after_the_given_name() {
        let v = cuts("Sofie Vandermeulen");
        for want in ["Sofie Vanderme ulen", "Sofie Vand ermeulen", "Sofie Vandermeu len", "Sofie Van der Meu len"] {
            assert!(has(&v, want), "{want} missing from {v:?}");
        }
        for not in ["Sofie Va ndermeulen", "Sofie Vandermeul en", "Vanderme ulen Sofie", "S Vanderme ulen"] {
            assert!(!has(&v, not), "{not} in {v:?}");
        }
        assert!(has(&cuts("Sofie Van der Meulen"), "Sofie Van der Meu len"));
        assert!(has(&cuts("Ines Goossens"), "Ines Goos sens"));
        assert!(cuts("Jan Dees").is_empty() && cuts("Cher").is_empty());
    }

    #[test]
    fn a_one_word_name_is_itself() {
        assert_eq!(variants("Cher"), vec!["Cher".to_owned()]);
    }
}
