//! Pure text: Markdown made plain, as a page shows it (the words, one block
//! per `\n\n`, HTML kept as written), for a text that was not loaded as
//! Markdown (an action's internal note). A loaded Markdown text keeps its
//! plain form in its facts ([`crate::model::MdFacts::shown`]), from the same
//! events ([`crate::model::markdown::plain_event`]).

use std::borrow::Cow;

use pulldown_cmark::Parser;

use crate::model::markdown::{Pictures, plain_event};

/// Markdown to plain text, one paragraph (block) per `\n\n`.
pub(crate) fn md_plain(text: &str) -> String {
    // The text as shown is about as long as the text as written: one allocation.
    let mut out = String::with_capacity(text.len());
    let mut pictures = Pictures::default();
    for event in Parser::new_ext(text, crate::model::markdown::options()) {
        plain_event(&mut out, &event, &mut pictures);
    }
    pictures.flush(&mut out);
    out
}

/// The paragraphs of [`md_plain`] (split at `\n\n`), word for word,
/// without parsing a text that [`shows_itself`]: that text is its own one
/// paragraph (an internal note of a sentence or two, most of them).
pub(crate) fn md_plain_words(text: &str) -> Cow<'_, str> {
    if shows_itself(text) { Cow::Borrowed(text) } else { Cow::Owned(md_plain(text)) }
}

/// True for one line that Markdown shows as it is written, but for the
/// spaces around it: it starts with a letter (no list item, heading, quote,
/// indent or other block can start there) and has no line end, tab or other
/// control character, none of the characters inline Markdown reads
/// (`` \ ` * _ [ ] < > & ! ~ | ^ $ { } ``), no quote that smart punctuation
/// would curl, and no `--` or `..` that it would make a dash or an ellipsis.
fn shows_itself(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(&first) = bytes.first() else { return true };
    (first.is_ascii_alphabetic() || !first.is_ascii())
        && !bytes.iter().any(|&b| {
            b < 0x20
                || matches!(
                    b,
                    b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'&' | b'!' | b'~' | b'|' | b'^' | b'$' | b'{' | b'}'
                )
                || matches!(b, b'"' | b'\'' | 0x7f)
        })
        && !text.contains("--")
        && !text.contains("..")
}

/// [`md_plain`] of each top-level block of a Markdown text (`blocks`: their
/// ranges, in order, as [`crate::model::MdFacts`] has them), from one parse
/// of the whole text: a block read on its own could read differently (a
/// reference link whose definition stands elsewhere).
#[cfg(test)]
pub(crate) fn md_plain_blocks(text: &str, blocks: &[std::ops::Range<usize>]) -> Vec<String> {
    // Each block's text as shown is about as long as the block: one allocation each.
    let mut out: Vec<String> = blocks.iter().map(|b| String::with_capacity(b.len())).collect();
    let mut k = 0;
    let mut pictures = Pictures::default();
    for (event, range) in Parser::new_ext(text, crate::model::markdown::options()).into_offset_iter() {
        while k < blocks.len() && range.start >= blocks[k].end {
            k += 1;
        }
        if k == blocks.len() {
            break;
        }
        if range.start >= blocks[k].start {
            plain_event(&mut out[k], &event, &mut pictures);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A paragraph's words joined by single spaces, as the guard reads them.
    fn paragraphs(text: &str) -> Vec<String> {
        text.split("\n\n").map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|p| !p.is_empty()).collect()
    }

    #[test]
    fn a_plain_sentence_is_not_parsed() {
        for t in ["Budget nog niet goedgekeurd door het college.", "Één zin, met 20% (of 3/4) meer: a@b.be #1 + x = y?", ""] {
            assert!(matches!(md_plain_words(t), Cow::Borrowed(_)), "{t:?}");
        }
        for t in ["1. Een", "- Een", "# Een", "Een *twee*", "Een -- twee", "Een...", "Een 'twee'", "Een\ntwee", "    Een", "Een [x](y)"] {
            assert!(matches!(md_plain_words(t), Cow::Owned(_)), "{t:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        /// Whether parsed or not, a text has the paragraphs and words of
        /// [`md_plain`]: texts of words, spaces and punctuation, Markdown's
        /// marks and what smart punctuation changes.
        #[test]
        fn md_plain_words_has_the_words_of_md_plain(tokens in proptest::collection::vec(prop::sample::select(vec![
            "Een", "zin", "É", "é", "a", "B", "1", "2024", " ", " ", "  ", ".", ",", ";", ":", "?", "(", ")", "%", "/", "-", "+",
            "=", "@", "#", "€", "\u{a0}", "’", "…", "–", "*", "_", "`", "[", "]", "<", ">", "&", "!", "~", "|", "\"", "'", "\\",
            "\n", "\t", "--", "..", "1. ", "- ", "# ", "    ", "{", "^", "$", "\u{0}", "\r",
        ]), 0..24)) {
            let text = tokens.concat();
            prop_assert_eq!(paragraphs(&md_plain_words(&text)), paragraphs(&md_plain(&text)), "{:?}", text);
        }
    }
}
