//! The statistics on hand-built logs whose answers are known.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::*;

fn ms(s: &str) -> i64 {
    s.parse::<Timestamp>().unwrap().as_millisecond()
}

fn now() -> Timestamp {
    "2026-03-10T12:00:00Z".parse().unwrap()
}

const DAY_MS: i64 = 86_400_000;

fn card(phase: Phase, due: &str) -> CardState {
    CardState {
        phase,
        due_ms: ms(due),
        stability: None,
        difficulty: None,
        suspended: false,
    }
}

fn grade(at: &str, rating: u8) -> LogEntry {
    LogEntry {
        at_ms: ms(at),
        rating,
        state_before: Phase::Review,
        duration_ms: 1_000,
        last_interval_ms: DAY_MS,
    }
}

#[test]
fn an_empty_log_gives_zeros_not_errors() {
    let s = compute(&Input::default(), &DayClock::utc(), now(), 30);
    assert_eq!(s.today, "2026-03-10");
    assert_eq!(s.forecast.len(), 30);
    assert!(s.forecast.iter().all(|d| d.learning + d.review == 0));
    assert_eq!(s.history.len(), 30);
    assert!(s.history.iter().all(|d| d.reviews() == 0 && d.seconds == 0));
    assert_eq!(s.calendar.days.len(), CALENDAR_DAYS as usize);
    assert_eq!(s.calendar.days.last().unwrap().date, "2026-03-10");
    assert_eq!(s.calendar.days[0].date, "2025-03-11");
    assert_eq!(s.calendar.days.last().unwrap().weekday, 1); // a Tuesday
    assert_eq!(
        (
            s.calendar.current_streak,
            s.calendar.longest_streak,
            s.calendar.study_days
        ),
        (0, 0, 0)
    );
    assert_eq!(s.retention.windows.len(), 3);
    assert!(s.retention.windows.iter().all(|w| w.all.share.is_none()));
    assert_eq!(s.cards, CardCounts::default());
    assert!(s.stability.iter().all(|b| b.cards == 0));
    assert_eq!((s.total_reviews, s.total_seconds, s.overdue), (0, 0, 0));
}

#[test]
fn forecast_counts_each_day_with_overdue_cards_on_day_0() {
    let mut suspended = card(Phase::Review, "2026-03-10T10:00:00Z");
    suspended.suspended = true;
    let input = Input {
        cards: vec![
            card(Phase::Review, "2026-03-05T10:00:00Z"), // overdue
            card(Phase::Learning, "2026-03-10T13:00:00Z"),
            card(Phase::Relearning, "2026-03-09T13:00:00Z"), // overdue learning
            card(Phase::Review, "2026-03-11T03:59:00Z"),     // before the 4 a.m. rollover
            card(Phase::Review, "2026-03-11T04:00:00Z"),
            card(Phase::Review, "2026-03-20T10:00:00Z"),
            card(Phase::Review, "2026-06-01T10:00:00Z"), // beyond 30 days
            card(Phase::New, "1970-01-01T00:00:00.005Z"),
            suspended,
        ],
        ..Input::default()
    };
    let s = compute(&input, &DayClock::utc(), now(), 30);
    let day = |d: usize| (s.forecast[d].learning, s.forecast[d].review);
    assert_eq!(day(0), (2, 2));
    assert_eq!(day(1), (0, 1));
    assert_eq!(day(10), (0, 1));
    let total: u32 = s.forecast.iter().map(|d| d.learning + d.review).sum();
    assert_eq!(total, 6);
    assert_eq!(s.overdue, 2);
    // Over 90 days the June card shows, on its day.
    let s = compute(&input, &DayClock::utc(), now(), 90);
    assert_eq!(s.forecast[83].review, 1);
    assert_eq!(
        (
            s.cards.new,
            s.cards.learning,
            s.cards.review,
            s.cards.relearning
        ),
        (1, 1, 5, 1)
    );
    assert_eq!((s.cards.suspended, s.cards.total), (1, 9));
}

#[test]
fn history_splits_grades_and_time_by_study_day() {
    let mut log = vec![
        grade("2026-03-10T05:00:00Z", 1),
        grade("2026-03-10T05:01:00Z", 3),
        grade("2026-03-10T03:00:00Z", 4), // yesterday's study day
        grade("2026-03-08T12:00:00Z", 2),
        grade("2026-01-01T12:00:00Z", 3), // outside 30 days
    ];
    log[0].duration_ms = 2_400;
    log[1].duration_ms = 7_600;
    let input = Input {
        log,
        ..Input::default()
    };
    let s = compute(&input, &DayClock::utc(), now(), 30);
    let h = &s.history;
    assert_eq!((h[0].again, h[0].hard, h[0].good, h[0].easy), (1, 0, 1, 0));
    assert_eq!(h[0].seconds, 10);
    assert_eq!((h[1].easy, h[1].reviews()), (1, 1));
    assert_eq!((h[2].hard, h[2].reviews()), (1, 1));
    assert_eq!(h.iter().map(HistoryDay::reviews).sum::<u32>(), 4);
    assert_eq!((s.total_reviews, s.total_seconds), (5, 13));
    let s = compute(&input, &DayClock::utc(), now(), 90);
    assert_eq!(s.history[68].good, 1); // 2026-01-01 is 68 days before 2026-03-10
}

#[test]
fn true_retention_over_windows_young_and_mature() {
    let mature = 30 * DAY_MS;
    let at = |s: &str, rating, interval| LogEntry {
        last_interval_ms: interval,
        ..grade(s, rating)
    };
    let mut learning = grade("2026-03-10T11:00:00Z", 1);
    learning.state_before = Phase::Learning; // not a review of a learned card: left out
    let input = Input {
        log: vec![
            at("2026-03-10T11:00:00Z", 3, DAY_MS), // young pass, last hour
            at("2026-03-09T13:00:00Z", 1, DAY_MS), // young fail, within 24 h
            at("2026-03-09T11:00:00Z", 2, mature), // mature pass, 25 h ago
            at("2026-03-05T11:00:00Z", 1, mature), // mature fail, 5 days ago
            at("2026-03-01T11:00:00Z", 4, mature), // mature pass, 9 days ago
            at("2026-01-01T11:00:00Z", 1, mature), // older than 30 days
            at("2026-02-20T11:00:00Z", 3, 21 * DAY_MS - 1), // young (just under 21 days)
            learning,
        ],
        desired_retention: 0.9,
        ..Input::default()
    };
    let s = compute(&input, &DayClock::utc(), now(), 30);
    let w = &s.retention.windows;
    let pr = |p: &Passed| (p.passed, p.reviews);
    assert_eq!(s.retention.desired, 0.9);
    assert_eq!(
        (w[0].days, pr(&w[0].young), pr(&w[0].mature)),
        (1, (1, 2), (0, 0))
    );
    assert_eq!(w[0].all.share, Some(0.5));
    assert_eq!(w[0].mature.share, None);
    assert_eq!((pr(&w[1].young), pr(&w[1].mature)), ((1, 2), (1, 2)));
    assert_eq!((pr(&w[2].young), pr(&w[2].mature)), ((2, 3), (2, 3)));
    assert_eq!(pr(&w[2].all), (4, 6));
}

#[test]
fn streaks_follow_study_days_across_the_rollover() {
    let input = Input {
        log: vec![
            // An old run of 5 study days.
            grade("2026-01-01T12:00:00Z", 3),
            grade("2026-01-02T12:00:00Z", 3),
            grade("2026-01-03T12:00:00Z", 3),
            grade("2026-01-04T12:00:00Z", 3),
            grade("2026-01-05T12:00:00Z", 3),
            // 8 March, then 9 March late at night (02:00 on the 10th is before 04:00), then
            // today: three days in a row.
            grade("2026-03-08T23:00:00Z", 3),
            grade("2026-03-10T02:00:00Z", 3),
            grade("2026-03-10T05:00:00Z", 3),
        ],
        ..Input::default()
    };
    let s = compute(&input, &DayClock::utc(), now(), 30);
    assert_eq!(s.calendar.current_streak, 3);
    assert_eq!(s.calendar.longest_streak, 5);
    assert_eq!(s.calendar.study_days, 8);
    let days = &s.calendar.days;
    assert_eq!(days[days.len() - 2].date, "2026-03-09");
    assert_eq!(days[days.len() - 2].reviews, 1);
    // With the day rolling over at midnight, 9 March had no review: the streak is today's.
    let midnight = DayClock::new(0, TimeZone::UTC);
    let s = compute(&input, &midnight, now(), 30);
    assert_eq!(s.calendar.current_streak, 1);
    // Not studied yet today: yesterday's streak still stands.
    let mut log = input.log.clone();
    log.pop();
    let s = compute(
        &Input {
            log,
            ..Input::default()
        },
        &DayClock::utc(),
        now(),
        30,
    );
    assert_eq!(s.calendar.current_streak, 2);
    assert_eq!(s.calendar.days.last().unwrap().reviews, 0);
    // Two days missed: the streak is broken.
    let s = compute(
        &input,
        &DayClock::utc(),
        now() + jiff::SignedDuration::from_hours(48),
        30,
    );
    assert_eq!(s.calendar.current_streak, 0);
    assert_eq!(s.calendar.longest_streak, 5);
}

#[test]
fn study_days_are_local_to_the_learners_time_zone() {
    // 03:00 UTC on the 10th is 22:00 on the 9th at UTC-5: with a midnight rollover there, the
    // two grades fall on two days in a row.
    let input = Input {
        log: vec![
            grade("2026-03-10T03:00:00Z", 3),
            grade("2026-03-10T06:00:00Z", 3),
        ],
        ..Input::default()
    };
    let new_york = DayClock::new(0, TimeZone::fixed(jiff::tz::offset(-5)));
    let s = compute(&input, &new_york, now(), 30);
    assert_eq!(s.today, "2026-03-10");
    assert_eq!((s.history[0].reviews(), s.history[1].reviews()), (1, 1));
    assert_eq!(s.calendar.current_streak, 2);
    // In UTC with a midnight rollover both are on the 10th.
    let s = compute(&input, &DayClock::new(0, TimeZone::UTC), now(), 30);
    assert_eq!((s.history[0].reviews(), s.calendar.current_streak), (2, 1));
}

#[test]
fn stability_and_difficulty_buckets() {
    let memory = |s: f32, d: f32| CardState {
        stability: Some(s),
        difficulty: Some(d),
        ..card(Phase::Review, "2026-03-20T10:00:00Z")
    };
    let input = Input {
        cards: vec![
            memory(0.5, 1.0),
            memory(1.0, 5.5),
            memory(2.9, 5.0),
            memory(400.0, 10.0),
            memory(5000.0, 9.5),
            card(Phase::New, "1970-01-01T00:00:00Z"),
        ],
        ..Input::default()
    };
    let s = compute(&input, &DayClock::utc(), now(), 30);
    let cards = |b: &[Bucket]| b.iter().map(|b| b.cards).collect::<Vec<_>>();
    assert_eq!(cards(&s.stability), [1, 2, 0, 0, 0, 0, 0, 0, 1, 1]);
    assert_eq!(s.stability[1].label, "1-3 d");
    assert_eq!(s.stability[9].to, None);
    assert_eq!(cards(&s.difficulty), [1, 0, 0, 0, 2, 0, 0, 0, 2]);
}
