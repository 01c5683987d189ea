//! Checking a typed answer, forgivingly and honestly.
//!
//! Forgiven: case, accents, a leading article (a/an/the), punctuation, extra white space, a
//! number written as a word ("three" for "3"), a missing space ("stemcells"), and a small typo:
//! Damerau-Levenshtein distance per word of at most 1 for words of 5-8 letters and 2 for
//! longer ones; words of 4 letters or fewer must be exact. Never forgiven, because they make
//! another word rather than a slip of the keys: a different number ("3.5" is not "3.6"), a
//! changed first letter ("afferent"/"efferent"), a swapped opposite prefix
//! ("hypertension"/"hypotension"), a known confusable pair ("ileum"/"ilium"), or a word the
//! caller knows as another term of the deck ([`check_with`]).

use strsim::damerau_levenshtein;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::quiz::text::fold;

/// What a typed answer is worth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Right (after forgiving case, accents, articles, punctuation and spacing).
    Exact,
    /// Right but for a small typo; `typo` is what the learner wrote, to show them.
    Accepted {
        /// The answer as typed.
        typo: String,
    },
    /// Wrong; `diff` is the right answer in pieces, marking what the learner missed.
    Wrong {
        /// The expected answer's text, in order, split into missed and matched pieces.
        diff: Vec<Segment>,
    },
}

impl Verdict {
    /// Whether the answer counts as right (exact or with an accepted typo).
    pub fn is_right(&self) -> bool {
        !matches!(self, Verdict::Wrong { .. })
    }
}

/// A piece of the expected answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text, as the expected answer writes it.
    pub text: String,
    /// Whether the learner's answer lacked it (to be highlighted).
    pub missed: bool,
}

/// Opposite prefixes: turning one into the other makes another word, never a typo.
const OPPOSITE_PREFIXES: [(&str, &str); 11] = [
    ("hyper", "hypo"),
    ("inter", "intra"),
    ("ante", "anti"),
    ("pre", "post"),
    ("endo", "exo"),
    ("hetero", "homo"),
    ("macro", "micro"),
    ("brady", "tachy"),
    ("ab", "ad"),
    ("in", "ex"),
    ("sub", "supra"),
];

/// Different words one key apart, common in the subjects decks are made from.
const CONFUSABLE: [(&str, &str); 14] = [
    ("ileum", "ilium"),
    ("mucus", "mucous"),
    ("prostate", "prostrate"),
    ("dysphagia", "dysphasia"),
    ("perineal", "peroneal"),
    ("affect", "effect"),
    ("accept", "except"),
    ("principal", "principle"),
    ("complement", "compliment"),
    ("diffusion", "infusion"),
    ("absorption", "adsorption"),
    ("cation", "action"),
    ("anion", "onion"),
    ("lose", "loose"),
];

/// Number words read as the number ("three" is "3").
const NUMBER_WORDS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// Checks `given` against `expected`. See the module's rules.
pub fn check(expected: &str, given: &str) -> Verdict {
    check_with(expected, given, &[])
}

/// [`check`], also refusing as a typo any word of `given` that is (folded) one of `known`
/// words but not the expected one: the learner typed another real term of the deck, not a slip.
/// The quiz passes the words of the deck.
pub fn check_with(expected: &str, given: &str, known: &[&str]) -> Verdict {
    let want = words(expected);
    let got = words(given);
    if want.is_empty() && got.is_empty() {
        return Verdict::Exact;
    }
    if want == got {
        return Verdict::Exact;
    }
    if !got.is_empty() && within_typo(&want, &got, known) {
        return Verdict::Accepted {
            typo: given.trim().to_string(),
        };
    }
    if let Some(verdict) = check_list(expected, given, known) {
        return verdict;
    }
    Verdict::Wrong {
        diff: diff(expected, given),
    }
}

/// A list answer ("A, B and C") given in another order ("C, A and B") is right: each item
/// matched once, exactly or within a typo. `None` when the answers are not lists of the same
/// length or an item is missing.
fn check_list(expected: &str, given: &str, known: &[&str]) -> Option<Verdict> {
    let want = list_items(expected);
    let mut got: Vec<Option<Vec<String>>> = list_items(given).into_iter().map(Some).collect();
    if want.len() < 2 || want.len() != got.len() {
        return None;
    }
    let mut slips = false;
    for item in &want {
        let exact = got.iter().position(|g| g.as_ref() == Some(item));
        let found = exact.or_else(|| {
            got.iter().position(|g| {
                g.as_ref()
                    .is_some_and(|g| !g.is_empty() && within_typo(item, g, known))
            })
        })?;
        slips |= exact.is_none();
        got[found] = None;
    }
    Some(if slips {
        Verdict::Accepted {
            typo: given.trim().to_string(),
        }
    } else {
        Verdict::Exact
    })
}

/// The items of a list answer, each folded into words: split at commas and semicolons (not a
/// comma inside a number: "1,000", "3,5"), and at "and", "or" and "&" between words.
fn list_items(text: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut pieces = vec![String::new()];
    for (i, &c) in chars.iter().enumerate() {
        let in_number = c == ','
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if (c == ',' || c == ';') && !in_number {
            pieces.push(String::new());
        } else if let Some(piece) = pieces.last_mut() {
            piece.push(c);
        }
    }
    let mut items = Vec::new();
    for piece in &pieces {
        let mut item = Vec::new();
        for word in fold(piece).split_whitespace() {
            if matches!(word, "and" | "or" | "&") {
                if !item.is_empty() {
                    items.push(std::mem::take(&mut item));
                }
            } else {
                item.push(number_word(word));
            }
        }
        if !item.is_empty() {
            items.push(item);
        }
    }
    items
}

/// The answer folded into words, number words as digits.
fn words(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(number_word).collect()
}

fn number_word(word: &str) -> String {
    match NUMBER_WORDS.iter().position(|w| *w == word) {
        Some(n) => n.to_string(),
        None => word.to_string(),
    }
}

fn has_digit(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
}

/// Edits a word of this many letters may have and still be a typo.
fn tolerance(letters: usize) -> usize {
    match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Whether `got` is `want` with a slip of the keys (not another word).
fn word_typo(want: &str, got: &str, known: &[&str]) -> bool {
    if want == got {
        return true;
    }
    if has_digit(want) || has_digit(got) {
        return false;
    }
    let distance = damerau_levenshtein(want, got);
    if distance > tolerance(want.chars().count()) {
        return false;
    }
    if want.chars().next() != got.chars().next() {
        return false;
    }
    if another_word(want, got) || known.iter().any(|k| fold(k) == got) {
        return false;
    }
    true
}

/// Whether `a` and `b` are known to be different words (confusable pair, opposite prefix).
fn another_word(a: &str, b: &str) -> bool {
    let pair = |x: &str, y: &str| (a == x && b == y) || (a == y && b == x);
    if CONFUSABLE.iter().any(|(x, y)| pair(x, y)) {
        return true;
    }
    OPPOSITE_PREFIXES.iter().any(|(x, y)| {
        let swapped = |from: &str, to: &str, s: &str, t: &str| {
            s.strip_prefix(from)
                .zip(t.strip_prefix(to))
                .is_some_and(|(rs, rt)| rs == rt)
        };
        swapped(x, y, a, b) || swapped(y, x, a, b)
    })
}

fn within_typo(want: &[String], got: &[String], known: &[&str]) -> bool {
    if want.len() == got.len() {
        let total: usize = want
            .iter()
            .zip(got)
            .map(|(w, g)| if w == g { 0 } else { damerau_levenshtein(w, g) })
            .sum();
        return total <= 2 && want.iter().zip(got).all(|(w, g)| word_typo(w, g, known));
    }
    // A missing or extra space: "stemcells", "hepato cytes".
    let (joined_want, joined_got) = (want.concat(), got.concat());
    joined_want == joined_got && !has_digit(&joined_want)
}

/// One character folded like [`fold`] does (case and accents), for the letter-by-letter diff.
fn fold_char(c: char) -> String {
    c.to_string()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The expected answer in pieces, marking what `given` lacks: word by word for a phrase
/// (a missed word highlighted whole), letter by letter for a single word.
fn diff(expected: &str, given: &str) -> Vec<Segment> {
    let expected = expected.trim();
    let got = words(given);
    let pieces = split_keeping_space(expected);
    let word_count = pieces.iter().filter(|p| !p.trim().is_empty()).count();
    let mut segments = Vec::new();
    if word_count <= 1 {
        // Letters of the one word against the given text, spaces dropped.
        let want: Vec<char> = expected.chars().collect();
        let want_folded: Vec<String> = want.iter().map(|c| fold_char(*c)).collect();
        let got_letters: Vec<String> = got.concat().chars().map(|c| c.to_string()).collect();
        let kept = lcs(&want_folded, &got_letters, |a, b| a == b);
        for (i, c) in want.iter().enumerate() {
            let missed = !kept[i] && c.is_alphanumeric();
            push(&mut segments, &c.to_string(), missed);
        }
        return segments;
    }
    let folded: Vec<String> = pieces
        .iter()
        .map(|p| {
            fold(p)
                .split_whitespace()
                .map(number_word)
                .collect::<Vec<_>>()
                .concat()
        })
        .collect();
    // Words match exactly here: a misspelt word of a wrong answer is marked too.
    let kept = lcs(&folded, &got, |a, b| !a.is_empty() && a == b);
    for (i, piece) in pieces.iter().enumerate() {
        let article = ["a", "an", "the"].contains(&piece.to_lowercase().as_str());
        let space = piece.trim().is_empty();
        let missed = !kept[i] && !folded[i].is_empty() && !article;
        // White space follows the piece before it until the next word decides.
        let missed = if space {
            segments.last().is_some_and(|s| s.missed)
        } else {
            missed
        };
        push(&mut segments, piece, missed);
    }
    segments
}

/// Adds a piece to the segments; white space between a missed and a matched piece counts as
/// matched, so a highlight covers words, not the spaces around them.
fn push(segments: &mut Vec<Segment>, text: &str, missed: bool) {
    if let Some(last) = segments.last_mut()
        && last.missed == missed
    {
        last.text.push_str(text);
        return;
    }
    // A missed run ends: move its trailing white space to the next (matched) piece.
    let mut text = text.to_string();
    if let Some(last) = segments.last_mut()
        && last.missed
    {
        let kept = last.text.trim_end().len();
        if kept > 0 {
            text.insert_str(0, &last.text[kept..]);
            last.text.truncate(kept);
        }
    }
    match segments.last_mut() {
        Some(last) if last.missed == missed => last.text.push_str(&text),
        _ => segments.push(Segment { text, missed }),
    }
}

/// Splits text into words and the white space between them, all kept.
fn split_keeping_space(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|s| s != space) {
            pieces.push(&text[start..i]);
            start = i;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    pieces
}

/// Which items of `a` are in a longest common subsequence with `b` (items matched by `same`).
fn lcs<T, U>(a: &[T], b: &[U], same: impl Fn(&T, &U) -> bool) -> Vec<bool> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if same(&a[i], &b[j]) {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let mut kept = vec![false; n];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if same(&a[i], &b[j]) {
            kept[i] = true;
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    kept
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_list_in_another_order_is_right_and_a_different_item_is_not() {
        assert_eq!(
            check(
                "growth factors and cytokines",
                "cytokines and growth factors"
            ),
            Verdict::Exact
        );
        assert_eq!(
            check(
                "bone marrow, adipose tissue, and umbilical cord blood",
                "umbilical cord blood, bone marrow and adipose tissue"
            ),
            Verdict::Exact
        );
        assert!(matches!(
            check(
                "growth factors and cytokines",
                "cytokines and growht factors"
            ),
            Verdict::Accepted { .. }
        ));
        for wrong in [
            "growth factors and hormones",
            "cytokines",
            "cytokines, growth factors and hormones",
            "cytokines and cytokines",
        ] {
            assert!(
                !check("growth factors and cytokines", wrong).is_right(),
                "{wrong}"
            );
        }
        // A comma inside a number is not a list.
        assert!(!check("3,5", "5,3").is_right());
        assert!(!check("1,000 and 2,000", "000 and 1, 2,000").is_right());
        assert_eq!(check("1,000 and 2,000", "2,000 and 1,000"), Verdict::Exact);
    }
    use super::*;

    fn accepted(expected: &str, given: &str) -> bool {
        check(expected, given)
            == Verdict::Accepted {
                typo: given.trim().to_string(),
            }
    }

    fn wrong(expected: &str, given: &str) -> bool {
        matches!(check(expected, given), Verdict::Wrong { .. })
    }

    fn missed(expected: &str, given: &str) -> Vec<String> {
        match check(expected, given) {
            Verdict::Wrong { diff } => diff
                .into_iter()
                .filter(|s| s.missed)
                .map(|s| s.text)
                .collect(),
            other => panic!("{given:?} for {expected:?} was {other:?}"),
        }
    }

    #[test]
    fn case_accents_articles_punctuation_and_spaces_are_ignored() {
        for given in [
            "hepatocytes",
            "Hepatocytes",
            "HEPATOCYTES.",
            "  the hepatocytes ",
            "Hépatocytes!",
            "a hepatocytes",
        ] {
            assert_eq!(check("hepatocytes", given), Verdict::Exact, "{given}");
        }
        assert_eq!(check("The café", "cafe"), Verdict::Exact);
        assert_eq!(
            check("end-stage cirrhosis", "end stage  cirrhosis"),
            Verdict::Exact
        );
        assert_eq!(
            check("growth factors, cytokines", "growth factors cytokines"),
            Verdict::Exact
        );
        assert_eq!(check("Crème brûlée", "CREME BRULEE"), Verdict::Exact);
    }

    #[test]
    fn small_typos_are_accepted_and_shown() {
        assert_eq!(
            check("hepatocytes", "hepatocites"),
            Verdict::Accepted {
                typo: "hepatocites".into()
            }
        );
        assert!(accepted("hepatocytes", "hepatocyets")); // transposition
        assert!(accepted("cytokines", "cytokins"));
        assert!(accepted("fibrosis", "fibrossis"));
        assert!(accepted("inflammation", "inflamation"));
        assert!(accepted("mitochondria", "mitocondrai")); // two edits, 12 letters
        assert!(accepted("growth factors", "growht factors"));
        assert!(accepted("stem cells", "stemcells"));
    }

    #[test]
    fn tolerance_grows_with_length_and_short_words_are_exact() {
        assert!(wrong("bile", "bila"));
        assert!(wrong("lung", "lungs"));
        assert!(wrong("DNA", "RNA"));
        assert!(accepted("liver", "livr"));
        assert!(wrong("liver", "lvr")); // two edits in five letters
        assert!(wrong("pancreas", "pancrues")); // two edits in eight letters
        assert!(accepted("regeneration", "regenaration"));
        assert!(wrong("regeneration", "rgenaratoin")); // three edits
        assert!(accepted("growth factors", "grwth factrs")); // one slip in each word
        assert!(wrong("growth factors", "grwth factrs cytokins")); // a word too many
        assert!(wrong(
            "irreversible scarring",
            "irreversable scaring fibrosis"
        ));
        assert!(wrong("impaired liver function", "impared livr functon")); // three in all
    }

    #[test]
    fn numbers_must_match_exactly() {
        assert!(wrong("3.5", "3.6"));
        assert!(wrong("3.5 mg", "3.6 mg"));
        assert!(wrong("1987", "1978"));
        assert!(wrong("12", "21"));
        assert_eq!(check("3.5", "3.5"), Verdict::Exact);
        assert_eq!(check("3", "three"), Verdict::Exact);
        assert_eq!(check("three phases", "3 phases"), Verdict::Exact);
        assert!(wrong("3", "thirteen"));
        assert!(wrong("100", "1 00"));
        assert_eq!(check("1,000 cells", "1000 cells"), Verdict::Exact);
        assert!(wrong("1,000", "1.000"));
        assert!(wrong("3,5", "3.5"));
    }

    #[test]
    fn near_misses_that_are_other_words_are_rejected() {
        assert!(wrong("hypertension", "hypotension"));
        assert!(wrong("hypotension", "hypertension"));
        assert!(wrong("ileum", "ilium"));
        assert!(wrong("intracellular", "intercellular"));
        assert!(wrong("afferent", "efferent"));
        assert!(wrong("abduction", "adduction"));
        assert!(wrong("mucus", "mucous"));
        assert!(wrong("prostate", "prostrate"));
        assert!(wrong("dysphagia", "dysphasia"));
        assert!(wrong("hyperthermia", "hypothermia"));
    }

    #[test]
    fn a_known_term_of_the_deck_is_not_a_typo() {
        assert!(accepted("fibrosis", "fibrotis"));
        assert!(matches!(
            check_with("cytokine", "cytosine", &["cytosine", "liver"]),
            Verdict::Wrong { .. }
        ));
        assert!(matches!(
            check_with("cytokines", "cytokins", &["cytosine"]),
            Verdict::Accepted { .. }
        ));
    }

    #[test]
    fn empty_or_unrelated_answers_are_wrong_with_everything_missed() {
        assert_eq!(
            check("hepatocytes", ""),
            Verdict::Wrong {
                diff: vec![Segment {
                    text: "hepatocytes".into(),
                    missed: true
                }]
            }
        );
        assert!(wrong("hepatocytes", "   "));
        assert!(wrong("hepatocytes", "kidney"));
        assert_eq!(check("", ""), Verdict::Exact);
    }

    #[test]
    fn the_diff_marks_missed_words_of_a_phrase() {
        assert_eq!(
            missed("growth factors and cytokines", "growth factors"),
            vec!["and cytokines"]
        );
        assert_eq!(
            missed(
                "irreversible scarring and impaired liver function",
                "scarring of the liver"
            ),
            vec!["irreversible", "and impaired", "function"]
        );
        // Articles are never counted as missed.
        assert_eq!(
            missed("the primary functional cells", "cells"),
            vec!["primary functional"]
        );
        // Too many slips in all: the misspelt words are marked.
        assert_eq!(
            missed("impaired liver function", "impared livr functon"),
            vec!["impaired liver function"]
        );
        // The pieces rebuild the answer as written.
        let Verdict::Wrong { diff } = check("  Growth  factors ", "hormones") else {
            panic!("wrong expected");
        };
        let text: String = diff.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(text, "Growth  factors");
    }

    #[test]
    fn the_diff_marks_missed_letters_of_a_word() {
        assert_eq!(missed("hypotension", "hypertension"), vec!["o"]);
        assert_eq!(missed("ileum", "ilium"), vec!["e"]);
        assert_eq!(missed("Hépatocytes", "hpatocytes and"), vec!["é"]);
        assert_eq!(missed("3.5", "3.6"), vec!["5"]);
    }

    #[test]
    fn is_right_counts_typos() {
        assert!(Verdict::Exact.is_right());
        assert!(check("hepatocytes", "hepatocites").is_right());
        assert!(!check("hepatocytes", "cells").is_right());
    }
}
