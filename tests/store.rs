//! The progress store from outside: studying through the command line, a process killed with
//! SIGKILL at random points while it grades, and damaged database files.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use factdeck::deck::{Card, CardId, CardKind, Deck};
use factdeck::schedule::{DayClock, Grade};
use factdeck::store::{DB_FILE, Store};
use factdeck::study::Session;
use jiff::Timestamp;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const BIN: &str = env!("CARGO_BIN_EXE_factdeck");
const DECK: &str = "stem-cells-liver-cirrhosis";

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn factdeck(data: &Path, args: &[&str], input: &str) -> std::io::Result<std::process::Output> {
    let mut child = Command::new(BIN)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("TZ", "UTC")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes())?;
    }
    child.wait_with_output()
}

/// Cards in a shipped deck: the counts below follow what the generator makes of its source.
fn shipped_cards(name: &str) -> Result<u64, Box<dyn std::error::Error>> {
    let file = format!("{name}.toml");
    let shipped = factdeck::deck::library::SHIPPED
        .iter()
        .find(|s| s.file == file)
        .ok_or("deck not shipped")?;
    Ok(Deck::from_toml_str(shipped.file, shipped.text)?.cards.len() as u64)
}

fn review_count(data: &Path, now: Timestamp) -> Result<usize, Box<dyn std::error::Error>> {
    let opened = Store::open(data, now)?;
    assert!(opened.recovery.is_none(), "{:?}", opened.recovery);
    let store = opened.store;
    store.integrity_check()?;
    let learner = store.find_learner("default")?.ok_or("no default learner")?;
    Ok(store.reviews(learner.id, None)?.len())
}

#[test]
fn study_in_the_terminal_then_stats_and_export() -> TestResult {
    let dir = tempfile::tempdir()?;
    let data = dir.path();
    let now = "2026-03-10T09:00:00Z";
    // Show, Good; show, Easy; show, a wrong grade then Hard; show, undo; quit.
    let input = "\n3\n\n4\n\nmaybe\n2\nu\nq\n";
    let out = factdeck(data, &["study", DECK, "--now", now], input)?;
    let stdout = String::from_utf8(out.stdout)?;
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.starts_with("Studying \"Stem Cell Therapy"),
        "{stdout}"
    );
    assert!(
        stdout.contains("1 Again 1m   2 Hard 6m   3 Good 10m   4 Easy"),
        "{stdout}"
    );
    assert!(stdout.contains("\"maybe\" is not a grade."), "{stdout}");
    assert!(stdout.contains("Undone: Hard on"), "{stdout}");
    assert!(stdout.contains("2 grades saved"), "{stdout}");
    assert_eq!(review_count(data, at(now))?, 2);
    // Stats as JSON.
    let out = factdeck(data, &["stats", DECK, "--json", "--now", now], "")?;
    assert!(out.status.success());
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let row = &stats[0];
    assert_eq!(row["learner"], "default");
    assert_eq!(row["reviews_today"], 2);
    let total = shipped_cards(DECK)?;
    assert_eq!(row["total"], total);
    assert_eq!(row["learning"], 1);
    assert_eq!(row["new"], total - 2);
    // The statistics screen's figures, from the same code, under new keys.
    let figures = &row["statistics"];
    assert_eq!(figures["today"], "2026-03-10");
    assert_eq!(figures["range_days"], 30);
    assert_eq!(figures["forecast"].as_array().ok_or("forecast")?.len(), 30);
    // Good leaves a card learning (due in 10 minutes); Easy sends one to review in days.
    assert_eq!(figures["forecast"][0]["learning"], 1);
    let history = &figures["history"][0];
    assert_eq!((&history["good"], &history["easy"]), (&1.into(), &1.into()));
    assert_eq!(figures["calendar"]["current_streak"], 1);
    assert_eq!(
        figures["calendar"]["days"].as_array().ok_or("days")?.len(),
        365
    );
    assert_eq!(figures["cards"]["review"], 1);
    assert_eq!(figures["cards"]["new"], total - 2);
    assert_eq!(figures["retention"]["desired"], 0.9);
    assert_eq!(figures["model"]["own_parameters"], false);
    // No review on a later day yet: nothing to measure the model on.
    assert!(row["model_quality"].is_null());
    let out = factdeck(
        data,
        &["stats", DECK, "--json", "--days", "90", "--now", now],
        "",
    )?;
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(
        stats[0]["statistics"]["history"]
            .as_array()
            .ok_or("history")?
            .len(),
        90
    );
    // The log as CSV.
    let csv = dir.path().join("log.csv");
    let out = factdeck(data, &["export-log", csv.to_str().ok_or("path")?], "")?;
    assert!(out.status.success());
    let text = std::fs::read_to_string(&csv)?;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("card_id,review_time,review_rating,review_state,review_duration"));
    assert!(lines[1].contains(",1773133200000,3,0,"), "{}", lines[1]);
    assert!(lines[2].contains(",4,0,"), "{}", lines[2]);
    // A backup was taken at the end of the session.
    assert_eq!(std::fs::read_dir(data.join("backups"))?.count(), 1);
    Ok(())
}

#[test]
fn studying_ends_when_the_day_is_done_and_input_may_end_early() -> TestResult {
    let dir = tempfile::tempdir()?;
    let data = dir.path();
    // Easy on every card: all graduate at once; the day's queue empties.
    let input = "\n4\n".repeat(40);
    let out = factdeck(
        data,
        &[
            "study",
            DECK,
            "--now",
            "2026-03-10T09:00:00Z",
            "--learner",
            "Ana",
        ],
        &input,
    )?;
    let stdout = String::from_utf8(out.stdout)?;
    assert!(out.status.success());
    assert!(stdout.contains("as Ana"), "{stdout}");
    // Every card new today graduates on its first Easy: as many grades as the first count of
    // new cards (a sibling of a card studied waits for another day).
    let new_today: usize = stdout
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(" new"))
        .and_then(|(n, _)| n.parse().ok())
        .ok_or("no count of new cards")?;
    assert!(new_today > 10, "{stdout}");
    assert!(
        stdout.contains(&format!("Done for today: {new_today} grades saved.")),
        "{stdout}"
    );
    // Input ending halfway through a card is fine too.
    let out = factdeck(
        data,
        &["study", DECK, "--now", "2026-03-20T09:00:00Z"],
        "\n",
    )?;
    assert!(out.status.success());
    let out = factdeck(data, &["study", "no-such-deck"], "")?;
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr)?.contains("no deck \"no-such-deck\""));
    Ok(())
}

/// A tiny deterministic random source for the test's choices.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn a_process_killed_while_grading_keeps_every_committed_grade() -> TestResult {
    let dir = tempfile::tempdir()?;
    let data = dir.path();
    let mut rng = Rng(2026);
    let mut committed = 0usize;
    let rounds = 25;
    for round in 0..rounds {
        // Each round a later day, so there is always something to study.
        let now = format!("2026-04-{:02}T09:00:00Z", 1 + round);
        let mut input = String::new();
        for _ in 0..400 {
            input.push('\n');
            input.push_str(["1", "2", "3", "4"][rng.below(4) as usize]);
            input.push('\n');
        }
        let mut child = Command::new(BIN)
            .args(["--data-dir"])
            .arg(data)
            .args(["study", DECK, "--now", &now])
            .env("TZ", "UTC")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let mut stdin = child.stdin.take().ok_or("stdin")?;
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
        });
        let stdout = child.stdout.take().ok_or("stdout")?;
        // Kill after a random number of announced grades (0-40), or mid-way through one.
        let kill_after = rng.below(40) as usize;
        let mut announced = 0usize;
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        while announced < kill_after {
            line.clear();
            if reader.read_line(&mut line)? == 0 {
                break;
            }
            if line.contains(": next in ") {
                announced += 1;
            }
        }
        if rng.below(2) == 0 {
            std::thread::sleep(Duration::from_micros(rng.below(3000)));
        }
        child.kill()?; // SIGKILL
        child.wait()?;
        let _ = writer.join();
        // Grades printed after the kill point were still committed before it.
        let mut rest = String::new();
        let _ = std::io::Read::read_to_string(&mut reader, &mut rest);
        announced += rest.matches(": next in ").count();
        let in_db = review_count(data, at(&now))?;
        // Every announced grade is there; at most the one being written when killed is extra.
        assert!(
            in_db >= committed + announced && in_db <= committed + announced + 1,
            "round {round}: {in_db} in the database, {committed} + {announced} announced"
        );
        committed = in_db;
    }
    assert!(committed > 100, "the test graded enough: {committed}");
    Ok(())
}

fn small_deck() -> Deck {
    let cards = (0..6)
        .map(|i| Card {
            id: CardId(format!("c{i}")),
            kind: CardKind::Question,
            prompt: format!("Question {i}?"),
            answer: format!("Answer {i}"),
            distractors: Vec::new(),
            tags: Vec::new(),
            source: String::new(),
            fact: String::new(),
        })
        .collect();
    Deck {
        id: "small".into(),
        title: "Small".into(),
        description: String::new(),
        sources: Vec::new(),
        cards,
    }
}

/// Three grades, a backup, then two more grades: returns the data folder.
fn studied_with_backup() -> Result<tempfile::TempDir, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let now = at("2026-03-10T09:00:00Z");
    let mut store = Store::open(dir.path(), now)?.store;
    let mut s = Session::start(&mut store, small_deck(), "", DayClock::utc(), now)?;
    for _ in 0..3 {
        s.grade(&mut store, Grade::Easy, now, 100)?;
    }
    store.backup_now(now)?;
    let later = at("2026-03-10T09:10:00Z");
    for _ in 0..2 {
        s.grade(&mut store, Grade::Easy, later, 100)?;
    }
    Ok(dir)
}

fn reopen_after_damage(dir: &Path) -> Result<Store, Box<dyn std::error::Error>> {
    let opened = Store::open(dir, at("2026-03-10T10:00:00Z"))?;
    let recovery = opened.recovery.ok_or("damage went unnoticed")?;
    assert!(recovery.set_aside.exists(), "the damaged file is kept");
    let (backup, taken) = recovery.restored.clone().ok_or("no backup restored")?;
    assert!(backup.exists());
    assert_eq!(taken, at("2026-03-10T09:00:00Z"));
    let message = recovery.message();
    assert!(message.contains("set aside"), "{message}");
    assert!(message.contains("2026-03-10 09:00 UTC"), "{message}");
    let store = opened.store;
    store.integrity_check()?;
    // The three grades before the backup are back.
    assert_eq!(store.reviews(1, None)?.len(), 3);
    Ok(store)
}

#[test]
fn a_truncated_database_is_set_aside_and_the_backup_restored() -> TestResult {
    let dir = studied_with_backup()?;
    let path = dir.path().join(DB_FILE);
    let len = std::fs::metadata(&path)?.len();
    let file = std::fs::OpenOptions::new().write(true).open(&path)?;
    file.set_len(len / 2)?;
    drop(file);
    let store = reopen_after_damage(dir.path())?;
    // Studying goes on in the restored store.
    drop(store);
    Ok(())
}

#[test]
fn a_database_of_random_bytes_is_set_aside_and_the_backup_restored() -> TestResult {
    let dir = studied_with_backup()?;
    let path = dir.path().join(DB_FILE);
    let len = std::fs::metadata(&path)?.len() as usize;
    let mut rng = Rng(7);
    let noise: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
    std::fs::write(&path, noise)?;
    reopen_after_damage(dir.path())?;
    Ok(())
}

#[test]
fn damage_inside_the_file_is_found_by_the_check_the_next_open_runs() -> TestResult {
    let dir = studied_with_backup()?;
    let path = dir.path().join(DB_FILE);
    // Overwrite the review log's first page (the header, schema and settings stay readable,
    // and opening reads nothing of the log).
    let (root, page_size): (i64, i64) = {
        let conn = rusqlite::Connection::open(&path)?;
        (
            conn.query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'review_log'",
                [],
                |r| r.get(0),
            )?,
            conn.query_row("PRAGMA page_size", [], |r| r.get(0))?,
        )
    };
    let mut bytes = std::fs::read(&path)?;
    let start = usize::try_from((root - 1) * page_size)?;
    let end = usize::try_from(root * page_size)?;
    let mut rng = Rng(11);
    for b in &mut bytes[start..end] {
        *b = rng.below(256) as u8;
    }
    std::fs::write(&path, bytes)?;
    // The store opens (its daily check already ran and the pages it reads are intact), but the
    // check before the next backup finds the damage...
    let now = at("2026-03-10T09:30:00Z");
    let opened = Store::open(dir.path(), now)?;
    assert!(opened.recovery.is_none());
    let mut store = opened.store;
    assert!(store.integrity_check().is_err());
    assert!(
        store.backup_now(now).is_err(),
        "a damaged file is not backed up"
    );
    drop(store);
    // ...and the next open checks fully and recovers.
    reopen_after_damage(dir.path())?;
    Ok(())
}

#[test]
fn damage_without_a_backup_starts_afresh_and_says_so() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::write(
        dir.path().join(DB_FILE),
        b"not a database at all, just some text",
    )?;
    let opened = Store::open(dir.path(), at("2026-03-10T09:00:00Z"))?;
    let recovery = opened.recovery.ok_or("damage went unnoticed")?;
    assert!(recovery.restored.is_none());
    assert!(
        recovery.message().contains("No good backup"),
        "{}",
        recovery.message()
    );
    assert!(recovery.set_aside.exists());
    opened.store.integrity_check()?;
    Ok(())
}

/// The statistics read from the store: the grades of the decks asked for (one deck through its
/// index, several in one pass), each review with the interval the card had.
#[test]
fn statistics_read_the_log_and_the_cards_of_the_decks_asked_for() -> TestResult {
    let dir = tempfile::tempdir()?;
    let day0 = at("2026-03-10T09:00:00Z");
    let mut store = Store::open(dir.path(), day0)?.store;
    let mut other = small_deck();
    other.id = "other".into();
    // Day 0: every card of the small deck Easy; one card of the other deck Good.
    let mut s = Session::start(&mut store, small_deck(), "", DayClock::utc(), day0)?;
    while s.grade(&mut store, Grade::Easy, day0, 2_000)?.is_some() {}
    let mut o = Session::start(&mut store, other, "", DayClock::utc(), day0)?;
    o.grade(&mut store, Grade::Good, day0, 1_000)?;
    // A month later every small card is due: Again on the first, Good on the others.
    let later = at("2026-04-10T09:00:00Z");
    let mut s = Session::start(&mut store, small_deck(), "", DayClock::utc(), later)?;
    let mut first = true;
    while s
        .grade(
            &mut store,
            if first { Grade::Again } else { Grade::Good },
            later,
            3_000,
        )?
        .is_some()
    {
        first = false;
    }
    let learner = store.learner("", later)?;
    let small = store.stats_input(&learner, &["small".to_owned()], later)?;
    let both = store.stats_input(&learner, &["small".to_owned(), "other".to_owned()], later)?;
    assert_eq!(small.cards.len(), 6);
    assert_eq!(both.cards.len(), 12);
    assert_eq!(both.log.len(), small.log.len() + 1);
    let reviews: Vec<_> = small
        .log
        .iter()
        .filter(|e| e.state_before == factdeck::schedule::Phase::Review)
        .collect();
    assert_eq!(reviews.len(), 6);
    // Easy on a new card gives days; the card had that interval when reviewed.
    assert!(reviews.iter().all(|e| e.last_interval_ms >= 86_400_000));
    let figures = factdeck::stats::compute(&small, &DayClock::utc(), later, 30);
    let month = &figures.retention.windows[2];
    assert_eq!((month.all.passed, month.all.reviews), (5, 6));
    assert_eq!(figures.cards.review + figures.cards.relearning, 6);
    assert_eq!(figures.history[0].again, 1);
    assert_eq!(figures.calendar.current_streak, 1);
    assert_eq!(figures.calendar.study_days, 2);
    Ok(())
}
