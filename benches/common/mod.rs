//! The 1,000,000-review fixture store shared by the store and statistics benchmarks: 100,000
//! cards in 10 decks, a simulated year of study (see `benches/store.rs` for how it is made).
//! Each benchmark uses part of it.
#![allow(dead_code)]

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::time::Instant;

use factdeck::deck::{Card, CardId, CardKind, Deck, splitmix64};
use factdeck::schedule::{DayClock, Grade, Outcome, Phase, Progress, Scheduler};
use factdeck::store::{DEFAULT_LEARNER, DeckSettings, Store};
use factdeck::study::fuzz_seed;
use jiff::{SignedDuration, Timestamp};
use rusqlite::{Connection, params};

/// Bump when the fixture's content changes, so a kept one is rebuilt.
pub const FIXTURE_VERSION: u32 = 1;
pub const DECKS: usize = 10;
pub const CARDS_PER_DECK: usize = 10_000;
pub const REVIEWS: u64 = 1_000_000;
/// The deck the open and queue benchmarks study: the last one studied each day, so today's
/// reviews of it are still to do.
pub const STUDIED_DECK: usize = DECKS - 1;

/// The benchmark's clock: every benchmark runs "now" at this instant.
pub fn now() -> Timestamp {
    "2026-03-10T12:00:00Z".parse().expect("a valid timestamp")
}

pub fn clock() -> DayClock {
    DayClock::utc()
}

// ----- decks -----

pub const TOPICS: [&str; DECKS] = [
    "Cell Biology and the Liver",
    "Organic Chemistry Reactions",
    "World History 1750-1914",
    "Human Anatomy: The Skeleton",
    "Introductory Microeconomics",
    "Plate Tectonics and Earthquakes",
    "French Vocabulary for Travellers",
    "Pharmacology of Antibiotics",
    "Classical Mechanics",
    "Statistics for the Social Sciences",
];

/// Deck `k` as a deck file would load it: 10,000 cards with prompts, answers and source
/// sentences of realistic length, cards of one source sentence sharing a fact key (1-3 each).
pub fn bench_deck(k: usize) -> Deck {
    let title = match TOPICS.get(k) {
        Some(topic) => (*topic).to_owned(),
        None => format!("Extra Deck {k}"),
    };
    let id = factdeck::deck::slugify(&title);
    let mut cards = Vec::with_capacity(CARDS_PER_DECK);
    let mut fact = String::new();
    let mut left_in_fact = 0;
    for i in 0..CARDS_PER_DECK {
        let r = splitmix64(((k as u64) << 32) | i as u64);
        if left_in_fact == 0 {
            fact = format!("f{:08x}", r >> 32);
            left_in_fact = 1 + (r % 3) as usize;
        }
        left_in_fact -= 1;
        let subject = format!("element {i} of {}", title.to_lowercase());
        let source = format!(
            "In this part of the course, {subject} is described as the process that links the \
             previous section to the next one, with examples ({r:x})."
        );
        let cloze = r.is_multiple_of(2);
        cards.push(Card {
            // Ten hex digits like the generator's ids; the low bits keep them unique.
            id: CardId(format!("k{:010x}", (r & 0xff_ffff_0000) | i as u64)),
            kind: if cloze {
                CardKind::Cloze
            } else {
                CardKind::Question
            },
            prompt: if cloze {
                format!("In this part of the course, {{{{{subject}}}}} links the sections.")
            } else {
                format!("What is {subject} described as?")
            },
            answer: if cloze {
                String::new()
            } else {
                "the process that links the previous section to the next one".to_owned()
            },
            distractors: Vec::new(),
            tags: vec![if cloze { "statement" } else { "definition" }.to_owned()],
            source,
            fact: fact.clone(),
        });
    }
    Deck {
        id,
        title,
        description: format!("Generated for the store benchmark ({CARDS_PER_DECK} cards)."),
        sources: Vec::new(),
        cards,
    }
}

pub fn all_decks() -> Vec<Deck> {
    (0..DECKS).map(bench_deck).collect()
}

// ----- the simulated history -----

/// The learner's study settings for every deck: the defaults, with the daily limits raised
/// (25 new cards, 300 reviews) as a heavy user would, so a million reviews take about a year.
pub fn bench_settings() -> DeckSettings {
    DeckSettings {
        new_per_day: 25,
        reviews_per_day: 300,
        ..DeckSettings::default()
    }
}

/// One grade of the simulation, as `Store::record` would get it.
pub struct Event<'a> {
    deck: &'a str,
    card: &'a str,
    before: &'a Progress,
    outcome: &'a Outcome,
    duration_ms: u32,
}

/// A deck's cards as the simulated learner has them.
pub struct DeckSim {
    progress: Vec<Progress>,
    /// New cards in deck order (buried siblings stay at the front).
    new: VecDeque<usize>,
    /// Review cards by due time.
    reviews: BinaryHeap<Reverse<(Timestamp, usize)>>,
    /// Cards in learning or relearning.
    learning: Vec<usize>,
}

pub struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = splitmix64(self.0);
        self.0
    }

    /// A grade for a card in `phase`: about 90% recalled in review, more misses when new.
    fn grade(&mut self, phase: Phase) -> Grade {
        let roll = self.next() % 100;
        let (again, hard, good) = match phase {
            Phase::New => (20, 35, 90),
            Phase::Learning | Phase::Relearning => (10, 20, 95),
            Phase::Review => (9, 19, 94),
        };
        if roll < again {
            Grade::Again
        } else if roll < hard {
            Grade::Hard
        } else if roll < good {
            Grade::Good
        } else {
            Grade::Easy
        }
    }
}

/// Runs the learner from the study day starting at `first_day` until `REVIEWS` grades are
/// given, handing each to `sink`. Returns every card's final progress and the last grade's time.
pub fn simulate(
    decks: &[Deck],
    first_day: Timestamp,
    sink: &mut dyn FnMut(&Event) -> rusqlite::Result<()>,
) -> rusqlite::Result<(Vec<Vec<Progress>>, Timestamp)> {
    let scheduler =
        Scheduler::new(bench_settings().config(&[]), clock()).expect("the settings are valid");
    let config = scheduler.config().clone();
    let mut rng = Rng(0x5eed);
    let mut sims: Vec<DeckSim> = decks
        .iter()
        .map(|d| DeckSim {
            progress: vec![Progress::new_card(); d.cards.len()],
            new: (0..d.cards.len()).collect(),
            reviews: BinaryHeap::new(),
            learning: Vec::new(),
        })
        .collect();
    let mut given = 0u64;
    let mut day_start = first_day;
    loop {
        let day_end = day_start + SignedDuration::from_hours(24);
        // The learner skips about one day in twenty.
        if rng.next().is_multiple_of(20) {
            day_start = day_end;
            continue;
        }
        let mut t = day_start + SignedDuration::from_hours(1);
        for (deck, sim) in decks.iter().zip(&mut sims) {
            let fact = |i: usize| deck.cards[i].fact.as_str();
            let mut facts_taken: HashSet<&str> = HashSet::new();
            // Learning cards due today, then reviews due today, then new cards (as the queue).
            let (mut learning, later): (Vec<usize>, Vec<usize>) = sim
                .learning
                .iter()
                .partition(|&&i| sim.progress[i].due < day_end);
            sim.learning = later;
            learning.sort_by_key(|&i| sim.progress[i].due);
            facts_taken.extend(learning.iter().map(|&i| fact(i)));
            let mut reviews = VecDeque::new();
            let mut buried = Vec::new();
            while reviews.len() < config.reviews_per_day as usize {
                match sim.reviews.peek() {
                    Some(Reverse((due, i))) if *due < day_end => {
                        let i = *i;
                        sim.reviews.pop();
                        if facts_taken.insert(fact(i)) {
                            reviews.push_back(i);
                        } else {
                            buried.push(i);
                        }
                    }
                    _ => break,
                }
            }
            let mut new = VecDeque::new();
            let mut skipped = Vec::new();
            while new.len() < config.new_per_day as usize {
                let Some(i) = sim.new.pop_front() else { break };
                if facts_taken.insert(fact(i)) {
                    new.push_back(i);
                } else {
                    skipped.push(i);
                }
            }
            for i in skipped.into_iter().rev() {
                sim.new.push_front(i);
            }
            loop {
                let ahead = t + config.learn_ahead;
                let i = if learning.first().is_some_and(|&i| sim.progress[i].due <= t) {
                    learning.remove(0)
                } else if let Some(i) = reviews.pop_front() {
                    i
                } else if let Some(i) = new.pop_front() {
                    i
                } else if learning
                    .first()
                    .is_some_and(|&i| sim.progress[i].due <= ahead)
                {
                    learning.remove(0)
                } else {
                    break;
                };
                let before = sim.progress[i].clone();
                let grade = rng.grade(before.phase);
                let seed = fuzz_seed(&deck.id, &deck.cards[i].id.0, before.reps);
                let outcome = scheduler.answer(&before, grade, t, seed);
                let duration_ms = 1_500 + (rng.next() % 10_000) as u32;
                sink(&Event {
                    deck: &deck.id,
                    card: &deck.cards[i].id.0,
                    before: &before,
                    outcome: &outcome,
                    duration_ms,
                })?;
                let after = outcome.progress;
                given += 1;
                match after.phase {
                    _ if after.suspended => {}
                    Phase::Learning | Phase::Relearning if after.due < day_end => {
                        let at = learning.partition_point(|&j| sim.progress[j].due <= after.due);
                        learning.insert(at, i);
                    }
                    Phase::Learning | Phase::Relearning => sim.learning.push(i),
                    Phase::Review => sim.reviews.push(Reverse((after.due, i))),
                    Phase::New => sim.new.push_front(i),
                }
                sim.progress[i] = after;
                if given == REVIEWS {
                    sim.learning.extend(learning);
                    return Ok((sims.into_iter().map(|s| s.progress).collect(), t));
                }
                t += SignedDuration::from_millis(i64::from(duration_ms) + 1_000);
            }
            sim.learning.extend(learning);
            for i in buried {
                sim.reviews.push(Reverse((sim.progress[i].due, i)));
            }
        }
        day_start = day_end;
    }
}

// ----- the fixture -----

pub fn bench_root() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench-store")
}

/// The folder of the kept fixture store, built on first use.
pub fn fixture() -> &'static Path {
    static FIXTURE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = bench_root().join(format!("fixture-v{FIXTURE_VERSION}"));
        if !dir.join("complete").exists() {
            let started = Instant::now();
            let building = bench_root().join(format!(
                "building-v{FIXTURE_VERSION}-{}",
                std::process::id()
            ));
            let _ = std::fs::remove_dir_all(&building);
            build_fixture(&building);
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::rename(&building, &dir).expect("moves the built fixture in place");
            eprintln!("fixture: built in {:.1} s", started.elapsed().as_secs_f64());
        }
        let about = std::fs::read_to_string(dir.join("complete")).unwrap_or_default();
        eprintln!("{}", about.trim_end());
        dir
    })
}

pub fn build_fixture(dir: &Path) {
    let decks = all_decks();
    let now = now();
    let today = clock().day_start(now);
    // A dry run finds how many days the history takes; the real run starts that many days
    // back, so the last review falls today before noon (or yesterday when later in its day).
    let far_back = today - SignedDuration::from_hours(24 * 1000);
    let (_, last) = simulate(&decks, far_back, &mut |_| Ok(())).expect("dry run");
    let mut days_back = i64::from(clock().days_between(far_back, last));
    if last.duration_since(clock().day_start(last)) > now.duration_since(today) {
        days_back += 1;
    }
    let first_day = today - SignedDuration::from_hours(24 * days_back);

    // The store as the app makes it: migrations, decks synced, the default learner's rows.
    std::fs::create_dir_all(dir).expect("creates the fixture folder");
    {
        let mut store = Store::open(dir, now).expect("opens a new store").store;
        let learner = store
            .learner(DEFAULT_LEARNER, now)
            .expect("default learner");
        for deck in &decks {
            store.sync_deck(deck).expect("syncs a deck");
            store
                .set_deck_settings(&deck.id, &bench_settings())
                .expect("saves the deck's settings");
        }
        for deck in &decks {
            let scheduler = store
                .scheduler(&learner, &deck.id, clock())
                .expect("scheduler");
            store
                .queue(learner.id, &deck.id, &scheduler, first_day)
                .expect("first queue");
        }
    }
    // The history, in one transaction, rows as Store::record writes them.
    let mut conn = Connection::open(dir.join(factdeck::store::DB_FILE)).expect("opens the file");
    let tx = conn.transaction().expect("begins");
    let learner: i64 = tx
        .query_row(
            "SELECT id FROM learners WHERE name = ?1",
            [DEFAULT_LEARNER],
            |r| r.get(0),
        )
        .expect("the default learner");
    let finals = {
        let mut log = tx
            .prepare(
                "INSERT INTO review_log (learner, deck, card, reviewed_ms, rating, state_before,
                     elapsed_days, interval_ms, duration_ms, stability, difficulty, prev_due_ms,
                     prev_stability, prev_difficulty, prev_step, prev_reps, prev_lapses,
                     prev_last_ms, prev_flags)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18, ?19)",
            )
            .expect("prepares the log insert");
        let (finals, last) = simulate(&decks, first_day, &mut |e| {
            let after = &e.outcome.progress;
            let (stability, difficulty) = memory(after);
            let (prev_stability, prev_difficulty) = memory(e.before);
            log.execute(params![
                learner,
                e.deck,
                e.card,
                after.last_review.map(Timestamp::as_millisecond),
                e.outcome.grade.rating(),
                e.before.phase.code(),
                e.outcome.elapsed_days,
                e.outcome.interval.as_millis() as i64,
                e.duration_ms,
                stability,
                difficulty,
                e.before.due.as_millisecond(),
                prev_stability,
                prev_difficulty,
                e.before.step,
                e.before.reps,
                e.before.lapses,
                e.before.last_review.map(Timestamp::as_millisecond),
                flags(e.before),
            ])
            .map(drop)
        })
        .expect("writes the history");
        assert!(last < now, "the history ends before the benchmark's now");
        finals
    };
    {
        let mut update = tx
            .prepare(
                "UPDATE progress SET state = ?4, due_ms = ?5, stability = ?6, difficulty = ?7,
                     step = ?8, reps = ?9, lapses = ?10, last_review_ms = ?11, flags = ?12
                 WHERE learner = ?1 AND deck = ?2 AND card = ?3",
            )
            .expect("prepares the progress update");
        for (deck, progress) in decks.iter().zip(&finals) {
            for (card, p) in deck.cards.iter().zip(progress) {
                if p.phase == Phase::New {
                    continue; // as the first queue left it: new, due_ms its position
                }
                let (stability, difficulty) = memory(p);
                let changed = update
                    .execute(params![
                        learner,
                        deck.id,
                        card.id.0,
                        p.phase.code(),
                        p.due.as_millisecond(),
                        stability,
                        difficulty,
                        p.step,
                        p.reps,
                        p.lapses,
                        p.last_review.map(Timestamp::as_millisecond),
                        flags(p),
                    ])
                    .expect("updates a progress row");
                assert_eq!(changed, 1, "every card has a progress row");
            }
        }
    }
    tx.commit().expect("commits the history");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoints");
    drop(conn);
    // It opens as a clean store (no integrity check due: it ran at `now` on creation).
    drop(Store::open(dir, now).expect("the fixture opens"));
    std::fs::write(dir.join("complete"), describe_fixture(dir)).expect("marks it done");
}

pub fn memory(p: &Progress) -> (Option<f64>, Option<f64>) {
    match p.memory {
        Some(m) => (Some(f64::from(m.stability)), Some(f64::from(m.difficulty))),
        None => (None, None),
    }
}

pub fn flags(p: &Progress) -> i64 {
    i64::from(p.suspended) | (i64::from(p.leech) << 1)
}

/// What the fixture holds, so the figures can be read against it.
pub fn describe_fixture(dir: &Path) -> String {
    let conn = Connection::open(dir.join(factdeck::store::DB_FILE)).expect("opens the fixture");
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).expect(sql) };
    let day_end = clock().day_end(now()).as_millisecond();
    let day_start = clock().day_start(now()).as_millisecond();
    let size = std::fs::metadata(dir.join(factdeck::store::DB_FILE)).map_or(0, |m| m.len());
    let first: i64 = count("SELECT min(reviewed_ms) FROM review_log");
    let days = (now().as_millisecond() - first) / 86_400_000;
    format!(
        "fixture: {} MB, {} cards, {} reviews over {days} days ({} today); progress: {} new, \
         {} learning, {} review ({} due today), {} suspended",
        size / 1_000_000,
        count("SELECT count(*) FROM cards"),
        count("SELECT count(*) FROM review_log"),
        count(&format!(
            "SELECT count(*) FROM review_log WHERE reviewed_ms >= {day_start}"
        )),
        count("SELECT count(*) FROM progress WHERE state = 0"),
        count("SELECT count(*) FROM progress WHERE state IN (1, 3)"),
        count("SELECT count(*) FROM progress WHERE state = 2"),
        count(&format!(
            "SELECT count(*) FROM progress WHERE state = 2 AND due_ms < {day_end} AND flags = 0"
        )),
        count("SELECT count(*) FROM progress WHERE flags & 1 = 1"),
    )
}

/// A private copy of the fixture for one benchmark, opened once at `now` so the day's
/// integrity check has run.
pub fn fixture_copy() -> tempfile::TempDir {
    let fixture = fixture();
    let copy = tempfile::Builder::new()
        .prefix("run-")
        .tempdir_in(bench_root())
        .expect("makes a working folder");
    let name = factdeck::store::DB_FILE;
    std::fs::copy(fixture.join(name), copy.path().join(name)).expect("copies the fixture");
    drop(Store::open(copy.path(), now()).expect("opens the copy"));
    copy
}
