//! Questions made from a deck's cards in three formats: multiple choice, a typed answer and
//! true/false. Shared by the one-learner quiz and the classroom drill.
//!
//! Everything is decided by a seed: which cards, their order, each one's format among those
//! chosen, the order of options and whether a statement is true. The same deck, formats, count
//! and seed always give the same questions.
//!
//! Wrong options and false statements come from the card's own distractors or from same-kind
//! answers elsewhere in the deck. None may be a variant of the right answer (see
//! [`same_answer`]), and a false statement is never a sentence the deck states as true.

use std::collections::HashSet;

use crate::deck::{Card, CardId, CardKind, Deck, fnv1a64, split_cloze, splitmix64};
use crate::quiz::text::{fold, same_answer};

/// The option a true statement wants, and the label of its button.
pub const TRUE: &str = "True";
/// The option a false statement wants, and the label of its button.
pub const FALSE: &str = "False";

/// A typed answer longer than this many words is not asked for: recalling a long phrase word
/// for word tests typing, not knowing. Such cards get another format.
pub const MAX_TYPED_WORDS: usize = 6;

/// How many wrong options a multiple-choice question wants; it makes do with
/// [`MIN_DISTRACTORS`] when the deck has too few.
pub const DISTRACTORS: usize = 3;
/// The fewest wrong options a multiple-choice question may have.
pub const MIN_DISTRACTORS: usize = 2;

/// How a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Pick the answer among options.
    MultipleChoice,
    /// Type the answer.
    Typed,
    /// Say whether a statement is true.
    TrueFalse,
}

impl Format {
    /// Every format, in the order a setup screen lists them.
    pub const ALL: [Format; 3] = [Format::MultipleChoice, Format::Typed, Format::TrueFalse];

    /// The name shown to people: `Multiple choice`, `Typed answer`, `True or false`.
    pub fn label(self) -> &'static str {
        match self {
            Format::MultipleChoice => "Multiple choice",
            Format::Typed => "Typed answer",
            Format::TrueFalse => "True or false",
        }
    }
}

/// One question about one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The card asked about.
    pub card: CardId,
    /// How it is asked.
    pub format: Format,
    /// What the learner reads: the card's prompt (a cloze gap as `[...]`), or for true/false
    /// the statement to judge.
    pub prompt: String,
    /// Multiple choice: the answer and 2-3 wrong options, shuffled. True/false:
    /// `["True", "False"]`. Typed: empty.
    pub options: Vec<String>,
    /// Index of the right option in `options` (0 for a typed question).
    pub correct: usize,
    /// What the learner must give: the card's answer; for true/false `"True"` or `"False"`.
    pub answer: String,
    /// The fact to show after answering: the card's source sentence (a cloze's filled prompt
    /// when it has none); for true/false the true statement.
    pub source: String,
}

impl Question {
    /// Whether option `index` is the right one (false for a typed question).
    pub fn is_correct_option(&self, index: usize) -> bool {
        !self.options.is_empty() && index == self.correct
    }
}

/// Up to `count` questions from `deck` in the given formats (mixed by the seed), cards picked
/// and ordered by `seed`. A card is asked in a format that works for it: its drawn format, else
/// another chosen one; a card no chosen format works for is skipped, so fewer than `count`
/// questions come back when the deck runs out. No formats, no questions.
pub fn build(deck: &Deck, formats: &[Format], count: usize, seed: u64) -> Vec<Question> {
    let all: Vec<&Card> = deck.cards.iter().collect();
    build_from(deck, &all, formats, count, seed)
}

/// Questions on just the cards `cards` of `deck` (e.g. the ones missed), one each where a
/// format works, ordered by `seed`; wrong options still come from the whole deck.
pub fn build_for(deck: &Deck, cards: &[CardId], formats: &[Format], seed: u64) -> Vec<Question> {
    let wanted: HashSet<&CardId> = cards.iter().collect();
    let chosen: Vec<&Card> = deck
        .cards
        .iter()
        .filter(|c| wanted.contains(&c.id))
        .collect();
    build_from(deck, &chosen, formats, chosen.len(), seed)
}

fn build_from(
    deck: &Deck,
    cards: &[&Card],
    formats: &[Format],
    count: usize,
    seed: u64,
) -> Vec<Question> {
    let mut chosen: Vec<Format> = Vec::new();
    for f in formats {
        if !chosen.contains(f) {
            chosen.push(*f);
        }
    }
    if chosen.is_empty() {
        return Vec::new();
    }
    let mut rng = Rng::new(seed);
    let mut order: Vec<&Card> = cards.to_vec();
    rng.shuffle(&mut order);
    let sentences = deck_sentences(deck);
    let mut questions = Vec::new();
    for card in order {
        if questions.len() >= count {
            break;
        }
        let first = rng.below(chosen.len());
        for k in 0..chosen.len() {
            let format = chosen[(first + k) % chosen.len()];
            let question = match format {
                Format::MultipleChoice => multiple_choice(deck, card, &mut rng),
                Format::Typed => typed(card),
                Format::TrueFalse => true_false(deck, card, &sentences, &mut rng),
            };
            if let Some(q) = question {
                questions.push(q);
                break;
            }
        }
    }
    questions
}

/// A small deterministic generator over SplitMix64 (the deck's own shuffle function).
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(fnv1a64(&seed.to_le_bytes()))
    }

    fn next(&mut self) -> u64 {
        self.0 = splitmix64(self.0);
        self.0
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

fn answer_of(card: &Card) -> Option<&str> {
    let answer = card.answer.trim();
    (!answer.is_empty() && !fold(answer).is_empty()).then_some(answer)
}

/// A card's answer as an option among others: a capital it has only because it opens its
/// sentence is lowered ("Clinical trials in humans..." gives "clinical trials"), so neither a
/// wrong option nor the right one stands out by its case. Acronyms and names keep theirs.
fn option_of(card: &Card) -> Option<String> {
    let answer = answer_of(card)?;
    let opens = match card.kind {
        CardKind::Cloze => split_cloze(&card.prompt).is_some_and(|(before, _, _)| {
            let before = before.trim_end();
            before.is_empty() || before.ends_with(['.', '!', '?', ':'])
        }),
        _ => card.source.trim_start().starts_with(answer),
    };
    let mut chars = answer.chars();
    let first = chars.next()?;
    let rest: String = chars.collect();
    let first_word_rest = rest.split(' ').next().unwrap_or_default();
    if opens && first.is_uppercase() && first_word_rest.chars().all(char::is_lowercase) {
        Some(first.to_lowercase().chain(rest.chars()).collect())
    } else {
        Some(answer.to_string())
    }
}

/// The sentence to show after a question: the source, or a cloze's filled prompt.
fn source_of(card: &Card) -> String {
    if !card.source.trim().is_empty() {
        card.source.clone()
    } else if card.kind == CardKind::Cloze {
        card.filled_prompt()
    } else {
        String::new()
    }
}

fn typed(card: &Card) -> Option<Question> {
    let answer = answer_of(card)?;
    if answer.split_whitespace().count() > MAX_TYPED_WORDS {
        return None;
    }
    Some(Question {
        card: card.id.clone(),
        format: Format::Typed,
        prompt: card.learner_prompt(),
        options: Vec::new(),
        correct: 0,
        answer: answer.to_string(),
        source: source_of(card),
    })
}

/// Answers of other cards of the same kind, best first: those of a similar length (at most twice
/// as long or short, and about as many words) before the others, then a shared tag and the
/// same card kind, then a shared tag, then the same card kind; closer in length first. Never
/// the card's siblings (same fact), a card asking the same thing, or a variant of the card's
/// answer; no two alike. Lengths more than three times apart are left out (a give-away).
fn same_kind_terms(deck: &Deck, card: &Card, answer: &str) -> Vec<String> {
    let words = answer.split_whitespace().count();
    let chars = answer.chars().count();
    let prompt = fold(&card.learner_prompt());
    let mut ranked: Vec<(bool, u8, usize, usize, String)> = Vec::new();
    for other in &deck.cards {
        if other.id == card.id || (!card.fact.is_empty() && other.fact == card.fact) {
            continue;
        }
        let Some(term) = option_of(other) else {
            continue;
        };
        let term = term.as_str();
        if fold(&other.learner_prompt()) == prompt || same_answer(answer, term) {
            continue;
        }
        let shares_tag = other.tags.iter().any(|t| card.tags.contains(t));
        let same_kind = other.kind == card.kind;
        let rank = match (shares_tag, same_kind) {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => continue,
        };
        let term_chars = term.chars().count();
        if term_chars > chars * 3 || chars > term_chars * 3 {
            continue;
        }
        let word_gap = words.abs_diff(term.split_whitespace().count());
        let similar =
            term_chars <= chars * 2 && chars <= term_chars * 2 && word_gap <= words.div_ceil(2);
        ranked.push((
            !similar,
            rank,
            word_gap,
            chars.abs_diff(term_chars),
            term.to_string(),
        ));
    }
    ranked.sort();
    let mut terms: Vec<String> = Vec::new();
    for (_, _, _, _, term) in ranked {
        if !terms.iter().any(|t| same_answer(t, &term)) {
            terms.push(term);
        }
    }
    terms
}

/// Wrong options for a card: its own distractors first, then same-kind terms of the deck.
fn wrong_options(deck: &Deck, card: &Card, answer: &str) -> Vec<String> {
    let mut options: Vec<String> = Vec::new();
    let own = card.distractors.iter().map(|d| d.trim().to_string());
    for term in own.chain(same_kind_terms(deck, card, answer)) {
        if !term.is_empty()
            && !same_answer(answer, &term)
            && !options.iter().any(|o| same_answer(o, &term))
        {
            options.push(term);
        }
    }
    options
}

fn multiple_choice(deck: &Deck, card: &Card, rng: &mut Rng) -> Option<Question> {
    let answer = option_of(card)?;
    let answer = answer.as_str();
    let mut wrong = wrong_options(deck, card, answer);
    wrong.truncate(DISTRACTORS);
    if wrong.len() < MIN_DISTRACTORS {
        return None;
    }
    let mut options = Vec::with_capacity(wrong.len() + 1);
    options.push(answer.to_string());
    options.extend(wrong);
    let mut order: Vec<usize> = (0..options.len()).collect();
    rng.shuffle(&mut order);
    let correct = order.iter().position(|&i| i == 0)?;
    let options = order.into_iter().map(|i| options[i].clone()).collect();
    Some(Question {
        card: card.id.clone(),
        format: Format::MultipleChoice,
        prompt: card.learner_prompt(),
        options,
        correct,
        answer: answer.to_string(),
        source: source_of(card),
    })
}

/// Every text the deck states as true, folded: sources and filled cloze prompts (which may
/// hold a sentence of context before the gap's), sorted and each once.
fn deck_sentences(deck: &Deck) -> Vec<String> {
    let mut sentences = std::collections::BTreeSet::new();
    for card in &deck.cards {
        for text in [card.source.clone(), card.filled_prompt()] {
            let folded = fold(&text);
            if !folded.is_empty() {
                sentences.insert(folded);
            }
        }
    }
    sentences.into_iter().collect()
}

/// Whether `needle` (folded) stands in `haystack` (folded) as whole words.
fn has_words(haystack: &str, needle: &str) -> bool {
    !needle.is_empty() && format!(" {haystack} ").contains(&format!(" {needle} "))
}

/// Where `answer` stands in `text` as whole words (ignoring ASCII case): its byte range.
fn find_words(text: &str, answer: &str) -> Option<(usize, usize)> {
    let lower = text.to_ascii_lowercase();
    let wanted = answer.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower.get(from..)?.find(&wanted) {
        let at = from + found;
        let end = at + wanted.len();
        let open = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let close = lower[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if open && close {
            return Some((at, end));
        }
        from = at + lower[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// A card's fact as a true statement split around its answer: (before, answer as written,
/// after). A cloze's filled prompt; otherwise the source sentence when it holds the answer.
fn statement(card: &Card) -> Option<(String, String, String)> {
    let answer = answer_of(card)?;
    if card.kind == CardKind::Cloze {
        let (before, gap, after) = split_cloze(&card.prompt)?;
        if fold(gap).is_empty() {
            return None;
        }
        return Some((before.to_string(), gap.to_string(), after.to_string()));
    }
    let source = card.source.as_str();
    let (at, end) = find_words(source, answer)?;
    Some((
        source.get(..at)?.to_string(),
        source.get(at..end)?.to_string(),
        source.get(end..)?.to_string(),
    ))
}

/// `term` written as it stands in place of `written`: capitalised when `written` opens the
/// sentence with a capital.
fn in_place_of(term: &str, written: &str, before: &str) -> String {
    let opens = before.trim().is_empty() && written.chars().next().is_some_and(char::is_uppercase);
    let mut chars = term.chars();
    match chars.next() {
        Some(first) if opens && first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => term.to_string(),
    }
}

fn true_false(deck: &Deck, card: &Card, sentences: &[String], rng: &mut Rng) -> Option<Question> {
    let answer = answer_of(card)?;
    let (before, written, after) = statement(card)?;
    let truth = format!("{before}{written}{after}");
    let folded_truth = fold(&truth);
    let make_false = rng.next() % 2 == 1;
    // The answer stated again elsewhere in the sentence would leave a false version half true.
    let folded_written = fold(&written);
    let stated_twice =
        has_words(&fold(&before), &folded_written) || has_words(&fold(&after), &folded_written);
    let mut falsehood = None;
    if make_false && !stated_twice {
        let candidates: Vec<String> = wrong_options(deck, card, answer)
            .into_iter()
            .filter(|term| {
                // A term already in the sentence would make a true-ish statement
                // ("secrete cytokines and cytokines").
                let folded_term = fold(term);
                !folded_truth.contains(&folded_term) && !same_answer(&written, term)
            })
            .map(|term| format!("{before}{}{after}", in_place_of(&term, &written, &before)))
            // Never a sentence the deck states, alone or within a longer text.
            .filter(|sentence| {
                let folded = fold(sentence);
                !sentences.iter().any(|s| s.contains(&folded))
            })
            .collect();
        if !candidates.is_empty() {
            let pick = rng.below(candidates.len().min(DISTRACTORS));
            falsehood = candidates.into_iter().nth(pick);
        }
    }
    let (prompt, correct) = match falsehood {
        Some(sentence) => (sentence, 1),
        None => (truth.clone(), 0),
    };
    let options = vec![TRUE.to_string(), FALSE.to_string()];
    Some(Question {
        card: card.id.clone(),
        format: Format::TrueFalse,
        prompt,
        answer: options[correct].clone(),
        options,
        correct,
        source: truth,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(id: &str, kind: CardKind, prompt: &str, answer: &str, tag: &str) -> Card {
        Card {
            id: CardId(id.into()),
            kind,
            prompt: prompt.into(),
            answer: answer.into(),
            distractors: Vec::new(),
            tags: vec![tag.into()],
            source: String::new(),
            fact: String::new(),
        }
    }

    fn deck(cards: Vec<Card>) -> Deck {
        Deck {
            id: "d".into(),
            title: "D".into(),
            description: String::new(),
            sources: Vec::new(),
            cards,
        }
    }

    /// Organs and what they do: same-kind terms to swap.
    fn organs() -> Deck {
        let facts = [
            ("liver", "The liver makes bile."),
            ("heart", "The heart pumps blood."),
            ("kidneys", "The kidneys filter blood."),
            ("lungs", "The lungs exchange gases."),
            ("stomach", "The stomach digests food."),
            ("pancreas", "The pancreas makes insulin."),
        ];
        let mut cards = Vec::new();
        for (i, (organ, sentence)) in facts.iter().enumerate() {
            let rest = sentence
                .trim_start_matches("The ")
                .trim_start_matches(organ);
            let mut c = card(
                &format!("q{i}"),
                CardKind::Question,
                &format!("Which organ{}?", rest.trim_end_matches('.')),
                organ,
                "organ",
            );
            c.source = sentence.to_string();
            cards.push(c);
            let mut z = card(
                &format!("z{i}"),
                CardKind::Cloze,
                &sentence.replacen(organ, &format!("{{{{{organ}}}}}"), 1),
                organ,
                "statement",
            );
            z.source = sentence.to_string();
            cards.push(z);
        }
        deck(cards)
    }

    #[test]
    fn same_seed_same_questions_other_seed_other_order() {
        let d = organs();
        let a = build(&d, &Format::ALL, 8, 7);
        assert_eq!(a, build(&d, &Format::ALL, 8, 7));
        assert_eq!(a.len(), 8);
        let b = build(&d, &Format::ALL, 8, 8);
        assert_ne!(a, b);
        let ids: HashSet<&CardId> = a.iter().map(|q| &q.card).collect();
        assert_eq!(ids.len(), 8, "each card asked once");
    }

    #[test]
    fn count_is_capped_by_the_deck_and_no_formats_give_nothing() {
        let d = organs();
        assert_eq!(build(&d, &[Format::Typed], 100, 1).len(), 12);
        assert!(build(&d, &[], 5, 1).is_empty());
        assert!(build(&d, &[Format::Typed], 0, 1).is_empty());
    }

    #[test]
    fn formats_are_mixed_among_those_chosen() {
        let d = organs();
        let qs = build(&d, &Format::ALL, 12, 3);
        for f in Format::ALL {
            assert!(qs.iter().any(|q| q.format == f), "{f:?} missing");
        }
        let only = build(&d, &[Format::TrueFalse, Format::Typed], 12, 3);
        assert!(only.iter().all(|q| q.format != Format::MultipleChoice));
    }

    #[test]
    fn multiple_choice_uses_same_kind_terms_and_holds_the_answer_once() {
        let d = organs();
        for seed in 0..20 {
            for q in build(&d, &[Format::MultipleChoice], 12, seed) {
                assert_eq!(q.options.len(), 4);
                assert_eq!(q.options[q.correct], q.answer);
                let organ_names = ["liver", "heart", "kidneys", "lungs", "stomach", "pancreas"];
                for (i, o) in q.options.iter().enumerate() {
                    assert!(organ_names.contains(&o.as_str()), "{o} is not an organ");
                    assert_eq!(i == q.correct, same_answer(&q.answer, o));
                }
            }
        }
    }

    #[test]
    fn multiple_choice_prefers_the_cards_own_distractors() {
        let mut d = organs();
        d.cards[0].kind = CardKind::Choice;
        d.cards[0].distractors = vec!["spleen".into(), "Liver".into(), "gallbladder".into()];
        let q = build_for(&d, &[CardId("q0".into())], &[Format::MultipleChoice], 5);
        let mut options = q[0].options.clone();
        options.sort();
        // "Liver" is the answer in another case: dropped; a deck term fills the place.
        assert_eq!(options.len(), 4);
        assert!(options.contains(&"spleen".to_string()));
        assert!(options.contains(&"gallbladder".to_string()));
        assert_eq!(
            options.iter().filter(|o| same_answer("liver", o)).count(),
            1
        );
    }

    #[test]
    fn multiple_choice_falls_back_to_three_options_then_to_another_format() {
        let cards = vec![
            card(
                "a",
                CardKind::Question,
                "Capital of France?",
                "Paris",
                "city",
            ),
            card("b", CardKind::Question, "Capital of Italy?", "Rome", "city"),
            card(
                "c",
                CardKind::Question,
                "Capital of Spain?",
                "Madrid",
                "city",
            ),
        ];
        let d = deck(cards.clone());
        let qs = build(&d, &[Format::MultipleChoice], 3, 1);
        assert_eq!(qs.len(), 3);
        assert!(qs.iter().all(|q| q.options.len() == 3));
        let d = deck(cards[..2].to_vec());
        assert!(build(&d, &[Format::MultipleChoice], 3, 1).is_empty());
        let qs = build(&d, &[Format::MultipleChoice, Format::Typed], 3, 1);
        assert_eq!(qs.len(), 2);
        assert!(qs.iter().all(|q| q.format == Format::Typed));
    }

    #[test]
    fn distractors_never_contain_or_sit_inside_the_answer() {
        let cards = vec![
            card(
                "a",
                CardKind::Question,
                "What replaces damaged cells?",
                "new hepatocytes",
                "t",
            ),
            card(
                "b",
                CardKind::Question,
                "Main liver cells?",
                "hepatocytes",
                "t",
            ),
            card(
                "c",
                CardKind::Question,
                "What do they secrete?",
                "growth factors",
                "t",
            ),
            card(
                "d",
                CardKind::Question,
                "What scars?",
                "fibrous tissue",
                "t",
            ),
            card(
                "e",
                CardKind::Question,
                "What regenerates?",
                "liver tissue",
                "t",
            ),
        ];
        let d = deck(cards);
        let q = build_for(&d, &[CardId("a".into())], &[Format::MultipleChoice], 1);
        assert!(!q[0].options.iter().any(|o| o == "hepatocytes"));
    }

    #[test]
    fn wrong_options_of_a_similar_length_come_first() {
        let q = |id: &str, answer: &str, tag: &str| {
            card(id, CardKind::Question, &format!("Q {id}?"), answer, tag)
        };
        let cards = vec![
            q("a", "hepatocytes", "t"),
            q("b", "scarring of the whole organ", "t"),
            q("f", "impaired liver function", "t"),
            // Another tag, but the same card kind and a similar length: ahead of the long ones.
            q("c", "cytokines", "x"),
            q("d", "collagen", "x"),
            q("e", "macrophages", "x"),
        ];
        let d = deck(cards);
        let q = build_for(&d, &[CardId("a".into())], &[Format::MultipleChoice], 1);
        let mut options = q[0].options.clone();
        options.sort();
        assert_eq!(
            options,
            ["collagen", "cytokines", "hepatocytes", "macrophages"]
        );
    }

    #[test]
    fn siblings_are_not_wrong_options() {
        let mut cards = vec![
            card(
                "a",
                CardKind::Question,
                "What is cirrhosis?",
                "a liver disease",
                "t",
            ),
            card(
                "b",
                CardKind::Question,
                "What marks cirrhosis?",
                "liver scarring",
                "t",
            ),
            card(
                "c",
                CardKind::Question,
                "What is X?",
                "a bone fracture",
                "t",
            ),
            card("d", CardKind::Question, "What is Y?", "a skin rash", "t"),
        ];
        cards[0].fact = "f1".into();
        cards[1].fact = "f1".into();
        let d = deck(cards);
        let q = build_for(&d, &[CardId("a".into())], &[Format::MultipleChoice], 1);
        assert_eq!(q[0].options.len(), 3);
        assert!(!q[0].options.iter().any(|o| o == "liver scarring"));
    }

    #[test]
    fn typed_questions_ask_the_prompt_and_want_the_answer() {
        let d = organs();
        let q = build_for(&d, &[CardId("z0".into())], &[Format::Typed], 1);
        assert_eq!(q[0].prompt, "The [...] makes bile.");
        assert_eq!(q[0].answer, "liver");
        assert!(q[0].options.is_empty());
        assert_eq!(q[0].source, "The liver makes bile.");
        let mut long = d.clone();
        long.cards[1].answer = "one two three four five six seven".into();
        assert!(build_for(&long, &[CardId("z0".into())], &[Format::Typed], 1).is_empty());
    }

    #[test]
    fn true_false_is_about_half_true_and_its_answer_matches() {
        let d = organs();
        let mut truths = 0;
        let mut total = 0;
        for seed in 0..40 {
            for q in build(&d, &[Format::TrueFalse], 12, seed) {
                assert_eq!(q.options, vec![TRUE, FALSE]);
                assert_eq!(q.answer, q.options[q.correct]);
                total += 1;
                if q.correct == 0 {
                    truths += 1;
                    assert_eq!(q.prompt, q.source);
                } else {
                    assert_ne!(q.prompt, q.source);
                }
            }
        }
        assert_eq!(total, 480);
        assert!((180..300).contains(&truths), "{truths} of {total} true");
    }

    /// The rule the issue asks for: a false statement is never accidentally true.
    #[test]
    fn false_statements_are_never_accidentally_true() {
        // Traps: a variant of the answer ("hepatocyte"), a term already in the sentence
        // ("cytokines"), a swap that gives another true sentence of the deck (kidneys/heart
        // both "pump blood" here), the answer in another case.
        let mut cards = vec![
            card(
                "a",
                CardKind::Question,
                "What do stem cells secrete?",
                "growth factors",
                "t",
            ),
            card("b", CardKind::Question, "What else?", "cytokines", "t"),
            card("c", CardKind::Question, "Liver cells?", "hepatocytes", "t"),
            card(
                "d",
                CardKind::Question,
                "One liver cell?",
                "a hepatocyte",
                "t",
            ),
            card(
                "e",
                CardKind::Question,
                "What pumps blood?",
                "The heart",
                "t",
            ),
            card(
                "f",
                CardKind::Question,
                "What also pumps blood?",
                "the pump",
                "t",
            ),
            card(
                "g",
                CardKind::Cloze,
                "The {{heart}} pumps blood.",
                "heart",
                "t",
            ),
            card(
                "h",
                CardKind::Question,
                "What makes bile?",
                "the LIVER",
                "t",
            ),
            card("i", CardKind::Question, "Filter?", "kidneys", "t"),
        ];
        cards[0].source = "Stem cells secrete growth factors and cytokines.".into();
        cards[1].source = "Stem cells secrete growth factors and cytokines.".into();
        cards[2].source = "Hepatocytes are liver cells.".into();
        cards[3].source = "A hepatocyte is one liver cell.".into();
        cards[4].source = "The heart pumps blood.".into();
        cards[5].source = "The pump pumps blood.".into();
        cards[6].source = "The heart pumps blood.".into();
        cards[7].source = "The liver makes bile.".into();
        cards[8].source = "The kidneys filter blood.".into();
        cards[8].distractors = vec!["Kidney".into(), "the kidneys".into()];
        let d = deck(cards);
        let sentences = deck_sentences(&d);
        let mut falses = 0;
        for seed in 0..200 {
            for q in build(&d, &[Format::TrueFalse], 9, seed) {
                if q.correct == 0 {
                    continue;
                }
                falses += 1;
                let folded = fold(&q.prompt);
                assert!(
                    !sentences.iter().any(|s| s.contains(&folded)),
                    "{} is in the deck",
                    q.prompt
                );
                assert!(!folded.contains("cytokines and cytokines"), "{}", q.prompt);
                assert!(
                    !folded.contains("growth factors and growth factors"),
                    "{}",
                    q.prompt
                );
                assert!(!folded.starts_with("hepatocyte are"), "{}", q.prompt);
                assert!(!folded.starts_with("hepatocytes is"), "{}", q.prompt);
                assert!(!folded.contains("kidney filter"), "{}", q.prompt);
                assert!(!folded.ends_with("kidneys filter blood"), "{}", q.prompt);
                let card = d.card(&q.card).expect("asked card");
                let (words, answer) = (format!(" {folded} "), format!(" {} ", fold(&card.answer)));
                assert!(!words.contains(&answer), "{} keeps the answer", q.prompt);
            }
        }
        assert!(falses > 50, "only {falses} false statements");
    }

    #[test]
    fn false_statement_swaps_the_answer_and_keeps_a_capital() {
        let d = organs();
        let q = build_for(&d, &[CardId("q0".into())], &[Format::TrueFalse], 1);
        let mut seed = 0;
        let mut q = q;
        while q[0].correct == 0 {
            seed += 1;
            q = build_for(&d, &[CardId("q0".into())], &[Format::TrueFalse], seed);
        }
        assert_eq!(q[0].source, "The liver makes bile.");
        assert!(q[0].prompt.starts_with("The "), "{}", q[0].prompt);
        assert!(q[0].prompt.ends_with(" makes bile."), "{}", q[0].prompt);
        assert!(!q[0].prompt.contains("liver"));
        let mut capital = organs();
        capital.cards[0].source = "liver makes bile.".into();
        capital.cards[0].answer = "Liver".into();
        capital.cards[0].source = "Liver makes bile.".into();
        let mut seen = false;
        for seed in 0..20 {
            let q = build_for(&capital, &[CardId("q0".into())], &[Format::TrueFalse], seed);
            if q[0].correct == 1 {
                assert!(q[0].prompt.chars().next().is_some_and(char::is_uppercase));
                seen = true;
            }
        }
        assert!(seen);
    }

    #[test]
    fn a_false_statement_is_never_part_of_a_longer_true_text() {
        // "The kidneys moved blood." is inside a cloze's two-sentence prompt: swapping
        // "kidneys" for "heart" in "The heart moved blood." must not give it.
        let mut cards = vec![
            card(
                "a",
                CardKind::Question,
                "What pumps blood?",
                "heart",
                "organ",
            ),
            card("b", CardKind::Question, "What filters?", "kidneys", "organ"),
            card(
                "c",
                CardKind::Question,
                "What makes bile?",
                "liver",
                "organ",
            ),
            card(
                "d",
                CardKind::Cloze,
                "The kidneys moved blood. The {{lungs}} breathe.",
                "lungs",
                "organ",
            ),
        ];
        cards[0].source = "The heart moved blood.".into();
        cards[1].source = "The kidneys filter blood.".into();
        cards[2].source = "The liver makes bile.".into();
        let d = deck(cards);
        let mut falses = 0;
        for seed in 0..100 {
            for q in build_for(&d, &[CardId("a".into())], &[Format::TrueFalse], seed) {
                assert_ne!(q.prompt, "The kidneys moved blood.");
                falses += q.correct;
            }
        }
        assert!(falses > 10, "the other swaps are still made");
    }

    #[test]
    fn an_answer_stated_twice_is_only_asked_true() {
        let mut d = organs();
        d.cards[0].source = "The liver makes bile, and the liver stores it.".into();
        for seed in 0..30 {
            let q = build_for(&d, &[CardId("q0".into())], &[Format::TrueFalse], seed);
            assert_eq!(q[0].correct, 0, "{}", q[0].prompt);
        }
    }

    #[test]
    fn the_answer_is_found_as_whole_words() {
        assert_eq!(
            find_words("They deliver the liver.", "liver"),
            Some((17, 22))
        );
        assert_eq!(find_words("Liver first", "liver"), Some((0, 5)));
        assert_eq!(find_words("deliverance", "liver"), None);
        assert_eq!(find_words("Crème brûlée liver", "liver"), Some((16, 21)));
        let mut d = organs();
        d.cards[0].source = "Bile: the deliverable of the liver.".into();
        let q = build_for(&d, &[CardId("q0".into())], &[Format::TrueFalse], 3);
        assert_eq!(q[0].source, "Bile: the deliverable of the liver.");
        assert!(q[0].prompt.starts_with("Bile: the deliverable of the "));
    }

    #[test]
    fn true_false_needs_the_answer_in_a_sentence() {
        let mut d = organs();
        d.cards[0].source = "Bile comes from somewhere.".into();
        assert!(build_for(&d, &[CardId("q0".into())], &[Format::TrueFalse], 1).is_empty());
        let q = build_for(
            &d,
            &[CardId("q0".into())],
            &[Format::TrueFalse, Format::Typed],
            1,
        );
        assert_eq!(q[0].format, Format::Typed);
    }

    #[test]
    fn a_card_without_an_answer_is_skipped() {
        let mut d = organs();
        d.cards[0].answer = "  ".into();
        assert!(build_for(&d, &[CardId("q0".into())], &Format::ALL, 1).is_empty());
    }

    #[test]
    fn shipped_deck_gives_questions_in_every_format() {
        let text = include_str!("../../decks/stem-cells-liver-cirrhosis.toml");
        let d = Deck::from_toml_str("deck.toml", text).expect("shipped deck");
        for f in Format::ALL {
            let qs = build(&d, &[f], 10, 42);
            assert!(qs.len() >= 5, "{f:?}: {}", qs.len());
        }
    }
}
