//! Store tests against a temporary folder, with a fixed clock.

use super::*;
use crate::deck::{Card, CardKind};
use crate::schedule::Grade;
use crate::study::Session;

type TestResult = std::result::Result<(), Box<dyn std::error::Error>>;

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

const NOW: &str = "2026-03-10T12:00:00Z";

fn card(id: &str, fact: &str) -> Card {
    Card {
        id: CardId(id.to_owned()),
        kind: CardKind::Question,
        prompt: format!("What is {id}?"),
        answer: id.to_owned(),
        distractors: Vec::new(),
        tags: Vec::new(),
        source: String::new(),
        fact: fact.to_owned(),
    }
}

fn deck(ids: &[(&str, &str)]) -> Deck {
    Deck {
        id: "demo".to_owned(),
        title: "Demo".to_owned(),
        description: String::new(),
        sources: Vec::new(),
        cards: ids.iter().map(|(id, fact)| card(id, fact)).collect(),
    }
}

fn open(dir: &Path) -> Result<Store> {
    let opened = Store::open(dir, at(NOW))?;
    assert!(opened.recovery.is_none());
    Ok(opened.store)
}

#[test]
fn a_default_learner_and_named_learners() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let default = store.learner("", at(NOW))?;
    assert_eq!(default.name, DEFAULT_LEARNER);
    let ana = store.learner("Ana", at(NOW))?;
    assert_eq!(
        store.learner("ana", at(NOW))?.id,
        ana.id,
        "names ignore case"
    );
    let names: Vec<String> = store.learners()?.into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["Ana", "default"]);
    Ok(())
}

#[test]
fn a_session_commits_every_grade_and_undo_restores_exactly() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let d = deck(&[("a", ""), ("b", ""), ("c", "")]);
    let mut s = Session::start(&mut store, d, "", DayClock::utc(), now)?;
    assert_eq!(s.counts().new, 3);
    let first = s.current(now).unwrap().card.id.clone();
    assert_eq!(first.0, "a", "new cards come in deck order");
    let before = store.progress(s.learner().id, "demo", &first)?;
    s.grade(&mut store, Grade::Good, now, 1500)?.unwrap();
    s.grade(&mut store, Grade::Easy, now, 900)?.unwrap();
    assert_eq!(store.reviews(s.learner().id, None)?.len(), 2);
    // Reopening shows both grades: they were committed.
    drop(store);
    let mut store = open(dir.path())?;
    let reviews = store.reviews(1, None)?;
    assert_eq!(reviews.len(), 2);
    assert_eq!(reviews[0].duration_ms, 1500);
    assert_eq!(reviews[1].grade, Grade::Easy);
    // Undo twice, back to the start.
    let b = s.undo(&mut store, now)?.unwrap();
    assert_eq!(b.review.card.0, "b");
    let a = s.undo(&mut store, now)?.unwrap();
    assert_eq!(a.progress, before);
    assert_eq!(store.progress(1, "demo", &first)?, before);
    assert!(store.reviews(1, None)?.is_empty());
    assert!(s.undo(&mut store, now)?.is_none());
    assert_eq!(s.counts().new, 3);
    assert_eq!(s.current(now).unwrap().card.id.0, "a", "back in deck order");
    Ok(())
}

#[test]
fn learning_cards_come_back_and_limits_hold_across_the_day() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let ids: Vec<(String, String)> = (0..30)
        .map(|i| (format!("c{i:02}"), String::new()))
        .collect();
    let ids: Vec<(&str, &str)> = ids.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let mut now = at(NOW);
    let mut s = Session::start(&mut store, deck(&ids), "", DayClock::utc(), now)?;
    assert_eq!(s.counts().new, 20, "20 new cards a day");
    let mut shown = 0;
    while let Some(current) = s.current(now) {
        assert!(current.progress.reps < 2, "two steps, then graduated");
        s.grade(&mut store, Grade::Good, now, 1000)?;
        shown += 1;
        now = now.checked_add(SignedDuration::from_secs(20))?;
        assert!(shown < 200, "the day ends");
    }
    // Each of the 20 went through two learning steps; the steps came due by learning ahead.
    assert_eq!(shown, 40);
    assert!(s.counts().total() == 0);
    // Later the same day: nothing new. The next day: 10 new cards left, and reviews.
    let mut s2 = Session::start(
        &mut store,
        deck(&ids),
        "",
        DayClock::utc(),
        at("2026-03-11T03:00:00Z"),
    )?;
    assert_eq!(s2.counts().new, 0);
    s2.refresh(&mut store, at("2026-03-12T09:00:00Z"))?;
    let counts = s2.counts();
    assert_eq!(counts.new, 10);
    assert!(counts.review > 0, "{counts:?}");
    Ok(())
}

#[test]
fn siblings_wait_for_another_day() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let d = deck(&[("a1", "fa"), ("a2", "fa"), ("b1", "fb")]);
    let mut s = Session::start(&mut store, d, "", DayClock::utc(), now)?;
    assert_eq!(s.counts().new, 2, "one card of each fact");
    s.grade(&mut store, Grade::Easy, now, 0)?;
    s.grade(&mut store, Grade::Easy, now, 0)?;
    assert!(s.current(now).is_none());
    s.refresh(&mut store, at("2026-03-11T09:00:00Z"))?;
    assert_eq!(
        s.current(at("2026-03-11T09:00:00Z")).unwrap().card.id.0,
        "a2"
    );
    Ok(())
}

#[test]
fn editing_and_regenerating_a_deck_keeps_progress_by_card_id() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let mut d = deck(&[("a", ""), ("b", "")]);
    let mut s = Session::start(&mut store, d.clone(), "", DayClock::utc(), now)?;
    s.grade(&mut store, Grade::Easy, now, 0)?;
    let learned = store.progress(1, "demo", &CardId("a".into()))?;
    assert_eq!(learned.phase, Phase::Review);
    // Edit a's text, drop b, add c.
    d.cards[0].prompt = "What, exactly, is a?".to_owned();
    d.cards[1] = card("c", "");
    let report = store.sync_deck(&d)?;
    assert_eq!(
        report,
        SyncReport {
            added: 1,
            removed: 1,
            restored: 0
        }
    );
    assert_eq!(store.progress(1, "demo", &CardId("a".into()))?, learned);
    let s = Session::start(&mut store, d.clone(), "", DayClock::utc(), now)?;
    assert_eq!(s.current(now).unwrap().card.id.0, "c");
    // b's history stays; b comes back with it.
    d.cards.push(card("b", ""));
    assert_eq!(store.sync_deck(&d)?.restored, 1);
    assert_eq!(store.reviews(1, Some("demo"))?.len(), 1);
    Ok(())
}

#[test]
fn reordering_a_deck_reorders_its_new_cards() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let mut d = deck(&[("a", "x"), ("b", "y"), ("c", "z")]);
    let s = Session::start(&mut store, d.clone(), "", DayClock::utc(), now)?;
    assert_eq!(s.current(now).unwrap().card.id.0, "a");
    d.cards.rotate_right(1);
    d.cards[1].fact = "w".to_owned();
    let s = Session::start(&mut store, d.clone(), "", DayClock::utc(), now)?;
    assert_eq!(
        s.sync,
        SyncReport::default(),
        "nothing added, removed or restored"
    );
    assert_eq!(s.current(now).unwrap().card.id.0, "c");
    let facts: Vec<String> = store
        .conn()
        .prepare("SELECT fact FROM cards ORDER BY position")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(facts, ["z", "w", "y"]);
    assert_eq!(store.sync_deck(&d)?, SyncReport::default());
    Ok(())
}

#[test]
fn removing_and_restoring_a_card_marks_every_learners_row() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let mut d = deck(&[("a", ""), ("b", "")]);
    for name in ["", "Ana"] {
        Session::start(&mut store, d.clone(), name, DayClock::utc(), now)?;
    }
    let flags = |store: &Store| -> rusqlite::Result<Vec<(i64, i64)>> {
        store
            .conn()
            .prepare("SELECT learner, flags FROM progress WHERE card = 'b' ORDER BY learner")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect()
    };
    d.cards.pop();
    assert_eq!(store.sync_deck(&d)?.removed, 1);
    assert_eq!(flags(&store)?, [(1, 4), (2, 4)]);
    d.cards.push(card("b", ""));
    assert_eq!(store.sync_deck(&d)?.restored, 1);
    assert_eq!(flags(&store)?, [(1, 0), (2, 0)]);
    Ok(())
}

#[test]
fn leeches_are_suspended_and_can_be_unsuspended() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let mut now = at(NOW);
    let d = deck(&[("hard", "")]);
    let settings = DeckSettings {
        leech_threshold: 2,
        ..DeckSettings::default()
    };
    store.set_deck_settings("demo", &settings)?;
    let mut s = Session::start(&mut store, d, "", DayClock::utc(), now)?;
    s.grade(&mut store, Grade::Easy, now, 0)?;
    let mut leech = false;
    for _ in 0..2 {
        now = store.progress(1, "demo", &CardId("hard".into()))?.due;
        s.refresh(&mut store, now)?;
        let g = s.grade(&mut store, Grade::Again, now, 0)?.unwrap();
        leech |= g.outcome.became_leech;
        if !leech {
            now = now.checked_add(SignedDuration::from_mins(10))?;
            s.refresh(&mut store, now)?;
            s.grade(&mut store, Grade::Good, now, 0)?.unwrap();
        }
    }
    assert!(leech);
    let p = store.progress(1, "demo", &CardId("hard".into()))?;
    assert!(p.leech && p.suspended);
    assert_eq!(p.state_name(), "suspended");
    assert!(s.current(now).is_none(), "a suspended card is not shown");
    store.set_suspended(1, "demo", &CardId("hard".into()), false)?;
    let p = store.progress(1, "demo", &CardId("hard".into()))?;
    assert!(!p.suspended && !p.leech);
    Ok(())
}

#[test]
fn settings_and_parameters_are_kept() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let settings = DeckSettings {
        new_per_day: 5,
        desired_retention: 0.85,
        ..DeckSettings::default()
    };
    store.set_deck_settings("demo", &settings)?;
    assert_eq!(store.deck_settings("demo")?, settings);
    let bad = DeckSettings {
        desired_retention: 2.0,
        ..DeckSettings::default()
    };
    assert!(matches!(
        store.set_deck_settings("demo", &bad),
        Err(StoreError::Settings { .. })
    ));
    let learner = store.learner("", at(NOW))?;
    let params = fsrs::DEFAULT_PARAMETERS.to_vec();
    store.set_parameters(learner.id, &params, 512)?;
    let learner = store.learner("", at(NOW))?;
    assert_eq!(learner.parameters, params);
    assert_eq!(learner.parameters_reviews, 512);
    let scheduler = store.scheduler(&learner, "demo", DayClock::utc())?;
    assert_eq!(scheduler.config().new_per_day, 5);
    store.set_rollover_hour(2)?;
    assert_eq!(store.rollover_hour()?, 2);
    Ok(())
}

#[test]
fn a_version_1_file_is_upgraded_in_place() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(DB_FILE);
    {
        let mut conn = Connection::open(&path)?;
        migrate::migrate_to(&mut conn, 1)?;
        conn.execute_batch(
            "INSERT INTO learners (id, name, created_ms) VALUES (1, 'default', 0);
             INSERT INTO decks VALUES ('demo', 'Demo', 1);
             INSERT INTO cards VALUES ('demo', 'a', '', 0, 0);
             INSERT INTO progress (learner, deck, card, state, due_ms, stability, difficulty,
                 step, reps, lapses, last_review_ms, flags)
                 VALUES (1, 'demo', 'a', 2, 1773230400000, 3.2, 5.1, 0, 2, 0, 1772971200000, 0);
             INSERT INTO review_log (learner, deck, card, reviewed_ms, rating, state_before,
                 elapsed_days, interval_ms, duration_ms, prev_due_ms, prev_step, prev_reps,
                 prev_lapses, prev_flags)
                 VALUES (1, 'demo', 'a', 1772971200000, 3, 1, 0, 259200000, 2000, 0, 1, 1, 0, 0);",
        )?;
        assert_eq!(migrate::version(&conn)?, 1);
    }
    let mut store = open(dir.path())?;
    assert_eq!(migrate::version(store.conn())?, migrate::VERSION);
    let p = store.progress(1, "demo", &CardId("a".into()))?;
    assert_eq!((p.phase, p.reps), (Phase::Review, 2));
    assert_eq!(store.reviews(1, None)?.len(), 1);
    // Version 2's tables work, and a copy of the version 1 file was kept.
    store.set_deck_settings("demo", &DeckSettings::default())?;
    let copies = backup::list_backups(store.backups_dir());
    assert_eq!(copies.len(), 1);
    assert!(copies[0].0.to_string_lossy().contains("-v1-"));
    Ok(())
}

#[test]
fn a_file_from_a_newer_factdeck_is_refused_untouched() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(DB_FILE);
    {
        let conn = Connection::open(&path)?;
        conn.pragma_update(None, "user_version", 99)?;
    }
    let err = Store::open(dir.path(), at(NOW)).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
    Ok(())
}

#[test]
fn stats_count_the_day_and_export_writes_the_optimizer_csv() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let mut s = Session::start(
        &mut store,
        deck(&[("a", ""), ("b", ""), ("c", "")]),
        "",
        DayClock::utc(),
        now,
    )?;
    s.grade(&mut store, Grade::Easy, now, 1200)?;
    s.grade(&mut store, Grade::Again, now, 3400)?;
    let learner = s.learner().clone();
    let stats = store.deck_stats(&learner, "demo", &DayClock::utc(), now)?;
    assert_eq!(
        (
            stats.new,
            stats.learning,
            stats.due_today,
            stats.total,
            stats.reviews_today
        ),
        (1, 1, 1, 3, 2)
    );
    assert_eq!(stats.retention_30d, None);
    let mut csv = Vec::new();
    assert_eq!(store.export_log(learner.id, &mut csv)?, 2);
    let csv = String::from_utf8(csv)?;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "card_id,review_time,review_rating,review_state,review_duration,deck,card"
    );
    let a = stats::card_number("demo", "a");
    assert_eq!(
        lines[1],
        format!("{a},{},4,0,1200,demo,a", now.as_millisecond())
    );
    Ok(())
}

#[test]
fn two_connections_on_one_file_both_write() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut one = open(dir.path())?;
    let mut two = open(dir.path())?;
    let now = at(NOW);
    let d = deck(&[("a", ""), ("b", ""), ("c", ""), ("d", "")]);
    let mut s1 = Session::start(&mut one, d.clone(), "one", DayClock::utc(), now)?;
    let mut s2 = Session::start(&mut two, d, "two", DayClock::utc(), now)?;
    for _ in 0..4 {
        s1.grade(&mut one, Grade::Good, now, 0)?;
        s2.grade(&mut two, Grade::Hard, now, 0)?;
    }
    assert_eq!(one.reviews(s2.learner().id, None)?.len(), 4);
    assert_eq!(two.reviews(s1.learner().id, None)?.len(), 4);
    one.integrity_check()?;
    Ok(())
}

#[test]
fn backups_are_taken_at_most_every_half_hour() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    assert!(store.backup_if_due(now)?.is_some());
    assert!(
        store
            .backup_if_due(now.checked_add(SignedDuration::from_mins(29))?)?
            .is_none()
    );
    let later = now.checked_add(SignedDuration::from_mins(31))?;
    let newest = store.backup_if_due(later)?.unwrap();
    // Rotation keeps one backup a day: the newest.
    let kept = backup::list_backups(store.backups_dir());
    assert_eq!(kept, [(newest, later)]);
    Ok(())
}

#[test]
fn a_cached_statement_is_not_prepared_again_when_its_limit_changes() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = open(dir.path())?;
    for limit in [5, 6, 5, 7] {
        let mut stmt = store
            .conn()
            .prepare_cached("SELECT id FROM learners WHERE id > ?1 ORDER BY id LIMIT ?2")?;
        let ids = stmt
            .query_map(params![0, limit], |r| r.get::<_, i64>(0))?
            .count();
        assert_eq!(ids, 0);
        assert_eq!(stmt.get_status(rusqlite::StatementStatus::RePrepare), 0);
    }
    Ok(())
}

#[test]
fn undo_last_takes_back_the_learners_newest_grade_in_any_deck() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let mut s = Session::start(
        &mut store,
        deck(&[("a", ""), ("b", "")]),
        "",
        DayClock::utc(),
        now,
    )?;
    s.grade(&mut store, Grade::Good, now, 0)?;
    s.grade(&mut store, Grade::Easy, now, 0)?;
    let undone = store.undo_last(s.learner().id)?.ok_or("nothing undone")?;
    assert_eq!(
        (undone.review.card.0.as_str(), undone.review.grade),
        ("b", Grade::Easy)
    );
    assert_eq!(store.reviews(1, None)?.len(), 1);
    assert!(store.undo_last(99)?.is_none());
    Ok(())
}

#[test]
fn the_daily_check_and_backups_run_on_a_second_connection_while_the_first_studies() -> TestResult {
    let dir = tempfile::tempdir()?;
    {
        let mut store = open(dir.path())?;
        store.sync_deck(&deck(&[("a", ""), ("b", "")]))?;
    }
    // A day later the routine check is due; the window's store leaves it for the background.
    let later = at(NOW).checked_add(SignedDuration::from_hours(25))?;
    let mut store = Store::open_deferring_daily_check(dir.path(), later)?.store;
    assert!(store.daily_check_due());
    let mut second = store.second_connection()?;
    let chore = std::thread::spawn(move || -> Result<PathBuf> {
        second.run_daily_check(later)?;
        second.backup_now(later)
    });
    // Meanwhile the first connection keeps studying.
    let learner = store.learner("ana", later)?;
    let clock = DayClock::new(4, jiff::tz::TimeZone::UTC);
    let mut session = Session::start(
        &mut store,
        deck(&[("a", ""), ("b", "")]),
        &learner.name,
        clock,
        later,
    )?;
    session.grade(&mut store, Grade::Good, later, 0)?;
    let backup = chore.join().map_err(|_| "the chore panicked")??;
    assert!(backup.exists());
    assert!(!store.backup_due(later)?);
    drop(store);
    // The check ran: reopening an hour later does not ask for it again.
    let again = Store::open_deferring_daily_check(
        dir.path(),
        later.checked_add(SignedDuration::from_hours(1))?,
    )?;
    assert!(!again.store.daily_check_due());
    assert_eq!(again.store.reviews(learner.id, None)?.len(), 1);
    Ok(())
}

#[test]
fn a_buried_card_and_its_siblings_wait_for_the_next_study_day() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let d = deck(&[("a1", "fa"), ("a2", "fa"), ("b", "")]);
    let mut s = Session::start(&mut store, d.clone(), "", DayClock::utc(), now)?;
    assert_eq!(s.current(now).unwrap().card.id.0, "a1");
    let buried = s.bury_current(&mut store, now)?.unwrap();
    assert_eq!(buried.card.0, "a1");
    assert_eq!(
        buried.siblings,
        [CardId("a2".into())],
        "its sibling is buried too"
    );
    assert_eq!(s.current(now).unwrap().card.id.0, "b");
    assert_eq!(s.counts().total(), 1);
    // Still hidden later the same study day, in a new session and in the counts.
    let later = at("2026-03-11T03:59:00Z");
    let again = Session::start(&mut store, d.clone(), "", DayClock::utc(), later)?;
    assert_eq!(again.counts().total(), 1);
    let learner = store.learner("", later)?;
    assert_eq!(
        store
            .deck_stats(&learner, "demo", &DayClock::utc(), later)?
            .new,
        1
    );
    // The next study day they are back (one of the two siblings, as always).
    let tomorrow = at("2026-03-11T04:00:00Z");
    let next = Session::start(&mut store, d, "", DayClock::utc(), tomorrow)?;
    assert_eq!(next.counts().new, 2);
    assert_eq!(next.current(tomorrow).unwrap().card.id.0, "a1");
    assert_eq!(
        store
            .deck_stats(&learner, "demo", &DayClock::utc(), tomorrow)?
            .new,
        3
    );
    Ok(())
}

#[test]
fn bury_and_suspend_from_a_session_can_be_taken_back() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let mut s = Session::start(
        &mut store,
        deck(&[("a", ""), ("b", "")]),
        "",
        DayClock::utc(),
        now,
    )?;
    let buried = s.bury_current(&mut store, now)?.unwrap();
    assert!(buried.siblings.is_empty());
    let suspended = s.suspend_current(&mut store, now)?.unwrap();
    assert_eq!(suspended.0, "b");
    assert!(
        store
            .progress(s.learner().id, "demo", &suspended)?
            .suspended
    );
    assert!(s.current(now).is_none(), "nothing left today");
    assert!(s.suspend_current(&mut store, now)?.is_none());
    s.unbury(&mut store, &buried, now)?;
    assert_eq!(s.current(now).unwrap().card.id.0, "a");
    s.unsuspend(&mut store, &suspended, now)?;
    assert_eq!(s.counts().new, 2);
    Ok(())
}

#[test]
fn an_edited_card_shows_at_once_and_keeps_its_progress() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let mut s = Session::start(
        &mut store,
        deck(&[("a", ""), ("b", "")]),
        "",
        DayClock::utc(),
        now,
    )?;
    s.grade(&mut store, Grade::Again, now, 1000)?;
    let before = store.progress(s.learner().id, "demo", &CardId("a".into()))?;
    let mut edited = card("a", "");
    edited.prompt = "What is a, fixed?".into();
    assert!(s.replace_card(edited));
    assert!(!s.replace_card(card("zz", "")), "no such card");
    let later = at("2026-03-10T12:02:00Z");
    let current = s.current(later).unwrap();
    assert_eq!(current.card.prompt, "What is a, fixed?");
    assert_eq!(current.progress, &before, "progress kept by id");
    Ok(())
}

/// Grades every card of the deck Easy at `now`: they all become reviews days away.
fn learn_all_easy(store: &mut Store, d: &Deck, now: Timestamp) -> TestResult {
    let mut s = Session::start(store, d.clone(), "", DayClock::utc(), now)?;
    while s.current(now).is_some() {
        s.grade(store, Grade::Easy, now, 1000)?;
    }
    Ok(())
}

#[test]
fn studying_ahead_gives_the_next_days_reviews_today() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let d = deck(&[("a", ""), ("b", ""), ("c", "")]);
    learn_all_easy(&mut store, &d, at(NOW))?;
    let learner = store.learner("", at(NOW))?;
    let mut dues: Vec<Timestamp> = Vec::new();
    for c in &d.cards {
        dues.push(store.progress(learner.id, "demo", &c.id)?.due);
    }
    dues.sort();
    // The day before the first review is due: nothing today, but it comes ahead.
    let now = dues[0].checked_sub(SignedDuration::from_hours(24))?;
    let mut s = Session::start(&mut store, d, "", DayClock::utc(), now)?;
    assert!(s.current(now).is_none());
    assert_eq!(s.next_card_due(&store, now)?, Some(dues[0]));
    let horizon = DayClock::utc()
        .day_end(now)
        .checked_add(SignedDuration::from_hours(24))?;
    let expected = dues.iter().filter(|d| **d < horizon).count();
    assert_eq!(s.ahead_counts(&mut store, now, 1)?.review, expected);
    assert!(s.current(now).is_none(), "a preview changes nothing");
    let counts = s.study_ahead(&mut store, now, 1)?;
    assert_eq!((counts.review, counts.new), (expected, 0));
    let first = s.current(now).unwrap();
    assert_eq!(first.progress.due, dues[0], "soonest first");
    let first = first.card.id.clone();
    s.grade(&mut store, Grade::Good, now, 1000)?;
    let graded = store.progress(learner.id, "demo", &first)?;
    assert_eq!((graded.reps, graded.last_review), (2, Some(now)));
    assert!(graded.due > now, "an early review is scheduled from now");
    // With the whole year ahead, every review comes.
    assert_eq!(s.ahead_counts(&mut store, now, 365)?.review, 3);
    Ok(())
}

#[test]
fn studying_ahead_offers_more_new_cards_when_no_review_is_near() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let ids: Vec<String> = (0..25).map(|i| format!("c{i:02}")).collect();
    let pairs: Vec<(&str, &str)> = ids.iter().map(|id| (id.as_str(), "")).collect();
    let d = deck(&pairs);
    let now = at(NOW);
    let mut s = Session::start(&mut store, d, "", DayClock::utc(), now)?;
    while s.current(now).is_some() {
        s.grade(&mut store, Grade::Easy, now, 1000)?;
    }
    // 20 new cards a day were studied; their reviews are days away: 5 more new cards ahead.
    let counts = s.study_ahead(&mut store, now, 1)?;
    assert_eq!((counts.review, counts.new), (0, 5));
    assert_eq!(s.current(now).unwrap().card.id.0, "c20");
    Ok(())
}

#[test]
fn suspended_buried_and_removed_cards_never_come_ahead() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let now = at(NOW);
    let full = deck(&[("a", ""), ("b", ""), ("c", ""), ("d", ""), ("e", "")]);
    let mut s = Session::start(&mut store, full.clone(), "", DayClock::utc(), now)?;
    for _ in 0..3 {
        s.grade(&mut store, Grade::Easy, now, 1000)?; // a, b, c become reviews
    }
    let learner = s.learner().id;
    let end = DayClock::utc().day_end(now);
    store.set_suspended(learner, "demo", &CardId("b".into()), true)?;
    store.bury(learner, "demo", &CardId("c".into()), end)?;
    store.set_suspended(learner, "demo", &CardId("d".into()), true)?;
    store.bury(learner, "demo", &CardId("e".into()), end)?;
    let mut without_a = full.clone();
    without_a.cards.remove(0);
    store.sync_deck(&without_a)?;
    let mut s = Session::start(&mut store, without_a, "", DayClock::utc(), now)?;
    assert_eq!(s.counts().total(), 0);
    assert_eq!(s.study_ahead(&mut store, now, 3650)?.total(), 0);
    // The buried review comes back the next day, when it is due.
    assert!(s.next_card_due(&store, now)?.is_some());
    Ok(())
}

#[test]
fn statistics_from_the_quarter_hour_totals_equal_those_from_every_grade() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = open(dir.path())?;
    let ids: Vec<String> = (0..12).map(|i| format!("c{i}")).collect();
    let pairs: Vec<(&str, &str)> = ids.iter().map(|id| (id.as_str(), "")).collect();
    let d = deck(&pairs);
    let start = at("2026-01-01T21:50:00Z");
    // Seventy days of study, most evenings around the rollover; now and then a grade undone.
    for day in 0..70i64 {
        if day % 9 == 4 {
            continue;
        }
        let mut now = start.checked_add(SignedDuration::from_hours(24 * day))?;
        let mut s = Session::start(&mut store, d.clone(), "", DayClock::utc(), now)?;
        for n in 0..30u32 {
            let grade = match (day + i64::from(n)) % 7 {
                0 => Grade::Again,
                3 => Grade::Hard,
                5 => Grade::Easy,
                _ => Grade::Good,
            };
            if s.grade(&mut store, grade, now, 2_000 + n * 300)?.is_none() {
                break;
            }
            if n % 11 == 10 {
                s.undo(&mut store, now)?;
            }
            now = now.checked_add(SignedDuration::from_mins(4))?;
        }
    }
    let learner = store.learner("", at(NOW))?;
    let now = start.checked_add(SignedDuration::from_hours(24 * 70 + 5))?;
    let decks = [d.id.clone()];
    let split = store.stats_input(&learner, &decks, now)?;
    let whole = store.stats_input_from(&learner, &decks, i64::MIN)?;
    assert!(!split.totals.is_empty() && whole.totals.is_empty());
    assert!(split.log.len() < whole.log.len());
    for clock in [
        DayClock::utc(),
        DayClock::new(4, jiff::tz::TimeZone::fixed(jiff::tz::offset(-5))),
        // India: half an hour off the hour.
        DayClock::new(
            0,
            jiff::tz::TimeZone::fixed(jiff::tz::Offset::from_seconds(19_800)?),
        ),
    ] {
        for range in [30, 90, 365] {
            assert_eq!(
                crate::stats::compute(&split, &clock, now, range),
                crate::stats::compute(&whole, &clock, now, range)
            );
        }
    }
    Ok(())
}
