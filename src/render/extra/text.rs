//! Plain text from Markdown, for data files, feeds and the search index.
//! Raw HTML is dropped whole (more than the sanitiser removes: a comment
//! such as `<!-- intern -->` must never reach a data file).

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The text of a Markdown body: paragraphs separated by a blank line, list
/// items on lines of their own, no markup.
pub(super) fn plain(md: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(md, crate::model::markdown::options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Start(Tag::Item) => out.push_str("- "),
            Event::Start(Tag::Heading { .. }) => out.push_str("\n\n"),
            Event::End(TagEnd::List(_)) => out.push_str("\n\n"),
            Event::Start(Tag::TableCell) if !out.ends_with('\n') && !out.is_empty() => out.push_str(" | "),
            Event::End(TagEnd::Paragraph) => out.push_str("\n\n"),
            Event::End(
                TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock | TagEnd::TableHead | TagEnd::TableRow | TagEnd::BlockQuote(_),
            ) => out.push('\n'),
            _ => {}
        }
    }
    tidy(&out)
}

/// Trim every line, and keep at most one empty line between paragraphs.
fn tidy(s: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in s.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(line);
    }
    out
}

/// The first `max` characters of `s` on one line, cut at a word, with `…`.
pub(super) fn excerpt(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let at = if flat.chars().nth(max) == Some(' ') { cut.len() } else { cut.rfind(' ').unwrap_or(cut.len()) };
    format!("{}…", &cut[..at])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_html_are_dropped() {
        let md = "## Wat\n\nEen *mooie* [actie](@action/x).\n<!-- geheime notitie -->\n\n- een\n- twee\n\n<div>verborgen blok</div>\n";
        let text = plain(md);
        assert_eq!(text, "Wat\nEen mooie actie.\n\n- een\n- twee");
        assert_eq!(plain("- a\n- b\n\n## Kop\nTekst"), "- a\n- b\n\nKop\nTekst");
        assert!(!text.contains("geheime") && !text.contains("verborgen"));
    }

    #[test]
    fn excerpts_cut_at_words() {
        assert_eq!(excerpt("een twee drie", 8), "een twee…");
        assert_eq!(excerpt("kort", 8), "kort");
    }
}
