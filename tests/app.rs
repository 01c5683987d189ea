//! The desktop app driven through its widgets by accessible label (egui_kittest), on a temporary
//! data folder with a fixed clock.

use std::path::Path;
use std::sync::Arc;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use factdeck::app::FactdeckApp;
use jiff::Timestamp;
use jiff::tz::TimeZone;

const CIRRHOSIS: &str = "Stem Cell Therapy: A Viable Option for Liver Cirrhosis";

fn app_at(data: &Path, now: &str) -> FactdeckApp {
    let now: Timestamp = now.parse().unwrap();
    FactdeckApp::new(data, Arc::new(move || now), TimeZone::UTC)
}

fn harness(app: FactdeckApp) -> Harness<'static, FactdeckApp> {
    Harness::builder()
        .with_size([1000.0, 760.0])
        .build_ui_state(|ui, app: &mut FactdeckApp| app.show(ui), app)
}

fn row<'a>(app: &'a FactdeckApp, title: &str) -> &'a factdeck::app::DeckRow {
    app.deck_rows()
        .iter()
        .find(|r| r.title == title)
        .expect("deck listed")
}

/// From home: study the first card of the cirrhosis deck, grade it Good, back to the decks.
fn study_one_card_good(h: &mut Harness<'static, FactdeckApp>) {
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    h.get_by_label("Show answer").click();
    h.run();
    h.get_by_label("Good 10m").click();
    h.run();
    h.get_by_label("Decks").click();
    h.run();
}

#[test]
fn study_a_card_and_find_the_progress_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    assert_eq!(row(h.state(), CIRRHOSIS).new, 15);
    // The next card is up; go home: the counts changed.
    study_one_card_good(&mut h);
    let counts = row(h.state(), CIRRHOSIS);
    assert_eq!((counts.new, counts.learning), (14, 1));
    drop(h);
    // A new app on the same folder: the progress is there.
    let h = harness(app_at(dir.path(), "2026-03-10T09:05:00Z"));
    let counts = row(h.state(), CIRRHOSIS);
    assert_eq!((counts.new, counts.learning, counts.due), (14, 1, 1));
}

#[test]
fn keys_reveal_grade_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    h.key_press(egui::Key::Space);
    h.run();
    assert!(
        h.query_by_label_contains("Easy ").is_some(),
        "the answer side shows"
    );
    h.key_press(egui::Key::Num4);
    h.run();
    assert!(h.query_by_label_contains("Done 1").is_some());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.query_by_label_contains("Done 0").is_some());
    h.get_by_label("Decks").click();
    h.run();
    assert_eq!(row(h.state(), CIRRHOSIS).new, 15, "undo restored the card");
}

#[test]
fn switching_learner_shows_that_learners_counts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    study_one_card_good(&mut h);
    h.get_by_label("New learner's name").click();
    h.run();
    h.get_by_label("New learner's name").type_text("Ana");
    h.run();
    h.get_by_label("Add learner").click();
    h.run();
    assert_eq!(h.state().learner_name(), "Ana");
    assert_eq!(row(h.state(), CIRRHOSIS).new, 15, "Ana has studied nothing");
}

#[test]
fn a_broken_deck_file_shows_its_error_and_the_others_still_work() {
    let dir = tempfile::tempdir().unwrap();
    let decks = dir.path().join("decks");
    std::fs::create_dir_all(&decks).unwrap();
    std::fs::write(
        decks.join("typo.toml"),
        "title = \"Typo\"\n[[cards]]\npromt = \"x\"\n",
    )
    .unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    let broken = h
        .state()
        .deck_rows()
        .iter()
        .find(|r| r.error.is_some())
        .expect("the broken deck is listed");
    assert!(broken.title.ends_with("typo.toml"));
    let error = broken.error.clone().unwrap_or_default();
    assert!(
        error.contains("typo.toml: field `format`: missing"),
        "{error}"
    );
    assert!(
        h.query_by_label_contains("is this a factdeck deck?")
            .is_some(),
        "the error is shown"
    );
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    assert!(h.query_by_label("Show answer").is_some());
}

// --- Import a document -------------------------------------------------------------------

const PLANTS: &str = "Photosynthesis is the process by which plants make sugar from light. \
    Chlorophyll is a green pigment that absorbs light. The stomata are small pores that let \
    carbon dioxide into the leaf. Glucose is a sugar that stores energy for the plant. Xylem is \
    the tissue that carries water from the roots to the leaves.\n";

/// Steps the app (the import runs on its own thread) until a widget whose label contains
/// `label` shows; a few seconds at most.
fn wait_for(h: &mut Harness<'static, FactdeckApp>, label: &str) {
    let start = std::time::Instant::now();
    while h.query_by_label_contains(label).is_none() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "{label:?} did not show"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    h.run();
}

/// How many cards the preview lists (each has a Drop or Keep button).
fn preview_cards(h: &Harness<'static, FactdeckApp>) -> usize {
    (1..)
        .take_while(|n| {
            h.query_by_label(&format!("Drop card {n}")).is_some()
                || h.query_by_label(&format!("Keep card {n}")).is_some()
        })
        .count()
}

#[test]
fn import_a_text_file_edit_the_preview_and_save_the_deck() {
    let dir = tempfile::tempdir().unwrap();
    let docs = tempfile::tempdir().unwrap();
    let notes = docs.path().join("plants.txt");
    std::fs::write(&notes, PLANTS).unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    let shipped = h.state().deck_rows().len();
    h.state_mut().import_files(vec![notes]);
    wait_for(&mut h, "Save deck");
    let cards = preview_cards(&h);
    assert!(cards >= 2, "{cards} cards");
    assert!(
        h.query_by_label(&format!("{cards} cards")).is_some(),
        "all {cards} cards in view"
    );

    h.get_by_label("Deck title").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Deck title").type_text("Green plants");
    h.run();
    h.get_by_label("Drop card 1").click();
    h.run();
    assert!(
        h.query_by_label("Keep card 1").is_some(),
        "card 1 is dropped"
    );
    assert!(
        h.query_by_label(&format!("{} of {cards} cards kept (1 dropped)", cards - 1))
            .is_some()
    );

    // An emptied prompt blocks saving and says why.
    h.get_by_label("Card 2 prompt").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.run();
    assert!(
        h.query_by_label("Card 2 needs fixing (see below).")
            .is_some()
    );
    assert!(h.query_by_label_contains("must not be empty").is_some());
    assert!(h.get_by_label("Save deck").accesskit_node().is_disabled());
    h.get_by_label("Drop card 2").click();
    h.run();

    h.get_by_label("Save deck").click();
    h.run();
    let saved = row(h.state(), "Green plants").clone();
    assert_eq!(
        (saved.new, saved.total),
        (cards as u64 - 2, cards as u64 - 2)
    );
    assert_eq!(h.state().deck_rows().len(), shipped + 1);
    let file = dir.path().join("decks").join("green-plants.toml");
    assert!(file.is_file(), "{} written", file.display());
    assert!(
        h.query_by_label_contains(&format!("Saved Green plants with {} cards to", cards - 2))
            .is_some()
    );
    drop(h);
    let h = harness(app_at(dir.path(), "2026-03-10T09:05:00Z"));
    assert_eq!(row(h.state(), "Green plants").total, cards as u64 - 2);
    assert!(h.query_by_label("Study Green plants").is_some());
}

/// A file dropped onto the window (what egui-winit hands the app).
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn an_empty_or_unreadable_document_says_why_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let docs = tempfile::tempdir().unwrap();
    let empty = docs.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let photo = docs.path().join("photo.png");
    std::fs::write(&photo, b"\x89PNG\r\n").unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    let before = h.state().deck_rows().to_vec();

    h.state_mut().import_files(vec![empty]);
    wait_for(&mut h, "\"empty.txt\" is empty");
    h.get_by_label("Back to decks").click();
    h.run();

    // Dropped onto the window.
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(photo.clone())));
    h.step();
    wait_for(
        &mut h,
        "\"photo.png\" is a .png file, which factdeck cannot read",
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().deck_rows(), &before[..]);
    assert!(
        h.query_by_label(&format!("Study {CIRRHOSIS}")).is_some(),
        "home again"
    );
    assert!(
        !dir.path().join("decks").exists()
            || dir
                .path()
                .join("decks")
                .read_dir()
                .unwrap()
                .next()
                .is_none()
    );

    // While studying, a dropped file is refused with a notice.
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    h.input_mut().dropped_files.push(Arc::new(Dropped(photo)));
    h.run();
    assert!(h.query_by_label_contains("leave studying first").is_some());
    assert!(h.query_by_label("Show answer").is_some());
}

#[test]
fn the_import_preview_fits_a_small_window_with_large_text() {
    let dir = tempfile::tempdir().unwrap();
    let docs = tempfile::tempdir().unwrap();
    let notes = docs.path().join("plants.txt");
    std::fs::write(&notes, PLANTS).unwrap();
    let mut h = Harness::builder().with_size([800.0, 600.0]).build_ui_state(
        |ui, app: &mut FactdeckApp| app.show(ui),
        app_at(dir.path(), "2026-03-10T09:00:00Z"),
    );
    h.ctx.set_zoom_factor(2.0);
    h.run();
    h.state_mut().import_files(vec![notes]);
    wait_for(&mut h, "Save deck");
    let window = h.ctx.content_rect();
    assert!(window.width() < 500.0, "zoomed: {window:?}");
    for label in [
        "Deck title",
        "Save deck",
        "Cancel",
        "Drop card 1",
        "Card 1 prompt",
    ] {
        let rect = h.get_by_label(label).rect();
        assert!(
            window.contains_rect(rect),
            "{label} at {rect:?} in {window:?}"
        );
    }
    // Escape (with no field focused) cancels: home, nothing saved.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Import a document").is_some());
    assert!(!dir.path().join("decks").exists());
}

#[test]
fn a_file_dropped_on_an_open_preview_does_not_replace_it() {
    let dir = tempfile::tempdir().unwrap();
    let docs = tempfile::tempdir().unwrap();
    let notes = docs.path().join("plants.txt");
    std::fs::write(&notes, PLANTS).unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.state_mut().import_files(vec![notes.clone()]);
    wait_for(&mut h, "Save deck");
    h.get_by_label("Drop card 1").click();
    h.run();
    h.input_mut().dropped_files.push(Arc::new(Dropped(notes)));
    h.run();
    assert!(
        h.query_by_label_contains("Save or cancel the deck you are importing")
            .is_some()
    );
    assert!(
        h.query_by_label("Keep card 1").is_some(),
        "the edit is kept"
    );
    // Ctrl+S saves.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(row(h.state(), "plants").total >= 1);
    assert!(dir.path().join("decks").join("plants.toml").is_file());
}
