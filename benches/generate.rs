//! Generator speed and memory: one megabyte of text to a deck.
//!
//! Run with `cargo bench --bench generate`. The text is the textbook lessons of
//! `../shared/eval-data/mTQA_val.json` when that file is beside the checkout (set
//! `FACTDECK_BENCH_TEXT` to use another file), else the shipped source documents repeated;
//! either way cut to 1 MB. Divan's allocation profiler reports `max alloc`, the peak of bytes
//! held at once during one run.

use factdeck::deck::library::SHIPPED;
use factdeck::generate::{Document, Options, generate};

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

const TARGET_BYTES: usize = 1024 * 1024;

fn main() {
    divan::main();
}

/// About 1 MB of realistic prose, paragraphs separated by blank lines.
fn megabyte_of_text() -> String {
    let mut text = String::new();
    let path = std::env::var("FACTDECK_BENCH_TEXT").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/eval-data/mTQA_val.json"
        )
        .to_owned()
    });
    if let Ok(raw) = std::fs::read_to_string(&path) {
        if path.ends_with(".json") {
            if let Ok(serde_json::Value::Array(lessons)) = serde_json::from_str(&raw) {
                for lesson in lessons {
                    if let Some(paras) = lesson["chapter_text_list"].as_array() {
                        for p in paras.iter().filter_map(|p| p.as_str()) {
                            text.push_str(p.trim());
                            text.push_str("\n\n");
                        }
                    }
                }
            }
        } else {
            text = raw;
        }
    }
    if text.trim().is_empty() {
        for shipped in SHIPPED {
            text.push_str(shipped.source_text);
            text.push_str("\n\n");
        }
    }
    let base = text.clone();
    let mut round = 1;
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
    text
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn one_megabyte_to_deck(bencher: divan::Bencher) {
    let text = megabyte_of_text();
    bencher.bench(|| {
        let doc = Document {
            name: "lessons.txt",
            bytes: text.as_bytes(),
        };
        let deck = generate(&[doc], &Options::default()).expect("generates");
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
