//! Text clean-up for one block (paragraph) of extracted text.
//!
//! Documents copied out of PDFs, word processors and web pages carry typographic debris that
//! gets in the way of finding facts: ligatures ("ﬁ"), soft hyphens, zero-width characters,
//! curly quotes, exotic spaces and words split across line breaks. [`normalize`] removes that
//! debris with targeted replacements. It deliberately does *not* apply full NFKC, which would
//! change meaning ("²" → "2", "½" → "1⁄2"); only canonical composition (NFC) is applied, which
//! never changes how text reads.
//!
//! Dashes: en and em dashes are kept as `–` and `—` (the figure dash becomes `–`, the
//! horizontal bar `—`); the Unicode hyphens U+2010/U+2011 become an ASCII `-`.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Word stems that keep their hyphen when a line break falls right after it
/// ("self-\nrenewal" → "self-renewal", not "selfrenewal").
const KEEP_HYPHEN_PREFIXES: &[&str] = &[
    "self", "non", "well", "ill", "cross", "half", "all", "ex", "quasi", "co", "long", "short",
    "high", "low", "full", "part", "cell", "drug", "age", "time", "dose", "end", "first", "second",
    "third", "one", "two", "three",
];

/// Cleans one block of text: ligatures expanded, soft hyphens and zero-width characters removed,
/// curly quotes straightened, Unicode spaces made plain, words hyphenated across a line break
/// joined, white space collapsed to single spaces and trimmed, no space just inside brackets
/// ("(center )" → "(center)"), empty brackets standing apart from a word dropped ("in degrees
/// ()" → "in degrees"). Newlines become spaces.
pub fn normalize(text: &str) -> String {
    let mapped = map_chars(text);
    // Text that passes the NFC quick check is already composed (most text is ASCII): `nfc()`
    // would give it back unchanged.
    let composed = if mapped.is_ascii() || is_nfc_quick(mapped.chars()) == IsNormalized::Yes {
        mapped
    } else {
        mapped.nfc().collect()
    };
    let joined = join_line_break_hyphens(&composed);
    let mut collapsed = collapse_whitespace(&joined);
    if collapsed.contains("( ") || collapsed.contains(" )") {
        collapsed = collapsed.replace("( ", "(").replace(" )", ")");
    }
    // "not given in degrees ()": brackets standing alone whose symbol was lost on the way (a
    // degree sign, a formula) say nothing; they go with the space before them. ("print()",
    // written against a word, is a name and stays.)
    if collapsed.contains(" ()") {
        collapsed = collapsed.replace(" ()", "");
    }
    if collapsed.contains("- ") {
        join_spaced_hyphens(&collapsed)
    } else {
        collapsed
    }
}

/// "vig- orous", "membrane- bound": a word broken at a line end in text whose line breaks
/// were already turned into spaces. Joined as at a line break ("vigorous"), the hyphen kept
/// before a common second half of a compound ("membrane-bound") or a verb form
/// ("sperm-producing"); a hyphen before "and", "or", "to" ("iron- and magnesium-rich") is left
/// as written.
fn join_spaced_hyphens(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("- ") {
        let (before, after) = (&rest[..at], &rest[at + 2..]);
        let next_word = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let broken = before.chars().next_back().is_some_and(char::is_alphabetic)
            && after.chars().next().is_some_and(char::is_lowercase)
            && !matches!(next_word, "and" | "or" | "to" | "nor" | "but" | "than");
        out.push_str(before);
        if !broken {
            out.push_str("- ");
        } else if !ends_with_particle(&out)
            && (keeps_hyphen(&out)
                || compound_tail(next_word)
                || super::lexicon::verb_base(next_word).is_some())
        {
            out.push('-');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// "under- lying", "over- flowing": a particle before a broken word fuses with it into one.
fn ends_with_particle(text_before_hyphen: &str) -> bool {
    let head = text_before_hyphen
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        head,
        "under" | "over" | "out" | "up" | "down" | "with" | "by"
    )
}

/// A common second half of a compound ("membrane-bound", "iron-rich").
fn compound_tail(word: &str) -> bool {
    matches!(
        word,
        "bound"
            | "based"
            | "rich"
            | "poor"
            | "like"
            | "free"
            | "shaped"
            | "sized"
            | "related"
            | "dependent"
            | "specific"
            | "term"
            | "scale"
            | "level"
    )
}

/// Character-level replacements. Line breaks of every kind become `\n` (kept for the
/// de-hyphenation pass); soft hyphens are kept for that pass too. Runs of characters kept as
/// they are are copied whole; printable ASCII, nearly all of a text, is passed over a byte at
/// a time.
fn map_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    // Start of the run of unchanged text not yet copied.
    let mut run = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if (b' '..0x7f).contains(&b) || b == b'\n' {
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        if let Some(replacement) = replacement(c) {
            out.push_str(&text[run..i]);
            out.push_str(replacement);
            run = i + len;
        }
        i += len;
    }
    out.push_str(&text[run..]);
    out
}

/// What [`map_chars`] puts in place of `c`; `None` keeps it.
fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        // Ligatures.
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        // Zero-width and invisible formatting characters.
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{2060}'
        | '\u{FEFF}' | '\u{180E}' => "",
        // Quotes.
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => "\"",
        // Hyphens and dashes.
        '\u{2010}' | '\u{2011}' => "-",
        '\u{2012}' => "\u{2013}",
        '\u{2015}' => "\u{2014}",
        // Ellipsis.
        '\u{2026}' => "...",
        // A line feed stays as it is.
        '\n' => return None,
        // Line breaks of every other kind.
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => "\n",
        // Tabs and Unicode spaces.
        '\t'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => " ",
        // Any other control character is debris.
        c if c.is_control() => "",
        _ => return None,
    })
}

/// The first hyphen (`-`) or soft hyphen (U+00AD, bytes C2 AD) at or after byte `from`.
fn next_hyphen(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(offset) = bytes.get(i..)?.iter().position(|&b| b == b'-' || b == 0xC2) {
        let at = i + offset;
        if bytes[at] == b'-' || bytes.get(at + 1) == Some(&0xAD) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Joins words split by a hyphen (or soft hyphen) at a line break. Soft hyphens elsewhere are
/// dropped. Text between hyphens is copied whole.
fn join_line_break_hyphens(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Bytes of `text` before `copied` are handled; the next hyphen is looked for from `from`.
    let mut copied = 0;
    let mut from = 0;
    while let Some(i) = next_hyphen(text.as_bytes(), from) {
        let soft = text[i..].starts_with('\u{AD}');
        let past = i + if soft { '\u{AD}'.len_utf8() } else { 1 };
        out.push_str(&text[copied..i]);
        // Look for: [spaces] '\n' [white space] next-char, with a character before the hyphen.
        let j = past + (text[past..].len() - text[past..].trim_start_matches(' ').len());
        let line_break = text[j..].starts_with('\n').then(|| {
            let k = j + (text[j..].len() - text[j..].trim_start_matches(char::is_whitespace).len());
            let before = text[..i].chars().next_back()?;
            let after = text[k..].chars().next()?;
            Some((k, before, after))
        });
        let Some((k, before, after)) = line_break.flatten() else {
            // Not a word broken at a line end: a hyphen stays, a soft hyphen goes.
            if !soft {
                out.push('-');
            }
            copied = past;
            from = past;
            continue;
        };
        if soft {
            // A soft hyphen marks a word broken for layout: always join.
            copied = k;
        } else if !before.is_alphanumeric() || !after.is_alphanumeric() {
            // A dash or bullet at a line end ("results -\nwhich"): keep it as it is.
            out.push('-');
            copied = past;
        } else if before.is_alphabetic() && after.is_lowercase() && !keeps_hyphen(&out) {
            // "regen-\neration" → "regeneration".
            copied = k;
        } else {
            // "COVID-\n19", "self-\nrenewal", "state-of-the-\nart": keep the hyphen.
            out.push('-');
            copied = k;
        }
        from = copied;
    }
    out.push_str(&text[copied..]);
    out
}

/// Whether the word that ends `text_before_hyphen` should keep a hyphen broken at a line end:
/// it already contains a hyphen (a compound) or is a common compound-forming stem.
fn keeps_hyphen(text_before_hyphen: &str) -> bool {
    // The word before the hyphen (at most 64 characters back, to stay linear on odd input).
    let mut word: Vec<char> = text_before_hyphen
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace())
        .take(65)
        .collect();
    if word.len() > 64 {
        return false;
    }
    word.reverse();
    let word: String = word.into_iter().collect();
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.contains('-') || word.chars().count() <= 1 {
        // "state-of-the-\nart", "X-\nray", "T-\ncell".
        return true;
    }
    let lower = word.to_lowercase();
    KEEP_HYPHEN_PREFIXES.contains(&lower.as_str())
}

/// Collapses every run of white space to one space and trims the ends.
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    // Start of the word being read, if any.
    let mut word: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b.is_ascii() {
            // The ASCII characters `char::is_whitespace` accepts.
            (matches!(b, b'\t'..=b'\r' | b' '), 1)
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => break,
            }
        };
        match (space, word) {
            (true, Some(start)) => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&text[start..i]);
                word = None;
            }
            (false, None) => word = Some(i),
            _ => {}
        }
        i += len;
    }
    if let Some(start) = word {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    /// The character mapping one character at a time, from the same table: the reference the
    /// run-copying [`super::map_chars`] must match.
    fn reference_map_chars(text: &str) -> String {
        text.chars()
            .map(|c| super::replacement(c).map_or_else(|| c.to_string(), str::to_owned))
            .collect()
    }

    /// The line-break de-hyphenation as first written, over a vector of characters.
    fn reference_join_line_break_hyphens(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c != '-' && c != '\u{AD}' {
                out.push(c);
                i += 1;
                continue;
            }
            // Look for: [spaces] '\n' [white space] next-char.
            let mut j = i + 1;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            let at_line_break = j < chars.len() && chars[j] == '\n';
            if !at_line_break {
                if c == '-' {
                    out.push('-');
                }
                i += 1;
                continue;
            }
            let mut k = j;
            while k < chars.len() && chars[k].is_whitespace() {
                k += 1;
            }
            let before = if i > 0 {
                chars.get(i - 1).copied()
            } else {
                None
            };
            let after = chars.get(k).copied();
            let (Some(before), Some(after)) = (before, after) else {
                if c == '-' {
                    out.push('-');
                }
                i += 1;
                continue;
            };
            if c == '\u{AD}' {
                // A soft hyphen marks a word broken for layout: always join.
                i = k;
                continue;
            }
            if !before.is_alphanumeric() || !after.is_alphanumeric() {
                // A dash or bullet at a line end ("results -\nwhich"): keep it as it is.
                out.push('-');
                i += 1;
                continue;
            }
            if before.is_alphabetic() && after.is_lowercase() && !super::keeps_hyphen(&out) {
                // "regen-\neration" → "regeneration".
                i = k;
            } else {
                // "COVID-\n19", "self-\nrenewal", "state-of-the-\nart": keep the hyphen.
                out.push('-');
                i = k;
            }
        }
        out
    }

    /// Text made of the characters the passes treat specially, and some they do not.
    fn debris_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "B",
            "z",
            "1",
            "é",
            "e\u{301}",
            "\u{301}",
            "Σ",
            " ",
            "  ",
            "\n",
            "\r\n",
            "\t",
            "-",
            "\u{AD}",
            "\u{2010}",
            "\u{2012}",
            "\u{2015}",
            "\u{2019}",
            "\u{201C}",
            "\u{2026}",
            "\u{FB01}",
            "\u{FB03}",
            "\u{200B}",
            "\u{FEFF}",
            "\u{A0}",
            "\u{2028}",
            "\u{85}",
            "\u{1}",
            "\u{7F}",
            "self",
            "regen",
            "eration",
            "COVID",
            "state-of-the",
            ".",
            ",",
            "\u{1100}",
            "\u{1161}",
            "\u{AC00}",
            "\u{11A8}",
            "\u{0344}",
            "\u{F900}",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn passes_match_their_reference(text in debris_text()) {
            prop_assert_eq!(super::map_chars(&text), reference_map_chars(&text));
            let composed: String = text.nfc().collect();
            prop_assert_eq!(
                super::join_line_break_hyphens(&composed),
                reference_join_line_break_hyphens(&composed)
            );
            prop_assert_eq!(
                super::join_line_break_hyphens(&text),
                reference_join_line_break_hyphens(&text)
            );
        }

        #[test]
        fn nfc_quick_yes_means_nfc_changes_nothing(text in debris_text()) {
            if unicode_normalization::is_nfc_quick(text.chars())
                == unicode_normalization::IsNormalized::Yes
            {
                prop_assert_eq!(text.nfc().collect::<String>(), text);
            }
        }

        #[test]
        fn collapse_whitespace_matches_split_whitespace(text in "[ a\t\n\r\u{0B}\u{0C}\u{1C}\u{85}\u{A0}\u{2003}\u{3000}é-]{0,40}") {
            prop_assert_eq!(
                super::collapse_whitespace(&text),
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }

        #[test]
        fn any_text_passes_match_their_reference(text in "\\PC{0,60}") {
            prop_assert_eq!(super::map_chars(&text), reference_map_chars(&text));
            prop_assert_eq!(
                super::join_line_break_hyphens(&text),
                reference_join_line_break_hyphens(&text)
            );
        }
    }

    #[test]
    fn ligatures_are_expanded() {
        assert_eq!(
            normalize("e\u{FB03}cient \u{FB01}brosis \u{FB02}ow e\u{FB00}ect ba\u{FB04}e"),
            "efficient fibrosis flow effect baffle"
        );
    }

    #[test]
    fn soft_hyphens_are_removed() {
        assert_eq!(normalize("hepato\u{AD}cyte"), "hepatocyte");
        assert_eq!(normalize("regen\u{AD}\neration"), "regeneration");
    }

    #[test]
    fn zero_width_characters_are_removed() {
        assert_eq!(
            normalize("stem\u{200B}cell \u{FEFF}liver\u{200D} word\u{2060}joiner"),
            "stemcell liver wordjoiner"
        );
    }

    #[test]
    fn curly_quotes_become_straight() {
        assert_eq!(
            normalize(
                "\u{201C}Stop,\u{201D} she said. It\u{2019}s \u{2018}fine\u{2019} \u{201E}ja\u{201F}"
            ),
            "\"Stop,\" she said. It's 'fine' \"ja\""
        );
    }

    #[test]
    fn unicode_spaces_become_plain_spaces() {
        assert_eq!(normalize("3.5\u{A0}mm"), "3.5 mm");
        assert_eq!(
            normalize("10\u{202F}000 cells\u{2009}per\u{3000}mL"),
            "10 000 cells per mL"
        );
        assert_eq!(normalize("a\tb"), "a b");
    }

    #[test]
    fn dashes_are_kept_and_hyphens_made_ascii() {
        assert_eq!(
            normalize("pages 3\u{2013}5 \u{2014} roughly"),
            "pages 3\u{2013}5 \u{2014} roughly"
        );
        assert_eq!(normalize("1990\u{2012}1995"), "1990\u{2013}1995");
        assert_eq!(normalize("anti\u{2010}inflammatory"), "anti-inflammatory");
    }

    #[test]
    fn ellipsis_becomes_three_dots() {
        assert_eq!(normalize("and so on\u{2026}"), "and so on...");
    }

    #[test]
    fn words_hyphenated_across_a_line_break_are_joined() {
        assert_eq!(normalize("liver regen-\neration"), "liver regeneration");
        assert_eq!(
            normalize("liver regen- \r\n   eration"),
            "liver regeneration"
        );
        assert_eq!(
            normalize("differen-\ntiation and pro-\nliferation"),
            "differentiation and proliferation"
        );
    }

    #[test]
    fn words_broken_before_a_space_are_joined() {
        assert_eq!(
            normalize(
                "Seafloor spreading was so vig- orous that archaea lacked membrane- bound organelles."
            ),
            "Seafloor spreading was so vigorous that archaea lacked membrane-bound organelles."
        );
        // A hyphen shared by two compounds, and a dash, stay.
        assert_eq!(
            normalize("iron- and magnesium-rich"),
            "iron- and magnesium-rich"
        );
        assert_eq!(normalize("sperm- producing cells"), "sperm-producing cells");
        // A particle fused with a verb is one word.
        assert_eq!(normalize("the under- lying soil"), "the underlying soil");
        assert_eq!(normalize("results - which"), "results - which");
    }

    #[test]
    fn no_space_is_left_just_inside_brackets() {
        assert_eq!(
            normalize("Neurons (cen- ter ) conduct impulses ( nerve signals)."),
            "Neurons (center) conduct impulses (nerve signals)."
        );
        // Brackets left empty by a lost symbol go; a name written with them stays.
        assert_eq!(
            normalize("They are not given in degrees ( ). Call print() once."),
            "They are not given in degrees. Call print() once."
        );
    }

    #[test]
    fn real_compound_hyphens_are_kept() {
        assert_eq!(
            normalize("a late-stage liver disease"),
            "a late-stage liver disease"
        );
        assert_eq!(normalize("hepatocyte-like cells"), "hepatocyte-like cells");
        // A compound broken at its own hyphen keeps it.
        assert_eq!(
            normalize("capable of self-\nrenewal"),
            "capable of self-renewal"
        );
        assert_eq!(
            normalize("state-of-the-\nart methods"),
            "state-of-the-art methods"
        );
        assert_eq!(normalize("COVID-\n19 patients"), "COVID-19 patients");
        // A dash at the end of a line is not a word break.
        assert_eq!(
            normalize("the results -\nwhich vary"),
            "the results - which vary"
        );
    }

    #[test]
    fn white_space_is_collapsed_and_trimmed() {
        assert_eq!(
            normalize("  Stem   cells\n\nare\r\n cells.  "),
            "Stem cells are cells."
        );
        assert_eq!(normalize(" \n\t "), "");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn meaningful_compatibility_characters_are_kept() {
        assert_eq!(
            normalize("10 m² and ½ dose, H₂O, 5 µm"),
            "10 m² and ½ dose, H₂O, 5 µm"
        );
    }

    #[test]
    fn decomposed_accents_are_composed() {
        assert_eq!(normalize("cafe\u{301}"), "caf\u{E9}");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(normalize("bone\u{1}marrow\u{7F}"), "bonemarrow");
    }
}
