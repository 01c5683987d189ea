//! A study session: one learner working through one deck's queue for the day. The terminal
//! (`factdeck study`) and the app drive the same session; it holds no window and reads no clock.

use jiff::Timestamp;

use crate::deck::{Card, CardId, Deck, fnv1a64};
use crate::schedule::queue::{Queue, QueueCounts};
use crate::schedule::{Choices, DayClock, Grade, Outcome, Progress, Scheduler};
use crate::store::{Learner, Result, Store, SyncReport, Undone};

/// The card being studied and what each grade would do.
#[derive(Debug, Clone)]
pub struct Current<'a> {
    /// The card.
    pub card: &'a Card,
    /// The learner's progress on it.
    pub progress: &'a Progress,
    /// The outcome of each grade (the buttons' interval previews).
    pub choices: Choices,
}

/// What a grade did.
#[derive(Debug, Clone)]
pub struct Graded {
    /// The outcome committed.
    pub outcome: Outcome,
    /// The log row (for undo).
    pub review_id: i64,
}

/// What [`Session::bury_current`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Buried {
    /// The card buried (back at the next study day).
    pub card: CardId,
    /// Its siblings (cards of the same fact), buried with it; often none.
    pub siblings: Vec<CardId>,
}

/// One learner studying one deck.
#[derive(Debug)]
pub struct Session {
    deck: Deck,
    learner: Learner,
    scheduler: Scheduler,
    queue: Queue,
    undo_stack: Vec<i64>,
    /// When the study day the queue was built for ends.
    day_end: Timestamp,
    /// What syncing the deck's card list with the store changed.
    pub sync: SyncReport,
}

/// The fuzz seed of a card's next grade: fixed for the card and its review count, so the
/// previewed interval is the one given.
pub fn fuzz_seed(deck: &str, card: &str, reps: u32) -> u64 {
    fnv1a64(format!("{deck}\u{1f}{card}").as_bytes()) ^ u64::from(reps)
}

impl Session {
    /// Starts studying `deck` as the learner `learner_name` (made if new) at `now`.
    pub fn start(
        store: &mut Store,
        deck: Deck,
        learner_name: &str,
        clock: DayClock,
        now: Timestamp,
    ) -> Result<Session> {
        let sync = store.sync_deck(&deck)?;
        let learner = store.learner(learner_name, now)?;
        let scheduler = store.scheduler(&learner, &deck.id, clock)?;
        let queue = store.queue(learner.id, &deck.id, &scheduler, now)?;
        let day_end = scheduler.clock().day_end(now);
        Ok(Session {
            deck,
            learner,
            scheduler,
            queue,
            undo_stack: Vec::new(),
            day_end,
            sync,
        })
    }

    /// The deck.
    pub fn deck(&self) -> &Deck {
        &self.deck
    }

    /// The learner.
    pub fn learner(&self) -> &Learner {
        &self.learner
    }

    /// The scheduler in use.
    pub fn scheduler(&self) -> &Scheduler {
        &self.scheduler
    }

    /// Cards left today, by kind.
    pub fn counts(&self) -> QueueCounts {
        self.queue.counts()
    }

    /// When the next learning card comes due, when only those are left for later today.
    pub fn next_due(&self) -> Option<Timestamp> {
        self.queue.next_due()
    }

    /// The card to show at `now`, or `None` when nothing is due (the day is done, or learning
    /// cards come due later: see [`Session::next_due`]).
    pub fn current(&self, now: Timestamp) -> Option<Current<'_>> {
        let candidate = self.queue.next(now, self.scheduler.config())?;
        let card = self.deck.card(&candidate.card)?;
        let seed = fuzz_seed(&self.deck.id, &card.id.0, candidate.progress.reps);
        Some(Current {
            card,
            progress: &candidate.progress,
            choices: self.scheduler.preview(&candidate.progress, now, seed),
        })
    }

    /// Grades the current card, commits it, and moves on. `None` when no card is due.
    pub fn grade(
        &mut self,
        store: &mut Store,
        grade: Grade,
        now: Timestamp,
        duration_ms: u32,
    ) -> Result<Option<Graded>> {
        let Some(current) = self.current(now) else {
            return Ok(None);
        };
        let card = current.card.id.clone();
        let before = current.progress.clone();
        let outcome = current.choices.into_outcome(grade);
        let review_id = store.record(
            self.learner.id,
            &self.deck.id,
            &card,
            &before,
            &outcome,
            duration_ms,
        )?;
        self.undo_stack.push(review_id);
        self.advance(store, &card, &outcome, now)?;
        Ok(Some(Graded { outcome, review_id }))
    }

    /// Takes back this session's last grade (repeatable, back to the session's start).
    pub fn undo(&mut self, store: &mut Store, now: Timestamp) -> Result<Option<Undone>> {
        let Some(id) = self.undo_stack.pop() else {
            return Ok(None);
        };
        let undone = store.undo(id)?;
        self.refresh(store, now)?;
        Ok(undone)
    }

    /// Grades this session can take back.
    pub fn undo_depth(&self) -> usize {
        self.undo_stack.len()
    }

    /// Takes the current card out of study (until it is unsuspended) and moves on. Returns the
    /// card suspended; `None` when no card is due.
    pub fn suspend_current(&mut self, store: &mut Store, now: Timestamp) -> Result<Option<CardId>> {
        let Some(card) = self.current(now).map(|c| c.card.id.clone()) else {
            return Ok(None);
        };
        store.set_suspended(self.learner.id, &self.deck.id, &card, true)?;
        self.set_aside(store, std::slice::from_ref(&card), now)?;
        Ok(Some(card))
    }

    /// Puts a card suspended by [`Session::suspend_current`] back into study (and into the
    /// queue when it is due).
    pub fn unsuspend(&mut self, store: &mut Store, card: &CardId, now: Timestamp) -> Result<()> {
        store.set_suspended(self.learner.id, &self.deck.id, card, false)?;
        self.refresh(store, now)
    }

    /// Buries the current card and its siblings until the study day ends, and moves on; they
    /// come back by themselves at the next study day. `None` when no card is due.
    pub fn bury_current(&mut self, store: &mut Store, now: Timestamp) -> Result<Option<Buried>> {
        let Some(card) = self.current(now).map(|c| c.card.id.clone()) else {
            return Ok(None);
        };
        let until = self.scheduler.clock().day_end(now);
        let siblings = store.bury(self.learner.id, &self.deck.id, &card, until)?;
        let mut gone = siblings.clone();
        gone.push(card.clone());
        self.set_aside(store, &gone, now)?;
        Ok(Some(Buried { card, siblings }))
    }

    /// Takes back [`Session::bury_current`]: the cards come back today.
    pub fn unbury(&mut self, store: &mut Store, buried: &Buried, now: Timestamp) -> Result<()> {
        let mut cards = buried.siblings.clone();
        cards.push(buried.card.clone());
        store.unbury(self.learner.id, &self.deck.id, &cards)?;
        self.refresh(store, now)
    }

    /// Cards suspended or buried leave the queue; an empty queue is rebuilt from the store.
    fn set_aside(&mut self, store: &mut Store, cards: &[CardId], now: Timestamp) -> Result<()> {
        for card in cards {
            self.queue.take(card);
        }
        if self.queue.is_empty() || now >= self.day_end {
            self.refresh(store, now)?;
        }
        Ok(())
    }

    /// Studies ahead when today's queue is done: reviews due within the next `days` study days
    /// (soonest first) or, when there are none, more new cards beyond today's limit. Replaces
    /// the queue and returns its counts (all zero when nothing is left to study at all; see
    /// [`Session::next_card_due`]).
    pub fn study_ahead(
        &mut self,
        store: &mut Store,
        now: Timestamp,
        days: u32,
    ) -> Result<QueueCounts> {
        let mut queue =
            store.queue_ahead(self.learner.id, &self.deck.id, &self.scheduler, now, days)?;
        if !queue.is_empty() {
            // Learning cards due later today stay in the queue.
            queue.learning = std::mem::take(&mut self.queue.learning);
            self.queue = queue;
            self.day_end = self.scheduler.clock().day_end(now);
        }
        Ok(self.queue.counts())
    }

    /// What [`Session::study_ahead`] would give, without changing the queue.
    pub fn ahead_counts(
        &self,
        store: &mut Store,
        now: Timestamp,
        days: u32,
    ) -> Result<QueueCounts> {
        let queue =
            store.queue_ahead(self.learner.id, &self.deck.id, &self.scheduler, now, days)?;
        Ok(queue.counts())
    }

    /// When the next card of the deck comes due after `now` (`None`: no card has a due time).
    pub fn next_card_due(&self, store: &Store, now: Timestamp) -> Result<Option<Timestamp>> {
        store.next_due(self.learner.id, &self.deck.id, now)
    }

    /// Puts an edited card in place of the card with its id (the progress is kept: it is keyed
    /// by the id). Returns false when the deck has no card with that id.
    pub fn replace_card(&mut self, card: Card) -> bool {
        match self.deck.cards.iter_mut().find(|c| c.id == card.id) {
            Some(slot) => {
                *slot = card;
                true
            }
            None => false,
        }
    }

    /// Rebuilds the queue from the store (after an undo, or when the day rolls over).
    pub fn refresh(&mut self, store: &mut Store, now: Timestamp) -> Result<()> {
        self.queue = store.queue(self.learner.id, &self.deck.id, &self.scheduler, now)?;
        self.day_end = self.scheduler.clock().day_end(now);
        Ok(())
    }

    /// Moves the queue on after a committed grade without going back to the store: the graded
    /// card leaves its list and, if it is due again today, joins the learning cards. The limits
    /// and buried siblings were settled when the queue was built. A new study day, or an empty
    /// queue, rebuilds it from the store.
    fn advance(
        &mut self,
        store: &mut Store,
        card: &CardId,
        outcome: &Outcome,
        now: Timestamp,
    ) -> Result<()> {
        if now >= self.day_end {
            return self.refresh(store, now);
        }
        let Some(mut graded) = self.queue.take(card) else {
            return self.refresh(store, now);
        };
        let after = &outcome.progress;
        if after.phase.is_learning() && !after.suspended && after.due < self.day_end {
            graded.progress = after.clone();
            self.queue.add_learning(graded);
        }
        if self.queue.is_empty() {
            return self.refresh(store, now);
        }
        Ok(())
    }
}
