//! Image snapshots of the main screens (home, study, import preview) and the statistics in light
//! and dark, a quiz question in light, and the classroom drill's projector view at 1280x720 and 1920x1080,
//! rendered by wgpu (in CI and here on Mesa's software Vulkan, lavapipe). A changed look fails
//! the test and leaves `tests/snapshots/NAME.new.png` and `NAME.diff.png` beside the snapshot;
//! when the change is wanted, `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` writes the new images.

use std::path::Path;
use std::sync::Arc;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use factdeck::app::FactdeckApp;
use jiff::Timestamp;
use jiff::tz::TimeZone;

const CIRRHOSIS: &str = "Stem Cell Therapy: A Viable Option for Liver Cirrhosis";

fn harness(data: &Path) -> Harness<'static, FactdeckApp> {
    let now: Timestamp = "2026-03-10T09:00:00Z".parse().unwrap();
    let app = FactdeckApp::new(data, Arc::new(move || now), TimeZone::UTC);
    let mut h = Harness::builder()
        .with_size([960.0, 720.0])
        .wgpu()
        .build_ui_state(|ui, app: &mut FactdeckApp| app.show(ui), app);
    h.set_render_cursor(false);
    h
}

/// Chooses `theme` ("Light" or "Dark") in the settings, as a user would, and goes back to the
/// decks.
fn choose_theme(h: &mut Harness<'static, FactdeckApp>, theme: &str) {
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label(theme).click();
    h.run();
    h.get_by_label("Decks").click();
    h.run();
}

/// Home, then the study screen's question and answer sides, in `theme` ("Light" or "Dark",
/// chosen in the settings as a user would).
fn screens(theme: &str) {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.run();
    choose_theme(&mut h, theme);
    let name = theme.to_lowercase();
    // The decks folder is in a temporary folder with a new name each run.
    // Its width changes with the name, so the whole line is masked.
    let folder = h.get_by_label_contains("Your decks folder").rect();
    h.mask(egui::Rect::from_min_max(
        folder.min,
        egui::pos2(960.0, folder.max.y),
    ));
    h.snapshot(format!("home_{name}"));
    h.get_by_label(&format!("Study {CIRRHOSIS}")).click();
    h.run();
    h.snapshot(format!("study_question_{name}"));
    h.get_by_label("Show answer").click();
    h.run();
    h.snapshot(format!("study_answer_{name}"));
    h.get_by_label("Decks").click();
    h.run();
    import_preview(&mut h, &name);
}

/// The preview of a deck made from a short text file.
fn import_preview(h: &mut Harness<'static, FactdeckApp>, name: &str) {
    let docs = tempfile::tempdir().unwrap();
    let notes = docs.path().join("plants.txt");
    std::fs::write(
        &notes,
        "Photosynthesis is the process by which plants make sugar from light. Chlorophyll is a \
         green pigment that absorbs light. The stomata are small pores that let carbon dioxide \
         into the leaf.\n",
    )
    .unwrap();
    h.state_mut().import_files(vec![notes]);
    // The cards are written on another thread; the spinner repaints meanwhile.
    let start = std::time::Instant::now();
    while h.query_by_label("Save deck").is_none() {
        assert!(start.elapsed().as_secs() < 20, "the preview did not show");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    h.run();
    h.snapshot(format!("import_preview_{name}"));
}

#[test]
fn light_screens() {
    screens("Light");
}

#[test]
fn dark_screens() {
    screens("Dark");
}

/// The projector view of a classroom drill on a screen of `size`: a question open, then the
/// answer revealed with the teams' choices, the leaderboard, then the podium.
fn drill_screens(size: [f32; 2], name: &str) {
    let dir = tempfile::tempdir().unwrap();
    let now: Timestamp = "2026-03-10T09:00:00Z".parse().unwrap();
    let app = FactdeckApp::new(dir.path(), Arc::new(move || now), TimeZone::UTC);
    let mut h = Harness::builder()
        .with_size(size)
        .wgpu()
        .build_ui_state(|ui, app: &mut FactdeckApp| app.show(ui), app);
    h.set_render_cursor(false);
    h.run();
    h.get_by_label(&format!("Drill {CIRRHOSIS}")).click();
    h.run();
    h.get_by_label("Open the drill").click();
    h.run();
    h.key_press(egui::Key::Space);
    h.run();
    let correct = h.state().drill().unwrap().question().unwrap().correct;
    let keys = [egui::Key::A, egui::Key::B, egui::Key::C, egui::Key::D];
    for key in [egui::Key::Num1, keys[correct]] {
        h.key_press(key);
        h.run();
    }
    h.snapshot(format!("drill_question_{name}"));
    h.key_press(egui::Key::Space);
    h.run();
    h.snapshot(format!("drill_revealed_{name}"));
    h.key_press(egui::Key::N);
    h.run();
    h.snapshot(format!("drill_leaderboard_{name}"));
    h.key_press(egui::Key::Escape);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.snapshot(format!("drill_podium_{name}"));
}

#[test]
fn drill_projector_view() {
    drill_screens([1280.0, 720.0], "1280x720");
}

#[test]
fn drill_projector_view_full_hd() {
    drill_screens([1920.0, 1080.0], "1920x1080");
}

/// A multiple-choice quiz question (the first of a quiz on the cirrhosis deck; the fixed clock
/// fixes the quiz's seed). Questions before it are answered right.
#[test]
fn quiz_question_light() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.run();
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Light").click();
    h.run();
    h.get_by_label("Decks").click();
    h.run();
    h.get_by_label(&format!("Quiz {CIRRHOSIS}")).click();
    h.run();
    h.get_by_label("Start quiz").click();
    h.run();
    assert!(h.query_by_label("Question 1 of 10").is_some());
    use factdeck::quiz::question::Format;
    while let Some(q) = h.state().quiz_question().cloned()
        && q.format != Format::MultipleChoice
    {
        match q.format {
            Format::Typed => h.get_by_label("Your answer").type_text(&q.answer),
            _ if q.correct == 0 => h.key_press(egui::Key::T),
            _ => h.key_press(egui::Key::F),
        }
        h.key_press(egui::Key::Enter);
        h.run();
        h.key_press(egui::Key::Space);
        h.run();
    }
    // No hover on the option under where Start quiz was clicked.
    h.remove_cursor();
    h.run();
    h.snapshot("quiz_question_light");
}

/// Three weeks of study of the cirrhosis deck, scripted through the library as the app studies:
/// each day (one skipped) every card due is graded, mostly Good, some Again, Hard or Easy,
/// with learning steps taken 10 minutes apart.
fn three_weeks_of_study(data: &Path, today: Timestamp) {
    use factdeck::schedule::{DayClock, Grade};
    use factdeck::store::Store;
    use factdeck::study::Session;
    let mut store = Store::open(data, today).unwrap().store;
    let deck = factdeck::deck::library::find(data, CIRRHOSIS)
        .unwrap()
        .unwrap();
    let mut n = 0u32;
    for day in (1..=21).rev() {
        if day == 9 {
            continue;
        }
        let mut at = today - jiff::SignedDuration::from_hours(24 * day);
        let mut session =
            Session::start(&mut store, deck.clone(), "default", DayClock::utc(), at).unwrap();
        for _ in 0..60 {
            if session.current(at).is_none() {
                at += jiff::SignedDuration::from_mins(10);
                if session.current(at).is_none() {
                    break;
                }
            }
            n += 1;
            let grade = match n % 10 {
                0 => Grade::Again,
                3 => Grade::Hard,
                7 => Grade::Easy,
                _ => Grade::Good,
            };
            session
                .grade(&mut store, grade, at, 3_000 + (n % 7) * 1_500)
                .unwrap();
            at += jiff::SignedDuration::from_secs(20);
        }
    }
}

/// The statistics of the cirrhosis deck after three weeks of study, in `theme`.
fn statistics(theme: &str) {
    let dir = tempfile::tempdir().unwrap();
    let now: Timestamp = "2026-03-10T09:00:00Z".parse().unwrap();
    three_weeks_of_study(dir.path(), now);
    let app = FactdeckApp::new(dir.path(), Arc::new(move || now), TimeZone::UTC);
    let mut h = Harness::builder()
        .with_size([960.0, 1500.0])
        .wgpu()
        .build_ui_state(|ui, app: &mut FactdeckApp| app.show(ui), app);
    h.set_render_cursor(false);
    h.run();
    choose_theme(&mut h, theme);
    h.get_by_label(&format!("Statistics of {CIRRHOSIS}"))
        .click();
    // Counted and measured on other threads; spinners repaint meanwhile.
    let start = std::time::Instant::now();
    while h.query_by_label_contains("(lower is better)").is_none()
        && h.query_by_label_contains("How well the model predicts")
            .is_none()
    {
        if start.elapsed().as_secs() > 30 {
            let labels: Vec<String> = h
                .query_all_by(|_| true)
                .filter_map(|n| n.accesskit_node().value().or(n.accesskit_node().label()))
                .collect();
            panic!("the statistics did not show: {labels:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    h.run();
    h.snapshot(format!("statistics_{}", theme.to_lowercase()));
}

#[test]
fn light_statistics() {
    statistics("Light");
}

#[test]
fn dark_statistics() {
    statistics("Dark");
}
