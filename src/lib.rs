//! factdeck turns documents into flashcard decks and teaches them with spaced repetition.
//!
//! This library is the core: the deck model and file format ([`deck`]), the deck generator
//! ([`generate`]) and its file-reading front ([`import`]), FSRS scheduling ([`schedule`]), the
//! SQLite progress store ([`store`]), study sessions ([`study`]), quizzes ([`quiz`]) and classroom drills ([`drill`]). None of them knows a window or reads the clock; the desktop app
//! ([`app`], the only module that knows the window toolkit) and the command line (`src/main.rs`) are thin
//! shells over them.
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
pub mod drill;
pub mod generate;
pub mod import;
pub mod quiz;
pub mod schedule;
pub mod stats;
pub mod store;
pub mod study;

pub mod app;
