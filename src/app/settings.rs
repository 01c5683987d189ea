//! Settings: theme and text size; each deck's daily limits and desired retention; when the
//! study day starts; the learner's scheduling fitted to their reviews (in the background);
//! where the data lives, with its backups.

use std::path::Path;

use eframe::egui::{self, RichText};
use jiff::Timestamp;

use super::fit::FitJob;
use super::{Action, DeckRow};
use crate::schedule::DayClock;
use crate::schedule::optimize;
use crate::store::backup::list_backups;
use crate::store::{DeckSettings, Learner, Preferences, Store, Theme};

/// The settings screen's state.
#[derive(Default)]
pub struct SettingsView {
    /// The deck whose settings are shown, and those settings as edited.
    deck: Option<(String, DeckSettings)>,
    /// The memory model being fitted in the background, if it is.
    fitting: Option<FitJob>,
    /// How many backups there are and when the newest was taken (read when the screen opens
    /// and after a backup, not every frame).
    backups: Option<(usize, Option<Timestamp>)>,
    /// The last thing done on this screen, for the learner to read.
    status: Option<String>,
}

/// What the settings screen works on, lent by the app for one frame.
pub struct Context<'a> {
    pub store: &'a mut Store,
    pub prefs: &'a mut Preferences,
    pub rows: &'a [DeckRow],
    pub learner: Option<&'a Learner>,
    pub clock: &'a DayClock,
    pub data_dir: &'a Path,
    pub now: Timestamp,
}

/// The smallest desired retention offered: below it, forgetting is the plan.
const RETENTION_MIN: f32 = 0.70;
/// The largest: above it, reviews pile up for little gain.
const RETENTION_MAX: f32 = 0.97;

impl SettingsView {
    /// Draws the screen. Returns whether the preferences changed (the app saves them).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        cx: Context<'_>,
        actions: &mut Vec<Action>,
        notices: &mut Vec<String>,
    ) -> bool {
        if let (Some(job), Some(learner)) = (&self.fitting, cx.learner)
            && let Some(finished) = job.poll(ui.ctx(), cx.store, learner, cx.now)
        {
            self.fitting = None;
            self.status = Some(finished.into_status(learner, actions, notices));
        }
        let mut prefs_changed = false;
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            actions.push(Action::Home);
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading("Settings");
                ui.add_space(8.0);
                prefs_changed = appearance_ui(ui, cx.prefs);
                ui.add_space(16.0);
                self.deck_ui(ui, cx.store, cx.rows, notices);
                ui.add_space(16.0);
                self.scheduling_ui(ui, cx.store, cx.learner, cx.clock, actions, notices);
                ui.add_space(16.0);
                self.data_ui(ui, cx.store, cx.data_dir, cx.now, notices);
                if let Some(status) = &self.status {
                    ui.add_space(12.0);
                    ui.label(status);
                }
                ui.add_space(12.0);
                if ui.button("Back to decks").clicked() {
                    actions.push(Action::Home);
                }
            });
        prefs_changed
    }

    fn deck_ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        rows: &[DeckRow],
        notices: &mut Vec<String>,
    ) {
        ui.label(RichText::new("Study limits of a deck").strong());
        let decks: Vec<&DeckRow> = rows.iter().filter(|r| r.error.is_none()).collect();
        let Some(first) = decks.first() else {
            ui.label("No deck loads yet: add one from the deck list.");
            return;
        };
        let chosen_id = self
            .deck
            .as_ref()
            .map_or_else(|| first.id.clone(), |(id, _)| id.clone());
        let chosen_title = decks
            .iter()
            .find(|r| r.id == chosen_id)
            .map_or(first.title.as_str(), |r| r.title.as_str());
        let mut picked = chosen_id.clone();
        egui::ComboBox::from_label("Deck")
            .selected_text(chosen_title)
            .width(ui.available_width().min(420.0) - 60.0)
            .show_ui(ui, |ui| {
                for row in &decks {
                    ui.selectable_value(&mut picked, row.id.clone(), &row.title);
                }
            });
        if self.deck.as_ref().is_none_or(|(id, _)| *id != picked) {
            match store.deck_settings(&picked) {
                Ok(settings) => self.deck = Some((picked, settings)),
                Err(e) => {
                    notices.push(e.to_string());
                    self.deck = Some((picked, DeckSettings::default()));
                }
            }
        }
        let Some((deck_id, settings)) = &mut self.deck else {
            return;
        };
        let mut changed = false;
        egui::Grid::new("deck_settings")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                changed |=
                    labelled_drag(ui, "New cards a day", &mut settings.new_per_day, 0..=9999);
                ui.end_row();
                changed |= labelled_drag(
                    ui,
                    "Reviews a day",
                    &mut settings.reviews_per_day,
                    0..=99_999,
                );
                ui.end_row();
                let label = ui.label("Desired retention");
                let mut percent = (settings.desired_retention * 100.0).round();
                let slider = ui
                    .add(
                        egui::Slider::new(
                            &mut percent,
                            RETENTION_MIN * 100.0..=RETENTION_MAX * 100.0,
                        )
                        .step_by(1.0)
                        .fixed_decimals(0)
                        .suffix(" %"),
                    )
                    .labelled_by(label.id)
                    .on_hover_text(
                        "The chance of remembering a card when it comes back. Higher means \
                         more reviews; 90 % suits most learners.",
                    );
                if slider.changed() {
                    settings.desired_retention = percent / 100.0;
                    changed = true;
                }
                ui.end_row();
            });
        if ui.button("Reset to defaults").clicked() {
            *settings = DeckSettings::default();
            changed = true;
        }
        if changed {
            match store.set_deck_settings(deck_id, settings) {
                Ok(()) => self.status = Some("Saved.".to_owned()),
                Err(e) => notices.push(e.to_string()),
            }
        }
    }

    fn scheduling_ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        learner: Option<&Learner>,
        clock: &DayClock,
        actions: &mut Vec<Action>,
        notices: &mut Vec<String>,
    ) {
        ui.label(RichText::new("Study day").strong());
        let mut hour = clock.rollover_hour;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("A new study day starts at");
            let drag = ui
                .add(egui::DragValue::new(&mut hour).range(0..=23).suffix(":00"))
                .labelled_by(label.id);
            if drag.changed() {
                match store.set_rollover_hour(hour) {
                    Ok(()) => actions.push(Action::DayChanged),
                    Err(e) => notices.push(e.to_string()),
                }
            }
        });
        let Some(learner) = learner else {
            return;
        };
        ui.add_space(8.0);
        ui.label(RichText::new(format!("Scheduling for {}", learner.name)).strong());
        if learner.parameters.is_empty() {
            ui.label("Using FSRS's default memory model.");
        } else {
            ui.label("Using a memory model fitted to this learner's reviews.");
        }
        ui.horizontal_wrapped(|ui| {
            if self.fitting.is_some() {
                ui.add(egui::Spinner::new());
                ui.label("Fitting to your reviews...");
            } else if ui
                .button("Fit to my reviews")
                .on_hover_text(format!(
                    "Fits the memory model to how you actually remember (needs {} reviews on \
                     later days); runs in the background",
                    optimize::MIN_REVIEWS
                ))
                .clicked()
            {
                match FitJob::start(ui.ctx(), store, learner, clock) {
                    Ok(job) => self.fitting = Some(job),
                    Err(e) => notices.push(e),
                }
            }
        });
    }

    fn data_ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        data_dir: &Path,
        now: Timestamp,
        notices: &mut Vec<String>,
    ) {
        ui.label(RichText::new("Your data").strong());
        ui.horizontal_wrapped(|ui| {
            ui.label("Data folder:");
            ui.monospace(data_dir.display().to_string());
        });
        let backups_dir = store.backups_dir().to_path_buf();
        let (count, newest) = *self.backups.get_or_insert_with(|| {
            let backups = list_backups(&backups_dir);
            // Newest first.
            (backups.len(), backups.first().map(|(_, at)| *at))
        });
        match newest {
            Some(at) => ui.label(format!(
                "{count} backup{}, the newest from {}.",
                if count == 1 { "" } else { "s" },
                at.strftime("%Y-%m-%d %H:%M UTC")
            )),
            None => ui.label("No backups yet: one is made every 30 minutes of study and on exit."),
        };
        ui.horizontal_wrapped(|ui| {
            if ui.button("Open data folder").clicked() {
                open_folder(data_dir, notices);
            }
            if ui.button("Open backups folder").clicked() {
                if let Err(e) = std::fs::create_dir_all(&backups_dir) {
                    notices.push(format!("{}: {e}", backups_dir.display()));
                }
                open_folder(&backups_dir, notices);
            }
            if ui.button("Back up now").clicked() {
                self.backups = None;
                match store.backup_now(now) {
                    Ok(path) => self.status = Some(format!("Backed up to {}.", path.display())),
                    Err(e) => notices.push(e.to_string()),
                }
            }
        });
    }
}

/// Shows the theme and text size choices; returns whether one changed.
fn appearance_ui(ui: &mut egui::Ui, prefs: &mut Preferences) -> bool {
    let mut changed = false;
    ui.label(RichText::new("Appearance").strong());
    ui.horizontal_wrapped(|ui| {
        for theme in Theme::ALL {
            changed |= ui
                .radio_value(&mut prefs.theme, theme, theme.label())
                .changed();
        }
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Text size");
        let mut percent = (prefs.clamped_text_scale() * 100.0).round();
        let range = Preferences::TEXT_SCALE_RANGE;
        let slider = ui
            .add(
                egui::Slider::new(&mut percent, range.start() * 100.0..=range.end() * 100.0)
                    .step_by(25.0)
                    .fixed_decimals(0)
                    .suffix(" %"),
            )
            .labelled_by(label.id)
            .on_hover_text("Ctrl+Plus and Ctrl+Minus change it from any screen; Ctrl+0 resets");
        // A slider drag changes the scale under the pointer; apply it when let go.
        if slider.changed() && !slider.dragged() || slider.drag_stopped() {
            prefs.text_scale = percent / 100.0;
            changed = true;
        }
        if ui.button("Normal size").clicked() {
            prefs.text_scale = 1.0;
            changed = true;
        }
        if ui.button("Projector size").clicked() {
            prefs.text_scale = 2.0;
            changed = true;
        }
    });
    changed
}

/// A label and a number field it names; returns whether the number changed.
fn labelled_drag(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut u32,
    range: std::ops::RangeInclusive<u32>,
) -> bool {
    let label = ui.label(label);
    ui.add(egui::DragValue::new(value).range(range))
        .labelled_by(label.id)
        .changed()
}

fn open_folder(path: &Path, notices: &mut Vec<String>) {
    if let Err(e) = open::that_detached(path) {
        notices.push(format!("Could not open {}: {e}", path.display()));
    }
}
