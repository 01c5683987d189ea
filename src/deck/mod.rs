//! Cards and decks: the model every other part of factdeck works on.
//!
//! A deck is one TOML file (see [`format`]) that a teacher can read and edit in a text editor.
//! Cards carry ids that are assigned once, when the card is made, and never derived from the
//! card's text afterwards: fixing a typo in a prompt keeps the card's id, and so its progress.

pub mod format;
pub mod library;

use std::fmt;

pub use format::DeckError;

/// The version of the deck file format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// The gap a learner sees in place of a cloze answer.
pub const CLOZE_GAP: &str = "[...]";

/// Opening and closing marks of the gap in a cloze card's stored prompt: `{{answer}}`.
pub const CLOZE_OPEN: &str = "{{";
/// See [`CLOZE_OPEN`].
pub const CLOZE_CLOSE: &str = "}}";

/// A card's stable identifier, unique within its deck.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CardId(pub String);

impl fmt::Display for CardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a card asks of the learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CardKind {
    /// A question with a free answer to recall.
    Question,
    /// A sentence with one gap (`{{...}}` in the stored prompt) to fill.
    Cloze,
    /// A question with the answer among distractors.
    Choice,
}

impl CardKind {
    /// Every kind, in the order they are documented.
    pub const ALL: [CardKind; 3] = [CardKind::Question, CardKind::Cloze, CardKind::Choice];

    /// The name used in deck files and JSON (`question`, `cloze`, `choice`).
    pub fn as_str(self) -> &'static str {
        match self {
            CardKind::Question => "question",
            CardKind::Cloze => "cloze",
            CardKind::Choice => "choice",
        }
    }

    /// Parses the name used in deck files; `None` for an unknown kind.
    pub fn parse(name: &str) -> Option<CardKind> {
        CardKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl fmt::Display for CardKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One flashcard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Stable id: assigned when the card is made, kept when its text is edited.
    pub id: CardId,
    /// What the card asks.
    pub kind: CardKind,
    /// The prompt as stored. For a cloze card it holds exactly one `{{gap}}`.
    pub prompt: String,
    /// What the learner must recall. For a cloze card, the text inside the gap.
    pub answer: String,
    /// Wrong options of a multiple-choice card (empty for other kinds).
    pub distractors: Vec<String>,
    /// Free-form labels (e.g. `definition`, `cause`).
    pub tags: Vec<String>,
    /// The sentence of the source document the card came from (may be empty for hand-made cards).
    pub source: String,
    /// Cards made from the same fact share this key (siblings); empty when the card stands alone.
    pub fact: String,
}

impl Card {
    /// The prompt exactly as the learner sees it: a cloze gap is shown as `[...]`.
    pub fn learner_prompt(&self) -> String {
        match self.kind {
            CardKind::Cloze => match split_cloze(&self.prompt) {
                Some((before, _, after)) => format!("{before}{CLOZE_GAP}{after}"),
                None => self.prompt.clone(),
            },
            _ => self.prompt.clone(),
        }
    }

    /// The prompt with the gap filled in (a cloze card's back); other kinds return the prompt.
    pub fn filled_prompt(&self) -> String {
        match self.kind {
            CardKind::Cloze => match split_cloze(&self.prompt) {
                Some((before, gap, after)) => format!("{before}{gap}{after}"),
                None => self.prompt.clone(),
            },
            _ => self.prompt.clone(),
        }
    }

    /// All options of a multiple-choice card in display order (empty for other kinds).
    ///
    /// The order is a deterministic shuffle keyed by the card's id, so the answer does not
    /// always sit in the same place and every run shows the same order.
    pub fn choices(&self) -> Vec<String> {
        if self.kind != CardKind::Choice {
            return Vec::new();
        }
        let mut options: Vec<String> = Vec::with_capacity(self.distractors.len() + 1);
        options.push(self.answer.clone());
        options.extend(self.distractors.iter().cloned());
        // Fisher-Yates driven by a hash of the id: stable across runs and platforms.
        let mut state = fnv1a64(self.id.0.as_bytes());
        for i in (1..options.len()).rev() {
            state = splitmix64(state);
            let j = (state % (i as u64 + 1)) as usize;
            options.swap(i, j);
        }
        options
    }
}

/// Splits a cloze prompt into (before, gap, after) at its first `{{...}}`.
pub fn split_cloze(prompt: &str) -> Option<(&str, &str, &str)> {
    let open = find_pair(prompt, CLOZE_OPEN)?;
    let rest = &prompt[open + CLOZE_OPEN.len()..];
    let close = find_pair(rest, CLOZE_CLOSE)?;
    Some((
        &prompt[..open],
        &rest[..close],
        &rest[close + CLOZE_CLOSE.len()..],
    ))
}

/// Where the two-byte marker `pair` ("{{" or "}}") first stands in `text`: a byte search, which
/// costs less than setting up a substring search for so short a pattern.
fn find_pair(text: &str, pair: &str) -> Option<usize> {
    let (bytes, pair) = (text.as_bytes(), pair.as_bytes());
    let first = *pair.first()?;
    let mut from = 0;
    while let Some(i) = bytes.get(from..)?.iter().position(|&b| b == first) {
        let at = from + i;
        if bytes.get(at + 1) == pair.get(1) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// A source document a deck was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceDoc {
    /// The file name (no directory), e.g. `cirrhosis.txt`.
    pub file: String,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
}

/// A deck of cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    /// Stable deck id (a slug), the key progress is stored under.
    pub id: String,
    /// Title shown to learners.
    pub title: String,
    /// A line or two on what the deck covers (may be empty).
    pub description: String,
    /// The documents the deck was generated from (empty for a hand-made deck).
    pub sources: Vec<SourceDoc>,
    /// The cards, in the order they were written.
    pub cards: Vec<Card>,
}

impl Deck {
    /// The card with this id, if any.
    pub fn card(&self, id: &CardId) -> Option<&Card> {
        self.cards.iter().find(|c| &c.id == id)
    }

    /// A new card id, unused in this deck, for a card a teacher adds by hand: `h` and a hash
    /// of `seed` (e.g. the prompt), counted on until it is free. Deterministic for a given
    /// deck and seed.
    pub fn fresh_card_id(&self, seed: &str) -> CardId {
        let taken: std::collections::HashSet<&str> =
            self.cards.iter().map(|c| c.id.0.as_str()).collect();
        let mut state = fnv1a64(seed.as_bytes());
        loop {
            let id = format!("h{:010x}", state & 0xff_ffff_ffff);
            if !taken.contains(id.as_str()) {
                return CardId(id);
            }
            state = splitmix64(state);
        }
    }
}

/// Lower-case, ASCII-only slug of a title: `"Stem Cells: An Overview"` -> `stem-cells-an-overview`.
pub fn slugify(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    for ch in title.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() > 60 {
        slug.truncate(60);
        while slug.ends_with('-') {
            slug.pop();
        }
    }
    if slug.is_empty() {
        slug.push_str("deck");
    }
    slug
}

/// 64-bit FNV-1a: a small, stable hash for ids and deterministic shuffles.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// One step of SplitMix64, to stretch a seed into a sequence.
pub fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = x;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(kind: CardKind, prompt: &str, answer: &str) -> Card {
        Card {
            id: CardId("c1".into()),
            kind,
            prompt: prompt.into(),
            answer: answer.into(),
            distractors: vec!["b".into(), "c".into(), "d".into()],
            tags: vec![],
            source: String::new(),
            fact: String::new(),
        }
    }

    #[test]
    fn cloze_prompt_shows_gap_and_fills() {
        let c = card(
            CardKind::Cloze,
            "Stem cells secrete {{growth factors}}.",
            "growth factors",
        );
        assert_eq!(c.learner_prompt(), "Stem cells secrete [...].");
        assert_eq!(c.filled_prompt(), "Stem cells secrete growth factors.");
    }

    #[test]
    fn choices_hold_answer_and_distractors_in_stable_order() {
        let c = card(CardKind::Choice, "Which?", "a");
        let first = c.choices();
        assert_eq!(first.len(), 4);
        let mut sorted = first.clone();
        sorted.sort();
        assert_eq!(sorted, vec!["a", "b", "c", "d"]);
        assert_eq!(first, c.choices());
    }

    #[test]
    fn slugify_makes_ascii_slugs() {
        assert_eq!(slugify("Stem Cells: An Overview"), "stem-cells-an-overview");
        assert_eq!(slugify("  ***  "), "deck");
    }

    #[test]
    fn fresh_card_ids_are_unused_and_deterministic() {
        let mut deck = Deck {
            id: "d".into(),
            title: "D".into(),
            description: String::new(),
            sources: Vec::new(),
            cards: Vec::new(),
        };
        let first = deck.fresh_card_id("What is X?");
        assert_eq!(first, deck.fresh_card_id("What is X?"));
        let mut c = card(CardKind::Question, "What is X?", "Y");
        c.id = first.clone();
        deck.cards.push(c);
        let second = deck.fresh_card_id("What is X?");
        assert_ne!(first, second);
        assert!(second.0.starts_with('h'));
    }
}
