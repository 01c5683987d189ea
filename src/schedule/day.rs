//! Study days: a day rolls over at a set hour of local time (4 a.m. by default, as in Anki), so a
//! late-night session counts towards the day it started in.

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// Turns instants into study days. The time zone comes in from outside (the system's in the app,
/// a fixed one in tests), so the scheduler never reads the machine's settings itself.
#[derive(Debug, Clone)]
pub struct DayClock {
    /// The hour (0-23, local time) at which one study day ends and the next begins.
    pub rollover_hour: u8,
    /// The learner's time zone.
    pub tz: TimeZone,
}

impl DayClock {
    /// A clock rolling over at `rollover_hour` (clamped to 0-23) in `tz`.
    pub fn new(rollover_hour: u8, tz: TimeZone) -> DayClock {
        DayClock {
            rollover_hour: rollover_hour.min(23),
            tz,
        }
    }

    /// A clock in UTC rolling over at 4 a.m.: the fixture tests use.
    pub fn utc() -> DayClock {
        DayClock::new(4, TimeZone::UTC)
    }

    /// The civil date of the study day `at` falls in.
    pub fn study_date(&self, at: Timestamp) -> Date {
        let local = at.to_zoned(self.tz.clone()).datetime();
        let hours = SignedDuration::from_hours(i64::from(self.rollover_hour));
        match local.checked_sub(hours) {
            Ok(shifted) => shifted.date(),
            Err(_) => local.date(),
        }
    }

    /// The study day `at` falls in, as a count of days since 1970-01-01.
    pub fn day(&self, at: Timestamp) -> i64 {
        let epoch = Date::constant(1970, 1, 1);
        self.study_date(at).duration_since(epoch).as_secs() / 86_400
    }

    /// The instant the study day holding `at` ends (the next rollover).
    pub fn day_end(&self, at: Timestamp) -> Timestamp {
        let fallback = at.checked_add(SignedDuration::from_hours(24)).unwrap_or(at);
        let Ok(next) = self.study_date(at).tomorrow() else {
            return fallback;
        };
        let rollover = Time::constant(self.rollover_hour as i8, 0, 0, 0);
        match next.to_datetime(rollover).to_zoned(self.tz.clone()) {
            Ok(zoned) => zoned.timestamp(),
            Err(_) => fallback,
        }
    }

    /// The instant the study day holding `at` began.
    pub fn day_start(&self, at: Timestamp) -> Timestamp {
        let rollover = Time::constant(self.rollover_hour as i8, 0, 0, 0);
        match self
            .study_date(at)
            .to_datetime(rollover)
            .to_zoned(self.tz.clone())
        {
            Ok(zoned) => zoned.timestamp(),
            Err(_) => at,
        }
    }

    /// Whole study days from `earlier` to `later` (0 when on the same day or out of order).
    pub fn days_between(&self, earlier: Timestamp, later: Timestamp) -> u32 {
        let days = self.day(later) - self.day(earlier);
        u32::try_from(days.max(0)).unwrap_or(u32::MAX)
    }
}

impl Default for DayClock {
    /// Rolls over at 4 a.m. in the system's time zone.
    fn default() -> DayClock {
        DayClock::new(4, TimeZone::system())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn the_day_rolls_over_at_the_set_hour() {
        let clock = DayClock::utc();
        let late = ts("2026-03-10T23:30:00Z");
        let after_midnight = ts("2026-03-11T03:59:00Z");
        let morning = ts("2026-03-11T04:00:00Z");
        assert_eq!(clock.day(late), clock.day(after_midnight));
        assert_eq!(clock.day(morning), clock.day(late) + 1);
        assert_eq!(clock.day_end(late), morning);
        assert_eq!(clock.day_start(morning), morning);
        assert_eq!(clock.day_start(after_midnight), ts("2026-03-10T04:00:00Z"));
        assert_eq!(clock.days_between(late, morning), 1);
        assert_eq!(clock.days_between(morning, late), 0);
    }

    #[test]
    fn local_time_zones_and_midnight_rollover() {
        let tz = TimeZone::fixed(jiff::tz::offset(-5));
        let clock = DayClock::new(0, tz);
        // 03:00 UTC is 22:00 the previous evening at UTC-5.
        let evening = ts("2026-03-11T03:00:00Z");
        assert_eq!(clock.study_date(evening), Date::constant(2026, 3, 10));
        assert_eq!(clock.day_end(evening), ts("2026-03-11T05:00:00Z"));
    }

    #[test]
    fn daylight_saving_days_still_end_at_the_rollover_hour() {
        let Ok(tz) = TimeZone::get("Europe/Berlin") else {
            return; // no time zone database on this machine
        };
        let clock = DayClock::new(4, tz);
        // Clocks go forward on 2026-03-29 at 02:00 local.
        let before = ts("2026-03-28T12:00:00Z");
        let end = clock.day_end(before);
        assert_eq!(end, ts("2026-03-29T02:00:00Z")); // 04:00 CEST
        assert_eq!(clock.day(end), clock.day(before) + 1);
    }
}
