//! The progress store: one SQLite database (through `rusqlite`, SQLite bundled) holding learners,
//! each learner's progress on each card, and the append-only review log.
//!
//! - Decks are the deck files: the store keys progress by deck id and card id
//!   ([`Store::sync_deck`] records a deck's card list), so editing a card keeps its progress.
//! - Every grade is one transaction ([`Store::record`]), committed before the next card is shown;
//!   in WAL mode a crash loses at most the grade being written.
//! - Backups, rotation and recovery from a damaged file live in [`backup`]; the schema and its
//!   migrations in [`migrate`] and the `.sql` files beside it; counts and the exported log in
//!   [`stats`]; the app's preferences in [`prefs`]; classroom drills' results and their CSV in
//!   [`drills`].

pub mod backup;
pub mod drills;
pub mod migrate;
pub mod prefs;
pub mod stats;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use fsrs::MemoryState;
use jiff::{SignedDuration, Timestamp};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use serde::{Deserialize, Serialize};

use crate::deck::{CardId, Deck};
use crate::schedule::queue::{self, Candidate, Candidates, Queue, Today};
use crate::schedule::{Config, DayClock, Grade, Outcome, Phase, Progress, Scheduler};

pub use backup::Recovery;
pub use prefs::{Preferences, Theme};

/// The database's file name inside the data folder.
pub const DB_FILE: &str = "factdeck.db";
/// The name of the learner a newcomer studies as, without creating one.
pub const DEFAULT_LEARNER: &str = "default";

const FLAG_SUSPENDED: i64 = 1;
const FLAG_LEECH: i64 = 2;

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused an operation.
    #[error("{path}: {source}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// A file operation failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The system's error.
        source: std::io::Error,
    },
    /// The database was written by a newer factdeck.
    #[error(
        "{path}: the database is version {found}, newer than this factdeck understands ({supported}); update factdeck"
    )]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// A stored value out of range, named by its table and column.
    #[error("{path}: bad value in {field}: {value}")]
    BadValue {
        /// The database file.
        path: PathBuf,
        /// `table.column`.
        field: &'static str,
        /// The value found.
        value: String,
    },
    /// No learner of that name.
    #[error("no learner named {0:?}")]
    UnknownLearner(String),
    /// Invalid study settings.
    #[error("study settings of deck {deck}: {message}")]
    Settings {
        /// The deck.
        deck: String,
        /// What is wrong.
        message: String,
    },
}

/// Result of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A learner profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Learner {
    /// Row id.
    pub id: i64,
    /// Name, unique ignoring case.
    pub name: String,
    /// FSRS parameters fitted to this learner's history; empty for the defaults.
    pub parameters: Vec<f32>,
    /// How many reviews `parameters` were fitted on.
    pub parameters_reviews: u32,
}

/// What [`Store::sync_deck`] changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Cards new to the store.
    pub added: usize,
    /// Cards no longer in the deck (their history is kept).
    pub removed: usize,
    /// Cards back in the deck after being removed (their progress comes back).
    pub restored: usize,
}

/// A deck's study settings, stored as JSON; missing fields take their defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeckSettings {
    /// Learning steps, in minutes.
    pub learning_steps_mins: Vec<u32>,
    /// Relearning steps, in minutes.
    pub relearning_steps_mins: Vec<u32>,
    /// Desired retention, 0.70-0.99.
    pub desired_retention: f32,
    /// Longest interval, in days.
    pub maximum_interval_days: u32,
    /// New cards a day.
    pub new_per_day: u32,
    /// Reviews a day.
    pub reviews_per_day: u32,
    /// Lapses that make a leech (0: never).
    pub leech_threshold: u32,
}

impl Default for DeckSettings {
    fn default() -> DeckSettings {
        let c = Config::default();
        let mins = |steps: &[SignedDuration]| {
            steps
                .iter()
                .map(|s| u32::try_from(s.as_mins()).unwrap_or(u32::MAX))
                .collect()
        };
        DeckSettings {
            learning_steps_mins: mins(&c.learning_steps),
            relearning_steps_mins: mins(&c.relearning_steps),
            desired_retention: c.desired_retention,
            maximum_interval_days: c.maximum_interval_days,
            new_per_day: c.new_per_day,
            reviews_per_day: c.reviews_per_day,
            leech_threshold: c.leech_threshold,
        }
    }
}

impl DeckSettings {
    /// The scheduler configuration of these settings and a learner's parameters.
    pub fn config(&self, parameters: &[f32]) -> Config {
        let steps = |mins: &[u32]| {
            mins.iter()
                .map(|m| SignedDuration::from_mins(i64::from(*m)))
                .collect()
        };
        Config {
            learning_steps: steps(&self.learning_steps_mins),
            relearning_steps: steps(&self.relearning_steps_mins),
            desired_retention: self.desired_retention,
            maximum_interval_days: self.maximum_interval_days,
            new_per_day: self.new_per_day,
            reviews_per_day: self.reviews_per_day,
            leech_threshold: self.leech_threshold,
            parameters: parameters.to_vec(),
            ..Config::default()
        }
    }
}

/// One grade as logged, with the card's progress before it (for undo).
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// Log row id.
    pub id: i64,
    /// The learner's id.
    pub learner: i64,
    /// The deck.
    pub deck: String,
    /// The card.
    pub card: CardId,
    /// When.
    pub reviewed_at: Timestamp,
    /// The grade.
    pub grade: Grade,
    /// The card's phase before the grade.
    pub state_before: Phase,
    /// Days since the previous review.
    pub elapsed_days: u32,
    /// The delay the grade scheduled.
    pub interval: SignedDuration,
    /// Time spent answering.
    pub duration_ms: u32,
}

/// A grade taken back by [`Store::undo`].
#[derive(Debug, Clone, PartialEq)]
pub struct Undone {
    /// The review removed from the log.
    pub review: Review,
    /// The card's progress, restored to what it was before the grade.
    pub progress: Progress,
}

/// An open store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    backups_dir: PathBuf,
    /// The routine daily check was deferred at opening and has not run yet.
    daily_check_due: bool,
}

/// A store just opened, and what recovery (if any) did to open it.
#[derive(Debug)]
pub struct Opened {
    /// The store.
    pub store: Store,
    /// Set when the database was damaged and set aside.
    pub recovery: Option<Recovery>,
}

impl Store {
    /// Opens (or creates) the store of a data folder: `DIR/factdeck.db`, backups in
    /// `DIR/backups`. A damaged database is set aside and the newest good backup restored
    /// (see [`Opened::recovery`]).
    pub fn open(data_dir: &Path, now: Timestamp) -> Result<Opened> {
        Store::open_file(&data_dir.join(DB_FILE), &data_dir.join("backups"), now)
    }

    /// Opens the store like [`Store::open`], but leaves the routine daily check (seconds on a
    /// large database) to the caller, to run on a [`Store::second_connection`] in the
    /// background; see [`Store::daily_check_due`]. The checks after an unclean exit or reported
    /// damage still run here.
    pub fn open_deferring_daily_check(data_dir: &Path, now: Timestamp) -> Result<Opened> {
        Store::open_file_with(
            &data_dir.join(DB_FILE),
            &data_dir.join("backups"),
            now,
            true,
        )
    }

    /// Opens (or creates) the store in `path`, keeping backups in `backups_dir`.
    pub fn open_file(path: &Path, backups_dir: &Path, now: Timestamp) -> Result<Opened> {
        Store::open_file_with(path, backups_dir, now, false)
    }

    fn open_file_with(
        path: &Path,
        backups_dir: &Path,
        now: Timestamp,
        defer_daily: bool,
    ) -> Result<Opened> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        backup::open_checked(path, backups_dir, now, defer_daily)
    }

    /// Wraps a connection that passed the checks and is migrated.
    fn from_connection(conn: Connection, path: &Path, backups_dir: &Path) -> Store {
        Store {
            conn,
            path: path.to_path_buf(),
            backups_dir: backups_dir.to_path_buf(),
            daily_check_due: false,
        }
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The backups folder.
    pub fn backups_dir(&self) -> &Path {
        &self.backups_dir
    }

    /// Wraps SQLite's errors with the file's path; damage reported by SQLite marks the file for
    /// the full check at the next open.
    fn err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        |source| {
            if backup::is_damage(&source) {
                backup::mark_suspect(&self.path);
            }
            StoreError::Sqlite {
                path: self.path.clone(),
                source,
            }
        }
    }

    /// Runs `f` in one immediate transaction and commits it: the one way progress is written.
    fn transact<T>(&mut self, f: impl FnOnce(&Transaction) -> rusqlite::Result<T>) -> Result<T> {
        let path = self.path.clone();
        let wrap = |source| {
            if backup::is_damage(&source) {
                backup::mark_suspect(&path);
            }
            StoreError::Sqlite {
                path: path.clone(),
                source,
            }
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let value = f(&tx).map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(value)
    }

    /// The connection, for the store's submodules and tests.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    // ----- learners -----

    /// All learners, by name.
    pub fn learners(&self) -> Result<Vec<Learner>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, name, fsrs_params, fsrs_params_reviews FROM learners ORDER BY name",
            )
            .map_err(self.err())?;
        let rows = stmt
            .query_map([], learner_from_row)
            .map_err(self.err())?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.err())?;
        Ok(rows)
    }

    /// The learner of that name, if any (names ignore case).
    pub fn find_learner(&self, name: &str) -> Result<Option<Learner>> {
        self.conn
            .query_row(
                "SELECT id, name, fsrs_params, fsrs_params_reviews FROM learners WHERE name = ?1",
                [name.trim()],
                learner_from_row,
            )
            .optional()
            .map_err(self.err())
    }

    /// The learner of that name, made if it does not exist yet.
    pub fn learner(&mut self, name: &str, now: Timestamp) -> Result<Learner> {
        let name = name.trim();
        let name = if name.is_empty() {
            DEFAULT_LEARNER
        } else {
            name
        };
        if let Some(l) = self.find_learner(name)? {
            return Ok(l);
        }
        self.transact(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO learners (name, created_ms) VALUES (?1, ?2)",
                params![name, now.as_millisecond()],
            )
            .map(drop)
        })?;
        self.find_learner(name)?
            .ok_or_else(|| StoreError::UnknownLearner(name.to_owned()))
    }

    /// Saves FSRS parameters fitted to a learner's history (empty: back to the defaults).
    pub fn set_parameters(&mut self, learner: i64, parameters: &[f32], reviews: u32) -> Result<()> {
        let json = if parameters.is_empty() {
            None
        } else {
            serde_json::to_string(parameters).ok()
        };
        self.transact(|tx| {
            tx.execute(
                "UPDATE learners SET fsrs_params = ?2, fsrs_params_reviews = ?3 WHERE id = ?1",
                params![learner, json, reviews],
            )
            .map(drop)
        })
    }

    // ----- decks and settings -----

    /// Records a deck's card list: new cards are added (new for every learner), cards gone
    /// from the file are marked removed with their history kept, returning cards get their
    /// progress back. Cheap when nothing changed.
    pub fn sync_deck(&mut self, deck: &Deck) -> Result<SyncReport> {
        // Where each card id first appears in the deck. The store's rows are compared with the
        // deck as they are read, borrowing their text: nothing is allocated for a card that
        // has not changed.
        let mut index: HashMap<&str, usize> = HashMap::with_capacity(deck.cards.len());
        for (i, card) in deck.cards.iter().enumerate() {
            index.entry(card.id.0.as_str()).or_insert(i);
        }
        let position_of = |i: usize| i64::try_from(i).unwrap_or(i64::MAX);
        // For each card of the deck the store knows: (same fact and position, removed).
        let mut stored: Vec<Option<(bool, bool)>> = vec![None; deck.cards.len()];
        // Cards the store holds as present that the deck no longer has.
        let mut gone: Vec<String> = Vec::new();
        {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT card, fact, position, removed FROM cards WHERE deck = ?1")
                .map_err(self.err())?;
            let mut read = |row: &rusqlite::Row| -> rusqlite::Result<()> {
                let card = row.get_ref(0)?.as_str()?;
                let removed = row.get::<_, i64>(3)? != 0;
                match index.get(card) {
                    Some(&i) => {
                        let same = row.get_ref(1)?.as_str()? == deck.cards[i].fact
                            && row.get::<_, i64>(2)? == position_of(i);
                        stored[i] = Some((same, removed));
                    }
                    None if !removed => gone.push(card.to_owned()),
                    None => {}
                }
                Ok(())
            };
            let mut rows = stmt.query([&deck.id]).map_err(self.err())?;
            while let Some(row) = rows.next().map_err(self.err())? {
                read(row).map_err(self.err())?;
            }
        }
        let mut report = SyncReport::default();
        let mut changed: Vec<(&str, &str, i64)> = Vec::new();
        for (position, card) in deck.cards.iter().enumerate() {
            let first = index.get(card.id.0.as_str()).copied().unwrap_or(position);
            let change = (
                card.id.0.as_str(),
                card.fact.as_str(),
                position_of(position),
            );
            match stored[first] {
                None => {
                    report.added += 1;
                    changed.push(change);
                }
                Some((same, removed)) => {
                    if removed {
                        report.restored += 1;
                    }
                    // A repeated id (deck files refuse them) is written again, last one kept.
                    if removed || !same || first != position {
                        changed.push(change);
                    }
                }
            }
        }
        report.removed = gone.len();
        let title_changed = self
            .conn
            .query_row("SELECT title FROM decks WHERE id = ?1", [&deck.id], |r| {
                r.get::<_, String>(0)
            })
            .optional()
            .map_err(self.err())?
            .is_none_or(|t| t != deck.title);
        if changed.is_empty() && gone.is_empty() && !title_changed {
            return Ok(report);
        }
        self.transact(|tx| {
            tx.execute(
                "INSERT INTO decks (id, title, cards_version) VALUES (?1, ?2, 1)
                 ON CONFLICT (id) DO UPDATE SET title = ?2, cards_version = cards_version + 1",
                params![deck.id, deck.title],
            )?;
            {
                let mut upsert = tx.prepare_cached(
                    "INSERT INTO cards (deck, card, fact, position, removed) VALUES (?1, ?2, ?3, ?4, 0)
                     ON CONFLICT (deck, card) DO UPDATE SET fact = ?3, position = ?4, removed = 0",
                )?;
                // `learner IN (...)` lets SQLite find each learner's row by the primary key;
                // `WHERE deck AND card` alone scans every progress row, once per card.
                let mut unflag = tx.prepare_cached(
                    "UPDATE progress SET flags = flags & ~4,
                         due_ms = CASE state WHEN 0 THEN ?3 ELSE due_ms END
                     WHERE learner IN (SELECT id FROM learners) AND deck = ?1 AND card = ?2",
                )?;
                for (card, fact, position) in &changed {
                    upsert.execute(params![deck.id, card, fact, position])?;
                    unflag.execute(params![deck.id, card, position])?;
                }
                let mut remove =
                    tx.prepare_cached("UPDATE cards SET removed = 1 WHERE deck = ?1 AND card = ?2")?;
                let mut flag = tx.prepare_cached(
                    "UPDATE progress SET flags = flags | 4
                     WHERE learner IN (SELECT id FROM learners) AND deck = ?1 AND card = ?2",
                )?;
                for card in &gone {
                    remove.execute(params![deck.id, card])?;
                    flag.execute(params![deck.id, card])?;
                }
            }
            Ok(())
        })?;
        Ok(report)
    }

    /// A deck's study settings (the defaults until changed).
    pub fn deck_settings(&self, deck: &str) -> Result<DeckSettings> {
        let json: Option<String> = self
            .conn
            .query_row(
                "SELECT settings FROM deck_settings WHERE deck = ?1",
                [deck],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.err())?;
        match json {
            None => Ok(DeckSettings::default()),
            Some(json) => serde_json::from_str(&json).map_err(|e| StoreError::BadValue {
                path: self.path.clone(),
                field: "deck_settings.settings",
                value: format!("{json} ({e})"),
            }),
        }
    }

    /// Saves a deck's study settings, after checking a scheduler accepts them.
    pub fn set_deck_settings(&mut self, deck: &str, settings: &DeckSettings) -> Result<()> {
        Scheduler::new(settings.config(&[]), DayClock::utc()).map_err(|e| {
            StoreError::Settings {
                deck: deck.to_owned(),
                message: e.to_string(),
            }
        })?;
        let json = serde_json::to_string(settings).map_err(|e| StoreError::Settings {
            deck: deck.to_owned(),
            message: e.to_string(),
        })?;
        self.transact(|tx| {
            tx.execute(
                "INSERT INTO deck_settings (deck, settings) VALUES (?1, ?2)
                 ON CONFLICT (deck) DO UPDATE SET settings = ?2",
                params![deck, json],
            )
            .map(drop)
        })
    }

    /// The hour the study day rolls over (default 4).
    pub fn rollover_hour(&self) -> Result<u8> {
        Ok(self
            .meta("rollover_hour")?
            .and_then(|v| v.parse::<u8>().ok())
            .filter(|h| *h < 24)
            .unwrap_or(4))
    }

    /// Sets the hour the study day rolls over (0-23).
    pub fn set_rollover_hour(&mut self, hour: u8) -> Result<()> {
        self.set_meta("rollover_hour", &hour.min(23).to_string())
    }

    /// The scheduler for a learner studying a deck: the deck's settings, the learner's fitted
    /// parameters (if any) and `clock`.
    pub fn scheduler(&self, learner: &Learner, deck: &str, clock: DayClock) -> Result<Scheduler> {
        let settings = self.deck_settings(deck)?;
        match Scheduler::new(settings.config(&learner.parameters), clock.clone()) {
            Ok(s) => Ok(s),
            // Parameters that no longer load fall back to the defaults rather than blocking study.
            Err(_) if !learner.parameters.is_empty() => Scheduler::new(settings.config(&[]), clock)
                .map_err(|e| StoreError::Settings {
                    deck: deck.to_owned(),
                    message: e.to_string(),
                }),
            Err(e) => Err(StoreError::Settings {
                deck: deck.to_owned(),
                message: e.to_string(),
            }),
        }
    }

    pub(crate) fn meta(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(self.err())
    }

    pub(crate) fn set_meta(&mut self, key: &str, value: &str) -> Result<()> {
        self.transact(|tx| {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = ?2",
                params![key, value],
            )
            .map(drop)
        })
    }

    // ----- progress and the queue -----

    /// Makes sure the learner has a progress row for every card of the deck (new cards start
    /// as new); cheap when the deck has not changed since.
    fn fill_progress(&mut self, learner: i64, deck: &str) -> Result<()> {
        let versions: Option<(i64, Option<i64>)> = self
            .conn
            .prepare_cached(
                "SELECT d.cards_version, ld.cards_version FROM decks d
                 LEFT JOIN learner_decks ld ON ld.deck = d.id AND ld.learner = ?1
                 WHERE d.id = ?2",
            )
            .and_then(|mut stmt| {
                stmt.query_row(params![learner, deck], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()
            })
            .map_err(self.err())?;
        let Some((version, filled)) = versions else {
            return Ok(()); // a deck never synced has no cards
        };
        if filled == Some(version) {
            return Ok(());
        }
        self.transact(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO progress (learner, deck, card, state, due_ms, flags)
                 SELECT ?1, deck, card, 0, position, CASE removed WHEN 0 THEN 0 ELSE 4 END
                 FROM cards WHERE deck = ?2",
                params![learner, deck],
            )?;
            tx.execute(
                "INSERT INTO learner_decks (learner, deck, cards_version) VALUES (?1, ?2, ?3)
                 ON CONFLICT (learner, deck) DO UPDATE SET cards_version = ?3",
                params![learner, deck, version],
            )?;
            Ok(())
        })
    }

    /// A learner's progress on a card (a new card's when never studied).
    pub fn progress(&self, learner: i64, deck: &str, card: &CardId) -> Result<Progress> {
        let row = self
            .conn
            .prepare_cached(&format!(
                "SELECT {PROGRESS_COLUMNS} FROM progress WHERE learner = ?1 AND deck = ?2 AND card = ?3"
            ))
            .map_err(self.err())?
            .query_row(params![learner, deck, card.0], progress_from_row)
            .optional()
            .map_err(self.err())?;
        match row {
            Some(Ok(p)) => Ok(p),
            Some(Err(bad)) => Err(self.bad(bad)),
            None => Ok(Progress::new_card()),
        }
    }

    fn bad(&self, (field, value): (&'static str, String)) -> StoreError {
        StoreError::BadValue {
            path: self.path.clone(),
            field,
            value,
        }
    }

    /// What the learner did today in the deck: new cards seen, reviews done, facts studied.
    pub fn today(
        &self,
        learner: i64,
        deck: &str,
        clock: &DayClock,
        now: Timestamp,
    ) -> Result<Today> {
        let start = clock.day_start(now).as_millisecond();
        let mut today = Today::default();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT r.state_before, count(*) FROM review_log r
                 WHERE r.learner = ?1 AND r.deck = ?2 AND r.reviewed_ms >= ?3
                 GROUP BY r.state_before",
            )
            .map_err(self.err())?;
        let mut rows = stmt
            .query(params![learner, deck, start])
            .map_err(self.err())?;
        while let Some(row) = rows.next().map_err(self.err())? {
            let state: i64 = row.get(0).map_err(self.err())?;
            let count: u32 = row.get(1).map_err(self.err())?;
            match state {
                0 => today.new_done += count,
                2 => today.reviews_done += count,
                _ => {}
            }
        }
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT c.fact FROM review_log r
                 JOIN cards c ON c.deck = r.deck AND c.card = r.card
                 WHERE r.learner = ?1 AND r.deck = ?2 AND r.reviewed_ms >= ?3 AND c.fact != ''",
            )
            .map_err(self.err())?;
        today.facts_seen = stmt
            .query_map(params![learner, deck, start], |r| r.get(0))
            .map_err(self.err())?
            .collect::<rusqlite::Result<_>>()
            .map_err(self.err())?;
        Ok(today)
    }

    /// The day's queue for a learner and deck at `now`.
    pub fn queue(
        &mut self,
        learner: i64,
        deck: &str,
        scheduler: &Scheduler,
        now: Timestamp,
    ) -> Result<Queue> {
        self.fill_progress(learner, deck)?;
        let clock = scheduler.clock();
        let config = scheduler.config();
        let today = self.today(learner, deck, clock, now)?;
        let day_end = clock.day_end(now).as_millisecond();
        // Siblings may be skipped, so fetch a few more than the limits allow.
        let review_room = config.reviews_per_day.saturating_sub(today.reviews_done);
        let new_room = config.new_per_day.saturating_sub(today.new_done);
        let slack = |room: u32| i64::from(room) * 3 + 16;
        let candidates = Candidates {
            learning: self.candidates(
                learner,
                deck,
                "state IN (1, 3) AND p.due_ms < ?3",
                day_end,
                -1,
                now,
            )?,
            reviews: if review_room == 0 {
                Vec::new()
            } else {
                self.candidates(
                    learner,
                    deck,
                    "state = 2 AND p.due_ms < ?3",
                    day_end,
                    slack(review_room),
                    now,
                )?
            },
            new: if new_room == 0 {
                Vec::new()
            } else {
                self.candidates(
                    learner,
                    deck,
                    "state = 0 AND ?3 = ?3",
                    0,
                    slack(new_room),
                    now,
                )?
            },
        };
        Ok(queue::build(candidates, &today, config, clock.day_end(now)))
    }

    /// A queue for studying ahead, when today's is done: reviews due within `days` study days
    /// after today (soonest first, up to the deck's reviews a day) or, when there are none, up
    /// to the deck's new cards a day beyond today's limit. Suspended, buried and removed cards
    /// never come ahead; siblings are still asked once (FSRS takes the early review from the
    /// days actually elapsed).
    pub fn queue_ahead(
        &mut self,
        learner: i64,
        deck: &str,
        scheduler: &Scheduler,
        now: Timestamp,
        days: u32,
    ) -> Result<Queue> {
        self.fill_progress(learner, deck)?;
        let clock = scheduler.clock();
        let config = scheduler.config();
        let horizon = clock
            .day_end(now)
            .checked_add(SignedDuration::from_hours(24 * i64::from(days)))
            .unwrap_or(Timestamp::MAX)
            .as_millisecond();
        let slack = |room: u32| i64::from(room) * 3 + 16;
        let reviews = self.candidates(
            learner,
            deck,
            "state = 2 AND p.due_ms < ?3",
            horizon,
            slack(config.reviews_per_day),
            now,
        )?;
        let new = if reviews.is_empty() {
            self.candidates(
                learner,
                deck,
                "state = 0 AND ?3 = ?3",
                0,
                slack(config.new_per_day),
                now,
            )?
        } else {
            Vec::new()
        };
        let candidates = Candidates {
            learning: Vec::new(),
            reviews,
            new,
        };
        Ok(queue::build(
            candidates,
            &Today::default(),
            config,
            clock.day_end(now),
        ))
    }

    /// When the learner's next card in the deck comes due after `now`: a learning or review
    /// card at its due time, a buried card (new ones too) when it comes back; suspended and
    /// removed cards never. `None` when no card has a time (only new cards, or none).
    pub fn next_due(&self, learner: i64, deck: &str, now: Timestamp) -> Result<Option<Timestamp>> {
        let ms: Option<i64> = self
            .conn
            .prepare_cached(
                "SELECT min(at) FROM (
                     SELECT CASE state WHEN 0 THEN buried_until_ms
                         ELSE max(due_ms, buried_until_ms) END AS at
                     FROM progress
                     WHERE learner = ?1 AND deck = ?2 AND flags & 5 = 0
                 ) WHERE at > ?3",
            )
            .map_err(self.err())?
            .query_row(params![learner, deck, now.as_millisecond()], |r| r.get(0))
            .map_err(self.err())?;
        Ok(ms.and_then(|ms| Timestamp::from_millisecond(ms).ok()))
    }

    fn candidates(
        &self,
        learner: i64,
        deck: &str,
        condition: &str,
        bound: i64,
        limit: i64,
        now: Timestamp,
    ) -> Result<Vec<Candidate>> {
        let sql = format!(
            "SELECT p.card, c.fact, {PROGRESS_COLUMNS_P} FROM progress p
             JOIN cards c ON c.deck = p.deck AND c.card = p.card
             WHERE p.learner = ?1 AND p.deck = ?2 AND p.{condition} AND p.flags & 5 = 0
                 AND p.buried_until_ms <= ?5
             ORDER BY p.state, p.due_ms LIMIT ?4"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(self.err())?;
        let rows = stmt
            .query_map(
                params![learner, deck, bound, limit, now.as_millisecond()],
                |r| {
                    let card: String = r.get(0)?;
                    let fact: String = r.get(1)?;
                    let progress = progress_from_row_at(r, 2)?;
                    Ok((card, fact, progress))
                },
            )
            .map_err(self.err())?;
        let mut out = Vec::new();
        for row in rows {
            let (card, fact, progress) = row.map_err(self.err())?;
            let progress = progress.map_err(|bad| self.bad(bad))?;
            out.push(Candidate {
                card: CardId(card),
                fact,
                progress,
            });
        }
        Ok(out)
    }

    // ----- grading and undo -----

    /// Commits one grade: the card's new progress and the log row, in one transaction, before
    /// the next card is shown. `before` is the progress the outcome was computed from; the
    /// review's time is the outcome's `last_review`. Returns the log row's id (for
    /// [`Store::undo`]).
    pub fn record(
        &mut self,
        learner: i64,
        deck: &str,
        card: &CardId,
        before: &Progress,
        outcome: &Outcome,
        duration_ms: u32,
    ) -> Result<i64> {
        let after = &outcome.progress;
        let reviewed_ms = after
            .last_review
            .unwrap_or(Timestamp::UNIX_EPOCH)
            .as_millisecond();
        let (stability, difficulty) = memory_columns(after.memory);
        let (prev_stability, prev_difficulty) = memory_columns(before.memory);
        self.transact(|tx| {
            tx.prepare_cached(
                "INSERT INTO progress (learner, deck, card, state, due_ms, stability, difficulty,
                     step, reps, lapses, last_review_ms, flags)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                 ON CONFLICT (learner, deck, card) DO UPDATE SET state = ?4, due_ms = ?5,
                     stability = ?6, difficulty = ?7, step = ?8, reps = ?9, lapses = ?10,
                     last_review_ms = ?11, flags = (flags & 4) | ?12",
            )?
            .execute(params![
                learner,
                deck,
                card.0,
                after.phase.code(),
                after.due.as_millisecond(),
                stability,
                difficulty,
                after.step,
                after.reps,
                after.lapses,
                after.last_review.map(Timestamp::as_millisecond),
                flags_of(after),
            ])?;
            tx.prepare_cached(
                "INSERT INTO review_log (learner, deck, card, reviewed_ms, rating, state_before,
                     elapsed_days, interval_ms, duration_ms, stability, difficulty, prev_due_ms,
                     prev_stability, prev_difficulty, prev_step, prev_reps, prev_lapses,
                     prev_last_ms, prev_flags)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18, ?19)",
            )?
            .execute(params![
                learner,
                deck,
                card.0,
                reviewed_ms,
                outcome.grade.rating(),
                before.phase.code(),
                outcome.elapsed_days,
                outcome.interval.as_millis() as i64,
                duration_ms,
                stability,
                difficulty,
                before.due.as_millisecond(),
                prev_stability,
                prev_difficulty,
                before.step,
                before.reps,
                before.lapses,
                before.last_review.map(Timestamp::as_millisecond),
                flags_of(before),
            ])?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Takes back a grade: removes its log row and restores the card's progress exactly as it
    /// was before. Only the card's latest grade can be taken back (undo goes back in order).
    /// `None` when there is no such review or a later one of the card exists.
    pub fn undo(&mut self, review_id: i64) -> Result<Option<Undone>> {
        let Some((review, progress)) = self.logged(review_id)? else {
            return Ok(None);
        };
        let latest: Option<i64> = self
            .conn
            .query_row(
                "SELECT max(id) FROM review_log WHERE learner = ?1 AND deck = ?2 AND card = ?3",
                params![review.learner, review.deck, review.card.0],
                |r| r.get(0),
            )
            .map_err(self.err())?;
        if latest != Some(review_id) {
            return Ok(None);
        }
        let (stability, difficulty) = memory_columns(progress.memory);
        self.transact(|tx| {
            // A card that goes back to new takes its place in the deck's order again.
            tx.execute(
                "UPDATE progress SET state = ?4,
                     due_ms = CASE ?4 WHEN 0 THEN coalesce(
                         (SELECT position FROM cards WHERE deck = ?2 AND card = ?3), 0) ELSE ?5 END,
                     stability = ?6, difficulty = ?7,
                     step = ?8, reps = ?9, lapses = ?10, last_review_ms = ?11,
                     flags = (flags & 4) | ?12
                 WHERE learner = ?1 AND deck = ?2 AND card = ?3",
                params![
                    review.learner,
                    review.deck,
                    review.card.0,
                    progress.phase.code(),
                    progress.due.as_millisecond(),
                    stability,
                    difficulty,
                    progress.step,
                    progress.reps,
                    progress.lapses,
                    progress.last_review.map(Timestamp::as_millisecond),
                    flags_of(&progress),
                ],
            )?;
            tx.execute("DELETE FROM review_log WHERE id = ?1", [review_id])?;
            Ok(())
        })?;
        Ok(Some(Undone { review, progress }))
    }

    /// Takes back the learner's most recent grade, whatever the deck.
    pub fn undo_last(&mut self, learner: i64) -> Result<Option<Undone>> {
        let last: Option<i64> = self
            .conn
            .query_row(
                // `+learner` walks the log from its newest row instead of the learner's whole
                // index: the latest grade is near the end.
                "SELECT id FROM review_log WHERE +learner = ?1 ORDER BY id DESC LIMIT 1",
                [learner],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.err())?;
        match last {
            Some(id) => self.undo(id),
            None => Ok(None),
        }
    }

    /// A logged review and the progress its card had before it.
    fn logged(&self, review_id: i64) -> Result<Option<(Review, Progress)>> {
        let row = self
            .conn
            .query_row(
                &format!(
                    "SELECT {REVIEW_COLUMNS}, prev_due_ms, prev_stability, prev_difficulty,
                     prev_step, prev_reps, prev_lapses, prev_last_ms, prev_flags
                 FROM review_log WHERE id = ?1"
                ),
                [review_id],
                |r| {
                    let review = review_from_row(r)?;
                    let before = progress_fields(
                        review
                            .as_ref()
                            .map_or(0, |rv| i64::from(rv.state_before.code())),
                        r.get(10)?,
                        r.get(11)?,
                        r.get(12)?,
                        r.get(13)?,
                        r.get(14)?,
                        r.get(15)?,
                        r.get(16)?,
                        r.get(17)?,
                    );
                    Ok((review, before))
                },
            )
            .optional()
            .map_err(self.err())?;
        match row {
            None => Ok(None),
            Some((review, before)) => {
                let review = review.map_err(|bad| self.bad(bad))?;
                let before = before.map_err(|bad| self.bad(bad))?;
                Ok(Some((review, before)))
            }
        }
    }

    /// A learner's review log, oldest first (all decks, or one).
    pub fn reviews(&self, learner: i64, deck: Option<&str>) -> Result<Vec<Review>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {REVIEW_COLUMNS} FROM review_log
                 WHERE learner = ?1 AND (?2 IS NULL OR deck = ?2) ORDER BY id"
            ))
            .map_err(self.err())?;
        let rows = stmt
            .query_map(params![learner, deck], review_from_row)
            .map_err(self.err())?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row.map_err(self.err())?.map_err(|bad| self.bad(bad))?);
        }
        Ok(out)
    }

    /// Takes a card out of study, or puts it back (clearing its leech mark).
    pub fn set_suspended(
        &mut self,
        learner: i64,
        deck: &str,
        card: &CardId,
        suspended: bool,
    ) -> Result<()> {
        self.fill_progress(learner, deck)?;
        self.transact(|tx| {
            let sql = if suspended {
                "UPDATE progress SET flags = flags | 1 WHERE learner = ?1 AND deck = ?2 AND card = ?3"
            } else {
                "UPDATE progress SET flags = flags & ~3 WHERE learner = ?1 AND deck = ?2 AND card = ?3"
            };
            tx.execute(sql, params![learner, deck, card.0]).map(drop)
        })
    }

    /// Buries a card until `until` (the end of the study day, from [`DayClock::day_end`]): it
    /// leaves today's queue and comes back by itself at the next study day. Its siblings (cards
    /// of the same fact) are buried with it, so the fact is not asked today through another
    /// card. Returns the siblings buried.
    pub fn bury(
        &mut self,
        learner: i64,
        deck: &str,
        card: &CardId,
        until: Timestamp,
    ) -> Result<Vec<CardId>> {
        self.fill_progress(learner, deck)?;
        let until = until.as_millisecond();
        self.transact(|tx| {
            tx.execute(
                "UPDATE progress SET buried_until_ms = ?4
                 WHERE learner = ?1 AND deck = ?2 AND card = ?3",
                params![learner, deck, card.0, until],
            )?;
            let mut siblings = Vec::new();
            {
                let mut stmt = tx.prepare_cached(
                    "SELECT c.card FROM cards c
                     JOIN cards me ON me.deck = c.deck AND me.card = ?3
                     WHERE c.deck = ?2 AND c.card != ?3 AND c.removed = 0 AND me.fact != ''
                         AND c.fact = me.fact
                     ORDER BY c.position",
                )?;
                let rows = stmt.query_map(params![learner, deck, card.0], |r| r.get(0))?;
                for row in rows {
                    siblings.push(CardId(row?));
                }
            }
            let mut update = tx.prepare_cached(
                "UPDATE progress SET buried_until_ms = max(buried_until_ms, ?4)
                 WHERE learner = ?1 AND deck = ?2 AND card = ?3",
            )?;
            for sibling in &siblings {
                update.execute(params![learner, deck, sibling.0, until])?;
            }
            Ok(siblings)
        })
    }

    /// Takes cards out of burial at once (undoing [`Store::bury`]).
    pub fn unbury(&mut self, learner: i64, deck: &str, cards: &[CardId]) -> Result<()> {
        self.transact(|tx| {
            let mut update = tx.prepare_cached(
                "UPDATE progress SET buried_until_ms = 0
                 WHERE learner = ?1 AND deck = ?2 AND card = ?3",
            )?;
            for card in cards {
                update.execute(params![learner, deck, card.0])?;
            }
            Ok(())
        })
    }

    /// How long SQLite waits for another copy of factdeck holding the write lock.
    pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
}

/// Columns read by [`progress_from_row`], in order.
const PROGRESS_COLUMNS: &str =
    "state, due_ms, stability, difficulty, step, reps, lapses, last_review_ms, flags";
const PROGRESS_COLUMNS_P: &str = "p.state, p.due_ms, p.stability, p.difficulty, p.step, p.reps, \
     p.lapses, p.last_review_ms, p.flags";
/// Columns read by [`review_from_row`], in order.
const REVIEW_COLUMNS: &str = "id, learner, deck, card, reviewed_ms, rating, state_before, \
     elapsed_days, interval_ms, duration_ms";

type BadValue = (&'static str, String);

fn learner_from_row(r: &rusqlite::Row) -> rusqlite::Result<Learner> {
    let params: Option<String> = r.get(2)?;
    Ok(Learner {
        id: r.get(0)?,
        name: r.get(1)?,
        parameters: params
            .and_then(|p| serde_json::from_str(&p).ok())
            .unwrap_or_default(),
        parameters_reviews: r.get::<_, i64>(3)?.clamp(0, i64::from(u32::MAX)) as u32,
    })
}

fn progress_from_row(r: &rusqlite::Row) -> rusqlite::Result<Result<Progress, BadValue>> {
    progress_from_row_at(r, 0)
}

fn progress_from_row_at(
    r: &rusqlite::Row,
    at: usize,
) -> rusqlite::Result<Result<Progress, BadValue>> {
    Ok(progress_fields(
        r.get(at)?,
        r.get(at + 1)?,
        r.get(at + 2)?,
        r.get(at + 3)?,
        r.get(at + 4)?,
        r.get(at + 5)?,
        r.get(at + 6)?,
        r.get(at + 7)?,
        r.get(at + 8)?,
    ))
}

#[allow(clippy::too_many_arguments)]
fn progress_fields(
    state: i64,
    due_ms: i64,
    stability: Option<f64>,
    difficulty: Option<f64>,
    step: i64,
    reps: i64,
    lapses: i64,
    last_review_ms: Option<i64>,
    flags: i64,
) -> Result<Progress, BadValue> {
    let phase = u8::try_from(state)
        .ok()
        .and_then(Phase::from_code)
        .ok_or(("progress.state", state.to_string()))?;
    let ts = |field, ms: i64| Timestamp::from_millisecond(ms).map_err(|_| (field, ms.to_string()));
    let count = |field, n: i64| u32::try_from(n).map_err(|_| (field, n.to_string()));
    let memory = match (stability, difficulty) {
        (Some(s), Some(d)) => Some(MemoryState {
            stability: s as f32,
            difficulty: d as f32,
        }),
        _ => None,
    };
    Ok(Progress {
        phase,
        // A new card's due_ms is its position in the deck, not a time.
        due: if phase == Phase::New {
            Timestamp::UNIX_EPOCH
        } else {
            ts("progress.due_ms", due_ms)?
        },
        memory,
        step: count("progress.step", step)?,
        reps: count("progress.reps", reps)?,
        lapses: count("progress.lapses", lapses)?,
        last_review: last_review_ms
            .map(|ms| ts("progress.last_review_ms", ms))
            .transpose()?,
        suspended: flags & FLAG_SUSPENDED != 0,
        leech: flags & FLAG_LEECH != 0,
    })
}

fn review_from_row(r: &rusqlite::Row) -> rusqlite::Result<Result<Review, BadValue>> {
    let rating: i64 = r.get(5)?;
    let state: i64 = r.get(6)?;
    let reviewed_ms: i64 = r.get(4)?;
    let elapsed: i64 = r.get(7)?;
    let interval_ms: i64 = r.get(8)?;
    let duration: i64 = r.get(9)?;
    let (id, learner, deck, card): (i64, i64, String, String) =
        (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
    Ok((|| {
        Ok(Review {
            id,
            learner,
            deck,
            card: CardId(card),
            reviewed_at: Timestamp::from_millisecond(reviewed_ms)
                .map_err(|_| ("review_log.reviewed_ms", reviewed_ms.to_string()))?,
            grade: u8::try_from(rating)
                .ok()
                .and_then(Grade::from_rating)
                .ok_or(("review_log.rating", rating.to_string()))?,
            state_before: u8::try_from(state)
                .ok()
                .and_then(Phase::from_code)
                .ok_or(("review_log.state_before", state.to_string()))?,
            elapsed_days: u32::try_from(elapsed)
                .map_err(|_| ("review_log.elapsed_days", elapsed.to_string()))?,
            interval: SignedDuration::from_millis(interval_ms),
            duration_ms: u32::try_from(duration)
                .map_err(|_| ("review_log.duration_ms", duration.to_string()))?,
        })
    })())
}

fn memory_columns(memory: Option<MemoryState>) -> (Option<f64>, Option<f64>) {
    match memory {
        Some(m) => (Some(f64::from(m.stability)), Some(f64::from(m.difficulty))),
        None => (None, None),
    }
}

fn flags_of(p: &Progress) -> i64 {
    let mut flags = 0;
    if p.suspended {
        flags |= FLAG_SUSPENDED;
    }
    if p.leech {
        flags |= FLAG_LEECH;
    }
    flags
}

#[cfg(test)]
mod tests;
