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
///
/// A user file with a shipped deck's id is the teacher's edited copy of it and takes the
/// shipped deck's place. A second user file with an id already listed is shown with an error
/// (two files must not share one deck's progress).
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
        let mut deck = Deck::load(&path);
        if let Ok(loaded) = &deck {
            let same_id = entries
                .iter()
                .position(|e| e.deck.as_ref().is_ok_and(|d| d.id == loaded.id));
            match same_id.map(|i| (i, &entries[i].origin)) {
                Some((i, Origin::Shipped(_))) => {
                    entries[i] = Entry {
                        origin: Origin::User(path),
                        deck,
                    };
                    continue;
                }
                Some((_, Origin::User(first))) => {
                    deck = Err(DeckError::new(
                        path.display().to_string(),
                        format!(
                            "deck id `{}` is already used by {}; give this deck its own `id`",
                            loaded.id,
                            first.display()
                        ),
                    ));
                }
                None => {}
            }
        }
        entries.push(Entry {
            origin: Origin::User(path),
            deck,
        });
    }
    entries
}

/// Saves a new deck (e.g. one just generated from a document) into the user's decks folder
/// and returns its path. The file is named after the deck's title and never replaces another
/// file; when another deck already has the deck's id, the id gets a number (`-2`, `-3`, …)
/// so the two never share progress. `deck.id` is updated to the id saved.
pub fn save_new(data_dir: &Path, deck: &mut Deck) -> Result<PathBuf, DeckError> {
    let dir = user_decks_dir(data_dir);
    std::fs::create_dir_all(&dir)
        .map_err(|e| DeckError::io(dir.display().to_string(), "creating the folder", &e))?;
    let taken: Vec<String> = list(data_dir)
        .into_iter()
        .filter_map(|e| e.deck.ok().map(|d| d.id))
        .collect();
    let base = if deck.id.trim().is_empty() {
        super::slugify(&deck.title)
    } else {
        deck.id.clone()
    };
    let mut n = 1;
    loop {
        let id = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let path = dir.join(format!("{id}.toml"));
        if !taken.contains(&id) && !path.exists() {
            deck.id = id;
            deck.save(&path)?;
            return Ok(path);
        }
        n += 1;
    }
}

/// Saves an edited deck where it came from: a user deck in place; a shipped deck (which is
/// built into the program) as a copy in the user's decks folder, which from then on takes the
/// shipped deck's place with the same id, so progress is kept. Returns the path written.
pub fn save_edited(data_dir: &Path, origin: &Origin, deck: &Deck) -> Result<PathBuf, DeckError> {
    let path = match origin {
        Origin::User(path) => path.clone(),
        Origin::Shipped(file) => {
            let dir = user_decks_dir(data_dir);
            std::fs::create_dir_all(&dir)
                .map_err(|e| DeckError::io(dir.display().to_string(), "creating the folder", &e))?;
            // A user file of that name holding another deck is never replaced.
            let stem = file.strip_suffix(".toml").unwrap_or(file);
            let mut n = 1;
            loop {
                let path = if n == 1 {
                    dir.join(file)
                } else {
                    dir.join(format!("{stem}-{n}.toml"))
                };
                let other_deck =
                    path.exists() && Deck::load(&path).map_or(true, |d| d.id != deck.id);
                if !other_deck {
                    break path;
                }
                n += 1;
            }
        }
    };
    deck.save(&path)?;
    Ok(path)
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

    #[test]
    fn an_edited_shipped_deck_takes_the_shipped_decks_place() {
        let dir = tempfile::tempdir().unwrap();
        let entry = shipped().remove(0);
        let mut deck = entry.deck.unwrap();
        deck.cards[0].prompt = "Edited prompt?".into();
        let path = save_edited(dir.path(), &entry.origin, &deck).unwrap();
        assert!(path.starts_with(user_decks_dir(dir.path())));
        let entries = list(dir.path());
        assert_eq!(entries.len(), SHIPPED.len(), "the copy replaces, not adds");
        assert_eq!(entries[0].origin, Origin::User(path.clone()));
        let loaded = entries[0].deck.as_ref().unwrap();
        assert_eq!(loaded.id, deck.id);
        assert_eq!(loaded.cards[0].prompt, "Edited prompt?");
        // Saving again writes the same file.
        assert_eq!(
            save_edited(dir.path(), &entries[0].origin, loaded).unwrap(),
            path
        );
    }

    #[test]
    fn editing_a_shipped_deck_never_replaces_another_file_of_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let decks = user_decks_dir(dir.path());
        std::fs::create_dir_all(&decks).unwrap();
        let entry = shipped().remove(0);
        let Origin::Shipped(file) = entry.origin else {
            panic!("a shipped deck")
        };
        let mut other = entry.deck.as_ref().unwrap().clone();
        other.id = "someone-elses".into();
        other.save(&decks.join(file)).unwrap();
        let path = save_edited(dir.path(), &entry.origin, entry.deck.as_ref().unwrap()).unwrap();
        assert_ne!(path, decks.join(file));
        assert_eq!(Deck::load(&decks.join(file)).unwrap().id, "someone-elses");
        assert_eq!(list(dir.path()).len(), SHIPPED.len() + 1);
    }

    #[test]
    fn a_new_deck_never_takes_another_decks_id_or_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = shipped().remove(0).deck.unwrap();
        let shipped_id = first.id.clone();
        let path1 = save_new(dir.path(), &mut first).unwrap();
        assert_eq!(first.id, format!("{shipped_id}-2"));
        let mut second = shipped().remove(0).deck.unwrap();
        let path2 = save_new(dir.path(), &mut second).unwrap();
        assert_eq!(second.id, format!("{shipped_id}-3"));
        assert_ne!(path1, path2);
        let entries = list(dir.path());
        assert_eq!(entries.len(), SHIPPED.len() + 2);
        assert!(entries.iter().all(|e| e.deck.is_ok()));
    }

    #[test]
    fn two_user_files_with_one_id_show_an_error_on_the_second() {
        let dir = tempfile::tempdir().unwrap();
        let decks = user_decks_dir(dir.path());
        std::fs::create_dir_all(&decks).unwrap();
        let mut mine = shipped().remove(0).deck.unwrap();
        mine.id = "mine".into();
        mine.save(&decks.join("a.toml")).unwrap();
        mine.save(&decks.join("b.toml")).unwrap();
        let entries = list(dir.path());
        let err = entries
            .last()
            .unwrap()
            .deck
            .as_ref()
            .unwrap_err()
            .to_string();
        assert!(err.contains("b.toml") && err.contains("a.toml"), "{err}");
    }
}
