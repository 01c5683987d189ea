//! Classroom drill: a setup form, then the projector view a teacher drives from the keyboard
//! (question in very large type, options as coloured tiles lettered A-D, countdown, scores),
//! a leaderboard between questions and a podium at the end, where the results can be exported
//! as CSV. The drill's logic is the core's ([`crate::drill`]); this screen passes the clock in
//! and draws what the drill says.
//!
//! Keys: Space starts and reveals; a team's number (1-8) then a letter (A-D) marks that team's
//! answer, R after the number gives it the right answer, X clears it (one team: the letter
//! alone, and when teams answer in turn the letter alone is the team on turn's); N goes on; P
//! pauses; Esc ends, after a confirmation (Enter ends, Esc keeps playing).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use eframe::egui::{self, Color32, Key, RichText};
use jiff::Timestamp;

use super::Action;
use crate::deck::Deck;
use crate::drill::{
    DEFAULT_SECONDS, Drill, DrillFormat, DrillResults, Event, MAX_OPTIONS, MAX_TEAMS, Phase, Setup,
    Team, option_letter, questions,
};
use crate::store::Store;
use crate::store::drills::export_drill_csv;

/// Team colours: a name the teacher picks by, and the colour.
pub const TEAM_COLOURS: [(&str, Color32); MAX_TEAMS] = [
    ("Red", Color32::from_rgb(196, 40, 40)),
    ("Blue", Color32::from_rgb(30, 90, 200)),
    ("Green", Color32::from_rgb(30, 130, 60)),
    ("Orange", Color32::from_rgb(215, 110, 0)),
    ("Purple", Color32::from_rgb(120, 60, 170)),
    ("Teal", Color32::from_rgb(0, 125, 135)),
    ("Pink", Color32::from_rgb(200, 50, 130)),
    ("Brown", Color32::from_rgb(125, 80, 40)),
];

/// The option tiles' colours (fill, text), A-D. The letter on each tile carries the meaning
/// for viewers who do not tell the colours apart.
const TILE_COLOURS: [(Color32, Color32); MAX_OPTIONS] = [
    (Color32::from_rgb(190, 30, 50), Color32::WHITE),
    (Color32::from_rgb(20, 100, 200), Color32::WHITE),
    (Color32::from_rgb(235, 175, 0), Color32::BLACK),
    (Color32::from_rgb(30, 130, 30), Color32::WHITE),
];

const TEAM_KEYS: [Key; MAX_TEAMS] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
];
const OPTION_KEYS: [Key; MAX_OPTIONS] = [Key::A, Key::B, Key::C, Key::D];

/// The keys, in a line under the projector view.
const HELP: &str = "Space: start / reveal  ·  1-8 then A-D: a team's answer (R: right answer, \
                    X: clear)  ·  N: next  ·  P: pause  ·  Esc: end";

fn colour(index: usize) -> Color32 {
    TEAM_COLOURS[index % MAX_TEAMS].1
}

fn colour_name(index: usize) -> &'static str {
    TEAM_COLOURS[index % MAX_TEAMS].0
}

/// The setup form's fields, as typed.
struct Form {
    questions: String,
    multiple_choice: bool,
    true_false: bool,
    timer: bool,
    seconds: String,
    individual: bool,
    teams: Vec<Team>,
    player: String,
    seed: String,
    leaderboard: bool,
    turns: bool,
    problem: Option<String>,
}

impl Default for Form {
    fn default() -> Form {
        Form {
            questions: "10".into(),
            multiple_choice: true,
            true_false: true,
            timer: true,
            seconds: DEFAULT_SECONDS.to_string(),
            individual: false,
            teams: (0..2).map(default_team).collect(),
            player: "Player".into(),
            seed: "1".into(),
            leaderboard: true,
            turns: false,
            problem: None,
        }
    }
}

fn default_team(i: usize) -> Team {
    Team {
        name: format!("{} team", colour_name(i)),
        colour: i % MAX_TEAMS,
    }
}

impl Form {
    /// The setup the form describes, or what is wrong with it.
    fn setup(&self, deck: &str) -> Result<Setup, String> {
        let number = |text: &str, what: &str| {
            text.trim()
                .parse::<u64>()
                .map_err(|_| format!("{what}: type a whole number."))
        };
        let question_count = usize::try_from(number(&self.questions, "Questions")?)
            .map_err(|_| "Questions: too many.".to_owned())?;
        let seconds_per_question = if self.timer {
            let s = number(&self.seconds, "Seconds per question")?;
            Some(u32::try_from(s).map_err(|_| "Seconds per question: too many.".to_owned())?)
        } else {
            None
        };
        let mut formats = Vec::new();
        if self.multiple_choice {
            formats.push(DrillFormat::MultipleChoice);
        }
        if self.true_false {
            formats.push(DrillFormat::TrueFalse);
        }
        let teams = if self.individual {
            vec![Team {
                name: self.player.trim().to_owned(),
                colour: 1,
            }]
        } else {
            self.teams
                .iter()
                .map(|t| Team {
                    name: t.name.trim().to_owned(),
                    colour: t.colour,
                })
                .collect()
        };
        let setup = Setup {
            deck: deck.to_owned(),
            question_count,
            formats,
            seconds_per_question,
            teams,
            seed: number(&self.seed, "Seed")?,
            leaderboard: self.leaderboard,
            turns: self.turns && !self.individual,
        };
        match setup.problem() {
            Some(p) => Err(p),
            None => Ok(setup),
        }
    }
}

/// A drill being played (or finished).
struct Play {
    drill: Drill,
    started_ms: i64,
    /// The team whose number was pressed, waiting for its letter.
    team: Option<usize>,
    /// The results, once on the podium.
    results: Option<DrillResults>,
    /// What became of saving and exporting the results.
    status: Vec<String>,
    saver: Saver,
}

/// The drill screen.
pub struct DrillView {
    deck: Deck,
    form: Form,
    play: Option<Play>,
    /// The deck's drills kept in the store, newest first, each with a line describing it.
    past: Vec<(String, DrillResults)>,
    /// Exporting one of `past`: which, and the dialog.
    past_export: Option<usize>,
    past_saver: Saver,
    past_status: Vec<String>,
}

impl DrillView {
    /// The setup form for a drill on `deck`; `past` lists its drills kept in the store (newest
    /// first, each with a line describing it), which can be exported again.
    pub fn new(deck: Deck, past: Vec<(String, DrillResults)>) -> DrillView {
        DrillView {
            deck,
            form: Form::default(),
            play: None,
            past,
            past_export: None,
            past_saver: Saver::default(),
            past_status: Vec::new(),
        }
    }

    /// The drill, once the form is done (for tests).
    pub fn drill(&self) -> Option<&Drill> {
        self.play.as_ref().map(|p| &p.drill)
    }

    /// Saves what a drill still running has so far (the window is closing): the questions
    /// revealed, with each team's answers. Nothing happens on the setup form or the podium
    /// (the podium saved already).
    pub fn save_unfinished(&mut self, store: Option<&mut Store>) {
        if let Some(play) = &mut self.play
            && play.results.is_none()
        {
            play.finish(&self.deck, store);
        }
    }

    /// Whether leaving now loses nothing (the setup form, or the podium).
    pub fn can_leave(&self) -> bool {
        self.play
            .as_ref()
            .is_none_or(|p| p.drill.phase() == Phase::Podium)
    }

    /// Writes the finished drill's results as CSV to `path`.
    pub fn export(&self, path: &Path) -> Result<(), String> {
        let results = self
            .play
            .as_ref()
            .and_then(|p| p.results.as_ref())
            .ok_or("The drill has not ended yet.")?;
        write_csv(results, path)
    }

    /// Draws the screen and handles its keys.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        store: Option<&mut Store>,
        now: Timestamp,
        actions: &mut Vec<Action>,
    ) {
        let now_ms = now.as_millisecond();
        match &mut self.play {
            None => {
                let results = self
                    .past_export
                    .and_then(|i| self.past.get(i))
                    .map(|p| &p.1);
                self.past_saver
                    .poll(ui.ctx(), results, &mut self.past_status);
                let mut export = None;
                let past = Past {
                    drills: &self.past,
                    status: &self.past_status,
                    export: &mut export,
                };
                if let Some(play) = setup_ui(ui, &self.deck, &mut self.form, past, now_ms, actions)
                {
                    self.play = Some(play);
                }
                if let Some(i) = export
                    && let Some((_, results)) = self.past.get(i)
                {
                    self.past_export = Some(i);
                    self.past_saver.open(default_file_name(results));
                }
            }
            Some(play) => play.ui(ui, &self.deck, store, now_ms, actions),
        }
    }
}

/// A labelled one-line field (its label is its accessible name).
fn field(ui: &mut egui::Ui, label: &str, text: &mut String, width: f32) {
    ui.label(label);
    let response = ui.add(egui::TextEdit::singleline(text).desired_width(width));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
}

/// The deck's past drills as the setup form lists them.
struct Past<'a> {
    drills: &'a [(String, DrillResults)],
    status: &'a [String],
    /// Set to the drill whose Export was clicked.
    export: &'a mut Option<usize>,
}

/// The setup form; returns the drill once "Open the drill" is pressed on a good setup.
fn setup_ui(
    ui: &mut egui::Ui,
    deck: &Deck,
    form: &mut Form,
    past: Past<'_>,
    now_ms: i64,
    actions: &mut Vec<Action>,
) -> Option<Play> {
    let mut open = false;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new("Classroom drill").heading()).wrap());
            ui.add(egui::Label::new(RichText::new(&deck.title).strong()).wrap());
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                field(ui, "Questions", &mut form.questions, 40.0);
                ui.weak(format!("of {} cards", deck.cards.len()));
            });
            ui.horizontal_wrapped(|ui| {
                ui.label("Formats:");
                ui.checkbox(
                    &mut form.multiple_choice,
                    DrillFormat::MultipleChoice.label(),
                );
                ui.checkbox(&mut form.true_false, DrillFormat::TrueFalse.label());
            });
            ui.horizontal_wrapped(|ui| {
                ui.checkbox(&mut form.timer, "Timer");
                if form.timer {
                    field(ui, "Seconds per question", &mut form.seconds, 40.0);
                }
            });
            ui.horizontal_wrapped(|ui| {
                ui.label("Play:");
                ui.radio_value(&mut form.individual, true, "Individual");
                ui.radio_value(&mut form.individual, false, "Teams (2-8)");
            });
            if form.individual {
                ui.horizontal_wrapped(|ui| {
                    field(ui, "Player's name", &mut form.player, 160.0);
                });
            } else {
                teams_ui(ui, &mut form.teams);
                ui.checkbox(&mut form.turns, "Teams answer in turn")
                    .on_hover_text("Question 1 is the first team's, question 2 the second's...");
            }
            ui.horizontal_wrapped(|ui| {
                field(ui, "Seed", &mut form.seed, 80.0);
                ui.weak("the same seed asks the same questions in the same order");
            });
            ui.checkbox(&mut form.leaderboard, "Leaderboard between questions");
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button(RichText::new("Open the drill").strong())
                    .clicked()
                {
                    open = true;
                }
                if ui.button("Back to decks").clicked() {
                    actions.push(Action::Home);
                }
            });
            if let Some(problem) = &form.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            if !past.drills.is_empty() {
                ui.add_space(12.0);
                ui.label(RichText::new("Past drills of this deck").strong());
                for (i, (line, _)) in past.drills.iter().enumerate() {
                    ui.horizontal_wrapped(|ui| {
                        let button = ui.small_button("Export (CSV)");
                        let name = format!("Export the drill of {line}");
                        button.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                        });
                        if button.clicked() {
                            *past.export = Some(i);
                        }
                        ui.add(egui::Label::new(line).wrap());
                    });
                }
                for line in past.status {
                    ui.add(egui::Label::new(line).wrap());
                }
            }
        });
    let enter = ui.input(|i| i.key_pressed(Key::Enter)) && !ui.ctx().text_edit_focused();
    if !(open || enter) {
        return None;
    }
    let setup = match form.setup(&deck.id) {
        Ok(setup) => setup,
        Err(problem) => {
            form.problem = Some(problem);
            return None;
        }
    };
    let qs = questions::build(deck, &setup);
    if qs.is_empty() {
        form.problem = Some(
            "This deck has no card a drill can ask in these formats: try another format.".into(),
        );
        return None;
    }
    form.problem = None;
    Some(Play {
        drill: Drill::new(setup, qs),
        started_ms: now_ms,
        team: None,
        results: None,
        status: Vec::new(),
        saver: Saver::default(),
    })
}

/// The teams' names and colours, with Add and Remove.
fn teams_ui(ui: &mut egui::Ui, teams: &mut Vec<Team>) {
    let mut remove = None;
    let count = teams.len();
    for (i, team) in teams.iter_mut().enumerate() {
        ui.horizontal_wrapped(|ui| {
            field(ui, &format!("Team {} name", i + 1), &mut team.name, 140.0);
            egui::ComboBox::from_id_salt(("team colour", i))
                .selected_text(
                    RichText::new(colour_name(team.colour))
                        .color(colour(team.colour))
                        .strong(),
                )
                .show_ui(ui, |ui| {
                    for (c, (name, fill)) in TEAM_COLOURS.iter().enumerate() {
                        ui.selectable_value(
                            &mut team.colour,
                            c,
                            RichText::new(*name).color(*fill).strong(),
                        );
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ComboBox,
                        true,
                        format!("Team {} colour", i + 1),
                    )
                });
            let remove_button = ui
                .add_enabled(count > 2, egui::Button::new("Remove").small())
                .on_disabled_hover_text("A drill in teams has at least two");
            remove_button.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    count > 2,
                    format!("Remove team {}", i + 1),
                )
            });
            if remove_button.clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        teams.remove(i);
    }
    if teams.len() < MAX_TEAMS && ui.button("Add team").clicked() {
        let unused = (0..MAX_TEAMS)
            .find(|c| !teams.iter().any(|t| t.colour == *c))
            .unwrap_or(0);
        teams.push(default_team(unused));
    }
}

/// What the keys asked for this frame.
#[derive(Default)]
struct Keys {
    space: bool,
    next: bool,
    pause: bool,
    escape: bool,
    enter: bool,
    team: Option<usize>,
    option: Option<usize>,
    right: bool,
    clear: bool,
}

impl Keys {
    /// Reads (and takes, so no focused button also acts on them) the drill's keys.
    fn read(ui: &egui::Ui) -> Keys {
        ui.input_mut(|i| {
            let mut take = |k| i.consume_key(egui::Modifiers::NONE, k);
            Keys {
                space: take(Key::Space),
                next: take(Key::N),
                pause: take(Key::P),
                escape: take(Key::Escape),
                enter: take(Key::Enter),
                team: TEAM_KEYS.iter().position(|k| take(*k)),
                option: OPTION_KEYS.iter().position(|k| take(*k)),
                right: take(Key::R),
                clear: take(Key::X),
            }
        })
    }
}

impl Play {
    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        deck: &Deck,
        store: Option<&mut Store>,
        now_ms: i64,
        actions: &mut Vec<Action>,
    ) {
        self.saver
            .poll(ui.ctx(), self.results.as_ref(), &mut self.status);
        let mut events = self.key_events(&Keys::read(ui));
        let rect = ui.available_rect_before_wrap();
        // Type sized for a 1280 x 720 projector, scaled with the window.
        let s = (rect.width() / 1280.0)
            .min(rect.height() / 680.0)
            .clamp(0.35, 3.0);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if self.drill.is_confirming_end() {
                    confirm_ui(ui, s, &mut events);
                }
                match self.drill.phase() {
                    Phase::Lobby => lobby_ui(ui, s, deck, &self.drill, &mut events),
                    Phase::Open | Phase::Revealed => {
                        question_ui(ui, s, &self.drill, &mut self.team, now_ms, &mut events)
                    }
                    Phase::Leaderboard => leaderboard_ui(ui, s, &self.drill, &mut events),
                    Phase::Podium => self.podium_ui(ui, s, deck, actions),
                }
                if self.drill.phase() != Phase::Podium {
                    ui.add_space(12.0 * s);
                    ui.add(
                        egui::Label::new(RichText::new(HELP).size(14.0 * s.max(1.0)).weak()).wrap(),
                    );
                }
            });
        let mut changed = false;
        for event in events {
            changed |= self.drill.apply(event, now_ms);
        }
        changed |= self.drill.apply(Event::Tick, now_ms);
        if changed {
            // Drawn before the change: draw again.
            ui.ctx().request_repaint();
        }
        if self.drill.phase() != Phase::Open {
            self.team = None;
        }
        if self.drill.is_counting_down() {
            ui.ctx().request_repaint_after(Duration::from_millis(100));
        }
        if self.drill.phase() == Phase::Podium && self.results.is_none() {
            self.finish(deck, store);
            ui.ctx().request_repaint();
        }
    }

    /// The events the keys ask for in this phase.
    fn key_events(&mut self, keys: &Keys) -> Vec<Event> {
        let mut events = Vec::new();
        if self.drill.is_confirming_end() {
            if keys.enter {
                events.push(Event::Confirm);
            } else if keys.escape {
                events.push(Event::Cancel);
            }
            return events;
        }
        let phase = self.drill.phase();
        if keys.space {
            events.push(match phase {
                Phase::Lobby => Event::Start,
                _ => Event::Reveal,
            });
        }
        if keys.next {
            events.push(Event::Next);
        }
        if keys.pause {
            events.push(if self.drill.is_paused() {
                Event::Resume
            } else {
                Event::Pause
            });
        }
        let teams = self.drill.setup().teams.len();
        if phase == Phase::Open {
            if let Some(t) = keys.team.filter(|t| *t < teams) {
                self.team = if self.team == Some(t) { None } else { Some(t) };
            }
            let team = if teams == 1 {
                Some(0)
            } else {
                self.drill.turn().or(self.team)
            };
            if let Some(team) = team {
                let event = if let Some(option) = keys.option {
                    Some(Event::Choose { team, option })
                } else if keys.right {
                    Some(Event::Award(team))
                } else if keys.clear {
                    Some(Event::Clear(team))
                } else {
                    None
                };
                if let Some(event) = event {
                    events.push(event);
                    self.team = None;
                }
            }
        }
        if keys.escape {
            if self.team.is_some() {
                self.team = None;
            } else if phase != Phase::Podium {
                events.push(Event::End);
            }
        }
        events
    }

    /// Keeps the results once the drill is over: in the store, and for the export.
    fn finish(&mut self, deck: &Deck, store: Option<&mut Store>) {
        let results = self.drill.results(self.started_ms, &deck.title);
        if results.rows.is_empty() {
            self.status
                .push("No question was answered, so nothing was saved.".into());
        } else {
            match store.map(|s| s.save_drill(&results)) {
                Some(Ok(_)) => self.status.push("Results saved.".into()),
                Some(Err(e)) => self.status.push(format!("Results not saved: {e}")),
                None => self
                    .status
                    .push("Results not saved: the progress file did not open.".into()),
            }
        }
        self.results = Some(results);
    }

    fn podium_ui(&mut self, ui: &mut egui::Ui, s: f32, deck: &Deck, actions: &mut Vec<Action>) {
        let setup = self.drill.setup();
        ui.vertical_centered(|ui| {
            ui.label(RichText::new("Podium").size(48.0 * s).strong());
            ui.label(RichText::new(&deck.title).size(22.0 * s));
        });
        ui.add_space(16.0 * s);
        let standings = self.drill.standings();
        // Second, first, third from left to right, the first highest.
        let order: Vec<usize> = [1, 0, 2]
            .into_iter()
            .filter(|i| *i < standings.len())
            .collect();
        ui.columns(order.len().max(1), |cols| {
            for (col, &i) in cols.iter_mut().zip(&order) {
                let st = &standings[i];
                let team = &setup.teams[st.team];
                col.vertical_centered(|ui| {
                    // The higher the place, the taller the block (tied teams alike).
                    let tier = st.rank.saturating_sub(1).min(2);
                    ui.add_space([0.0, 60.0, 100.0][tier] * s);
                    egui::Frame::new()
                        .fill(colour(team.colour))
                        .corner_radius(10.0 * s)
                        .inner_margin(14.0 * s)
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.set_min_height([220.0, 160.0, 120.0][tier] * s);
                            ui.vertical_centered(|ui| {
                                let white = |t: String, size: f32| {
                                    RichText::new(t)
                                        .size(size * s)
                                        .color(Color32::WHITE)
                                        .strong()
                                };
                                ui.label(white(place(st.rank), 44.0));
                                ui.add(egui::Label::new(white(team.name.clone(), 32.0)).wrap());
                                ui.label(white(points(st.score), 30.0));
                            });
                        });
                });
            }
        });
        ui.add_space(12.0 * s);
        for st in standings.iter().skip(3) {
            let team = &setup.teams[st.team];
            ui.label(
                RichText::new(format!(
                    "{}  {}  {}",
                    place(st.rank),
                    team.name,
                    points(st.score)
                ))
                .size(24.0 * s)
                .color(colour(team.colour)),
            );
        }
        if self.drill.ended_early() {
            ui.label(
                RichText::new(format!(
                    "Ended after {} of {} questions.",
                    self.drill.revealed_count(),
                    self.drill.questions().len()
                ))
                .size(18.0 * s.max(0.8)),
            );
        }
        if let Some(results) = &self.results {
            let review = results.to_review();
            if !review.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new("Worth going over again (most teams missed):").strong());
                for q in review {
                    if let Some(question) = self.drill.questions().get(q) {
                        ui.add(
                            egui::Label::new(format!(
                                "Question {}: {} ({})",
                                q + 1,
                                question.prompt,
                                question
                                    .options
                                    .get(question.correct)
                                    .unwrap_or(&question.answer)
                            ))
                            .wrap(),
                        );
                    }
                }
            }
        }
        ui.add_space(12.0);
        ui.horizontal_wrapped(|ui| {
            let has_rows = self.results.as_ref().is_some_and(|r| !r.rows.is_empty());
            if ui
                .add_enabled(has_rows, egui::Button::new("Export results (CSV)"))
                .clicked()
                && let Some(results) = &self.results
            {
                self.saver.open(default_file_name(results));
            }
            if ui.button("Back to decks").clicked() {
                actions.push(Action::Home);
            }
        });
        for line in &self.status {
            ui.add(egui::Label::new(line).wrap());
        }
    }
}

/// "1st", "2nd", "3rd", "4th"...
fn place(rank: usize) -> String {
    let suffix = match (rank % 10, rank % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{rank}{suffix}")
}

/// A score with a thousands separator: "1,975".
fn points(score: u32) -> String {
    let digits = score.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn confirm_ui(ui: &mut egui::Ui, s: f32, events: &mut Vec<Event>) {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().extreme_bg_color)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.add(
                egui::Label::new(
                    RichText::new("End the drill now? Questions not yet revealed are left out.")
                        .size(22.0 * s.max(0.8))
                        .strong(),
                )
                .wrap(),
            );
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button("Yes, end the drill")
                    .on_hover_text("Enter")
                    .clicked()
                {
                    events.push(Event::Confirm);
                }
                if ui.button("Keep playing").on_hover_text("Esc").clicked() {
                    events.push(Event::Cancel);
                }
            });
        });
    ui.add_space(8.0);
}

fn lobby_ui(ui: &mut egui::Ui, s: f32, deck: &Deck, drill: &Drill, events: &mut Vec<Event>) {
    let setup = drill.setup();
    ui.vertical_centered(|ui| {
        ui.add_space(40.0 * s);
        ui.label(RichText::new("Classroom drill").size(56.0 * s).strong());
        ui.add(egui::Label::new(RichText::new(&deck.title).size(32.0 * s)).wrap());
        ui.add_space(16.0 * s);
        let timer = setup.seconds_per_question.map_or_else(
            || "no timer".to_owned(),
            |sec| format!("{sec} seconds each"),
        );
        ui.label(
            RichText::new(format!("{} questions, {timer}", drill.questions().len())).size(26.0 * s),
        );
        ui.add_space(16.0 * s);
        let _ = teams_strip(ui, s, drill, None, false);
        ui.add_space(24.0 * s);
        if ui
            .button(
                RichText::new("Start drill")
                    .size(28.0 * s.max(0.7))
                    .strong(),
            )
            .on_hover_text("Space")
            .clicked()
        {
            events.push(Event::Start);
        }
    });
}

/// The teams with their keys and scores; while a question is open, which have answered.
/// While a question is open, a team clicked is returned (to mark its answer by clicking a tile).
fn teams_strip(
    ui: &mut egui::Ui,
    s: f32,
    drill: &Drill,
    selected: Option<usize>,
    open: bool,
) -> Option<usize> {
    let answers = drill.answers(drill.index());
    let mut clicked = None;
    ui.horizontal_wrapped(|ui| {
        for (i, team) in drill.setup().teams.iter().enumerate() {
            let score = drill.scores().get(i).copied().unwrap_or(0);
            let answered = open && answers.get(i).is_some_and(|a| a.chosen.is_some());
            let mut text = format!("{}  {}  {}", i + 1, team.name, points(score));
            if answered {
                text.push_str("  (answered)");
            }
            if selected == Some(i) {
                text.push_str("  press A-D or click a tile");
            }
            let stroke = if selected == Some(i) {
                egui::Stroke::new(4.0 * s.max(0.5), ui.visuals().strong_text_color())
            } else {
                egui::Stroke::NONE
            };
            let chip = egui::Frame::new()
                .fill(colour(team.colour))
                .stroke(stroke)
                .corner_radius(8.0 * s)
                .inner_margin(egui::Margin::symmetric((12.0 * s) as i8, (6.0 * s) as i8))
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(text)
                            .size(24.0 * s)
                            .color(Color32::WHITE)
                            .strong(),
                    );
                })
                .response;
            if open && drill.setup().teams.len() > 1 && drill.turn().is_none() {
                let chip = chip.interact(egui::Sense::click());
                chip.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        format!("Answer for {}", team.name),
                    )
                });
                if chip.clicked() {
                    clicked = Some(i);
                }
            }
        }
    });
    clicked
}

fn question_ui(
    ui: &mut egui::Ui,
    s: f32,
    drill: &Drill,
    selected: &mut Option<usize>,
    now_ms: i64,
    events: &mut Vec<Event>,
) {
    let Some(q) = drill.question() else {
        return;
    };
    let open = drill.phase() == Phase::Open;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!(
                "Question {} of {}",
                drill.index() + 1,
                drill.questions().len()
            ))
            .size(28.0 * s)
            .strong(),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let countdown = match (drill.remaining_ms(now_ms), drill.is_paused()) {
                (_, true) => "Paused".to_owned(),
                (Some(ms), false) => ms.div_ceil(1000).to_string(),
                (None, false) if open => "No timer".to_owned(),
                (None, false) => "Time".to_owned(),
            };
            let low = drill.remaining_ms(now_ms).is_some_and(|ms| ms <= 5_000);
            let text = RichText::new(countdown).size(64.0 * s).strong();
            let text = if low {
                text.color(ui.visuals().error_fg_color)
            } else {
                text
            };
            if open {
                ui.label(text);
            }
        });
    });
    if let Some(team) = drill.turn().and_then(|t| drill.setup().teams.get(t)) {
        ui.label(
            RichText::new(format!("{}'s turn", team.name))
                .size(30.0 * s)
                .color(colour(team.colour))
                .strong(),
        );
    }
    if q.format == DrillFormat::TrueFalse {
        ui.label(RichText::new("True or false?").size(26.0 * s).weak());
    }
    ui.add(egui::Label::new(RichText::new(&q.prompt).size(44.0 * s).strong()).wrap());
    ui.add_space(16.0 * s);
    let answers = drill.answers(drill.index());
    let options: Vec<(usize, &String)> = q.options.iter().take(MAX_OPTIONS).enumerate().collect();
    for pair in options.chunks(2) {
        ui.columns(2, |cols| {
            for (col, &(i, option)) in cols.iter_mut().zip(pair) {
                let right = i == q.correct;
                let (fill, text) = TILE_COLOURS[i];
                let (fill, text) = if !open && !right {
                    (fill.gamma_multiply(0.3), text.gamma_multiply(0.6))
                } else {
                    (fill, text)
                };
                let chosen_by: Vec<&str> = drill
                    .setup()
                    .teams
                    .iter()
                    .zip(answers)
                    .filter(|(_, a)| a.chosen == Some(i))
                    .map(|(t, _)| t.name.as_str())
                    .collect();
                let tile = tile(col, s, i, option, fill, text, |ui| {
                    if !open {
                        if right {
                            ui.label(
                                RichText::new("Right answer")
                                    .size(24.0 * s)
                                    .color(text)
                                    .strong(),
                            );
                        }
                        if !chosen_by.is_empty() {
                            ui.add(
                                egui::Label::new(
                                    RichText::new(chosen_by.join(", "))
                                        .size(22.0 * s)
                                        .color(text),
                                )
                                .wrap(),
                            );
                        }
                    }
                });
                // A click marks the option for the team chosen (or the one player).
                let team = if drill.setup().teams.len() == 1 {
                    Some(0)
                } else {
                    drill.turn().or(*selected)
                };
                if open && let Some(team) = team {
                    let tile = tile.interact(egui::Sense::click());
                    let name = format!("Option {}: {option}", option_letter(i));
                    tile.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                    if tile.clicked() {
                        events.push(Event::Choose { team, option: i });
                        *selected = None;
                    }
                }
            }
        });
        ui.add_space(10.0 * s);
    }
    if !open {
        // Each team's points for this question.
        let line: Vec<String> = drill
            .setup()
            .teams
            .iter()
            .zip(answers)
            .enumerate()
            .filter(|(i, _)| drill.answers_question(*i, drill.index()))
            .map(|(_, (t, a))| format!("{} +{}", t.name, a.points))
            .collect();
        ui.add(egui::Label::new(RichText::new(line.join("   ")).size(24.0 * s)).wrap());
    }
    ui.add_space(10.0 * s);
    if let Some(team) = teams_strip(ui, s, drill, *selected, open) {
        *selected = if *selected == Some(team) {
            None
        } else {
            Some(team)
        };
    }
    ui.add_space(10.0 * s);
    ui.horizontal_wrapped(|ui| {
        let big = |t: &str| RichText::new(t).size(20.0 * s.max(0.8));
        if open {
            if ui
                .button(big("Reveal answer"))
                .on_hover_text("Space")
                .clicked()
            {
                events.push(Event::Reveal);
            }
            let (label, event) = if drill.is_paused() {
                ("Resume", Event::Resume)
            } else {
                ("Pause", Event::Pause)
            };
            if ui.button(big(label)).on_hover_text("P").clicked() {
                events.push(event);
            }
        } else {
            let label = if drill.is_last() {
                "Show the podium"
            } else if drill.setup().leaderboard {
                "Leaderboard"
            } else {
                "Next question"
            };
            if ui.button(big(label)).on_hover_text("N").clicked() {
                events.push(Event::Next);
            }
        }
        if ui.button(big("End drill")).on_hover_text("Esc").clicked() {
            events.push(Event::End);
        }
    });
}

/// One option tile: its letter on a white square, the option, and what `extra` adds.
fn tile(
    ui: &mut egui::Ui,
    s: f32,
    index: usize,
    option: &str,
    fill: Color32,
    text: Color32,
    extra: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    egui::Frame::new()
        .fill(fill)
        .corner_radius(12.0 * s)
        .inner_margin(14.0 * s)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.set_min_height(96.0 * s);
            ui.horizontal(|ui| {
                egui::Frame::new()
                    .fill(Color32::WHITE)
                    .corner_radius(8.0 * s)
                    .inner_margin(egui::Margin::symmetric((12.0 * s) as i8, (2.0 * s) as i8))
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(option_letter(index).to_string())
                                .size(40.0 * s)
                                .color(Color32::BLACK)
                                .strong(),
                        );
                    });
                ui.vertical(|ui| {
                    ui.add(
                        egui::Label::new(RichText::new(option).size(32.0 * s).color(text).strong())
                            .wrap(),
                    );
                    extra(ui);
                });
            });
        })
        .response
}

fn leaderboard_ui(ui: &mut egui::Ui, s: f32, drill: &Drill, events: &mut Vec<Event>) {
    ui.vertical_centered(|ui| {
        ui.label(RichText::new("Leaderboard").size(48.0 * s).strong());
        ui.label(
            RichText::new(format!(
                "after question {} of {}",
                drill.index() + 1,
                drill.questions().len()
            ))
            .size(24.0 * s),
        );
    });
    ui.add_space(16.0 * s);
    let standings = drill.standings();
    let best = standings.first().map_or(0, |st| st.score).max(1);
    for st in &standings {
        let team = &drill.setup().teams[st.team];
        let streak = drill.streaks().get(st.team).copied().unwrap_or(0);
        let mut text = format!("{}  {}  {}", place(st.rank), team.name, points(st.score));
        if streak >= 2 {
            text.push_str(&format!("  (streak {streak})"));
        }
        let width = ui.available_width();
        let bar = (width * 0.35 + width * 0.6 * st.score as f32 / best as f32).min(width);
        egui::Frame::new()
            .fill(colour(team.colour))
            .corner_radius(8.0 * s)
            .inner_margin(10.0 * s)
            .show(ui, |ui| {
                ui.set_width((bar - 20.0 * s).max(10.0));
                ui.add(
                    egui::Label::new(
                        RichText::new(text)
                            .size(32.0 * s)
                            .color(Color32::WHITE)
                            .strong(),
                    )
                    .wrap(),
                );
            });
        ui.add_space(8.0 * s);
    }
    ui.add_space(8.0 * s);
    ui.horizontal_wrapped(|ui| {
        let big = |t: &str| RichText::new(t).size(20.0 * s.max(0.8));
        if ui.button(big("Next question")).on_hover_text("N").clicked() {
            events.push(Event::Next);
        }
        if ui.button(big("End drill")).on_hover_text("Esc").clicked() {
            events.push(Event::End);
        }
    });
}

/// `drill-<deck>-<date>.csv`.
fn default_file_name(results: &DrillResults) -> String {
    let date = Timestamp::from_millisecond(results.started_ms)
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default();
    format!("drill-{}-{date}.csv", results.setup.deck)
}

/// Writes the results as CSV to `path` (through a temporary file, so a failed write leaves no
/// half file).
pub fn write_csv(results: &DrillResults, path: &Path) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("Could not write {}: {e}", path.display());
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".part");
    let tmp = PathBuf::from(tmp);
    let file = std::fs::File::create(&tmp).map_err(fail)?;
    let mut out = std::io::BufWriter::new(file);
    export_drill_csv(results, &mut out).map_err(fail)?;
    drop(out);
    std::fs::rename(&tmp, path).map_err(fail)
}

/// The save dialog for the CSV, on its own thread (the window keeps drawing).
#[derive(Default)]
struct Saver {
    rx: Option<Receiver<Saved>>,
}

/// How the save dialog ended.
enum Saved {
    To(PathBuf),
    Cancelled,
    /// It closed at once: no dialog could be shown (no desktop portal, no zenity).
    Unavailable,
}

/// A dialog that closes without a choice sooner than this never showed.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(250);

impl Saver {
    fn open(&mut self, file_name: String) {
        if self.rx.is_some() {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("factdeck-save-dialog".into())
            .spawn(move || {
                let opened = std::time::Instant::now();
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title("Export drill results")
                    .set_file_name(file_name)
                    .add_filter("CSV (spreadsheet)", &["csv"])
                    .save_file();
                let saved = match pollster::block_on(dialog) {
                    Some(file) => Saved::To(file.path().to_path_buf()),
                    None if opened.elapsed() < NO_DIALOG_WITHIN => Saved::Unavailable,
                    None => Saved::Cancelled,
                };
                // The screen may be gone: then nobody listens.
                let _ = tx.send(saved);
            });
        if spawned.is_ok() {
            self.rx = Some(rx);
        }
    }

    /// Writes the file once the dialog closed with a path.
    fn poll(
        &mut self,
        ctx: &egui::Context,
        results: Option<&DrillResults>,
        status: &mut Vec<String>,
    ) {
        let Some(rx) = &self.rx else {
            return;
        };
        let saved = match rx.try_recv() {
            Ok(saved) => saved,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(200));
                return;
            }
            Err(TryRecvError::Disconnected) => Saved::Unavailable,
        };
        self.rx = None;
        let (path, Some(results)) = (saved, results) else {
            return;
        };
        let path = match path {
            Saved::To(path) => path,
            Saved::Cancelled => return,
            Saved::Unavailable => {
                status.push(
                    "No save dialog could be shown on this desktop (no file portal or zenity)."
                        .into(),
                );
                return;
            }
        };
        status.push(match write_csv(results, &path) {
            Ok(()) => format!("Exported to {}", path.display()),
            Err(e) => e,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_points_read_well() {
        let places: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22].map(place).to_vec();
        assert_eq!(
            places,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"
            ]
        );
        assert_eq!(points(0), "0");
        assert_eq!(points(975), "975");
        assert_eq!(points(1975), "1,975");
        assert_eq!(points(1_234_567), "1,234,567");
    }
}
