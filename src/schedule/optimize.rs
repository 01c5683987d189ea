//! FSRS parameters fitted to one learner's own review history, with the `fsrs` optimizer.
//!
//! Too little history gives unreliable parameters, so below [`MIN_REVIEWS`] usable reviews the
//! defaults are kept and the caller says so.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use fsrs::{
    CombinedProgressState, ComputeParametersInput, FSRSItem, FSRSReview, compute_parameters,
};
use jiff::Timestamp;

use super::{DayClock, ScheduleError};

/// Reviews (on a later day than the card's previous one) needed before parameters are fitted;
/// Anki asks for a few hundred too.
pub const MIN_REVIEWS: usize = 400;

/// One logged review, as the optimizer needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewEvent {
    /// Any number that tells the cards apart.
    pub card: i64,
    /// When it was reviewed.
    pub at: Timestamp,
    /// The grade's rating, 1-4.
    pub rating: u8,
}

/// What fitting gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Fit {
    /// Parameters fitted to the history.
    Fitted {
        /// The 21 FSRS-6 parameters.
        parameters: Vec<f32>,
        /// Usable reviews they were fitted on.
        reviews: usize,
    },
    /// Not enough history: keep the defaults.
    TooLittle {
        /// Usable reviews so far.
        reviews: usize,
        /// Usable reviews needed.
        needed: usize,
    },
}

/// The training items of a history: one per review that came on a later day than the card's
/// previous review, holding the card's reviews up to it (FSRS's own recipe). Returns the items
/// and their cards' ids.
pub fn training_items(events: &[ReviewEvent], clock: &DayClock) -> (Vec<FSRSItem>, Vec<i64>) {
    let mut by_card: BTreeMap<i64, Vec<ReviewEvent>> = BTreeMap::new();
    for e in events.iter().filter(|e| (1..=4).contains(&e.rating)) {
        by_card.entry(e.card).or_default().push(*e);
    }
    let mut items = Vec::new();
    let mut ids = Vec::new();
    for (card, mut history) in by_card {
        history.sort_by_key(|e| e.at);
        let mut reviews = Vec::with_capacity(history.len());
        let mut previous: Option<Timestamp> = None;
        for e in history {
            let delta_t = previous.map_or(0, |p| clock.days_between(p, e.at));
            reviews.push(FSRSReview {
                rating: u32::from(e.rating),
                delta_t,
            });
            previous = Some(e.at);
            let item = FSRSItem {
                reviews: reviews.clone(),
            };
            // Only a review on a later day than the one before it is a prediction to learn
            // from (a same-day review says nothing of long-term memory).
            if delta_t > 0 {
                items.push(item);
                ids.push(card);
            }
        }
    }
    (items, ids)
}

/// Fits FSRS parameters to a learner's history, or says there is too little of it.
pub fn fit(events: &[ReviewEvent], clock: &DayClock) -> Result<Fit, ScheduleError> {
    fit_with_progress(events, clock, None)
}

/// [`fit`], reporting its progress (and taking a request to stop) through `progress`.
pub fn fit_with_progress(
    events: &[ReviewEvent],
    clock: &DayClock,
    progress: Option<Arc<Mutex<CombinedProgressState>>>,
) -> Result<Fit, ScheduleError> {
    let (items, ids) = training_items(events, clock);
    if items.len() < MIN_REVIEWS {
        return Ok(Fit::TooLittle {
            reviews: items.len(),
            needed: MIN_REVIEWS,
        });
    }
    let reviews = items.len();
    let parameters = compute_parameters(ComputeParametersInput {
        train_set: items,
        card_ids: Some(ids),
        progress,
        ..ComputeParametersInput::default()
    })
    .map_err(|e| ScheduleError::Parameters(e.to_string()))?;
    Ok(Fit::Fitted {
        parameters,
        reviews,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;

    fn day(n: i64) -> Timestamp {
        Timestamp::from_second(1_700_000_000 + n * 86_400).unwrap()
    }

    #[test]
    fn items_hold_each_cards_history_up_to_a_later_day() {
        let events = [
            ReviewEvent {
                card: 1,
                at: day(0),
                rating: 3,
            },
            ReviewEvent {
                card: 1,
                at: day(0) + SignedDuration::from_mins(10),
                rating: 3,
            },
            ReviewEvent {
                card: 1,
                at: day(3),
                rating: 1,
            },
            // A relearning step the same day: no item of its own.
            ReviewEvent {
                card: 1,
                at: day(3) + SignedDuration::from_mins(10),
                rating: 3,
            },
            ReviewEvent {
                card: 2,
                at: day(1),
                rating: 4,
            },
        ];
        let (items, ids) = training_items(&events, &DayClock::utc());
        assert_eq!(ids, [1]);
        let deltas: Vec<u32> = items[0].reviews.iter().map(|r| r.delta_t).collect();
        assert_eq!(deltas, [0, 0, 3]);
    }

    #[test]
    fn too_little_history_keeps_the_defaults() {
        let events: Vec<ReviewEvent> = (0..50)
            .flat_map(|card| {
                [
                    ReviewEvent {
                        card,
                        at: day(0),
                        rating: 3,
                    },
                    ReviewEvent {
                        card,
                        at: day(2),
                        rating: 3,
                    },
                ]
            })
            .collect();
        let fit = fit(&events, &DayClock::utc()).unwrap();
        assert_eq!(
            fit,
            Fit::TooLittle {
                reviews: 50,
                needed: MIN_REVIEWS
            }
        );
    }

    #[test]
    fn enough_history_fits_parameters() {
        // 300 cards reviewed on a growing schedule; every fifth card is forgotten at times.
        let mut events = Vec::new();
        for card in 0..300i64 {
            let mut at = 0;
            for (i, gap) in [0, 1, 3, 8, 20].into_iter().enumerate() {
                at += gap;
                let rating = if card % 5 == 0 && i == 3 { 1 } else { 3 };
                events.push(ReviewEvent {
                    card,
                    at: day(at + card % 7),
                    rating,
                });
            }
        }
        let Fit::Fitted {
            parameters,
            reviews,
        } = fit(&events, &DayClock::utc()).unwrap()
        else {
            panic!("expected fitted parameters");
        };
        assert_eq!(reviews, 1200);
        assert_eq!(parameters.len(), 21);
        assert!(fsrs::FSRS::new(&parameters).is_ok());
    }
}
