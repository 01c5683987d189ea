//! factdeck turns documents into flashcard decks and teaches them with spaced repetition.
//!
//! This library is the core: the deck model and file format ([`deck`]) and the deck generator
//! ([`generate`]). It knows nothing of windows or terminals; the binary (`src/main.rs`) is a thin
//! command line over it.
//!
//! ```
//! use factdeck::generate::{Document, Options, generate};
//!
//! let text = "# Cells\n\nMitochondria are the organelles that release energy from food.\n";
//! let doc = Document { name: "cells.md", bytes: text.as_bytes() };
//! let deck = generate(&[doc], &Options::default())?;
//! assert_eq!(deck.title, "Cells");
//! let card = &deck.cards[0];
//! assert_eq!(card.learner_prompt(), "What are the organelles that release energy from food?");
//! assert_eq!(card.answer, "Mitochondria");
//! # Ok::<(), factdeck::generate::GenerateError>(())
//! ```

pub mod deck;
pub mod generate;
pub mod schedule;
pub mod store;
pub mod study;

pub mod app;
