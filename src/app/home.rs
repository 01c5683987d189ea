//! Home: every deck with its counts and its Study, Quiz, Drill and Edit buttons, the learner switcher.

use std::path::Path;

use eframe::egui::{self, RichText};
use jiff::Timestamp;

use super::Action;
use crate::deck::library::Entry;
use crate::schedule::DayClock;
use crate::store::{Learner, Store};

/// One line of the deck list: a plain view-model, built without a window.
#[derive(Debug, Clone, PartialEq)]
pub struct DeckRow {
    /// Deck id (empty for a deck that did not load).
    pub id: String,
    /// Title, or the file for a deck that did not load.
    pub title: String,
    /// Why the deck did not load (it is still listed).
    pub error: Option<String>,
    /// New cards to study today: those never studied, within what is left of the deck's
    /// new cards a day.
    pub new: u64,
    /// Cards in learning.
    pub learning: u64,
    /// Cards due today.
    pub due: u64,
    /// All cards.
    pub total: u64,
}

impl DeckRow {
    /// Counts a deck for a learner (`store` and `learner` absent: the card count only).
    pub fn count(
        entry: &Entry,
        store: Option<&mut Store>,
        learner: Option<&Learner>,
        clock: &DayClock,
        now: Timestamp,
    ) -> DeckRow {
        let deck = match &entry.deck {
            Ok(d) => d,
            Err(e) => {
                return DeckRow {
                    id: String::new(),
                    title: entry.origin.describe(),
                    error: Some(e.to_string()),
                    new: 0,
                    learning: 0,
                    due: 0,
                    total: 0,
                };
            }
        };
        let mut row = DeckRow {
            id: deck.id.clone(),
            title: deck.title.clone(),
            error: None,
            new: deck.cards.len() as u64,
            learning: 0,
            due: 0,
            total: deck.cards.len() as u64,
        };
        if let (Some(store), Some(learner)) = (store, learner) {
            let counted = store.sync_deck(deck).and_then(|_| {
                let stats = store.deck_stats(learner, &deck.id, clock, now)?;
                let settings = store.deck_settings(&deck.id)?;
                let today = store.today(learner.id, &deck.id, clock, now)?;
                let room = settings.new_per_day.saturating_sub(today.new_done);
                Ok((stats, u64::from(room)))
            });
            match counted {
                Ok((s, new_room)) => {
                    row.new = s.new.min(new_room);
                    row.learning = s.learning;
                    row.due = s.due_today;
                    row.total = s.total;
                }
                Err(e) => row.error = Some(e.to_string()),
            }
        }
        row
    }
}

/// What the home screen keeps between frames.
#[derive(Debug, Default)]
pub struct HomeState {
    new_learner: String,
    /// Each deck block's height with the space after it, as last drawn: the list lays out only
    /// the blocks in view (a classroom may keep hundreds of decks).
    heights: Vec<f32>,
}

/// Draws the home screen.
#[allow(clippy::too_many_arguments)]
pub fn home_ui(
    ui: &mut egui::Ui,
    state: &mut HomeState,
    rows: &[DeckRow],
    learners: &[Learner],
    current: Option<&str>,
    last_deck: Option<&str>,
    store_error: Option<&str>,
    decks_dir: &Path,
    actions: &mut Vec<Action>,
) {
    if let Some(error) = store_error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("Progress cannot be saved: {error}"),
        );
    }
    learner_ui(ui, state, learners, current, actions);
    ui.add_space(8.0);
    continue_ui(ui, rows, last_deck, actions);
    ui.horizontal_wrapped(|ui| {
        ui.heading("Decks");
        if ui.button("Import a document").clicked() {
            actions.push(Action::ImportPick);
        }
        ui.weak("or drop files onto this window");
    });
    if rows.is_empty() {
        ui.label(format!(
            "No decks yet. Put a deck file (.toml) in {} or make one with \
             `factdeck generate DOCUMENT`.",
            decks_dir.display()
        ));
        return;
    }
    // Blocks not drawn yet are guessed at the height of a deck with a one-line title.
    state.heights.resize(rows.len(), 108.0);
    let heights = &mut state.heights;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            const FOOTER: f32 = 40.0;
            let total: f32 = heights.iter().sum::<f32>() + FOOTER;
            ui.set_height(total);
            // The first block reaching into view, and where it starts.
            let mut first = 0;
            let mut skipped = 0.0;
            while first < rows.len() && skipped + heights[first] <= viewport.min.y {
                skipped += heights[first];
                first += 1;
            }
            ui.add_space(skipped);
            ui.skip_ahead_auto_ids(first);
            let mut bottom = skipped;
            let mut last = first;
            while last < rows.len() && bottom < viewport.max.y {
                let top = ui.cursor().top();
                deck_card(ui, &rows[last], actions);
                ui.add_space(6.0);
                heights[last] = ui.cursor().top() - top;
                bottom += heights[last];
                last += 1;
            }
            if last == rows.len() {
                ui.add_space(6.0);
                ui.weak(format!("Your decks folder: {}", decks_dir.display()));
            }
        });
}

/// One deck: its title, today's counts and its buttons, wrapping to the window's width.
fn deck_card(ui: &mut egui::Ui, row: &DeckRow, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            if let Some(error) = &row.error {
                ui.label(RichText::new(&row.title).strong());
                ui.colored_label(ui.visuals().error_fg_color, error);
                return;
            }
            ui.add(egui::Label::new(RichText::new(&row.title).size(18.0).strong()).wrap());
            let colors = CountColors::of(ui.visuals());
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(colors.new, format!("{} new", row.new));
                ui.label("·");
                ui.colored_label(colors.learning, format!("{} learning", row.learning));
                ui.label("·");
                ui.colored_label(colors.due, format!("{} due", row.due));
                ui.label("·");
                ui.weak(format!("{} cards", row.total));
            });
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                let waiting = row.new + row.learning + row.due > 0;
                let study = labelled_button(
                    ui,
                    egui::Button::new(RichText::new("Study").strong()).selected(waiting),
                    format!("Study {}", row.title),
                );
                if study.clicked() {
                    actions.push(Action::Study(row.id.clone()));
                }
                let quiz =
                    labelled_button(ui, egui::Button::new("Quiz"), format!("Quiz {}", row.title));
                if quiz.clicked() {
                    actions.push(Action::Quiz(row.id.clone()));
                }
                let drill = labelled_button(
                    ui,
                    egui::Button::new("Drill"),
                    format!("Drill {}", row.title),
                );
                if drill.clicked() {
                    actions.push(Action::Drill(row.id.clone()));
                }
                let edit = labelled_button(
                    ui,
                    egui::Button::new("Edit cards"),
                    format!("Edit {}", row.title),
                );
                if edit.clicked() {
                    actions.push(Action::Edit(row.id.clone()));
                }
                // Statistics (src/app/stats.rs).
                let stats = labelled_button(
                    ui,
                    egui::Button::new("Statistics"),
                    format!("Statistics of {}", row.title),
                );
                if stats.clicked() {
                    actions.push(Action::Stats(Some(row.id.clone())));
                }
            });
        });
}

/// A button whose accessible name (and hover text) says what it acts on: "Study <deck>".
fn labelled_button(ui: &mut egui::Ui, button: egui::Button<'_>, name: String) -> egui::Response {
    let response = ui.add(button).on_hover_text(&name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    response
}

/// The colours of the three counts, as Anki's learners know them: new blue, learning red,
/// due green.
struct CountColors {
    new: egui::Color32,
    learning: egui::Color32,
    due: egui::Color32,
}

impl CountColors {
    fn of(visuals: &egui::Visuals) -> CountColors {
        if visuals.dark_mode {
            CountColors {
                new: egui::Color32::from_rgb(110, 170, 255),
                learning: egui::Color32::from_rgb(255, 120, 110),
                due: egui::Color32::from_rgb(110, 210, 130),
            }
        } else {
            CountColors {
                new: egui::Color32::from_rgb(20, 90, 200),
                learning: egui::Color32::from_rgb(190, 40, 30),
                due: egui::Color32::from_rgb(20, 130, 50),
            }
        }
    }
}

/// The deck studied last, one click or Enter away.
fn continue_ui(
    ui: &mut egui::Ui,
    rows: &[DeckRow],
    last_deck: Option<&str>,
    actions: &mut Vec<Action>,
) {
    let Some(row) = last_deck.and_then(|id| rows.iter().find(|r| r.id == id && r.error.is_none()))
    else {
        return;
    };
    let waiting = row.new.min(1) + row.learning + row.due;
    let text = if waiting == 0 {
        format!("Continue with {} (nothing due now)", row.title)
    } else {
        format!("Continue with {}", row.title)
    };
    let enter =
        ui.input(|i| i.key_pressed(egui::Key::Enter)) && ui.memory(|m| m.focused().is_none());
    let button = ui
        .add(egui::Button::new(RichText::new(text).size(17.0)))
        .on_hover_text("Enter");
    if button.clicked() || enter {
        actions.push(Action::Study(row.id.clone()));
    }
    ui.add_space(8.0);
}

fn learner_ui(
    ui: &mut egui::Ui,
    state: &mut HomeState,
    learners: &[Learner],
    current: Option<&str>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let current = current.unwrap_or_default();
        egui::ComboBox::from_label("Learner")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for l in learners {
                    if ui.selectable_label(l.name == current, &l.name).clicked() {
                        actions.push(Action::SwitchLearner(l.name.clone()));
                    }
                }
            });
        ui.separator();
        let field = ui.add(
            egui::TextEdit::singleline(&mut state.new_learner)
                .hint_text("New learner's name")
                .desired_width(160.0),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "New learner's name")
        });
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let name = state.new_learner.trim().to_owned();
        let add = ui.add_enabled(!name.is_empty(), egui::Button::new("Add learner"));
        if (add.clicked() || entered) && !name.is_empty() {
            actions.push(Action::SwitchLearner(name));
            state.new_learner.clear();
        }
    });
}
