//! The desktop app driven through its widgets by accessible label (egui_kittest), on a temporary
//! data folder with a fixed clock.

use std::path::Path;
use std::sync::Arc;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
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

#[test]
fn settings_change_theme_text_size_and_a_decks_daily_new_cards_and_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label("Settings").click();
    h.run();
    // The first deck is chosen; give it 5 new cards a day.
    h.get_by_label("New cards a day").click();
    h.run();
    h.get_by_label("New cards a day").type_text("5");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("Dark").click();
    h.run();
    h.get_by_label("Projector size").click();
    h.run();
    assert!(h.ctx.theme() == egui::Theme::Dark, "the window turned dark");
    assert_eq!(h.ctx.zoom_factor(), 2.0);
    h.get_by_label("Decks").click();
    h.run();
    let first = h.state().deck_rows()[0].clone();
    assert_eq!(first.new, 5, "{first:?}");
    drop(h);
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:10:00Z"));
    h.run();
    let prefs = h.state().preferences();
    assert_eq!(prefs.theme, factdeck::store::Theme::Dark);
    assert_eq!(prefs.text_scale, 2.0);
    assert!(h.ctx.theme() == egui::Theme::Dark);
    assert_eq!(h.state().deck_rows()[0].new, 5);
}

#[test]
fn the_last_deck_and_learner_are_offered_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label("New learner's name").click();
    h.run();
    h.get_by_label("New learner's name").type_text("Ana");
    h.run();
    h.get_by_label("Add learner").click();
    h.run();
    study_one_card_good(&mut h);
    drop(h);
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:30:00Z"));
    h.run();
    assert_eq!(h.state().learner_name(), "Ana");
    h.get_by_label(&format!("Continue with {CIRRHOSIS}"))
        .click();
    h.run();
    assert!(h.query_by_label("Show answer").is_some());
}

#[test]
fn backups_are_made_in_the_background_while_the_window_draws() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    let backups = dir.path().join("backups");
    let mut waited = 0;
    while factdeck::store::backup::list_backups(&backups).is_empty() && waited < 100 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.step();
        waited += 1;
    }
    assert_eq!(factdeck::store::backup::list_backups(&backups).len(), 1);
    assert!(h.state().notices().is_empty(), "{:?}", h.state().notices());
}
