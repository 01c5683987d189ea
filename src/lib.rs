//! factdeck turns documents into flashcard decks and teaches them with spaced repetition.
//!
//! This library is the core: the deck model and file format ([`deck`]) and the deck generator
//! ([`generate`]). It knows nothing of windows or terminals; the binary (`src/main.rs`) is a thin
//! command line over it.

pub mod deck;
pub mod generate;
