//! Text folding shared by the quiz's question builder and its answer matching: case, accents,
//! punctuation, extra white space and a leading article do not make two answers different.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Articles dropped from the start of an answer ("the liver" and "liver" are the same answer).
const ARTICLES: [&str; 3] = ["a", "an", "the"];

/// An answer folded for comparison: lower case, accents dropped (NFD, combining marks removed),
/// punctuation and hyphens as spaces (a point or comma between digits kept, so `3.5` stays a
/// number; a thousands comma dropped, so `1,000` is `1000`), white space collapsed, one
/// leading article dropped.
pub fn fold(text: &str) -> String {
    let chars: Vec<char> = text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        // A comma between a digit and exactly three more is a thousands separator: dropped,
        // so "1,000" is "1000" (a comma before one or two digits stays: "3,5").
        let thousands = c == ','
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars
                .get(i + 1..i + 4)
                .is_some_and(|d| d.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
        if thousands {
            continue;
        }
        let keep = c.is_alphanumeric()
            || ((c == '.' || c == ',')
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if keep {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    let trimmed = out.trim_end();
    let mut words = trimmed.split(' ').peekable();
    if let Some(first) = words.peek()
        && ARTICLES.contains(first)
        && trimmed.contains(' ')
    {
        words.next();
    }
    words.collect::<Vec<_>>().join(" ")
}

/// A rough stem of one folded word: common English endings cut off, so `hepatocytes`,
/// `hepatocyte`; `regenerating`, `regenerated`, `regeneration` meet. Meant for saying two terms
/// are "the same word", never for display.
pub fn stem(word: &str) -> &str {
    const ENDINGS: [&str; 14] = [
        "ations", "ation", "ings", "ing", "ies", "ied", "ness", "ment", "es", "ed", "ly", "er",
        "e", "s",
    ];
    for ending in ENDINGS {
        if let Some(base) = word.strip_suffix(ending)
            && base.chars().count() >= 3
        {
            return base;
        }
    }
    word
}

/// The stems of a folded phrase's words, space-separated.
pub fn stems(folded: &str) -> String {
    folded.split(' ').map(stem).collect::<Vec<_>>().join(" ")
}

/// Whether `term` could be read as the same answer as `answer`: equal after folding, one inside
/// the other (as whole words or not), the same stems, or phrases with the same head (last word's
/// stem: "liver cirrhosis", "end-stage cirrhosis"). Used to keep a wrong option or a false
/// statement from being accidentally right; erring towards "same" only costs a candidate.
pub fn same_answer(answer: &str, term: &str) -> bool {
    let a = fold(answer);
    let t = fold(term);
    if a.is_empty() || t.is_empty() {
        return true;
    }
    if a == t || a.contains(&t) || t.contains(&a) {
        return true;
    }
    let (sa, st) = (stems(&a), stems(&t));
    let head = |s: &str| s.rsplit(' ').next().map(str::to_string);
    sa == st
        || sa.contains(&st)
        || st.contains(&sa)
        || ((a.contains(' ') || t.contains(' ')) && head(&sa) == head(&st))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_accents_punctuation_space_and_articles() {
        assert_eq!(fold("  The  Hépatocytes! "), "hepatocytes");
        assert_eq!(fold("end-stage cirrhosis."), "end stage cirrhosis");
        assert_eq!(fold("an"), "an");
        assert_eq!(fold("3.5 mg"), "3.5 mg");
        assert_eq!(fold("1,000"), "1000");
        assert_eq!(fold("12,500,000 cells"), "12500000 cells");
        assert_eq!(fold("3,5"), "3,5");
        assert_eq!(fold("1,0000"), "1,0000");
        assert_eq!(fold("red, green"), "red green");
        assert_eq!(fold("done."), "done");
        assert_eq!(fold("Ærø"), "ærø");
    }

    #[test]
    fn same_answer_catches_variants() {
        assert!(same_answer("hepatocytes", "Hepatocyte"));
        assert!(same_answer("new hepatocytes", "hepatocytes"));
        assert!(same_answer("regeneration", "regenerating"));
        assert!(same_answer("the liver", "Liver"));
        assert!(same_answer("end-stage cirrhosis", "liver cirrhosis"));
        assert!(!same_answer("liver function", "liver cirrhosis"));
        assert!(!same_answer("hepatocytes", "cytokines"));
        assert!(!same_answer("hypertension", "hypotension"));
    }
}
