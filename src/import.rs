//! Importing documents: files on disk in, a generated deck (not yet saved) out, with errors in
//! words a teacher understands that still name the file.
//!
//! This is the part of "make a deck from my notes" that touches the file system: it reads the
//! files (refusing folders and files too large before reading them) and hands their names and
//! bytes to the pure generator ([`crate::generate`]). The command line and the desktop app both
//! use it. It knows no window and reads no clock.

use std::path::{Path, PathBuf};

use crate::deck::{Card, CardKind, Deck};
use crate::generate::{self, Document, GenerateError, Options, extract};

/// The file extensions an import reads (for a file dialog's filter), without the dot.
pub const EXTENSIONS: &[&str] = extract::SUPPORTED_EXTENSIONS;

/// Where an import has got to, reported as it goes (e.g. for a progress line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    /// Reading this file (its name, no folder).
    Reading(String),
    /// Every file is read; the cards are being written.
    Writing,
}

/// Reads a document, refusing what is not a regular file or is too large before reading it.
/// Errors start with the path as given.
pub fn read_document(path: &Path) -> Result<Vec<u8>, String> {
    read_named(path, &path.display().to_string())
}

/// [`read_document`] with errors naming the file as `shown`.
fn read_named(path: &Path, shown: &str) -> Result<Vec<u8>, String> {
    let meta =
        std::fs::metadata(path).map_err(|e| format!("{shown}: cannot read: {}", io_reason(&e)))?;
    if meta.is_dir() {
        return Err(format!("{shown}: is a folder, not a document"));
    }
    if meta.len() > extract::MAX_FILE_BYTES {
        return Err(format!(
            "{shown}: too large ({:.1} MB; the limit is {} MB): split it into smaller documents",
            meta.len() as f64 / 1_048_576.0,
            extract::MAX_FILE_BYTES / 1_048_576
        ));
    }
    std::fs::read(path).map_err(|e| format!("{shown}: cannot read: {}", io_reason(&e)))
}

/// A short reason for an I/O error ("no such file", "permission denied", ...).
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// The name a file is shown by: its file name without the folder (the path if it has none).
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Generates one deck from documents read already (name and bytes, in order) with an optional
/// title.
pub fn generate_from(
    contents: &[(String, Vec<u8>)],
    title: Option<String>,
) -> Result<Deck, GenerateError> {
    let documents: Vec<Document<'_>> = contents
        .iter()
        .map(|(name, bytes)| Document { name, bytes })
        .collect();
    let options = Options {
        title,
        ..Options::default()
    };
    generate::generate(&documents, &options)
}

/// Makes one deck from the files (in order) with an optional title; the deck is not saved.
/// Errors name the file by its file name, in plain words.
pub fn import_files(paths: &[PathBuf], title: Option<String>) -> Result<Deck, String> {
    import_files_with(paths, title, |_| {})
}

/// [`import_files`], telling `progress` each [`Stage`] as it starts.
pub fn import_files_with(
    paths: &[PathBuf],
    title: Option<String>,
    mut progress: impl FnMut(Stage),
) -> Result<Deck, String> {
    if paths.is_empty() {
        return Err(explain(&GenerateError::NoDocuments));
    }
    let mut contents = Vec::with_capacity(paths.len());
    for path in paths {
        let name = file_name(path);
        progress(Stage::Reading(name.clone()));
        let bytes = read_named(path, &name)?;
        contents.push((name, bytes));
    }
    progress(Stage::Writing);
    let deck = generate_from(&contents, title).map_err(|e| explain(&e))?;
    if deck.cards.is_empty() {
        let names: Vec<&str> = contents.iter().map(|(n, _)| n.as_str()).collect();
        return Err(nothing_to_ask(&names));
    }
    Ok(deck)
}

/// A generator error in words a teacher understands. The generator's own messages already
/// name the file and say what to do; this adds what it cannot know (that nothing was chosen).
pub fn explain(e: &GenerateError) -> String {
    match e {
        GenerateError::NoDocuments => {
            "no document was chosen: choose a .txt, .md, .html or .pdf file".to_owned()
        }
        other => other.to_string(),
    }
}

/// The message for documents that were read but gave no card.
fn nothing_to_ask(names: &[&str]) -> String {
    format!(
        "nothing to ask about was found in {}: factdeck makes cards from sentences that define \
         or explain something (e.g. \"Chlorophyll is a green pigment that absorbs light.\")",
        names
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// What is wrong with a card a teacher edited, in words for them, or `None` when it can be
/// saved. Uses the deck file's own rules ([`crate::deck::format::card_problem`]), so a card that passes here saves.
pub fn card_problem(card: &Card) -> Option<String> {
    let (field, message) = crate::deck::format::card_problem(card)?;
    let field = match field {
        "prompt" if card.kind == CardKind::Cloze => "Sentence: ",
        "prompt" => "Prompt: ",
        "answer" => "Answer: ",
        "distractors" => "Wrong options: ",
        "id" => "Card id: ",
        _ => "",
    };
    Some(format!("{field}{message}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::CardId;

    const PROSE: &str = "Photosynthesis is the process by which plants make sugar from light. \
        Chlorophyll is a green pigment that absorbs light. The stomata are small pores that let \
        carbon dioxide into the leaf. Glucose is a sugar that stores energy for the plant.\n";

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn a_text_file_makes_a_deck_and_reports_its_stages() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "plants.txt", PROSE.as_bytes());
        let mut stages = Vec::new();
        let deck = import_files_with(&[path], Some("Plants".into()), |s| stages.push(s)).unwrap();
        assert_eq!(deck.title, "Plants");
        assert!(!deck.cards.is_empty());
        assert_eq!(deck.sources[0].file, "plants.txt");
        assert_eq!(
            stages,
            vec![Stage::Reading("plants.txt".into()), Stage::Writing]
        );
    }

    #[test]
    fn errors_name_the_file_in_plain_words() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            (
                write(dir.path(), "empty.txt", b""),
                "\"empty.txt\" is empty",
            ),
            (
                write(dir.path(), "photo.png", b"\x89PNG"),
                "\"photo.png\" is a .png file, which factdeck cannot read; it reads .txt",
            ),
            (
                write(dir.path(), "scan.pdf", &pdf_without_text()),
                "\"scan.pdf\" has no text in it (it may be a scan)",
            ),
            (
                write(dir.path(), "headings.md", b"# Plants\n\n## Leaves\n"),
                "nothing to ask about was found in \"headings.md\"",
            ),
            (
                write(dir.path(), "short.txt", b"Hello there.\n"),
                "nothing to ask about was found in \"short.txt\"",
            ),
            (
                dir.path().join("gone.txt"),
                "gone.txt: cannot read: no such file",
            ),
            (dir.path().to_path_buf(), "is a folder, not a document"),
        ];
        for (path, expected) in cases {
            let message = import_files(std::slice::from_ref(&path), None).unwrap_err();
            assert!(message.contains(expected), "{}: {message}", path.display());
            assert!(
                message.contains(&file_name(&path)),
                "names the file: {message}"
            );
            assert!(
                !message.contains(&*dir.path().to_string_lossy()),
                "{message}"
            );
        }
        let message = import_files(&[], None).unwrap_err();
        assert!(message.contains("no document was chosen"), "{message}");
    }

    #[test]
    fn several_files_make_one_deck_and_one_bad_file_stops_it() {
        let dir = tempfile::tempdir().unwrap();
        let a = write(dir.path(), "a.txt", PROSE.as_bytes());
        let b = write(
            dir.path(),
            "b.md",
            b"# Cells\n\nMitochondria are the organelles that release energy from food.\n",
        );
        let deck = import_files(&[a.clone(), b], None).unwrap();
        assert_eq!(deck.sources.len(), 2);
        let bad = write(dir.path(), "c.docx", b"PK");
        let message = import_files(&[a, bad], None).unwrap_err();
        assert!(message.contains("c.docx"), "{message}");
    }

    #[test]
    fn an_edited_card_says_what_is_wrong() {
        let mut card = Card {
            id: CardId("k1".into()),
            kind: CardKind::Question,
            prompt: "What absorbs light?".into(),
            answer: "Chlorophyll".into(),
            distractors: Vec::new(),
            tags: Vec::new(),
            source: String::new(),
            fact: String::new(),
        };
        assert_eq!(card_problem(&card), None);
        card.prompt = "  ".into();
        assert_eq!(
            card_problem(&card).as_deref(),
            Some("Prompt: must not be empty")
        );
        card.kind = CardKind::Cloze;
        card.prompt = "Chlorophyll absorbs light.".into();
        let problem = card_problem(&card).unwrap_or_default();
        assert!(
            problem.starts_with("Sentence: ") && problem.contains("{{"),
            "{problem}"
        );
        card.prompt = "{{Chlorophyll}} absorbs light.".into();
        assert_eq!(card_problem(&card), None);
    }

    /// A one-page PDF with no text on it (a drawn rectangle only), like a scan.
    fn pdf_without_text() -> Vec<u8> {
        let content = b"0 0 m 100 100 l S";
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>".to_owned(),
            format!(
                "<< /Length {} >>\nstream\n{}\nendstream",
                content.len(),
                String::from_utf8_lossy(content)
            ),
        ];
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
        }
        let xref = out.len();
        out.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
        );
        for o in offsets {
            out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        out
    }
}
