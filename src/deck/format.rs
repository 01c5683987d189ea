//! The deck file format: one TOML file per deck, written to be read and edited by hand.
//!
//! ```toml
//! # factdeck deck file, format 1. Edit freely: card ids keep progress, so keep each card's id.
//! format = 1
//! id = "stem-cells-liver-cirrhosis"
//! title = "Stem Cell Therapy: A Viable Option for Liver Cirrhosis"
//! description = "Generated from stem-cells-liver-cirrhosis.txt"
//!
//! [[sources]]
//! file = "stem-cells-liver-cirrhosis.txt"
//! sha256 = "…64 lower-case hex digits…"
//!
//! [[cards]]
//! id = "k3f9a1b2c4d"
//! kind = "question"
//! prompt = "What is liver cirrhosis characterized by?"
//! answer = "irreversible scarring and impaired liver function"
//! tags = ["characteristic"]
//! source = "Liver cirrhosis, a late-stage liver disease, is characterized by ..."
//! fact = "f1a2b3c4"
//!
//! [[cards]]
//! id = "k5"
//! kind = "cloze"
//! prompt = "Stem cells secrete {{growth factors}} that promote liver cell proliferation."
//! tags = []
//! source = ""
//! fact = ""
//!
//! [[cards]]
//! id = "k6"
//! kind = "choice"
//! prompt = "Which toxin can cause liver toxic shock?"
//! answer = "acetaminophen"
//! distractors = ["bone marrow", "adipose tissue", "umbilical cord blood"]
//! tags = []
//! source = ""
//! fact = ""
//! ```
//!
//! # Rules
//!
//! * `format` is required and must be [`FORMAT_VERSION`]; `id` (only `a-z`, `0-9`, `-`, `_`)
//!   and `title` are required; `description`, `sources` and `cards` are optional.
//! * Each source needs a `file` and the `sha256` of its bytes (64 hex digits).
//! * Each card needs an `id` (no whitespace, unique in the deck), a `kind` (`question`, `cloze`
//!   or `choice`) and a `prompt`; `tags`, `source` and `fact` are optional.
//! * A `question` card needs an `answer` and has no `distractors`.
//! * A `cloze` card's prompt holds exactly one `{{gap}}` with text around it; its `answer`, if
//!   given, must equal the gap text (it is omitted when written).
//! * A `choice` card needs an `answer` and at least one `distractors` entry; the options must
//!   differ from each other and from the answer (ignoring case and surrounding spaces).
//! * Unknown keys are errors, so a typo such as `promt` is caught rather than ignored.
//!
//! Loading is all-or-nothing: the first problem found is returned as a [`DeckError`] naming the
//! file, and where possible the line, the card and the field.
//!
//! # Writing
//!
//! [`Deck::to_toml`] is deterministic. Strings are TOML basic strings (`"..."`) with only the
//! escapes TOML requires (`\"`, `\\`, control characters; tabs as `\t`); a string holding a line
//! break is written as a multi-line basic string (`"""`) so the text reads naturally. Loading
//! what was written gives back the same deck exactly.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{CLOZE_CLOSE, CLOZE_OPEN, Card, CardId, CardKind, Deck, FORMAT_VERSION, SourceDoc};

/// The comment that opens every deck file this module writes.
const HEADER_COMMENT: &str =
    "# factdeck deck file, format 1. Edit freely: card ids keep progress, so keep each card's id.";

/// Top-level keys of a deck file, in the order they are written.
const DECK_FIELDS: &[&str] = &["format", "id", "title", "description", "sources", "cards"];
/// Keys of a `[[sources]]` table.
const SOURCE_FIELDS: &[&str] = &["file", "sha256"];
/// Keys of a `[[cards]]` table, in the order they are written.
const CARD_FIELDS: &[&str] = &[
    "id",
    "kind",
    "prompt",
    "answer",
    "distractors",
    "tags",
    "source",
    "fact",
];

/// A deck file that could not be read, parsed, validated or written.
///
/// It always names the file (as given by the caller, usually a path) and, where it can, the
/// 1-based line, the card and the field. Displayed as, for example:
///
/// ```text
/// decks/x.toml:42: card "k12": field `kind`: unknown kind "flash" (expected question, cloze or choice)
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.render())]
pub struct DeckError {
    /// The file the error is about, as named by the caller (usually a path).
    pub file: String,
    /// The 1-based line the problem is on, when known.
    pub line: Option<usize>,
    /// The id of the card the problem is in, when it is in a card that has an id.
    pub card: Option<String>,
    /// The field (TOML key) the problem is in, when it is about one field.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
    /// For a failure to read or write the file, the kind of I/O error.
    pub io_kind: Option<io::ErrorKind>,
}

impl DeckError {
    /// An error about `file` as a whole (no line, card or field).
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> DeckError {
        DeckError {
            file: file.into(),
            line: None,
            card: None,
            field: None,
            message: message.into(),
            io_kind: None,
        }
    }

    /// An I/O failure on `file`; `doing` says what was being done (e.g. `cannot read`).
    pub fn io(file: impl Into<String>, doing: &str, err: &io::Error) -> DeckError {
        DeckError {
            io_kind: Some(err.kind()),
            ..DeckError::new(file, format!("{doing}: {err}"))
        }
    }

    fn render(&self) -> String {
        let mut out = self.file.clone();
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
        }
        out.push_str(": ");
        if let Some(card) = &self.card {
            out.push_str(&format!("card {card:?}: "));
        }
        if let Some(field) = &self.field {
            out.push_str(&format!("field `{field}`: "));
        }
        out.push_str(&self.message);
        out
    }
}

impl Deck {
    /// Parses a deck file's text. `name` is how the file is named in errors.
    ///
    /// The whole file is checked against the format's rules (see the [module docs](self));
    /// the first problem is returned as an error naming `name`, the line and the field.
    pub fn from_toml_str(name: &str, text: &str) -> Result<Deck, DeckError> {
        parse_deck(text).map_err(|problem| problem.into_error(name, text))
    }

    /// The deck as TOML text, deterministic (same deck -> byte-identical text).
    ///
    /// For a deck that passes [`validate`], [`Deck::from_toml_str`] gives the same deck back.
    pub fn to_toml(&self) -> String {
        write_deck(self)
    }

    /// Reads and parses a deck file (errors name the path).
    pub fn load(path: &Path) -> Result<Deck, DeckError> {
        let name = path.display().to_string();
        let bytes = fs::read(path).map_err(|e| DeckError::io(name.as_str(), "cannot read", &e))?;
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let bad = err.utf8_error().valid_up_to();
                let bytes = err.as_bytes();
                return Err(DeckError {
                    line: Some(line_of_bytes(bytes, bad)),
                    ..DeckError::new(
                        name,
                        format!(
                            "not UTF-8 text (invalid byte at offset {bad}); \
                             save the file as UTF-8"
                        ),
                    )
                });
            }
        };
        Deck::from_toml_str(&name, &text)
    }

    /// Writes the deck atomically: to a temporary file in the same folder, then rename.
    ///
    /// The deck is checked with [`validate`] first, so a deck that could not be loaded back is
    /// never written.
    pub fn save(&self, path: &Path) -> Result<(), DeckError> {
        let name = path.display().to_string();
        validate(&name, self)?;
        write_atomically(path, self.to_toml().as_bytes())
            .map_err(|(doing, e)| DeckError::io(name.as_str(), doing, &e))
    }
}

/// Checks a deck built in memory (e.g. by the generator or an editor) against the same rules
/// the loader applies; errors name `name` and the card id/field (line None).
pub fn validate(name: &str, deck: &Deck) -> Result<(), DeckError> {
    check_deck(deck).map_err(|problem| {
        let card = card_label(deck, &problem.at);
        let mut message = problem.message;
        if let Some(first) = problem.duplicate_of {
            message.push_str(&format!(" (first used by card {})", first + 1));
        }
        DeckError {
            file: name.to_string(),
            line: None,
            card,
            // "duplicate id" names its field itself.
            field: problem
                .duplicate_of
                .is_none()
                .then(|| problem.field.to_string()),
            message,
            io_kind: None,
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/// A problem found while reading a file, located by byte span.
#[derive(Debug)]
struct Located {
    span: Option<Range<usize>>,
    card: Option<String>,
    field: Option<String>,
    message: String,
    /// For a duplicate id: where the id was first used.
    first_use: Option<usize>,
}

impl Located {
    fn new(span: Option<Range<usize>>, message: impl Into<String>) -> Located {
        Located {
            span,
            card: None,
            field: None,
            message: message.into(),
            first_use: None,
        }
    }

    fn card(mut self, card: Option<&str>) -> Located {
        self.card = card.map(str::to_string);
        self
    }

    fn field(mut self, field: &str) -> Located {
        self.field = Some(field.to_string());
        self
    }

    /// The same problem in a text that starts `offset` bytes later.
    fn shifted(mut self, offset: usize) -> Located {
        self.span = self.span.map(|s| s.start + offset..s.end + offset);
        self.first_use = self.first_use.map(|o| o + offset);
        self
    }

    fn into_error(self, name: &str, text: &str) -> DeckError {
        let mut message = self.message;
        if let Some(offset) = self.first_use {
            message.push_str(&format!(" (first used on line {})", line_of(text, offset)));
        }
        DeckError {
            file: name.to_string(),
            line: self.span.map(|span| line_of(text, span.start)),
            card: self.card,
            field: self.field,
            message,
            io_kind: None,
        }
    }
}

/// The 1-based line of a byte offset in `text` (offsets past the end count as the last line).
fn line_of(text: &str, offset: usize) -> usize {
    line_of_bytes(text.as_bytes(), offset)
}

fn line_of_bytes(bytes: &[u8], offset: usize) -> usize {
    bytes.iter().take(offset).filter(|&&b| b == b'\n').count() + 1
}

/// Where each field of a table was found, so problems found later can name a line.
#[derive(Debug, Default)]
struct TableSpans {
    /// The table's header (`[[cards]]`) or, for the top level, nothing.
    header: Option<Range<usize>>,
    /// Value spans of the fields present.
    fields: Vec<(&'static str, Range<usize>)>,
    /// Element spans of the array fields present.
    items: Vec<(&'static str, Vec<Range<usize>>)>,
}

impl TableSpans {
    fn field(&self, name: &str) -> Option<Range<usize>> {
        self.fields
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, span)| span.clone())
    }

    fn item(&self, name: &str, index: usize) -> Option<Range<usize>> {
        self.items
            .iter()
            .find(|(field, _)| *field == name)
            .and_then(|(_, spans)| spans.get(index).cloned())
    }

    /// The best span for a problem with `field` (or its `item`th element).
    fn locate(&self, field: &str, item: Option<usize>) -> Option<Range<usize>> {
        item.and_then(|i| self.item(field, i))
            .or_else(|| self.field(field))
            .or_else(|| self.header.clone())
    }
}

/// The spans of a whole deck file.
#[derive(Debug, Default)]
struct DeckSpans {
    top: TableSpans,
    sources: Vec<TableSpans>,
    cards: Vec<TableSpans>,
}

type Value<'i> = Spanned<DeValue<'i>>;

/// The fields of one table, checked against the allowed keys, in source order.
struct Fields<'a, 'i> {
    entries: Vec<(&'static str, &'a Value<'i>)>,
}

impl<'a, 'i> Fields<'a, 'i> {
    /// Collects the fields of `table`; an unknown key is an error (typo protection).
    fn read(
        table: &'a DeTable<'i>,
        allowed: &[&'static str],
        card: Option<&str>,
        what: &str,
    ) -> Result<Fields<'a, 'i>, Located> {
        let mut keys: Vec<(&Spanned<std::borrow::Cow<'i, str>>, &'a Value<'i>)> =
            table.iter().collect();
        keys.sort_by_key(|(key, _)| key.span().start);
        let mut entries = Vec::with_capacity(keys.len());
        for (key, value) in keys {
            let name: &str = key.get_ref();
            match allowed.iter().find(|known| **known == name) {
                Some(known) => entries.push((*known, value)),
                None => {
                    let mut message = format!("unknown field `{}` in {what}", name.escape_debug());
                    match suggest(name, allowed) {
                        Some(guess) => message.push_str(&format!(" (did you mean `{guess}`?)")),
                        None => message.push_str(&format!(
                            " (expected {})",
                            allowed
                                .iter()
                                .map(|k| format!("`{k}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    }
                    return Err(Located::new(Some(key.span()), message).card(card));
                }
            }
        }
        Ok(Fields { entries })
    }

    fn get(&self, name: &str) -> Option<&'a Value<'i>> {
        self.entries
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, value)| *value)
    }

    fn spans(&self, header: Option<Range<usize>>) -> TableSpans {
        let mut spans = TableSpans {
            header,
            ..TableSpans::default()
        };
        for (name, value) in &self.entries {
            spans.fields.push((name, value.span()));
            if let DeValue::Array(items) = value.get_ref() {
                spans
                    .items
                    .push((name, items.iter().map(Spanned::span).collect()));
            }
        }
        spans
    }
}

/// The closest allowed key to a misspelt one, if it is close enough to be a likely typo.
fn suggest<'k>(name: &str, allowed: &[&'k str]) -> Option<&'k str> {
    allowed
        .iter()
        .map(|known| (edit_distance(name, known), *known))
        .filter(|(distance, _)| *distance <= 2)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, known)| known)
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous.get(j).copied().unwrap_or(usize::MAX);
            let delete = previous.get(j + 1).copied().unwrap_or(usize::MAX);
            let insert = current.last().copied().unwrap_or(usize::MAX);
            let cost = usize::from(ca != *cb);
            current.push(
                substitute
                    .saturating_add(cost)
                    .min(delete.saturating_add(1))
                    .min(insert.saturating_add(1)),
            );
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
}

/// `a string`, `an integer`, ...: a value's type for messages.
fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

fn expect_string(value: &Value<'_>, card: Option<&str>, field: &str) -> Result<String, Located> {
    match value.get_ref() {
        DeValue::String(s) => Ok(s.to_string()),
        other => Err(Located::new(
            Some(value.span()),
            format!("expected a string, found {}", type_name(other)),
        )
        .card(card)
        .field(field)),
    }
}

fn expect_strings(
    value: &Value<'_>,
    card: Option<&str>,
    field: &str,
) -> Result<Vec<String>, Located> {
    let DeValue::Array(items) = value.get_ref() else {
        return Err(Located::new(
            Some(value.span()),
            format!(
                "expected an array of strings such as [\"a\", \"b\"], found {}",
                type_name(value.get_ref())
            ),
        )
        .card(card)
        .field(field));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.get_ref() {
            DeValue::String(s) => out.push(s.to_string()),
            other => {
                return Err(Located::new(
                    Some(item.span()),
                    format!(
                        "entry {} must be a string, found {}",
                        i + 1,
                        type_name(other)
                    ),
                )
                .card(card)
                .field(field));
            }
        }
    }
    Ok(out)
}

fn optional_string(
    fields: &Fields<'_, '_>,
    card: Option<&str>,
    field: &str,
) -> Result<Option<String>, Located> {
    fields
        .get(field)
        .map(|value| expect_string(value, card, field))
        .transpose()
}

fn optional_strings(
    fields: &Fields<'_, '_>,
    card: Option<&str>,
    field: &str,
) -> Result<Option<Vec<String>>, Located> {
    fields
        .get(field)
        .map(|value| expect_strings(value, card, field))
        .transpose()
}

/// The tables of an array-of-tables field (`[[sources]]`, `[[cards]]`).
fn expect_tables<'a, 'i>(
    value: &'a Value<'i>,
    field: &str,
) -> Result<Vec<(Range<usize>, &'a DeTable<'i>)>, Located> {
    let DeValue::Array(items) = value.get_ref() else {
        return Err(Located::new(
            Some(value.span()),
            format!(
                "expected [[{field}]] tables, found {}",
                type_name(value.get_ref())
            ),
        )
        .field(field));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.get_ref() {
            DeValue::Table(table) => out.push((item.span(), table)),
            other => {
                return Err(Located::new(
                    Some(item.span()),
                    format!(
                        "entry {} must be a table ([[{field}]]), found {}",
                        i + 1,
                        type_name(other)
                    ),
                )
                .field(field));
            }
        }
    }
    Ok(out)
}

/// Checks the `format` key before anything else, so a file from a newer factdeck is reported
/// as such rather than as a pile of unknown fields.
fn check_format(table: &DeTable<'_>) -> Result<(), Located> {
    let Some(value) = table.get("format") else {
        return Err(Located::new(
            None,
            format!(
                "missing (a deck file starts with `format = {FORMAT_VERSION}`; \
                 is this a factdeck deck?)"
            ),
        )
        .field("format"));
    };
    let DeValue::Integer(number) = value.get_ref() else {
        return Err(Located::new(
            Some(value.span()),
            format!(
                "expected an integer such as {FORMAT_VERSION}, found {}",
                type_name(value.get_ref())
            ),
        )
        .field("format"));
    };
    let version = i128::from_str_radix(number.as_str(), number.radix()).ok();
    match version {
        Some(v) if v == i128::from(FORMAT_VERSION) => Ok(()),
        Some(v) if v > i128::from(FORMAT_VERSION) => Err(Located::new(
            Some(value.span()),
            format!(
                "format {v} was written by a newer factdeck; this factdeck reads format \
                 {FORMAT_VERSION} (upgrade factdeck to open this deck)"
            ),
        )
        .field("format")),
        _ => Err(Located::new(
            Some(value.span()),
            format!(
                "unsupported format {} (this factdeck reads format {FORMAT_VERSION})",
                number.as_str()
            ),
        )
        .field("format")),
    }
}

/// Parses and checks a deck file; problems carry byte spans.
/// Deck files at least this large are parsed a card at a time (see [`card_chunks`]): a whole
/// parsed TOML document takes about 15 times the file's size at its peak, one card's table
/// next to nothing.
const CHUNKED_FROM: usize = 256 * 1024;

fn parse_deck(text: &str) -> Result<Deck, Located> {
    parse_deck_with(text, CHUNKED_FROM)
}

fn parse_deck_with(text: &str, chunked_from: usize) -> Result<Deck, Located> {
    let chunks = if text.len() >= chunked_from {
        card_chunks(text)
    } else {
        None
    };
    let head = chunks.as_ref().map_or(text, |c| &text[..c[0].start]);
    let document = DeTable::parse(head)
        .map_err(|err| Located::new(err.span(), format!("TOML syntax: {}", err.message())))?;
    let table = document.get_ref();
    if chunks.is_some() && table.contains_key("cards") {
        // `cards = [...]` before `[[cards]]`: let the whole parse report it.
        return parse_deck_with(text, usize::MAX);
    }
    check_format(table)?;

    let fields = Fields::read(table, DECK_FIELDS, None, "the deck")?;
    let mut spans = DeckSpans {
        top: fields.spans(None),
        ..DeckSpans::default()
    };

    let Some(id) = optional_string(&fields, None, "id")? else {
        return Err(Located::new(
            None,
            "missing (the deck needs an id such as `id = \"my-deck\"`)",
        )
        .field("id"));
    };
    let Some(title) = optional_string(&fields, None, "title")? else {
        return Err(Located::new(None, "missing (the deck needs a title)").field("title"));
    };
    let description = optional_string(&fields, None, "description")?.unwrap_or_default();

    let mut sources = Vec::new();
    if let Some(value) = fields.get("sources") {
        for (header, table) in expect_tables(value, "sources")? {
            let (source, source_spans) = read_source(header, table)?;
            sources.push(source);
            spans.sources.push(source_spans);
        }
    }

    let mut cards = Vec::with_capacity(chunks.as_ref().map_or(0, Vec::len));
    if let Some(value) = fields.get("cards") {
        for (index, (header, table)) in expect_tables(value, "cards")?.into_iter().enumerate() {
            let (card, card_spans) = read_card(index, header, table)?;
            cards.push(card);
            spans.cards.push(card_spans);
        }
    }
    for chunk in chunks.iter().flatten() {
        let offset = chunk.start;
        let shift = |located: Located| located.shifted(offset);
        let document = DeTable::parse(&text[chunk.clone()]).map_err(|err| {
            shift(Located::new(
                err.span(),
                format!("TOML syntax: {}", err.message()),
            ))
        })?;
        let Some(value) = document.get_ref().get("cards") else {
            continue;
        };
        for (header, table) in expect_tables(value, "cards").map_err(shift)? {
            // The spans are kept only to name the line of a problem found below; a large file
            // with one is parsed again whole for that.
            let (card, _) = read_card(cards.len(), header, table).map_err(shift)?;
            cards.push(card);
        }
    }

    let deck = Deck {
        id,
        title,
        description,
        sources,
        cards,
    };
    if let Err(problem) = check_deck(&deck) {
        if chunks.is_some() {
            return parse_deck_with(text, usize::MAX);
        }
        return Err(locate(&deck, &spans, problem));
    }
    Ok(deck)
}

/// Where each `[[cards]]` table of a deck file starts and ends, found line by line with just
/// enough of TOML's string rules to skip headers inside multi-line strings and comments. `None`
/// when the file is laid out otherwise (another table after the cards, an unclosed string,
/// no cards): the whole file is then parsed at once, which also reports any error.
fn card_chunks(text: &str) -> Option<Vec<Range<usize>>> {
    let mut starts: Vec<usize> = Vec::new();
    let mut open: Option<&'static str> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let line_start = at;
        at += line.len();
        let mut rest = line;
        if let Some(delimiter) = open {
            // Closed on this line: the rest of the line is scanned below.
            match close_multiline(rest, delimiter) {
                Some(end) => rest = &rest[end..],
                None => continue,
            }
        } else {
            let trimmed = line.trim_start();
            if trimmed.starts_with('[') {
                let header = trimmed.split('#').next().unwrap_or_default().trim_end();
                if header == "[[cards]]" {
                    starts.push(line_start);
                    continue;
                }
                if !starts.is_empty() {
                    return None;
                }
            }
        }
        open = scan_line(rest)?;
    }
    if open.is_some() || starts.is_empty() {
        return None;
    }
    let ends = starts.iter().skip(1).copied().chain([text.len()]);
    Some(starts.iter().zip(ends).map(|(&s, e)| s..e).collect())
}

/// Skips the strings and comment of one line (outside any multi-line string); returns the
/// delimiter of a multi-line string left open at its end, or `None` for an unclosed string.
fn scan_line(line: &str) -> Option<Option<&'static str>> {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => return Some(None),
            quote @ (b'"' | b'\'') => {
                let triple = bytes.get(i..i + 3) == Some(&[quote; 3][..]);
                let delimiter = if quote == b'"' { "\"\"\"" } else { "'''" };
                if triple {
                    match close_multiline(&line[i + 3..], delimiter) {
                        Some(end) => i += 3 + end,
                        None => return Some(Some(delimiter)),
                    }
                } else {
                    i += 1;
                    loop {
                        match bytes.get(i) {
                            None | Some(b'\n') => return None,
                            Some(b'\\') if quote == b'"' => i += 2,
                            Some(&b) if b == quote => {
                                i += 1;
                                break;
                            }
                            Some(_) => i += 1,
                        }
                    }
                }
            }
            _ => i += 1,
        }
    }
    Some(None)
}

/// The byte just past the end of a multi-line string (`"""` or `'''`, with up to two more
/// quotes belonging to the string) in `rest`, or `None` when it goes on past this line.
fn close_multiline(rest: &str, delimiter: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let quote = delimiter.as_bytes()[0];
    let mut i = 0;
    while i < bytes.len() {
        if quote == b'"' && bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        if bytes[i..].starts_with(delimiter.as_bytes()) {
            let mut end = i + 3;
            while end < bytes.len() && end < i + 5 && bytes[end] == quote {
                end += 1;
            }
            return Some(end);
        }
        i += 1;
    }
    None
}

fn read_source(
    header: Range<usize>,
    table: &DeTable<'_>,
) -> Result<(SourceDoc, TableSpans), Located> {
    let fields = Fields::read(table, SOURCE_FIELDS, None, "a [[sources]] table")?;
    let spans = fields.spans(Some(header.clone()));
    let required = |field: &str| -> Result<String, Located> {
        optional_string(&fields, None, field)?.ok_or_else(|| {
            Located::new(
                Some(header.clone()),
                "missing (each [[sources]] table needs `file` and `sha256`)",
            )
            .field(field)
        })
    };
    let file = required("file")?;
    // Hex digits are accepted in either case and stored in lower case.
    let sha256 = required("sha256")?.to_ascii_lowercase();
    Ok((SourceDoc { file, sha256 }, spans))
}

fn read_card(
    index: usize,
    header: Range<usize>,
    table: &DeTable<'_>,
) -> Result<(Card, TableSpans), Located> {
    // The id, if it is a usable string, names the card in every later message.
    let label: Option<String> = match table.get("id").map(Spanned::get_ref) {
        Some(DeValue::String(s)) if !s.is_empty() => Some(s.to_string()),
        _ => None,
    };
    let card = label.as_deref();
    let fields = Fields::read(table, CARD_FIELDS, card, "a [[cards]] table")?;
    let spans = fields.spans(Some(header.clone()));
    let missing = |field: &str, why: String| {
        Located::new(Some(header.clone()), format!("missing ({why})"))
            .card(card)
            .field(field)
    };

    let Some(id) = optional_string(&fields, card, "id")? else {
        return Err(missing(
            "id",
            format!("card {} has no id; every card needs one", index + 1),
        ));
    };
    let Some(kind_value) = fields.get("kind") else {
        return Err(missing(
            "kind",
            "expected `kind = \"question\"`, `\"cloze\"` or `\"choice\"`".to_string(),
        ));
    };
    let kind_name = expect_string(kind_value, card, "kind")?;
    let Some(kind) = CardKind::parse(&kind_name) else {
        return Err(Located::new(
            Some(kind_value.span()),
            format!("unknown kind {kind_name:?} (expected question, cloze or choice)"),
        )
        .card(card)
        .field("kind"));
    };
    let Some(prompt) = optional_string(&fields, card, "prompt")? else {
        return Err(missing("prompt", "every card needs a prompt".to_string()));
    };
    let answer = optional_string(&fields, card, "answer")?;
    let distractors = optional_strings(&fields, card, "distractors")?;
    let answer = match (kind, answer) {
        (_, Some(answer)) => answer,
        // A cloze card's answer is the text of its gap; checked with the prompt later.
        (CardKind::Cloze, None) => cloze_gap(&prompt).unwrap_or_default().to_string(),
        (kind, None) => {
            return Err(missing("answer", format!("a {kind} card needs an answer")));
        }
    };
    let distractors = match (kind, distractors) {
        (_, Some(distractors)) => distractors,
        (CardKind::Choice, None) => {
            return Err(missing(
                "distractors",
                "a choice card needs wrong options, e.g. `distractors = [\"a\", \"b\", \"c\"]`"
                    .to_string(),
            ));
        }
        (_, None) => Vec::new(),
    };
    let tags = optional_strings(&fields, card, "tags")?.unwrap_or_default();
    let source = optional_string(&fields, card, "source")?.unwrap_or_default();
    let fact = optional_string(&fields, card, "fact")?.unwrap_or_default();
    let card = Card {
        id: CardId(id),
        kind,
        prompt,
        answer,
        distractors,
        tags,
        source,
        fact,
    };
    Ok((card, spans))
}

/// Turns a rule violation found in a parsed deck into a located problem.
fn locate(deck: &Deck, spans: &DeckSpans, problem: Problem) -> Located {
    let table = match problem.at {
        At::Deck => Some(&spans.top),
        At::Source(i) => spans.sources.get(i),
        At::Card(i) => spans.cards.get(i),
    };
    let span = table.and_then(|t| t.locate(problem.field, problem.item));
    let mut message = problem.message;
    let mut first_use = None;
    if let Some(first) = problem.duplicate_of {
        match spans.cards.get(first).and_then(|t| t.locate("id", None)) {
            // The line is only known with the text: `into_error` adds it.
            Some(span) => first_use = Some(span.start),
            None => message.push_str(&format!(" (first used by card {})", first + 1)),
        }
    }
    Located {
        span,
        card: card_label(deck, &problem.at),
        // "duplicate id" names its field itself.
        field: problem
            .duplicate_of
            .is_none()
            .then(|| problem.field.to_string()),
        message,
        first_use,
    }
}

// ---------------------------------------------------------------------------------------------
// Rules shared by the loader and `validate`
// ---------------------------------------------------------------------------------------------

/// What part of the deck a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    Deck,
    Source(usize),
    Card(usize),
}

/// A broken rule in a deck, before it is given a file name and line.
#[derive(Debug)]
struct Problem {
    at: At,
    field: &'static str,
    /// The element of an array field the problem is about.
    item: Option<usize>,
    message: String,
    /// For a duplicate card id: the index of the card that used it first.
    duplicate_of: Option<usize>,
}

impl Problem {
    fn new(at: At, field: &'static str, message: impl Into<String>) -> Problem {
        Problem {
            at,
            field,
            item: None,
            message: message.into(),
            duplicate_of: None,
        }
    }

    fn item(mut self, item: usize) -> Problem {
        self.item = Some(item);
        self
    }
}

/// The id naming a card in messages, if the problem is in a card with a non-empty id.
fn card_label(deck: &Deck, at: &At) -> Option<String> {
    match at {
        At::Card(i) => deck
            .cards
            .get(*i)
            .map(|card| card.id.0.clone())
            .filter(|id| !id.is_empty()),
        _ => None,
    }
}

/// The gap text of a cloze prompt, if it has a gap at all.
fn cloze_gap(prompt: &str) -> Option<&str> {
    super::split_cloze(prompt).map(|(_, gap, _)| gap)
}

/// Text compared for sameness among a choice card's options.
fn option_key(option: &str) -> String {
    option.trim().to_lowercase()
}

/// Checks every rule of the format; returns the first problem.
fn check_deck(deck: &Deck) -> Result<(), Problem> {
    if deck.id.is_empty()
        || !deck
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    {
        return Err(Problem::new(
            At::Deck,
            "id",
            format!(
                "invalid deck id {:?} (use only a-z, 0-9, `-` and `_`, e.g. \"liver-cirrhosis\")",
                deck.id
            ),
        ));
    }
    if deck.title.trim().is_empty() {
        return Err(Problem::new(At::Deck, "title", "must not be empty"));
    }
    for (i, source) in deck.sources.iter().enumerate() {
        let at = At::Source(i);
        if source.file.trim().is_empty() {
            return Err(Problem::new(
                at,
                "file",
                format!("source {}: must not be empty", i + 1),
            ));
        }
        let hex = source.sha256.len() == 64
            && source
                .sha256
                .chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c));
        if !hex {
            return Err(Problem::new(
                at,
                "sha256",
                format!(
                    "source {} ({:?}): expected 64 lower-case hex digits, found {:?}",
                    i + 1,
                    source.file,
                    source.sha256
                ),
            ));
        }
    }
    let mut first_use: HashMap<&str, usize> = HashMap::with_capacity(deck.cards.len());
    for (i, card) in deck.cards.iter().enumerate() {
        check_card(i, card)?;
        if let Some(&first) = first_use.get(card.id.0.as_str()) {
            return Err(Problem {
                duplicate_of: Some(first),
                ..Problem::new(At::Card(i), "id", "duplicate id")
            });
        }
        first_use.insert(card.id.0.as_str(), i);
    }
    Ok(())
}

/// True when `card` keeps the deck file's rules for a card: what [`validate`] checks of a deck
/// holding only this card.
pub(crate) fn card_is_valid(card: &Card) -> bool {
    check_card(0, card).is_ok()
}

/// What is wrong with one card by the deck file's rules, as (field, message); `None` when the
/// card would load. For editors that check a card as it is typed.
pub fn card_problem(card: &Card) -> Option<(&'static str, String)> {
    check_card(0, card).err().map(|p| (p.field, p.message))
}

fn check_card(index: usize, card: &Card) -> Result<(), Problem> {
    let at = At::Card(index);
    if card.id.0.is_empty() {
        return Err(Problem::new(
            at,
            "id",
            format!("card {}: must not be empty", index + 1),
        ));
    }
    if card.id.0.chars().any(char::is_whitespace) {
        return Err(Problem::new(at, "id", "must not contain whitespace"));
    }
    if card.prompt.trim().is_empty() {
        return Err(Problem::new(at, "prompt", "must not be empty"));
    }
    match card.kind {
        CardKind::Question => {
            if card.answer.trim().is_empty() {
                return Err(Problem::new(at, "answer", "must not be empty"));
            }
            if !card.distractors.is_empty() {
                return Err(Problem::new(
                    at,
                    "distractors",
                    "a question card has no distractors (use kind = \"choice\" for multiple choice)",
                ));
            }
        }
        CardKind::Cloze => {
            check_cloze_prompt(at, &card.prompt)?;
            let gap = cloze_gap(&card.prompt).unwrap_or_default();
            if card.answer != gap {
                return Err(Problem::new(
                    at,
                    "answer",
                    format!(
                        "a cloze card's answer is the text of its gap, {gap:?}, but it is {:?} \
                         (leave `answer` out to use the gap)",
                        card.answer
                    ),
                ));
            }
            if !card.distractors.is_empty() {
                return Err(Problem::new(
                    at,
                    "distractors",
                    "a cloze card has no distractors (use kind = \"choice\" for multiple choice)",
                ));
            }
        }
        CardKind::Choice => {
            if card.answer.trim().is_empty() {
                return Err(Problem::new(at, "answer", "must not be empty"));
            }
            if card.distractors.is_empty() {
                return Err(Problem::new(
                    at,
                    "distractors",
                    "a choice card needs at least one distractor (three is typical)",
                ));
            }
            let answer = option_key(&card.answer);
            let mut seen: HashMap<String, usize> = HashMap::new();
            for (i, distractor) in card.distractors.iter().enumerate() {
                let key = option_key(distractor);
                if key.is_empty() {
                    return Err(Problem::new(
                        at,
                        "distractors",
                        format!("distractor {} is empty", i + 1),
                    )
                    .item(i));
                }
                if key == answer {
                    return Err(Problem::new(
                        at,
                        "distractors",
                        format!("distractor {} {distractor:?} is the answer", i + 1),
                    )
                    .item(i));
                }
                if let Some(first) = seen.get(&key) {
                    return Err(Problem::new(
                        at,
                        "distractors",
                        format!(
                            "distractor {} {distractor:?} repeats distractor {}",
                            i + 1,
                            first + 1
                        ),
                    )
                    .item(i));
                }
                seen.insert(key, i);
            }
        }
    }
    Ok(())
}

fn check_cloze_prompt(at: At, prompt: &str) -> Result<(), Problem> {
    let opens = prompt.matches(CLOZE_OPEN).count();
    let closes = prompt.matches(CLOZE_CLOSE).count();
    let bad = |message: String| Err(Problem::new(at, "prompt", message));
    if opens == 0 && closes == 0 {
        return bad(
            "a cloze prompt needs one gap, written {{like this}} around the answer".to_string(),
        );
    }
    if opens != 1 || closes != 1 {
        return bad(format!(
            "a cloze prompt needs exactly one {{{{...}}}} gap (found {opens} `{{{{` and \
             {closes} `}}}}`)"
        ));
    }
    let Some((before, gap, after)) = super::split_cloze(prompt) else {
        return bad("the gap's `}}` comes before its `{{`".to_string());
    };
    if gap.trim().is_empty() {
        return bad("the gap {{...}} is empty; put the answer inside it".to_string());
    }
    if before.trim().is_empty() && after.trim().is_empty() {
        return bad("the prompt is only a gap; add the text around the {{...}}".to_string());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

fn write_deck(deck: &Deck) -> String {
    let mut out = String::new();
    out.push_str(HEADER_COMMENT);
    out.push('\n');
    out.push_str(&format!("format = {FORMAT_VERSION}\n"));
    push_string(&mut out, "id", &deck.id);
    push_string(&mut out, "title", &deck.title);
    push_string(&mut out, "description", &deck.description);
    for source in &deck.sources {
        out.push_str("\n[[sources]]\n");
        push_string(&mut out, "file", &source.file);
        push_string(&mut out, "sha256", &source.sha256);
    }
    for card in &deck.cards {
        out.push_str("\n[[cards]]\n");
        push_string(&mut out, "id", &card.id.0);
        push_string(&mut out, "kind", card.kind.as_str());
        push_string(&mut out, "prompt", &card.prompt);
        // A cloze card's answer is its gap text, so it is left out; it is only written if it
        // differs (an invalid card), so that nothing is lost silently.
        let answer_is_gap =
            card.kind == CardKind::Cloze && cloze_gap(&card.prompt) == Some(card.answer.as_str());
        if !answer_is_gap {
            push_string(&mut out, "answer", &card.answer);
        }
        if card.kind == CardKind::Choice || !card.distractors.is_empty() {
            push_array(&mut out, "distractors", &card.distractors);
        }
        push_array(&mut out, "tags", &card.tags);
        push_string(&mut out, "source", &card.source);
        push_string(&mut out, "fact", &card.fact);
    }
    out
}

fn push_string(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(" = ");
    if value.contains('\n') {
        push_multiline(out, value);
    } else {
        push_basic(out, value);
    }
    out.push('\n');
}

fn push_array(out: &mut String, key: &str, values: &[String]) {
    out.push_str(key);
    out.push_str(" = [");
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_basic(out, value);
    }
    out.push_str("]\n");
}

/// `\u00XX` for a control character TOML does not allow raw in strings.
fn push_unicode_escape(out: &mut String, c: char) {
    out.push_str(&format!("\\u{:04X}", u32::from(c)));
}

/// A single-line basic string: `"..."`.
fn push_basic(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() && u32::from(c) < 0x80 => push_unicode_escape(out, c),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A multi-line basic string: `"""` and a line break (which TOML drops), then the text with its
/// line breaks as they are, then `"""`.
fn push_multiline(out: &mut String, value: &str) {
    out.push_str("\"\"\"\n");
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A quote stays raw unless it could form `"""` with the next one or the closing
            // delimiter: so no two raw quotes are ever adjacent.
            '"' => match chars.peek() {
                Some('"') | None => out.push_str("\\\""),
                Some(_) => out.push('"'),
            },
            '\\' => out.push_str("\\\\"),
            '\n' | '\t' => out.push(c),
            '\r' => out.push_str("\\r"),
            c if c.is_control() && u32::from(c) < 0x80 => push_unicode_escape(out, c),
            c => out.push(c),
        }
    }
    out.push_str("\"\"\"");
}

// ---------------------------------------------------------------------------------------------
// Saving
// ---------------------------------------------------------------------------------------------

/// Writes `bytes` to a new temporary file next to `path`, flushes it to disk, then renames it
/// over `path`. On failure, says what was being done.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), (&'static str, io::Error)> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| {
            (
                "cannot write",
                io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"),
            )
        })?;
    let (tmp_path, mut file) = create_temp(&dir, &file_name)
        .map_err(|e| ("cannot create a temporary file to write", e))?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| ("cannot write", e));
    drop(file);
    let result = written.and_then(|()| {
        fs::rename(&tmp_path, path).map_err(|e| ("cannot replace the file with its new version", e))
    });
    if result.is_err() {
        // Best effort: do not leave the temporary file behind.
        let _ = fs::remove_file(&tmp_path);
        return result;
    }
    #[cfg(unix)]
    {
        // Best effort: make the rename itself durable.
        if let Ok(dir) = fs::File::open(&dir) {
            let _ = dir.sync_all();
        }
    }
    Ok(())
}

/// Creates a fresh temporary file in `dir` named after `file_name`.
fn create_temp(dir: &Path, file_name: &str) -> io::Result<(PathBuf, fs::File)> {
    // Process id and a per-process counter: unique without reading the clock; `create_new`
    // skips a name left behind by a crash.
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let pid = std::process::id();
    let mut last_error = None;
    for attempt in 0..100u32 {
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp_path = dir.join(format!(".{file_name}.{pid}-{n}-{attempt}.tmp"));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp_path)
        {
            Ok(file) => return Ok((tmp_path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last_error = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last_error.unwrap_or_else(|| io::Error::other("no free temporary file name")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = "decks/x.toml";

    /// The example deck, exactly as `to_toml` writes it.
    const EXAMPLE: &str = r#"# factdeck deck file, format 1. Edit freely: card ids keep progress, so keep each card's id.
format = 1
id = "stem-cells-liver-cirrhosis"
title = "Stem Cell Therapy: A Viable Option for Liver Cirrhosis"
description = "Generated from stem-cells-liver-cirrhosis.txt"

[[sources]]
file = "stem-cells-liver-cirrhosis.txt"
sha256 = "ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12"

[[cards]]
id = "k3f9a1b2c4d"
kind = "question"
prompt = "What is liver cirrhosis characterized by?"
answer = "irreversible scarring and impaired liver function"
tags = ["characteristic"]
source = "Liver cirrhosis, a late-stage liver disease, is characterized by irreversible scarring and impaired liver function."
fact = "f1a2b3c4"

[[cards]]
id = "k5e6f7a8b9c"
kind = "cloze"
prompt = "Stem cells secrete {{growth factors and cytokines}} that promote liver cell proliferation."
tags = ["function"]
source = "Stem cells secrete growth factors and cytokines that promote liver cell proliferation."
fact = "f5e6f7a8"

[[cards]]
id = "k0a1b2c3d4e"
kind = "choice"
prompt = "Which toxin can cause liver toxic shock?"
answer = "acetaminophen"
distractors = ["bone marrow", "adipose tissue", "umbilical cord blood"]
tags = []
source = ""
fact = ""
"#;

    /// The top of a deck file: cards added after it start on line 7.
    const TOP: &str = "# deck\nformat = 1\nid = \"x\"\ntitle = \"X\"\ndescription = \"\"\n\n";

    fn load(text: &str) -> Result<Deck, DeckError> {
        Deck::from_toml_str(NAME, text)
    }

    /// The error message of loading `text`, which must fail.
    fn error(text: &str) -> String {
        match load(text) {
            Ok(deck) => panic!("loaded, expected an error: {deck:?}"),
            Err(err) => err.to_string(),
        }
    }

    fn assert_error(text: &str, prefix: &str, rest: &str) {
        let message = error(text);
        assert!(
            message.starts_with(prefix),
            "expected {message:?} to start with {prefix:?}"
        );
        assert!(
            message.contains(rest),
            "expected {message:?} to contain {rest:?}"
        );
    }

    fn question(id: &str) -> Card {
        Card {
            id: CardId(id.into()),
            kind: CardKind::Question,
            prompt: "Why?".into(),
            answer: "Because.".into(),
            distractors: vec![],
            tags: vec![],
            source: String::new(),
            fact: String::new(),
        }
    }

    fn example() -> Deck {
        load(EXAMPLE).unwrap()
    }

    #[test]
    fn card_is_valid_agrees_with_validate_on_a_one_card_deck() {
        let mut cards = vec![question("q1"), question(""), question("a b")];
        let mut no_prompt = question("q2");
        no_prompt.prompt = " ".into();
        cards.push(no_prompt);
        let mut cloze = question("c1");
        cloze.kind = CardKind::Cloze;
        cloze.prompt = "The {{liver}} filters blood.".into();
        cards.push(cloze.clone());
        cloze.answer = "liver".into();
        cards.push(cloze);
        let mut choice = question("m1");
        choice.kind = CardKind::Choice;
        cards.push(choice.clone());
        choice.distractors = vec!["Since.".into(), "because".into()];
        cards.push(choice.clone());
        choice.distractors = vec!["Since.".into(), "As.".into()];
        cards.push(choice);
        let verdicts: Vec<bool> = cards.iter().map(card_is_valid).collect();
        assert!(verdicts.contains(&true) && verdicts.contains(&false));
        for (card, valid) in cards.into_iter().zip(verdicts) {
            let single = Deck {
                id: "check".into(),
                title: "check".into(),
                description: String::new(),
                sources: Vec::new(),
                cards: vec![card],
            };
            assert_eq!(validate("generated", &single).is_ok(), valid, "{single:?}");
        }
    }

    #[test]
    fn example_loads_with_all_fields() {
        let deck = example();
        assert_eq!(deck.id, "stem-cells-liver-cirrhosis");
        assert_eq!(
            deck.title,
            "Stem Cell Therapy: A Viable Option for Liver Cirrhosis"
        );
        assert_eq!(deck.sources.len(), 1);
        assert_eq!(deck.cards.len(), 3);
        let cloze = &deck.cards[1];
        assert_eq!(cloze.kind, CardKind::Cloze);
        assert_eq!(cloze.answer, "growth factors and cytokines");
        let choice = &deck.cards[2];
        assert_eq!(choice.distractors.len(), 3);
        assert_eq!(deck.cards[0].tags, vec!["characteristic"]);
        assert_eq!(deck.cards[0].fact, "f1a2b3c4");
    }

    #[test]
    fn example_round_trips_byte_for_byte() {
        let deck = example();
        assert_eq!(deck.to_toml(), EXAMPLE);
        assert_eq!(load(&deck.to_toml()).unwrap(), deck);
        validate(NAME, &deck).unwrap();
    }

    #[test]
    fn windows_line_endings_and_byte_order_mark_are_accepted() {
        let crlf = EXAMPLE.replace('\n', "\r\n");
        assert_eq!(load(&crlf).unwrap(), example());
        assert_eq!(load(&format!("\u{feff}{EXAMPLE}")).unwrap(), example());
        let bad = crlf.replace("kind = \"cloze\"", "kind = \"flash\"");
        assert!(error(&bad).starts_with("decks/x.toml:22: card \"k5e6f7a8b9c\": field `kind`"));
    }

    #[test]
    fn minimal_deck_uses_defaults() {
        let deck = load("format = 1\nid = \"a_b-1\"\ntitle = \"T\"\n").unwrap();
        assert_eq!(deck.description, "");
        assert!(deck.sources.is_empty());
        assert!(deck.cards.is_empty());
        let card = load(&format!(
            "{TOP}[[cards]]\nid = \"c\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\n"
        ))
        .unwrap()
        .cards
        .remove(0);
        assert!(card.tags.is_empty() && card.source.is_empty() && card.fact.is_empty());
        assert!(card.distractors.is_empty());
    }

    #[test]
    fn tricky_strings_round_trip() {
        let mut deck = example();
        let nasty = [
            "",
            "\"",
            "\"\"",
            "\"\"\"",
            "ends with quote\"",
            "a\nb",
            "a\n\"\"\"\nb\"",
            "\n",
            "\n\n",
            "\nstarts with newline",
            "trailing backslash\\",
            "back\\nslash",
            "tab\there",
            "cr\r\nlf",
            "nul\u{0}del\u{7f}esc\u{1b}",
            "# not a comment",
            "[[cards]]",
            "line\n[[cards]]\nid = \"x\"",
            "unicode é ✓ \u{2028} \u{feff} \u{85}",
            "'single' '''triple'''",
        ];
        for (i, s) in nasty.iter().enumerate() {
            deck.description = s.to_string();
            deck.cards[0].source = s.to_string();
            deck.cards[0].fact = s.to_string();
            deck.cards[0].tags = vec![s.to_string(), format!("{s}{i}")];
            deck.cards[0].answer = format!("{s}x");
            let text = deck.to_toml();
            let back = load(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
            assert_eq!(back, deck, "{text}");
            assert_eq!(back.to_toml(), text);
        }
    }

    /// Parsed a card at a time (as large files are) and whole: the same deck, or the same error.
    fn same_both_ways(text: &str) {
        let whole = parse_deck_with(text, usize::MAX).map_err(|e| e.into_error("x", text));
        let chunked = parse_deck_with(text, 0).map_err(|e| e.into_error("x", text));
        assert_eq!(
            whole.as_ref().map_err(ToString::to_string),
            chunked.as_ref().map_err(ToString::to_string),
            "{text}"
        );
    }

    #[test]
    fn large_files_parsed_a_card_at_a_time_give_the_same_deck_and_errors() {
        let mut deck = example();
        for s in [
            "\"\"\"",
            "a\n\"\"\"\nb\"",
            "line\n[[cards]]\nid = \"x\"",
            "'single' '''triple'''\n[[cards]]",
            "# not a comment\n[x]",
            "back\\\"slash\\",
        ] {
            deck.cards[0].source = s.to_string();
            deck.cards[1].prompt = format!("{s}?");
            let text = deck.to_toml();
            assert_eq!(card_chunks(&text).map(|c| c.len()), Some(deck.cards.len()));
            same_both_ways(&text);
        }
        let text = example().to_toml();
        // Hand-written layouts: literal and multi-line strings holding headers, comments.
        let edits = [
            text.replacen("[[cards]]", "[[cards]] # first", 1),
            text.replacen("prompt = ", "note = '''\n[[cards]]\n'''\nprompt = ", 1),
            text.replacen("prompt = ", "# [[cards]] \"\"\" \nprompt = ", 1),
            text.replacen("prompt = ", "prompt = '''a\n[[cards]]''' #", 1),
            text.replacen("prompt = ", "prompt = \"\"\"\n[[cards]]\\\"\"\"\"\"\n", 1),
            // Errors: on the right line either way.
            text.replacen("prompt = ", "prompt = 1\nx = ", 1),
            format!(
                "{text}\n[[cards]]\nid = \"dup\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\n[[cards]]\nid = \"dup\"\nkind = \"question\"\nprompt = \"q\"\nanswer = \"b\"\n"
            ),
            format!("{text}\n[[cards]]\nid = \"broken\nkind = 1\n"),
            format!("{text}\n[extra]\nk = 1\n"),
            format!("cards = []\n{text}"),
            text.replacen("prompt = \"", "prompt = \"unclosed\nx = \"", 1),
        ];
        for edited in &edits {
            same_both_ways(edited);
        }
    }

    #[test]
    fn multiline_strings_are_readable() {
        let mut deck = example();
        deck.cards[0].source = "First line.\nSecond \"line\".".into();
        let text = deck.to_toml();
        assert!(
            text.contains("source = \"\"\"\nFirst line.\nSecond \"line\".\"\"\"\n"),
            "{text}"
        );
        deck.cards[0].source = "Say \"\"\"hi\"\nto \"me\"".into();
        let text = deck.to_toml();
        assert!(
            text.contains("source = \"\"\"\nSay \\\"\\\"\"hi\"\nto \"me\\\"\"\"\"\n"),
            "{text}"
        );
    }

    #[test]
    fn syntax_error_names_file_and_line() {
        let text = "format = 1\nid = \"x\"\ntitle = \"unterminated\n";
        assert_error(text, "decks/x.toml:3: TOML syntax: ", "");
        assert_error(
            "format = 1\nformat = 1\n",
            "decks/x.toml:2: TOML syntax: ",
            "duplicate",
        );
    }

    #[test]
    fn format_is_checked_first() {
        assert_error(
            "format = 2\nid = \"x\"\ntitle = \"X\"\nnew_field = 1\n",
            "decks/x.toml:1: field `format`: ",
            "written by a newer factdeck",
        );
        assert_error(
            "id = \"x\"\ntitle = \"X\"\n",
            "decks/x.toml: field `format`: ",
            "missing",
        );
        assert_error(
            "id = \"x\"\nformat = \"1\"\n",
            "decks/x.toml:2: field `format`: ",
            "expected an integer",
        );
        assert_error(
            "format = 0\n",
            "decks/x.toml:1: field `format`: ",
            "unsupported format 0",
        );
        assert_error("format = 99999999999999999999\n", "decks/x.toml:1:", "");
    }

    #[test]
    fn deck_fields_are_checked() {
        assert_error(
            "format = 1\nid = \"Bad Id\"\ntitle = \"X\"\n",
            "decks/x.toml:2: field `id`: ",
            "invalid deck id \"Bad Id\"",
        );
        assert_error(
            "format = 1\nid = \"\"\ntitle = \"X\"\n",
            "decks/x.toml:2: field `id`: ",
            "invalid deck id",
        );
        assert_error(
            "format = 1\nid = \"x\"\ntitle = \"  \"\n",
            "decks/x.toml:3: field `title`: ",
            "must not be empty",
        );
        assert_error(
            "format = 1\nid = \"x\"\n",
            "decks/x.toml: field `title`: ",
            "missing",
        );
        assert_error(
            "format = 1\ntitle = \"X\"\n",
            "decks/x.toml: field `id`: ",
            "missing",
        );
        assert_error(
            "format = 1\nid = \"x\"\ntitle = 3\n",
            "decks/x.toml:3: field `title`: ",
            "expected a string, found an integer",
        );
        assert_error(
            "format = 1\nid = \"x\"\ntitle = \"X\"\n\n[extra]\na = 1\n",
            "decks/x.toml:5: ",
            "unknown field `extra`",
        );
        assert_error(
            "format = 1\nid = \"x\"\ntitel = \"X\"\n",
            "decks/x.toml:3: ",
            "unknown field `titel` in the deck (did you mean `title`?)",
        );
    }

    #[test]
    fn sources_are_checked() {
        let bad_hash = format!("{TOP}[[sources]]\nfile = \"a.txt\"\nsha256 = \"abc\"\n");
        assert_error(
            &bad_hash,
            "decks/x.toml:9: field `sha256`: ",
            "expected 64 lower-case hex digits",
        );
        let no_file = format!("{TOP}[[sources]]\nsha256 = \"{}\"\n", "0".repeat(64));
        assert_error(&no_file, "decks/x.toml:7: field `file`: ", "missing");
        let empty_file = format!(
            "{TOP}[[sources]]\nfile = \"\"\nsha256 = \"{}\"\n",
            "0".repeat(64)
        );
        assert_error(
            &empty_file,
            "decks/x.toml:8: field `file`: ",
            "must not be empty",
        );
        let typo = format!("{TOP}[[sources]]\nfile = \"a\"\nsha = \"0\"\n");
        assert_error(&typo, "decks/x.toml:9: ", "unknown field `sha`");
        let table = format!("{TOP}[sources]\nfile = \"a\"\n");
        assert_error(
            &table,
            "decks/x.toml:7: field `sources`: ",
            "expected [[sources]]",
        );
        let upper = format!(
            "{TOP}[[sources]]\nfile = \"a\"\nsha256 = \"{}\"\n",
            "AB".repeat(32)
        );
        assert_eq!(load(&upper).unwrap().sources[0].sha256, "ab".repeat(32));
    }

    /// A deck whose single card (starting on line 7) has these lines.
    fn one_card(lines: &str) -> String {
        format!("{TOP}[[cards]]\n{lines}")
    }

    #[test]
    fn unknown_kind_lists_valid_kinds() {
        let text = one_card("id = \"k12\"\nkind = \"flash\"\nprompt = \"p\"\n");
        assert_eq!(
            error(&text),
            "decks/x.toml:9: card \"k12\": field `kind`: unknown kind \"flash\" \
             (expected question, cloze or choice)"
        );
        let missing = one_card("id = \"k12\"\nprompt = \"p\"\n");
        assert_error(
            &missing,
            "decks/x.toml:7: card \"k12\": field `kind`: ",
            "missing",
        );
    }

    #[test]
    fn duplicate_id_names_both_lines() {
        let text = format!(
            "{TOP}[[cards]]\nid = \"k12\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\n\n\
             [[cards]]\nid = \"k12\"\nkind = \"question\"\nprompt = \"q\"\nanswer = \"b\"\n"
        );
        assert_eq!(
            error(&text),
            "decks/x.toml:14: card \"k12\": duplicate id (first used on line 8)"
        );
    }

    #[test]
    fn unknown_card_field_is_a_typo_error() {
        let text = one_card("id = \"k1\"\nkind = \"question\"\npromt = \"p\"\nanswer = \"a\"\n");
        assert_eq!(
            error(&text),
            "decks/x.toml:10: card \"k1\": unknown field `promt` in a [[cards]] table \
             (did you mean `prompt`?)"
        );
        let far = one_card("id = \"k1\"\nzzzzzz = 1\n");
        assert_error(
            &far,
            "decks/x.toml:9: card \"k1\": ",
            "expected `id`, `kind`",
        );
    }

    #[test]
    fn card_ids_are_checked() {
        assert_error(
            &one_card("kind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\n"),
            "decks/x.toml:7: field `id`: ",
            "card 1 has no id",
        );
        assert_error(
            &one_card("id = \"\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\n"),
            "decks/x.toml:8: field `id`: ",
            "card 1: must not be empty",
        );
        assert_error(
            &one_card("id = \"k 1\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\n"),
            "decks/x.toml:8: card \"k 1\": field `id`: ",
            "whitespace",
        );
        assert_error(
            &one_card("id = 7\nkind = \"question\"\n"),
            "decks/x.toml:8: field `id`: ",
            "expected a string",
        );
    }

    #[test]
    fn prompts_are_required() {
        assert_error(
            &one_card("id = \"k1\"\nkind = \"question\"\nanswer = \"a\"\n"),
            "decks/x.toml:7: card \"k1\": field `prompt`: ",
            "missing",
        );
        assert_error(
            &one_card("id = \"k1\"\nkind = \"question\"\nprompt = \" \"\nanswer = \"a\"\n"),
            "decks/x.toml:10: card \"k1\": field `prompt`: ",
            "must not be empty",
        );
    }

    #[test]
    fn question_cards_are_checked() {
        assert_error(
            &one_card("id = \"k1\"\nkind = \"question\"\nprompt = \"p\"\n"),
            "decks/x.toml:7: card \"k1\": field `answer`: ",
            "missing (a question card needs an answer)",
        );
        assert_error(
            &one_card("id = \"k1\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"\"\n"),
            "decks/x.toml:11: card \"k1\": field `answer`: ",
            "must not be empty",
        );
        assert_error(
            &one_card(
                "id = \"k1\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\n\
                 distractors = [\"b\"]\n",
            ),
            "decks/x.toml:12: card \"k1\": field `distractors`: ",
            "a question card has no distractors",
        );
        // An empty list is allowed.
        load(&one_card(
            "id = \"k1\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\ndistractors = []\n",
        ))
        .unwrap();
    }

    fn cloze(prompt: &str, answer: Option<&str>) -> String {
        let mut lines = format!("id = \"k1\"\nkind = \"cloze\"\nprompt = {prompt:?}\n");
        if let Some(answer) = answer {
            lines.push_str(&format!("answer = {answer:?}\n"));
        }
        one_card(&lines)
    }

    #[test]
    fn cloze_cards_are_checked() {
        let at = "decks/x.toml:10: card \"k1\": field `prompt`: ";
        assert_error(&cloze("no gap", None), at, "needs one gap");
        assert_error(&cloze("{{a}} and {{b}}", None), at, "exactly one");
        assert_error(&cloze("a {{b}} }}", None), at, "exactly one");
        assert_error(&cloze("a }}b{{", None), at, "comes before");
        assert_error(&cloze("a {{ }} b", None), at, "empty");
        assert_error(&cloze(" {{all}} ", None), at, "only a gap");
        assert_error(
            &cloze("Cells secrete {{growth factors}}.", Some("cytokines")),
            "decks/x.toml:11: card \"k1\": field `answer`: ",
            "\"growth factors\"",
        );
        let deck = load(&cloze("Cells secrete {{growth factors}}.", None)).unwrap();
        assert_eq!(deck.cards[0].answer, "growth factors");
        let same = load(&cloze(
            "Cells secrete {{growth factors}}.",
            Some("growth factors"),
        ))
        .unwrap();
        assert_eq!(same, deck);
        assert!(!deck.to_toml().contains("answer"));
        assert_error(
            &one_card(
                "id = \"k1\"\nkind = \"cloze\"\nprompt = \"a {{b}}\"\ndistractors = [\"c\"]\n",
            ),
            "decks/x.toml:11: card \"k1\": field `distractors`: ",
            "no distractors",
        );
    }

    fn choice(distractors: Option<&str>) -> String {
        let mut lines =
            "id = \"k1\"\nkind = \"choice\"\nprompt = \"Which?\"\nanswer = \"Right\"\n".to_string();
        if let Some(d) = distractors {
            lines.push_str(&format!("distractors = {d}\n"));
        }
        one_card(&lines)
    }

    #[test]
    fn choice_cards_are_checked() {
        let at = "decks/x.toml:12: card \"k1\": field `distractors`: ";
        assert_error(
            &choice(None),
            "decks/x.toml:7: card \"k1\": field `distractors`: ",
            "missing",
        );
        assert_error(&choice(Some("[]")), at, "at least one");
        assert_error(&choice(Some("[\"a\", \" \"]")), at, "distractor 2 is empty");
        assert_error(
            &choice(Some("[\"Wrong\", \" wrong \"]")),
            at,
            "distractor 2 \" wrong \" repeats distractor 1",
        );
        assert_error(&choice(Some("[\"a\", \"right\"]")), at, "is the answer");
        assert_error(&choice(Some("\"a\"")), at, "expected an array of strings");
        assert_error(&choice(Some("[\"a\", 1]")), at, "entry 2 must be a string");
        assert_error(
            &one_card("id = \"k1\"\nkind = \"choice\"\nprompt = \"p\"\ndistractors = [\"a\"]\n"),
            "decks/x.toml:7: card \"k1\": field `answer`: ",
            "missing",
        );
        let deck = load(&choice(Some("[\"a\", \"b\", \"c\"]"))).unwrap();
        assert_eq!(deck.cards[0].distractors, vec!["a", "b", "c"]);
    }

    #[test]
    fn optional_card_fields_are_type_checked() {
        assert_error(
            &one_card(
                "id = \"k1\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\ntags = \"t\"\n",
            ),
            "decks/x.toml:12: card \"k1\": field `tags`: ",
            "expected an array of strings",
        );
        assert_error(
            &one_card(
                "id = \"k1\"\nkind = \"question\"\nprompt = \"p\"\nanswer = \"a\"\nfact = 1.5\n",
            ),
            "decks/x.toml:12: card \"k1\": field `fact`: ",
            "found a float",
        );
        assert_error(
            &format!("{TOP}cards = [1]\n"),
            "decks/x.toml:7: field `cards`: ",
            "must be a table",
        );
    }

    #[test]
    fn inline_tables_are_accepted() {
        let text = format!(
            "{TOP}cards = [{{ id = \"k1\", kind = \"question\", prompt = \"p\", answer = \"a\" }}]\n"
        );
        assert_eq!(load(&text).unwrap().cards.len(), 1);
    }

    #[test]
    fn validate_names_card_and_field() {
        let mut deck = example();
        deck.cards[2].distractors.push("Acetaminophen".into());
        let err = validate("in memory", &deck).unwrap_err();
        assert_eq!(err.line, None);
        assert_eq!(err.card.as_deref(), Some("k0a1b2c3d4e"));
        assert_eq!(err.field.as_deref(), Some("distractors"));
        assert!(
            err.to_string()
                .starts_with("in memory: card \"k0a1b2c3d4e\": field `distractors`: distractor 4")
        );

        let mut deck = example();
        deck.cards.push(question("k3f9a1b2c4d"));
        assert_eq!(
            validate("in memory", &deck).unwrap_err().to_string(),
            "in memory: card \"k3f9a1b2c4d\": duplicate id (first used by card 1)"
        );

        let mut deck = example();
        deck.cards[1].answer = "other".into();
        let err = validate("m", &deck).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("answer"));

        let mut deck = example();
        deck.sources[0].sha256 = "AB".repeat(32);
        assert_eq!(
            validate("m", &deck).unwrap_err().field.as_deref(),
            Some("sha256")
        );

        let mut deck = example();
        deck.cards[0].distractors = vec!["x".into()];
        assert_eq!(
            validate("m", &deck).unwrap_err().field.as_deref(),
            Some("distractors")
        );
    }

    #[test]
    fn save_and_load_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deck.toml");
        let deck = example();
        deck.save(&path).unwrap();
        assert_eq!(Deck::load(&path).unwrap(), deck);
        assert_eq!(fs::read_to_string(&path).unwrap(), EXAMPLE);
        // Overwriting works, and leaves no temporary files behind.
        let mut changed = deck.clone();
        changed.title = "Changed".into();
        changed.save(&path).unwrap();
        assert_eq!(Deck::load(&path).unwrap(), changed);
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn save_refuses_an_invalid_deck() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deck.toml");
        let mut deck = example();
        deck.title.clear();
        let err = deck.save(&path).unwrap_err();
        assert!(err.to_string().contains("deck.toml"));
        assert_eq!(err.field.as_deref(), Some("title"));
        assert!(!path.exists());
    }

    #[test]
    fn save_into_a_missing_folder_fails_with_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope").join("deck.toml");
        let err = example().save(&path).unwrap_err();
        assert_eq!(err.io_kind, Some(io::ErrorKind::NotFound));
        assert!(err.to_string().contains("deck.toml"));
    }

    #[test]
    fn load_reports_missing_file_and_bad_utf8() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing.toml");
        let err = Deck::load(&path).unwrap_err();
        assert_eq!(err.io_kind, Some(io::ErrorKind::NotFound));
        assert!(err.to_string().starts_with(&path.display().to_string()));

        let path = dir.path().join("latin1.toml");
        fs::write(&path, b"format = 1\nid = \"x\"\ntitle = \"caf\xe9\"\n").unwrap();
        let err = Deck::load(&path).unwrap_err();
        assert_eq!(err.line, Some(3));
        let shown = err.to_string();
        assert!(
            shown.starts_with(&format!("{}:3: ", path.display())),
            "{shown}"
        );
        assert!(shown.contains("not UTF-8 text"), "{shown}");

        let path = dir.path().join("bad.toml");
        fs::write(&path, "format = 1\nid = \"x\"\ntitle = \"\"\n").unwrap();
        let err = Deck::load(&path).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("{}:3: field `title`", path.display()))
        );
    }

    #[test]
    fn to_toml_is_deterministic_and_keeps_invalid_data_visible() {
        let deck = example();
        assert_eq!(deck.to_toml(), deck.clone().to_toml());
        let mut bad = deck.clone();
        bad.cards[1].answer = "not the gap".into();
        assert!(bad.to_toml().contains("answer = \"not the gap\""));
        assert!(load(&bad.to_toml()).is_err());
    }

    #[test]
    fn edit_distance_works() {
        assert_eq!(edit_distance("promt", "prompt"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(suggest("distractor", CARD_FIELDS), Some("distractors"));
        assert_eq!(suggest("zzzzzz", CARD_FIELDS), None);
    }
}
