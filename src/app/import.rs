//! Import a document: the file dialog, drag and drop, a background job that reads the files and
//! writes the cards, and a preview to edit the title and cards before saving the deck.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use eframe::egui::{self, Color32, RichText};

use super::Action;
use crate::deck::{CLOZE_GAP, CardKind, Deck, library, slugify, split_cloze};
use crate::import::{self, Stage};

/// What the import thread sends back.
enum Msg {
    Stage(Stage),
    Done(Result<Deck, String>),
}

/// The import screen: working, failed, or the preview of the generated deck.
pub struct ImportView {
    /// The files' names, as shown.
    files: Vec<String>,
    state: State,
}

enum State {
    /// The job runs; dropping the receiver (Cancel) makes its result go nowhere.
    Working {
        rx: Receiver<Msg>,
        status: String,
    },
    Failed(String),
    Preview(Box<Preview>),
}

/// The generated deck as the teacher edits it.
struct Preview {
    deck: Deck,
    /// Per card: left out of the saved deck.
    dropped: Vec<bool>,
    /// Why the last save failed.
    save_error: Option<String>,
    /// Per card: its height when last drawn (a guess before), to skip cards out of view.
    heights: Vec<f32>,
}

impl ImportView {
    /// Starts making a deck from the files on a background thread.
    pub fn start(paths: Vec<PathBuf>) -> ImportView {
        let files = paths.iter().map(|p| import::file_name(p)).collect();
        let status = reading(paths.first().map(|p| import::file_name(p)).as_deref());
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("factdeck-import".into())
            .spawn(move || {
                let result = import::import_files_with(&paths, None, |stage| {
                    // The screen may be gone (cancelled): then nobody listens, which is fine.
                    let _ = tx.send(Msg::Stage(stage));
                });
                let _ = tx.send(Msg::Done(result));
            });
        let state = match spawned {
            Ok(_) => State::Working { rx, status },
            Err(e) => State::Failed(format!("could not start the import: {e}")),
        };
        ImportView { files, state }
    }

    /// The view of a finished import (for a deck made elsewhere).
    #[cfg(test)]
    fn done(files: Vec<String>, result: Result<Deck, String>) -> ImportView {
        let mut view = ImportView {
            files,
            state: State::Failed(String::new()),
        };
        view.finish(result);
        view
    }

    fn finish(&mut self, result: Result<Deck, String>) {
        self.state = match result {
            Ok(deck) => State::Preview(Box::new(Preview {
                dropped: vec![false; deck.cards.len()],
                heights: vec![CARD_HEIGHT_GUESS; deck.cards.len()],
                deck,
                save_error: None,
            })),
            Err(message) => State::Failed(message),
        };
    }

    /// Whether the screen holds work that a new import would throw away (a running job or a
    /// preview); a failed import is not.
    pub fn is_busy(&self) -> bool {
        !matches!(self.state, State::Failed(_))
    }

    /// Takes what the job has sent since the last frame.
    fn poll(&mut self) {
        let State::Working { rx, status } = &mut self.state else {
            return;
        };
        loop {
            match rx.try_recv() {
                Ok(Msg::Stage(Stage::Reading(name))) => *status = reading(Some(&name)),
                Ok(Msg::Stage(Stage::Writing)) => *status = "Writing cards…".to_owned(),
                Ok(Msg::Done(result)) => {
                    self.finish(result);
                    return;
                }
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    self.state = State::Failed("the import stopped before it finished".to_owned());
                    return;
                }
            }
        }
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, data_dir: &Path, actions: &mut Vec<Action>) {
        self.poll();
        // Escape leaves a text field first; only with nothing focused does it cancel.
        let nothing_focused = ui.memory(|m| m.focused().is_none());
        if nothing_focused && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            actions.push(Action::Home);
            return;
        }
        ui.heading("Import a document");
        ui.label(format!("From {}", self.files.join(", ")));
        ui.add_space(8.0);
        match &mut self.state {
            State::Working { status, .. } => {
                ui.horizontal_wrapped(|ui| {
                    ui.add(egui::Spinner::new());
                    ui.label(status.as_str());
                });
                ui.ctx().request_repaint_after(Duration::from_millis(100));
                ui.add_space(8.0);
                if ui.button("Cancel").clicked() {
                    actions.push(Action::Home);
                }
            }
            State::Failed(message) => {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("Could not make a deck: {message}"))
                            .color(ui.visuals().error_fg_color),
                    )
                    .wrap(),
                );
                ui.label("Nothing was saved; your decks and progress are as they were.");
                ui.add_space(8.0);
                ui.horizontal_wrapped(|ui| {
                    if ui.button("Choose another document").clicked() {
                        actions.push(Action::ImportPick);
                    }
                    if ui.button("Back to decks").clicked() {
                        actions.push(Action::Home);
                    }
                });
            }
            State::Preview(preview) => preview.ui(ui, data_dir, actions),
        }
    }
}

/// The height of a card not yet drawn (points; corrected once it is drawn).
const CARD_HEIGHT_GUESS: f32 = 150.0;

fn reading(name: Option<&str>) -> String {
    format!("Reading {}…", name.unwrap_or("the document"))
}

/// How a card kind is named to a teacher.
fn kind_name(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Question => "Question",
        CardKind::Cloze => "Fill the gap",
        CardKind::Choice => "Multiple choice",
    }
}

impl Preview {
    /// Why the deck cannot be saved as it stands, if it cannot.
    fn blocker(&self) -> Option<String> {
        if self.deck.title.trim().is_empty() {
            return Some("Give the deck a title.".to_owned());
        }
        if self.dropped.iter().all(|d| *d) {
            return Some("Keep at least one card.".to_owned());
        }
        let bad: Vec<String> = self
            .deck
            .cards
            .iter()
            .zip(&self.dropped)
            .enumerate()
            .filter(|(_, (card, dropped))| !**dropped && import::card_problem(card).is_some())
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        match bad.len() {
            0 => None,
            1 => Some(format!("Card {} needs fixing (see below).", bad[0])),
            _ => Some(format!("Cards {} need fixing (see below).", bad.join(", "))),
        }
    }

    fn kept(&self) -> usize {
        self.dropped.iter().filter(|d| !**d).count()
    }

    /// The deck to save: the kept cards, the title trimmed, an id from the title.
    fn to_save(&self) -> Deck {
        let mut deck = self.deck.clone();
        deck.title = deck.title.trim().to_owned();
        deck.id = slugify(&deck.title);
        deck.cards = self
            .deck
            .cards
            .iter()
            .zip(&self.dropped)
            .filter(|(_, dropped)| !**dropped)
            .map(|(card, _)| card.clone())
            .collect();
        deck
    }

    fn save(&mut self, data_dir: &Path, actions: &mut Vec<Action>) {
        let mut deck = self.to_save();
        match library::save_new(data_dir, &mut deck) {
            Ok(path) => actions.push(Action::ImportSaved {
                title: deck.title,
                cards: deck.cards.len(),
                path,
            }),
            Err(e) => self.save_error = Some(format!("Could not save the deck: {e}")),
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, data_dir: &Path, actions: &mut Vec<Action>) {
        let blocker = self.blocker();
        if blocker.is_none()
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::S))
        {
            self.save(data_dir, actions);
        }
        let label = ui.label("Deck title");
        let width = ui.available_width().min(480.0);
        ui.add(
            egui::TextEdit::singleline(&mut self.deck.title)
                .id(egui::Id::unique("factdeck-import-title"))
                .desired_width(width),
        )
        .labelled_by(label.id);
        let total = self.deck.cards.len();
        let kept = self.kept();
        ui.label(if kept == total {
            format!("{total} cards")
        } else {
            format!("{kept} of {total} cards kept ({} dropped)", total - kept)
        });
        ui.horizontal_wrapped(|ui| {
            let save = ui
                .add_enabled(blocker.is_none(), egui::Button::new("Save deck"))
                .on_hover_text("Ctrl+S");
            if save.clicked() {
                self.save(data_dir, actions);
            }
            if ui.button("Cancel").on_hover_text("Escape").clicked() {
                actions.push(Action::Home);
            }
        });
        if let Some(reason) = &blocker {
            ui.colored_label(ui.visuals().warn_fg_color, reason);
        }
        if let Some(error) = &self.save_error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.separator();
        // Only the cards in view are laid out (a long PDF gives hundreds); the others take
        // the height they had when last drawn, or a guess.
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                let origin = ui.max_rect().top();
                let cards = self.deck.cards.iter_mut().zip(&mut self.dropped);
                for (i, ((card, dropped), height)) in cards.zip(&mut self.heights).enumerate() {
                    let top = ui.cursor().top() - origin;
                    if top > viewport.max.y || top + *height < viewport.min.y {
                        ui.allocate_space(egui::vec2(ui.available_width(), *height));
                    } else {
                        let drawn = ui.scope(|ui| card_ui(ui, i + 1, card, dropped));
                        *height = drawn.response.rect.height();
                    }
                    ui.add_space(6.0);
                }
            });
    }
}

/// One card of the preview: its kind, editable prompt and answer, the keep/drop toggle, and
/// what is wrong with it after an edit.
fn card_ui(ui: &mut egui::Ui, n: usize, card: &mut crate::deck::Card, dropped: &mut bool) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!("Card {n}"));
            ui.label(kind_name(card.kind));
            if *dropped {
                ui.weak("(dropped)");
            }
            let toggle = if *dropped {
                format!("Keep card {n}")
            } else {
                format!("Drop card {n}")
            };
            if ui.button(toggle).clicked() {
                *dropped = !*dropped;
            }
        });
        ui.add_enabled_ui(!*dropped, |ui| {
            let cloze = card.kind == CardKind::Cloze;
            let prompt_label = if cloze { "Sentence" } else { "Prompt" };
            text_field(ui, prompt_label, n, &mut card.prompt);
            if cloze {
                let hint = format!(
                    "The answer sits between double braces, {{{{like this}}}}; learners see \
                     {CLOZE_GAP} in its place."
                );
                ui.add(egui::Label::new(RichText::new(hint).weak()).wrap());
                // A cloze card's answer is its gap: keep them together as the teacher types.
                if let Some((_, gap, _)) = split_cloze(&card.prompt) {
                    card.answer = gap.to_owned();
                }
                ui.label(format!("Answer: {}", card.answer));
            } else {
                text_field(ui, "Answer", n, &mut card.answer);
            }
            if !card.distractors.is_empty() {
                ui.add(
                    egui::Label::new(format!("Wrong options: {}", card.distractors.join(" · ")))
                        .wrap(),
                );
            }
        });
        if !*dropped && let Some(problem) = import::card_problem(card) {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
    });
}

/// A labelled multi-line field; its accessible name says which card ("Card 3 prompt").
fn text_field(ui: &mut egui::Ui, label: &str, n: usize, text: &mut String) {
    ui.label(label);
    // A fixed id: the lines above the list come and go (a card turns invalid while the
    // teacher types), which would shift automatic ids and take the keyboard focus away.
    let field = ui.add(
        egui::TextEdit::multiline(text)
            .id(egui::Id::unique(("factdeck-import-card", n, label)))
            .desired_rows(1)
            .desired_width(f32::INFINITY),
    );
    let name = format!("Card {n} {}", label.to_lowercase());
    field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name));
}

/// Waits for a file dialog running on its own thread, so the window keeps drawing meanwhile.
#[derive(Default)]
pub struct Picker {
    rx: Option<Receiver<Picked>>,
}

/// How a file dialog ended.
enum Picked {
    Files(Vec<PathBuf>),
    Cancelled,
    /// It closed at once without a choice: no dialog could be shown (no desktop portal and no
    /// zenity, as under a bare X server).
    Unavailable,
}

/// A dialog that closes without a choice sooner than this never showed: no person is faster.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(250);

impl Picker {
    /// Opens the file dialog (unless one is open already).
    pub fn open(&mut self) {
        if self.rx.is_some() {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("factdeck-file-dialog".into())
            .spawn(move || {
                let opened = std::time::Instant::now();
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title("Import a document")
                    .add_filter("Documents (txt, md, html, pdf)", import::EXTENSIONS)
                    .pick_files();
                let picked = match pollster::block_on(dialog) {
                    Some(files) if !files.is_empty() => {
                        Picked::Files(files.iter().map(|f| f.path().to_path_buf()).collect())
                    }
                    _ if opened.elapsed() < NO_DIALOG_WITHIN => Picked::Unavailable,
                    _ => Picked::Cancelled,
                };
                let _ = tx.send(picked);
            });
        if spawned.is_ok() {
            self.rx = Some(rx);
        }
    }

    /// The files chosen, once the dialog has closed with a choice; a dialog that could not
    /// be shown leaves a notice.
    pub fn poll(&mut self, ctx: &egui::Context, notices: &mut Vec<String>) -> Option<Vec<PathBuf>> {
        let rx = self.rx.as_ref()?;
        let picked = match rx.try_recv() {
            Ok(picked) => picked,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(200));
                return None;
            }
            Err(TryRecvError::Disconnected) => Picked::Unavailable,
        };
        self.rx = None;
        match picked {
            Picked::Files(files) => Some(files),
            Picked::Cancelled => None,
            Picked::Unavailable => {
                notices.push(
                    "No file dialog could be opened on this system; drop the documents onto \
                     the window instead."
                        .to_owned(),
                );
                None
            }
        }
    }
}

/// The files dropped onto the window this frame.
pub fn dropped_files(ctx: &egui::Context) -> Vec<PathBuf> {
    ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    })
}

/// While files are dragged over the window: a veil saying what dropping does (or, when an
/// import cannot start now, why).
pub fn hover_overlay(ctx: &egui::Context, blocked: Option<&str>) {
    let count = ctx.input(|i| i.raw.hovered_files.len());
    if count == 0 {
        return;
    }
    let text = if let Some(reason) = blocked {
        reason
    } else if count == 1 {
        "Drop to make a deck"
    } else {
        "Drop to make one deck from these files"
    };
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("import_drop"));
    let painter = ctx.layer_painter(layer);
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(180));
    let galley = painter.layout(
        text.to_owned(),
        egui::TextStyle::Heading.resolve(&ctx.global_style()),
        Color32::WHITE,
        (rect.width() - 32.0).max(100.0),
    );
    let at = rect.center() - galley.size() / 2.0;
    painter.galley(at, galley, Color32::WHITE);
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use super::*;
    use crate::deck::{Card, CardId};

    fn card(id: &str, kind: CardKind, prompt: &str, answer: &str) -> Card {
        Card {
            id: CardId(id.into()),
            kind,
            prompt: prompt.into(),
            answer: answer.into(),
            distractors: Vec::new(),
            tags: Vec::new(),
            source: String::new(),
            fact: String::new(),
        }
    }

    fn preview() -> Preview {
        let deck = Deck {
            id: "plants".into(),
            title: "Plants".into(),
            description: String::new(),
            sources: Vec::new(),
            cards: vec![
                card(
                    "k1",
                    CardKind::Question,
                    "What absorbs light?",
                    "Chlorophyll",
                ),
                card(
                    "k2",
                    CardKind::Cloze,
                    "{{Glucose}} stores energy.",
                    "Glucose",
                ),
            ],
        };
        let view = ImportView::done(vec!["plants.txt".into()], Ok(deck));
        match view.state {
            State::Preview(p) => *p,
            _ => panic!("a preview"),
        }
    }

    #[test]
    fn the_job_reports_its_stages_and_cancel_leaves_it_behind() {
        let (tx, rx) = mpsc::channel();
        let view = ImportView {
            files: vec!["notes.pdf".into()],
            state: State::Working {
                rx,
                status: reading(Some("notes.pdf")),
            },
        };
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_path_buf();
        let mut h = egui_kittest::Harness::builder().build_ui_state(
            move |ui, (view, actions): &mut (ImportView, Vec<Action>)| {
                view.ui(ui, &data, actions);
            },
            (view, Vec::new()),
        );
        // The spinner keeps repainting: step, do not run to rest.
        h.step();
        assert!(h.query_by_label("Reading notes.pdf…").is_some());
        tx.send(Msg::Stage(Stage::Writing)).unwrap();
        h.step();
        assert!(h.query_by_label("Writing cards…").is_some());
        h.get_by_label("Cancel").click();
        h.step();
        assert_eq!(h.state().1, vec![Action::Home]);
        drop(h);
        // The thread's late result goes nowhere, without a panic.
        assert!(tx.send(Msg::Done(Err("late".into()))).is_err());
    }

    #[test]
    fn a_cloze_card_is_edited_with_its_braces_and_its_answer_follows_the_gap() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_path_buf();
        let view = ImportView {
            files: vec!["plants.txt".into()],
            state: State::Preview(Box::new(preview())),
        };
        let mut h = egui_kittest::Harness::builder().build_ui_state(
            move |ui, (view, actions): &mut (ImportView, Vec<Action>)| {
                view.ui(ui, &data, actions);
            },
            (view, Vec::new()),
        );
        h.run();
        assert!(h.query_by_label("Fill the gap").is_some());
        assert!(h.query_by_label_contains("{{like this}}").is_some());
        h.get_by_label("Card 2 sentence").click();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_label("Card 2 sentence")
            .type_text("Glucose stores energy.");
        h.run();
        assert!(
            h.query_by_label_contains("Sentence: a cloze prompt needs one gap")
                .is_some()
        );
        assert!(
            h.query_by_label("Card 2 needs fixing (see below).")
                .is_some()
        );
        // The field kept the keyboard focus while the warning lines appeared above the list.
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_label("Card 2 sentence")
            .type_text("{{Sugar}} stores energy.");
        h.run();
        assert!(h.get_by_label("Card 2 sentence").is_focused(), "focus kept");
        let State::Preview(p) = &h.state().0.state else {
            panic!("a preview")
        };
        assert_eq!(p.deck.cards[1].prompt, "{{Sugar}} stores energy.");
        assert!(h.query_by_label("Answer: Sugar").is_some());
        assert!(h.query_by_label_contains("needs fixing").is_none());
    }

    #[test]
    fn save_is_blocked_with_a_reason() {
        let mut p = preview();
        assert_eq!(p.blocker(), None);
        p.deck.cards[1].prompt = "Glucose stores energy.".into();
        assert_eq!(
            p.blocker().as_deref(),
            Some("Card 2 needs fixing (see below).")
        );
        p.dropped[1] = true;
        assert_eq!(p.blocker(), None, "a dropped card does not block");
        p.dropped[0] = true;
        assert_eq!(p.blocker().as_deref(), Some("Keep at least one card."));
        p.deck.title = " ".into();
        assert_eq!(p.blocker().as_deref(), Some("Give the deck a title."));
    }

    #[test]
    fn the_saved_deck_keeps_the_kept_cards_under_the_new_title() {
        let mut p = preview();
        p.deck.title = "  Green plants ".into();
        p.dropped[0] = true;
        let deck = p.to_save();
        assert_eq!(
            (deck.title.as_str(), deck.id.as_str()),
            ("Green plants", "green-plants")
        );
        assert_eq!(deck.cards.len(), 1);
        assert_eq!(deck.cards[0].id.0, "k2");
    }
}
