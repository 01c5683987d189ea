//! The invariants ARCHITECTURE.md promises, checked on the source tree: only `src/app/` knows
//! egui, and the core never reads the clock itself.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn core_files() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .into_iter()
        .filter(|p| {
            let rel = p.strip_prefix(&src).expect("under src");
            !(rel.starts_with("app") || rel.starts_with("cli") || rel == Path::new("main.rs"))
        })
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable source file");
            (p, text)
        })
        .collect()
}

#[test]
fn only_the_app_module_knows_egui() {
    for (path, text) in core_files() {
        for word in ["egui", "eframe"] {
            assert!(
                !text.contains(word),
                "{} names {word}: only src/app/ may",
                path.display()
            );
        }
    }
}

#[test]
fn the_core_never_reads_the_clock() {
    for (path, text) in core_files() {
        for call in [
            "Timestamp::now",
            "SystemTime::now",
            "Instant::now",
            "Zoned::now",
        ] {
            assert!(
                !text.contains(call),
                "{} calls {call}: pass the time in instead",
                path.display()
            );
        }
    }
}
