//! The day's queue for one deck and learner: learning cards due now first, then reviews due
//! today, then new cards, within the daily limits, with siblings (cards of one fact) buried so
//! one fact is asked once a day.
//!
//! The store supplies the candidates (with their progress) and what was already done today; this
//! module only decides, so it is tested without a database.

use std::collections::HashSet;

use jiff::Timestamp;

use super::{Config, Phase, Progress};
use crate::deck::CardId;

/// A card that may be studied today.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The card.
    pub card: CardId,
    /// Its sibling key (cards of one fact share it; empty for none).
    pub fact: String,
    /// The learner's progress on it.
    pub progress: Progress,
}

/// What the learner already did today in this deck.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Today {
    /// New cards already shown for the first time.
    pub new_done: u32,
    /// Review cards already graded.
    pub reviews_done: u32,
    /// Facts of the cards graded today: their siblings wait for another day.
    pub facts_seen: HashSet<String>,
}

/// The candidates, as the store found them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Candidates {
    /// Cards in learning or relearning (not suspended), any due time.
    pub learning: Vec<Candidate>,
    /// Review cards (not suspended) due before the day ends, earliest first.
    pub reviews: Vec<Candidate>,
    /// New cards in deck order, at least as many as the new-card limit allows plus siblings.
    pub new: Vec<Candidate>,
}

/// The day's queue.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Queue {
    /// Learning and relearning cards, earliest due first (some may be due later today).
    pub learning: Vec<Candidate>,
    /// Reviews to do today, in order.
    pub reviews: Vec<Candidate>,
    /// New cards to introduce today, in order.
    pub new: Vec<Candidate>,
}

/// Counts shown above the card: as in Anki, new / learning / review.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    /// New cards left today.
    pub new: usize,
    /// Learning cards due today (now or later).
    pub learning: usize,
    /// Reviews left today.
    pub review: usize,
}

impl QueueCounts {
    /// All cards left today.
    pub fn total(&self) -> usize {
        self.new + self.learning + self.review
    }
}

/// Builds the day's queue from the candidates, the limits in `config` and what was done today.
/// `day_end` is when the study day ends: learning cards due after it wait for tomorrow.
pub fn build(candidates: Candidates, today: &Today, config: &Config, day_end: Timestamp) -> Queue {
    let mut facts_taken: HashSet<String> = today.facts_seen.clone();
    let mut learning: Vec<Candidate> = candidates
        .learning
        .into_iter()
        .filter(|c| !c.progress.suspended && c.progress.phase.is_learning())
        .filter(|c| c.progress.due < day_end)
        .collect();
    learning.sort_by_key(|c| c.progress.due);
    for c in &learning {
        if !c.fact.is_empty() {
            facts_taken.insert(c.fact.clone());
        }
    }
    let mut take = |pool: Vec<Candidate>, phase: Phase, room: u32| -> Vec<Candidate> {
        let mut kept = Vec::new();
        for c in pool {
            if kept.len() >= room as usize {
                break;
            }
            if c.progress.suspended || c.progress.phase != phase {
                continue;
            }
            if !c.fact.is_empty() && !facts_taken.insert(c.fact.clone()) {
                continue; // a sibling is already studied today
            }
            kept.push(c);
        }
        kept
    };
    let review_room = config.reviews_per_day.saturating_sub(today.reviews_done);
    let reviews = take(candidates.reviews, Phase::Review, review_room);
    let new_room = config.new_per_day.saturating_sub(today.new_done);
    let new = take(candidates.new, Phase::New, new_room);
    Queue {
        learning,
        reviews,
        new,
    }
}

impl Queue {
    /// The card to show at `now`: a learning card that is due, else the next review, else the
    /// next new card, else a learning card due within the learn-ahead window. `None` when the
    /// day is done (or only learning cards due later remain: see [`Queue::next_due`]).
    pub fn next(&self, now: Timestamp, config: &Config) -> Option<&Candidate> {
        if let Some(first) = self.learning.first()
            && first.progress.due <= now
        {
            return Some(first);
        }
        if let Some(review) = self.reviews.first() {
            return Some(review);
        }
        if let Some(new) = self.new.first() {
            return Some(new);
        }
        let ahead = now.checked_add(config.learn_ahead).unwrap_or(now);
        self.learning.first().filter(|c| c.progress.due <= ahead)
    }

    /// When the next learning card comes due, if any is left today.
    pub fn next_due(&self) -> Option<Timestamp> {
        self.learning.first().map(|c| c.progress.due)
    }

    /// How many cards are left, by kind.
    pub fn counts(&self) -> QueueCounts {
        QueueCounts {
            new: self.new.len(),
            learning: self.learning.len(),
            review: self.reviews.len(),
        }
    }

    /// Takes a card out of the queue (after it was graded); `None` if it is not in it.
    pub fn take(&mut self, card: &CardId) -> Option<Candidate> {
        for list in [&mut self.learning, &mut self.reviews, &mut self.new] {
            if let Some(i) = list.iter().position(|c| &c.card == card) {
                return Some(list.remove(i));
            }
        }
        None
    }

    /// Puts a card (back) among the learning cards, in order of due time.
    pub fn add_learning(&mut self, card: Candidate) {
        let at = self
            .learning
            .partition_point(|c| c.progress.due <= card.progress.due);
        self.learning.insert(at, card);
    }

    /// Nothing at all is left today.
    pub fn is_empty(&self) -> bool {
        self.counts().total() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn card(id: &str, fact: &str, phase: Phase, due: &str) -> Candidate {
        Candidate {
            card: CardId(id.to_owned()),
            fact: fact.to_owned(),
            progress: Progress {
                phase,
                due: at(due),
                ..Progress::new_card()
            },
        }
    }

    fn ids(cards: &[Candidate]) -> Vec<&str> {
        cards.iter().map(|c| c.card.0.as_str()).collect()
    }

    const NOW: &str = "2026-03-10T12:00:00Z";
    const END: &str = "2026-03-11T04:00:00Z";

    #[test]
    fn learning_then_reviews_then_new() {
        let candidates = Candidates {
            learning: vec![
                card("l2", "", Phase::Learning, "2026-03-10T12:05:00Z"),
                card("l1", "", Phase::Relearning, "2026-03-10T11:59:00Z"),
            ],
            reviews: vec![card("r1", "", Phase::Review, "2026-03-09T10:00:00Z")],
            new: vec![card("n1", "", Phase::New, "1970-01-01T00:00:00Z")],
        };
        let config = Config::default();
        let mut queue = build(candidates, &Today::default(), &config, at(END));
        assert_eq!(ids(&queue.learning), ["l1", "l2"]);
        let now = at(NOW);
        assert_eq!(queue.next(now, &config).unwrap().card.0, "l1");
        queue.learning.remove(0);
        // l2 is not due yet: reviews come first, then new cards, then l2 by learning ahead.
        assert_eq!(queue.next(now, &config).unwrap().card.0, "r1");
        queue.reviews.clear();
        assert_eq!(queue.next(now, &config).unwrap().card.0, "n1");
        queue.new.clear();
        assert_eq!(queue.next(now, &config).unwrap().card.0, "l2");
        let later = Config {
            learn_ahead: SignedDuration::from_mins(1),
            ..Config::default()
        };
        assert_eq!(queue.next(now, &later), None);
        assert_eq!(queue.next_due(), Some(at("2026-03-10T12:05:00Z")));
    }

    #[test]
    fn daily_limits_count_what_was_done_today() {
        let new = (0..30)
            .map(|i| card(&format!("n{i}"), "", Phase::New, "1970-01-01T00:00:00Z"))
            .collect();
        let reviews = (0..300)
            .map(|i| card(&format!("r{i}"), "", Phase::Review, "2026-03-10T00:00:00Z"))
            .collect();
        let candidates = Candidates {
            learning: Vec::new(),
            reviews,
            new,
        };
        let today = Today {
            new_done: 5,
            reviews_done: 50,
            ..Today::default()
        };
        let queue = build(candidates, &today, &Config::default(), at(END));
        assert_eq!(queue.new.len(), 15);
        assert_eq!(queue.reviews.len(), 150);
        assert_eq!(queue.counts().total(), 165);
        assert_eq!(ids(&queue.new)[..2], ["n0", "n1"]);
    }

    #[test]
    fn siblings_are_buried() {
        let candidates = Candidates {
            learning: vec![card("l", "fact-a", Phase::Learning, NOW)],
            reviews: vec![
                card("r-a", "fact-a", Phase::Review, NOW),
                card("r-b", "fact-b", Phase::Review, NOW),
                card("r-b2", "fact-b", Phase::Review, NOW),
            ],
            new: vec![
                card("n-c", "fact-c", Phase::New, NOW),
                card("n-b", "fact-b", Phase::New, NOW),
                card("n-d", "", Phase::New, NOW),
                card("n-e", "", Phase::New, NOW),
            ],
        };
        let today = Today {
            facts_seen: HashSet::from(["fact-c".to_owned()]),
            ..Today::default()
        };
        let queue = build(candidates, &today, &Config::default(), at(END));
        assert_eq!(ids(&queue.reviews), ["r-b"]);
        assert_eq!(ids(&queue.new), ["n-d", "n-e"]);
    }

    #[test]
    fn suspended_and_tomorrows_learning_cards_wait() {
        let mut suspended = card("s", "", Phase::Review, NOW);
        suspended.progress.suspended = true;
        let candidates = Candidates {
            learning: vec![card(
                "tomorrow",
                "",
                Phase::Learning,
                "2026-03-11T05:00:00Z",
            )],
            reviews: vec![suspended],
            new: Vec::new(),
        };
        let queue = build(candidates, &Today::default(), &Config::default(), at(END));
        assert!(queue.is_empty());
        assert_eq!(queue.next(at(NOW), &Config::default()), None);
    }
}
