//! How well the memory model predicts a learner's own history: log loss and RMSE (FSRS's
//! binned root mean square error) of the learner's fitted parameters against FSRS's defaults,
//! over every review that came on a later day than the card's previous one.

use fsrs::FSRS;
use serde::Serialize;

use crate::schedule::optimize::{ReviewEvent, training_items};
use crate::schedule::{DayClock, ScheduleError};

/// One set of parameters measured on the history.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Measure {
    /// Log loss (binary cross-entropy) of the predicted recall; lower is better.
    pub log_loss: f32,
    /// Root mean square error between predicted and actual recall over bins, 0-1; lower is
    /// better.
    pub rmse: f32,
}

/// The defaults and the learner's parameters, measured on the learner's history.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Quality {
    /// Reviews measured on (those on a later day than the card's previous review).
    pub reviews: usize,
    /// FSRS's default parameters.
    pub default: Measure,
    /// The learner's fitted parameters, when they have some.
    pub fitted: Option<Measure>,
}

/// Measures FSRS's defaults and `parameters` (empty: none fitted) on the history; `None` when
/// no review can be measured yet. `progress(done, total)` is called as it goes (both sets
/// together) and stops the work when it returns false.
pub fn quality(
    events: &[ReviewEvent],
    clock: &DayClock,
    parameters: &[f32],
    mut progress: impl FnMut(usize, usize) -> bool,
) -> Result<Option<Quality>, ScheduleError> {
    // Only reviews on a later day than the card's previous one: a same-day review is predicted
    // as certain recall, and an Again there would make the log loss infinite.
    let (items, ids): (Vec<_>, Vec<_>) = {
        let (items, ids) = training_items(events, clock);
        items
            .into_iter()
            .zip(ids)
            .filter(|(item, _)| item.reviews.last().is_some_and(|r| r.delta_t > 0))
            .unzip()
    };
    if items.is_empty() {
        return Ok(None);
    }
    let reviews = items.len();
    let sets = if parameters.is_empty() { 1 } else { 2 };
    let total = reviews * sets;
    let measure =
        |params: &[f32], before: usize, progress: &mut dyn FnMut(usize, usize) -> bool| {
            let model = FSRS::new(params).map_err(|e| ScheduleError::Parameters(e.to_string()))?;
            let eval = model
                .evaluate_with_card_ids(items.clone(), ids.clone(), |p| {
                    progress(before + p.current, total)
                })
                .map_err(|e| ScheduleError::Parameters(e.to_string()))?;
            Ok::<_, ScheduleError>(Measure {
                log_loss: eval.log_loss,
                rmse: eval.rmse_bins,
            })
        };
    let default = measure(&[], 0, &mut progress)?;
    let fitted = if parameters.is_empty() {
        None
    } else {
        Some(measure(parameters, reviews, &mut progress)?)
    };
    Ok(Some(Quality {
        reviews,
        default,
        fitted,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn day(n: i64) -> Timestamp {
        Timestamp::from_second(1_700_000_000 + n * 86_400).unwrap()
    }

    fn history(cards: i64) -> Vec<ReviewEvent> {
        let mut events = Vec::new();
        for card in 0..cards {
            for (i, at) in [0, 1, 4, 11].into_iter().enumerate() {
                let rating = if card % 4 == 0 && i == 2 { 1 } else { 3 };
                events.push(ReviewEvent {
                    card,
                    at: day(at + card % 3),
                    rating,
                });
                if rating == 1 {
                    // Relearnt the same day, forgotten again at once: not measured.
                    for rating in [1, 3] {
                        events.push(ReviewEvent {
                            card,
                            at: day(at + card % 3) + jiff::SignedDuration::from_mins(10),
                            rating,
                        });
                    }
                }
            }
        }
        events
    }

    #[test]
    fn no_later_day_review_measures_nothing() {
        let events = [ReviewEvent {
            card: 1,
            at: day(0),
            rating: 3,
        }];
        let q = quality(&events, &DayClock::utc(), &[], |_, _| true).unwrap();
        assert_eq!(q, None);
    }

    #[test]
    fn measures_the_defaults_and_fitted_parameters() {
        let events = history(12);
        let mut calls = 0;
        let q = quality(&events, &DayClock::utc(), &[], |_, _| {
            calls += 1;
            true
        })
        .unwrap()
        .unwrap();
        assert_eq!(q.reviews, 36);
        assert!(q.default.log_loss > 0.0 && q.default.rmse >= 0.0);
        assert_eq!(q.fitted, None);
        assert!(calls > 0);
        let own = fsrs::DEFAULT_PARAMETERS.map(|p| p * 1.01);
        let q = quality(&events, &DayClock::utc(), &own, |_, _| true)
            .unwrap()
            .unwrap();
        assert!(q.fitted.is_some_and(|f| f.log_loss != q.default.log_loss));
    }
}
