//! Quizzes: a learner testing themselves on a deck, outside spaced review.
//!
//! [`question`] makes the questions (shared with the classroom drill) and [`matching`] checks
//! typed answers; [`Quiz`] keeps one run: the answers, the score, the time and the cards
//! missed, which can go into today's review graded Again ([`add_to_review`]) or be quizzed
//! again ([`Quiz::again`]). The core reads no clock: times come in as arguments.

pub mod matching;
pub mod question;
pub mod text;

use std::collections::BTreeSet;
use std::time::Duration;

use jiff::Timestamp;

use crate::deck::{CardId, Deck};
use crate::schedule::{DayClock, Grade};
use crate::store::{Result, Store};
use crate::study::fuzz_seed;
use matching::{Verdict, check_with};
use question::{Format, Question};

/// What the learner answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// The index of the option picked (multiple choice, true/false).
    Option(usize),
    /// The text typed.
    Typed(String),
}

/// One question answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    /// What was answered.
    pub response: Response,
    /// Whether it counts as right.
    pub right: bool,
    /// For a typed answer, how it matched (an accepted typo, or what was missed).
    pub verdict: Option<Verdict>,
    /// How long the learner took.
    pub elapsed: Duration,
}

/// A quiz's score so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    /// Questions answered right.
    pub right: usize,
    /// Questions answered.
    pub answered: usize,
    /// Questions in the quiz.
    pub total: usize,
}

impl Score {
    /// Right answers as a whole percentage of the questions (0 for an empty quiz).
    pub fn percent(&self) -> u32 {
        (self.right * 100 + self.total / 2)
            .checked_div(self.total)
            .map_or(0, |p| p as u32)
    }
}

/// One run of a quiz on a deck.
#[derive(Debug, Clone)]
pub struct Quiz {
    deck_id: String,
    formats: Vec<Format>,
    seed: u64,
    questions: Vec<Question>,
    answers: Vec<Option<Answered>>,
    /// Words of the deck, for telling a typo from another term ([`check_with`]).
    vocabulary: Vec<String>,
}

impl Quiz {
    /// Up to `count` questions on `deck` in `formats`, chosen by `seed` (see
    /// [`question::build`]).
    pub fn new(deck: &Deck, formats: &[Format], count: usize, seed: u64) -> Quiz {
        let questions = question::build(deck, formats, count, seed);
        Quiz::with_questions(deck, formats, seed, questions)
    }

    fn with_questions(
        deck: &Deck,
        formats: &[Format],
        seed: u64,
        questions: Vec<Question>,
    ) -> Quiz {
        Quiz {
            deck_id: deck.id.clone(),
            formats: formats.to_vec(),
            seed,
            answers: vec![None; questions.len()],
            questions,
            vocabulary: vocabulary(deck),
        }
    }

    /// A new quiz on just the cards missed in this one, in the same formats; the order and
    /// formats come from `seed`.
    pub fn again(&self, deck: &Deck, seed: u64) -> Quiz {
        let questions = question::build_for(deck, &self.missed(), &self.formats, seed);
        Quiz::with_questions(deck, &self.formats, seed, questions)
    }

    /// The deck's id.
    pub fn deck_id(&self) -> &str {
        &self.deck_id
    }

    /// The formats asked for.
    pub fn formats(&self) -> &[Format] {
        &self.formats
    }

    /// The seed the questions were made with.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The questions, in order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// How many questions.
    pub fn len(&self) -> usize {
        self.questions.len()
    }

    /// Whether there are no questions (the deck gave none in these formats).
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// Answers question `index`; the first answer stands (answering again returns it
    /// unchanged). `None` for an index out of range, or an option that is not one.
    pub fn answer(
        &mut self,
        index: usize,
        response: Response,
        elapsed: Duration,
    ) -> Option<&Answered> {
        let question = self.questions.get(index)?;
        if self.answers.get(index)?.is_some() {
            return self.answers.get(index)?.as_ref();
        }
        let (right, verdict) = match &response {
            Response::Option(i) => {
                if *i >= question.options.len() {
                    return None;
                }
                (question.is_correct_option(*i), None)
            }
            Response::Typed(text) => {
                let known: Vec<&str> = self.vocabulary.iter().map(String::as_str).collect();
                let verdict = check_with(&question.answer, text, &known);
                (verdict.is_right(), Some(verdict))
            }
        };
        let slot = self.answers.get_mut(index)?;
        *slot = Some(Answered {
            response,
            right,
            verdict,
            elapsed,
        });
        slot.as_ref()
    }

    /// The answer given to question `index`, if any.
    pub fn answered(&self, index: usize) -> Option<&Answered> {
        self.answers.get(index)?.as_ref()
    }

    /// The first question not answered yet; `None` when all are.
    pub fn next_unanswered(&self) -> Option<usize> {
        self.answers.iter().position(Option::is_none)
    }

    /// Whether every question is answered.
    pub fn is_done(&self) -> bool {
        self.next_unanswered().is_none()
    }

    /// The score so far.
    pub fn score(&self) -> Score {
        let answered = self.answers.iter().flatten();
        Score {
            right: answered.clone().filter(|a| a.right).count(),
            answered: answered.count(),
            total: self.questions.len(),
        }
    }

    /// The cards answered wrong, in question order, each once.
    pub fn missed(&self) -> Vec<CardId> {
        let mut seen = BTreeSet::new();
        self.questions
            .iter()
            .zip(&self.answers)
            .filter(|(_, a)| a.as_ref().is_some_and(|a| !a.right))
            .filter(|(q, _)| seen.insert(q.card.clone()))
            .map(|(q, _)| q.card.clone())
            .collect()
    }

    /// The questions answered wrong, with their answers, in order.
    pub fn missed_questions(&self) -> Vec<(&Question, &Answered)> {
        self.questions
            .iter()
            .zip(&self.answers)
            .filter_map(|(q, a)| a.as_ref().filter(|a| !a.right).map(|a| (q, a)))
            .collect()
    }

    /// Time spent answering, summed over the questions answered.
    pub fn duration(&self) -> Duration {
        self.answers.iter().flatten().map(|a| a.elapsed).sum()
    }

    /// How long question `index` took (zero when not answered).
    pub fn elapsed(&self, index: usize) -> Duration {
        self.answered(index).map_or(Duration::ZERO, |a| a.elapsed)
    }

    /// The missed cards with the time each took, for [`add_to_review`].
    pub fn missed_with_time(&self) -> Vec<(CardId, Duration)> {
        self.missed()
            .into_iter()
            .map(|card| {
                let time = self
                    .questions
                    .iter()
                    .position(|q| q.card == card)
                    .map_or(Duration::ZERO, |i| self.elapsed(i));
                (card, time)
            })
            .collect()
    }
}

/// The deck's words of five letters or more, folded, sorted and each once.
fn vocabulary(deck: &Deck) -> Vec<String> {
    let mut words = BTreeSet::new();
    for card in &deck.cards {
        for text in [&card.answer, &card.source, &card.prompt] {
            for word in text::fold(text).split_whitespace() {
                if word.chars().count() >= 5 {
                    words.insert(word.to_string());
                }
            }
        }
    }
    words.into_iter().collect()
}

/// What [`add_to_review`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddedToReview {
    /// Cards graded Again (each now in learning or relearning, due again today).
    pub graded: usize,
    /// Cards skipped: not in the deck any more, or suspended by the learner.
    pub skipped: usize,
}

/// Puts `cards` of `deck` into the learner's review today: each is graded Again at `now`
/// through the real scheduler and committed like a study grade (progress and review log, one
/// transaction each), so it comes back in today's learning queue. Each card comes with its time
/// in the quiz, for the log. Suspended cards stay suspended and are skipped.
pub fn add_to_review(
    store: &mut Store,
    deck: &Deck,
    learner_name: &str,
    cards: &[(CardId, Duration)],
    clock: DayClock,
    now: Timestamp,
) -> Result<AddedToReview> {
    store.sync_deck(deck)?;
    let learner = store.learner(learner_name, now)?;
    let scheduler = store.scheduler(&learner, &deck.id, clock)?;
    let mut added = AddedToReview::default();
    for (card, duration) in cards {
        if deck.card(card).is_none() {
            added.skipped += 1;
            continue;
        }
        let before = store.progress(learner.id, &deck.id, card)?;
        if before.suspended {
            added.skipped += 1;
            continue;
        }
        let seed = fuzz_seed(&deck.id, &card.0, before.reps);
        let outcome = scheduler.answer(&before, Grade::Again, now, seed);
        let duration_ms = u32::try_from(duration.as_millis()).unwrap_or(u32::MAX);
        store.record(learner.id, &deck.id, card, &before, &outcome, duration_ms)?;
        added.graded += 1;
    }
    Ok(added)
}

#[cfg(test)]
mod tests;
