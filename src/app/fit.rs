//! Fitting a learner's memory model in the background: one job, shared by the settings and the
//! statistics screens.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eframe::egui;
use fsrs::CombinedProgressState;
use jiff::Timestamp;

use super::Action;
use crate::schedule::DayClock;
use crate::schedule::optimize::{self, Fit};
use crate::store::{Learner, Store};

/// A fit running on another thread, with its progress.
pub struct FitJob {
    done: Receiver<Result<Fit, String>>,
    progress: Arc<Mutex<CombinedProgressState>>,
}

/// How a finished fit ended, in words for the learner.
pub enum Finished {
    /// Fitted parameters were saved: studying uses them from now on.
    Saved(String),
    /// Too little history: the defaults stay.
    Kept(String),
    /// The fit or saving it failed (the message says what).
    Failed(String),
}

impl Finished {
    /// The status line a screen shows for it. A saved fit asks for the learner to be read
    /// again (studying and the figures follow the new parameters); a failure is also a notice.
    pub fn into_status(
        self,
        learner: &Learner,
        actions: &mut Vec<Action>,
        notices: &mut Vec<String>,
    ) -> String {
        match self {
            Finished::Saved(message) => {
                actions.push(Action::SwitchLearner(learner.name.clone()));
                message
            }
            Finished::Kept(message) => message,
            Finished::Failed(message) => {
                notices.push(message);
                "Fitting failed.".to_owned()
            }
        }
    }
}

impl FitJob {
    /// Reads the learner's reviews and starts fitting them on another thread.
    pub fn start(
        ctx: &egui::Context,
        store: &Store,
        learner: &Learner,
        clock: &DayClock,
    ) -> Result<FitJob, String> {
        let events = store.review_events(learner.id).map_err(|e| e.to_string())?;
        let progress = CombinedProgressState::new_shared();
        let shared = Arc::clone(&progress);
        let (send, done) = mpsc::channel();
        let clock = clock.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let fit = optimize::fit_with_progress(&events, &clock, Some(shared))
                .map_err(|e| e.to_string());
            // The screen may be gone: then nobody listens, which is fine.
            let _ = send.send(fit);
            ctx.request_repaint();
        });
        Ok(FitJob { done, progress })
    }

    /// The share of the work done, 0 to 1.
    pub fn share(&self) -> f32 {
        let (current, total) = self
            .progress
            .lock()
            .map(|p| (p.current(), p.total()))
            .unwrap_or((0, 0));
        if total > 0 {
            current as f32 / total as f32
        } else {
            0.0
        }
    }

    /// `None` while the fit runs (a repaint is asked for); once it has finished, saves fitted
    /// parameters for `learner` and says how it ended.
    pub fn poll(
        &self,
        ctx: &egui::Context,
        store: &mut Store,
        learner: &Learner,
        now: Timestamp,
    ) -> Option<Finished> {
        let result = match self.done.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(100));
                return None;
            }
            Err(TryRecvError::Disconnected) => Err("the fitting stopped unexpectedly".to_owned()),
        };
        Some(match result {
            Ok(Fit::TooLittle { reviews, needed }) => Finished::Kept(format!(
                "{reviews} reviews on later days so far; {needed} are needed to fit the memory \
                 model. Keeping the defaults."
            )),
            Ok(Fit::Fitted {
                parameters,
                reviews,
            }) => {
                let count = u32::try_from(reviews).unwrap_or(u32::MAX);
                match store.save_fit(learner.id, &parameters, count, now) {
                    Ok(()) => Finished::Saved(format!(
                        "Fitted to {reviews} reviews; studying now uses the fitted model."
                    )),
                    Err(e) => Finished::Failed(format!("The fitted model could not be saved: {e}")),
                }
            }
            Err(e) => Finished::Failed(format!("Fitting the memory model failed: {e}")),
        })
    }
}
