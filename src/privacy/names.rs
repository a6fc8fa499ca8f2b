//! A team member's name as people write it: given name first or surname
//! first (as Belgian administration does, with or without a comma), the
//! particles of a surname apart or together ("Van der Meulen",
//! "Vandermeulen"), an initial with the surname ("S. Vandermeulen"), and the
//! forms of an e-mail address's local part (`sofie.vandermeulen@` folds to
//! the name; `svandermeulen@` and `sofievandermeulen@` are one word). The
//! surname alone is never a variant: a municipality has too many namesakes.
//! Accents, case, invisible characters and look-alike letters are the fold's
//! business ([`super::fold`]), not this module's.

/// The particles that start a Dutch, French or German surname.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "di", "da", "du", "des", "del", "della", "la", "le", "les", "ten", "ter", "te", "'t", "t", "vande",
    "vanden", "vander", "op", "in", "d'", "dos", "el", "al", "zu",
];

/// Every way the name may be written, each a text the fold makes a
/// pattern of. The name as written comes first.
pub(super) fn variants(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let mut out = vec![name.trim().to_owned()];
    if words.len() < 2 {
        return out;
    }
    // The surname starts at the first particle after the given name, or is the last word.
    let k = (1..words.len()).find(|&k| PARTICLES.contains(&words[k].to_lowercase().as_str())).unwrap_or(words.len() - 1);
    {
        let given = &words[..k];
        let first = given[0];
        let initial: String = first.chars().take_while(|c| c.is_alphanumeric()).take(1).collect();
        for surname in joinings(&words[k..]) {
            let whole = given.join(" ");
            let mut add = |v: String| {
                if !out.contains(&v) {
                    out.push(v);
                }
            };
            add(format!("{whole} {surname}"));
            add(format!("{surname} {whole}"));
            add(format!("{first} {surname}"));
            add(format!("{surname} {first}"));
            if !initial.is_empty() {
                // Initial first only: "Peeters A." would match French "Peeters a dit".
                add(format!("{initial} {surname}"));
                // E-mail local parts: `svandermeulen`, `sofievandermeulen`.
                if !surname.contains(' ') {
                    add(format!("{initial}{surname}"));
                    add(format!("{}{surname}", first.replace(['-', '\''], "")));
                }
            }
        }
    }
    out
}

/// The surname's words joined in every way: "Van der Meulen" is also
/// "Vander Meulen", "Van derMeulen" and "Vandermeulen" (at most 16 ways).
fn joinings(words: &[&str]) -> Vec<String> {
    let words = &words[..words.len().min(5)];
    let gaps = words.len() - 1;
    (0..1u32 << gaps)
        .map(|mask| {
            let mut s = words[0].to_owned();
            for (i, w) in words[1..].iter().enumerate() {
                if mask & (1 << i) == 0 {
                    s.push(' ');
                }
                s.push_str(w);
            }
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn a_one_word_name_is_itself() {
        assert_eq!(variants("Cher"), vec!["Cher".to_owned()]);
    }
}
