//! The window's cost per frame: CPU time of one frame of the study screen (target 2 ms) and of
//! the deck list with 200 decks (target 4 ms).
//!
//! Run with `cargo bench --bench app`. One frame is what eframe does for each repaint before the
//! GPU takes over: the app's `show` (layout of every widget) and egui's tessellation of the
//! shapes into triangles. The app runs on a temporary data folder with a fixed clock, sized like
//! the default window (960 x 720 points), on its own `egui::Context` without AccessKit (as the
//! real window runs unless a screen reader asks for it). The screens are reached by clicking
//! through them with egui_kittest, as a learner would.

use std::path::Path;
use std::sync::Arc;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::app::FactdeckApp;
use factdeck::deck::library::{self, user_decks_dir};
use jiff::Timestamp;
use jiff::tz::TimeZone;

fn main() {
    divan::main();
}

const SIZE: [f32; 2] = [960.0, 720.0];

fn app_at(data: &Path) -> FactdeckApp {
    let now: Timestamp = "2026-03-10T09:00:00Z".parse().expect("a valid time");
    FactdeckApp::new(data, Arc::new(move || now), TimeZone::UTC)
}

/// Clicks through the app with kittest, checks that `shown` is on the screen, then hands the
/// app back for timing.
fn reach(data: &Path, clicks: &[&str], shown: &str) -> FactdeckApp {
    let mut h = Harness::builder()
        .with_size(SIZE)
        .build_ui_state(|ui, app: &mut FactdeckApp| app.show(ui), app_at(data));
    h.run();
    for label in clicks {
        h.get_by_label(label).click();
        h.run();
    }
    h.get_by_label(shown);
    h.into_state()
}

/// A bare context drawing one frame at a time, as eframe does.
struct Frames {
    ctx: egui::Context,
    input: egui::RawInput,
}

impl Frames {
    fn new() -> Frames {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(SIZE[0], SIZE[1]),
            )),
            ..egui::RawInput::default()
        };
        Frames {
            ctx: egui::Context::default(),
            input,
        }
    }

    /// One frame: the app's layout and the tessellation; returns the triangle count.
    fn frame(&self, app: &mut FactdeckApp) -> usize {
        let out = self.ctx.run_ui(self.input.clone(), |ui| app.show(ui));
        let primitives = self.ctx.tessellate(out.shapes, out.pixels_per_point);
        primitives.len()
    }
}

fn time_frames(bencher: divan::Bencher, mut app: FactdeckApp) {
    let frames = Frames::new();
    // Fonts and layout caches settle over the first frames, as in the window.
    for _ in 0..3 {
        frames.frame(&mut app);
    }
    bencher.bench_local(|| frames.frame(&mut app));
}

const CIRRHOSIS: &str = "Stem Cell Therapy: A Viable Option for Liver Cirrhosis";

#[divan::bench]
fn study_question(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let app = reach(dir.path(), &[&format!("Study {CIRRHOSIS}")], "Show answer");
    time_frames(bencher, app);
}

#[divan::bench]
fn study_answer(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let app = reach(
        dir.path(),
        &[&format!("Study {CIRRHOSIS}"), "Show answer"],
        "Good 10m",
    );
    time_frames(bencher, app);
}

#[divan::bench]
fn deck_list_200_decks(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let decks = user_decks_dir(dir.path());
    std::fs::create_dir_all(&decks).expect("the decks folder");
    let mut deck = library::shipped()
        .remove(0)
        .deck
        .expect("the shipped deck loads");
    // 198 decks beside the two shipped ones.
    for i in 0..198 {
        deck.id = format!("deck-{i:03}");
        deck.title = format!("Deck {i:03}");
        deck.save(&decks.join(format!("deck-{i:03}.toml")))
            .expect("a deck saved");
    }
    let app = reach(dir.path(), &[], "Study Deck 000");
    assert_eq!(app.deck_rows().len(), 200);
    time_frames(bencher, app);
}
