//! Quizzes: a learner testing themselves on a deck, outside spaced review.
//!
//! [`question`] makes the questions (shared with the classroom drill) and [`matching`] checks
//! typed answers. The core reads no clock: times come in as arguments.

pub mod matching;
pub mod question;
pub mod text;
