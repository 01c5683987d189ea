//! Study: the prompt large; Space or Enter shows the answer; four grade buttons with the interval
//! each would give, keys 1-4; Ctrl+Z undoes; a summary when the day's queue is empty.
//!
//! Extras: E edits the current card in place (saved to the deck file, progress kept), S
//! suspends it, B buries it until tomorrow (both can be taken back); the summary offers to
//! study ahead, or says when the next card is due.

use std::path::Path;

use eframe::egui::{self, Key, RichText};
use jiff::Timestamp;

use super::Action;
use super::editor::{CardForm, card_problem};
use crate::deck::library::{self, Origin};
use crate::deck::{CardId, CardKind};
use crate::schedule::queue::QueueCounts;
use crate::schedule::{Grade, format_interval};
use crate::store::Store;
use crate::study::{Buried, Session};

/// How many days ahead "Study ahead" looks for reviews.
const AHEAD_DAYS: u32 = 7;

/// A card set aside from the queue, which the learner can take back.
enum SetAside {
    Suspended(CardId),
    Buried(Buried),
}

/// What the summary offers, worked out once when the queue runs empty.
struct Summary {
    ahead: QueueCounts,
    next_due: Option<Timestamp>,
}

/// The study screen's state.
pub struct StudyView {
    session: Session,
    revealed: bool,
    shown_at: Timestamp,
    started: Timestamp,
    studied: u32,
    recalled: u32,
    show_source: bool,
    /// Where the deck comes from (an edited card is saved there).
    origin: Origin,
    /// The card being edited and the form's text.
    editing: Option<(CardId, CardForm)>,
    /// Why the last save of an edited card failed.
    edit_error: Option<String>,
    /// The last card suspended or buried (for its undo button).
    set_aside: Option<SetAside>,
    /// A line on what the last extra did.
    status: Option<String>,
    summary: Option<Summary>,
}

impl StudyView {
    /// Starts showing a session at `now`.
    pub fn new(session: Session, origin: Origin, now: Timestamp) -> StudyView {
        StudyView {
            session,
            revealed: false,
            shown_at: now,
            started: now,
            studied: 0,
            recalled: 0,
            show_source: false,
            origin,
            editing: None,
            edit_error: None,
            set_aside: None,
            status: None,
            summary: None,
        }
    }

    /// Draws the screen and handles its keys.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        data_dir: &Path,
        now: Timestamp,
        actions: &mut Vec<Action>,
        notices: &mut Vec<String>,
    ) {
        // Study keys only while no text field has the keyboard (the card editor's fields).
        let keys = self.editing.is_none() && !ui.ctx().text_edit_focused();
        let (space, enter, undo, digit, edit, suspend, bury) = ui.input(|i| {
            let digit = [Key::Num1, Key::Num2, Key::Num3, Key::Num4]
                .iter()
                .position(|k| i.key_pressed(*k));
            let plain = |k| keys && !i.modifiers.any() && i.key_pressed(k);
            (
                keys && i.key_pressed(Key::Space),
                keys && i.key_pressed(Key::Enter),
                keys && i.modifiers.command && i.key_pressed(Key::Z),
                digit.filter(|_| keys),
                plain(Key::E),
                plain(Key::S),
                plain(Key::B),
            )
        });
        let counts = self.session.counts();
        // Wrapped, so a narrow window or large text pushes the buttons to a new line.
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&self.session.deck().title).strong());
            ui.separator();
            ui.label(format!(
                "New {} · Learning {} · Review {} · Done {}",
                counts.new, counts.learning, counts.review, self.studied
            ));
            let button = ui
                .add_enabled(self.session.undo_depth() > 0, egui::Button::new("Undo"))
                .on_hover_text("Undo the last grade (Ctrl+Z)");
            if button.clicked() || (undo && self.session.undo_depth() > 0) {
                match self.session.undo(store, now) {
                    Ok(Some(undone)) => {
                        self.studied = self.studied.saturating_sub(1);
                        if undone.review.grade != Grade::Again {
                            self.recalled = self.recalled.saturating_sub(1);
                        }
                        self.next_card(now);
                    }
                    Ok(None) => {}
                    Err(e) => notices.push(e.to_string()),
                }
            }
        });
        ui.separator();
        if let Some((id, form)) = &mut self.editing {
            let id = id.clone();
            let mut form = std::mem::take(form);
            self.edit_ui(ui, data_dir, &id, &mut form, actions);
            if let Some((_, slot)) = &mut self.editing {
                *slot = form;
            }
            return;
        }
        let has_card = self.session.current(now).is_some();
        self.extras_ui(ui, store, now, has_card, (edit, suspend, bury), notices);
        let Some(current) = self.session.current(now) else {
            self.summary_ui(ui, store, now, actions, notices);
            return;
        };
        self.summary = None;
        let card = current.card.clone();
        let choices = current.choices.clone();
        ui.add_space(16.0);
        egui::ScrollArea::vertical().show(ui, |ui| {
            super::readable_column(ui, |ui| {
                self.card_ui(
                    ui,
                    store,
                    now,
                    &card,
                    &choices,
                    space || enter,
                    digit,
                    notices,
                );
            });
        });
    }

    /// The card itself: prompt, then the answer and the grade buttons.
    #[allow(clippy::too_many_arguments)]
    fn card_ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        now: Timestamp,
        card: &crate::deck::Card,
        choices: &crate::schedule::Choices,
        reveal_key: bool,
        digit: Option<usize>,
        notices: &mut Vec<String>,
    ) {
        {
            let prompt = if self.revealed && card.kind == CardKind::Cloze {
                card.filled_prompt()
            } else {
                card.learner_prompt()
            };
            ui.label(
                RichText::new(prompt)
                    .size(26.0)
                    .color(ui.visuals().strong_text_color()),
            );
            if card.kind == CardKind::Choice {
                ui.add_space(8.0);
                for (i, option) in card.choices().iter().enumerate() {
                    let letter = char::from(b'A' + (i % 26) as u8);
                    let text = RichText::new(format!("{letter})  {option}")).size(20.0);
                    if self.revealed && *option == card.answer {
                        ui.label(text.strong().color(ui.visuals().selection.bg_fill));
                    } else {
                        ui.label(text);
                    }
                }
            }
            ui.add_space(16.0);
            if !self.revealed {
                let show = ui
                    .add(
                        egui::Button::new(RichText::new("Show answer").size(20.0))
                            .min_size(egui::vec2(180.0, 40.0)),
                    )
                    .on_hover_text("Space or Enter");
                if show.clicked() || reveal_key {
                    self.revealed = true;
                }
                return;
            }
            ui.separator();
            ui.label(RichText::new(&card.answer).size(26.0).strong());
            if !card.source.is_empty() {
                ui.add_space(8.0);
                ui.checkbox(&mut self.show_source, "Show the source sentence");
                if self.show_source {
                    ui.label(RichText::new(&card.source).italics());
                }
            }
            ui.add_space(16.0);
            let mut chosen = digit.and_then(|d| Grade::ALL.get(d).copied());
            ui.horizontal_wrapped(|ui| {
                for grade in Grade::ALL {
                    let interval = format_interval(choices.get(grade).interval);
                    let label = format!("{} {interval}", grade.label());
                    let button = ui
                        .add(
                            egui::Button::new(RichText::new(&label).size(18.0))
                                .min_size(egui::vec2(120.0, 40.0)),
                        )
                        .on_hover_text(format!("Key {}", grade.rating()));
                    if button.clicked() {
                        chosen = Some(grade);
                    }
                }
            });
            if let Some(grade) = chosen {
                let duration = now.duration_since(self.shown_at).as_millis().max(0);
                let duration = u32::try_from(duration).unwrap_or(u32::MAX);
                match self.session.grade(store, grade, now, duration) {
                    Ok(Some(graded)) => {
                        self.studied += 1;
                        if grade != Grade::Again {
                            self.recalled += 1;
                        }
                        if graded.outcome.became_leech {
                            notices.push(format!(
                                "\"{}\" has been forgotten {} times: it is marked a leech and \
                                 suspended. Consider rewording it.",
                                card.learner_prompt(),
                                graded.outcome.progress.lapses
                            ));
                        }
                    }
                    Ok(None) => {}
                    Err(e) => notices.push(e.to_string()),
                }
                self.revealed = false;
                self.show_source = false;
                self.shown_at = now;
            }
        }
    }

    /// Edit, suspend and bury buttons (keys E, S, B), the last one's notice and its undo.
    fn extras_ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        now: Timestamp,
        has_card: bool,
        (edit_key, suspend_key, bury_key): (bool, bool, bool),
        notices: &mut Vec<String>,
    ) {
        ui.horizontal_wrapped(|ui| {
            let edit = ui
                .add_enabled(has_card, egui::Button::new("Edit card"))
                .on_hover_text("Fix this card's text; its progress is kept (E)");
            if (edit.clicked() || edit_key)
                && let Some(current) = self.session.current(now)
            {
                let card = current.card;
                self.editing = Some((card.id.clone(), CardForm::of(card)));
                self.edit_error = None;
            }
            let suspend = ui
                .add_enabled(has_card, egui::Button::new("Suspend card"))
                .on_hover_text("Take this card out of study until you put it back (S)");
            if suspend.clicked() || (suspend_key && has_card) {
                match self.session.suspend_current(store, now) {
                    Ok(Some(card)) => {
                        self.status = Some(
                            "Card suspended: it stays out of study until you put it back."
                                .to_owned(),
                        );
                        self.set_aside = Some(SetAside::Suspended(card));
                        self.next_card(now);
                    }
                    Ok(None) => {}
                    Err(e) => notices.push(e.to_string()),
                }
            }
            let bury = ui
                .add_enabled(has_card, egui::Button::new("Bury card"))
                .on_hover_text("Put this card off until tomorrow (B)");
            if bury.clicked() || (bury_key && has_card) {
                match self.session.bury_current(store, now) {
                    Ok(Some(buried)) => {
                        let n = buried.siblings.len();
                        self.status = Some(match n {
                            0 => "Card buried until tomorrow.".to_owned(),
                            1 => "Card buried until tomorrow, with 1 sibling card.".to_owned(),
                            n => format!("Card buried until tomorrow, with {n} sibling cards."),
                        });
                        self.set_aside = Some(SetAside::Buried(buried));
                        self.next_card(now);
                    }
                    Ok(None) => {}
                    Err(e) => notices.push(e.to_string()),
                }
            }
        });
        if let Some(status) = self.status.clone() {
            ui.horizontal_wrapped(|ui| {
                ui.label(status);
                let undo = match &self.set_aside {
                    Some(SetAside::Suspended(_)) => Some("Undo suspend"),
                    Some(SetAside::Buried(_)) => Some("Undo bury"),
                    None => None,
                };
                if let Some(undo) = undo
                    && ui.button(undo).clicked()
                {
                    let done = match self.set_aside.take() {
                        Some(SetAside::Suspended(card)) => {
                            self.session.unsuspend(store, &card, now)
                        }
                        Some(SetAside::Buried(buried)) => self.session.unbury(store, &buried, now),
                        None => Ok(()),
                    };
                    if let Err(e) = done {
                        notices.push(e.to_string());
                    }
                    self.status = None;
                    self.next_card(now);
                }
            });
        }
    }

    /// A fresh start on whatever card is up next.
    fn next_card(&mut self, now: Timestamp) {
        self.revealed = false;
        self.show_source = false;
        self.shown_at = now;
        self.summary = None;
    }

    /// The inline editor of the current card: Save card writes the deck file (a shipped deck
    /// becomes the user's copy) and shows the new text at once; the card keeps its id and so
    /// its progress.
    fn edit_ui(
        &mut self,
        ui: &mut egui::Ui,
        data_dir: &Path,
        id: &CardId,
        form: &mut CardForm,
        actions: &mut Vec<Action>,
    ) {
        let Some(base) = self.session.deck().card(id).cloned() else {
            self.editing = None;
            return;
        };
        let edited = form.apply(&base);
        let problem = card_problem(&edited);
        let mut close = false;
        egui::ScrollArea::vertical()
            .id_salt("edit_card")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.heading(format!("Edit card ({})", base.kind));
                form.ui(ui, base.kind, problem.as_ref(), false);
                if let Some(error) = &self.edit_error {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                ui.horizontal_wrapped(|ui| {
                    let reason = match &problem {
                        Some((field, message)) => format!("Fix {field} first: {message}"),
                        None => "Save the card to the deck file".to_owned(),
                    };
                    let save = ui
                        .add_enabled(problem.is_none(), egui::Button::new("Save card"))
                        .on_hover_text(&reason)
                        .on_disabled_hover_text(&reason);
                    if save.clicked() {
                        let mut deck = self.session.deck().clone();
                        if let Some(slot) = deck.cards.iter_mut().find(|c| c.id == *id) {
                            *slot = edited.clone();
                        }
                        match library::save_edited(data_dir, &self.origin, &deck) {
                            Ok(path) => {
                                self.origin = Origin::User(path.clone());
                                self.session.replace_card(edited.clone());
                                self.status = Some(format!("Card saved to {}.", path.display()));
                                self.set_aside = None;
                                self.edit_error = None;
                                actions.push(Action::DecksChanged);
                                close = true;
                            }
                            Err(e) => self.edit_error = Some(format!("Could not save: {e}")),
                        }
                    }
                    if ui.button("Cancel").on_hover_text("Escape").clicked()
                        || ui.input(|i| i.key_pressed(Key::Escape))
                    {
                        close = true;
                    }
                });
            });
        if close {
            self.editing = None;
            self.edit_error = None;
        }
    }

    fn summary_ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        now: Timestamp,
        actions: &mut Vec<Action>,
        notices: &mut Vec<String>,
    ) {
        ui.add_space(24.0);
        ui.heading("Done for now");
        ui.add_space(8.0);
        if self.studied > 0 {
            let share = f64::from(self.recalled) / f64::from(self.studied) * 100.0;
            let minutes = now.duration_since(self.started).as_secs() / 60;
            ui.label(format!(
                "You studied {} card{}, recalled {share:.0}%, in {minutes} min.",
                self.studied,
                if self.studied == 1 { "" } else { "s" },
            ));
        } else {
            ui.label("Nothing is due in this deck right now.");
        }
        if let Some(due) = self.session.next_due() {
            let tz = self.session.scheduler().clock().tz.clone();
            ui.label(format!(
                "Learning cards come back at {}.",
                due.to_zoned(tz).strftime("%H:%M")
            ));
        }
        if self.summary.is_none() {
            let ahead = self.session.ahead_counts(store, now, AHEAD_DAYS);
            let next_due = self.session.next_card_due(store, now);
            match (ahead, next_due) {
                (Ok(ahead), Ok(next_due)) => self.summary = Some(Summary { ahead, next_due }),
                (Err(e), _) | (_, Err(e)) => {
                    notices.push(e.to_string());
                    self.summary = Some(Summary {
                        ahead: QueueCounts::default(),
                        next_due: None,
                    });
                }
            }
        }
        let tz = self.session.scheduler().clock().tz.clone();
        let mut study_ahead = false;
        if let Some(summary) = &self.summary {
            let ahead = summary.ahead;
            if ahead.review > 0 {
                ui.label(format!(
                    "{} review{} due in the next {AHEAD_DAYS} days can be studied now.",
                    ahead.review,
                    if ahead.review == 1 { " is" } else { "s are" },
                ));
            } else if ahead.new > 0 {
                ui.label(format!(
                    "No reviews are due in the next {AHEAD_DAYS} days; {} more new card{} can \
                     be studied now.",
                    ahead.new,
                    if ahead.new == 1 { "" } else { "s" },
                ));
            } else {
                match summary.next_due {
                    Some(due) if self.session.next_due().is_none() => {
                        ui.label(format!(
                            "Nothing is left to study ahead. The next card is due on {}.",
                            due.to_zoned(tz).strftime("%A %-d %B at %H:%M")
                        ));
                    }
                    Some(_) => {}
                    None => {
                        ui.label("Nothing is left to study in this deck.");
                    }
                }
            }
            ui.add_space(16.0);
            ui.horizontal_wrapped(|ui| {
                if ahead.total() > 0 {
                    let hover = if ahead.review > 0 {
                        format!("Reviews due in the next {AHEAD_DAYS} days, soonest first")
                    } else {
                        "New cards beyond today's limit".to_owned()
                    };
                    study_ahead = ui.button("Study ahead").on_hover_text(hover).clicked();
                }
                if ui.button("Back to decks").clicked() {
                    actions.push(Action::Home);
                }
            });
        }
        if study_ahead {
            match self.session.study_ahead(store, now, AHEAD_DAYS) {
                Ok(_) => self.next_card(now),
                Err(e) => notices.push(e.to_string()),
            }
        }
    }
}
