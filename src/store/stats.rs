//! Counts for the statistics screen and `factdeck stats`, and the review log exported as the CSV
//! the FSRS optimizer reads.

use std::io::Write;

use jiff::{SignedDuration, Timestamp};
use rusqlite::params;
use serde::Serialize;

use super::{Learner, Result, Store, StoreError};
use crate::schedule::optimize::ReviewEvent;
use crate::schedule::{DayClock, Phase};
use crate::stats::{self, CardState, LogEntry, ModelInfo, Total};

/// One learner's standing in one deck.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeckStats {
    /// The deck's id.
    pub deck: String,
    /// The learner's name.
    pub learner: String,
    /// Cards never studied.
    pub new: u64,
    /// Cards in learning or relearning.
    pub learning: u64,
    /// Cards due today: reviews due before the day ends, and learning cards.
    pub due_today: u64,
    /// Cards taken out of study (leeches among them).
    pub suspended: u64,
    /// All cards of the deck (removed ones not counted).
    pub total: u64,
    /// Grades given today.
    pub reviews_today: u64,
    /// Share of reviews of learned cards recalled (not Again) over the last 30 days; `None`
    /// when there were none.
    pub retention_30d: Option<f64>,
    /// Reviews of learned cards over the last 30 days (what `retention_30d` is measured on).
    pub retention_reviews_30d: u64,
}

/// The statistics read the grades of this many last days one by one (the retention's longest
/// window is 30 days); older ones come from the per-quarter-hour totals.
pub const RAW_DAYS: i64 = 31;
/// A quarter hour, in milliseconds: the totals' unit (see migration 005).
const QUARTER_MS: i64 = 900_000;

impl Store {
    /// A learner's counts in a deck at `now`.
    pub fn deck_stats(
        &mut self,
        learner: &Learner,
        deck: &str,
        clock: &DayClock,
        now: Timestamp,
    ) -> Result<DeckStats> {
        self.fill_progress(learner.id, deck)?;
        let day_end = clock.day_end(now).as_millisecond();
        let day_start = clock.day_start(now).as_millisecond();
        let month_ago = now
            .checked_sub(SignedDuration::from_hours(24 * 30))
            .unwrap_or(now)
            .as_millisecond();
        let (new, learning, due_today, suspended, total) = self
            .conn()
            .prepare_cached(
                "SELECT
                     coalesce(sum(state = 0 AND flags & 1 = 0 AND buried_until_ms <= ?4), 0),
                     coalesce(sum(state IN (1, 3) AND flags & 1 = 0 AND buried_until_ms <= ?4), 0),
                     coalesce(sum(state IN (1, 2, 3) AND flags & 1 = 0 AND due_ms < ?3
                         AND buried_until_ms <= ?4), 0),
                     coalesce(sum(flags & 1 != 0), 0),
                     count(*)
                 FROM progress WHERE learner = ?1 AND deck = ?2 AND flags & 4 = 0",
            )
            .map_err(self.err())?
            .query_row(
                params![learner.id, deck, day_end, now.as_millisecond()],
                |r| Ok((n(r, 0)?, n(r, 1)?, n(r, 2)?, n(r, 3)?, n(r, 4)?)),
            )
            .map_err(self.err())?;
        let reviews_today: u64 = self
            .conn()
            .prepare_cached(
                "SELECT count(*) FROM review_log
                 WHERE learner = ?1 AND deck = ?2 AND reviewed_ms >= ?3",
            )
            .map_err(self.err())?
            .query_row(params![learner.id, deck, day_start], |r| n(r, 0))
            .map_err(self.err())?;
        let (recalled, reviewed): (u64, u64) = self
            .conn()
            .prepare_cached(
                "SELECT coalesce(sum(rating > 1), 0), count(*) FROM review_log
                 WHERE learner = ?1 AND deck = ?2 AND reviewed_ms >= ?3 AND state_before = 2",
            )
            .map_err(self.err())?
            .query_row(params![learner.id, deck, month_ago], |r| {
                Ok((n(r, 0)?, n(r, 1)?))
            })
            .map_err(self.err())?;
        Ok(DeckStats {
            deck: deck.to_owned(),
            learner: learner.name.clone(),
            new,
            learning,
            due_today,
            suspended,
            total,
            reviews_today,
            retention_30d: (reviewed > 0).then(|| recalled as f64 / reviewed as f64),
            retention_reviews_30d: reviewed,
        })
    }

    /// Whether the learner has ever graded a card of the deck.
    pub fn has_reviews(&self, learner: i64, deck: &str) -> Result<bool> {
        self.conn()
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM review_log WHERE learner = ?1 AND deck = ?2)",
            )
            .map_err(self.err())?
            .query_row(params![learner, deck], |r| r.get(0))
            .map_err(self.err())
    }

    /// A learner's history in the form the optimizer takes (cards numbered by deck and id).
    pub fn review_events(&self, learner: i64) -> Result<Vec<ReviewEvent>> {
        Ok(self
            .reviews(learner, None)?
            .into_iter()
            .map(|r| ReviewEvent {
                card: card_number(&r.deck, &r.card.0),
                at: r.reviewed_at,
                rating: r.grade.rating(),
            })
            .collect())
    }

    /// Writes a learner's review log as CSV, oldest first: the columns the FSRS optimizer reads
    /// (`card_id,review_time,review_rating,review_state,review_duration`; time and duration in
    /// milliseconds; state 0 new, 1 learning, 2 review, 3 relearning), then the deck and card
    /// ids as they appear in the deck file. Returns the number of reviews written.
    pub fn export_log(&self, learner: i64, out: &mut dyn Write) -> Result<u64> {
        let io = |source| StoreError::Io {
            path: "review log CSV".into(),
            source,
        };
        writeln!(
            out,
            "card_id,review_time,review_rating,review_state,review_duration,deck,card"
        )
        .map_err(io)?;
        let mut n = 0;
        for r in self.reviews(learner, None)? {
            writeln!(
                out,
                "{},{},{},{},{},{},{}",
                card_number(&r.deck, &r.card.0),
                r.reviewed_at.as_millisecond(),
                r.grade.rating(),
                r.state_before.code(),
                r.duration_ms,
                csv_field(&r.deck),
                csv_field(&r.card.0),
            )
            .map_err(io)?;
            n += 1;
        }
        Ok(n)
    }
}

impl Store {
    /// What [`stats::compute`] needs for a learner over some decks at `now`: their cards
    /// (removed ones left out), the grades given in them (those of the last [`RAW_DAYS`] one by
    /// one, the older ones as totals per quarter hour), the decks' desired retention (their
    /// mean) and the learner's memory model.
    pub fn stats_input(
        &mut self,
        learner: &Learner,
        decks: &[String],
        now: Timestamp,
    ) -> Result<stats::Input> {
        let from = now.as_millisecond() - RAW_DAYS * 86_400_000;
        // On a quarter hour, so each quarter is wholly in the totals or wholly in the log.
        self.stats_input_from(learner, decks, from - from.rem_euclid(QUARTER_MS))
    }

    /// [`Store::stats_input`] with the grades from `raw_from_ms` on read one by one (a
    /// multiple of a quarter hour; `i64::MIN` reads every grade one by one).
    pub(crate) fn stats_input_from(
        &mut self,
        learner: &Learner,
        decks: &[String],
        raw_from_ms: i64,
    ) -> Result<stats::Input> {
        let mut input = stats::Input {
            model: self.model_info(learner)?,
            ..stats::Input::default()
        };
        let mut retention = 0.0f32;
        for deck in decks {
            self.fill_progress(learner.id, deck)?;
            retention += self.deck_settings(deck)?.desired_retention;
            let mut cards = self
                .conn()
                .prepare_cached(
                    "SELECT state, due_ms, stability, difficulty, flags FROM progress
                     WHERE learner = ?1 AND deck = ?2 AND flags & 4 = 0",
                )
                .map_err(self.err())?;
            let rows = cards
                .query_map(params![learner.id, deck], |r| {
                    let flags: i64 = r.get(4)?;
                    Ok(CardState {
                        phase: phase(r.get(0)?),
                        due_ms: r.get(1)?,
                        stability: r.get::<_, Option<f64>>(2)?.map(|s| s as f32),
                        difficulty: r.get::<_, Option<f64>>(3)?.map(|d| d as f32),
                        suspended: flags & 1 != 0,
                    })
                })
                .map_err(self.err())?;
            for row in rows {
                input.cards.push(row.map_err(self.err())?);
            }
        }
        // The recent log one grade at a time, the older one in totals per quarter hour: both
        // through their deck's index.
        let entry = |r: &rusqlite::Row| -> rusqlite::Result<LogEntry> {
            Ok(LogEntry {
                at_ms: r.get(0)?,
                rating: u8::try_from(r.get::<_, i64>(1)?.clamp(1, 4)).unwrap_or(1),
                state_before: phase(r.get(2)?),
                duration_ms: u32::try_from(r.get::<_, i64>(3)?.max(0)).unwrap_or(u32::MAX),
                last_interval_ms: r.get::<_, Option<i64>>(4)?.unwrap_or(0).max(0),
            })
        };
        let total = |r: &rusqlite::Row| -> rusqlite::Result<Total> {
            Ok(Total {
                at_ms: r.get::<_, i64>(0)?.saturating_mul(QUARTER_MS),
                rating: u8::try_from(r.get::<_, i64>(1)?.clamp(1, 4)).unwrap_or(1),
                reviews: u32::try_from(r.get::<_, i64>(2)?.max(0)).unwrap_or(u32::MAX),
                duration_ms: u64::try_from(r.get::<_, i64>(3)?.max(0)).unwrap_or(0),
            })
        };
        let raw_from_quarter = raw_from_ms.div_euclid(QUARTER_MS);
        for deck in decks {
            let mut stmt = self
                .conn()
                .prepare_cached(
                    "SELECT reviewed_ms, rating, state_before, duration_ms,
                         prev_due_ms - coalesce(prev_last_ms, prev_due_ms)
                     FROM review_log WHERE learner = ?1 AND deck = ?2 AND reviewed_ms >= ?3",
                )
                .map_err(self.err())?;
            let mut rows = stmt
                .query(params![learner.id, deck, raw_from_ms])
                .map_err(self.err())?;
            while let Some(r) = rows.next().map_err(self.err())? {
                input.log.push(entry(r).map_err(self.err())?);
            }
            if raw_from_ms == i64::MIN {
                continue;
            }
            let mut stmt = self
                .conn()
                .prepare_cached(
                    "SELECT quarter, rating, reviews, duration_ms FROM review_totals
                     WHERE learner = ?1 AND deck = ?2 AND quarter < ?3",
                )
                .map_err(self.err())?;
            let mut rows = stmt
                .query(params![learner.id, deck, raw_from_quarter])
                .map_err(self.err())?;
            while let Some(r) = rows.next().map_err(self.err())? {
                input.totals.push(total(r).map_err(self.err())?);
            }
        }
        input.desired_retention = if decks.is_empty() {
            crate::store::DeckSettings::default().desired_retention
        } else {
            retention / decks.len() as f32
        };
        Ok(input)
    }

    /// Whether the learner's own parameters are in use, on how many reviews and when they
    /// were fitted.
    pub fn model_info(&self, learner: &Learner) -> Result<ModelInfo> {
        let own = !learner.parameters.is_empty();
        Ok(ModelInfo {
            own_parameters: own,
            fitted_reviews: if own { learner.parameters_reviews } else { 0 },
            fitted_at: if own {
                self.parameters_fitted_at(learner.id)?
            } else {
                None
            },
        })
    }

    /// When the learner's parameters were fitted, if recorded (parameters fitted before this
    /// was kept have no time).
    pub fn parameters_fitted_at(&self, learner: i64) -> Result<Option<Timestamp>> {
        Ok(self
            .meta(&fitted_key(learner))?
            .and_then(|ms| ms.parse::<i64>().ok())
            .and_then(|ms| Timestamp::from_millisecond(ms).ok()))
    }

    /// Saves parameters fitted to a learner's history at `at` (see [`Store::set_parameters`]),
    /// and when.
    pub fn save_fit(
        &mut self,
        learner: i64,
        parameters: &[f32],
        reviews: u32,
        at: Timestamp,
    ) -> Result<()> {
        self.set_parameters(learner, parameters, reviews)?;
        self.set_meta(&fitted_key(learner), &at.as_millisecond().to_string())
    }
}

/// The `meta` key holding when a learner's parameters were fitted.
fn fitted_key(learner: i64) -> String {
    format!("fsrs_fitted_ms.{learner}")
}

/// A stored phase code (an unknown one reads as new).
fn phase(code: i64) -> Phase {
    u8::try_from(code)
        .ok()
        .and_then(Phase::from_code)
        .unwrap_or(Phase::New)
}

/// A card's number for the optimizer: a stable 53-bit hash of deck and card id (tools that read
/// numbers as floating point keep it exact).
pub fn card_number(deck: &str, card: &str) -> i64 {
    let key = format!("{deck}\u{1f}{card}");
    (crate::deck::fnv1a64(key.as_bytes()) & ((1 << 53) - 1)) as i64
}

/// A count column.
fn n(row: &rusqlite::Row, at: usize) -> rusqlite::Result<u64> {
    Ok(u64::try_from(row.get::<_, i64>(at)?).unwrap_or(0))
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
