//! Properties of the generator on arbitrary input: it never panics, it is deterministic, and
//! every deck it makes passes the deck file's own validation and survives a save/load.

use factdeck::deck::{Deck, format::validate};
use factdeck::generate::{Document, Options, generate};
use proptest::prelude::*;

const EXTENSIONS: [&str; 6] = ["txt", "md", "html", "htm", "pdf", "markdown"];

/// Words that trigger the fact patterns, so random text reaches the deep parts of the pipeline.
const VOCAB: &[&str] = &[
    "is",
    "are",
    "a",
    "the",
    "called",
    "characterized",
    "by",
    "caused",
    "such",
    "as",
    "including",
    "and",
    "or",
    "can",
    "capable",
    "of",
    "leads",
    "to",
    "results",
    "in",
    "because",
    "(MSCs)",
    "mesenchymal",
    "stem",
    "cells",
    "liver",
    "It",
    "They",
    "These",
    "secrete",
    "Fig.",
    "10.2",
    "e.g.",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "-",
    "\"",
    "'",
    "(",
    ")",
    "{{",
    "}}",
    "\n",
    "\n\n",
    "# ",
    "<p>",
    "</p>",
    "<h1>",
    "&amp;",
    "\u{00AD}",
    "ﬁ",
    "—",
    "3.5",
    "mm",
    "which",
    "that",
    // Openers and cues the clause finder reads past (a label, "Remember that", adverbs,
    // quantifiers, a participle phrase), so their edges are reached too.
    "Remember",
    "remember",
    "So",
    "Most",
    "A:",
    "Specifically",
    "There",
    "When",
    "Developed",
    "named",
    "whether",
    "No",
    "make",
    "up",
];

fn wordy_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCAB), 0..200).prop_map(|w| w.join(" "))
}

fn check(name: &str, bytes: &[u8]) {
    let doc = Document { name, bytes };
    match generate(&[doc], &Options::default()) {
        Ok(deck) => {
            validate(name, &deck).expect("generated deck is valid");
            let again = generate(&[doc], &Options::default()).expect("second run");
            assert_eq!(deck, again, "deterministic");
            let text = deck.to_toml();
            let back = Deck::from_toml_str(name, &text).expect("loads back");
            assert_eq!(back, deck);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), ext in 0usize..6) {
        check(&format!("doc.{}", EXTENSIONS[ext]), &bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,600}", ext in 0usize..6) {
        check(&format!("doc.{}", EXTENSIONS[ext]), text.as_bytes());
    }

    #[test]
    fn pattern_heavy_text_gives_valid_decks(text in wordy_text(), ext in 0usize..4) {
        check(&format!("doc.{}", EXTENSIONS[ext]), text.as_bytes());
    }
}
