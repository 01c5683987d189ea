//! Study days for many instants at once: the day boundaries of a span are found once through
//! [`DayClock`] (time zone, rollover hour, daylight saving), then each instant is placed by a
//! binary search instead of a time-zone conversion.

use jiff::{SignedDuration, Timestamp};

use crate::schedule::DayClock;

/// The longest span of days kept (about 30 years back): older instants count as "before".
const MAX_DAYS_BACK: i64 = 11_000;

/// Study days from `first` (days before today, counted back) to `ahead` days after today.
#[derive(Debug, Clone)]
pub struct DayIndex {
    /// Start of each study day, in milliseconds, oldest first; `starts[back]` is today's, and
    /// one more start closes the last day.
    starts: Vec<i64>,
    /// How many days before today `starts[0]` is.
    back: usize,
}

/// Where an instant falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Before the first day of the index.
    Before,
    /// On a day: negative before today, 0 today, positive after.
    Day(i64),
    /// After the last day of the index.
    After,
}

impl DayIndex {
    /// The study days from `back` days before the day of `now` to `ahead` days after it.
    pub fn new(clock: &DayClock, now: Timestamp, back: u32, ahead: u32) -> DayIndex {
        let back = i64::from(back).min(MAX_DAYS_BACK);
        let today = clock.day_start(now);
        let mut before = Vec::with_capacity(usize::try_from(back).unwrap_or(0));
        let mut start = today;
        for _ in 0..back {
            let Some(previous) = start
                .checked_sub(SignedDuration::from_millis(1))
                .ok()
                .map(|t| clock.day_start(t))
            else {
                break;
            };
            if previous >= start {
                break;
            }
            before.push(previous.as_millisecond());
            start = previous;
        }
        before.reverse();
        let back = before.len();
        let mut starts = before;
        starts.push(today.as_millisecond());
        let mut start = today;
        for _ in 0..=ahead {
            let end = clock.day_end(start);
            if end <= start {
                break;
            }
            starts.push(end.as_millisecond());
            start = end;
        }
        DayIndex { starts, back }
    }

    /// The day an instant (in milliseconds) falls on.
    pub fn place(&self, at_ms: i64) -> Place {
        let i = self.starts.partition_point(|s| *s <= at_ms);
        if i == 0 {
            Place::Before
        } else if i >= self.starts.len() {
            Place::After
        } else {
            Place::Day(i64::try_from(i - 1).unwrap_or(0) - i64::try_from(self.back).unwrap_or(0))
        }
    }

    /// How many days before today the index reaches.
    pub fn days_back(&self) -> usize {
        self.back
    }

    /// The start of the day `offset` days from today, if in the index.
    pub fn start_of(&self, offset: i64) -> Option<Timestamp> {
        let i = usize::try_from(offset + i64::try_from(self.back).ok()?).ok()?;
        Timestamp::from_millisecond(*self.starts.get(i)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::tz::TimeZone;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn places_instants_on_study_days() {
        let clock = DayClock::utc();
        let now = ts("2026-03-10T12:00:00Z");
        let days = DayIndex::new(&clock, now, 3, 2);
        let at = |s: &str| days.place(ts(s).as_millisecond());
        assert_eq!(at("2026-03-10T04:00:00Z"), Place::Day(0));
        assert_eq!(at("2026-03-10T03:59:59Z"), Place::Day(-1));
        assert_eq!(at("2026-03-07T04:00:00Z"), Place::Day(-3));
        assert_eq!(at("2026-03-07T03:00:00Z"), Place::Before);
        assert_eq!(at("2026-03-13T03:59:00Z"), Place::Day(2));
        assert_eq!(at("2026-03-13T04:00:00Z"), Place::After);
        assert_eq!(days.days_back(), 3);
    }

    #[test]
    fn agrees_with_the_clock_in_a_zone_with_daylight_saving() {
        let Ok(tz) = TimeZone::get("Europe/Berlin") else {
            return;
        };
        let clock = DayClock::new(4, tz);
        let now = ts("2026-04-05T12:00:00Z");
        let days = DayIndex::new(&clock, now, 30, 30);
        let today = clock.day(now);
        let mut t = ts("2026-03-08T00:00:00Z");
        while t < ts("2026-05-03T00:00:00Z") {
            assert_eq!(
                days.place(t.as_millisecond()),
                Place::Day(clock.day(t) - today),
                "{t}"
            );
            t += SignedDuration::from_mins(37);
        }
    }
}
