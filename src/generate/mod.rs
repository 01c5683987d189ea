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

use std::num::NonZeroUsize;

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
    /// How many threads may work at once: `None` for one per core (up to eight); `Some(1)`
    /// keeps all the work on the calling thread. The deck is the same either way.
    pub threads: Option<NonZeroUsize>,
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
    let threads = options
        .threads
        .map_or_else(available_threads, NonZeroUsize::get);
    let hash_all = || {
        documents
            .iter()
            .map(|doc| hex(&Sha256::digest(doc.bytes)))
            .collect::<Vec<_>>()
    };
    let bytes: usize = documents.iter().map(|doc| doc.bytes.len()).sum();
    let (read, hashes) = if threads > 1 && bytes >= HASH_BESIDE_BYTES {
        // The hashes are worked out beside the reading: a megabyte's takes some 8 ms.
        std::thread::scope(|scope| {
            let hashes = scope.spawn(hash_all);
            let read = read_documents(documents);
            let hashes = hashes
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (read, hashes)
        })
    } else {
        (read_documents(documents), hash_all())
    };
    let (sentences, first_heading) = read?;
    let sources: Vec<SourceDoc> = documents
        .iter()
        .zip(hashes)
        .map(|(doc, sha256)| SourceDoc {
            file: file_name(doc.name),
            sha256,
        })
        .collect();
    let title = options
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or(first_heading)
        .unwrap_or_else(|| extract::file_stem(documents[0].name));
    let total_words: usize = sentences.iter().map(|s| cards::word_count(&s.text)).sum();

    let candidates = write_candidates(&sentences, threads);
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

/// The sentences of the documents, numbered by paragraph across them, and the first heading.
fn read_documents(
    documents: &[Document<'_>],
) -> Result<(Vec<Sentence>, Option<String>), GenerateError> {
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut first_heading: Option<String> = None;
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
    }
    Ok((sentences, first_heading))
}

/// A writer thread is worth starting for this many sentences (about 5,000 words, some 15 ms of
/// writing): below it, starting the thread would cost more than it saves.
const SENTENCES_PER_WRITER: usize = 256;

/// At most this many threads work at once, however many cores the machine has.
const MAX_THREADS: usize = 8;

/// Documents of this many bytes or more are hashed on a thread of their own.
const HASH_BESIDE_BYTES: usize = 256 * 1024;

/// How many threads may work at once by default: the cores the machine offers, up to
/// [`MAX_THREADS`].
fn available_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_THREADS))
}

/// The candidate cards of all sentences, in sentence order.
///
/// Writing is two thirds of the time a long document takes, and each sentence is written from
/// itself and the sentence before it in its paragraph only. So the sentences are cut into runs of
/// whole paragraphs, one per writer, up to `threads` writers work at once, and their candidates
/// are joined in order: the same candidates, in the same order, as one writer would write.
fn write_candidates(sentences: &[Sentence], threads: usize) -> Vec<cards::Candidate> {
    let runs = paragraph_runs(sentences, threads);
    let write_run = |start: usize, run: &[Sentence]| {
        // About one candidate and a quarter per sentence: allocated once, not grown by copying.
        let mut out = Vec::with_capacity(run.len() + run.len() / 4);
        let mut writer = cards::CardWriter::default();
        for (offset, sentence) in run.iter().enumerate() {
            let previous = offset
                .checked_sub(1)
                .and_then(|p| run.get(p))
                .filter(|p| p.paragraph == sentence.paragraph);
            out.extend(writer.write(start + offset, sentence, previous));
        }
        out
    };
    let Some(((first_start, first), rest)) = runs.split_first() else {
        return Vec::new();
    };
    if rest.is_empty() {
        return write_run(*first_start, first);
    }
    std::thread::scope(|scope| {
        let others: Vec<_> = rest
            .iter()
            .map(|&(start, run)| scope.spawn(move || write_run(start, run)))
            .collect();
        let mut all = write_run(*first_start, first);
        for handle in others {
            match handle.join() {
                Ok(candidates) => all.extend(candidates),
                // A writer that panicked is a bug: it is reported as one writer would report it.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    })
}

/// The sentences cut into at most `threads` runs of whole paragraphs, each of at least
/// [`SENTENCES_PER_WRITER`] sentences (but for a document shorter than that), with the index of
/// each run's first sentence.
fn paragraph_runs(sentences: &[Sentence], threads: usize) -> Vec<(usize, &[Sentence])> {
    let count = threads.min(sentences.len() / SENTENCES_PER_WRITER).max(1);
    let target = sentences.len().div_ceil(count);
    let mut runs = Vec::with_capacity(count);
    let mut start = 0;
    while start < sentences.len() {
        let mut end = (start + target).min(sentences.len());
        // The run ends where a paragraph does (the next sentence opens one), so no sentence is
        // cut from the one before it.
        while sentences.get(end).is_some_and(|next| next.position > 0) {
            end += 1;
        }
        runs.push((start, &sentences[start..end]));
        start = end;
    }
    runs
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences of `paragraphs` paragraphs of `per_paragraph` sentences each, varied enough to
    /// give cards.
    fn sentences(paragraphs: usize, per_paragraph: usize) -> Vec<Sentence> {
        const TEXTS: [&str; 4] = [
            "Photosynthesis is the process by which plants make glucose from light.",
            "It takes place in the chloroplasts of leaf cells.",
            "The three states of matter are solid, liquid, and gas.",
            "Magma that reaches the surface is called lava.",
        ];
        let mut out = Vec::new();
        for paragraph in 0..paragraphs {
            for position in 0..per_paragraph {
                let text = TEXTS[(paragraph + position) % TEXTS.len()];
                out.push(Sentence {
                    text: text.to_owned(),
                    paragraph,
                    position,
                });
            }
        }
        out
    }

    #[test]
    fn writers_working_at_once_write_what_one_writer_writes() {
        let all = sentences(301, 3);
        let one = write_candidates(&all, 1);
        assert!(one.len() > all.len() / 2, "{} candidates", one.len());
        // "It takes place ..." leans on the sentence before it in its paragraph: its card shows
        // that sentence too, which a writer that started at "It" would not know.
        let context = "Photosynthesis is the process by which plants make glucose from light. \
                       It takes place";
        assert!(one.iter().any(|c| c.prompt.starts_with(context)));
        for threads in [2, 3, 8] {
            assert_eq!(write_candidates(&all, threads), one, "{threads} writers");
        }
    }

    #[test]
    fn a_deck_made_on_one_thread_is_the_deck_made_on_several() {
        // The shipped sources (real prose, many cards), then enough short paragraphs for the
        // text to be hashed beside the reading too.
        let mut text: String = crate::deck::library::SHIPPED
            .iter()
            .map(|shipped| shipped.source_text.to_owned() + "\n\n")
            .collect();
        let filler: String = sentences(301, 3)
            .chunks(3)
            .map(|p| {
                let texts: Vec<&str> = p.iter().map(|s| s.text.as_str()).collect();
                texts.join(" ") + "\n\n"
            })
            .collect();
        while text.len() < HASH_BESIDE_BYTES {
            text.push_str(&filler);
        }
        let doc = Document {
            name: "lessons.txt",
            bytes: text.as_bytes(),
        };
        assert!(text.len() >= HASH_BESIDE_BYTES, "{} bytes", text.len());
        let on = |threads: usize| Options {
            threads: NonZeroUsize::new(threads),
            ..Options::default()
        };
        let one = generate(&[doc], &on(1)).expect("generates");
        assert!(one.cards.len() > 30, "{} cards", one.cards.len());
        for threads in [2, 3] {
            let several = generate(&[doc], &on(threads)).expect("generates");
            assert_eq!(several, one, "{threads} threads");
        }
    }

    #[test]
    fn runs_are_whole_paragraphs_and_short_documents_are_one_run() {
        let all = sentences(301, 3);
        let runs = paragraph_runs(&all, 3);
        assert_eq!(runs.len(), 3);
        let mut next = 0;
        for (start, run) in &runs {
            assert_eq!(*start, next);
            assert_eq!(
                run.first().map(|s| s.position),
                Some(0),
                "a run opens a paragraph"
            );
            next += run.len();
        }
        assert_eq!(next, all.len(), "every sentence is in one run");
        // Fewer than two writers' worth of sentences: one run, no thread started.
        assert_eq!(paragraph_runs(&sentences(100, 3), 8).len(), 1);
        // One long paragraph is never cut.
        assert_eq!(paragraph_runs(&sentences(1, 900), 4).len(), 1);
        assert!(paragraph_runs(&[], 4).is_empty());
        assert_eq!(write_candidates(&[], 4), Vec::new());
    }
}
