//! The desktop app (eframe/egui): the only module that knows egui. Screens draw from the core
//! and return what they want done ([`Action`]); the app applies it after the frame.
//!
//! The clock comes in from outside ([`Clock`]), so UI tests run with a fixed time.

mod editor;
mod home;
mod study;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui;
use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::deck::library::{self, Entry, Origin};
use crate::schedule::DayClock;
use crate::store::{self, Learner, Store};
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
    // --- deck editor and study extras (branch `editor`) ---
    /// Open the deck editor on the deck with this id.
    Edit(String),
    /// A deck file was saved: read the deck files again (the screen stays).
    DecksChanged,
}

/// The screen showing.
enum Route {
    Home,
    Study(Box<study::StudyView>),
    /// The deck editor (branch `editor`).
    Editor(Box<editor::EditorView>),
}

/// The app's state.
pub struct FactdeckApp {
    data_dir: PathBuf,
    clock: Clock,
    tz: TimeZone,
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
}

const LAST_LEARNER: &str = "factdeck.last_learner";

impl FactdeckApp {
    /// The app on a data folder with a clock and time zone (tests pass fixed ones).
    pub fn new(data_dir: &Path, clock: Clock, tz: TimeZone) -> FactdeckApp {
        let now = clock();
        let mut notices = Vec::new();
        let store = match Store::open(data_dir, now) {
            Ok(opened) => {
                if let Some(recovery) = &opened.recovery {
                    notices.push(recovery.message());
                }
                Ok(opened.store)
            }
            Err(e) => Err(e.to_string()),
        };
        let mut app = FactdeckApp {
            data_dir: data_dir.to_path_buf(),
            clock,
            tz,
            store,
            learner: None,
            learners: Vec::new(),
            decks: Vec::new(),
            rows: Vec::new(),
            route: Route::Home,
            home: home::HomeState::default(),
            notices,
        };
        app.switch_learner(store::DEFAULT_LEARNER);
        app.reload_decks();
        app
    }

    /// The app as eframe starts it: remembers the last learner.
    fn from_creation(cc: &eframe::CreationContext<'_>, data_dir: &Path) -> FactdeckApp {
        let mut app = FactdeckApp::new(data_dir, system_clock(), TimeZone::system());
        if let Some(name) = cc.storage.and_then(|s| s.get_string(LAST_LEARNER)) {
            app.switch_learner(&name);
            app.refresh_rows();
        }
        app
    }

    fn now(&self) -> Timestamp {
        (self.clock)()
    }

    fn day_clock(&self) -> DayClock {
        let hour = self
            .store
            .as_ref()
            .ok()
            .and_then(|s| s.rollover_hour().ok())
            .unwrap_or(4);
        DayClock::new(hour, self.tz.clone())
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

    fn switch_learner(&mut self, name: &str) {
        let now = self.now();
        if let Ok(store) = &mut self.store {
            match store.learner(name, now) {
                Ok(l) => self.learner = Some(l),
                Err(e) => self.notices.push(e.to_string()),
            }
            self.learners = store.learners().unwrap_or_default();
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
                    }
                    Err(e) => self.notices.push(e.to_string()),
                }
            }
            Action::Edit(deck_id) => {
                if let Some((deck, origin)) = self.deck_entry(&deck_id) {
                    self.route = Route::Editor(Box::new(editor::EditorView::new(deck, origin)));
                }
            }
            Action::DecksChanged => self.reload_decks(),
        }
    }

    /// Draws one frame into `ui` (the whole window).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading("factdeck");
                if matches!(self.route, Route::Study(_)) && ui.button("Decks").clicked() {
                    actions.push(Action::Home);
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
                }
            });
        }
        let now = self.now();
        egui::CentralPanel::default().show(ui, |ui| match &mut self.route {
            Route::Home => {
                let store_error = self.store.as_ref().err().cloned();
                home::home_ui(
                    ui,
                    &mut self.home,
                    &self.rows,
                    &self.learners,
                    self.learner.as_ref().map(|l| l.name.as_str()),
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
            Route::Editor(view) => view.ui(ui, &self.data_dir, &mut actions),
        });
        for action in actions {
            self.apply(action);
        }
    }
}

impl eframe::App for FactdeckApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        storage.set_string(LAST_LEARNER, self.learner_name().to_owned());
    }

    fn on_exit(&mut self) {
        let now = self.now();
        if let Ok(store) = &mut self.store
            && let Err(e) = store.backup_now(now)
        {
            eprintln!("factdeck: backup at exit failed: {e}");
        }
    }
}

/// Opens the window on a data folder and runs until it is closed.
pub fn run(data_dir: &Path) -> Result<(), String> {
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
        Box::new(move |cc| Ok(Box::new(FactdeckApp::from_creation(cc, &dir)))),
    )
    .map_err(|e| {
        format!(
            "could not open the window: {}. Without a display, the command line still works: \
             see `factdeck --help`",
            e.to_string().trim_end_matches('.')
        )
    })
}
