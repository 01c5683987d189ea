//! Quiz: a learner testing themselves on a deck. A setup step (how many questions, which
//! formats), then one question at a time with feedback after each, then the results: score,
//! time, the cards missed, and one click to put them into today's review or to quiz again on
//! them.
//!
//! Keyboard first: options with 1-4 or A-D, true/false with T and F (or 1 and 2), a typed
//! answer with Enter;
//! Space or Enter goes on after the feedback. The questions and their checking are the core's
//! ([`crate::quiz`]); this screen only draws them and passes the clock in.

use std::time::Duration;

use eframe::egui::{self, Key, RichText};
use jiff::Timestamp;

use super::Action;
use crate::deck::{Deck, fnv1a64, splitmix64};
use crate::quiz::matching::{Segment, Verdict};
use crate::quiz::question::{Format, Question};
use crate::quiz::{AddedToReview, Quiz, Response, add_to_review};
use crate::schedule::DayClock;
use crate::store::Store;

/// The question counts the setup offers (and "all").
const COUNTS: [usize; 3] = [5, 10, 20];

/// Keys for the options, by position: 1-4 and A-D.
const OPTION_KEYS: [(Key, Key); 4] = [
    (Key::Num1, Key::A),
    (Key::Num2, Key::B),
    (Key::Num3, Key::C),
    (Key::Num4, Key::D),
];

/// What the quiz screen needs from the app for one frame.
pub struct Context<'a> {
    /// The store, when it opened (adding missed cards to review needs it).
    pub store: Option<&'a mut Store>,
    /// The learner's name.
    pub learner: &'a str,
    /// The learner's study day.
    pub clock: DayClock,
    /// The time now.
    pub now: Timestamp,
}

/// The quiz screen's state.
pub struct QuizView {
    deck: Deck,
    /// Setup: how many questions.
    count: usize,
    /// Setup: which formats, in [`Format::ALL`] order.
    formats: [bool; 3],
    /// Why the last start gave no quiz, or adding to review failed.
    problem: Option<String>,
    /// The quiz, once started.
    quiz: Option<Quiz>,
    /// The question showing (`quiz.len()` on the results).
    current: usize,
    /// The typed answer being written.
    typed: String,
    /// The typed answer field wants the keyboard.
    focus_typed: bool,
    /// When the current question was shown.
    shown_at: Timestamp,
    /// What adding the missed cards to review did, once done.
    added: Option<AddedToReview>,
}

impl QuizView {
    /// The setup step of a quiz on `deck`.
    pub fn new(deck: Deck, now: Timestamp) -> QuizView {
        QuizView {
            count: COUNTS[1].min(deck.cards.len().max(1)),
            deck,
            formats: [true; 3],
            problem: None,
            quiz: None,
            current: 0,
            typed: String::new(),
            focus_typed: false,
            shown_at: now,
            added: None,
        }
    }

    /// The quiz running, if started (for tests).
    pub fn quiz(&self) -> Option<&Quiz> {
        self.quiz.as_ref()
    }

    /// The question showing, if any (for tests).
    pub fn question(&self) -> Option<&Question> {
        self.quiz.as_ref()?.questions().get(self.current)
    }

    fn chosen_formats(&self) -> Vec<Format> {
        Format::ALL
            .into_iter()
            .zip(self.formats)
            .filter_map(|(f, on)| on.then_some(f))
            .collect()
    }

    fn begin(&mut self, quiz: Quiz, now: Timestamp) {
        self.quiz = Some(quiz);
        self.current = 0;
        self.added = None;
        self.next_question(now);
    }

    fn next_question(&mut self, now: Timestamp) {
        self.typed.clear();
        self.shown_at = now;
        self.focus_typed = self.question().is_some_and(|q| q.format == Format::Typed);
    }

    /// Draws the screen and handles its keys.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: Context<'_>, actions: &mut Vec<Action>) {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                super::readable_column(ui, |ui| self.column_ui(ui, cx, actions));
            });
    }

    fn column_ui(&mut self, ui: &mut egui::Ui, cx: Context<'_>, actions: &mut Vec<Action>) {
        let Some(quiz) = &self.quiz else {
            self.setup_ui(ui, cx.now);
            return;
        };
        if self.current >= quiz.len() {
            self.results_ui(ui, cx, actions);
            return;
        }
        if quiz.answered(self.current).is_some() {
            self.feedback_ui(ui, cx.now);
        } else {
            self.question_ui(ui, cx.now);
        }
    }

    fn setup_ui(&mut self, ui: &mut egui::Ui, now: Timestamp) {
        ui.add(
            egui::Label::new(RichText::new(format!("Quiz: {}", self.deck.title)).heading()).wrap(),
        );
        ui.label("Test yourself on this deck. Nothing here changes your study schedule unless you ask at the end.");
        ui.add_space(12.0);
        ui.label(RichText::new("Number of questions").strong());
        let all = self.deck.cards.len();
        ui.horizontal_wrapped(|ui| {
            for n in COUNTS.into_iter().filter(|n| *n < all) {
                ui.selectable_value(&mut self.count, n, n.to_string());
            }
            ui.selectable_value(&mut self.count, all, format!("All {all}"));
        });
        ui.add_space(12.0);
        ui.label(RichText::new("Formats (mixed when several are chosen)").strong());
        for (format, on) in Format::ALL.into_iter().zip(self.formats.iter_mut()) {
            ui.checkbox(on, format.label());
        }
        ui.add_space(12.0);
        let formats = self.chosen_formats();
        // Enter starts, unless it is toggling a focused checkbox or button.
        let enter = ui.input(|i| i.key_pressed(Key::Enter)) && ui.memory(|m| m.focused().is_none());
        let start = ui
            .add_enabled(
                !formats.is_empty(),
                egui::Button::new(RichText::new("Start quiz").size(20.0))
                    .min_size(egui::vec2(160.0, 40.0)),
            )
            .on_hover_text("Enter")
            .on_disabled_hover_text("Choose at least one format");
        if formats.is_empty() {
            ui.label("Choose at least one format.");
        }
        if (start.clicked() || enter) && !formats.is_empty() {
            let seed = quiz_seed(&self.deck.id, now);
            let quiz = Quiz::new(&self.deck, &formats, self.count, seed);
            if quiz.is_empty() {
                self.problem =
                    Some("This deck gives no questions in these formats; choose another.".into());
            } else {
                self.problem = None;
                self.begin(quiz, now);
            }
        }
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().warn_fg_color, problem);
        }
    }

    /// The progress line and the prompt.
    fn header_ui(&self, ui: &mut egui::Ui, question: &Question, total: usize, right: usize) {
        ui.add(egui::Label::new(RichText::new(format!("Quiz: {}", self.deck.title)).weak()).wrap());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Question {} of {total}", self.current + 1)).strong());
            ui.separator();
            ui.label(format!("Right so far: {right}"));
            ui.separator();
            ui.weak(question.format.label());
        });
        ui.add_space(12.0);
        if question.format == Format::TrueFalse {
            ui.label("True or false?");
        }
        ui.add(
            egui::Label::new(
                RichText::new(&question.prompt)
                    .size(24.0)
                    .color(ui.visuals().strong_text_color()),
            )
            .wrap(),
        );
        ui.add_space(12.0);
    }

    fn question_ui(&mut self, ui: &mut egui::Ui, now: Timestamp) {
        let Some(quiz) = &self.quiz else {
            return;
        };
        let Some(question) = quiz.questions().get(self.current).cloned() else {
            return;
        };
        self.header_ui(ui, &question, quiz.len(), quiz.score().right);
        let keys = !ui.ctx().text_edit_focused();
        let mut response = None;
        match question.format {
            Format::MultipleChoice => {
                let pressed = ui.input(|i| {
                    OPTION_KEYS
                        .iter()
                        .take(question.options.len())
                        .position(|(n, l)| i.key_pressed(*n) || i.key_pressed(*l))
                });
                for (i, option) in question.options.iter().enumerate() {
                    let letter = option_letter(i);
                    let button = ui
                        .add(
                            egui::Button::new(
                                RichText::new(format!("{letter}) {option}")).size(19.0),
                            )
                            .wrap()
                            .min_size(egui::vec2(ui.available_width(), 40.0)),
                        )
                        .on_hover_text(format!("Key {letter} or {}", i + 1));
                    if button.clicked() {
                        response = Some(Response::Option(i));
                    }
                    ui.add_space(4.0);
                }
                ui.weak("Keys A-D or 1-4");
                if let Some(i) = pressed.filter(|_| keys) {
                    response = Some(Response::Option(i));
                }
            }
            Format::TrueFalse => {
                let (t, f) = ui.input(|i| {
                    (
                        i.key_pressed(Key::T) || i.key_pressed(Key::Num1),
                        i.key_pressed(Key::F) || i.key_pressed(Key::Num2),
                    )
                });
                ui.horizontal_wrapped(|ui| {
                    for (i, (option, key)) in question.options.iter().zip(["T", "F"]).enumerate() {
                        let button = ui
                            .add(
                                egui::Button::new(RichText::new(option).size(20.0))
                                    .min_size(egui::vec2(140.0, 44.0)),
                            )
                            .on_hover_text(format!("Key {key} or {}", i + 1));
                        if button.clicked() {
                            response = Some(Response::Option(i));
                        }
                    }
                });
                ui.weak("Keys T and F");
                if keys && t {
                    response = Some(Response::Option(0));
                } else if keys && f {
                    response = Some(Response::Option(1));
                }
            }
            Format::Typed => {
                let field = ui.add(
                    egui::TextEdit::singleline(&mut self.typed)
                        .hint_text("Type your answer")
                        .font(egui::TextStyle::Heading)
                        .desired_width(ui.available_width().min(480.0)),
                );
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Your answer")
                });
                if self.focus_typed {
                    field.request_focus();
                    self.focus_typed = false;
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                ui.add_space(6.0);
                let check = ui
                    .add(
                        egui::Button::new(RichText::new("Check answer").size(18.0))
                            .min_size(egui::vec2(140.0, 36.0)),
                    )
                    .on_hover_text("Enter");
                if (check.clicked() || entered) && !self.typed.trim().is_empty() {
                    response = Some(Response::Typed(self.typed.clone()));
                } else if entered {
                    // Enter on an empty field: keep the keyboard there.
                    self.focus_typed = true;
                }
            }
        }
        if let Some(response) = response
            && let Some(quiz) = &mut self.quiz
        {
            let elapsed = now.duration_since(self.shown_at).unsigned_abs();
            quiz.answer(self.current, response, elapsed);
            // The key that answered must not also move on.
            ui.ctx().input_mut(|i| {
                i.consume_key(egui::Modifiers::NONE, Key::Enter);
                i.consume_key(egui::Modifiers::NONE, Key::Space);
            });
        }
    }

    fn feedback_ui(&mut self, ui: &mut egui::Ui, now: Timestamp) {
        let Some(quiz) = &self.quiz else {
            return;
        };
        let (Some(question), Some(answered)) = (
            quiz.questions().get(self.current).cloned(),
            quiz.answered(self.current).cloned(),
        ) else {
            return;
        };
        let total = quiz.len();
        self.header_ui(ui, &question, total, quiz.score().right);
        let colors = Marks::of(ui.visuals());
        match (&question.format, &answered.response) {
            (Format::Typed, Response::Typed(given)) => {
                ui.label(format!("You wrote: {given}"));
                match &answered.verdict {
                    Some(Verdict::Exact) | None => {
                        ui.label(
                            RichText::new("Right.")
                                .size(20.0)
                                .strong()
                                .color(colors.right),
                        );
                    }
                    Some(Verdict::Accepted { typo }) => {
                        ui.label(
                            RichText::new("Right.")
                                .size(20.0)
                                .strong()
                                .color(colors.right),
                        );
                        ui.label(format!(
                            "Accepted: you wrote {typo}; the spelling is {}.",
                            question.answer
                        ));
                    }
                    Some(Verdict::Wrong { diff }) => {
                        ui.add(egui::Label::new(diff_job(ui, diff, &colors)).wrap());
                        if diff.iter().any(|s| s.missed) {
                            ui.weak("Underlined: what your answer missed.");
                        }
                    }
                }
            }
            (_, Response::Option(picked)) => {
                let verdict = if answered.right {
                    RichText::new("Right.").color(colors.right)
                } else {
                    RichText::new(format!("Not quite: the answer is {}.", question.answer))
                        .color(colors.wrong)
                };
                ui.label(verdict.size(20.0).strong());
                ui.add_space(6.0);
                for (i, option) in question.options.iter().enumerate() {
                    let mut note = Vec::new();
                    if i == question.correct {
                        note.push("right answer");
                    }
                    if i == *picked {
                        note.push("your answer");
                    }
                    let text = if question.format == Format::MultipleChoice {
                        format!("{}) {option}", option_letter(i))
                    } else {
                        option.clone()
                    };
                    let text = if note.is_empty() {
                        RichText::new(text)
                    } else {
                        RichText::new(format!("{text}  ({})", note.join(", "))).strong()
                    };
                    let text = match (i == question.correct, i == *picked) {
                        (true, _) => text.color(colors.right),
                        (false, true) => text.color(colors.wrong),
                        _ => text,
                    };
                    ui.add(egui::Label::new(text.size(18.0)).wrap());
                }
            }
            _ => {}
        }
        if !question.source.trim().is_empty() && question.source != question.prompt {
            ui.add_space(8.0);
            let lead = if question.format == Format::TrueFalse {
                "The fact: "
            } else {
                "From the source: "
            };
            ui.add(
                egui::Label::new(RichText::new(format!("{lead}{}", question.source)).italics())
                    .wrap(),
            );
        }
        ui.add_space(16.0);
        let last = self.current + 1 >= total;
        let next_text = if last { "See results" } else { "Next question" };
        let keys = ui.input(|i| i.key_pressed(Key::Space) || i.key_pressed(Key::Enter))
            && !ui.ctx().text_edit_focused();
        let next = ui
            .add(
                egui::Button::new(RichText::new(next_text).size(20.0))
                    .min_size(egui::vec2(160.0, 40.0)),
            )
            .on_hover_text("Space or Enter");
        if next.clicked() || keys {
            self.current += 1;
            self.next_question(now);
        }
    }

    fn results_ui(&mut self, ui: &mut egui::Ui, cx: Context<'_>, actions: &mut Vec<Action>) {
        let Some(quiz) = &self.quiz else {
            return;
        };
        let score = quiz.score();
        ui.heading("Quiz done");
        ui.add_space(8.0);
        ui.label(
            RichText::new(format!(
                "Score: {} of {} ({}%)",
                score.right,
                score.total,
                score.percent()
            ))
            .size(22.0)
            .strong(),
        );
        ui.label(format!("Time: {}", format_duration(quiz.duration())));
        // What was missed, as asked: the prompt (a true/false statement), the right answer,
        // the fact behind a statement, and what the learner gave.
        let missed: Vec<(String, String, Option<String>, String)> = quiz
            .missed_questions()
            .into_iter()
            .map(|(question, answered)| {
                let given = match &answered.response {
                    Response::Typed(t) => t.clone(),
                    Response::Option(i) => question.options.get(*i).cloned().unwrap_or_default(),
                };
                let fact = (question.format == Format::TrueFalse).then(|| question.source.clone());
                (
                    question.prompt.clone(),
                    question.answer.clone(),
                    fact,
                    given,
                )
            })
            .collect();
        let missed_cards = quiz.missed_with_time();
        ui.add_space(12.0);
        // The buttons first: a long list of missed cards must not push them out of sight.
        let mut again = false;
        ui.horizontal_wrapped(|ui| {
            if !missed_cards.is_empty() {
                let add = ui
                    .add_enabled(
                        self.added.is_none() && cx.store.is_some(),
                        egui::Button::new("Add missed cards to today's review"),
                    )
                    .on_hover_text("Grades them Again, so they come back in Study today");
                if add.clicked()
                    && let Some(store) = cx.store
                {
                    match add_to_review(
                        store,
                        &self.deck,
                        cx.learner,
                        &missed_cards,
                        cx.clock,
                        cx.now,
                    ) {
                        Ok(added) => self.added = Some(added),
                        Err(e) => self.problem = Some(e.to_string()),
                    }
                }
                again = ui.button("Quiz again on the missed ones").clicked();
            }
            if ui.button("New quiz").clicked() {
                self.quiz = None;
                self.current = 0;
                self.added = None;
            }
            if ui.button("Back to decks").clicked() {
                actions.push(Action::Home);
            }
        });
        if let Some(added) = self.added {
            let cards = |n: usize| {
                if n == 1 {
                    "1 card".to_owned()
                } else {
                    format!("{n} cards")
                }
            };
            let mut text = format!(
                "Added {} to today's review: they come back when you study this deck.",
                cards(added.graded)
            );
            if added.skipped > 0 {
                text.push_str(&format!(
                    " {} left out (suspended or no longer in the deck).",
                    cards(added.skipped)
                ));
            }
            ui.add(egui::Label::new(text).wrap());
        }
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        ui.add_space(12.0);
        if missed.is_empty() {
            ui.label("No cards missed.");
        } else {
            ui.label(RichText::new(format!("Missed ({})", missed.len())).strong());
            for (prompt, answer, fact, given) in missed {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.add(egui::Label::new(RichText::new(prompt).strong()).wrap());
                    ui.add(egui::Label::new(format!("Answer: {answer}")).wrap());
                    if let Some(fact) = fact {
                        ui.add(egui::Label::new(format!("The fact: {fact}")).wrap());
                    }
                    ui.add(egui::Label::new(format!("You answered: {given}")).wrap());
                });
            }
        }
        if again && let Some(quiz) = &self.quiz {
            let seed = quiz_seed(&self.deck.id, cx.now) ^ splitmix64(quiz.seed());
            let next = quiz.again(&self.deck, seed);
            if !next.is_empty() {
                self.begin(next, cx.now);
            }
        }
    }
}

/// A quiz's seed: the deck and the time it starts (a fixed clock gives a fixed quiz).
fn quiz_seed(deck: &str, now: Timestamp) -> u64 {
    fnv1a64(format!("{deck}\u{1f}{}", now.as_millisecond()).as_bytes())
}

fn option_letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

/// "45 s", "2 min 5 s".
fn format_duration(duration: Duration) -> String {
    let secs = duration.as_secs();
    if secs < 60 {
        format!("{secs} s")
    } else {
        format!("{} min {} s", secs / 60, secs % 60)
    }
}

/// Colours for right and wrong, readable in both themes; always with words or underline too.
struct Marks {
    right: egui::Color32,
    wrong: egui::Color32,
}

impl Marks {
    fn of(visuals: &egui::Visuals) -> Marks {
        if visuals.dark_mode {
            Marks {
                right: egui::Color32::from_rgb(110, 210, 130),
                wrong: egui::Color32::from_rgb(255, 140, 120),
            }
        } else {
            Marks {
                right: egui::Color32::from_rgb(20, 120, 45),
                wrong: egui::Color32::from_rgb(180, 35, 25),
            }
        }
    }
}

/// "Not quite: the answer is " and the right answer, its missed parts coloured, bold and
/// underlined (not colour alone).
fn diff_job(ui: &egui::Ui, diff: &[Segment], colors: &Marks) -> egui::text::LayoutJob {
    let font = egui::FontId::proportional(20.0);
    let plain = egui::TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let missed = egui::TextFormat {
        font_id: egui::FontId::new(20.0, egui::FontFamily::Proportional),
        color: colors.wrong,
        underline: egui::Stroke::new(2.0, colors.wrong),
        ..Default::default()
    };
    let mut job = egui::text::LayoutJob::default();
    job.append("Not quite: the answer is ", 0.0, plain.clone());
    for segment in diff {
        let format = if segment.missed {
            missed.clone()
        } else {
            plain.clone()
        };
        job.append(&segment.text, 0.0, format);
    }
    job.append(".", 0.0, plain);
    job
}
