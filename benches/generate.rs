//! Generator speed and memory: one megabyte of text to a deck.
//!
//! Run with `cargo bench --bench generate`. Divan's allocation profiler reports `max alloc`, the
//! peak of bytes held at once during one run; the README quotes the figures.
//!
//! The text is as much distinct prose as can be found, cut to 1 MB:
//!
//! 1. the file named by `FACTDECK_BENCH_TEXT`, when set (a `.json` file is read as below);
//! 2. else the evaluation data beside the checkout (`../shared/eval-data`, not shipped): the
//!    textbook lessons of `mTQA_val.json` (~370 KB) and the support paragraphs of
//!    `sciq_valid.json` (~410 KB);
//! 3. else the shipped source documents.
//!
//! When that is less than 1 MB it is repeated to fill it. The generator drops a card whose prompt
//! it has already kept, so a repeated copy costs far less than new text would: the figure is only
//! honest for as much of the megabyte as is distinct, and the bench prints that share.

use std::num::NonZeroUsize;

use factdeck::deck::library::SHIPPED;
use factdeck::generate::{Document, Options, generate};

/// The binary's allocator (mimalloc), wrapped to count allocations.
#[global_allocator]
static ALLOC: divan::AllocProfiler<mimalloc::MiMalloc> =
    divan::AllocProfiler::new(mimalloc::MiMalloc);

const TARGET_BYTES: usize = 1024 * 1024;

fn main() {
    divan::main();
}

/// The paragraphs of an evaluation file: mTQA lessons' `chapter_text_list` and SciQ items'
/// `support`; nothing when the file is missing or of another shape.
fn json_paragraphs(path: &str) -> Vec<String> {
    let Ok(raw) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let Ok(serde_json::Value::Array(items)) = serde_json::from_str(&raw) else {
        return Vec::new();
    };
    let mut paragraphs = Vec::new();
    for item in &items {
        if let Some(list) = item["chapter_text_list"].as_array() {
            paragraphs.extend(list.iter().filter_map(|p| p.as_str()).map(str::to_owned));
        }
        if let Some(support) = item["support"].as_str() {
            paragraphs.push(support.to_owned());
        }
    }
    paragraphs
}

/// The distinct prose available, paragraphs separated by blank lines, and where it came from.
fn distinct_text() -> (String, String) {
    let mut paragraphs = Vec::new();
    let origin = if let Ok(path) = std::env::var("FACTDECK_BENCH_TEXT") {
        if path.ends_with(".json") {
            paragraphs = json_paragraphs(&path);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            paragraphs.push(text);
        }
        path
    } else {
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval-data");
        paragraphs.extend(json_paragraphs(&format!("{data}/mTQA_val.json")));
        paragraphs.extend(json_paragraphs(&format!("{data}/sciq_valid.json")));
        "mTQA lessons + SciQ support paragraphs".to_owned()
    };
    let mut text = String::new();
    for p in paragraphs
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
    {
        text.push_str(p);
        text.push_str("\n\n");
    }
    if text.trim().is_empty() {
        for shipped in SHIPPED {
            text.push_str(shipped.source_text);
            text.push_str("\n\n");
        }
        return (text, "the shipped source documents".to_owned());
    }
    (text, origin)
}

/// About 1 MB of realistic prose: the distinct text, repeated if need be, cut to 1 MB.
fn megabyte_of_text() -> String {
    let (base, origin) = distinct_text();
    let mut text = base.clone();
    let mut round = 2;
    while text.len() < TARGET_BYTES {
        // Number each copy so repeated text is not one repeated sentence.
        text.push_str(&format!("Part {round}\n\n"));
        text.push_str(&base);
        round += 1;
    }
    let mut cut = TARGET_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    eprintln!(
        "bench text: {origin}; {} KB distinct of {} KB",
        base.len().min(TARGET_BYTES) / 1024,
        text.len() / 1024
    );
    text
}

/// The target: one megabyte to a deck on one core, so on one thread.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn one_megabyte_to_deck(bencher: divan::Bencher) {
    megabyte_to_deck(bencher, NonZeroUsize::new(1));
}

/// The same on as many threads as the machine gives the generator (one per core, up to eight):
/// what a user waits for.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn one_megabyte_to_deck_all_cores(bencher: divan::Bencher) {
    megabyte_to_deck(bencher, None);
}

fn megabyte_to_deck(bencher: divan::Bencher, threads: Option<NonZeroUsize>) {
    let text = megabyte_of_text();
    let options = Options {
        threads,
        ..Options::default()
    };
    bencher.bench(|| {
        let doc = Document {
            name: "lessons.txt",
            bytes: text.as_bytes(),
        };
        let deck = generate(&[doc], &options).expect("generates");
        divan::black_box(deck.cards.len())
    });
}

#[divan::bench(sample_count = 50)]
fn shipped_document_to_deck(bencher: divan::Bencher) {
    let shipped = &SHIPPED[1];
    bencher.bench(|| {
        let doc = Document {
            name: shipped.source_file,
            bytes: shipped.source_text.as_bytes(),
        };
        divan::black_box(generate(&[doc], &Options::default()).expect("generates"))
    });
}
