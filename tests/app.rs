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

/// Cards in the shipped cirrhosis deck: the counts below follow what the generator makes of it.
fn cirrhosis_cards() -> u64 {
    let shipped = factdeck::deck::library::SHIPPED
        .iter()
        .find(|s| s.file == "stem-cells-liver-cirrhosis.toml")
        .expect("the cirrhosis deck is shipped");
    factdeck::deck::Deck::from_toml_str(shipped.file, shipped.text)
        .expect("the shipped deck loads")
        .cards
        .len() as u64
}

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
    assert_eq!(row(h.state(), CIRRHOSIS).new, cirrhosis_cards());
    // The next card is up; go home: the counts changed.
    study_one_card_good(&mut h);
    let counts = row(h.state(), CIRRHOSIS);
    assert_eq!((counts.new, counts.learning), (cirrhosis_cards() - 1, 1));
    drop(h);
    // A new app on the same folder: the progress is there.
    let h = harness(app_at(dir.path(), "2026-03-10T09:05:00Z"));
    let counts = row(h.state(), CIRRHOSIS);
    assert_eq!(
        (counts.new, counts.learning, counts.due),
        (cirrhosis_cards() - 1, 1, 1)
    );
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
    assert_eq!(
        row(h.state(), CIRRHOSIS).new,
        cirrhosis_cards(),
        "undo restored the card"
    );
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
    assert_eq!(
        row(h.state(), CIRRHOSIS).new,
        cirrhosis_cards(),
        "Ana has studied nothing"
    );
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

// ----- study extras and the deck editor -----

const FIRST_PROMPT: &str = "What is liver cirrhosis?";

fn deck_of<'a>(
    entries: &'a [factdeck::deck::library::Entry],
    title: &str,
) -> &'a factdeck::deck::Deck {
    entries
        .iter()
        .find_map(|e| e.deck.as_ref().ok().filter(|d| d.title == title))
        .expect("deck loads")
}

#[test]
fn a_card_edited_while_studying_keeps_its_progress_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    assert!(h.query_by_label(FIRST_PROMPT).is_some());
    h.key_press(egui::Key::E);
    h.run();
    h.get_by_label("Prompt")
        .set_text_value_accesskit("What is liver cirrhosis, in short?");
    h.run();
    h.get_by_label("Save card").click();
    h.run();
    assert!(h.query_by_label(FIRST_PROMPT).is_none());
    assert!(
        h.query_by_label("What is liver cirrhosis, in short?")
            .is_some(),
        "the new text shows at once"
    );
    assert!(h.query_by_label_contains("Card saved to").is_some());
    h.get_by_label("Show answer").click();
    h.run();
    h.get_by_label("Good 10m").click();
    h.run();
    h.get_by_label("Decks").click();
    h.run();
    let counts = row(h.state(), CIRRHOSIS);
    assert_eq!(
        (counts.new, counts.learning, counts.total),
        (cirrhosis_cards() - 1, 1, cirrhosis_cards())
    );
    drop(h);
    // The shipped deck is now the user's copy, in the decks folder, in the shipped deck's place.
    let entries = factdeck::deck::library::list(dir.path());
    assert_eq!(entries.len(), factdeck::deck::library::SHIPPED.len());
    let deck = deck_of(&entries, CIRRHOSIS);
    assert_eq!(deck.cards[0].prompt, "What is liver cirrhosis, in short?");
    // After a restart the card is back, due, with its new text and its progress.
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:11:00Z"));
    h.run();
    let counts = row(h.state(), CIRRHOSIS);
    assert_eq!(
        (counts.new, counts.learning, counts.due),
        (cirrhosis_cards() - 1, 1, 1)
    );
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    assert!(
        h.query_by_label("What is liver cirrhosis, in short?")
            .is_some()
    );
}

#[test]
fn the_deck_editor_searches_edits_adds_deletes_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at(dir.path(), "2026-03-10T09:00:00Z");
    let mut h = Harness::builder()
        .with_size([1000.0, 1400.0])
        .build_ui_state(|ui, app: &mut FactdeckApp| app.show(ui), app);
    h.run();
    h.get_by_label(&format!("Edit {CIRRHOSIS}")).click();
    h.run();
    // Search (Ctrl+F goes to the field), then edit the card found.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    assert!(h.get_by_label("Search cards").is_focused());
    h.key_press(egui::Key::Escape); // leaves the field, not the editor
    h.run();
    assert!(h.query_by_label("Search cards").is_some());
    h.get_by_label("Search cards")
        .set_text_value_accesskit("hepatocytes");
    h.run();
    assert!(
        h.query_by_label_contains(&format!("of {} cards", cirrhosis_cards()))
            .is_some()
    );
    assert!(
        h.query_by_label_contains(FIRST_PROMPT).is_none(),
        "filtered out"
    );
    h.get_by_label_contains("What are the primary functional cells")
        .click();
    h.run();
    h.get_by_label("Answer")
        .set_text_value_accesskit("hepatocytes (liver cells)");
    h.run();
    // Back with unsaved changes asks first.
    h.get_by_label("Back to decks").click();
    h.run();
    assert!(h.query_by_label("Discard changes?").is_some());
    h.get_by_label("Keep editing").click();
    h.run();
    // Delete two cards (the first after a confirmation).
    h.get_by_label("Search cards").set_text_value_accesskit("");
    h.run();
    for prompt in [FIRST_PROMPT, "What is liver cirrhosis characterized by?"] {
        h.get_by_label_contains(prompt).click();
        h.run();
        h.get_by_label("Delete card").click();
        h.run();
        h.get_by_label("Confirm delete").click();
        h.run();
    }
    assert!(h.query_by_label_contains(FIRST_PROMPT).is_none());
    // Add a card: empty, it keeps Save disabled and says why, next to the field.
    h.get_by_label("Add card").click();
    h.run();
    assert!(h.get_by_label("Save deck").accesskit_node().is_disabled());
    assert!(
        h.query_by_label("must not be empty").is_some(),
        "beside the field"
    );
    assert!(h.query_by_label_contains("Cannot save yet").is_some());
    h.get_by_label("Prompt")
        .set_text_value_accesskit("What do hepatocytes make up?");
    h.run();
    h.get_by_label("Answer")
        .set_text_value_accesskit("most of the liver");
    h.run();
    h.get_by_label("Tags (comma separated)")
        .set_text_value_accesskit("term, added");
    h.run();
    assert!(!h.get_by_label("Save deck").accesskit_node().is_disabled());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.query_by_label_contains("Saved to").is_some());
    h.key_press(egui::Key::Escape); // saved: back without a question
    h.run();
    assert_eq!(row(h.state(), CIRRHOSIS).total, cirrhosis_cards() - 1);
    drop(h);
    let entries = factdeck::deck::library::list(dir.path());
    let deck = deck_of(&entries, CIRRHOSIS);
    assert_eq!(deck.cards.len() as u64, cirrhosis_cards() - 1);
    assert!(deck.cards.iter().all(|c| c.prompt != FIRST_PROMPT));
    let edited = deck
        .cards
        .iter()
        .find(|c| {
            c.prompt
                .starts_with("What are the primary functional cells")
        })
        .unwrap();
    assert_eq!(edited.answer, "hepatocytes (liver cells)");
    let added = deck.cards.last().unwrap();
    assert_eq!(
        (added.prompt.as_str(), added.answer.as_str()),
        ("What do hepatocytes make up?", "most of the liver")
    );
    assert_eq!(added.tags, ["term", "added"]);
    let h = harness(app_at(dir.path(), "2026-03-10T09:05:00Z"));
    let counts = row(h.state(), CIRRHOSIS);
    assert_eq!(
        (counts.new, counts.total),
        (cirrhosis_cards() - 1, cirrhosis_cards() - 1)
    );
}

#[test]
fn burying_and_suspending_from_the_study_screen_change_the_counts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    // The first card and its sibling go to tomorrow.
    h.get_by_label("Bury card").click();
    h.run();
    assert!(h.query_by_label_contains("with 1 sibling card").is_some());
    assert!(h.query_by_label(FIRST_PROMPT).is_none());
    h.key_press(egui::Key::S);
    h.run();
    assert!(h.query_by_label_contains("Card suspended").is_some());
    h.get_by_label("Undo suspend").click();
    h.run();
    h.get_by_label("Suspend card").click();
    h.run();
    h.get_by_label("Decks").click();
    h.run();
    assert_eq!(row(h.state(), CIRRHOSIS).new, cirrhosis_cards() - 3);
    // The next study day the buried cards are back; the suspended one is not.
    let h = harness(app_at(dir.path(), "2026-03-11T09:00:00Z"));
    assert_eq!(row(h.state(), CIRRHOSIS).new, cirrhosis_cards() - 1);
}

#[test]
fn studying_ahead_after_the_days_cards_shows_cards() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    let mut grades = 0;
    while h.query_by_label("Show answer").is_some() {
        h.key_press(egui::Key::Space);
        h.run();
        h.key_press(egui::Key::Num3);
        h.run();
        grades += 1;
        assert!(grades < 60, "the day ends");
    }
    assert!(h.query_by_label("Done for now").is_some());
    h.get_by_label("Study ahead").click();
    h.run();
    assert!(
        h.query_by_label("Show answer").is_some(),
        "tomorrow's reviews come ahead"
    );
    h.get_by_label("Decks").click();
    h.run();
}

/// Widgets (buttons, text fields, labels) reaching past the window's right edge.
fn cut_off(h: &Harness<'static, FactdeckApp>, width: f32) -> Vec<String> {
    h.query_all_by(|n| {
        matches!(
            n.role(),
            egui::accesskit::Role::Button
                | egui::accesskit::Role::TextInput
                | egui::accesskit::Role::MultilineTextInput
                | egui::accesskit::Role::Label
        )
    })
    .filter(|n| n.rect().max.x > width + 0.5)
    .map(|n| format!("{:?} {:?}", n.accesskit_node().label(), n.rect()))
    .collect()
}

#[test]
fn every_screen_fits_800_by_600_with_twice_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at(dir.path(), "2026-03-10T09:00:00Z");
    // 800 x 600 pixels at 2 pixels per point: 400 x 300 points.
    let mut h = Harness::builder()
        .with_size([400.0, 300.0])
        .with_pixels_per_point(2.0)
        .build_ui_state(|ui, app: &mut FactdeckApp| app.show(ui), app);
    h.run();
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "home");
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "home");
    h.get_by_label(&format!("Edit {CIRRHOSIS}"))
        .click_accesskit();
    h.run();
    h.get_by_label_contains(FIRST_PROMPT).click_accesskit();
    h.run();
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "editor");
    h.get_by_label("Back to decks").click_accesskit();
    h.run();
    h.get_by_label(&format!("Study {CIRRHOSIS}"))
        .click_accesskit();
    h.run();
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "study");
    h.key_press(egui::Key::E);
    h.run();
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "card editor");
    h.get_by_label("Cancel").click_accesskit();
    h.run();
    h.key_press(egui::Key::Space);
    h.run();
    assert!(h.query_by_label_contains("Easy ").is_some());
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "answer side");
    h.get_by_label("Decks").click_accesskit();
    h.run();
    h.get_by_label("Settings").click_accesskit();
    h.run();
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "settings");
    h.get_by_label("Decks").click_accesskit();
    h.run();
    h.get_by_label("Statistics").click_accesskit();
    h.step();
    wait_for(&mut h, "How well the model predicts");
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "statistics");
}

#[test]
fn with_nothing_left_at_all_the_summary_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let decks = dir.path().join("decks");
    std::fs::create_dir_all(&decks).unwrap();
    std::fs::write(
        decks.join("one.toml"),
        "format = 1\nid = \"one\"\ntitle = \"One card\"\n\n[[cards]]\nid = \"c1\"\n\
         kind = \"question\"\nprompt = \"Which organ filters blood?\"\nanswer = \"the liver\"\n",
    )
    .unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label("Study One card").click();
    h.run();
    h.key_press(egui::Key::B);
    h.run();
    assert!(h.query_by_label("Card buried until tomorrow.").is_some());
    assert!(
        h.query_by_label(
            "Nothing is left to study ahead. The next card is due on Wednesday 11 March at 04:00."
        )
        .is_some()
    );
    assert!(h.query_by_label("Study ahead").is_none());
    h.get_by_label("Undo bury").click();
    h.run();
    assert!(h.query_by_label("Which organ filters blood?").is_some());
    h.get_by_label("Suspend card").click();
    h.run();
    assert!(
        h.query_by_label("Nothing is left to study in this deck.")
            .is_some()
    );
}

#[test]
fn notices_are_written_to_the_log_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    // A damaged database: the app recovers and says so; the message is logged too.
    std::fs::write(
        dir.path().join("factdeck.db"),
        b"not a database at all, just text",
    )
    .unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    assert!(!h.state().notices().is_empty());
    let log = std::fs::read_to_string(dir.path().join(factdeck::app::LOG_FILE)).unwrap();
    assert!(log.contains(&h.state().notices()[0]), "{log}");
    assert!(log.starts_with("2026-03-10T09:00:00Z "), "{log}");
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
    // A tall window: every card of the preview in view, for the test to count and click.
    let mut h = Harness::builder()
        .with_size([1000.0, 1600.0])
        .build_ui_state(
            |ui, app: &mut FactdeckApp| app.show(ui),
            app_at(dir.path(), "2026-03-10T09:00:00Z"),
        );
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

    // An emptied prompt blocks saving and says why (on the first question after card 1; a
    // cloze card has a sentence instead).
    let q = (2..=cards)
        .find(|n| h.query_by_label(&format!("Card {n} prompt")).is_some())
        .expect("a question card after the first");
    h.get_by_label(&format!("Card {q} prompt")).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.run();
    assert!(
        h.query_by_label(&format!("Card {q} needs fixing (see below)."))
            .is_some()
    );
    assert!(h.query_by_label_contains("must not be empty").is_some());
    assert!(h.get_by_label("Save deck").accesskit_node().is_disabled());
    h.get_by_label(&format!("Drop card {q}")).click();
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

// ----- Quiz -----

use factdeck::quiz::question::{Format, Question};

/// The quiz question showing.
fn quiz_question(h: &Harness<'static, FactdeckApp>) -> Question {
    h.state()
        .quiz_question()
        .cloned()
        .expect("a quiz question shows")
}

/// `answer` with one slip: two letters inside its longest word swapped (a typo the quiz
/// forgives); `None` when no word is long enough to forgive one.
fn with_typo(answer: &str) -> Option<String> {
    let longest = answer.split(' ').max_by_key(|w| w.chars().count())?;
    let chars: Vec<char> = longest.chars().collect();
    if chars.len() < 6 || !chars.iter().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut slipped = chars.clone();
    slipped.swap(2, 3);
    if slipped == chars {
        return None;
    }
    let slipped: String = slipped.into_iter().collect();
    Some(answer.replacen(longest, &slipped, 1))
}

/// From home to the first question of a 10-question quiz on the cirrhosis deck, all formats.
fn start_quiz(h: &mut Harness<'static, FactdeckApp>) {
    h.get_by_label(&format!("Quiz {CIRRHOSIS}"))
        .click_accesskit();
    h.run();
    assert!(
        h.query_by_label("Multiple choice").is_some(),
        "the formats are offered"
    );
    h.get_by_label("10").click_accesskit();
    h.run();
    h.get_by_label("Start quiz").click_accesskit();
    h.run();
}

#[test]
fn a_full_quiz_through_its_results_adds_the_missed_card_to_review() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    assert_eq!(row(h.state(), CIRRHOSIS).learning, 0);
    start_quiz(&mut h);
    let total = h.state().quiz().map(|q| q.len()).unwrap_or_default();
    assert_eq!(total, 10);
    let (mut typo_done, mut wrong_done) = (false, false);
    let mut missed_prompt = String::new();
    for n in 1..=total {
        assert!(
            h.query_by_label(&format!("Question {n} of {total}"))
                .is_some()
        );
        let q = quiz_question(&h);
        match q.format {
            Format::Typed => {
                let typo = with_typo(&q.answer).filter(|_| !typo_done);
                let text = typo.clone().unwrap_or_else(|| q.answer.clone());
                h.get_by_label("Your answer").click_accesskit();
                h.run();
                h.get_by_label("Your answer").type_text(&text);
                h.run();
                h.key_press(egui::Key::Enter);
                h.run();
                if let Some(typo) = typo {
                    let line = format!("Accepted: you wrote {typo}; the spelling is {}.", q.answer);
                    assert!(h.query_by_label(&line).is_some(), "{line}");
                    typo_done = true;
                }
                assert!(h.query_by_label("Right.").is_some());
            }
            Format::MultipleChoice if !wrong_done => {
                let wrong = (q.correct + 1) % q.options.len();
                h.get_by_label(&format!(
                    "{}) {}",
                    (b'A' + wrong as u8) as char,
                    q.options[wrong]
                ))
                .click_accesskit();
                h.run();
                let line = format!("Not quite: the answer is {}.", q.answer);
                assert!(h.query_by_label(&line).is_some(), "{line}");
                wrong_done = true;
                missed_prompt = q.prompt.clone();
            }
            Format::MultipleChoice => {
                // Keys A-D answer.
                h.key_press([egui::Key::A, egui::Key::B, egui::Key::C, egui::Key::D][q.correct]);
                h.run();
                assert!(h.query_by_label("Right.").is_some());
            }
            Format::TrueFalse => {
                h.key_press(if q.correct == 0 {
                    egui::Key::T
                } else {
                    egui::Key::F
                });
                h.run();
                assert!(h.query_by_label("Right.").is_some(), "{}", q.prompt);
            }
        }
        // Space goes on.
        h.key_press(egui::Key::Space);
        h.run();
    }
    assert!(
        typo_done,
        "the seed gave a typed question to make a typo in"
    );
    assert!(wrong_done, "the seed gave a multiple-choice question");
    assert!(h.query_by_label("Quiz done").is_some());
    assert!(h.query_by_label("Score: 9 of 10 (90%)").is_some());
    assert!(
        h.query_by_label("Time: 0 s").is_some(),
        "the clock is fixed"
    );
    assert!(h.query_by_label("Missed (1)").is_some());
    assert!(
        h.query_by_label(&missed_prompt).is_some(),
        "the missed card is listed"
    );
    h.get_by_label("Add missed cards to today's review")
        .click_accesskit();
    h.run();
    assert!(
        h.query_by_label_contains("Added 1 card to today's review")
            .is_some()
    );
    h.get_by_label("Back to decks").click_accesskit();
    h.run();
    assert_eq!(
        row(h.state(), CIRRHOSIS).learning,
        1,
        "the missed card is in learning"
    );
}

#[test]
fn quiz_again_on_the_missed_ones_asks_just_those() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label(&format!("Quiz {CIRRHOSIS}"))
        .click_accesskit();
    h.run();
    h.get_by_label("Typed answer").click_accesskit(); // off: multiple choice and true/false
    h.run();
    h.get_by_label("5").click_accesskit();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let mut missed = Vec::new();
    for _ in 0..5 {
        let q = quiz_question(&h);
        assert_ne!(q.format, Format::Typed);
        // Wrong on every other question.
        let pick = if missed.len() * 2 < 3 && q.options.len() > 1 {
            missed.push(q.card.clone());
            (q.correct + 1) % q.options.len()
        } else {
            q.correct
        };
        h.key_press(
            [
                egui::Key::Num1,
                egui::Key::Num2,
                egui::Key::Num3,
                egui::Key::Num4,
            ][pick],
        );
        h.run();
        h.key_press(egui::Key::Enter);
        h.run();
    }
    assert!(h.query_by_label("Missed (2)").is_some());
    h.get_by_label("Quiz again on the missed ones")
        .click_accesskit();
    h.run();
    let quiz = h.state().quiz().cloned().expect("a new quiz");
    let mut asked: Vec<_> = quiz.questions().iter().map(|q| q.card.clone()).collect();
    asked.sort();
    missed.sort();
    assert_eq!(asked, missed);
    assert!(h.query_by_label("Question 1 of 2").is_some());
}

#[test]
fn quiz_screens_fit_800_by_600_with_twice_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at(dir.path(), "2026-03-10T09:00:00Z");
    let mut h = Harness::builder()
        .with_size([400.0, 300.0])
        .with_pixels_per_point(2.0)
        .build_ui_state(|ui, app: &mut FactdeckApp| app.show(ui), app);
    h.run();
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "home with Quiz");
    h.get_by_label(&format!("Quiz {CIRRHOSIS}"))
        .click_accesskit();
    h.run();
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "quiz setup");
    h.get_by_label("Decks").click_accesskit();
    h.run();
    start_quiz(&mut h);
    let mut seen = Vec::new();
    for n in 1..=10 {
        let q = quiz_question(&h);
        let name = format!("question {n} ({:?})", q.format);
        assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "{name}");
        match q.format {
            Format::Typed => {
                h.get_by_label("Your answer").type_text("no idea");
                h.run();
                h.get_by_label("Check answer").click_accesskit();
                h.run();
                let line = format!("Not quite: the answer is {}.", q.answer);
                assert!(h.query_by_label(&line).is_some(), "{line}");
            }
            Format::MultipleChoice => h
                .get_by_label(&format!("A) {}", q.options[0]))
                .click_accesskit(),
            Format::TrueFalse => h.get_by_label("True").click_accesskit(),
        }
        h.run();
        assert_eq!(
            cut_off(&h, 400.0),
            Vec::<String>::new(),
            "feedback on {name}"
        );
        seen.push(q.format);
        h.key_press(egui::Key::Enter);
        h.run();
    }
    for f in [Format::MultipleChoice, Format::Typed, Format::TrueFalse] {
        assert!(seen.contains(&f), "{f:?} was not shown");
    }
    assert!(h.query_by_label("Quiz done").is_some());
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "results");
}

// ----- Classroom drill -----

use factdeck::store::Store;

/// Replaces the text of the field with this label.
fn set_field(h: &mut Harness<'static, FactdeckApp>, label: &str, text: &str) {
    let role = egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(role, label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run();
}

fn press(h: &mut Harness<'static, FactdeckApp>, key: egui::Key) {
    h.key_press(key);
    h.run();
}

const LETTERS: [egui::Key; 4] = [egui::Key::A, egui::Key::B, egui::Key::C, egui::Key::D];

/// A CSV field as RFC 4180 quotes it.
fn csv(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ') {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[test]
fn a_two_team_drill_of_three_questions_through_the_podium_and_its_csv() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label(&format!("Drill {CIRRHOSIS}")).click();
    h.run();
    set_field(&mut h, "Questions", "3");
    set_field(&mut h, "Seed", "7");
    set_field(&mut h, "Team 2 name", "Owls");
    h.get_by_label("Open the drill").click();
    h.run();
    assert!(h.query_by_label("Start drill").is_some(), "the lobby");
    let questions = h.state().drill().unwrap().questions().to_vec();
    assert_eq!(questions.len(), 3);
    press(&mut h, egui::Key::Space);
    assert!(h.query_by_label("Question 1 of 3").is_some());
    assert!(h.query_by_label("20").is_some(), "the countdown");
    // Per question: Red team's choice, the Owls' (None: no answer).
    let wrong = |q: usize| (questions[q].correct + 1) % questions[q].options.len();
    let plan = [
        (questions[0].correct, Some(questions[0].correct)),
        (questions[1].correct, Some(wrong(1))),
        (wrong(2), None),
    ];
    for (q, (red, owls)) in plan.iter().enumerate() {
        assert!(
            h.query_by_label(&format!("Question {} of 3", q + 1))
                .is_some()
        );
        assert!(h.query_by_label(&questions[q].prompt).is_some());
        press(&mut h, egui::Key::Num1);
        assert!(h.query_by_label_contains("press A-D").is_some());
        press(&mut h, LETTERS[*red]);
        if let Some(owls) = owls {
            if q == 0 {
                // By mouse: the team, then its tile.
                h.get_by_label("Answer for Owls").click();
                h.run();
                let tile = format!(
                    "Option {}: {}",
                    ["A", "B", "C", "D"][*owls],
                    questions[q].options[*owls]
                );
                h.get_by_label(&tile).click();
                h.run();
            } else {
                press(&mut h, egui::Key::Num2);
                press(&mut h, LETTERS[*owls]);
            }
        }
        if q == 1 {
            // Esc asks first; keep playing.
            press(&mut h, egui::Key::Escape);
            h.get_by_label("Keep playing").click();
            h.run();
            assert!(h.query_by_label("Keep playing").is_none());
        }
        press(&mut h, egui::Key::Space);
        assert!(h.query_by_label("Right answer").is_some());
        press(&mut h, egui::Key::N);
        if q < 2 {
            assert!(h.query_by_label("Leaderboard").is_some());
            press(&mut h, egui::Key::N);
        }
    }
    // The fixed clock stands still: every right answer is instant (1000) plus the streak.
    assert!(h.query_by_label("Podium").is_some());
    for text in [
        "1st",
        "Red team",
        "2,100",
        "2nd",
        "Owls",
        "1,000",
        "Results saved.",
    ] {
        assert!(h.query_by_label(text).is_some(), "{text} on the podium");
    }
    assert!(
        h.query_by_label_contains("Question 3: ").is_some(),
        "to review"
    );

    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("drill.csv");
    h.state().export_drill_csv(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    let row = |q: usize, team: &str, chosen: Option<usize>, points: u32| {
        let question = &questions[q];
        let chosen = chosen
            .map(|i| format!("{}: {}", ["A", "B", "C", "D"][i], question.options[i]))
            .unwrap_or_default();
        let right = if points > 0 { "yes" } else { "no" };
        format!(
            "{},{},{},{},{team},{},{right},{},{points},{}",
            q + 1,
            csv(&question.card.0),
            csv(&question.prompt),
            csv(&question.options[question.correct]),
            csv(&chosen),
            if chosen.is_empty() { "" } else { "0" },
            if q == 2 { "yes" } else { "no" },
        )
    };
    let expected = [
        "question,card,prompt,answer,team,chosen,right,ms,points,review".to_owned(),
        row(0, "Red team", Some(plan[0].0), 1000),
        row(0, "Owls", plan[0].1, 1000),
        row(1, "Red team", Some(plan[1].0), 1100),
        row(1, "Owls", plan[1].1, 0),
        row(2, "Red team", Some(plan[2].0), 0),
        row(2, "Owls", None, 0),
        "total,,,,Red team,,2,,2100,".to_owned(),
        "total,,,,Owls,,1,,1000,".to_owned(),
    ];
    assert_eq!(lines, expected);

    // Kept in the store.
    let now: Timestamp = "2026-03-10T09:10:00Z".parse().unwrap();
    let store = Store::open(dir.path(), now).unwrap().store;
    let drills = store.drills(None).unwrap();
    assert_eq!(drills.len(), 1);
    assert_eq!(drills[0].rows.len(), 6);
    assert_eq!(drills[0].setup.seed, 7);

    h.get_by_label("Back to decks").click();
    h.run();
    // The setup lists the drill kept, to export it again.
    h.get_by_label(&format!("Drill {CIRRHOSIS}")).click();
    h.run();
    assert!(h.query_by_label("Past drills of this deck").is_some());
    let past = "Export the drill of 2026-03-10 09:00: 3 questions, Red team, Owls";
    assert!(h.query_by_label(past).is_some());
}

#[test]
fn the_drill_setup_fits_800_by_600_with_twice_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at(dir.path(), "2026-03-10T09:00:00Z");
    let mut h = Harness::builder()
        .with_size([400.0, 300.0])
        .with_pixels_per_point(2.0)
        .build_ui_state(|ui, app: &mut FactdeckApp| app.show(ui), app);
    h.run();
    h.get_by_label(&format!("Drill {CIRRHOSIS}"))
        .click_accesskit();
    h.run();
    assert!(h.query_by_label("Open the drill").is_some());
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "drill setup");
    h.get_by_label("Add team").click_accesskit();
    h.run();
    assert_eq!(cut_off(&h, 400.0), Vec::<String>::new(), "three teams");
}

#[test]
fn one_player_against_a_running_clock_with_a_pause_and_a_time_out() {
    use std::sync::atomic::{AtomicI64, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let start: Timestamp = "2026-03-10T09:00:00Z".parse().unwrap();
    let ms = Arc::new(AtomicI64::new(start.as_millisecond()));
    let clock = Arc::clone(&ms);
    let app = FactdeckApp::new(
        dir.path(),
        Arc::new(move || Timestamp::from_millisecond(clock.load(Ordering::SeqCst)).unwrap()),
        TimeZone::UTC,
    );
    let mut h = harness(app);
    let advance = |h: &mut Harness<'static, FactdeckApp>, by: i64| {
        ms.fetch_add(by, Ordering::SeqCst);
        h.run();
    };
    h.run();
    h.get_by_label(&format!("Drill {CIRRHOSIS}")).click();
    h.run();
    set_field(&mut h, "Questions", "2");
    set_field(&mut h, "Seconds per question", "5");
    h.get_by_label("Individual").click();
    h.run();
    h.get_by_label("Leaderboard between questions").click();
    h.run();
    h.get_by_label("Open the drill").click();
    h.run();
    press(&mut h, egui::Key::Space);
    assert!(h.query_by_label("5").is_some());
    advance(&mut h, 2_000);
    assert!(h.query_by_label("3").is_some(), "the countdown runs");
    press(&mut h, egui::Key::R);
    press(&mut h, egui::Key::P);
    assert!(h.query_by_label("Paused").is_some());
    advance(&mut h, 60_000);
    assert!(
        h.query_by_label("Right answer").is_none(),
        "no time out while paused"
    );
    press(&mut h, egui::Key::P);
    assert!(h.query_by_label("3").is_some());
    advance(&mut h, 3_000);
    // Time is up: the answer shows by itself; 2 s of 5 gone when answered: 800 points.
    assert!(h.query_by_label("Right answer").is_some());
    assert!(h.query_by_label("Player +800").is_some());
    press(&mut h, egui::Key::N);
    assert!(h.query_by_label("Question 2 of 2").is_some());
    advance(&mut h, 5_000);
    assert!(h.query_by_label("Player +0").is_some(), "no answer in time");
    press(&mut h, egui::Key::N);
    for text in ["Podium", "1st", "Player", "800", "Results saved."] {
        assert!(h.query_by_label(text).is_some(), "{text} on the podium");
    }
}

#[test]
fn teams_answering_in_turn_need_only_the_letter() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label(&format!("Drill {CIRRHOSIS}")).click();
    h.run();
    set_field(&mut h, "Questions", "2");
    h.get_by_label("Teams answer in turn").click();
    h.run();
    h.get_by_label("Open the drill").click();
    h.run();
    press(&mut h, egui::Key::Space);
    for (q, team) in ["Red team", "Blue team"].iter().enumerate() {
        assert!(h.query_by_label(&format!("{team}'s turn")).is_some());
        let correct = h.state().drill().unwrap().question().unwrap().correct;
        press(&mut h, LETTERS[correct]);
        assert_eq!(
            h.state().drill().unwrap().answers(q)[q].chosen,
            Some(correct),
            "{team} answered"
        );
        press(&mut h, egui::Key::Space);
        assert!(h.query_by_label(&format!("{team} +1000")).is_some());
        press(&mut h, egui::Key::N);
        press(&mut h, egui::Key::N);
    }
    assert!(h.query_by_label("Podium").is_some());
    let csv = dir.path().join("turns.csv");
    h.state().export_drill_csv(&csv).unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(
        text.lines().count(),
        1 + 2 + 2,
        "one line per question, two totals"
    );
}

#[test]
fn statistics_after_studying_show_the_figures() {
    let dir = tempfile::tempdir().unwrap();
    // Tall enough to show the whole screen without scrolling (the calendar is hovered below).
    let mut h = Harness::builder()
        .with_size([1000.0, 2000.0])
        .build_ui_state(
            |ui, app: &mut FactdeckApp| app.show(ui),
            app_at(dir.path(), "2026-03-10T09:00:00Z"),
        );
    h.run();
    // Two cards: one Good (learning, due in 10 minutes), one Again.
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    h.get_by_label("Show answer").click();
    h.run();
    h.get_by_label("Good 10m").click();
    h.run();
    h.get_by_label("Show answer").click();
    h.run();
    h.get_by_label_contains("Again ").click();
    h.run();
    h.get_by_label("Decks").click();
    h.run();
    h.get_by_label(&format!("Statistics of {CIRRHOSIS}"))
        .click();
    h.step();
    wait_for(&mut h, "How well the model predicts");
    for label in [
        "Statistics for default",
        "Today (2026-03-10): 2 due, 0 of them overdue.",
        &format!("New: {}", cirrhosis_cards() - 2),
        "Learning: 2",
        "Review: 0",
        &format!("Total: {}", cirrhosis_cards()),
        "Current streak: 1 day",
        "Longest streak: 1 day",
        "Days studied: 1 of 365",
        "Desired retention: 90%",
        "FSRS's default parameters are in use.",
    ] {
        assert!(h.query_by_label(label).is_some(), "{label:?} is shown");
    }
    assert!(h.query_by_label_contains("2 reviews in all").is_some());
    // Nothing learned yet: the retention table says what will show.
    assert!(
        h.query_by_label_contains("No reviews of learned cards in the last 30 days")
            .is_some()
    );
    // Hovering a day of the calendar shows its figures (the middle of the grid: half a year ago).
    h.get_by_label_contains("Calendar of study days").hover();
    h.run_steps(90);
    assert!(
        h.query_by_label_contains(": 0 reviews").is_some(),
        "a tooltip with the day's reviews"
    );
    // Refit runs in the background and says when there are too few reviews.
    h.get_by_label("Refit").click();
    h.step();
    wait_for(&mut h, "are needed to fit the memory model");
    assert!(
        h.query_by_label_contains("0 reviews on later days so far")
            .is_some()
    );
    // All decks: the other decks' cards are new.
    h.get_by_label("Decks").click();
    h.run();
    h.get_by_label("Statistics").click();
    h.step();
    wait_for(&mut h, "How well the model predicts");
    assert!(h.query_by_label("Learning: 2").is_some());
    assert!(
        h.query_by_label(&format!("Total: {}", cirrhosis_cards()))
            .is_none()
    );
    // The range switch recounts.
    h.get_by_label("1 year").click();
    h.step();
    wait_for(&mut h, "over the last 365 days");
    assert!(
        h.query_by_label_contains("over the last 365 days")
            .is_some()
    );
}

#[test]
fn closing_the_window_mid_drill_keeps_the_questions_revealed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label(&format!("Drill {CIRRHOSIS}")).click();
    h.run();
    set_field(&mut h, "Questions", "3");
    h.get_by_label("Open the drill").click();
    h.run();
    let correct = h.state().drill().unwrap().questions()[0].correct;
    press(&mut h, egui::Key::Space);
    // Team 1 answers right, then the answer is revealed; the window closes on question 1.
    press(&mut h, egui::Key::Num1);
    press(
        &mut h,
        [egui::Key::A, egui::Key::B, egui::Key::C, egui::Key::D][correct],
    );
    press(&mut h, egui::Key::Space);
    h.state_mut().save_unfinished_work();
    drop(h);
    let now = "2026-03-10T09:05:00Z".parse().unwrap();
    let store = factdeck::store::Store::open(dir.path(), now).unwrap().store;
    let drills = store.drills(None).unwrap();
    assert_eq!(drills.len(), 1);
    assert!(
        drills[0].rows.iter().any(|r| r.right),
        "{:?}",
        drills[0].rows
    );
}

#[test]
fn a_long_deck_list_lays_out_what_is_in_view_and_scrolls_to_the_last_deck() {
    let dir = tempfile::tempdir().unwrap();
    let decks = dir.path().join("decks");
    std::fs::create_dir_all(&decks).unwrap();
    let mut deck = factdeck::deck::library::shipped().remove(0).deck.unwrap();
    for i in 0..40 {
        deck.id = format!("deck-{i:02}");
        deck.title = format!("Deck {i:02}");
        deck.save(&decks.join(format!("deck-{i:02}.toml"))).unwrap();
    }
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    assert_eq!(h.state().deck_rows().len(), 42);
    assert!(h.query_by_label("Study Deck 00").is_some());
    assert!(h.query_by_label("Study Deck 39").is_none(), "not laid out");
    h.hover_at(egui::pos2(500.0, 400.0));
    for _ in 0..40 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -400.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        // Scrolling is animated over a few frames.
        h.run_steps(8);
    }
    h.get_by_label("Study Deck 39").click();
    h.run();
    assert!(h.query_by_label("Show answer").is_some());
}

/// Backups are listed newest first; the line names the newest (it once named the oldest).
#[test]
fn settings_name_the_newest_backup() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store =
            factdeck::store::Store::open(dir.path(), "2026-03-08T08:00:00Z".parse().unwrap())
                .unwrap()
                .store;
        store
            .backup_now("2026-03-08T08:00:00Z".parse().unwrap())
            .unwrap();
        store
            .backup_now("2026-03-10T08:50:00Z".parse().unwrap())
            .unwrap();
    }
    let mut h = harness(app_at(dir.path(), "2026-03-10T09:00:00Z"));
    h.run();
    h.get_by_label("Settings").click();
    h.run();
    assert!(
        h.query_by_label("2 backups, the newest from 2026-03-10 08:50 UTC.")
            .is_some()
    );
}
