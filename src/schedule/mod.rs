//! Spaced-repetition scheduling: FSRS-6 memory states through the `fsrs` crate, same-day
//! learning steps, fuzz, the day's queue, leeches and parameters fitted to a learner's history.
//!
//! Everything here is pure: the clock (`now`), the time zone ([`DayClock`]) and the fuzz seed are
//! arguments, so a test can replay any history exactly. The store keeps what this module computes.

pub mod day;
pub mod optimize;
pub mod queue;

use std::fmt;

use fsrs::{FSRS, MemoryState};
use jiff::{SignedDuration, Timestamp};

pub use day::DayClock;

/// How well the learner recalled a card: the four buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    /// Forgot it.
    Again = 1,
    /// Recalled it with difficulty.
    Hard = 2,
    /// Recalled it.
    Good = 3,
    /// Recalled it effortlessly.
    Easy = 4,
}

impl Grade {
    /// The four grades, worst first (the order of the buttons and of keys 1-4).
    pub const ALL: [Grade; 4] = [Grade::Again, Grade::Hard, Grade::Good, Grade::Easy];

    /// The rating FSRS and the review log use: 1 (Again) to 4 (Easy).
    pub fn rating(self) -> u8 {
        self as u8
    }

    /// The grade of a rating 1-4.
    pub fn from_rating(rating: u8) -> Option<Grade> {
        Grade::ALL.get(usize::from(rating).wrapping_sub(1)).copied()
    }

    /// Parses `1`-`4` or a grade's name (`again`, `hard`, `good`, `easy`, any case).
    pub fn parse(text: &str) -> Option<Grade> {
        let text = text.trim();
        if let Ok(n) = text.parse::<u8>() {
            return Grade::from_rating(n);
        }
        Grade::ALL
            .into_iter()
            .find(|g| g.label().eq_ignore_ascii_case(text))
    }

    /// The button's label: `Again`, `Hard`, `Good`, `Easy`.
    pub fn label(self) -> &'static str {
        match self {
            Grade::Again => "Again",
            Grade::Hard => "Hard",
            Grade::Good => "Good",
            Grade::Easy => "Easy",
        }
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Where a card is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Phase {
    /// Never studied.
    #[default]
    New = 0,
    /// Being learned: going through the same-day learning steps.
    Learning = 1,
    /// Learned: shown again after days, when FSRS predicts recall is fading.
    Review = 2,
    /// Forgotten after being learned: going through the relearning steps.
    Relearning = 3,
}

impl Phase {
    /// Every phase, in lifecycle order.
    pub const ALL: [Phase; 4] = [
        Phase::New,
        Phase::Learning,
        Phase::Review,
        Phase::Relearning,
    ];

    /// The number stored in the database and the exported log (Anki's: 0 new, 1 learning,
    /// 2 review, 3 relearning).
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The phase of a stored number.
    pub fn from_code(code: u8) -> Option<Phase> {
        Phase::ALL.get(usize::from(code)).copied()
    }

    /// Lower-case name: `new`, `learning`, `review`, `relearning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::New => "new",
            Phase::Learning => "learning",
            Phase::Review => "review",
            Phase::Relearning => "relearning",
        }
    }

    /// Learning or relearning: due again within the day.
    pub fn is_learning(self) -> bool {
        matches!(self, Phase::Learning | Phase::Relearning)
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One learner's progress on one card: all the scheduler needs to know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Where the card is in its life.
    pub phase: Phase,
    /// When it is next due (for a new card: never studied, so irrelevant).
    pub due: Timestamp,
    /// FSRS memory state; `None` until the first review.
    pub memory: Option<MemoryState>,
    /// Index of the current learning or relearning step.
    pub step: u32,
    /// Times reviewed.
    pub reps: u32,
    /// Times forgotten after being learned.
    pub lapses: u32,
    /// When it was last reviewed.
    pub last_review: Option<Timestamp>,
    /// Taken out of study (a leech, or by the learner) until unsuspended.
    pub suspended: bool,
    /// Forgotten so often that studying it as it stands wastes time.
    pub leech: bool,
}

impl Progress {
    /// A card never studied.
    pub fn new_card() -> Progress {
        Progress {
            phase: Phase::New,
            due: Timestamp::UNIX_EPOCH,
            memory: None,
            step: 0,
            reps: 0,
            lapses: 0,
            last_review: None,
            suspended: false,
            leech: false,
        }
    }

    /// The state a learner sees: `suspended`, or the phase's name.
    pub fn state_name(&self) -> &'static str {
        if self.suspended {
            "suspended"
        } else {
            self.phase.as_str()
        }
    }
}

impl Default for Progress {
    fn default() -> Progress {
        Progress::new_card()
    }
}

/// Scheduling settings, per deck (and the learner's fitted FSRS parameters).
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Delays of the learning steps of a new card (default 1 min, 10 min).
    pub learning_steps: Vec<SignedDuration>,
    /// Delays of the relearning steps of a forgotten card (default 10 min).
    pub relearning_steps: Vec<SignedDuration>,
    /// The probability of recall FSRS schedules reviews for (default 0.90).
    pub desired_retention: f32,
    /// The longest interval, in days (default 36500).
    pub maximum_interval_days: u32,
    /// Spread review intervals a little so cards learned together do not stay together.
    pub fuzz: bool,
    /// New cards a day, per deck and learner (default 20).
    pub new_per_day: u32,
    /// Reviews a day, per deck and learner (default 200).
    pub reviews_per_day: u32,
    /// Lapses at which a card becomes a leech and is suspended (default 8; 0 turns it off).
    pub leech_threshold: u32,
    /// A learning card due within this much of now is shown when nothing else is left
    /// (default 20 min, as in Anki).
    pub learn_ahead: SignedDuration,
    /// FSRS parameters; empty for the FSRS-6 defaults.
    pub parameters: Vec<f32>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            learning_steps: vec![SignedDuration::from_mins(1), SignedDuration::from_mins(10)],
            relearning_steps: vec![SignedDuration::from_mins(10)],
            desired_retention: 0.90,
            maximum_interval_days: 36_500,
            fuzz: true,
            new_per_day: 20,
            reviews_per_day: 200,
            leech_threshold: 8,
            learn_ahead: SignedDuration::from_mins(20),
            parameters: Vec::new(),
        }
    }
}

/// Why a [`Scheduler`] could not be made.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ScheduleError {
    /// The FSRS parameters are not a valid set.
    #[error("invalid FSRS parameters: {0}")]
    Parameters(String),
    /// Desired retention outside 0.70-0.99.
    #[error("desired retention {0} is outside 0.70-0.99")]
    Retention(f32),
    /// A learning step that is not a positive delay.
    #[error("learning steps must be positive delays")]
    Steps,
}

/// What one grade does to a card.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The grade given.
    pub grade: Grade,
    /// The card's progress after it.
    pub progress: Progress,
    /// The delay until the card is due again (what the button previews).
    pub interval: SignedDuration,
    /// Whole study days since the previous review (0 for a first review).
    pub elapsed_days: u32,
    /// This grade made the card a leech (it is now suspended).
    pub became_leech: bool,
}

/// The outcome of each of the four grades, for the buttons' previews.
#[derive(Debug, Clone, PartialEq)]
pub struct Choices {
    /// Again, Hard, Good, Easy, in that order.
    pub outcomes: [Outcome; 4],
}

impl Choices {
    /// The outcome of one grade.
    pub fn get(&self, grade: Grade) -> &Outcome {
        &self.outcomes[usize::from(grade.rating() - 1)]
    }

    /// Takes the outcome of one grade.
    pub fn into_outcome(self, grade: Grade) -> Outcome {
        let [again, hard, good, easy] = self.outcomes;
        match grade {
            Grade::Again => again,
            Grade::Hard => hard,
            Grade::Good => good,
            Grade::Easy => easy,
        }
    }
}

/// The scheduler: settings, an FSRS model and the learner's day clock.
#[derive(Debug, Clone)]
pub struct Scheduler {
    config: Config,
    fsrs: FSRS,
    clock: DayClock,
}

const DAY_SECS: i64 = 86_400;

impl Scheduler {
    /// A scheduler for these settings and day clock.
    pub fn new(config: Config, clock: DayClock) -> Result<Scheduler, ScheduleError> {
        if !(0.70..=0.99).contains(&config.desired_retention) {
            return Err(ScheduleError::Retention(config.desired_retention));
        }
        let positive = |steps: &[SignedDuration]| steps.iter().all(|s| s.is_positive());
        if !positive(&config.learning_steps) || !positive(&config.relearning_steps) {
            return Err(ScheduleError::Steps);
        }
        let fsrs =
            FSRS::new(&config.parameters).map_err(|e| ScheduleError::Parameters(e.to_string()))?;
        Ok(Scheduler {
            config,
            fsrs,
            clock,
        })
    }

    /// The settings.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The day clock.
    pub fn clock(&self) -> &DayClock {
        &self.clock
    }

    /// What each grade would do to a card reviewed at `now`. `seed` drives the interval fuzz:
    /// pass the same seed to [`Scheduler::answer`] and the card gets the previewed interval.
    pub fn preview(&self, progress: &Progress, now: Timestamp, seed: u64) -> Choices {
        Choices {
            outcomes: Grade::ALL.map(|g| self.answer(progress, g, now, seed)),
        }
    }

    /// The card's progress after the learner gives `grade` at `now`.
    pub fn answer(&self, progress: &Progress, grade: Grade, now: Timestamp, seed: u64) -> Outcome {
        let elapsed_days = progress
            .last_review
            .map_or(0, |last| self.clock.days_between(last, now));
        let next_states = self.next_states(progress.memory, elapsed_days);
        let mut next = Progress {
            memory: Some(next_states.memory(grade)),
            reps: progress.reps.saturating_add(1),
            last_review: Some(now),
            ..progress.clone()
        };
        let interval = match progress.phase {
            Phase::New | Phase::Learning => {
                let step = if progress.phase == Phase::New {
                    0
                } else {
                    progress.step
                };
                let steps = &self.config.learning_steps;
                self.step_or_graduate(
                    &mut next,
                    Phase::Learning,
                    steps,
                    step,
                    grade,
                    &next_states,
                    seed,
                )
            }
            Phase::Relearning => {
                let steps = &self.config.relearning_steps;
                self.step_or_graduate(
                    &mut next,
                    Phase::Relearning,
                    steps,
                    progress.step,
                    grade,
                    &next_states,
                    seed,
                )
            }
            Phase::Review => self.review(&mut next, grade, &next_states, seed),
        };
        next.due = now.checked_add(interval).unwrap_or(now);
        let threshold = self.config.leech_threshold;
        // A leech at the threshold, and again every half-threshold lapses after (as in Anki).
        let became_leech = threshold > 0
            && next.lapses > progress.lapses
            && next.lapses >= threshold
            && (next.lapses - threshold).is_multiple_of(threshold.div_ceil(2));
        if became_leech {
            next.leech = true;
            next.suspended = true;
        }
        Outcome {
            grade,
            progress: next,
            interval,
            elapsed_days,
            became_leech,
        }
    }

    /// FSRS's memory state and interval after each grade. On a model error (which valid
    /// parameters never give) the previous state is kept, or a neutral first state.
    fn next_states(&self, memory: Option<MemoryState>, elapsed_days: u32) -> NextStates4 {
        let retention = self.config.desired_retention;
        if let Ok(s) = self.fsrs.next_states(memory, retention, elapsed_days) {
            let all = [s.again, s.hard, s.good, s.easy];
            return NextStates4 {
                memory: all.clone().map(|s| s.memory),
                days: all.map(|s| s.interval),
            };
        }
        let kept = memory.unwrap_or(MemoryState {
            stability: 1.0,
            difficulty: 5.0,
        });
        NextStates4 {
            memory: [kept; 4],
            days: [kept.stability; 4],
        }
    }

    /// Learning and relearning: move through `steps`, or graduate to review.
    #[allow(clippy::too_many_arguments)]
    fn step_or_graduate(
        &self,
        next: &mut Progress,
        phase: Phase,
        steps: &[SignedDuration],
        step: u32,
        grade: Grade,
        states: &NextStates4,
        seed: u64,
    ) -> SignedDuration {
        let at = usize::try_from(step).unwrap_or(usize::MAX);
        let delay = match grade {
            Grade::Again => steps.first().map(|d| (0, *d)),
            Grade::Hard => match steps.get(at) {
                // On the first step, Hard waits between Again's delay and Good's.
                Some(first) if at == 0 => Some((
                    0,
                    match steps.get(1) {
                        Some(second) => (*first + *second) / 2,
                        None => (*first * 3 / 2).min(*first + SignedDuration::from_hours(24)),
                    },
                )),
                Some(current) => Some((at, *current)),
                None => None,
            },
            Grade::Good => steps.get(at.saturating_add(1)).map(|d| (at + 1, *d)),
            Grade::Easy => None,
        };
        match delay {
            Some((step, delay)) => {
                next.phase = phase;
                next.step = u32::try_from(step).unwrap_or(u32::MAX);
                round_to_minute(delay)
            }
            None => {
                next.phase = Phase::Review;
                next.step = 0;
                let minimum = if grade == Grade::Easy { 2 } else { 1 };
                let days = self.whole_days(states.days(grade)).max(minimum);
                days_duration(self.fuzzed(days, minimum, seed))
            }
        }
    }

    /// A review card: Again starts relearning (or, with no relearning steps, a short review);
    /// Hard, Good and Easy get FSRS's intervals, kept strictly in that order.
    fn review(
        &self,
        next: &mut Progress,
        grade: Grade,
        states: &NextStates4,
        seed: u64,
    ) -> SignedDuration {
        if grade == Grade::Again {
            next.lapses = next.lapses.saturating_add(1);
            if let Some(first) = self.config.relearning_steps.first() {
                next.phase = Phase::Relearning;
                next.step = 0;
                return round_to_minute(*first);
            }
            let days = self.whole_days(states.days(Grade::Again));
            return days_duration(self.fuzzed(days, 1, seed));
        }
        next.phase = Phase::Review;
        next.step = 0;
        let hard = self.whole_days(states.days(Grade::Hard));
        let good = self.whole_days(states.days(Grade::Good)).max(hard + 1);
        let easy = self.whole_days(states.days(Grade::Easy)).max(good + 1);
        let days = match grade {
            Grade::Hard => self.fuzzed(hard, 1, seed),
            Grade::Good => self.fuzzed(good, hard + 1, seed),
            _ => self.fuzzed(easy, good + 1, seed),
        };
        days_duration(days)
    }

    /// FSRS's interval rounded to whole days, at least one, at most the maximum interval.
    fn whole_days(&self, days: f32) -> u32 {
        let maximum = self.config.maximum_interval_days.max(1);
        if days.is_finite() {
            (days.round().max(1.0) as u32).min(maximum)
        } else {
            maximum
        }
    }

    /// Spreads an interval of `days` by Anki's fuzz ranges, never below `minimum` nor above the
    /// maximum interval; the same seed gives the same result.
    fn fuzzed(&self, days: u32, minimum: u32, seed: u64) -> u32 {
        let maximum = self.config.maximum_interval_days.max(1);
        let days = days.clamp(minimum.min(maximum), maximum);
        if !self.config.fuzz || days < 3 {
            return days;
        }
        let (low, high) = fuzz_range(days, minimum, maximum);
        let unit = (crate::deck::splitmix64(seed) >> 11) as f64 / (1u64 << 53) as f64;
        let span = f64::from(high - low + 1);
        (low + (unit * span).floor() as u32).min(high)
    }
}

/// Anki's fuzz: about ±15% for intervals under a week, ±10% to 20 days, ±5% beyond, plus a day.
fn fuzz_range(days: u32, minimum: u32, maximum: u32) -> (u32, u32) {
    let interval = f64::from(days);
    let mut delta = 1.0;
    for (start, end, factor) in [(2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, f64::MAX, 0.05)] {
        delta += factor * (interval.min(end) - start).max(0.0);
    }
    let low = ((interval - delta).round() as u32).max(2).max(minimum);
    let high = ((interval + delta).round() as u32).min(maximum);
    (low.min(high), high)
}

/// Whole days as a duration.
fn days_duration(days: u32) -> SignedDuration {
    SignedDuration::from_secs(i64::from(days) * DAY_SECS)
}

/// FSRS's four next states, by grade.
#[derive(Debug, Clone)]
struct NextStates4 {
    memory: [MemoryState; 4],
    days: [f32; 4],
}

impl NextStates4 {
    fn memory(&self, grade: Grade) -> MemoryState {
        self.memory[usize::from(grade.rating() - 1)]
    }

    fn days(&self, grade: Grade) -> f32 {
        self.days[usize::from(grade.rating() - 1)]
    }
}

/// Learning delays are whole minutes, at least one.
fn round_to_minute(delay: SignedDuration) -> SignedDuration {
    let mins = ((delay.as_secs() + 30) / 60).max(1);
    SignedDuration::from_mins(mins)
}

/// A short label for an interval, as on the grade buttons: `<1m`, `10m`, `3h`, `1d`, `8d`,
/// `2.1mo`, `1.5y`.
pub fn format_interval(interval: SignedDuration) -> String {
    let secs = interval.as_secs().max(0);
    let days = secs as f64 / DAY_SECS as f64;
    if secs < 60 {
        "<1m".to_owned()
    } else if secs < 3_600 {
        format!("{}m", (secs + 30) / 60)
    } else if secs < DAY_SECS {
        format!("{}h", (secs + 1_800) / 3_600)
    } else if days < 30.0 {
        format!("{}d", days.round() as i64)
    } else if days < 365.0 {
        trim_decimal(days / 30.0, "mo")
    } else {
        trim_decimal(days / 365.0, "y")
    }
}

fn trim_decimal(value: f64, unit: &str) -> String {
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text}{unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn scheduler() -> Scheduler {
        Scheduler::new(Config::default(), DayClock::utc()).unwrap()
    }

    fn no_fuzz() -> Scheduler {
        let config = Config {
            fuzz: false,
            ..Config::default()
        };
        Scheduler::new(config, DayClock::utc()).unwrap()
    }

    const NOW: &str = "2026-03-10T12:00:00Z";

    #[test]
    fn grades_parse_and_print() {
        assert_eq!(Grade::parse("1"), Some(Grade::Again));
        assert_eq!(Grade::parse(" good "), Some(Grade::Good));
        assert_eq!(Grade::parse("EASY"), Some(Grade::Easy));
        assert_eq!(Grade::parse("5"), None);
        assert_eq!(Grade::parse("0"), None);
        assert_eq!(Grade::parse("maybe"), None);
        assert_eq!(Grade::from_rating(2), Some(Grade::Hard));
        assert_eq!(Phase::from_code(3), Some(Phase::Relearning));
        assert_eq!(Phase::from_code(4), None);
    }

    #[test]
    fn a_new_card_previews_the_learning_steps_and_fsrs_intervals() {
        let choices = scheduler().preview(&Progress::new_card(), at(NOW), 7);
        let labels: Vec<String> = choices
            .outcomes
            .iter()
            .map(|o| format_interval(o.interval))
            .collect();
        // Again: first step; Hard: between the steps; Good: second step; Easy: graduates.
        assert_eq!(labels[..3], ["1m", "6m", "10m"]);
        assert_eq!(choices.get(Grade::Easy).progress.phase, Phase::Review);
        assert!(choices.get(Grade::Easy).interval >= SignedDuration::from_hours(48));
        for o in &choices.outcomes[..3] {
            assert_eq!(o.progress.phase, Phase::Learning);
            assert_eq!(o.progress.reps, 1);
            assert!(o.progress.memory.is_some());
        }
    }

    #[test]
    fn learning_steps_graduate_then_good_grows_the_interval_and_again_shrinks_it() {
        let s = no_fuzz();
        let mut now = at(NOW);
        let mut p = Progress::new_card();
        // Good on the first step: the second step (10 min).
        let o = s.answer(&p, Grade::Good, now, 1);
        assert_eq!((o.progress.phase, o.progress.step), (Phase::Learning, 1));
        assert_eq!(o.interval, SignedDuration::from_mins(10));
        p = o.progress;
        now = p.due;
        // Good on the last step graduates with FSRS's interval.
        let o = s.answer(&p, Grade::Good, now, 1);
        assert_eq!(o.progress.phase, Phase::Review);
        let first = o.interval;
        assert!(first >= SignedDuration::from_hours(24), "{first:?}");
        p = o.progress;
        // Each Good on time gives a longer interval.
        let mut previous = first;
        for _ in 0..4 {
            now = p.due;
            let o = s.answer(&p, Grade::Good, now, 1);
            assert_eq!(o.progress.phase, Phase::Review);
            assert!(o.interval > previous, "{:?} after {previous:?}", o.interval);
            assert!(o.elapsed_days >= 1);
            previous = o.interval;
            p = o.progress;
        }
        // Again: relearning for 10 minutes, one lapse, lower stability.
        now = p.due;
        let before = p.memory.unwrap().stability;
        let o = s.answer(&p, Grade::Again, now, 1);
        assert_eq!(
            (o.progress.phase, o.progress.lapses),
            (Phase::Relearning, 1)
        );
        assert_eq!(o.interval, SignedDuration::from_mins(10));
        assert!(o.progress.memory.unwrap().stability < before);
        p = o.progress;
        // Good after relearning: back to review, on a much shorter interval than before.
        now = p.due;
        let o = s.answer(&p, Grade::Good, now, 1);
        assert_eq!(o.progress.phase, Phase::Review);
        assert!(o.interval < previous, "{:?} vs {previous:?}", o.interval);
    }

    #[test]
    fn review_intervals_stay_in_order_and_within_the_maximum() {
        let config = Config {
            maximum_interval_days: 30,
            ..Config::default()
        };
        let s = Scheduler::new(config, DayClock::utc()).unwrap();
        let mut p = Progress::new_card();
        let mut now = at(NOW);
        for seed in 0..12 {
            let choices = s.preview(&p, now, seed);
            if p.phase == Phase::Review {
                let days: Vec<i64> = choices.outcomes[1..]
                    .iter()
                    .map(|o| o.interval.as_secs() / DAY_SECS)
                    .collect();
                // Strictly ordered, except where the maximum caps them.
                assert!(days[0] <= days[1] && days[1] <= days[2], "{days:?}");
                assert!(days[1] > days[0] || days[1] == 30, "{days:?}");
                assert!(days[2] > days[1] || days[2] == 30, "{days:?}");
                assert!(days.iter().all(|d| *d <= 30), "{days:?}");
            }
            p = choices.into_outcome(Grade::Easy).progress;
            now = p.due;
        }
    }

    #[test]
    fn fuzz_is_seeded_and_bounded() {
        let s = scheduler();
        let mut p = Progress::new_card();
        let mut now = at(NOW);
        for _ in 0..4 {
            p = s.answer(&p, Grade::Easy, now, 3).progress;
            now = p.due;
        }
        let plain = no_fuzz().answer(&p, Grade::Good, now, 3).interval;
        let mut seen = HashSet::new();
        for seed in 0..200 {
            let a = s.answer(&p, Grade::Good, now, seed).interval;
            assert_eq!(a, s.answer(&p, Grade::Good, now, seed).interval);
            let off = (a.as_secs() - plain.as_secs()).abs() as f64;
            assert!(
                off <= plain.as_secs() as f64 * 0.16 + DAY_SECS as f64,
                "{a:?} {plain:?}"
            );
            seen.insert(a);
        }
        assert!(seen.len() > 2, "fuzz spreads intervals: {seen:?}");
    }

    #[test]
    fn preview_matches_the_answer() {
        let s = scheduler();
        let p = s
            .answer(&Progress::new_card(), Grade::Easy, at(NOW), 9)
            .progress;
        let now = p.due;
        let choices = s.preview(&p, now, 42);
        for g in Grade::ALL {
            assert_eq!(choices.get(g), &s.answer(&p, g, now, 42));
        }
    }

    #[test]
    fn a_card_forgotten_eight_times_becomes_a_leech_and_is_suspended() {
        let s = no_fuzz();
        let mut p = s
            .answer(&Progress::new_card(), Grade::Easy, at(NOW), 0)
            .progress;
        let mut leeches = Vec::new();
        for lapse in 1..=12 {
            let o = s.answer(&p, Grade::Again, p.due, 0);
            assert_eq!(o.progress.lapses, lapse);
            if o.became_leech {
                leeches.push(lapse);
            }
            p = s
                .answer(&o.progress, Grade::Good, o.progress.due, 0)
                .progress;
            p.suspended = false; // the learner unsuspends it and goes on
        }
        assert_eq!(leeches, [8, 12]);
        assert!(p.leech);
    }

    #[test]
    fn hard_on_a_later_step_repeats_it_and_again_restarts() {
        let s = no_fuzz();
        let p = s
            .answer(&Progress::new_card(), Grade::Good, at(NOW), 0)
            .progress;
        let hard = s.answer(&p, Grade::Hard, p.due, 0);
        assert_eq!(hard.progress.step, 1);
        assert_eq!(hard.interval, SignedDuration::from_mins(10));
        let again = s.answer(&p, Grade::Again, p.due, 0);
        assert_eq!(again.progress.step, 0);
        assert_eq!(again.interval, SignedDuration::from_mins(1));
    }

    #[test]
    fn without_steps_cards_go_straight_to_review() {
        let config = Config {
            learning_steps: Vec::new(),
            relearning_steps: Vec::new(),
            ..Config::default()
        };
        let s = Scheduler::new(config, DayClock::utc()).unwrap();
        let o = s.answer(&Progress::new_card(), Grade::Again, at(NOW), 0);
        assert_eq!(o.progress.phase, Phase::Review);
        assert!(o.interval >= SignedDuration::from_hours(24));
        let o2 = s.answer(&o.progress, Grade::Again, o.progress.due, 0);
        assert_eq!((o2.progress.phase, o2.progress.lapses), (Phase::Review, 1));
    }

    #[test]
    fn bad_settings_are_refused() {
        let bad = Config {
            desired_retention: 1.5,
            ..Config::default()
        };
        assert!(Scheduler::new(bad, DayClock::utc()).is_err());
        let bad = Config {
            parameters: vec![1.0; 3],
            ..Config::default()
        };
        assert!(matches!(
            Scheduler::new(bad, DayClock::utc()),
            Err(ScheduleError::Parameters(_))
        ));
        let bad = Config {
            learning_steps: vec![SignedDuration::ZERO],
            ..Config::default()
        };
        assert_eq!(
            Scheduler::new(bad, DayClock::utc()).err(),
            Some(ScheduleError::Steps)
        );
    }

    #[test]
    fn intervals_print_like_the_buttons() {
        let f = |secs| format_interval(SignedDuration::from_secs(secs));
        assert_eq!(f(30), "<1m");
        assert_eq!(f(600), "10m");
        assert_eq!(f(3 * 3600), "3h");
        assert_eq!(f(DAY_SECS), "1d");
        assert_eq!(f(8 * DAY_SECS), "8d");
        assert_eq!(f(63 * DAY_SECS), "2.1mo");
        assert_eq!(f(60 * DAY_SECS), "2mo");
        assert_eq!(f(548 * DAY_SECS), "1.5y");
    }

    use std::collections::HashSet;
}
