//! The decks factdeck knows: the shipped decks built into the binary, and the user's own deck
//! files in the `decks` folder of the data folder.

use std::path::{Path, PathBuf};

use super::{Deck, DeckError};

/// A deck built into the binary: its file name under `decks/` and its text.
#[derive(Debug, Clone, Copy)]
pub struct ShippedDeck {
    /// The file name under `decks/` in the source tree.
    pub file: &'static str,
    /// The deck file's text.
    pub text: &'static str,
    /// The source document's file name under `decks/sources/`.
    pub source_file: &'static str,
    /// The source document's text.
    pub source_text: &'static str,
}

/// The decks shipped with factdeck, generated from the documents in `decks/sources/`.
pub const SHIPPED: &[ShippedDeck] = &[
    ShippedDeck {
        file: "stem-cells-liver-cirrhosis.toml",
        text: include_str!("../../decks/stem-cells-liver-cirrhosis.toml"),
        source_file: "stem-cells-liver-cirrhosis.txt",
        source_text: include_str!("../../decks/sources/stem-cells-liver-cirrhosis.txt"),
    },
    ShippedDeck {
        file: "stem-cells-liver-toxic-shock.toml",
        text: include_str!("../../decks/stem-cells-liver-toxic-shock.toml"),
        source_file: "stem-cells-liver-toxic-shock.txt",
        source_text: include_str!("../../decks/sources/stem-cells-liver-toxic-shock.txt"),
    },
];

/// Where a deck comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Built into the binary.
    Shipped(&'static str),
    /// A file in the user's decks folder.
    User(PathBuf),
}

impl Origin {
    /// A short description for listings: `shipped` or the file's path.
    pub fn describe(&self) -> String {
        match self {
            Origin::Shipped(_) => "shipped".to_owned(),
            Origin::User(path) => path.display().to_string(),
        }
    }
}

/// One deck the library found, loaded or with the error that kept it from loading.
#[derive(Debug)]
pub struct Entry {
    /// Where it comes from.
    pub origin: Origin,
    /// The deck, or why it could not be read (the other decks still load).
    pub deck: Result<Deck, DeckError>,
}

/// The folder of the user's deck files inside a data folder.
pub fn user_decks_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("decks")
}

/// The platform data folder (e.g. `~/.local/share/factdeck`), or `None` when the platform
/// gives no home folder.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "factdeck").map(|dirs| dirs.data_dir().to_path_buf())
}

/// Loads the shipped decks.
pub fn shipped() -> Vec<Entry> {
    SHIPPED
        .iter()
        .map(|s| Entry {
            origin: Origin::Shipped(s.file),
            deck: Deck::from_toml_str(&format!("decks/{}", s.file), s.text),
        })
        .collect()
}

/// Loads every deck: the shipped ones, then the `.toml` files of the user's decks folder in
/// file-name order. A folder that does not exist yet holds no decks.
pub fn list(data_dir: &Path) -> Vec<Entry> {
    let mut entries = shipped();
    let dir = user_decks_dir(data_dir);
    let Ok(read) = std::fs::read_dir(&dir) else {
        return entries;
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        })
        .collect();
    paths.sort();
    for path in paths {
        let deck = Deck::load(&path);
        entries.push(Entry {
            origin: Origin::User(path),
            deck,
        });
    }
    entries
}

/// Finds a deck by id, title (case-insensitive), file name (without `.toml`) or path to a deck
/// file.
pub fn find(data_dir: &Path, key: &str) -> Option<Result<Deck, DeckError>> {
    let path = Path::new(key);
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        && path.is_file()
    {
        return Some(Deck::load(path));
    }
    // A deck's file name without `.toml` names it too (`stem-cells-liver-cirrhosis`).
    let stem_is = |origin: &Origin| match origin {
        Origin::Shipped(file) => file.strip_suffix(".toml") == Some(key),
        Origin::User(path) => path.file_stem().is_some_and(|s| s == key),
    };
    list(data_dir).into_iter().find_map(|e| match e.deck {
        Ok(d) if d.id == key || d.title.eq_ignore_ascii_case(key) || stem_is(&e.origin) => {
            Some(Ok(d))
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_decks_load() {
        for entry in shipped() {
            let deck = entry.deck.expect("shipped deck loads");
            assert!(!deck.cards.is_empty(), "{} has cards", deck.title);
        }
    }

    #[test]
    fn user_decks_are_listed_after_shipped_and_broken_ones_keep_their_error() {
        let dir = tempfile::tempdir().unwrap();
        let decks = user_decks_dir(dir.path());
        std::fs::create_dir_all(&decks).unwrap();
        std::fs::write(decks.join("broken.toml"), "format = 1\nid = \n").unwrap();
        let mut mine = shipped().remove(0).deck.unwrap();
        mine.id = "my-copy".into();
        mine.save(&decks.join("mine.toml")).unwrap();
        let entries = list(dir.path());
        assert_eq!(entries.len(), SHIPPED.len() + 2);
        let broken = &entries[SHIPPED.len()];
        let err = broken.deck.as_ref().unwrap_err().to_string();
        assert!(err.contains("broken.toml"), "{err}");
        assert!(entries[SHIPPED.len() + 1].deck.is_ok());
        assert!(find(dir.path(), "my-copy").is_some());
    }
}
