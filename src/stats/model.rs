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
    let (items, ids) = training_items(events, clock);
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
