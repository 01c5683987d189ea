//! The deck editor: search a deck's cards, edit one (kind-appropriate fields), add and delete
//! cards, edit the deck's title and description, and save the file. Problems are found with the
//! deck format's own rules (the loader's), shown next to the field, and keep Save disabled.
//!
//! Saving goes through `library::save_edited`: a user deck in place, a shipped deck as a user
//! copy with the same id, so progress (keyed by deck and card id) is kept.

use std::path::Path;

use eframe::egui::{self, Key};

use super::Action;
use crate::deck::format::validate;
use crate::deck::library::{self, Origin};
use crate::deck::{Card, CardKind, Deck, split_cloze};

/// The first problem the deck format finds in one card: (field, message).
pub(super) fn card_problem(card: &Card) -> Option<(String, String)> {
    crate::deck::format::card_problem(card).map(|(field, message)| (field.to_owned(), message))
}

/// The first problem in a whole deck, said for a person (no file name).
fn deck_problem(deck: &Deck) -> Option<String> {
    let e = validate("deck", deck).err()?;
    let mut out = String::new();
    if let Some(card) = &e.card {
        out.push_str(&format!("card {card}: "));
    } else if let Some(field) = &e.field {
        out.push_str(&format!("deck {field}: "));
    }
    if let Some(field) = e.field.as_ref().filter(|_| e.card.is_some()) {
        out.push_str(&format!("{field}: "));
    }
    out.push_str(&e.message);
    Some(out)
}

/// Text buffers for editing one card: distractors one per line, tags comma separated.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct CardForm {
    pub prompt: String,
    pub answer: String,
    pub distractors: String,
    pub tags: String,
    pub source: String,
}

impl CardForm {
    /// The form filled from a card.
    pub fn of(card: &Card) -> CardForm {
        CardForm {
            prompt: card.prompt.clone(),
            answer: card.answer.clone(),
            distractors: card.distractors.join("\n"),
            tags: card.tags.join(", "),
            source: card.source.clone(),
        }
    }

    /// `base` with the form's text (id, kind and fact kept). A cloze card's answer is its gap.
    pub fn apply(&self, base: &Card) -> Card {
        let answer = match base.kind {
            CardKind::Cloze => split_cloze(&self.prompt)
                .map(|(_, gap, _)| gap.to_owned())
                .unwrap_or_default(),
            _ => self.answer.trim().to_owned(),
        };
        let distractors = match base.kind {
            CardKind::Choice => self
                .distractors
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            _ => Vec::new(),
        };
        Card {
            prompt: self.prompt.trim().to_owned(),
            answer,
            distractors,
            tags: self
                .tags
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            source: self.source.trim().to_owned(),
            ..base.clone()
        }
    }

    /// The fields for a card of `kind`; `problem` is shown beside its field. `with_tags` adds
    /// the tags field. Returns true when some text changed.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        kind: CardKind,
        problem: Option<&(String, String)>,
        with_tags: bool,
    ) -> bool {
        let mut changed = false;
        let error_of = |field: &str| {
            problem
                .filter(|(f, _)| f == field)
                .map(|(_, message)| message.clone())
        };
        let prompt_label = match kind {
            CardKind::Cloze => "Prompt (mark the gap with {{ and }})",
            _ => "Prompt",
        };
        changed |= text_field(ui, prompt_label, &mut self.prompt, true, error_of("prompt"));
        match kind {
            CardKind::Cloze => {
                let gap = split_cloze(&self.prompt).map_or("", |(_, gap, _)| gap);
                ui.label(format!("Answer (the gap): {gap}"));
                if let Some(e) = error_of("answer") {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
            }
            _ => {
                changed |= text_field(ui, "Answer", &mut self.answer, false, error_of("answer"));
            }
        }
        if kind == CardKind::Choice {
            changed |= text_field(
                ui,
                "Distractors (one per line)",
                &mut self.distractors,
                true,
                error_of("distractors"),
            );
        }
        if with_tags {
            changed |= text_field(
                ui,
                "Tags (comma separated)",
                &mut self.tags,
                false,
                error_of("tags"),
            );
        }
        changed |= text_field(ui, "Source", &mut self.source, true, error_of("source"));
        if let Some((field, message)) = problem.filter(|(f, _)| {
            !["prompt", "answer", "distractors", "tags", "source"].contains(&f.as_str())
        }) {
            ui.colored_label(ui.visuals().error_fg_color, format!("{field}: {message}"));
        }
        changed
    }
}

/// A labelled text field across the available width, its error (if any) below it.
fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    multiline: bool,
    error: Option<String>,
) -> bool {
    let label = ui.label(label);
    let edit = if multiline {
        egui::TextEdit::multiline(text).desired_rows(2)
    } else {
        egui::TextEdit::singleline(text)
    };
    let response = ui
        .add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if let Some(error) = error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    ui.add_space(4.0);
    response.changed()
}

/// The deck editor's state.
pub struct EditorView {
    origin: Origin,
    /// The deck as last loaded or saved (to know about unsaved changes).
    saved: Deck,
    deck: Deck,
    search: String,
    selected: Option<usize>,
    form: CardForm,
    new_kind: CardKind,
    confirm_delete: bool,
    confirm_discard: bool,
    /// The last save's result: where it went, or why it failed.
    message: Option<Result<String, String>>,
    focus_search: bool,
    /// A text field had the keyboard at the end of the last frame (egui drops the focus when
    /// Escape arrives, before the frame: this tells an Escape that leaves a field from one
    /// that leaves the editor).
    typing: bool,
}

impl EditorView {
    /// Edits `deck`, which came from `origin`.
    pub fn new(deck: Deck, origin: Origin) -> EditorView {
        EditorView {
            origin,
            saved: deck.clone(),
            deck,
            search: String::new(),
            selected: None,
            form: CardForm::default(),
            new_kind: CardKind::Question,
            confirm_delete: false,
            confirm_discard: false,
            message: None,
            focus_search: false,
            typing: false,
        }
    }

    /// Unsaved changes.
    fn dirty(&self) -> bool {
        self.deck != self.saved
    }

    fn select(&mut self, index: Option<usize>) {
        self.selected = index.filter(|i| *i < self.deck.cards.len());
        self.form = self
            .selected
            .map(|i| CardForm::of(&self.deck.cards[i]))
            .unwrap_or_default();
        self.confirm_delete = false;
    }

    fn matches(&self, card: &Card) -> bool {
        let needle = self.search.trim().to_lowercase();
        needle.is_empty()
            || card.prompt.to_lowercase().contains(&needle)
            || card.answer.to_lowercase().contains(&needle)
            || card.tags.iter().any(|t| t.to_lowercase().contains(&needle))
    }

    fn save(&mut self, data_dir: &Path, actions: &mut Vec<Action>) {
        if let Some(problem) = deck_problem(&self.deck) {
            self.message = Some(Err(problem));
            return;
        }
        match library::save_edited(data_dir, &self.origin, &self.deck) {
            Ok(path) => {
                self.message = Some(Ok(format!("Saved to {}", path.display())));
                self.origin = Origin::User(path);
                self.saved = self.deck.clone();
                actions.push(Action::DecksChanged);
            }
            Err(e) => self.message = Some(Err(format!("Could not save: {e}"))),
        }
    }

    fn back(&mut self, actions: &mut Vec<Action>) {
        if self.dirty() {
            self.confirm_discard = true;
        } else {
            actions.push(Action::Home);
        }
    }

    /// Draws the editor and handles its keys (Ctrl+S save, Ctrl+F search, Escape back).
    pub fn ui(&mut self, ui: &mut egui::Ui, data_dir: &Path, actions: &mut Vec<Action>) {
        let nothing_focused = !self.typing && !ui.ctx().text_edit_focused();
        let (save_key, find_key, escape) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::COMMAND, Key::S),
                i.consume_key(egui::Modifiers::COMMAND, Key::F),
                i.key_pressed(Key::Escape),
            )
        });
        let problem = deck_problem(&self.deck);
        if save_key && self.dirty() && problem.is_none() {
            self.save(data_dir, actions);
        }
        if find_key {
            self.focus_search = true;
        }
        if escape && nothing_focused {
            if self.confirm_discard {
                self.confirm_discard = false;
            } else {
                self.back(actions);
            }
        }
        egui::ScrollArea::vertical()
            .id_salt("editor")
            .auto_shrink([false, false])
            .show(ui, |ui| self.page_ui(ui, data_dir, problem, actions));
        self.typing = ui.ctx().text_edit_focused();
    }

    fn page_ui(
        &mut self,
        ui: &mut egui::Ui,
        data_dir: &Path,
        problem: Option<String>,
        actions: &mut Vec<Action>,
    ) {
        let dirty = self.dirty();
        ui.horizontal_wrapped(|ui| {
            ui.heading(format!("Edit {}", self.saved.title));
            if dirty {
                ui.weak("(unsaved changes)");
            }
        });
        ui.horizontal_wrapped(|ui| {
            let reason = match (&problem, dirty) {
                (Some(p), _) => format!("Fix this first: {p}"),
                (None, false) => "No changes to save".to_owned(),
                (None, true) => "Save the deck file (Ctrl+S)".to_owned(),
            };
            let save = ui
                .add_enabled(problem.is_none() && dirty, egui::Button::new("Save deck"))
                .on_hover_text(&reason)
                .on_disabled_hover_text(&reason);
            if save.clicked() {
                self.save(data_dir, actions);
            }
            if ui.button("Back to decks").on_hover_text("Escape").clicked() {
                self.back(actions);
            }
        });
        if self.confirm_discard {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(ui.visuals().warn_fg_color, "Discard changes?");
                if ui.button("Discard changes").clicked() {
                    self.confirm_discard = false;
                    actions.push(Action::Home);
                }
                if ui.button("Keep editing").clicked() {
                    self.confirm_discard = false;
                }
            });
        }
        if let Some(problem) = &problem {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!("Cannot save yet: {problem}"),
            );
        }
        match &self.message {
            Some(Ok(m)) => {
                ui.label(m);
            }
            Some(Err(e)) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            None => {}
        }
        ui.add_space(6.0);
        let title_error = problem
            .as_ref()
            .filter(|p| p.starts_with("deck title"))
            .cloned();
        text_field(ui, "Deck title", &mut self.deck.title, false, title_error);
        text_field(ui, "Description", &mut self.deck.description, true, None);
        ui.separator();
        self.list_ui(ui);
        ui.separator();
        self.card_ui(ui);
    }

    fn list_ui(&mut self, ui: &mut egui::Ui) {
        let label = ui.label("Search cards");
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text("prompt, answer or tag (Ctrl+F)")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if self.focus_search {
            search.request_focus();
            self.focus_search = false;
        }
        let shown: Vec<usize> = (0..self.deck.cards.len())
            .filter(|i| self.matches(&self.deck.cards[*i]))
            .collect();
        ui.horizontal_wrapped(|ui| {
            ui.label(format!(
                "{} of {} cards",
                shown.len(),
                self.deck.cards.len()
            ));
            ui.separator();
            egui::ComboBox::from_label("Kind of new card")
                .selected_text(self.new_kind.as_str())
                .show_ui(ui, |ui| {
                    for kind in CardKind::ALL {
                        ui.selectable_value(&mut self.new_kind, kind, kind.as_str());
                    }
                });
            if ui
                .button("Add card")
                .on_hover_text("A new card of the kind chosen, at the end of the deck")
                .clicked()
            {
                self.add_card();
            }
        });
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .id_salt("cards")
            .max_height(260.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                // Rows the list's full width, their text from the left edge.
                ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                    for i in shown {
                        let card = &self.deck.cards[i];
                        let mut text = format!("{} | {} | {}", card.kind, card.prompt, card.answer);
                        if card_problem(card).is_some() {
                            text = format!("(!) {text}");
                        }
                        let row = ui.add(egui::Button::selectable(self.selected == Some(i), text));
                        if row.clicked() {
                            clicked = Some(i);
                        }
                    }
                });
            });
        if let Some(i) = clicked {
            self.select(Some(i));
        }
    }

    fn add_card(&mut self) {
        let seed = format!("{}\u{1f}{}", self.deck.id, self.deck.cards.len());
        let id = self.deck.fresh_card_id(&seed);
        self.deck.cards.push(Card {
            id,
            kind: self.new_kind,
            prompt: String::new(),
            answer: String::new(),
            distractors: Vec::new(),
            tags: Vec::new(),
            source: String::new(),
            fact: String::new(),
        });
        self.search.clear();
        self.select(Some(self.deck.cards.len() - 1));
    }

    fn card_ui(&mut self, ui: &mut egui::Ui) {
        let Some(i) = self.selected.filter(|i| *i < self.deck.cards.len()) else {
            ui.weak("Select a card to edit it, or add one.");
            return;
        };
        let card = self.deck.cards[i].clone();
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!("Card {} ({}, id {})", i + 1, card.kind, card.id));
            if self.confirm_delete {
                ui.colored_label(ui.visuals().warn_fg_color, "Delete this card?");
                if ui.button("Confirm delete").clicked() {
                    self.deck.cards.remove(i);
                    self.select(None);
                }
                if ui.button("Keep card").clicked() {
                    self.confirm_delete = false;
                }
            } else if ui
                .button("Delete card")
                .on_hover_text("Remove it from the deck (its study history is kept)")
                .clicked()
            {
                self.confirm_delete = true;
            }
        });
        if self.selected != Some(i) {
            return;
        }
        let problem = card_problem(&card);
        if self.form.ui(ui, card.kind, problem.as_ref(), true) {
            self.deck.cards[i] = self.form.apply(&card);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::CardId;

    fn choice() -> Card {
        Card {
            id: CardId("m1".into()),
            kind: CardKind::Choice,
            prompt: "Which organ filters blood?".into(),
            answer: "Liver".into(),
            distractors: vec!["Heart".into(), "Lung".into()],
            tags: vec!["organ".into(), "blood".into()],
            source: String::new(),
            fact: "f".into(),
        }
    }

    #[test]
    fn a_form_gives_back_the_card_it_was_filled_from() {
        let card = choice();
        assert_eq!(CardForm::of(&card).apply(&card), card);
        assert_eq!(card_problem(&card), None);
    }

    #[test]
    fn a_form_reads_lines_and_commas_and_a_cloze_answer_from_its_gap() {
        let card = choice();
        let mut form = CardForm::of(&card);
        form.distractors = "Heart\n\n  Kidney \n".into();
        form.tags = " a, ,b ".into();
        let edited = form.apply(&card);
        assert_eq!(edited.distractors, ["Heart", "Kidney"]);
        assert_eq!(edited.tags, ["a", "b"]);
        let cloze = Card {
            kind: CardKind::Cloze,
            distractors: Vec::new(),
            ..card
        };
        let mut form = CardForm::of(&cloze);
        form.prompt = "The {{liver}} filters blood.".into();
        let edited = form.apply(&cloze);
        assert_eq!(edited.answer, "liver");
        assert_eq!(card_problem(&edited), None);
    }

    #[test]
    fn problems_name_their_field() {
        let mut card = choice();
        card.distractors = vec!["Liver".into()];
        let (field, message) = card_problem(&card).unwrap();
        assert_eq!(field, "distractors");
        assert!(message.contains("is the answer"), "{message}");
        card.prompt = " ".into();
        assert_eq!(card_problem(&card).unwrap().0, "prompt");
    }
}
