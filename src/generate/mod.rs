//! The deck generator: documents in, a ranked, de-duplicated deck out.
//!
//! Pipeline: [`extract`] (file bytes -> text blocks) -> [`normalize`] (white space, soft hyphens,
//! quotes, ligatures) -> [`sentences`] (abbreviation-aware splitting) -> [`facts`] (definitions,
//! causes, lists, acronyms...) -> [`cards`] (questions, clozes, multiple choice) -> [`rank`]
//! (scoring, de-duplication, density cap).
//!
//! The pipeline touches no file system and no clock: callers pass file names and bytes in, and
//! the same input always gives a byte-identical deck.

pub mod cards;
pub mod extract;
pub mod facts;
pub mod lexicon;
pub mod normalize;
pub mod rank;
pub mod sentences;

use sha2::{Digest, Sha256};

use crate::deck::{Card, CardId, Deck, SourceDoc, fnv1a64, slugify};
use cards::Sentence;
use extract::{BlockKind, ExtractError};
pub use rank::RankOptions;

/// One input document: its file name (for the extension and for errors) and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    /// The file name or path as the user gave it.
    pub name: &'a str,
    /// The file's contents.
    pub bytes: &'a [u8],
}

/// What the caller can choose about a generated deck.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// The deck title; when `None`, the first heading of the first document, else its file name.
    pub title: Option<String>,
    /// The ranker's knobs.
    pub rank: RankOptions,
}

/// Why a deck could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// No documents were given.
    #[error("no documents given")]
    NoDocuments,
    /// A document could not be read.
    #[error(transparent)]
    Extract(#[from] ExtractError),
    /// A document holds no sentence to make a card from.
    #[error(
        "nothing to ask about was found in \"{file}\": it has headings but no sentences to \
         make cards from"
    )]
    NoSentences {
        /// The file name.
        file: String,
    },
}

/// Generates a deck from documents. Deterministic: the same input gives the same deck.
pub fn generate(documents: &[Document<'_>], options: &Options) -> Result<Deck, GenerateError> {
    if documents.is_empty() {
        return Err(GenerateError::NoDocuments);
    }
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut first_heading: Option<String> = None;
    let mut sources = Vec::new();
    let mut paragraph = 0usize;
    for doc in documents {
        let blocks = extract::extract(doc.name, doc.bytes)?;
        let before = sentences.len();
        for block in blocks {
            match block.kind {
                BlockKind::Heading => {
                    if first_heading.is_none() {
                        first_heading = Some(block.text);
                    }
                }
                BlockKind::Paragraph | BlockKind::ListItem => {
                    for (position, text) in
                        sentences::sentences_of(&block.text).into_iter().enumerate()
                    {
                        sentences.push(Sentence {
                            text,
                            paragraph,
                            position,
                        });
                    }
                    paragraph += 1;
                }
            }
        }
        if sentences.len() == before {
            return Err(GenerateError::NoSentences {
                file: doc.name.to_owned(),
            });
        }
        sources.push(SourceDoc {
            file: file_name(doc.name),
            sha256: hex(&Sha256::digest(doc.bytes)),
        });
    }
    let title = options
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or(first_heading)
        .unwrap_or_else(|| extract::file_stem(documents[0].name));
    let total_words: usize = sentences.iter().map(|s| cards::word_count(&s.text)).sum();

    // About one candidate and a quarter per sentence: allocated once, not grown by copying.
    let mut candidates = Vec::with_capacity(sentences.len() + sentences.len() / 4);
    let mut writer = cards::CardWriter::default();
    for (i, sentence) in sentences.iter().enumerate() {
        let previous = i
            .checked_sub(1)
            .and_then(|p| sentences.get(p))
            .filter(|p| p.paragraph == sentence.paragraph);
        candidates.extend(writer.write(i, sentence, previous));
    }
    let ranked = rank::rank(candidates, &sentences, &title, total_words, &options.rank);

    let mut cards_out: Vec<Card> = Vec::with_capacity(ranked.len());
    let mut used_ids = std::collections::BTreeSet::new();
    // The kept cards come in document order, so siblings follow each other: the key and fact
    // of the last source sentence are kept for the next card.
    let mut last_source: Option<(usize, String, String)> = None;
    for r in ranked {
        let c = r.card;
        let source = sentences
            .get(c.sentence)
            .map(|s| s.text.clone())
            .unwrap_or_default();
        if last_source
            .as_ref()
            .is_none_or(|(i, _, _)| *i != c.sentence)
        {
            let key = key_text(&source);
            let fact = format!("f{:08x}", fnv1a64(key.as_bytes()) as u32);
            last_source = Some((c.sentence, key, fact));
        }
        let (source_key, fact) = match &last_source {
            Some((_, key, fact)) => (key.as_str(), fact.clone()),
            None => ("", String::new()),
        };
        let id = unique_id(
            &mut used_ids,
            &[
                c.fact.tag(),
                "\u{1f}",
                source_key,
                "\u{1f}",
                &key_text(&c.answer),
            ]
            .concat(),
        );
        cards_out.push(Card {
            id: CardId(id),
            kind: c.kind,
            prompt: c.prompt,
            answer: c.answer,
            distractors: r.distractors,
            tags: vec![c.fact.tag().to_owned()],
            fact,
            source,
        });
    }
    // A last guard: every card must pass the deck file's own rules, so a generated deck always
    // saves and loads.
    cards_out.retain(crate::deck::format::card_is_valid);
    let files: Vec<&str> = sources.iter().map(|s| s.file.as_str()).collect();
    Ok(Deck {
        id: slugify(&title),
        title,
        description: format!("Generated by factdeck from {}.", files.join(", ")),
        sources,
        cards: cards_out,
    })
}

/// Text reduced to lower-case words, so ids do not change with spacing or punctuation.
fn key_text(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for w in lexicon::runs(text, false) {
        if !key.is_empty() {
            key.push(' ');
        }
        lexicon::push_lowercase(&mut key, w);
    }
    key
}

/// A card id from a key: `k` and 10 hex digits, made unique within the deck.
fn unique_id(used: &mut std::collections::BTreeSet<String>, key: &str) -> String {
    let base = format!("k{:010x}", fnv1a64(key.as_bytes()) & 0xff_ffff_ffff);
    let mut id = base.clone();
    let mut n = 2;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// The file name without its folders: `decks/sources/a.txt` -> `a.txt`.
fn file_name(name: &str) -> String {
    name.rsplit(['/', '\\']).next().unwrap_or(name).to_owned()
}
