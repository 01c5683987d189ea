//! Cold start: from launching `factdeck` to its first frame on the screen (target 500 ms), and
//! the memory the window takes with 100,000 cards loaded (target 200 MB).
//!
//! Run with `cargo bench --bench startup` in a graphical session, or without one under Xvfb:
//! `xvfb-run -a -s '-screen 0 1280x800x24' cargo bench --bench startup` (wgpu then renders with
//! Mesa's software Vulkan, lavapipe). Cargo builds the binary with the bench profile (release).
//!
//! Each run launches the binary with `FACTDECK_STARTUP_REPORT=1`: the app prints a line once its
//! first frame has been presented (at the start of the second) with its peak resident memory
//! (`VmHWM`), then closes. The time is taken here, from the spawn to that line, so it includes
//! the process start, opening the store, loading and counting the decks, creating the window and
//! the GPU surface, and the first frame.
//!
//! Scenarios: a newcomer's first start (an empty data folder: the store is created, the shipped
//! decks synced); a later start on the same folder; and a folder holding one more deck of 100,000
//! cards (made once in `target/bench-app/`; its first start syncs the cards into the store, and
//! later starts are timed).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use factdeck::deck::{Card, CardId, CardKind, Deck};

const RUNS: usize = 7;
const BIN: &str = env!("CARGO_BIN_EXE_factdeck");

struct Run {
    millis: f64,
    peak_mb: Option<u64>,
}

/// Launches the app on `data` and waits for its startup report.
fn launch(data: &Path) -> Result<Run, String> {
    let started = Instant::now();
    let mut child = Command::new(BIN)
        .arg("--data-dir")
        .arg(data)
        .env("FACTDECK_STARTUP_REPORT", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {BIN}: {e}"))?;
    let stdout = child.stdout.take().ok_or("no output")?;
    let mut lines = BufReader::new(stdout).lines();
    let report = loop {
        match lines.next() {
            Some(Ok(line)) if line.starts_with("first frame drawn") => break line,
            Some(Ok(_)) => {}
            _ => {
                let _ = child.kill();
                return Err("the app closed without drawing a frame (is there a display?)".into());
            }
        }
    };
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    // Let it close by itself; stop it if it lingers.
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().ok().flatten().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let peak_mb = report
        .rsplit("peak memory ")
        .next()
        .and_then(|rest| rest.trim_end_matches(" MB").parse().ok());
    Ok(Run { millis, peak_mb })
}

fn summarize(name: &str, runs: &[Run]) {
    let mut times: Vec<f64> = runs.iter().map(|r| r.millis).collect();
    times.sort_by(f64::total_cmp);
    let peak = runs.iter().filter_map(|r| r.peak_mb).max();
    println!(
        "{name:<44} median {:>6.0} ms   fastest {:>6.0} ms   slowest {:>6.0} ms   peak memory {} MB   ({} runs)",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        peak.map_or_else(|| "?".to_owned(), |p| p.to_string()),
        runs.len()
    );
}

fn repeat(data: &Path, runs: usize) -> Result<Vec<Run>, String> {
    (0..runs).map(|_| launch(data)).collect()
}

/// A deck of `n` cards shaped like generated ones (question, cloze and choice cards with a
/// source sentence each).
fn big_deck(n: usize) -> Deck {
    let cards = (0..n)
        .map(|i| {
            let term = format!("term {i}");
            let source = format!(
                "In chapter {}, {term} is described as the process by which cell type {} turns \
                 into a scar-forming myofibroblast under stress.",
                i / 100,
                i % 97
            );
            let (kind, prompt, distractors) = match i % 3 {
                0 => (CardKind::Question, format!("What is {term}?"), Vec::new()),
                1 => (
                    CardKind::Cloze,
                    format!(
                        "{term} is described as {{{{the process}}}} by which cell type {} turns.",
                        i % 97
                    ),
                    Vec::new(),
                ),
                _ => (
                    CardKind::Choice,
                    format!("Which process is {term}?"),
                    vec![
                        format!("fibrosis {i}"),
                        format!("apoptosis {i}"),
                        format!("necrosis {i}"),
                    ],
                ),
            };
            let answer = if kind == CardKind::Cloze {
                "the process".to_owned()
            } else {
                format!("a transformation of cell type {}", i % 97)
            };
            Card {
                id: CardId(format!("b{i:07}")),
                kind,
                prompt,
                answer,
                distractors,
                tags: vec!["definition".to_owned()],
                source,
                fact: format!("f{}", i / 2),
            }
        })
        .collect();
    Deck {
        id: "bench-100k".to_owned(),
        title: "One hundred thousand cards".to_owned(),
        description: "A deck for the startup benchmark.".to_owned(),
        sources: Vec::new(),
        cards,
    }
}

fn bench_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"),
        PathBuf::from,
    );
    target.join("bench-app")
}

fn main() -> Result<(), String> {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        println!(
            "startup: skipped, no display. Run it under Xvfb: \
             xvfb-run -a -s '-screen 0 1280x800x24' cargo bench --bench startup"
        );
        return Ok(());
    }
    // `cargo bench` passes `--bench`; a name filters like divan does.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));

    if wanted("first_start") {
        let runs: Result<Vec<Run>, String> = (0..RUNS)
            .map(|_| {
                let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
                launch(dir.path())
            })
            .collect();
        summarize("first_start (new data folder)", &runs?);
    }
    if wanted("later_start") {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        launch(dir.path())?;
        summarize("later_start (shipped decks)", &repeat(dir.path(), RUNS)?);
    }
    if wanted("start_100k_cards") {
        let dir = bench_dir().join("100k");
        let deck_file = dir.join("decks").join("bench-100k.toml");
        let made = !deck_file.exists();
        if made {
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(dir.join("decks")).map_err(|e| e.to_string())?;
            big_deck(100_000)
                .save(&deck_file)
                .map_err(|e| e.to_string())?;
        }
        let first = launch(&dir)?;
        if made {
            summarize("start_100k_cards, first (syncs the cards)", &[first]);
        }
        summarize("start_100k_cards (100,002 cards)", &repeat(&dir, RUNS)?);
    }
    Ok(())
}
