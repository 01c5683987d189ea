//! Statistics: what is coming (forecast), what was done (history, calendar and streaks), how well
//! it is remembered (true retention), where the cards stand (counts, stability and difficulty)
//! and the memory model in use.
//!
//! Every figure the statistics screen and `factdeck stats --json` show comes from [`compute`]:
//! a pure function of the review log and the card states ([`Input`], read by
//! [`crate::store::Store::stats_input`]), with the clock and the day's rollover passed in. The
//! model's fit to the history ([`model::quality`]) is separate because it replays every review
//! through FSRS and takes longer.

pub mod days;
pub mod model;

use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

use crate::schedule::{DayClock, Phase};
use days::{DayIndex, Place};

/// The ranges of days the forecast and history offer.
pub const RANGES: [u32; 3] = [30, 90, 365];
/// The windows true retention is measured over, in days.
pub const RETENTION_WINDOWS: [u32; 3] = [1, 7, 30];
/// A card whose interval is at least this many days is mature (Anki's line).
pub const MATURE_DAYS: i64 = 21;
/// Days the calendar shows (the past year, today included).
pub const CALENDAR_DAYS: u32 = 365;

/// One card's state, as the statistics need it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardState {
    /// Where the card is in its life.
    pub phase: Phase,
    /// When it is due, in milliseconds since 1970 (meaningless for a new card).
    pub due_ms: i64,
    /// FSRS stability in days (`None` before the first grade).
    pub stability: Option<f32>,
    /// FSRS difficulty, 1-10 (`None` before the first grade).
    pub difficulty: Option<f32>,
    /// Taken out of study.
    pub suspended: bool,
}

/// One logged grade, as the statistics need it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogEntry {
    /// When, in milliseconds since 1970.
    pub at_ms: i64,
    /// The rating, 1 (Again) to 4 (Easy).
    pub rating: u8,
    /// The card's phase before the grade.
    pub state_before: Phase,
    /// Time spent answering.
    pub duration_ms: u32,
    /// The interval the card had when it was graded (from its previous review to the due time
    /// it was given then), in milliseconds; 0 when it had none.
    pub last_interval_ms: i64,
}

/// Grades of one rating given within one quarter hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Total {
    /// The quarter hour's start, in milliseconds since 1970 (a quarter hour never straddles two
    /// study days: time zones and the rollover hour fall on whole quarter hours).
    pub at_ms: i64,
    /// The rating, 1 (Again) to 4 (Easy).
    pub rating: u8,
    /// How many grades.
    pub reviews: u32,
    /// Time spent answering them.
    pub duration_ms: u64,
}

/// Whether the learner's own FSRS parameters are in use, and where they came from.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ModelInfo {
    /// Parameters fitted to this learner's reviews are in use (else FSRS's defaults).
    pub own_parameters: bool,
    /// How many reviews they were fitted on (0 for the defaults).
    pub fitted_reviews: u32,
    /// When they were fitted, if known (RFC 3339).
    #[serde(serialize_with = "timestamp_text")]
    pub fitted_at: Option<Timestamp>,
}

/// What the statistics are computed from: one learner, one deck or several.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Input {
    /// The cards (removed ones left out).
    pub cards: Vec<CardState>,
    /// The grades given, in any order: all of them, or the recent ones (at least the last
    /// 30 days, which the retention needs one by one) with the older ones in `totals`.
    pub log: Vec<LogEntry>,
    /// Grades older than those in `log`, counted per quarter hour (the store keeps these
    /// totals as grades are logged, so a long history is read in few rows).
    pub totals: Vec<Total>,
    /// The desired retention (the decks' mean when they differ).
    pub desired_retention: f32,
    /// The memory model in use.
    pub model: ModelInfo,
}

/// Cards due on one day of the forecast.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ForecastDay {
    /// Days from today (0: today, overdue cards included).
    pub day: u32,
    /// Learning and relearning cards due that day.
    pub learning: u32,
    /// Review cards due that day.
    pub review: u32,
}

/// Grades given on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct HistoryDay {
    /// Days before today (0: today).
    pub days_ago: u32,
    /// Grades Again.
    pub again: u32,
    /// Grades Hard.
    pub hard: u32,
    /// Grades Good.
    pub good: u32,
    /// Grades Easy.
    pub easy: u32,
    /// Time spent answering, in seconds.
    pub seconds: u64,
}

impl HistoryDay {
    /// All grades of the day.
    pub fn reviews(&self) -> u32 {
        self.again + self.hard + self.good + self.easy
    }
}

/// One day of the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalendarDay {
    /// The study day's date (`YYYY-MM-DD`).
    pub date: String,
    /// Day of the week, 0 Monday to 6 Sunday.
    pub weekday: u8,
    /// Grades given that day.
    pub reviews: u32,
}

/// The past year day by day, and the streaks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Calendar {
    /// The last [`CALENDAR_DAYS`] study days, oldest first, today last.
    pub days: Vec<CalendarDay>,
    /// Days with at least one grade in the calendar's year.
    pub study_days: u32,
    /// Study days in a row up to today; a day not studied yet today does not break it (it
    /// counts up to yesterday).
    pub current_streak: u32,
    /// The longest run of study days in the whole log.
    pub longest_streak: u32,
}

/// Reviews of learned cards passed (not Again) among those given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Passed {
    /// Grades other than Again.
    pub passed: u32,
    /// All grades.
    pub reviews: u32,
    /// `passed / reviews`; `None` without reviews.
    pub share: Option<f64>,
}

impl Passed {
    fn add(&mut self, passed: bool) {
        self.reviews += 1;
        self.passed += u32::from(passed);
    }

    fn finish(&mut self) {
        self.share = (self.reviews > 0).then(|| f64::from(self.passed) / f64::from(self.reviews));
    }
}

/// True retention over one window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct RetentionWindow {
    /// The window: the last `days` × 24 hours.
    pub days: u32,
    /// Cards with an interval under [`MATURE_DAYS`].
    pub young: Passed,
    /// Cards with an interval of [`MATURE_DAYS`] or more.
    pub mature: Passed,
    /// Both.
    pub all: Passed,
}

/// True retention: reviews of cards in the review phase passed, beside the aim.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Retention {
    /// The desired retention the scheduler aims at (to 4 decimals).
    pub desired: f64,
    /// One per [`RETENTION_WINDOWS`].
    pub windows: Vec<RetentionWindow>,
}

/// Cards by state; a suspended card counts as suspended only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CardCounts {
    /// Never studied.
    pub new: u32,
    /// In the learning steps.
    pub learning: u32,
    /// Learned.
    pub review: u32,
    /// Forgotten, in the relearning steps.
    pub relearning: u32,
    /// Taken out of study.
    pub suspended: u32,
    /// All of them.
    pub total: u32,
}

/// A bar of a distribution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bucket {
    /// What the bar holds, for people ("1-3 d").
    pub label: String,
    /// Lower bound (included).
    pub from: f32,
    /// Upper bound (excluded); `None` for the last, open bar.
    pub to: Option<f32>,
    /// Cards in it.
    pub cards: u32,
}

/// Every statistic of one learner over one deck or several.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Statistics {
    /// Today's study day (`YYYY-MM-DD`).
    pub today: String,
    /// The days the forecast and history cover.
    pub range_days: u32,
    /// Cards due before today (they are counted on day 0 of the forecast).
    pub overdue: u32,
    /// Cards due each day, today first.
    pub forecast: Vec<ForecastDay>,
    /// Grades given each day, today first.
    pub history: Vec<HistoryDay>,
    /// Grades in the whole log.
    pub total_reviews: u64,
    /// Time spent answering in the whole log, in seconds.
    pub total_seconds: u64,
    /// The past year, day by day, with the streaks.
    pub calendar: Calendar,
    /// True retention.
    pub retention: Retention,
    /// Cards by state.
    pub cards: CardCounts,
    /// Studied cards by FSRS stability (days until recall falls to 90%).
    pub stability: Vec<Bucket>,
    /// Studied cards by FSRS difficulty (1 easiest, 10 hardest).
    pub difficulty: Vec<Bucket>,
    /// The memory model in use.
    pub model: ModelInfo,
}

/// Stability bucket edges, in days, with their labels.
const STABILITY: [(f32, &str); 10] = [
    (0.0, "< 1 d"),
    (1.0, "1-3 d"),
    (3.0, "3-7 d"),
    (7.0, "1-2 wk"),
    (14.0, "2-4 wk"),
    (30.0, "1-3 mo"),
    (90.0, "3-6 mo"),
    (180.0, "6-12 mo"),
    (365.0, "1-2 y"),
    (730.0, "2 y +"),
];

/// Computes every statistic at `now`; the forecast and history cover `range_days` days.
pub fn compute(input: &Input, clock: &DayClock, now: Timestamp, range_days: u32) -> Statistics {
    let range_days = range_days.clamp(1, 3660);
    let first_review = input
        .log
        .iter()
        .map(|e| e.at_ms)
        .chain(input.totals.iter().map(|t| t.at_ms))
        .min();
    let back = first_review.map_or(CALENDAR_DAYS, |first| {
        let days =
            Timestamp::from_millisecond(first).map_or(0, |first| clock.days_between(first, now));
        days.max(CALENDAR_DAYS.max(range_days))
    });
    let index = DayIndex::new(clock, now, back, range_days);
    let (forecast, overdue) = forecast(&input.cards, &index, range_days);
    let (history, studied, total_seconds) = history(&input.log, &input.totals, &index, range_days);
    Statistics {
        today: clock.study_date(now).to_string(),
        range_days,
        overdue,
        forecast,
        history,
        total_reviews: input.log.len() as u64
            + input
                .totals
                .iter()
                .map(|t| u64::from(t.reviews))
                .sum::<u64>(),
        total_seconds,
        calendar: calendar(&studied, &index, clock),
        retention: retention(&input.log, now, input.desired_retention),
        cards: counts(&input.cards),
        stability: stability(&input.cards),
        difficulty: difficulty(&input.cards),
        model: input.model.clone(),
    }
}

/// Cards due each day of the range; overdue ones on day 0. Also returns how many are overdue.
fn forecast(cards: &[CardState], index: &DayIndex, range: u32) -> (Vec<ForecastDay>, u32) {
    let mut days: Vec<ForecastDay> = (0..range)
        .map(|day| ForecastDay {
            day,
            ..ForecastDay::default()
        })
        .collect();
    let mut overdue = 0;
    for card in cards {
        if card.suspended || card.phase == Phase::New {
            continue;
        }
        let day = match index.place(card.due_ms) {
            Place::Before => {
                overdue += 1;
                0
            }
            Place::Day(d) if d < 0 => {
                overdue += 1;
                0
            }
            Place::Day(d) => d,
            Place::After => continue,
        };
        let Some(slot) = usize::try_from(day).ok().and_then(|d| days.get_mut(d)) else {
            continue;
        };
        if card.phase.is_learning() {
            slot.learning += 1;
        } else {
            slot.review += 1;
        }
    }
    (days, overdue)
}

/// Grades per day of the range (today first), which days of the log were studied (indexed
/// from the index's first day) and the time spent in the whole log.
fn history(
    log: &[LogEntry],
    totals: &[Total],
    index: &DayIndex,
    range: u32,
) -> (Vec<HistoryDay>, Vec<u32>, u64) {
    let mut days: Vec<HistoryDay> = (0..range)
        .map(|days_ago| HistoryDay {
            days_ago,
            ..HistoryDay::default()
        })
        .collect();
    let back = index.days_back();
    let mut studied = vec![0u32; back + 1];
    let mut millis = 0u64;
    let grades = log
        .iter()
        .map(|e| (e.at_ms, e.rating, 1, u64::from(e.duration_ms)))
        .chain(
            totals
                .iter()
                .map(|t| (t.at_ms, t.rating, t.reviews, t.duration_ms)),
        );
    for (at_ms, rating, reviews, duration_ms) in grades {
        millis += duration_ms;
        let Place::Day(d) = index.place(at_ms) else {
            continue;
        };
        if d > 0 {
            continue; // a clock set wrong: after today
        }
        if let Some(n) = usize::try_from(d + back as i64)
            .ok()
            .and_then(|i| studied.get_mut(i))
        {
            *n += reviews;
        }
        let Some(day) = usize::try_from(-d).ok().and_then(|i| days.get_mut(i)) else {
            continue;
        };
        match rating {
            1 => day.again += reviews,
            2 => day.hard += reviews,
            3 => day.good += reviews,
            _ => day.easy += reviews,
        }
        day.seconds += duration_ms;
    }
    // Seconds rounded per day from the milliseconds summed above.
    for day in &mut days {
        day.seconds = (day.seconds + 500) / 1000;
    }
    (days, studied, (millis + 500) / 1000)
}

/// The past year and the streaks, from the grades per day of the whole index.
fn calendar(studied: &[u32], index: &DayIndex, clock: &DayClock) -> Calendar {
    let mut longest = 0u32;
    let mut run = 0u32;
    for n in studied {
        run = if *n > 0 { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let mut current = 0u32;
    let mut days = studied.iter().rev();
    if studied.last().is_some_and(|n| *n == 0) {
        days.next(); // today not studied yet: the streak runs to yesterday
    }
    for n in days {
        if *n == 0 {
            break;
        }
        current += 1;
    }
    let shown = (CALENDAR_DAYS as usize).min(studied.len());
    let first = studied.len() - shown;
    let days: Vec<CalendarDay> = studied[first..]
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let offset = i as i64 - (shown as i64 - 1);
            let date = index
                .start_of(offset)
                .map(|start| clock.study_date(start + SignedDuration::from_hours(1)));
            CalendarDay {
                date: date.map(|d| d.to_string()).unwrap_or_default(),
                weekday: date.map_or(0, |d| {
                    u8::try_from(d.weekday().to_monday_zero_offset()).unwrap_or(0)
                }),
                reviews: *n,
            }
        })
        .collect();
    Calendar {
        study_days: days.iter().filter(|d| d.reviews > 0).count() as u32,
        days,
        current_streak: current,
        longest_streak: longest,
    }
}

/// True retention over the last 1, 7 and 30 × 24 hours: grades of cards in the review phase
/// that were not Again, young and mature apart.
fn retention(log: &[LogEntry], now: Timestamp, desired: f32) -> Retention {
    let now_ms = now.as_millisecond();
    let mature_ms = MATURE_DAYS * 86_400_000;
    let mut windows: Vec<RetentionWindow> = RETENTION_WINDOWS
        .iter()
        .map(|days| RetentionWindow {
            days: *days,
            ..RetentionWindow::default()
        })
        .collect();
    let starts: Vec<i64> = RETENTION_WINDOWS
        .iter()
        .map(|d| now_ms - i64::from(*d) * 86_400_000)
        .collect();
    for e in log {
        if e.state_before != Phase::Review || e.at_ms > now_ms {
            continue;
        }
        let passed = e.rating > 1;
        for (w, start) in windows.iter_mut().zip(&starts) {
            if e.at_ms >= *start {
                w.all.add(passed);
                if e.last_interval_ms >= mature_ms {
                    w.mature.add(passed);
                } else {
                    w.young.add(passed);
                }
            }
        }
    }
    for w in &mut windows {
        w.young.finish();
        w.mature.finish();
        w.all.finish();
    }
    Retention {
        desired: (f64::from(desired) * 10_000.0).round() / 10_000.0,
        windows,
    }
}

fn counts(cards: &[CardState]) -> CardCounts {
    let mut c = CardCounts::default();
    for card in cards {
        c.total += 1;
        if card.suspended {
            c.suspended += 1;
            continue;
        }
        match card.phase {
            Phase::New => c.new += 1,
            Phase::Learning => c.learning += 1,
            Phase::Review => c.review += 1,
            Phase::Relearning => c.relearning += 1,
        }
    }
    c
}

fn stability(cards: &[CardState]) -> Vec<Bucket> {
    let mut buckets: Vec<Bucket> = STABILITY
        .iter()
        .enumerate()
        .map(|(i, (from, label))| Bucket {
            label: (*label).to_owned(),
            from: *from,
            to: STABILITY.get(i + 1).map(|(to, _)| *to),
            cards: 0,
        })
        .collect();
    for s in cards.iter().filter(|c| c.phase != Phase::New) {
        let Some(s) = s.stability.filter(|s| s.is_finite()) else {
            continue;
        };
        let i = STABILITY.partition_point(|(from, _)| *from <= s).max(1) - 1;
        if let Some(b) = buckets.get_mut(i) {
            b.cards += 1;
        }
    }
    buckets
}

fn difficulty(cards: &[CardState]) -> Vec<Bucket> {
    let mut buckets: Vec<Bucket> = (1..10u8)
        .map(|d| Bucket {
            label: format!("{d}-{}", d + 1),
            from: f32::from(d),
            to: Some(f32::from(d + 1)),
            cards: 0,
        })
        .collect();
    for d in cards.iter().filter(|c| c.phase != Phase::New) {
        let Some(d) = d.difficulty.filter(|d| d.is_finite()) else {
            continue;
        };
        // 1 to 10, the last bar holding 10 itself.
        let i = (d.clamp(1.0, 9.999) - 1.0).floor() as usize;
        if let Some(b) = buckets.get_mut(i) {
            b.cards += 1;
        }
    }
    buckets
}

fn timestamp_text<S: serde::Serializer>(at: &Option<Timestamp>, s: S) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => s.serialize_str(&at.to_string()),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests;
