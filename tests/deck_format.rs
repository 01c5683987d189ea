//! Properties of the deck file format: saving then loading gives back the same deck exactly,
//! and no input, however broken, makes the loader panic.

use factdeck::deck::format::validate;
use factdeck::deck::{Card, CardId, CardKind, Deck, SourceDoc, split_cloze};
use proptest::prelude::*;
use proptest::sample::Index;

/// Pieces that are hard for a TOML writer: quotes, escapes, line breaks, comment marks.
const TRICKY: &[&str] = &[
    "\"",
    "\"\"",
    "\"\"\"",
    "'''",
    "'",
    "\\",
    "\\n",
    "\\u0041",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "#",
    " # comment",
    "[[cards]]",
    "id = \"x\"",
    "=",
    " ",
    "é✓",
    "\u{0}",
    "\u{7f}",
    "\u{1b}",
    "\u{feff}",
    "\u{2028}",
    "{",
    "}",
];

/// Arbitrary text, biased towards characters that need care when written as TOML.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(TRICKY).prop_map(str::to_string),
                "[a-zA-Z ]{1,6}",
            ],
            0..8,
        )
        .prop_map(|pieces| pieces.concat()),
    ]
}

/// Text with at least one visible character.
fn visible_text() -> impl Strategy<Value = String> {
    (text(), "[A-Za-z0-9.?]", text()).prop_map(|(a, b, c)| format!("{a}{b}{c}"))
}

/// Removes `{{` and `}}` so the text can sit inside or around a cloze gap.
fn without_gap_marks(mut s: String) -> String {
    loop {
        let next = s.replace("{{", "{").replace("}}", "}");
        if next == s {
            return s;
        }
        s = next;
    }
}

/// A card of any kind with a placeholder id (ids are assigned per deck).
fn card() -> impl Strategy<Value = Card> {
    let extras = || (prop::collection::vec(text(), 0..4), text(), text());
    let question = (visible_text(), visible_text(), extras()).prop_map(
        |(prompt, answer, (tags, source, fact))| Card {
            id: CardId(String::new()),
            kind: CardKind::Question,
            prompt,
            answer,
            distractors: Vec::new(),
            tags,
            source,
            fact,
        },
    );
    let cloze = (
        text().prop_map(without_gap_marks),
        "[A-Za-z0-9.]",
        visible_text().prop_map(without_gap_marks),
        text().prop_map(without_gap_marks),
        extras(),
    )
        .prop_map(|(before, mark, gap, after, (tags, source, fact))| {
            let prompt = format!("{before}{mark}{{{{{gap}}}}}{after}");
            // The stored answer is the gap as the format reads it (joining the pieces can, rarely,
            // shift the gap; such decks are filtered out below if they break a rule).
            let answer = split_cloze(&prompt).map_or(gap, |(_, g, _)| g.to_string());
            Card {
                id: CardId(String::new()),
                kind: CardKind::Cloze,
                prompt,
                answer,
                distractors: Vec::new(),
                tags,
                source,
                fact,
            }
        });
    let choice = (
        visible_text(),
        visible_text(),
        prop::collection::vec(visible_text(), 1..5),
        extras(),
    )
        .prop_map(|(prompt, answer, distractors, (tags, source, fact))| Card {
            id: CardId(String::new()),
            kind: CardKind::Choice,
            prompt,
            answer,
            distractors,
            tags,
            source,
            fact,
        });
    prop_oneof![question, cloze, choice]
}

/// A deck that passes `validate`: 0..20 cards of all kinds with arbitrary text.
fn deck() -> impl Strategy<Value = Deck> {
    (
        "[a-z0-9_-]{1,24}",
        visible_text(),
        text(),
        prop::collection::vec((visible_text(), "[0-9a-f]{64}"), 0..3),
        prop::collection::vec((card(), "[^\\s]{0,8}"), 0..20),
    )
        .prop_map(|(id, title, description, sources, cards)| Deck {
            id,
            title,
            description,
            sources: sources
                .into_iter()
                .map(|(file, sha256)| SourceDoc { file, sha256 })
                .collect(),
            cards: cards
                .into_iter()
                .enumerate()
                .map(|(i, (mut card, suffix))| {
                    // `k<number>-` makes ids unique whatever the suffix holds.
                    card.id = CardId(format!("k{i}-{suffix}"));
                    card
                })
                .collect(),
        })
        .prop_filter("deck must be valid", |deck| {
            validate("generated", deck).is_ok()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn to_toml_then_from_toml_str_gives_the_same_deck(deck in deck()) {
        let text = deck.to_toml();
        let back = Deck::from_toml_str("deck.toml", &text);
        prop_assert!(back.is_ok(), "{:?}\n{}", back, text);
        let back = back.unwrap();
        prop_assert_eq!(&back, &deck);
        prop_assert_eq!(back.to_toml(), text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn save_then_load_gives_the_same_deck(deck in deck()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deck.toml");
        deck.save(&path).unwrap();
        prop_assert_eq!(Deck::load(&path).unwrap(), deck.clone());
        // Saving over an existing file works too and leaves only the deck file.
        deck.save(&path).unwrap();
        prop_assert_eq!(Deck::load(&path).unwrap(), deck);
        prop_assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("junk.toml");
        std::fs::write(&path, &bytes).unwrap();
        if let Err(err) = Deck::load(&path) {
            prop_assert!(err.to_string().starts_with(&path.display().to_string()));
        }
    }
}

/// Whatever the loader accepts is a valid deck that itself round-trips; whatever it rejects
/// is reported against the file, on a line that exists.
fn check_loader_outcome(text: &str) -> Result<(), TestCaseError> {
    match Deck::from_toml_str("in.toml", text) {
        Ok(deck) => {
            prop_assert!(validate("in.toml", &deck).is_ok(), "{:?}", deck);
            let again = Deck::from_toml_str("again.toml", &deck.to_toml());
            prop_assert_eq!(again.ok(), Some(deck));
        }
        Err(err) => {
            prop_assert_eq!(&err.file, "in.toml");
            prop_assert!(err.to_string().starts_with("in.toml"));
            if let Some(line) = err.line {
                prop_assert!(line >= 1 && line <= text.split('\n').count(), "{}", err);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_the_loader(text in any::<String>()) {
        check_loader_outcome(&text)?;
    }

    #[test]
    fn arbitrary_lossy_bytes_never_panic_the_loader(
        bytes in prop::collection::vec(any::<u8>(), 0..400)
    ) {
        check_loader_outcome(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn arbitrary_toml_never_panics_the_loader(table in toml_table()) {
        if let Ok(text) = toml::to_string(&table) {
            check_loader_outcome(&text)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn mutated_deck_files_never_panic_the_loader(
        deck in deck(),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let mut lines: Vec<String> = deck.to_toml().lines().map(str::to_string).collect();
        for e in &edits {
            apply(&mut lines, e);
        }
        check_loader_outcome(&lines.join("\n"))?;
    }
}

/// Lines worth inserting into a deck file: fragments of valid and nearly valid decks.
const LINES: &[&str] = &[
    "[[cards]]",
    "[[sources]]",
    "[cards]",
    "id = \"k0-\"",
    "id = \"\"",
    "kind = \"question\"",
    "kind = \"cloze\"",
    "kind = \"choice\"",
    "kind = \"flash\"",
    "prompt = \"a {{b}} c\"",
    "prompt = \"{{b}}\"",
    "answer = \"b\"",
    "answer = 1",
    "distractors = [\"x\", \"y\"]",
    "distractors = []",
    "tags = [1, \"a\"]",
    "format = 2",
    "format = 1",
    "promt = \"typo\"",
    "\"\"\"",
    "x = \"\"\"",
    "#",
    "",
    "sha256 = \"00\"",
];

/// One edit to a deck file's lines.
#[derive(Debug, Clone)]
enum Edit {
    Delete(Index),
    Duplicate(Index),
    Swap(Index, Index),
    Insert(Index, String),
    Replace(Index, String),
    Truncate(Index, Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    let line = || {
        prop_oneof![
            3 => prop::sample::select(LINES).prop_map(str::to_string),
            1 => text(),
        ]
    };
    prop_oneof![
        2 => any::<Index>().prop_map(Edit::Delete),
        1 => any::<Index>().prop_map(Edit::Duplicate),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::Swap(a, b)),
        2 => (any::<Index>(), line()).prop_map(|(at, line)| Edit::Insert(at, line)),
        4 => (any::<Index>(), line()).prop_map(|(at, line)| Edit::Replace(at, line)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::Truncate(a, b)),
    ]
}

fn apply(lines: &mut Vec<String>, edit: &Edit) {
    if lines.is_empty() {
        if let Edit::Insert(_, line) = edit {
            lines.push(line.clone());
        }
        return;
    }
    match edit {
        Edit::Delete(at) => {
            lines.remove(at.index(lines.len()));
        }
        Edit::Duplicate(at) => {
            let i = at.index(lines.len());
            let line = lines[i].clone();
            lines.insert(i, line);
        }
        Edit::Swap(a, b) => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
        }
        Edit::Insert(at, line) => {
            let i = at.index(lines.len() + 1);
            lines.insert(i, line.clone());
        }
        Edit::Replace(at, line) => {
            let i = at.index(lines.len());
            lines[i] = line.clone();
        }
        Edit::Truncate(at, cut) => {
            let i = at.index(lines.len());
            let line = &mut lines[i];
            let chars = line.chars().count();
            let keep = cut.index(chars + 1);
            *line = line.chars().take(keep).collect();
        }
    }
}

/// A value of any TOML type, nested a little.
fn toml_value() -> impl Strategy<Value = toml::Value> {
    let leaf = prop_oneof![
        text().prop_map(toml::Value::String),
        prop::sample::select(vec![-1i64, 0, 1, 2, i64::MAX]).prop_map(toml::Value::Integer),
        any::<i64>().prop_map(toml::Value::Integer),
        any::<bool>().prop_map(toml::Value::Boolean),
        any::<f64>().prop_map(toml::Value::Float),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(toml::Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|map| toml::Value::Table(map.into_iter().collect())),
        ]
    })
}

fn string(s: impl Strategy<Value = String>) -> impl Strategy<Value = toml::Value> {
    s.prop_map(toml::Value::String)
}

fn strings(s: impl Strategy<Value = String>) -> impl Strategy<Value = toml::Value> {
    prop::collection::vec(s.prop_map(toml::Value::String), 0..4).prop_map(toml::Value::Array)
}

/// A field's value: usually a plausible one, sometimes missing, sometimes of any type.
fn field(
    name: &'static str,
    plausible: impl Strategy<Value = toml::Value>,
) -> impl Strategy<Value = Option<(String, toml::Value)>> {
    prop_oneof![
        12 => plausible.prop_map(move |v| Some((name.to_string(), v))),
        1 => Just(None),
        1 => toml_value().prop_map(move |v| Some((name.to_string(), v))),
    ]
}

/// Now and then, a key the format does not know.
fn stray_field() -> impl Strategy<Value = Option<(String, toml::Value)>> {
    prop_oneof![
        16 => Just(None),
        1 => (
            prop_oneof![Just("promt".to_string()), any::<String>()],
            toml_value()
        )
            .prop_map(Some),
    ]
}

fn table(fields: Vec<Option<(String, toml::Value)>>) -> toml::Table {
    fields.into_iter().flatten().collect()
}

/// Short texts that make valid and invalid card fields.
fn card_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "a {{b}} c",
            "{{b}}",
            "a {{}} c",
            "a {{b}} {{c}}",
            "b",
            "B ",
            "x",
            "",
            " ",
        ])
        .prop_map(str::to_string),
        text(),
    ]
}

fn toml_card() -> impl Strategy<Value = toml::Value> {
    let kind = prop::sample::select(vec!["question", "cloze", "choice", "flash"])
        .prop_map(|k| toml::Value::String(k.to_string()));
    (
        field(
            "id",
            string(prop::sample::select(vec!["k1", "k2", "k 3", ""]).prop_map(str::to_string)),
        ),
        field("kind", kind),
        field("prompt", string(card_text())),
        field("answer", string(card_text())),
        field("distractors", strings(card_text())),
        field("tags", strings(text())),
        field("source", string(text())),
        field("fact", string(text())),
        stray_field(),
    )
        .prop_map(|(a, b, c, d, e, f, g, h, i)| {
            toml::Value::Table(table(vec![a, b, c, d, e, f, g, h, i]))
        })
}

fn toml_source() -> impl Strategy<Value = toml::Value> {
    (
        field("file", string(card_text())),
        field(
            "sha256",
            string(prop_oneof!["[0-9a-fA-F]{64}", "[0-9a-f]{0,70}"]),
        ),
        stray_field(),
    )
        .prop_map(|(a, b, c)| toml::Value::Table(table(vec![a, b, c])))
}

/// A TOML document shaped like a deck, with every field now and then missing, of the wrong
/// type or broken, and now and then an unknown key.
fn toml_table() -> impl Strategy<Value = toml::Table> {
    (
        field(
            "format",
            prop::sample::select(vec![1i64, 1, 1, 1, 1, 1, 2, 0]).prop_map(toml::Value::Integer),
        ),
        field("id", string("[a-z0-9_-]{0,8}|[A-Z ]{1,3}")),
        field("title", string(card_text())),
        field("description", string(text())),
        field(
            "sources",
            prop::collection::vec(toml_source(), 0..3).prop_map(toml::Value::Array),
        ),
        field(
            "cards",
            prop::collection::vec(toml_card(), 0..6).prop_map(toml::Value::Array),
        ),
        stray_field(),
    )
        .prop_map(|(a, b, c, d, e, f, g)| table(vec![a, b, c, d, e, f, g]))
}
