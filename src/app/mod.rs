//! The desktop app (eframe/egui): the only module that knows egui. Screens draw from the core
//! and return what they want done ([`Action`]); the app applies it after the frame.
//!
//! The clock comes in from outside ([`Clock`]), so UI tests run with a fixed time.

mod drill;
mod editor;
mod fit;
mod home;
mod import;
mod quiz;
mod settings;
mod stats;
mod study;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use eframe::egui;
use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::deck::library::{self, Entry, Origin};
use crate::schedule::DayClock;
use crate::store::{self, Learner, Preferences, Store, Theme};
use crate::study::Session;

pub use home::DeckRow;

/// Where the app reads the time.
pub type Clock = Arc<dyn Fn() -> Timestamp + Send + Sync>;

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(Timestamp::now)
}

/// What a screen asks the app to do after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Back to the deck list.
    Home,
    /// Study the deck with this id.
    Study(String),
    /// Switch to the learner of this name (made if new).
    SwitchLearner(String),
    /// Open the settings.
    Settings,
    /// Open the deck editor on the deck with this id.
    Edit(String),
    /// Quiz yourself on the deck with this id (src/app/quiz.rs).
    Quiz(String),
    /// Set up a classroom drill on the deck with this id (src/app/drill.rs).
    Drill(String),
    /// A deck file was saved: read the deck files again (the screen stays).
    DecksChanged,
    /// The hour the study day starts at was changed: read it again and recount.
    DayChanged,
    // --- Statistics (src/app/stats.rs) ---
    /// Open the statistics of one deck (`None`: all decks) for the current learner.
    Stats(Option<String>),
    // --- Import a document (src/app/import.rs) ---
    /// Open the file dialog to import documents.
    ImportPick,
    /// A deck was imported and saved: back home, with a notice.
    ImportSaved {
        /// Its title.
        title: String,
        /// How many cards it has.
        cards: usize,
        /// The file written.
        path: PathBuf,
    },
}

/// The screen showing.
enum Route {
    Home,
    Study(Box<study::StudyView>),
    Settings(Box<settings::SettingsView>),
    Editor(Box<editor::EditorView>),
    Import(Box<import::ImportView>),
    Quiz(Box<quiz::QuizView>),
    Drill(Box<drill::DrillView>),
    Stats(Box<stats::StatsView>),
}

/// Long work on another thread, with its own connection to the store: the routine daily
/// check and backups. The window keeps drawing meanwhile.
struct Chore {
    what: &'static str,
    done: Receiver<Result<(), String>>,
}

/// How often the app looks whether a backup is due.
const CHORE_EVERY: jiff::SignedDuration = jiff::SignedDuration::from_mins(1);

/// The app's state.
pub struct FactdeckApp {
    data_dir: PathBuf,
    clock: Clock,
    /// When study days start, in the learner's time zone (read from the store when it changes).
    day: DayClock,
    store: Result<Store, String>,
    learner: Option<Learner>,
    /// Every learner, for the switcher (read when they change, not every frame).
    learners: Vec<Learner>,
    decks: Vec<Entry>,
    rows: Vec<DeckRow>,
    route: Route,
    home: home::HomeState,
    /// Messages for the learner (recovery, errors), newest last; dismissable.
    notices: Vec<String>,
    /// How many of `notices` are written to the log already.
    logged: usize,
    /// Theme, text size, last deck and learner (saved in the store).
    prefs: Preferences,
    /// The theme and text scale last given to the window.
    applied_look: Option<(Theme, f32)>,
    /// The chore running, if one is.
    chore: Option<Chore>,
    /// The routine daily check was left to a chore and has not started.
    daily_check_pending: bool,
    /// When to look for chores next.
    next_chore_look: Option<Timestamp>,
    /// The import file dialog, while it is open.
    picker: import::Picker,
}

impl FactdeckApp {
    /// The app on a data folder with a clock and time zone (tests pass fixed ones).
    pub fn new(data_dir: &Path, clock: Clock, tz: TimeZone) -> FactdeckApp {
        let now = clock();
        let mut notices = Vec::new();
        let store = match Store::open_deferring_daily_check(data_dir, now) {
            Ok(opened) => {
                if let Some(recovery) = &opened.recovery {
                    notices.push(recovery.message());
                }
                Ok(opened.store)
            }
            Err(e) => Err(e.to_string()),
        };
        let prefs = store
            .as_ref()
            .ok()
            .and_then(|s| s.preferences().ok())
            .unwrap_or_default();
        let learner = prefs
            .last_learner
            .clone()
            .unwrap_or_else(|| store::DEFAULT_LEARNER.to_owned());
        let mut app = FactdeckApp {
            data_dir: data_dir.to_path_buf(),
            clock,
            day: DayClock::new(4, tz),
            store,
            learner: None,
            learners: Vec::new(),
            decks: Vec::new(),
            rows: Vec::new(),
            route: Route::Home,
            home: home::HomeState::default(),
            notices,
            logged: 0,
            prefs,
            applied_look: None,
            chore: None,
            daily_check_pending: false,
            next_chore_look: None,
            picker: import::Picker::default(),
        };
        app.daily_check_pending = app.store.as_ref().is_ok_and(Store::daily_check_due);
        app.read_day_clock();
        app.switch_learner(&learner);
        app.reload_decks();
        app
    }

    fn now(&self) -> Timestamp {
        (self.clock)()
    }

    fn day_clock(&self) -> DayClock {
        self.day.clone()
    }

    /// Reads the hour the study day starts at from the store.
    fn read_day_clock(&mut self) {
        let hour = self
            .store
            .as_ref()
            .ok()
            .and_then(|s| s.rollover_hour().ok())
            .unwrap_or(4);
        self.day = DayClock::new(hour, self.day.tz.clone());
    }

    /// The current learner's name.
    pub fn learner_name(&self) -> &str {
        self.learner
            .as_ref()
            .map_or(store::DEFAULT_LEARNER, |l| l.name.as_str())
    }

    /// The deck list as shown (for tests).
    pub fn deck_rows(&self) -> &[DeckRow] {
        &self.rows
    }

    /// Starts making a deck from these files (the file dialog, drag and drop and tests call
    /// it): the import screen shows the progress, then the preview. Refused with a notice
    /// where it would throw work away (see `import_blocked`).
    pub fn import_files(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        if let Some(reason) = self.import_blocked() {
            self.notices.push(reason.to_owned());
            return;
        }
        self.route = Route::Import(Box::new(import::ImportView::start(paths)));
    }

    /// Why an import cannot start now (mid-study, in the editor, or another import open).
    fn import_blocked(&self) -> Option<&'static str> {
        match &self.route {
            Route::Study(_) => {
                Some("To import a document, leave studying first (Decks), then drop it again.")
            }
            Route::Editor(_) => Some("Save or close the deck editor before you import a document."),
            Route::Quiz(_) => {
                Some("To import a document, leave the quiz first (Decks), then drop it again.")
            }
            Route::Drill(_) => {
                Some("To import a document, leave the drill first, then drop it again.")
            }
            Route::Import(view) if view.is_busy() => Some(
                "Save or cancel the deck you are importing before you import another document.",
            ),
            _ => None,
        }
    }

    /// The quiz question showing, if a quiz is on the screen (for tests).
    pub fn quiz_question(&self) -> Option<&crate::quiz::question::Question> {
        match &self.route {
            Route::Quiz(view) => view.question(),
            _ => None,
        }
    }

    /// The quiz on the screen, if any (for tests).
    pub fn quiz(&self) -> Option<&crate::quiz::Quiz> {
        match &self.route {
            Route::Quiz(view) => view.quiz(),
            _ => None,
        }
    }

    /// The classroom drill on the screen, once set up (for tests).
    pub fn drill(&self) -> Option<&crate::drill::Drill> {
        match &self.route {
            Route::Drill(view) => view.drill(),
            _ => None,
        }
    }

    /// Writes the results of the drill on the screen (ended, on its podium) as CSV to `path`,
    /// without a dialog (the podium's "Export results (CSV)" asks where, then does this).
    pub fn export_drill_csv(&self, path: &Path) -> Result<(), String> {
        match &self.route {
            Route::Drill(view) => view.export(path),
            _ => Err("No drill is showing.".into()),
        }
    }

    /// A deck's drills kept in the store, newest first, each with a line saying when it was
    /// played (in the app's time zone), how many questions and which teams.
    fn past_drills(&mut self, deck_id: &str) -> Vec<(String, crate::drill::DrillResults)> {
        let Ok(store) = &self.store else {
            return Vec::new();
        };
        let drills = match store.drills(Some(deck_id)) {
            Ok(drills) => drills,
            Err(e) => {
                self.notices.push(e.to_string());
                return Vec::new();
            }
        };
        drills
            .into_iter()
            .map(|d| {
                let when = Timestamp::from_millisecond(d.started_ms)
                    .map(|t| {
                        t.to_zoned(self.day.tz.clone())
                            .strftime("%Y-%m-%d %H:%M")
                            .to_string()
                    })
                    .unwrap_or_default();
                let questions = d
                    .rows
                    .iter()
                    .map(|r| r.question)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len();
                let teams: Vec<&str> = d.teams().iter().map(|t| t.name.as_str()).collect();
                let line = format!("{when}: {questions} questions, {}", teams.join(", "));
                (line, d)
            })
            .collect()
    }

    /// Keeps what would otherwise be lost when the window closes: a classroom drill still
    /// running saves the questions revealed so far.
    pub fn save_unfinished_work(&mut self) {
        if let Route::Drill(view) = &mut self.route {
            view.save_unfinished(self.store.as_mut().ok());
        }
    }

    /// The messages shown to the learner (recovery, errors), oldest first.
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// The app's preferences (theme, text size, last deck and learner).
    pub fn preferences(&self) -> &Preferences {
        &self.prefs
    }

    fn save_prefs(&mut self) {
        if let Ok(store) = &mut self.store
            && let Err(e) = store.set_preferences(&self.prefs)
        {
            self.notices.push(e.to_string());
        }
    }

    fn switch_learner(&mut self, name: &str) {
        let now = self.now();
        if let Ok(store) = &mut self.store {
            match store.learner(name, now) {
                Ok(l) => {
                    let changed = self.prefs.last_learner.as_deref() != Some(l.name.as_str());
                    self.learner = Some(l);
                    self.learners = store.learners().unwrap_or_default();
                    if changed {
                        self.prefs.last_learner = self.learner.as_ref().map(|l| l.name.clone());
                        self.save_prefs();
                    }
                }
                Err(e) => self.notices.push(e.to_string()),
            }
        }
    }

    /// Takes a finished chore's result, and starts the next one when due (the daily check
    /// first, then a backup every half hour).
    fn run_chores(&mut self, ctx: &egui::Context) {
        if let Some(chore) = &self.chore {
            let result = match chore.done.try_recv() {
                Ok(result) => result,
                Err(TryRecvError::Empty) => {
                    ctx.request_repaint_after(Duration::from_millis(250));
                    return;
                }
                Err(TryRecvError::Disconnected) => Err("it stopped unexpectedly".to_owned()),
            };
            if let Err(e) = result {
                self.notices.push(format!("{}: {e}", chore.what));
            }
            self.chore = None;
        }
        let now = self.now();
        if self.next_chore_look.is_some_and(|t| now < t) {
            return;
        }
        self.next_chore_look = now.checked_add(CHORE_EVERY).ok();
        let Ok(store) = &mut self.store else {
            return;
        };
        let check = std::mem::take(&mut self.daily_check_pending);
        if !check && !store.backup_due(now).unwrap_or(false) {
            return;
        }
        let mut second = match store.second_connection() {
            Ok(second) => second,
            Err(e) => {
                self.notices.push(e.to_string());
                return;
            }
        };
        let (send, done) = mpsc::channel();
        let repaint = ctx.clone();
        std::thread::spawn(move || {
            let result = if check {
                second.run_daily_check(now)
            } else {
                second.backup_now(now).map(drop)
            };
            // The app may be gone: then nobody listens.
            let _ = send.send(result.map_err(|e| e.to_string()));
            repaint.request_repaint();
        });
        self.chore = Some(Chore {
            what: if check {
                "The routine check of your progress file found a problem; restart factdeck \
                 to restore the newest good backup"
            } else {
                "Backup failed"
            },
            done,
        });
    }

    /// Gives the window the chosen theme and text size, and keeps a text size changed with the
    /// keyboard (Ctrl+Plus/Minus).
    fn apply_look(&mut self, ctx: &egui::Context) {
        let wanted = (self.prefs.theme, self.prefs.clamped_text_scale());
        if self.applied_look != Some(wanted) {
            ctx.set_theme(match wanted.0 {
                Theme::System => egui::ThemePreference::System,
                Theme::Light => egui::ThemePreference::Light,
                Theme::Dark => egui::ThemePreference::Dark,
            });
            ctx.set_zoom_factor(wanted.1);
            self.applied_look = Some(wanted);
        } else if (ctx.zoom_factor() - wanted.1).abs() > 0.001 {
            self.prefs.text_scale = ctx.zoom_factor();
            self.applied_look = Some((wanted.0, self.prefs.clamped_text_scale()));
            self.save_prefs();
        }
    }

    /// The deck with this id and where it comes from, if it loaded.
    fn deck_entry(&self, deck_id: &str) -> Option<(crate::deck::Deck, Origin)> {
        self.decks.iter().find_map(|e| match &e.deck {
            Ok(d) if d.id == deck_id => Some((d.clone(), e.origin.clone())),
            _ => None,
        })
    }

    /// Reloads the deck files and recounts.
    fn reload_decks(&mut self) {
        self.decks = library::list(&self.data_dir);
        self.refresh_rows();
    }

    /// Recounts every deck for the current learner.
    fn refresh_rows(&mut self) {
        let now = self.now();
        let clock = self.day_clock();
        let learner = self.learner.clone();
        self.rows = self
            .decks
            .iter()
            .map(|entry| {
                home::DeckRow::count(
                    entry,
                    self.store.as_mut().ok(),
                    learner.as_ref(),
                    &clock,
                    now,
                )
            })
            .collect();
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Home => {
                self.route = Route::Home;
                self.refresh_rows();
            }
            Action::SwitchLearner(name) => {
                self.switch_learner(&name);
                self.refresh_rows();
            }
            Action::Settings => {
                self.route = Route::Settings(Box::default());
            }
            Action::Study(deck_id) => {
                let entry = self.deck_entry(&deck_id);
                let clock = self.day_clock();
                let name = self.learner_name().to_owned();
                let now = self.now();
                let (Some((deck, origin)), Ok(store)) = (entry, self.store.as_mut()) else {
                    return;
                };
                match Session::start(store, deck, &name, clock, now) {
                    Ok(session) => {
                        let view = study::StudyView::new(session, origin, now);
                        self.route = Route::Study(Box::new(view));
                        if self.prefs.last_deck.as_deref() != Some(deck_id.as_str()) {
                            self.prefs.last_deck = Some(deck_id);
                            self.save_prefs();
                        }
                    }
                    Err(e) => self.notices.push(e.to_string()),
                }
            }
            Action::Edit(deck_id) => {
                if let Some((deck, origin)) = self.deck_entry(&deck_id) {
                    self.route = Route::Editor(Box::new(editor::EditorView::new(deck, origin)));
                }
            }
            Action::Quiz(deck_id) => {
                if let Some((deck, _)) = self.deck_entry(&deck_id) {
                    let view = quiz::QuizView::new(deck, self.now());
                    self.route = Route::Quiz(Box::new(view));
                }
            }
            Action::Drill(deck_id) => {
                if let Some((deck, _)) = self.deck_entry(&deck_id) {
                    let past = self.past_drills(&deck_id);
                    self.route = Route::Drill(Box::new(drill::DrillView::new(deck, past)));
                }
            }
            Action::DecksChanged => self.reload_decks(),
            Action::DayChanged => {
                self.read_day_clock();
                self.refresh_rows();
            }
            Action::Stats(deck) => {
                self.route = Route::Stats(Box::new(stats::StatsView::new(deck)));
            }
            Action::ImportPick => self.picker.open(),
            Action::ImportSaved { title, cards, path } => {
                self.notices.push(format!(
                    "Saved {title} with {cards} cards to {}",
                    path.display()
                ));
                self.route = Route::Home;
                self.reload_decks();
            }
        }
    }

    /// Draws one frame into `ui` (the whole window).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.apply_look(ui.ctx());
        self.run_chores(ui.ctx());
        let mut actions = Vec::new();
        let mut to_import = import::dropped_files(ui.ctx());
        if let Some(picked) = self.picker.poll(ui.ctx(), &mut self.notices) {
            to_import = picked;
        }
        self.import_files(to_import);
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading("factdeck");
                let leave = match &self.route {
                    Route::Study(_)
                    | Route::Settings(_)
                    | Route::Import(_)
                    | Route::Quiz(_)
                    | Route::Stats(_) => true,
                    Route::Drill(view) => view.can_leave(),
                    Route::Home | Route::Editor(_) => false,
                };
                if leave && ui.button("Decks").clicked() {
                    actions.push(Action::Home);
                }
                if matches!(self.route, Route::Home) && ui.button("Settings").clicked() {
                    actions.push(Action::Settings);
                }
                if matches!(self.route, Route::Home) && ui.button("Statistics").clicked() {
                    actions.push(Action::Stats(None));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(format!("Learner: {}", self.learner_name()));
                });
            });
        });
        if !self.notices.is_empty() {
            egui::Panel::bottom("notices").show(ui, |ui| {
                let mut dismissed = None;
                for (i, notice) in self.notices.iter().enumerate() {
                    ui.horizontal_wrapped(|ui| {
                        ui.colored_label(ui.visuals().warn_fg_color, notice);
                        if ui.small_button("Dismiss").clicked() {
                            dismissed = Some(i);
                        }
                    });
                }
                if let Some(i) = dismissed {
                    self.notices.remove(i);
                    if i < self.logged {
                        self.logged -= 1;
                    }
                }
            });
        }
        let now = self.now();
        let mut save_prefs_later = false;
        egui::CentralPanel::default().show(ui, |ui| match &mut self.route {
            Route::Home => {
                let store_error = self.store.as_ref().err().cloned();
                home::home_ui(
                    ui,
                    &mut self.home,
                    &self.rows,
                    &self.learners,
                    self.learner.as_ref().map(|l| l.name.as_str()),
                    self.prefs.last_deck.as_deref(),
                    store_error.as_deref(),
                    &library::user_decks_dir(&self.data_dir),
                    &mut actions,
                );
            }
            Route::Study(view) => {
                if let Ok(store) = &mut self.store {
                    view.ui(
                        ui,
                        store,
                        &self.data_dir,
                        now,
                        &mut actions,
                        &mut self.notices,
                    );
                }
            }
            Route::Settings(view) => match &mut self.store {
                Ok(store) => {
                    let cx = settings::Context {
                        store,
                        prefs: &mut self.prefs,
                        rows: &self.rows,
                        learner: self.learner.as_ref(),
                        clock: &self.day,
                        data_dir: &self.data_dir,
                        now,
                    };
                    if view.ui(ui, cx, &mut actions, &mut self.notices) {
                        save_prefs_later = true;
                    }
                }
                Err(e) => {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        format!("Settings cannot be saved: {e}"),
                    );
                }
            },
            Route::Editor(view) => view.ui(ui, &self.data_dir, &mut actions),
            Route::Import(view) => view.ui(ui, &self.data_dir, &mut actions),
            Route::Quiz(view) => {
                let clock = self.day.clone();
                let learner = self
                    .learner
                    .as_ref()
                    .map_or(store::DEFAULT_LEARNER, |l| l.name.as_str());
                let cx = quiz::Context {
                    store: self.store.as_mut().ok(),
                    learner,
                    clock,
                    now,
                };
                view.ui(ui, cx, &mut actions);
            }
            Route::Drill(view) => view.ui(ui, self.store.as_mut().ok(), now, &mut actions),
            Route::Stats(view) => match &mut self.store {
                Ok(store) => {
                    let cx = stats::Context {
                        store,
                        learner: self.learner.as_ref(),
                        rows: &self.rows,
                        clock: &self.day,
                        now,
                    };
                    view.ui(ui, cx, &mut actions, &mut self.notices);
                }
                Err(e) => {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        format!("No statistics: progress cannot be read: {e}"),
                    );
                }
            },
        });
        import::hover_overlay(ui.ctx(), self.import_blocked());
        if save_prefs_later {
            self.save_prefs();
        }
        for action in actions {
            self.apply(action);
        }
        self.log_new_notices();
    }

    /// Writes the notices shown since the last frame to standard error and to
    /// `<data folder>/factdeck.log` (kept under a megabyte: the older half moves to
    /// `factdeck.log.old`).
    fn log_new_notices(&mut self) {
        if self.logged >= self.notices.len() {
            self.logged = self.notices.len();
            return;
        }
        let at = self.now().round(jiff::Unit::Second).unwrap_or(self.now());
        let path = self.data_dir.join(LOG_FILE);
        if std::fs::metadata(&path).is_ok_and(|m| m.len() > LOG_LIMIT) {
            let _ = std::fs::rename(&path, self.data_dir.join(format!("{LOG_FILE}.old")));
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .ok();
        for notice in &self.notices[self.logged..] {
            eprintln!("factdeck: {notice}");
            if let Some(file) = &mut file {
                use std::io::Write;
                let _ = writeln!(file, "{at} {notice}");
            }
        }
        self.logged = self.notices.len();
    }
}

/// Lays out `add_contents` in a column of readable width (at most 820 points), centred in a
/// wide window.
fn readable_column(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui)) {
    let width = ui.available_width().min(820.0);
    let margin = (ui.available_width() - width) / 2.0;
    ui.horizontal(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add_contents(ui);
        });
    });
}

/// The log of what the window told the learner, in the data folder.
pub const LOG_FILE: &str = "factdeck.log";
const LOG_LIMIT: u64 = 1 << 20;

/// The app in its window; with `FACTDECK_STARTUP_REPORT=1` it prints when the first frame
/// was drawn and the memory it took, then closes (the startup benchmark reads this).
struct Window {
    app: FactdeckApp,
    startup_report: bool,
    frames: u32,
}

/// The environment variable that asks for the startup report.
pub const STARTUP_REPORT_VAR: &str = "FACTDECK_STARTUP_REPORT";

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.show(ui);
        if self.startup_report {
            self.frames += 1;
            // The second frame starts once the first one is on the screen.
            if self.frames == 2 {
                println!(
                    "first frame drawn; peak memory {} MB",
                    peak_memory_mb().map_or_else(|| "unknown".to_owned(), |mb| mb.to_string())
                );
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
            ui.ctx().request_repaint();
        }
    }

    fn on_exit(&mut self) {
        self.app.save_unfinished_work();
        let now = self.app.now();
        if let Ok(store) = &mut self.app.store
            && let Err(e) = store.backup_if_due(now)
        {
            eprintln!("factdeck: backup at exit failed: {e}");
        }
    }
}

/// Opens the window on a data folder and runs until it is closed; `import` files, if any, are
/// made into a deck and shown in the import preview.
pub fn run(data_dir: &Path, import: Vec<PathBuf>) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("factdeck")
            .with_inner_size([960.0, 720.0])
            .with_min_inner_size([640.0, 480.0]),
        persist_window: true,
        ..eframe::NativeOptions::default()
    };
    let dir = data_dir.to_path_buf();
    eframe::run_native(
        "factdeck",
        options,
        Box::new(move |_cc| {
            let mut app = FactdeckApp::new(&dir, system_clock(), TimeZone::system());
            app.import_files(import);
            Ok(Box::new(Window {
                app,
                startup_report: std::env::var_os(STARTUP_REPORT_VAR).is_some_and(|v| v == "1"),
                frames: 0,
            }))
        }),
    )
    .map_err(|e| {
        format!(
            "could not open the window: {}. Without a display, the command line still works: \
             see `factdeck --help`",
            e.to_string().trim_end_matches('.')
        )
    })
}

/// The process's peak resident memory in MB (Linux: `VmHWM` in `/proc/self/status`).
fn peak_memory_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
