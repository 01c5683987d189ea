//! The shipped decks in `decks/` must be exactly what the generator makes of their sources.
//!
//! When the generator changes, regenerate them with `UPDATE_DECKS=1 cargo test --test shipped_decks`
//! and read the diff as a teacher would before committing it.

use factdeck::deck::{Deck, library::SHIPPED};
use factdeck::generate::{Document, Options, generate};

#[test]
fn shipped_decks_are_fresh() {
    let update = std::env::var_os("UPDATE_DECKS").is_some();
    let mut stale = Vec::new();
    for shipped in SHIPPED {
        let doc = Document {
            name: shipped.source_file,
            bytes: shipped.source_text.as_bytes(),
        };
        let deck = generate(&[doc], &Options::default()).expect("shipped source generates");
        let text = deck.to_toml();
        if text != shipped.text {
            if update {
                let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("decks")
                    .join(shipped.file);
                deck.save(&path).expect("write deck");
            }
            stale.push(shipped.file);
        }
        // What is committed loads and equals what the generator made.
        if !update {
            let committed = Deck::from_toml_str(shipped.file, shipped.text).expect("loads");
            assert_eq!(committed, deck, "{} is stale", shipped.file);
        }
    }
    assert!(
        stale.is_empty() || update,
        "stale decks {stale:?}: run `UPDATE_DECKS=1 cargo test --test shipped_decks` and review the diff"
    );
}
