//! Progress-store speed and memory at the scale of a heavy user: 100,000 cards in 10 decks of
//! 10,000, and 1,000,000 logged reviews.
//!
//! Run with `cargo bench --bench store`, or name some benchmarks: `cargo bench --bench store --
//! grade`. Times come from divan; divan's allocation profiler reports `max alloc`, the peak of
//! Rust heap bytes held at once during one run. SQLite allocates outside Rust's allocator, so
//! each benchmark also prints SQLite's own heap high-water mark and the process's peak resident
//! set (`VmHWM`, reset before the benchmark; memory freed by earlier benchmarks of the same run
//! may still be resident, so run one benchmark alone for its own figure).
//!
//! What is measured (a fixed clock, 2026-03-10 12:00 UTC, the day rolling over at 04:00 UTC):
//!
//! 1. Opening and today's queue (target 8 ms). `open_queue`: `Store::open`, the default learner,
//!    the deck's scheduler and today's queue of one 10,000-card deck. `open_session_start`: the
//!    same through `Session::start`, which also compares the deck's card list with the store's
//!    (`sync_unchanged_deck` alone). Both open a store whose daily integrity check has run (it is
//!    opened once first); `open_integrity_check` is an open that runs the full
//!    `PRAGMA integrity_check`, as the first open of each day does.
//! 2. One grade, committed (target 0.25 ms median). `grade_session`: `Session::grade`, which
//!    commits (one transaction; WAL, synchronous=NORMAL: durable against a process crash) and
//!    builds the queue again from the store (`queue_rebuild` alone); `grade_record_only`:
//!    `Scheduler::answer` and `Store::record`. Both print the spread of their calls: the commit
//!    that runs SQLite's WAL checkpoint is far slower than the others.
//! 3. Adding cards (target 1 s). `sync_new_decks`: `Store::sync_deck` of 10 new decks, 100,000
//!    cards, into a new store; `first_queues`: the first queue of each, which fills the default
//!    learner's 100,000 progress rows; `sync_new_deck_into_big_store`: one more 10,000-card deck
//!    into the 1,000,000-review store.
//! 4. Memory (target 100 MB): the figures above, printed by every benchmark.
//!
//! The 1,000,000-review store (about 250 MB) is built once, in about 15 s, and kept in
//! `target/bench-store/` (rebuilt when `FIXTURE_VERSION` changes; delete the folder to rebuild
//! it); each benchmark works on its own copy, removed afterwards. It is made as the app makes it:
//! `Store::open` (migrations, pragmas), `Store::sync_deck` of the 10 decks, their settings, and a
//! first queue of each (the default learner's progress rows); then the history is written with
//! direct SQL in one transaction, rows exactly as `Store::record` writes them, and the progress
//! rows updated to where the history left them. The history is a simulated learner studying
//! every deck every day (one day in twenty skipped) from 05:00 UTC through the real `Scheduler`
//! (FSRS defaults, learning steps of 1 and 10 minutes, siblings buried, daily limits raised to 25
//! new cards and 300 reviews a deck, which is what a million reviews in about a year takes), with
//! grades drawn from a fixed seed (about 90% recalled in review). It stops at the 1,000,000th
//! review, and the whole history is shifted by whole days so that review falls on the
//! benchmark's day, before noon: some decks are done for today, the others have reviews due,
//! some cards are in learning, most are in review, a few are new.

use std::cell::{Cell, RefCell};
use std::time::Instant;

use factdeck::schedule::Grade;
use factdeck::store::{DEFAULT_LEARNER, Store};
use factdeck::study::{Session, fuzz_seed};
use jiff::{SignedDuration, Timestamp};

mod common;
use common::*;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

// ----- memory reports -----

/// Memory figures taken around one benchmark: the process's peak resident set (reset before)
/// and SQLite's own heap high-water mark (SQLite allocates outside Rust's allocator).
struct MemoryWatch {
    rss_at_start: Option<f64>,
}

impl MemoryWatch {
    fn start() -> MemoryWatch {
        // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux).
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        sqlite_heap(true);
        MemoryWatch {
            rss_at_start: proc_status_mb("VmRSS:"),
        }
    }

    fn report(self, what: &str) {
        let mb = |v: Option<f64>| v.map_or("unknown".to_owned(), |v| format!("{v:.1} MB"));
        let (_, sqlite_peak) = sqlite_heap(false);
        eprintln!(
            "{what}: peak RSS {} (process; {} before), SQLite heap high-water {:.1} MB",
            mb(proc_status_mb("VmHWM:")),
            mb(self.rss_at_start),
            sqlite_peak as f64 / 1_048_576.0
        );
    }
}

/// A memory figure of /proc/self/status, in MB.
fn proc_status_mb(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb = status.lines().find_map(|l| l.strip_prefix(field))?;
    let kb: f64 = kb.trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb / 1024.0)
}

/// Per-call latencies, timed beside divan's samples, to show the spread: a commit that runs
/// SQLite's WAL checkpoint (every 1,000 pages written) is far slower than the others.
#[derive(Default)]
struct Latencies(Vec<std::time::Duration>);

impl Latencies {
    fn time<T>(&mut self, f: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let value = f();
        self.0.push(started.elapsed());
        value
    }

    fn report(mut self, what: &str) {
        if self.0.is_empty() {
            return;
        }
        self.0.sort();
        let at = |q: f64| self.0[((self.0.len() - 1) as f64 * q).round() as usize];
        let slow = self.0.iter().filter(|d| d.as_millis() >= 10).count();
        let total: std::time::Duration = self.0.iter().sum();
        eprintln!(
            "{what}: {} calls, p50 {:?}, p90 {:?}, p99 {:?}, max {:?}, mean {:?}; {slow} took 10 ms or more",
            self.0.len(),
            at(0.5),
            at(0.9),
            at(0.99),
            at(1.0),
            total / self.0.len() as u32,
        );
    }
}

/// SQLite's heap in use and its high-water mark, in bytes; `reset` starts a new high-water mark.
fn sqlite_heap(reset: bool) -> (i64, i64) {
    let (mut current, mut high) = (0i64, 0i64);
    // SAFETY: sqlite3_status64 only writes the two integers it is given pointers to.
    unsafe {
        rusqlite::ffi::sqlite3_status64(
            rusqlite::ffi::SQLITE_STATUS_MEMORY_USED,
            &mut current,
            &mut high,
            i32::from(reset),
        );
    }
    (current, high)
}

// ----- 1. opening and today's queue -----

#[divan::bench(sample_count = 100, sample_size = 1)]
fn open_queue(bencher: divan::Bencher) {
    let copy = fixture_copy();
    let deck_id = factdeck::deck::slugify(TOPICS[STUDIED_DECK]);
    let watch = MemoryWatch::start();
    let mut shown = false;
    bencher.bench_local(|| {
        let mut store = Store::open(copy.path(), now()).expect("opens").store;
        let learner = store.learner(DEFAULT_LEARNER, now()).expect("learner");
        let scheduler = store
            .scheduler(&learner, &deck_id, clock())
            .expect("scheduler");
        let queue = store
            .queue(learner.id, &deck_id, &scheduler, now())
            .expect("queue");
        if !shown {
            shown = true;
            let c = queue.counts();
            eprintln!(
                "open_queue: today's queue of {deck_id}: {} new, {} learning, {} review",
                c.new, c.learning, c.review
            );
        }
        (store, queue)
    });
    watch.report("open_queue");
}

#[divan::bench(sample_count = 100, sample_size = 1)]
fn open_session_start(bencher: divan::Bencher) {
    let copy = fixture_copy();
    let deck = bench_deck(STUDIED_DECK);
    let watch = MemoryWatch::start();
    bencher
        .with_inputs(|| deck.clone())
        .bench_local_values(|deck| {
            let mut store = Store::open(copy.path(), now()).expect("opens").store;
            let session = Session::start(&mut store, deck, DEFAULT_LEARNER, clock(), now())
                .expect("starts a session");
            (store, session)
        });
    watch.report("open_session_start");
}

/// Today's queue built again on an open store: what `Session::grade` does after each commit.
#[divan::bench(sample_count = 300, sample_size = 1)]
fn queue_rebuild(bencher: divan::Bencher) {
    let copy = fixture_copy();
    let mut store = Store::open(copy.path(), now()).expect("opens").store;
    let deck_id = factdeck::deck::slugify(TOPICS[STUDIED_DECK]);
    let learner = store.learner(DEFAULT_LEARNER, now()).expect("learner");
    let scheduler = store
        .scheduler(&learner, &deck_id, clock())
        .expect("scheduler");
    let watch = MemoryWatch::start();
    bencher.bench_local(|| {
        store
            .queue(learner.id, &deck_id, &scheduler, now())
            .expect("queue")
    });
    watch.report("queue_rebuild");
}

/// What `Session::start` adds to `open_queue`: comparing the deck's card list with the store's
/// (nothing changed, so nothing is written).
#[divan::bench(sample_count = 100, sample_size = 1)]
fn sync_unchanged_deck(bencher: divan::Bencher) {
    let copy = fixture_copy();
    let mut store = Store::open(copy.path(), now()).expect("opens").store;
    let deck = bench_deck(STUDIED_DECK);
    let watch = MemoryWatch::start();
    bencher.bench_local(|| {
        let report = store.sync_deck(&deck).expect("syncs");
        assert_eq!(report, Default::default(), "nothing changed");
    });
    watch.report("sync_unchanged_deck");
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn open_integrity_check(bencher: divan::Bencher) {
    let copy = fixture_copy();
    let watch = MemoryWatch::start();
    // Each open is a day later than the last, so each runs the day's full check.
    let day = Cell::new(0i64);
    bencher.bench_local(|| {
        day.set(day.get() + 1);
        let at = now() + SignedDuration::from_hours(25 * day.get());
        Store::open(copy.path(), at).expect("opens").store
    });
    watch.report("open_integrity_check");
}

// ----- 2. grading -----

/// Gives grades in a fixed pattern: mostly Good, some Again, Hard and Easy.
fn grade_of(n: u64) -> Grade {
    match n % 10 {
        2 => Grade::Again,
        5 => Grade::Hard,
        8 => Grade::Easy,
        _ => Grade::Good,
    }
}

/// The grading benchmark's state: the deck being studied, its session, the clock, grades given.
struct Grading {
    deck: usize,
    session: Option<Session>,
    at: Timestamp,
    given: u64,
}

impl Grading {
    /// Moves the clock on a few seconds (as between answers) and makes sure a card is due,
    /// starting the next deck's session when this one is done for the day.
    fn next_card(&mut self, store: &mut Store) {
        self.at += SignedDuration::from_secs(5);
        loop {
            match &self.session {
                Some(s) if s.current(self.at).is_some() => return,
                Some(_) => self.deck = (self.deck + 1) % DECKS,
                None => {}
            }
            let deck = bench_deck(self.deck);
            let session = Session::start(store, deck, DEFAULT_LEARNER, clock(), self.at)
                .expect("starts a session");
            self.session = Some(session);
        }
    }
}

#[divan::bench(sample_count = 300, sample_size = 1)]
fn grade_session(bencher: divan::Bencher) {
    let copy = fixture_copy();
    let store = RefCell::new(Store::open(copy.path(), now()).expect("opens").store);
    let grading = RefCell::new(Grading {
        deck: STUDIED_DECK,
        session: None,
        at: now(),
        given: 0,
    });
    grading.borrow_mut().next_card(&mut store.borrow_mut());
    let latencies = RefCell::new(Latencies::default());
    let watch = MemoryWatch::start();
    bencher
        // Untimed: the clock moves on, and a new deck's session starts when one is done.
        .with_inputs(|| grading.borrow_mut().next_card(&mut store.borrow_mut()))
        .bench_local_values(|()| {
            let g = &mut *grading.borrow_mut();
            g.given += 1;
            let session = g.session.as_mut().expect("a session");
            latencies.borrow_mut().time(|| {
                session
                    .grade(&mut store.borrow_mut(), grade_of(g.given), g.at, 4_000)
                    .expect("commits a grade")
                    .expect("a card is due")
            })
        });
    watch.report("grade_session");
    latencies
        .into_inner()
        .report("grade_session (Session::grade)");
    let g = grading.borrow();
    eprintln!(
        "grade_session: {} grades, the last in deck {}",
        g.given, g.deck
    );
}

#[divan::bench(sample_count = 1000, sample_size = 1)]
fn grade_record_only(bencher: divan::Bencher) {
    let copy = fixture_copy();
    let mut store = Store::open(copy.path(), now()).expect("opens").store;
    let learner = store.learner(DEFAULT_LEARNER, now()).expect("learner");
    // Every card of today's queues, each deck's from the one studied last.
    let mut work = Vec::new();
    for k in (0..DECKS).map(|k| (STUDIED_DECK + k) % DECKS) {
        let deck_id = factdeck::deck::slugify(TOPICS[k]);
        let scheduler = store
            .scheduler(&learner, &deck_id, clock())
            .expect("scheduler");
        let queue = store
            .queue(learner.id, &deck_id, &scheduler, now())
            .expect("queue");
        for candidate in queue
            .learning
            .into_iter()
            .chain(queue.reviews)
            .chain(queue.new)
        {
            work.push((deck_id.clone(), scheduler.clone(), candidate));
        }
    }
    eprintln!(
        "grade_record_only: {} cards due today in all decks",
        work.len()
    );
    let watch = MemoryWatch::start();
    let mut given = 0u64;
    let mut at = now();
    let mut latencies = Latencies::default();
    bencher.bench_local(|| {
        let (deck, scheduler, candidate) = &work[given as usize % work.len()];
        given += 1;
        at += SignedDuration::from_secs(5);
        let before = &candidate.progress;
        let seed = fuzz_seed(deck, &candidate.card.0, before.reps);
        let outcome = scheduler.answer(before, grade_of(given), at, seed);
        latencies.time(|| {
            store
                .record(learner.id, deck, &candidate.card, before, &outcome, 4_000)
                .expect("commits a grade")
        })
    });
    watch.report("grade_record_only");
    latencies.report("grade_record_only (Store::record)");
}

// ----- 3. adding cards -----

/// A new, empty store in its own folder (store first, so it closes before the folder goes).
fn fresh_store() -> (Store, tempfile::TempDir) {
    let root = bench_root();
    std::fs::create_dir_all(&root).expect("makes the bench folder");
    let dir = tempfile::Builder::new()
        .prefix("fresh-")
        .tempdir_in(&root)
        .expect("makes a working folder");
    let store = Store::open(dir.path(), now())
        .expect("opens a new store")
        .store;
    (store, dir)
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn sync_new_decks(bencher: divan::Bencher) {
    let decks = all_decks();
    let watch = MemoryWatch::start();
    bencher
        .with_inputs(fresh_store)
        .bench_local_values(|(mut store, dir)| {
            for deck in &decks {
                let report = store.sync_deck(deck).expect("syncs a deck");
                assert_eq!(report.added, CARDS_PER_DECK);
            }
            (store, dir)
        });
    watch.report("sync_new_decks (10 decks of 10,000 cards held in memory)");
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn sync_new_deck_into_big_store(bencher: divan::Bencher) {
    let copy = fixture_copy();
    let mut store = Store::open(copy.path(), now()).expect("opens").store;
    let mut next = DECKS;
    let watch = MemoryWatch::start();
    bencher
        .with_inputs(|| {
            next += 1;
            bench_deck(next)
        })
        .bench_local_values(|deck| {
            let report = store.sync_deck(&deck).expect("syncs a deck");
            assert_eq!(report.added, CARDS_PER_DECK);
            deck
        });
    watch.report("sync_new_deck_into_big_store");
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn first_queues(bencher: divan::Bencher) {
    let decks = all_decks();
    let watch = MemoryWatch::start();
    bencher
        .with_inputs(|| {
            let (mut store, dir) = fresh_store();
            for deck in &decks {
                store.sync_deck(deck).expect("syncs a deck");
            }
            (store, dir)
        })
        .bench_local_values(|(mut store, dir)| {
            let learner = store.learner(DEFAULT_LEARNER, now()).expect("learner");
            for deck in &decks {
                let scheduler = store
                    .scheduler(&learner, &deck.id, clock())
                    .expect("scheduler");
                let queue = store
                    .queue(learner.id, &deck.id, &scheduler, now())
                    .expect("queue");
                assert_eq!(queue.counts().new, 20, "the default limit");
            }
            (store, dir)
        });
    watch.report("first_queues (10 decks of 10,000 cards held in memory)");
}
