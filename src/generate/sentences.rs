//! Abbreviation-aware sentence splitting of one normalized paragraph.
//!
//! A sentence ends at `.`, `!` or `?` (possibly followed by closing quotes or brackets and a
//! citation mark like `[12]`) when white space and then an upper-case letter, a digit, an
//! opening quote or bracket follow. Periods that belong to abbreviations ("e.g.", "Fig.",
//! "Dr.", "et al.", "U.S."), initials ("J. Smith"), decimals ("3.5 mm") and section numbers
//! ("Fig. 10.2") do not end a sentence. A period glued to the next sentence without a space
//! ("cirrhosis.Stem cells") is also recognised. A bullet ("•") run into a paragraph starts a
//! sentence. The sentences together hold every character of the paragraph; [`sentences_of`],
//! what the generator reads, drops the marks of a list run into one (the bullets, and the
//! numbers of "shape: 1. Cocci ... 2. Bacilli").

/// Abbreviations after which a period never ends a sentence (compared case-insensitively,
/// without the final period).
const NEVER_BREAK: &[&str] = &[
    "e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "fig", "figs", "eq", "eqs", "ref", "refs",
    "sec", "sect", "ch", "chap", "tab", "resp", "incl", "esp", "dept", "univ", "ed", "eds",
];

/// Titles before names (compared case-sensitively): a period after them never ends a sentence.
const TITLES: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Sr", "Mt", "Gen", "Rev",
];

/// Abbreviations that precede a number ("No. 3", "pp. 12", "Jan. 2001"): no break before a
/// digit, a break otherwise ("Is it safe? No. The drug…").
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "vol", "vols", "pp", "p", "art", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
];

/// Abbreviations that often end a sentence: a break only before an upper-case word.
const BREAK_BEFORE_WORD: &[&str] = &["etc", "al", "a.m", "p.m", "ph.d", "m.d", "b.sc", "m.sc"];

/// Nouns that take a one-letter name ("vitamin D", "hepatitis B", "type A"): after them a
/// capital letter and a period ends a sentence rather than being an initial.
const LETTER_NOUNS: &[&str] = &[
    "vitamin",
    "vitamins",
    "hepatitis",
    "type",
    "types",
    "group",
    "groups",
    "class",
    "phase",
    "grade",
    "stage",
    "protein",
    "kinase",
    "factor",
    "complex",
    "chain",
    "lane",
    "panel",
    "plan",
    "option",
    "model",
    "site",
    "region",
    "zone",
    "section",
    "appendix",
    "annex",
    "part",
    "point",
    "level",
    "tier",
    "category",
    "pattern",
    "strain",
    "antigen",
    "box",
    "table",
    "figure",
    "chart",
    "row",
    "column",
    "set",
    "series",
    "form",
    "test",
    "trial",
    "arm",
    "cohort",
    "cluster",
    "subtype",
    "gene",
    "allele",
    "domain",
    "loop",
    "helix",
];

/// Tokens longer than this are not words (nor abbreviations): a URL, a formula, noise. Bounds the
/// backward scans so that pathological input stays linear.
const MAX_TOKEN: usize = 64;

/// The characters of a text by position: its bytes when it is ASCII (nearly always), else
/// decoded once with their byte offsets.
pub(crate) enum Chars<'a> {
    Ascii(&'a [u8]),
    Decoded {
        chars: Vec<(usize, char)>,
        len: usize,
    },
}

impl<'a> Chars<'a> {
    pub(crate) fn of(text: &'a str) -> Chars<'a> {
        if text.is_ascii() {
            Chars::Ascii(text.as_bytes())
        } else {
            Chars::decoded(text)
        }
    }

    pub(crate) fn decoded(text: &str) -> Chars<'a> {
        Chars::Decoded {
            chars: text.char_indices().collect(),
            len: text.len(),
        }
    }

    /// The number of characters.
    pub(crate) fn len(&self) -> usize {
        match self {
            Chars::Ascii(bytes) => bytes.len(),
            Chars::Decoded { chars, .. } => chars.len(),
        }
    }

    /// The character at position `i`, if any.
    pub(crate) fn get(&self, i: usize) -> Option<char> {
        match self {
            Chars::Ascii(bytes) => bytes.get(i).map(|&b| char::from(b)),
            Chars::Decoded { chars, .. } => chars.get(i).map(|&(_, c)| c),
        }
    }

    /// The character at position `i`, which must be one.
    pub(crate) fn at(&self, i: usize) -> char {
        match self {
            Chars::Ascii(bytes) => char::from(bytes[i]),
            Chars::Decoded { chars, .. } => chars[i].1,
        }
    }

    /// The byte offset of position `i`; the text's length from the end on.
    pub(crate) fn byte(&self, i: usize) -> usize {
        match self {
            Chars::Ascii(bytes) => i.min(bytes.len()),
            Chars::Decoded { chars, len } => chars.get(i).map_or(*len, |&(b, _)| b),
        }
    }

    /// The characters at positions `from..to`.
    pub(crate) fn range(&self, from: usize, to: usize) -> impl Iterator<Item = char> + '_ {
        (from..to).map(move |i| self.at(i))
    }
}

/// The sentences of one normalized paragraph as the generator reads them: [`split_sentences`]
/// without the marks of a list run into it, which belong to no sentence. A bullet opening a
/// sentence is dropped, a sentence that is only a number ("2." between two items) is no
/// sentence, and one that introduces a numbered list ends at its colon ("are divisions based
/// on composition: 1.").
pub fn sentences_of(text: &str) -> Vec<String> {
    let mut sentences = split_sentences(text);
    sentences.retain_mut(|s| {
        let tidy = without_list_marker(s.trim_start_matches(BULLETS).trim_start());
        let number_only = before_list_number(tidy) == Some("");
        if tidy.len() != s.len() {
            *s = tidy.to_owned();
        }
        !s.is_empty() && !number_only
    });
    sentences
}

/// Splits one normalized paragraph into sentences (trimmed, non-empty), keeping each
/// sentence's final punctuation: together they hold every character of the paragraph but its
/// white space.
pub fn split_sentences(text: &str) -> Vec<String> {
    // "... in many ways. • Active transport is ... • Magnetic poles ...": a bullet run into a
    // paragraph starts an item of its own, which ends whatever came before it.
    // (Every bullet is encoded from byte 0xE2: one byte search passes over most text.)
    if text.as_bytes().contains(&0xE2) && text.contains(BULLETS) {
        let mut out = Vec::new();
        let mut start = 0;
        let ends = text.match_indices(BULLETS).map(|(at, _)| at);
        for end in ends.chain([text.len()]) {
            let item = &text[start..end];
            out.extend(split_with(item, &Chars::of(item)));
            start = end;
        }
        return out;
    }
    split_with(text, &Chars::of(text))
}

/// Bullets that mark list items run into a paragraph.
const BULLETS: [char; 4] = ['•', '▪', '◦', '‣'];

/// [`split_sentences`] over `text` read as `chars`.
fn split_with(text: &str, chars: &Chars<'_>) -> Vec<String> {
    let n = chars.len();
    let ch = |i: usize| chars.get(i);
    let byte = |i: usize| chars.byte(i);

    let mut sentences = Vec::new();
    let mut start = 0usize; // byte offset of the current sentence
    let mut i = 0usize;
    while i < n {
        let c = chars.at(i);
        if !is_terminal(c) {
            i += 1;
            continue;
        }
        if c == '.' && is_glued_break(chars, i) {
            push_sentence(&mut sentences, &text[start..byte(i + 1)]);
            start = byte(i + 1);
            i += 1;
            continue;
        }
        // The run of terminal punctuation, then closing quotes and brackets, then a citation.
        let run_start = i;
        let mut j = i;
        while ch(j).is_some_and(is_terminal) {
            j += 1;
        }
        let run_end = j;
        while ch(j).is_some_and(is_closer) {
            j += 1;
        }
        let closed = j > run_end;
        j = skip_citation(chars, j);
        let end = j;
        if !ch(end).is_some_and(char::is_whitespace) {
            // End of text, or punctuation inside a token ("3.5", "v2.0", "e.g.,").
            i = end.max(i + 1);
            continue;
        }
        let mut k = end;
        while ch(k).is_some_and(char::is_whitespace) {
            k += 1;
        }
        if k >= n {
            break;
        }
        let run: String = chars.range(run_start, run_end).collect();
        if is_break(chars, run_start, &run, closed, k) {
            push_sentence(&mut sentences, &text[start..byte(end)]);
            start = byte(end);
        }
        i = k;
    }
    push_sentence(&mut sentences, &text[start..]);
    sentences
}

fn push_sentence(sentences: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if !s.is_empty() {
        sentences.push(s.to_string());
    }
}

/// A sentence that introduces a numbered list ends at its colon: the number of the list's
/// first item ("are divisions based on composition: 1.") is no part of it.
fn without_list_marker(s: &str) -> &str {
    match before_list_number(s) {
        Some(before)
            if before.ends_with(char::is_whitespace) && before.trim_end().ends_with(':') =>
        {
            before.trim_end()
        }
        _ => s,
    }
}

/// What comes before the number of a list item that ends `s` (one or two digits and a full
/// stop: "... composition: 1." -> "... composition: ", "2." -> "").
fn before_list_number(s: &str) -> Option<&str> {
    let rest = s.strip_suffix('.')?;
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2)
        .contains(&digits)
        .then(|| &rest[..rest.len() - digits])
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '»' | '\u{2019}' | '\u{201D}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '«' | '\u{2018}' | '\u{201C}'
    )
}

/// Skips a citation mark glued to the sentence end: "[12]", "[3, 4]", "[5–7]".
fn skip_citation(chars: &Chars<'_>, j: usize) -> usize {
    if chars.get(j) != Some('[') {
        return j;
    }
    let mut k = j + 1;
    while let Some(c) = chars.get(k) {
        if c == ']' {
            return if k > j + 1 { k + 1 } else { j };
        }
        if !(c.is_ascii_digit() || matches!(c, ',' | ' ' | '-' | '\u{2013}')) || k - j > 20 {
            return j;
        }
        k += 1;
    }
    j
}

/// What starts the text after a candidate sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// An upper-case letter, or a lower-case word with capitals inside ("mRNA", "iPSCs").
    Word,
    Digit,
    /// An opening quote or bracket.
    Open,
    /// Anything else (a lower-case word, a dash...): never a sentence start.
    Other,
}

fn classify_next(chars: &Chars<'_>, k: usize) -> Next {
    let Some(c) = chars.get(k) else {
        return Next::Other;
    };
    if c.is_uppercase() {
        Next::Word
    } else if c.is_ascii_digit() {
        Next::Digit
    } else if is_opener(c) {
        Next::Open
    } else if c.is_lowercase() {
        // "mRNA", "iPSCs", "siRNA", "pH": a sentence may start with these.
        let word: Vec<char> = chars
            .range(k, chars.len())
            .take_while(|c| c.is_alphanumeric())
            .take(8)
            .collect();
        if word.len() >= 2 && word.iter().skip(1).any(|c| c.is_uppercase()) {
            Next::Word
        } else {
            Next::Other
        }
    } else {
        Next::Other
    }
}

/// The token that ends right before `run_start` (back to the previous white space), without
/// leading quotes and brackets.
fn token_before(chars: &Chars<'_>, run_start: usize) -> (String, usize) {
    let mut s = run_start;
    while s > 0 && !chars.at(s - 1).is_whitespace() {
        if run_start - s >= MAX_TOKEN {
            // Not a word: treat it as an ordinary end of sentence.
            return (String::from("-"), s);
        }
        s -= 1;
    }
    let token: String = chars
        .range(s, run_start)
        .skip_while(|&c| is_opener(c))
        .collect();
    (token, s)
}

/// The word before position `s` (the start of a token), lower-cased, without punctuation.
fn word_before(chars: &Chars<'_>, s: usize) -> Option<String> {
    let mut e = s;
    while e > 0 && chars.at(e - 1).is_whitespace() {
        e -= 1;
    }
    if e == 0 {
        return None;
    }
    let mut b = e;
    while b > 0 && !chars.at(b - 1).is_whitespace() && e - b < MAX_TOKEN {
        b -= 1;
    }
    Some(
        chars
            .range(b, e)
            .collect::<String>()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string(),
    )
}

/// Decides whether the terminal punctuation `run` (starting at `run_start`, followed by white
/// space and then the character at `k`) ends a sentence.
fn is_break(chars: &Chars<'_>, run_start: usize, run: &str, closed: bool, k: usize) -> bool {
    let next = classify_next(chars, k);
    if next == Next::Other {
        return false;
    }
    if run.contains('!') || run.contains('?') || closed {
        return true;
    }
    if run.len() >= 2 {
        // An ellipsis: a break only before a capitalised word.
        return next == Next::Word;
    }
    let (token, token_start) = token_before(chars, run_start);
    if token.is_empty() {
        return true;
    }
    let lower = token.to_lowercase();
    if NEVER_BREAK.contains(&lower.as_str()) || TITLES.contains(&token.as_str()) {
        return false;
    }
    if BEFORE_NUMBER.contains(&lower.as_str()) {
        return next != Next::Digit;
    }
    if BREAK_BEFORE_WORD.contains(&lower.as_str()) {
        return next == Next::Word;
    }
    let letters: Vec<char> = token.chars().collect();
    // Dotted initialisms: "U.S", "U.K", "E.U" never end a sentence here ("the U.S. Congress").
    if letters.len() >= 3
        && token.contains('.')
        && token.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_uppercase)
        })
    {
        return false;
    }
    // Other dotted abbreviations made of one- or two-letter parts ("Ph.D", "a.m"): only before
    // a capitalised word.
    if token.contains('.')
        && token.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
    {
        return next == Next::Word;
    }
    // A single capital: an initial ("J. Smith"), unless it names a vitamin, type or group.
    if letters.len() == 1 && letters[0].is_uppercase() {
        return match word_before(chars, token_start) {
            Some(w) => {
                LETTER_NOUNS.contains(&w.to_lowercase().as_str()) && next != Next::Open
                    // "The boiling point of pure water is 100 C. Other ...": a temperature's
                    // unit after a number ends the sentence before a capitalised word.
                    // ("2400 B. C." is a date.)
                    || matches!(letters[0], 'C' | 'F' | 'K')
                        && w.starts_with(|c: char| c.is_ascii_digit() || c == '-')
                        && w.chars().any(|c| c.is_ascii_digit())
                        && w.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | ','))
                        && next == Next::Word
            }
            None => false,
        };
    }
    true
}

/// A period glued to the next sentence: "cirrhosis.Stem cells". The word on the left must be at
/// least three lower-case letters in a token without other dots, slashes or at-signs (so domains
/// and abbreviations are not split), and the right side a capitalised word.
fn is_glued_break(chars: &Chars<'_>, i: usize) -> bool {
    let c = |j: usize| chars.get(j);
    let (Some(first), Some(second)) = (c(i + 1), c(i + 2)) else {
        return false;
    };
    if !first.is_uppercase() || !second.is_lowercase() {
        return false;
    }
    // The left token.
    let mut s = i;
    while s > 0 && !chars.at(s - 1).is_whitespace() {
        if i - s >= MAX_TOKEN {
            return false;
        }
        s -= 1;
    }
    let left: Vec<char> = chars.range(s, i).collect();
    if left
        .iter()
        .any(|&ch| matches!(ch, '.' | '/' | '@' | ':' | '\\' | '_' | '=' | '#'))
    {
        return false;
    }
    let trailing_lower = left.iter().rev().take_while(|c| c.is_lowercase()).count();
    if trailing_lower < 3 {
        return false;
    }
    // The right word must end like a word, not continue as a dotted name ("Foo.Bar.baz").
    let mut e = i + 1;
    while c(e).is_some_and(char::is_alphanumeric) {
        if e - i > MAX_TOKEN {
            return false;
        }
        e += 1;
    }
    match c(e) {
        None => true,
        Some(ch) if ch.is_whitespace() => true,
        Some('.') => !c(e + 1).is_some_and(char::is_alphanumeric),
        Some(ch) => matches!(ch, ',' | ';' | ':' | '!' | '?' | ')'),
    }
}

#[cfg(test)]
mod tests {
    use super::{Chars, sentences_of, split_sentences, split_with};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        /// ASCII text read byte by byte splits as when decoded (the way all text once was).
        #[test]
        fn ascii_and_decoded_reading_split_alike(pieces in prop::collection::vec(
            prop::sample::select(vec![
                "Dr", "e.g", "U.S", "J", "vitamin", "D", "Fig", "3", "5", "No", "etc", "cells",
                "mRNA", "iPSCs", "liver", "The", "It", ".", ". ", "? ", "! ", "...", " ", "  ",
                "\"", "'", "(", ")", "[12]", "[3, 4]", ",", "\n", "Stem", "al", "cirrhosis.Stem",
                "a.m", "Ph.D",
            ]),
            0..30,
        )) {
            let text = pieces.concat();
            prop_assert_eq!(
                split_with(&text, &Chars::of(&text)),
                split_with(&text, &Chars::decoded(&text))
            );
        }
    }

    fn split(text: &str) -> Vec<String> {
        split_sentences(text)
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Stem cells divide. They differentiate! Do they heal? Yes."),
            vec![
                "Stem cells divide.",
                "They differentiate!",
                "Do they heal?",
                "Yes."
            ]
        );
        assert_eq!(split("No final punctuation"), vec!["No final punctuation"]);
        assert!(split("").is_empty());
        assert!(split("   ").is_empty());
    }

    #[test]
    fn decimals_and_units() {
        assert_eq!(
            split("The volume is 3.5 mm. It grows."),
            vec!["The volume is 3.5 mm.", "It grows."]
        );
        assert_eq!(
            split("The rate was 1.2%. It rose."),
            vec!["The rate was 1.2%.", "It rose."]
        );
        assert_eq!(
            split("Version v2.0 was released. It works."),
            vec!["Version v2.0 was released.", "It works."]
        );
        assert_eq!(
            split("This was first shown in 2001. Others agree."),
            vec!["This was first shown in 2001.", "Others agree."]
        );
    }

    #[test]
    fn figure_and_section_numbers() {
        assert_eq!(
            split("As shown in Fig. 10.2, the cell divides."),
            vec!["As shown in Fig. 10.2, the cell divides."]
        );
        assert_eq!(
            split("Figure 26.15 shows the liver lobule. Section 3.4 explains it."),
            vec![
                "Figure 26.15 shows the liver lobule.",
                "Section 3.4 explains it."
            ]
        );
        assert_eq!(
            split("See Figs. 3 and 4 and Eq. 2 for details. It fits."),
            vec!["See Figs. 3 and 4 and Eq. 2 for details.", "It fits."]
        );
        assert_eq!(
            split("The data are in Section 3.4. The next section differs."),
            vec!["The data are in Section 3.4.", "The next section differs."]
        );
    }

    #[test]
    fn latin_abbreviations() {
        assert_eq!(
            split("Examples include e.g. bone marrow. Next sentence."),
            vec!["Examples include e.g. bone marrow.", "Next sentence."]
        );
        assert_eq!(
            split("Some sources, e.g. Bone marrow, are rich. Others, i.e. Fat, are not."),
            vec![
                "Some sources, e.g. Bone marrow, are rich.",
                "Others, i.e. Fat, are not."
            ]
        );
        assert_eq!(
            split("Compare liver vs. Kidney cells, cf. Table 2. It is approx. 5 mm wide."),
            vec![
                "Compare liver vs. Kidney cells, cf. Table 2.",
                "It is approx. 5 mm wide."
            ]
        );
    }

    #[test]
    fn et_al_and_etc() {
        assert_eq!(
            split("Smith et al. reported this in 2001. Others agree."),
            vec!["Smith et al. reported this in 2001.", "Others agree."]
        );
        assert_eq!(
            split("Smith et al. (2001) reported this. Others agree."),
            vec!["Smith et al. (2001) reported this.", "Others agree."]
        );
        assert_eq!(
            split("It was described by Smith et al. The results were replicated."),
            vec![
                "It was described by Smith et al.",
                "The results were replicated."
            ]
        );
        assert_eq!(
            split("Cells, tissues, etc. are studied. We use bone, fat, etc. Others use blood."),
            vec![
                "Cells, tissues, etc. are studied.",
                "We use bone, fat, etc.",
                "Others use blood."
            ]
        );
    }

    #[test]
    fn titles_and_initials() {
        assert_eq!(
            split(
                "Dr. Smith and Prof. Jones met Mrs. Brown and Ms. Green in St. Louis. They talked."
            ),
            vec![
                "Dr. Smith and Prof. Jones met Mrs. Brown and Ms. Green in St. Louis.",
                "They talked."
            ]
        );
        assert_eq!(
            split("J. Smith wrote it. It was praised by R. A. Jones in 2003."),
            vec![
                "J. Smith wrote it.",
                "It was praised by R. A. Jones in 2003."
            ]
        );
        assert_eq!(
            split("Patients lack vitamin D. It helps bones."),
            vec!["Patients lack vitamin D.", "It helps bones."]
        );
        // A unit after a number, not an initial.
        assert_eq!(
            split("Pure water boils at 100 C. Other substances boil higher."),
            vec![
                "Pure water boils at 100 C.",
                "Other substances boil higher."
            ]
        );
    }

    #[test]
    fn dotted_abbreviations() {
        assert_eq!(
            split("The U.S. has many parks. They are large."),
            vec!["The U.S. has many parks.", "They are large."]
        );
        assert_eq!(
            split(
                "The U.K. Parliament met at 9 a.m. on Monday. It adjourned at 5 p.m. The vote failed."
            ),
            vec![
                "The U.K. Parliament met at 9 a.m. on Monday.",
                "It adjourned at 5 p.m.",
                "The vote failed."
            ]
        );
        assert_eq!(
            split("She holds a Ph.D. in biology. She teaches."),
            vec!["She holds a Ph.D. in biology.", "She teaches."]
        );
    }

    #[test]
    fn numbered_references() {
        assert_eq!(
            split("See No. 3 in Vol. 2, pp. 10-12, published in Jan. 2001. It is short."),
            vec![
                "See No. 3 in Vol. 2, pp. 10-12, published in Jan. 2001.",
                "It is short."
            ]
        );
        assert_eq!(
            split("Is it safe? No. The drug is toxic."),
            vec!["Is it safe?", "No.", "The drug is toxic."]
        );
    }

    #[test]
    fn a_bullet_starts_a_sentence() {
        // The splitter keeps the bullet; the generator's sentences drop it.
        assert_eq!(
            split("Cells move things. • Active transport uses energy."),
            vec!["Cells move things.", "• Active transport uses energy."]
        );
        let split = sentences_of;
        assert_eq!(
            split("Cells move things. • Active transport uses energy. • Poles occur in pairs"),
            vec![
                "Cells move things.",
                "Active transport uses energy.",
                "Poles occur in pairs"
            ]
        );
        assert_eq!(
            split("Animals share characteristics • Only animals have muscle tissue."),
            vec![
                "Animals share characteristics",
                "Only animals have muscle tissue."
            ]
        );
    }

    #[test]
    fn a_numbered_list_marker_is_no_part_of_the_sentence_before() {
        // The splitter keeps every character; the generator's sentences drop the markers.
        assert_eq!(
            split("Heat flows in two ways: 1. Conduction: heat is passed on. 2. Convection."),
            vec![
                "Heat flows in two ways: 1.",
                "Conduction: heat is passed on.",
                "2.",
                "Convection."
            ]
        );
        let split = sentences_of;
        assert_eq!(
            split("Heat flows in two ways: 1. Conduction: heat is passed on. 2. Convection."),
            vec![
                "Heat flows in two ways:",
                "Conduction: heat is passed on.",
                "Convection."
            ]
        );
        // A number that ends a sentence otherwise stays.
        assert_eq!(
            split("The answer is 42. It is short."),
            vec!["The answer is 42.", "It is short."]
        );
        assert_eq!(
            split("Ratio 3:1. It holds."),
            vec!["Ratio 3:1.", "It holds."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("The cells grew... Then they died."),
            vec!["The cells grew...", "Then they died."]
        );
        assert_eq!(
            split("The cells grew... and then died."),
            vec!["The cells grew... and then died."]
        );
    }

    #[test]
    fn quotes_and_brackets() {
        assert_eq!(
            split("He said \"Stop.\" Then he left."),
            vec!["He said \"Stop.\"", "Then he left."]
        );
        assert_eq!(
            split("The liver heals (see below.) Next we discuss cells."),
            vec!["The liver heals (see below.)", "Next we discuss cells."]
        );
        assert_eq!(
            split("Cells divide. \"Why?\" she asked. (This is rare.) It happens."),
            vec![
                "Cells divide.",
                "\"Why?\" she asked.",
                "(This is rare.)",
                "It happens."
            ]
        );
        assert_eq!(
            split("Stem cells repair tissue.[12] They also secrete factors."),
            vec![
                "Stem cells repair tissue.[12]",
                "They also secrete factors."
            ]
        );
    }

    #[test]
    fn sentence_starts() {
        // Lower-case words never start a sentence; digits and mixed-case words may.
        assert_eq!(
            split("It grew to 5 cm. in length."),
            vec!["It grew to 5 cm. in length."]
        );
        assert_eq!(
            split("Levels rose. 20 patients improved. mRNA levels fell."),
            vec!["Levels rose.", "20 patients improved.", "mRNA levels fell."]
        );
    }

    #[test]
    fn glued_sentences() {
        assert_eq!(
            split(
                "patients with end-stage cirrhosis.Stem Cells in the Therapy of Liver Toxic Shock"
            ),
            vec![
                "patients with end-stage cirrhosis.",
                "Stem Cells in the Therapy of Liver Toxic Shock"
            ]
        );
        assert_eq!(
            split("Visit www.example.Com for more."),
            vec!["Visit www.example.Com for more."]
        );
        assert_eq!(
            split("Sources e.g.Bone marrow exist."),
            vec!["Sources e.g.Bone marrow exist."]
        );
        assert_eq!(
            split("Call obj.Method.call now."),
            vec!["Call obj.Method.call now."]
        );
        assert_eq!(
            split("See the U.S.Army report."),
            vec!["See the U.S.Army report."]
        );
    }

    #[test]
    fn shipped_paragraph() {
        let text = "Mesenchymal stem cells (MSCs) are a type of stem cell with multipotent \
                    differentiation potential. They have been extensively studied for liver toxic \
                    shock therapy. MSCs can differentiate into hepatocyte-like cells, contributing \
                    to liver regeneration.";
        assert_eq!(split(text).len(), 3);
    }
}
