//! Study: the prompt large; Space or Enter shows the answer; four grade buttons with the interval
//! each would give, keys 1-4; Ctrl+Z undoes; a summary when the day's queue is empty.

use eframe::egui::{self, Key, RichText};
use jiff::Timestamp;

use super::Action;
use crate::deck::CardKind;
use crate::schedule::{Grade, format_interval};
use crate::store::Store;
use crate::study::Session;

/// The study screen's state.
pub struct StudyView {
    session: Session,
    revealed: bool,
    shown_at: Timestamp,
    started: Timestamp,
    studied: u32,
    recalled: u32,
    show_source: bool,
}

impl StudyView {
    /// Starts showing a session at `now`.
    pub fn new(session: Session, now: Timestamp) -> StudyView {
        StudyView {
            session,
            revealed: false,
            shown_at: now,
            started: now,
            studied: 0,
            recalled: 0,
            show_source: false,
        }
    }

    /// Draws the screen and handles its keys.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        now: Timestamp,
        actions: &mut Vec<Action>,
        notices: &mut Vec<String>,
    ) {
        let (space, enter, undo, digit) = ui.input(|i| {
            let digit = [Key::Num1, Key::Num2, Key::Num3, Key::Num4]
                .iter()
                .position(|k| i.key_pressed(*k));
            (
                i.key_pressed(Key::Space),
                i.key_pressed(Key::Enter),
                i.modifiers.command && i.key_pressed(Key::Z),
                digit,
            )
        });
        let counts = self.session.counts();
        ui.horizontal(|ui| {
            ui.label(RichText::new(&self.session.deck().title).strong());
            ui.separator();
            ui.label(format!(
                "New {} · Learning {} · Review {} · Done {}",
                counts.new, counts.learning, counts.review, self.studied
            ));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
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
                            self.revealed = false;
                            self.shown_at = now;
                        }
                        Ok(None) => {}
                        Err(e) => notices.push(e.to_string()),
                    }
                }
            });
        });
        ui.separator();
        let Some(current) = self.session.current(now) else {
            self.summary_ui(ui, now, actions);
            return;
        };
        let card = current.card.clone();
        let choices = current.choices.clone();
        ui.add_space(16.0);
        egui::ScrollArea::vertical().show(ui, |ui| {
            // A readable column, centred in a wide window.
            let width = ui.available_width().min(820.0);
            let margin = (ui.available_width() - width) / 2.0;
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_width(width);
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

    fn summary_ui(&mut self, ui: &mut egui::Ui, now: Timestamp, actions: &mut Vec<Action>) {
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
        } else {
            ui.label("Come back tomorrow for the next reviews and new cards.");
        }
        ui.add_space(16.0);
        if ui.button("Back to decks").clicked() {
            actions.push(Action::Home);
        }
    }
}
