//! Ranking: scores the candidate cards, drops the bad and the repeated, caps the density, and
//! turns the best short-answer questions into multiple choice with distractors of the same kind.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

use super::cards::{Candidate, Sentence, word_count};
use super::facts::FactKind;
use super::lexicon;
use crate::deck::{CLOZE_GAP, CardKind};

/// Knobs of the ranker.
#[derive(Debug, Clone, PartialEq)]
pub struct RankOptions {
    /// At most this many cards per 100 words of source text: a sentence's first cards, the
    /// deck's coverage of its text.
    pub cards_per_100_words: f32,
    /// A sentence's second card only while the deck has fewer than this many cards per 100
    /// words: a second angle on one sentence is worth less than a first card of another.
    pub second_cards_per_100_words: f32,
    /// At most this many cards from one sentence (the writer offers at most
    /// [`MAX_CANDIDATES_PER_SENTENCE`](super::cards::MAX_CANDIDATES_PER_SENTENCE), one more
    /// than two, as a stand-by).
    pub max_per_sentence: usize,
    /// Share of cards at most turned into multiple choice.
    pub max_choice_share: f32,
    /// The density caps start only past this many cards: a short note (a paragraph or two)
    /// gets every card worth writing, second cards of a sentence too.
    pub cards_before_caps: usize,
}

impl Default for RankOptions {
    fn default() -> Self {
        RankOptions {
            cards_per_100_words: 8.0,
            second_cards_per_100_words: 5.9,
            max_per_sentence: 2,
            max_choice_share: 0.35,
            cards_before_caps: 12,
        }
    }
}

/// A kept card, with the distractors chosen for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    /// The candidate as written (its kind may have become `Choice`).
    pub card: Candidate,
    /// Distractors of a multiple-choice card.
    pub distractors: Vec<String>,
}

/// Content-word stems of a phrase, for comparing answers and prompts.
///
/// The ranker itself reads the same stems through a [`StemTable`], as numbers.
pub fn content_stems(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !lexicon::is_stop_word(w))
        .map(|w| lexicon::stem(&w).into_owned())
        .collect()
}

/// The content stems of a phrase as a set of interned stem numbers, sorted and without
/// repeats: the set [`content_stems`] gives, compared without allocating.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct StemSet(Vec<u32>);

impl StemSet {
    fn len(&self) -> usize {
        self.0.len()
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().copied()
    }

    /// How many stems both sets hold.
    fn intersection_count(&self, other: &StemSet) -> usize {
        let (mut a, mut b) = (self.0.iter().peekable(), other.0.iter().peekable());
        let mut n = 0;
        while let (Some(&&x), Some(&&y)) = (a.peek(), b.peek()) {
            match x.cmp(&y) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    n += 1;
                    a.next();
                    b.next();
                }
            }
        }
        n
    }

    fn is_subset(&self, other: &StemSet) -> bool {
        self.len() <= other.len() && self.intersection_count(other) == self.len()
    }

    #[cfg(test)]
    fn is_disjoint(&self, other: &StemSet) -> bool {
        self.intersection_count(other) == 0
    }

    /// Both sets hold a stem that `except` does not.
    fn shares_besides(&self, other: &StemSet, except: &StemSet) -> bool {
        self.0
            .iter()
            .any(|x| other.0.binary_search(x).is_ok() && except.0.binary_search(x).is_err())
    }
}

/// Numbers the content stems the ranker meets, so that each distinct word is lower-cased and
/// stemmed once and stem sets are small sorted vectors. Only looked up, never iterated, so
/// hashing leaves no trace in the deck.
#[derive(Default)]
struct StemTable {
    /// A word as split from a text -> its numbers.
    words: lexicon::WordMap<WordIds>,
    /// A stem -> its number.
    ids: lexicon::WordMap<u32>,
    /// A lower-case key word -> its number.
    key_ids: lexicon::WordMap<u32>,
    /// The key words by number.
    key_words: Vec<String>,
}

/// What a word as split from a text stands for in the [`StemTable`].
#[derive(Debug, Clone, Copy)]
struct WordIds {
    /// The number of its stem, `None` for a stop word.
    stem: Option<u32>,
    /// Its key word's number; [`NO_KEY_WORD`] for an article, [`HYPHENATED`] for a word whose
    /// key words are its pieces.
    key: u32,
}

/// A word of a sentence, where it stands (byte offsets in the sentence text) and its numbers:
/// each sentence's words are read once, and a cloze candidate's keys are made of them.
#[derive(Debug, Clone, Copy)]
struct PlacedWord {
    start: u32,
    end: u32,
    ids: WordIds,
}

/// The words of the sentences with a cloze candidate, read once ([`StemTable::place_words`]).
struct SentenceWords {
    words: Vec<PlacedWord>,
    /// Sentence `k`'s words are `words[spans[k].0..spans[k].1]`; `None` for a sentence not
    /// kept (one without a cloze candidate).
    spans: Vec<Option<(usize, usize)>>,
}

impl SentenceWords {
    fn of(&self, sentence: usize) -> Option<&[PlacedWord]> {
        let (a, b) = (*self.spans.get(sentence)?)?;
        self.words.get(a..b)
    }
}

/// An article: no key word.
const NO_KEY_WORD: u32 = u32::MAX;
/// A hyphenated word: its pieces are the key words.
const HYPHENATED: u32 = u32::MAX - 1;

/// A [`normalize_key`] as the numbers of its words: two keys are equal, or one stands in the
/// other as whole words, exactly when their texts are and do; numbers compare faster and need
/// no text built.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
struct Key(Vec<u32>);

impl Key {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl StemTable {
    /// The stems of `text`, split and filtered exactly as [`content_stems`] does.
    fn stems(&mut self, text: &str) -> StemSet {
        self.stems_and_key(text, None)
    }

    /// The stems of `text` and its [`normalize_key`], read in one pass: the key's words are the
    /// stem words cut at their hyphens.
    fn stems_with_key(&mut self, text: &str) -> (StemSet, Key) {
        let mut key = Vec::with_capacity(16);
        let stems = self.stems_and_key(text, Some(&mut key));
        (stems, Key(key))
    }

    fn stems_and_key(&mut self, text: &str, mut key: Option<&mut Vec<u32>>) -> StemSet {
        let mut out = Vec::with_capacity(16);
        for w in lexicon::runs(text, true) {
            let ids = self.ids(w);
            out.extend(ids.stem);
            if let Some(key) = key.as_deref_mut() {
                self.push_key(w, ids, key);
            }
        }
        out.sort_unstable();
        out.dedup();
        StemSet(out)
    }

    /// Appends the key words of the word `w`, numbered `ids`, to `key`.
    fn push_key(&mut self, w: &str, ids: WordIds, key: &mut Vec<u32>) {
        match ids.key {
            NO_KEY_WORD => {}
            HYPHENATED => {
                for piece in w.split('-').filter(|p| !p.is_empty()) {
                    let id = self.key_id(piece);
                    if id != NO_KEY_WORD {
                        key.push(id);
                    }
                }
            }
            id => key.push(id),
        }
    }

    /// The number of a word (a run of letters and digits) as a key word: its lower case,
    /// [`NO_KEY_WORD`] for an article, as [`push_key_word`] reads it.
    fn key_id(&mut self, w: &str) -> u32 {
        let mut lower = String::new();
        push_key_word(&mut lower, w);
        if lower.is_empty() {
            return NO_KEY_WORD;
        }
        if let Some(&id) = self.key_ids.get(&lower) {
            return id;
        }
        // Fewer distinct words than the two reserved numbers below `u32::MAX`.
        let id = u32::try_from(self.key_words.len()).unwrap_or(HYPHENATED - 1);
        self.key_ids.get_or_insert_with(&lower, || id);
        self.key_words.push(lower);
        id
    }

    /// The text of a key, as [`normalize_key`] gives it.
    #[cfg(test)]
    fn key_text(&self, key: &Key) -> String {
        let words: Vec<&str> = key
            .0
            .iter()
            .filter_map(|&id| self.key_words.get(id as usize).map(String::as_str))
            .collect();
        words.join(" ")
    }

    /// Appends each word of `text` (each of [`lexicon::runs`]) with its place and numbers to
    /// `out`, in order; false, and nothing appended, when `text` is too long to place its words
    /// in 32 bits.
    fn place_words(&mut self, text: &str, out: &mut Vec<PlacedWord>) -> bool {
        if u32::try_from(text.len()).is_err() {
            return false;
        }
        for w in lexicon::runs(text, true) {
            // A run is a slice of `text`: its place is its distance from the start.
            let start = w.as_ptr() as usize - text.as_ptr() as usize;
            out.push(PlacedWord {
                start: start as u32,
                end: (start + w.len()) as u32,
                ids: self.ids(w),
            });
        }
        true
    }

    /// The numbers of a word as split from a text, found once per distinct word.
    fn ids(&mut self, w: &str) -> WordIds {
        match self.words.get(w) {
            Some(&ids) => ids,
            None => self.new_word(w),
        }
    }

    /// Numbers a word not met before.
    fn new_word(&mut self, w: &str) -> WordIds {
        let stem = self.word_stem(w);
        let key = if w.as_bytes().contains(&b'-') {
            HYPHENATED
        } else {
            self.key_id(w)
        };
        let ids = WordIds { stem, key };
        *self.words.get_or_insert_with(w, || ids) = ids;
        ids
    }

    /// The number of a word's stem, `None` for a stop word.
    fn word_stem(&mut self, word: &str) -> Option<u32> {
        let lower = lexicon::lowercase(word);
        if lexicon::is_stop_word(&lower) {
            return None;
        }
        let stem = lexicon::stem_lowercase(&lower);
        if let Some(&id) = self.ids.get(&stem) {
            return Some(id);
        }
        let id = u32::try_from(self.ids.len()).ok()?;
        self.ids.get_or_insert_with(&stem, || id);
        Some(id)
    }
}

/// Lower-case words of a text joined by single spaces, articles dropped: what two prompts or
/// answers are compared by.
fn normalize_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for w in lexicon::runs(text, false) {
        push_key_word(&mut key, w);
    }
    key
}

/// Adds one word (a run of letters and digits) to a [`normalize_key`] being built.
fn push_key_word(key: &mut String, w: &str) {
    let article = if w.is_ascii() {
        match w.len() {
            1 => w.eq_ignore_ascii_case("a"),
            2 => w.eq_ignore_ascii_case("an"),
            3 => w.eq_ignore_ascii_case("the"),
            _ => false,
        }
    } else {
        matches!(w.to_lowercase().as_str(), "the" | "a" | "an")
    };
    if article {
        return;
    }
    if !key.is_empty() {
        key.push(' ');
    }
    lexicon::push_lowercase(key, w);
}

/// The prompt as the learner sees it (gap shown as `[...]`).
fn visible_prompt(card: &Candidate) -> Cow<'_, str> {
    match card.kind {
        CardKind::Cloze => match crate::deck::split_cloze(&card.prompt) {
            Some((before, _, after)) => Cow::Owned([before, CLOZE_GAP, after].concat()),
            None => Cow::Borrowed(&card.prompt),
        },
        _ => Cow::Borrowed(&card.prompt),
    }
}

/// True when the answer can be read off the prompt.
fn answer_in_prompt(card: &Candidate, keys: &Keys) -> bool {
    if keys.answer.is_empty() {
        return true;
    }
    if contains_key(&keys.prompt, &keys.answer) {
        return true;
    }
    // A condition asked for may be made of the words the question names: "When is the
    // magnetic field around a wire stronger?" -> "if more current is flowing through the
    // wire" says what about them.
    if card.fact == FactKind::Circumstance && keys.answer.0.len() >= 6 {
        return false;
    }
    // Every content word of the answer in the prompt is a giveaway too.
    !keys.answer_stems.is_empty() && keys.answer_stems.is_subset(&keys.prompt_stems)
}

/// True when the key `needle` stands in `haystack` as whole words, as their texts do (the tests
/// hold it to `contains_words`). `needle` is not empty.
fn contains_key(haystack: &Key, needle: &Key) -> bool {
    haystack.0.windows(needle.0.len()).any(|w| w == needle.0)
}

/// True when `needle` stands in `haystack` as whole space-separated words: `" {needle} "` is in
/// `" {haystack} "`. `needle` is not empty.
///
/// The text form of [`contains_key`], which the tests hold it to.
#[cfg(test)]
fn contains_words(haystack: &str, needle: &str) -> bool {
    let bytes = haystack.as_bytes();
    // A match starts the haystack or follows a space: try only there.
    let mut at = 0;
    loop {
        let end = at + needle.len();
        if bytes[at..].starts_with(needle.as_bytes()) && (end == bytes.len() || bytes[end] == b' ')
        {
            return true;
        }
        match bytes[at..].iter().position(|&b| b == b' ') {
            Some(space) => at += space + 1,
            None => return false,
        }
    }
}

/// What a sentence's second card gives up against other sentences' first cards.
const SECOND_CARD_DISCOUNT: f32 = 0.8;

/// Scores, filters, de-duplicates and caps the candidates; returns the kept cards in document
/// order, with multiple-choice distractors chosen.
pub fn rank(
    candidates: Vec<Candidate>,
    sentences: &[Sentence],
    title: &str,
    total_words: usize,
    options: &RankOptions,
) -> Vec<Ranked> {
    let mut table = StemTable::default();
    // An answer that only repeats the deck's title is too easy to be worth a card.
    let title_stems = table.stems(title);
    // The words of each sentence are read here once, and those of a sentence with a cloze
    // candidate kept for its keys.
    let mut has_cloze = vec![false; sentences.len()];
    for c in candidates.iter().filter(|c| c.kind == CardKind::Cloze) {
        if let Some(has) = has_cloze.get_mut(c.sentence) {
            *has = true;
        }
    }
    // How often each content stem occurs in the document (by stem number): salient terms
    // recur.
    // A stem counts once per sentence: the sentence it was last counted in is kept beside its
    // count, so no sentence's stems need sorting.
    let mut doc_freq: Vec<usize> = Vec::new();
    let mut last_counted: Vec<usize> = Vec::new();
    let mut sentence_words = SentenceWords {
        words: Vec::new(),
        spans: Vec::with_capacity(sentences.len()),
    };
    for (k, s) in sentences.iter().enumerate() {
        let from = sentence_words.words.len();
        let placed = table.place_words(&s.text, &mut sentence_words.words);
        let to = sentence_words.words.len();
        for stem in sentence_words.words[from..to]
            .iter()
            .filter_map(|w| w.ids.stem)
        {
            let stem = stem as usize;
            if doc_freq.len() <= stem {
                doc_freq.resize(stem + 1, 0);
                last_counted.resize(stem + 1, usize::MAX);
            }
            if last_counted[stem] != k {
                last_counted[stem] = k;
                doc_freq[stem] += 1;
            }
        }
        if placed && has_cloze[k] {
            sentence_words.spans.push(Some((from, to)));
        } else {
            sentence_words.words.truncate(from);
            sentence_words.spans.push(None);
        }
    }
    // The candidates stay where they are, in document order (large to move); the order of
    // the ranking is a list of their indices.
    let mut scored: Vec<(Candidate, Keys)> = Vec::with_capacity(candidates.len());
    scored.extend(
        candidates
            .into_iter()
            .map(|c| {
                let keys = Keys::of(&c, &mut table, sentences, &sentence_words);
                (c, keys)
            })
            .filter(|(c, keys)| !c.answer.trim().is_empty() && !answer_in_prompt(c, keys))
            .map(|(mut c, keys)| {
                let n = word_count(&c.answer);
                c.score += match n {
                    1..=4 => 0.3,
                    5..=8 => 0.0,
                    _ => -0.15 * (n - 8) as f32,
                };
                let stems = &keys.answer_stems;
                let salient = stems
                    .iter()
                    .filter(|&s| doc_freq.get(s as usize).copied().unwrap_or(0) >= 2)
                    .count();
                if !stems.is_empty() {
                    c.score += 0.45 * salient as f32 / stems.len() as f32;
                }
                // A plain word the text says once ("riding your [bike]", "emergency
                // [services]"): not what the text teaches.
                // A capital that only opens the sentence ("[Land] is also cleared") makes no name.
                let opens_sentence = c.prompt.starts_with("{{") || c.prompt.contains(". {{");
                if c.fact == FactKind::Statement
                    && n == 1
                    && salient == 0
                    && c.answer.chars().count() < 8
                    && !c.answer.chars().enumerate().any(|(k, ch)| {
                        ch.is_ascii_digit() || ch.is_uppercase() && (k > 0 || !opens_sentence)
                    })
                {
                    c.score -= 1.0;
                }
                if !stems.is_empty() && stems.is_subset(&title_stems) {
                    c.score -= 2.0;
                }
                (c, keys)
            }),
    );
    // The sentences' words served the keys only: their memory goes before the rest is built.
    drop(sentence_words);
    // Best first. The order is sorted rather than the candidates, which are large to move.
    let mut best_first: Vec<usize> = (0..scored.len()).collect();
    best_first.sort_by(|&x, &y| {
        let (a, b) = (&scored[x].0, &scored[y].0);
        b.score
            .total_cmp(&a.score)
            .then(a.sentence.cmp(&b.sentence))
            .then(x.cmp(&y))
    });

    let per_words = |per_100: f32| ((total_words as f32) * per_100 / 100.0).floor() as usize;
    // A short note gets all its cards, up to a dozen, and past that still a card per sentence,
    // up to a few; second cards of a sentence only within their own, lower cap.
    let cap = per_words(options.cards_per_100_words)
        .max(sentences.len().min(8))
        .max(options.cards_before_caps);
    let second_cap = per_words(options.second_cards_per_100_words).max(options.cards_before_caps);
    let mut kept: Vec<usize> = Vec::new();
    let mut per_sentence: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    // Looked up, never iterated: hashed.
    // At most `cap` cards are kept: the tables are made that big at once.
    let room = cap.min(scored.len());
    let mut by_answer: HashMap<&[u32], Vec<usize>, lexicon::WordHashBuild> =
        HashMap::with_capacity_and_hasher(room, Default::default());
    let mut prompts: HashSet<&[u32], lexicon::WordHashBuild> =
        HashSet::with_capacity_and_hasher(room, Default::default());
    // One pass, best first: a sentence's first card at its score, a second card later, at its
    // score less a discount, and only while the density cap leaves room. A strong second card
    // ("What is slump?" beside "What is the sudden movement ... ?") then goes before a weak
    // first card of another sentence. Second cards wait in a queue; they come in best-first
    // order, so the queue stays sorted.
    let mut waiting: VecDeque<usize> = VecDeque::new();
    let mut next = 0;
    while kept.len() < cap {
        let (i, from_queue) = match (best_first.get(next), waiting.front()) {
            (None, None) => break,
            (Some(&first), Some(&w))
                if scored[w].0.score - SECOND_CARD_DISCOUNT <= scored[first].0.score =>
            {
                next += 1;
                (first, false)
            }
            (Some(&first), None) => {
                next += 1;
                (first, false)
            }
            (_, Some(&w)) => {
                waiting.pop_front();
                (w, true)
            }
        };
        let c = &scored[i].0;
        let siblings = per_sentence.get(&c.sentence).map_or(0, Vec::len);
        if siblings > 0 {
            if siblings >= options.max_per_sentence || c.score < 2.0 {
                continue;
            }
            if !from_queue {
                waiting.push_back(i);
                continue;
            }
            if kept.len() >= second_cap {
                continue;
            }
        }
        if prompts.contains(scored[i].1.prompt.0.as_slice()) {
            continue;
        }
        // No two cards asking the same thing: the same answer about the same thing, or two
        // answers from one sentence that mostly overlap.
        let same_sentence = per_sentence.get(&c.sentence).into_iter().flatten();
        let same_answer = by_answer
            .get(scored[i].1.answer.0.as_slice())
            .into_iter()
            .flatten();
        let repeats = same_sentence.chain(same_answer).any(|&k| {
            let (other, mine) = (&scored[k].1, &scored[i].1);
            let same_answer = other.answer == mine.answer
                || overlap(&other.answer_stems, &mine.answer_stems) > 0.5;
            same_answer
                && (scored[k].0.sentence == c.sentence
                    || overlap(&other.prompt_stems, &mine.prompt_stems) > 0.5)
        });
        if repeats {
            continue;
        }
        prompts.insert(scored[i].1.prompt.0.as_slice());
        by_answer
            .entry(scored[i].1.answer.0.as_slice())
            .or_default()
            .push(i);
        per_sentence.entry(c.sentence).or_default().push(i);
        kept.push(i);
    }

    let wanted = Wanted::of(kept.iter().map(|&i| &scored[i].0));
    let pool = TermPool::new(
        best_first.iter().map(|&i| &scored[i].0),
        &mut table,
        &wanted,
    );
    // Kept cards in document order: the candidates' own order, sentence by sentence.
    let mut is_kept = vec![false; scored.len()];
    for &i in &kept {
        is_kept[i] = true;
    }
    let mut ranked: Vec<Ranked> = scored
        .into_iter()
        .zip(is_kept)
        .filter_map(|((card, _), kept)| kept.then_some(card))
        .map(|card| Ranked {
            card,
            distractors: Vec::new(),
        })
        .collect();
    choose_multiple_choice(&mut ranked, &pool, &mut table, options);
    ranked
}

/// What a candidate is compared by, computed once.
struct Keys {
    prompt: Key,
    answer: Key,
    answer_stems: StemSet,
    prompt_stems: StemSet,
}

impl Keys {
    fn of(
        c: &Candidate,
        table: &mut StemTable,
        sentences: &[Sentence],
        sentence_words: &SentenceWords,
    ) -> Keys {
        if let Some(keys) = Keys::of_cloze(c, table, sentences, sentence_words) {
            return keys;
        }
        let visible = visible_prompt(c);
        let (prompt_stems, prompt) = table.stems_with_key(&visible);
        let (answer_stems, answer) = table.stems_with_key(&c.answer);
        Keys {
            prompt,
            answer,
            answer_stems,
            prompt_stems,
        }
    }

    /// The keys of a cloze whose answer is its gap's text, and whose gap and what follows it
    /// are the end of its sentence, with a gap around whole words (most clozes): made of the
    /// sentence's words as already read, and of the words of whatever the prompt shows before
    /// the sentence's part it shares (a sentence of context, a dropped opening word). They are
    /// the keys [`Keys::of`] reads from the texts, since the gap's mark holds no word. `None` for
    /// any other candidate.
    fn of_cloze(
        c: &Candidate,
        table: &mut StemTable,
        sentences: &[Sentence],
        sentence_words: &SentenceWords,
    ) -> Option<Keys> {
        if c.kind != CardKind::Cloze {
            return None;
        }
        let (before, gap, after) = crate::deck::split_cloze(&c.prompt)?;
        let text = &sentences.get(c.sentence)?.text;
        if gap != c.answer || !text.ends_with(after) {
            return None;
        }
        let gap_end = text.len() - after.len();
        let gap_start = gap_end.checked_sub(gap.len())?;
        if text.get(gap_start..gap_end) != Some(gap) {
            return None;
        }
        let words = sentence_words.of(c.sentence)?;
        let at = |place: usize| u32::try_from(place).ok();
        let (gap_start32, gap_end32) = (at(gap_start)?, at(gap_end)?);
        // A word cut by the gap's edge reads differently from the prompt.
        let straddling = |place: u32| words.iter().find(|w| w.start < place && place < w.end);
        if straddling(gap_start32).is_some() || straddling(gap_end32).is_some() {
            return None;
        }
        // The sentence's text the prompt shows before the gap starts at `shared`, after the
        // word the prompt's own text may end in; what the prompt shows before it is read anew.
        let common = before
            .bytes()
            .rev()
            .zip(text.get(..gap_start)?.bytes().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let mut shared = at(gap_start - common)?;
        if let Some(w) = straddling(shared) {
            shared = w.end;
        }
        let own = before.get(..before.len() - (gap_start - shared as usize))?;
        let in_run = |c: char| lexicon::in_run(c, true);
        let joined = own.chars().next_back().is_some_and(in_run)
            && text
                .get(shared as usize..)?
                .chars()
                .next()
                .is_some_and(in_run);
        if joined {
            return None;
        }
        let mut read = |own: &str, inside: bool| {
            let (mut stems, mut key) = (Vec::with_capacity(16), Vec::with_capacity(16));
            for w in lexicon::runs(own, true) {
                let ids = table.ids(w);
                stems.extend(ids.stem);
                table.push_key(w, ids, &mut key);
            }
            let in_gap = |w: &PlacedWord| gap_start32 <= w.start && w.end <= gap_end32;
            let shown = |w: &PlacedWord| w.start >= shared && !in_gap(w);
            for w in words
                .iter()
                .filter(|w| if inside { in_gap(w) } else { shown(w) })
            {
                stems.extend(w.ids.stem);
                let word = text
                    .get(w.start as usize..w.end as usize)
                    .unwrap_or_default();
                table.push_key(word, w.ids, &mut key);
            }
            stems.sort_unstable();
            stems.dedup();
            (StemSet(stems), Key(key))
        };
        // The prompt first, then the answer, as `Keys::of` reads them.
        let (prompt_stems, prompt) = read(own, false);
        let (answer_stems, answer) = read("", true);
        Some(Keys {
            prompt,
            answer,
            answer_stems,
            prompt_stems,
        })
    }
}

/// Share of the smaller set found in the other.
fn overlap(a: &StemSet, b: &StemSet) -> f32 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    a.intersection_count(b) as f32 / small as f32
}

/// What a distractor and the answer it stands beside are compared by, computed once per phrase.
#[derive(Debug, Clone)]
struct Phrase {
    /// The phrase as written.
    text: String,
    /// Its [`normalize_key`].
    key: String,
    /// Its content stems.
    stems: StemSet,
    /// The stem of its last word ([`head_stem`]).
    head: String,
    /// The stem numbers of its last word.
    head_stems: StemSet,
    /// It names one kind of its head ([`names_a_kind`]).
    kind: bool,
    /// What kind of number it holds; `None` for a phrase without a digit.
    number: Option<NumberShape>,
    /// Its last word looks plural.
    plural: bool,
    /// It starts with a capital.
    capital: bool,
    /// Its number of words.
    words: usize,
}

impl Phrase {
    /// `kind`: whether it [`names_a_kind`], as the caller found.
    fn new(text: String, key: String, kind: bool, table: &mut StemTable) -> Phrase {
        Phrase {
            stems: table.stems(&text),
            head: head_stem(&text).into_owned(),
            // (Only a kind is compared by its head.)
            head_stems: if kind {
                table.stems(text.split_whitespace().last().unwrap_or(""))
            } else {
                StemSet::default()
            },
            kind,
            number: is_numeric(&text).then(|| number_shape(&text)),
            plural: text
                .split_whitespace()
                .last()
                .is_some_and(super::facts::looks_plural),
            capital: text.chars().next().is_some_and(char::is_uppercase),
            words: word_count(&text),
            text,
            key,
        }
    }

    /// It holds a digit.
    fn numeric(&self) -> bool {
        self.number.is_some()
    }

    /// Both kinds of one head ("sulfuric acid", "hydrochloric acid"): the head they share is
    /// what makes them alike, not a word said again.
    fn kinds_of_one_head(&self, other: &Phrase) -> bool {
        self.kind && other.kind && self.head == other.head
    }

    /// It shares a content word with `other`, the head of two kinds of it aside.
    fn shares_a_word(&self, other: &Phrase) -> bool {
        let except = if self.kinds_of_one_head(other) {
            &self.head_stems
        } else {
            &StemSet::default()
        };
        self.stems.shares_besides(&other.stems, except)
    }
}

/// A term that can serve as a distractor.
#[derive(Debug, Clone)]
struct Term {
    phrase: Phrase,
    fact: FactKind,
    sentence: usize,
    from_list: bool,
}

/// How many terms of the document, nearest first, are weighed as distractors for one answer.
const NEAREST_TERMS: usize = 60;

/// Every short phrase the candidates name (answers, list items, subjects), indexed by what a
/// distractor must share with an answer: its head noun, its pattern, or being a number.
struct TermPool {
    terms: Vec<Term>,
    by_head: HashMap<String, Vec<usize>, lexicon::WordHashBuild>,
    by_pattern: BTreeMap<FactKind, Vec<usize>>,
    numeric: Vec<usize>,
}

/// What kinds of distractor the kept cards can use: the heads of their answers, numbers, and
/// the patterns matched alone ([`TermPool::candidates`] offers nothing else).
#[derive(Default)]
struct Wanted {
    heads: HashSet<String, lexicon::WordHashBuild>,
    numeric: bool,
    patterns: BTreeSet<FactKind>,
}

impl Wanted {
    fn of<'a>(kept: impl Iterator<Item = &'a Candidate>) -> Wanted {
        let mut wanted = Wanted::default();
        for c in kept.filter(|c| offers_choices(c)) {
            // (Another of the same head stands beside only a kind: see `distractor_score`.)
            if names_a_kind(&c.answer) {
                wanted.heads.insert(head_stem(&c.answer).into_owned());
            }
            // (A cloze is offered only others of its head: see `TermPool::may_offer`.)
            if c.kind != CardKind::Question {
                continue;
            }
            wanted.numeric |= is_numeric(&c.answer);
            if matches!(c.fact, FactKind::Naming | FactKind::Acronym) {
                wanted.patterns.insert(c.fact);
            }
        }
        wanted
    }

    /// A term some kept card could use as a distractor, if it names a kind where this says
    /// it is wanted for its head alone (`Some(true)`).
    fn admits(&self, text: &str, fact: FactKind) -> Option<bool> {
        if self.patterns.contains(&fact) || self.numeric && is_numeric(text) {
            Some(false)
        } else {
            self.heads.contains(&*head_stem(text)).then_some(true)
        }
    }
}

/// A card that may be turned into multiple choice: a question with a short answer that is not
/// a list.
fn offers_choices(c: &Candidate) -> bool {
    // (Byte scans: most answers are read here.)
    matches!(c.kind, CardKind::Question | CardKind::Cloze)
        && word_count(&c.answer) <= 5
        && !c.answer.as_bytes().contains(&b',')
        && !holds(&c.answer, " and ")
        && !holds(&c.answer, " or ")
}

impl TermPool {
    /// The terms of the candidates that `wanted` admits (the others would never be offered).
    /// `candidates` come best first; within a sentence, the better one's terms go first.
    fn new<'a>(
        candidates: impl Iterator<Item = &'a Candidate>,
        table: &mut StemTable,
        wanted: &Wanted,
    ) -> TermPool {
        // Each candidate offers its answer, its subject and a few list items.
        let mut ordered: Vec<&Candidate> = candidates.collect();
        let room = 2 * ordered.len();
        let mut seen: HashSet<String, lexicon::WordHashBuild> =
            HashSet::with_capacity_and_hasher(room, Default::default());
        // Texts already offered: offering one again changes nothing (it was either kept, and
        // its key is seen, or refused for what it says), so it is skipped at once.
        let mut offered: HashSet<&str, lexicon::WordHashBuild> =
            HashSet::with_capacity_and_hasher(room, Default::default());
        let mut terms = Vec::new();
        let mut add = |text: &'a str, fact: FactKind, sentence: usize, from_list: bool| {
            if !offered.insert(text) {
                return;
            }
            let Some(by_head_only) = wanted.admits(text, fact) else {
                return;
            };
            let text = super::facts::trim_phrase(text);
            let kind = names_a_kind(&text);
            if by_head_only && !kind {
                return;
            }
            let n = word_count(&text);
            if n == 0 || n > 5 || !super::cards::good_answer(&text) {
                return;
            }
            if text.contains(',') || text.contains(" and ") || text.contains(" or ") {
                return;
            }
            let key = normalize_key(&text);
            if !seen.contains(&key) {
                seen.insert(key.clone());
                terms.push(Term {
                    phrase: Phrase::new(text, key, kind, table),
                    fact,
                    sentence,
                    from_list,
                });
            }
        };
        ordered.sort_by_key(|c| c.sentence);
        for c in ordered {
            add(&c.answer, c.fact, c.sentence, false);
            for item in &c.peers {
                add(item, FactKind::List, c.sentence, true);
            }
            if !c.subject.is_empty() {
                add(&c.subject, FactKind::Statement, c.sentence, false);
            }
        }
        let mut by_head: HashMap<String, Vec<usize>, lexicon::WordHashBuild> = HashMap::default();
        let mut by_pattern: BTreeMap<FactKind, Vec<usize>> = BTreeMap::new();
        let mut numeric = Vec::new();
        for (i, t) in terms.iter().enumerate() {
            // (Another of the same head stands beside only a kind.)
            if t.phrase.kind {
                by_head.entry(t.phrase.head.clone()).or_default().push(i);
            }
            by_pattern.entry(t.fact).or_default().push(i);
            if t.phrase.numeric() {
                numeric.push(i);
            }
        }
        TermPool {
            terms,
            by_head,
            by_pattern,
            numeric,
        }
    }

    /// Three terms could stand beside `answer`, by the counts alone: most answers have too few
    /// alike, and are passed over before anything is worked out for them. `Some` with whether
    /// the answer [`names_a_kind`].
    fn may_offer(&self, answer: &str, fact: FactKind, card: CardKind) -> Option<bool> {
        let enough = |ids: Option<&Vec<usize>>| ids.is_some_and(|v| v.len() >= 3);
        // (A kind is among the terms of its head itself.)
        let by_head = self
            .by_head
            .get(&*head_stem(answer))
            .is_some_and(|v| v.len() >= 4);
        let kind = by_head && names_a_kind(answer);
        let question = card == CardKind::Question;
        (kind
            || question
                && (matches!(fact, FactKind::Naming | FactKind::Acronym)
                    && enough(self.by_pattern.get(&fact))
                    || is_numeric(answer) && self.numeric.len() >= 3))
            .then_some(kind)
    }

    /// The terms that could be of the same kind as `answer`: same head, same pattern (for
    /// names and abbreviations), or numbers; at most [`NEAREST_TERMS`], nearest first.
    fn candidates(&self, answer: &Phrase, fact: FactKind, sentence: usize) -> Vec<&Term> {
        let mut ids: Vec<usize> = Vec::new();
        if let Some(v) = self.by_head.get(&answer.head) {
            ids.extend(v);
        }
        if matches!(fact, FactKind::Naming | FactKind::Acronym)
            && let Some(v) = self.by_pattern.get(&fact)
        {
            ids.extend(v);
        }
        if answer.numeric() {
            ids.extend(&self.numeric);
        }
        ids.sort_unstable();
        ids.dedup();
        // The nearest ones, nearest first: only those are sorted.
        let nearest = |&i: &usize| (self.terms[i].sentence.abs_diff(sentence), i);
        if ids.len() > NEAREST_TERMS {
            ids.select_nth_unstable_by_key(NEAREST_TERMS, nearest);
            ids.truncate(NEAREST_TERMS);
        }
        ids.sort_by_key(nearest);
        ids.into_iter().map(|i| &self.terms[i]).collect()
    }
}

/// "Nimbostratus clouds", "pahoehoe lava", "sulfate minerals": a head noun with words before
/// it that say which kind, so that other kinds of the same head stand beside it as wrong
/// options. Not "larger volcanoes", "three alleles", "the receiving neuron" (a size, a count or
/// a role is no kind), "parts of the cell" (the head is not the last word), nor the head alone.
fn names_a_kind(text: &str) -> bool {
    // (Read without its article: "a gaseous solution".)
    let text = text
        .split_once(' ')
        .filter(|(first, _)| matches!(*first, "a" | "an" | "the" | "A" | "An" | "The"))
        .map_or(text, |(_, rest)| rest);
    let mut words = text.split_whitespace().rev();
    if words.next().is_none() {
        return false;
    }
    let mut modifiers = 0;
    for w in words {
        let lower = lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
        let word = lexicon::Word::new(&lower);
        // (The lexicon's vague words, "large", "small", "main", "same", are refused below.)
        let sizes = matches!(
            &*lower,
            "long"
                | "short"
                | "single"
                | "last"
                | "first"
                | "second"
                | "final"
                | "next"
                | "common"
                | "typical"
                | "normal"
                | "whole"
                | "entire"
                | "total"
                | "massive"
                | "particular"
                | "specialized"
                | "general"
        );
        // "receiving", "modified": a participle says what happens to it ("cone-shaped" is a
        // shape).
        let participle = !lower.contains('-')
            && (lower.ends_with("ing") || lower.ends_with("ed"))
            && word.is_verb();
        // ("High clouds", "low tide": a height that names a kind.)
        let height = matches!(&*lower, "high" | "low");
        if sizes
            || participle
            || !word.tells() && !height
            || word.is_adverb()
            || lexicon::is_number_word(&lower)
            || lexicon::is_comparative(&lower)
            || lexicon::is_superlative(&lower)
            || lower.bytes().any(|b| b.is_ascii_digit())
        {
            return false;
        }
        modifiers += 1;
    }
    modifiers > 0
}

fn head_stem(text: &str) -> Cow<'_, str> {
    text.split_whitespace()
        .last()
        .map(|w| lexicon::stem(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .unwrap_or_default()
}

fn is_numeric(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// What kind of number a phrase holds: a distractor for a number must be a number of the same
/// kind ("9.0" is no year, "March 2011" no magnitude).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberShape {
    /// Digits and signs only: "9.0", "50%", "2,000".
    Bare,
    /// A lone year: "2004", "1960s".
    Year,
    /// A day or month named: "December 26", "March 2011".
    Date,
    /// A number with its unit or noun ("100 kilometers thick"): alike only with the same head.
    Measure,
}

fn number_shape(text: &str) -> NumberShape {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let year = |w: &str| {
        let digits = w.strip_suffix('s').unwrap_or(w);
        digits.len() == 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && matches!(digits.as_bytes()[0], b'1' | b'2')
    };
    if !text.chars().any(char::is_alphabetic) {
        if year(text.trim()) {
            return NumberShape::Year;
        }
        return NumberShape::Bare;
    }
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    if words.clone().any(|w| MONTHS.contains(&w)) {
        NumberShape::Date
    } else if words.next().is_some_and(year) && words.next().is_none() {
        NumberShape::Year
    } else {
        NumberShape::Measure
    }
}

/// Scores how well `term` serves as a distractor for `answer`; `None` when it must not be used
/// (the same thing, a part of it, a restatement, or named in the prompt, whose stems are
/// `prompt_stems`).
fn distractor_score(
    answer: &Phrase,
    answer_fact: FactKind,
    sentence: usize,
    prompt_stems: &StemSet,
    term: &Term,
) -> Option<f32> {
    // The cheap tests first: each one alone refuses the term, so their order does not matter.
    let tp = &term.phrase;
    if term.sentence == sentence || answer.numeric() != tp.numeric() {
        return None;
    }
    // A distractor must be of the same kind as the answer: same head noun, same pattern, or
    // both numbers.
    // (Words share a head as kinds of it; a number and its unit do as measures.)
    let same_head = answer.numeric() && answer.head == tp.head || answer.kinds_of_one_head(tp);
    // Only terms (names, abbreviations) are alike enough by pattern alone.
    let same_pattern =
        term.fact == answer_fact && matches!(answer_fact, FactKind::Naming | FactKind::Acronym);
    if !(same_head || same_pattern || answer.numeric()) {
        return None;
    }
    // ("9.0" beside "March 2011", "30 minutes" beside "100 kilometers": not alike.)
    if answer.number.is_some()
        && (answer.number != tp.number || answer.number == Some(NumberShape::Measure) && !same_head)
    {
        return None;
    }
    // A number's distractor shares its unit or month ("5 minutes" for "30 minutes"), never its
    // number; any other distractor shares no word with the answer.
    let shared = if answer.numeric() {
        fn numbers(text: &str) -> impl Iterator<Item = &str> {
            text.split_whitespace()
                .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        }
        numbers(&answer.text).any(|n| numbers(&tp.text).any(|m| m == n))
    } else {
        answer.shares_a_word(tp)
    };
    if shared || tp.stems.is_subset(prompt_stems) {
        return None;
    }
    let (a, t) = (&answer.key, &tp.key);
    // (`holds` gives up at once on a needle longer than its haystack.)
    if holds(a, t) || holds(t, a) {
        return None;
    }
    let mut score = 0.0;
    if same_head {
        score += 3.0;
    }
    if same_pattern {
        score += 1.5;
    }
    if term.from_list {
        score += 0.7;
    }
    if answer.numeric() {
        score += 2.0;
    }
    if answer.plural == tp.plural {
        score += 0.5;
    }
    if answer.capital == tp.capital {
        score += 0.3;
    }
    let diff = answer.words.abs_diff(tp.words) as f32;
    score -= 0.6 * diff;
    Some(score)
}

/// A wrong option written as its answer is: capitalised beside a capitalised answer (a gap
/// that opens the sentence), and beside a lower-case one without the capital it had only
/// for opening its own sentence ("Rip currents" -> "rip currents"; "Antarctic Circumpolar
/// Current" and "Mitochondria", one word that may be a name, keep theirs).
fn fit_case(option: &str, answer: &str) -> String {
    let mut chars = option.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let rest = chars.as_str();
    if answer.starts_with(char::is_uppercase) {
        return first.to_uppercase().chain(rest.chars()).collect();
    }
    let mut words = option.split_whitespace();
    let opener = words.next().unwrap_or("");
    let sentence_capital = first.is_uppercase()
        && opener.chars().skip(1).all(|c| !c.is_uppercase())
        && words.clone().next().is_some()
        && words.all(|w| !w.starts_with(char::is_uppercase));
    if sentence_capital {
        first.to_lowercase().chain(rest.chars()).collect()
    } else {
        option.to_owned()
    }
}

/// `needle` occurs in `haystack`. Both are short keys: a scan that compares only where the
/// first byte agrees beats building a substring searcher for each pair.
fn holds(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    h.windows(n.len()).any(|w| w[0] == first && w == n)
}

/// Turns the best-served short-answer questions into multiple choice.
fn choose_multiple_choice(
    ranked: &mut [Ranked],
    pool: &TermPool,
    table: &mut StemTable,
    options: &RankOptions,
) {
    let limit = ((ranked.len() as f32) * options.max_choice_share).floor() as usize;
    let mut offers: Vec<(f32, usize, Vec<String>)> = Vec::new();
    for (i, r) in ranked.iter().enumerate() {
        let c = &r.card;
        if !offers_choices(c) {
            continue;
        }
        let Some(kind) = pool.may_offer(&c.answer, c.fact, c.kind) else {
            continue;
        };
        // "[...] are also found along shorelines": said of others too, which may be among
        // the options.
        // ("Quiet breathing, also known as eupnea, ...": a second name.)
        let also = holds(&c.prompt, " also ")
            && !holds(&c.prompt, " also known ")
            && !holds(&c.prompt, " also called ");
        if also || holds(&c.prompt, " as well") {
            continue;
        }
        let answer = Phrase::new(c.answer.clone(), normalize_key(&c.answer), kind, table);
        let prompt_stems = table.stems(&c.prompt);
        let mut scored: Vec<(f32, &Term)> = pool
            .candidates(&answer, c.fact, c.sentence)
            .into_iter()
            .filter_map(|t| {
                distractor_score(&answer, c.fact, c.sentence, &prompt_stems, t).map(|s| (s, t))
            })
            .filter(|(s, _)| *s >= 1.5)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.sentence.cmp(&b.1.sentence)));
        let mut chosen: Vec<&Term> = Vec::new();
        for (_, t) in &scored {
            if chosen.len() == 3 {
                break;
            }
            if chosen.iter().any(|o| o.phrase.shares_a_word(&t.phrase)) {
                continue;
            }
            chosen.push(t);
        }
        if chosen.len() < 3 {
            continue;
        }
        let quality: f32 = scored.iter().take(3).map(|(s, _)| *s).sum();
        offers.push((
            quality,
            i,
            chosen.iter().map(|t| t.phrase.text.clone()).collect(),
        ));
    }
    offers.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i, distractors) in offers.into_iter().take(limit) {
        if let Some(r) = ranked.get_mut(i) {
            if let Cow::Owned(shown) = visible_prompt(&r.card) {
                r.card.prompt = shown;
            }
            r.card.kind = CardKind::Choice;
            r.distractors = distractors
                .iter()
                .map(|d| fit_case(d, &r.card.answer))
                .collect();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: &[&str] = &[
        "Mesenchymal stem cells (MSCs) are a type of stem cell.",
        "The STEM CELLS of the liver: hepatocytes, Kupffer cells and self-renewal.",
        "Studies of ionization show that the ionizations are rapid",
        "Ωmega ΣΑΣ and naïve Café-crème 3.5 mm",
        "",
        "the a an of",
    ];

    #[test]
    fn a_long_definition_is_recalled_by_its_term_a_short_one_asked() {
        use crate::generate::{Document, Options, generate};
        let deck = |text: &str, rank: RankOptions| {
            let doc = Document {
                name: "note.txt",
                bytes: text.as_bytes(),
            };
            let options = Options {
                rank,
                ..Options::default()
            };
            generate(&[doc], &options).expect("a deck").cards
        };
        // With the density cap at work from the first card, a one-sentence note keeps one.
        let capped = capped();
        let only_card = |text: &str| {
            let cards = deck(text, capped.clone());
            assert_eq!(cards.len(), 1, "{cards:?}");
            (cards[0].prompt.clone(), cards[0].answer.clone())
        };
        let hemoglobin = "Hemoglobin is a protein containing four subunits that transports oxygen throughout the body.";
        let (_, answer) = only_card(hemoglobin);
        assert_eq!(answer, "Hemoglobin");
        let (prompt, answer) = only_card("Water is a polar molecule.");
        assert_eq!(
            (prompt.as_str(), answer.as_str()),
            ("What is water?", "a polar molecule")
        );
        // As shipped, a note this short gets its second card too: the definition asked.
        let answers: Vec<String> = deck(hemoglobin, RankOptions::default())
            .into_iter()
            .map(|c| c.answer)
            .collect();
        assert_eq!(
            answers,
            [
                "a protein containing four subunits that transports oxygen throughout the body",
                "Hemoglobin"
            ]
        );
    }

    #[test]
    fn a_condition_made_of_the_words_its_question_names_is_no_giveaway() {
        use crate::generate::{Document, Options, generate};
        let text = "The magnetic field created by a current flowing through a wire surrounds the \
                    wire in concentric circles. This magnetic field is stronger if more current \
                    is flowing through the wire.\n";
        let doc = Document {
            name: "note.txt",
            bytes: text.as_bytes(),
        };
        let deck = generate(&[doc], &Options::default()).expect("a deck");
        assert!(
            deck.cards.iter().any(|c| c.prompt
                == "When is the magnetic field created by a current flowing through a wire stronger?"
                && c.answer == "if more current is flowing through the wire"),
            "{:?}",
            deck.cards
        );
        // A short one is: "When can the ability of iron to rust be observed?" -> "when iron
        // actually rusts".
        let card = candidate(0, "When does iron rust?", "when iron actually rusts", 2.5);
        let card = Candidate {
            fact: FactKind::Circumstance,
            ..card
        };
        let mut table = StemTable::default();
        let no_words = SentenceWords {
            words: Vec::new(),
            spans: Vec::new(),
        };
        let keys = Keys::of(&card, &mut table, &[], &no_words);
        assert!(answer_in_prompt(&card, &keys));
    }

    /// A cloze's keys made of its sentence's words are those read from its texts.
    #[test]
    fn cloze_keys_from_the_sentence_are_those_of_its_texts() {
        let sentences = paragraph(&[
            "However, they usually arent as destructive as landslides and mudslides.",
            "The P-wave and the S-wave arrive first; P- and S-waves differ.",
            "Épée-shaped crystals, café-au-lait spots and naïve cells.",
        ]);
        let clozes = [
            // Context before the sentence, and its opening words dropped or recased.
            (
                0,
                "Both may move rock. They usually arent as destructive as {{landslides}} and mudslides.",
                "landslides",
            ),
            (
                0,
                "{{However}}, they usually arent as destructive as landslides and mudslides.",
                "However",
            ),
            (
                0,
                "However, they usually arent as destructive as landslides and {{mudslides}}.",
                "mudslides",
            ),
            (
                0,
                "they usually arent as {{destructive}} as landslides and mudslides.",
                "destructive",
            ),
            // A gap beside a hyphen, inside a hyphenated word, or around several words.
            (
                1,
                "The {{P-wave}} and the S-wave arrive first; P- and S-waves differ.",
                "P-wave",
            ),
            (
                1,
                "The P-wave and the S-wave arrive first; {{P}}- and S-waves differ.",
                "P",
            ),
            (
                1,
                "The P-{{wave}} and the S-wave arrive first; P- and S-waves differ.",
                "wave",
            ),
            (
                1,
                "The P-wave and {{the S-wave arrive}} first; P- and S-waves differ.",
                "the S-wave arrive",
            ),
            // Letters outside ASCII, and an answer that is not the gap's text.
            (
                2,
                "{{Épée-shaped crystals}}, café-au-lait spots and naïve cells.",
                "Épée-shaped crystals",
            ),
            (
                2,
                "Épée-shaped crystals, café-au-lait spots and {{naïve cells}}.",
                "naive cells",
            ),
            (
                2,
                "A note. Épée-shaped crystals, café-au-lait spots and naïve {{cells}}.",
                "cells",
            ),
        ];
        let mut table = StemTable::default();
        let mut words = SentenceWords {
            words: Vec::new(),
            spans: Vec::new(),
        };
        for s in &sentences {
            let from = words.words.len();
            assert!(table.place_words(&s.text, &mut words.words));
            words.spans.push(Some((from, words.words.len())));
        }
        let mut slow = Vec::new();
        for (sentence, prompt, answer) in clozes {
            let card = Candidate {
                kind: CardKind::Cloze,
                ..candidate(sentence, prompt, answer, 2.0)
            };
            let keys = Keys::of(&card, &mut table, &sentences, &words);
            let (prompt_stems, prompt_key) = table.stems_with_key(&visible_prompt(&card));
            let (answer_stems, answer_key) = table.stems_with_key(answer);
            assert_eq!(keys.prompt, prompt_key, "{prompt}");
            assert_eq!(keys.prompt_stems, prompt_stems, "{prompt}");
            assert_eq!(keys.answer, answer_key, "{prompt}");
            assert_eq!(keys.answer_stems, answer_stems, "{prompt}");
            if Keys::of_cloze(&card, &mut table, &sentences, &words).is_none() {
                slow.push(prompt);
            }
        }
        // Read from the texts: a gap inside a word ("P-{{wave}}", and "{{P}}-", since a hyphen
        // belongs to the word), and an answer that is not the gap's text.
        assert_eq!(
            slow,
            [
                "The P-wave and the S-wave arrive first; {{P}}- and S-waves differ.",
                "The P-{{wave}} and the S-wave arrive first; P- and S-waves differ.",
                "Épée-shaped crystals, café-au-lait spots and {{naïve cells}}.",
            ]
        );
    }

    /// The shipped options with the density caps at work from the first card, as in a long
    /// document.
    fn capped() -> RankOptions {
        RankOptions {
            cards_before_caps: 0,
            ..RankOptions::default()
        }
    }

    fn candidate(sentence: usize, prompt: &str, answer: &str, score: f32) -> Candidate {
        Candidate {
            kind: CardKind::Question,
            prompt: prompt.to_owned(),
            answer: answer.to_owned(),
            fact: FactKind::Definition,
            sentence,
            score,
            peers: Vec::new(),
            subject: String::new(),
        }
    }

    /// The sentences of one paragraph, in order.
    fn paragraph(texts: &[&str]) -> Vec<Sentence> {
        texts
            .iter()
            .enumerate()
            .map(|(position, text)| Sentence {
                text: (*text).to_owned(),
                paragraph: 0,
                position,
            })
            .collect()
    }

    #[test]
    fn a_strong_second_card_goes_before_a_weak_first_card_of_another_sentence() {
        let sentences = paragraph(&[
            "Slump is the sudden movement of rock blocks down a slope.",
            "Farmers once walked across wide valleys.",
            "Quarry workers noticed loose gravel piles.",
        ]);
        let candidates = vec![
            candidate(0, "What is slump?", "sudden movement of rock blocks", 3.0),
            candidate(
                0,
                "What is the sudden movement of rock blocks?",
                "Slump",
                3.1,
            ),
            candidate(
                1,
                "Who once walked across wide valleys?",
                "Farmers once",
                1.2,
            ),
            candidate(2, "Who noticed loose gravel piles?", "Quarry workers", 1.5),
        ];
        // The caps at work from the first card, as in a long document.
        let options = capped();
        let answers = |sentences: &[Sentence], candidates: &[Candidate], words: usize| {
            rank(
                candidates.to_vec(),
                sentences,
                "Mass movement",
                words,
                &options,
            )
            .into_iter()
            .map(|r| r.card.answer)
            .collect::<Vec<_>>()
        };
        // 40 words: room for three cards, two of them while second cards may come in.
        assert_eq!(
            answers(&sentences, &candidates, 40),
            ["sudden movement of rock blocks", "Slump", "Quarry workers"]
        );
        // With room for two, the weak first card of another sentence stays out, and the
        // strong second card is kept.
        assert_eq!(
            answers(&sentences[..2], &candidates[..3], 34),
            ["sudden movement of rock blocks", "Slump"]
        );
    }

    #[test]
    fn every_sentence_gets_a_first_card_before_second_cards_fill_the_deck() {
        let sentences = paragraph(&[
            "Slump is the sudden movement of rock blocks down a slope.",
            "Creep is the very slow movement of soil down a hill.",
            "Quarry workers noticed loose gravel piles.",
            "Heavy rain soaks the ground before a mudflow.",
        ]);
        let candidates = vec![
            candidate(0, "What is slump?", "sudden movement of rock blocks", 3.0),
            candidate(
                0,
                "What is the sudden movement of rock blocks?",
                "Slump",
                2.9,
            ),
            candidate(1, "What is creep?", "very slow movement of soil", 2.8),
            candidate(1, "What is the very slow movement of soil?", "Creep", 2.7),
            candidate(2, "Who noticed loose gravel piles?", "Quarry workers", 1.5),
            candidate(
                3,
                "What soaks the ground before a mudflow?",
                "Heavy rain",
                1.4,
            ),
        ];
        // 50 words, the caps at work from the first card: room for four cards, but for second
        // cards only while the deck has two.
        let answers = |options: &RankOptions| {
            rank(candidates.clone(), &sentences, "Mass movement", 50, options)
                .into_iter()
                .map(|r| r.card.answer)
                .collect::<Vec<String>>()
        };
        assert_eq!(
            answers(&capped()),
            ["Slump", "Creep", "Quarry workers", "Heavy rain"]
        );
        // As shipped, a note of 50 words is below the caps: every card worth writing is kept.
        assert_eq!(
            answers(&RankOptions::default()),
            [
                "sudden movement of rock blocks",
                "Slump",
                "very slow movement of soil",
                "Creep",
                "Quarry workers",
                "Heavy rain"
            ]
        );
    }

    #[test]
    fn stem_table_agrees_with_content_stems() {
        let mut table = StemTable::default();
        let numbered: Vec<StemSet> = TEXTS.iter().map(|t| table.stems(t)).collect();
        for (i, a) in TEXTS.iter().enumerate() {
            let sa = content_stems(a);
            assert_eq!(numbered[i].len(), sa.len(), "{a}");
            for (j, b) in TEXTS.iter().enumerate() {
                let sb = content_stems(b);
                let both = sa.intersection(&sb).count();
                assert_eq!(numbered[i].intersection_count(&numbered[j]), both);
                assert_eq!(numbered[i].is_subset(&numbered[j]), sa.is_subset(&sb));
                assert_eq!(numbered[i].is_disjoint(&numbered[j]), sa.is_disjoint(&sb));
            }
        }
    }

    #[test]
    fn a_number_is_offered_only_numbers_of_its_kind() {
        for (text, shape) in [
            ("9.0", NumberShape::Bare),
            ("2,000", NumberShape::Bare),
            ("2004", NumberShape::Year),
            ("1960s", NumberShape::Year),
            ("March 2011", NumberShape::Date),
            ("December 26", NumberShape::Date),
            ("100 kilometers thick", NumberShape::Measure),
        ] {
            assert_eq!(number_shape(text), shape, "{text}");
        }
        let mut table = StemTable::default();
        let mut phrase =
            |t: &str| Phrase::new(t.to_owned(), normalize_key(t), names_a_kind(t), &mut table);
        let score = |answer: &Phrase, term: Phrase| {
            let term = Term {
                phrase: term,
                fact: FactKind::Statement,
                sentence: 7,
                from_list: false,
            };
            distractor_score(answer, FactKind::Statement, 1, &StemSet::default(), &term)
        };
        let magnitude = phrase("9.0");
        assert!(score(&magnitude, phrase("7.5")).is_some());
        for t in ["March 2011", "2004", "December 26", "30 minutes"] {
            assert_eq!(score(&magnitude, phrase(t)), None, "{t}");
        }
        // A measure is alike only with the same unit.
        let time = phrase("30 minutes");
        assert!(score(&time, phrase("5 minutes")).is_some());
        assert_eq!(score(&time, phrase("100 kilometers")), None);
        assert_eq!(score(&time, phrase("30 seconds")), None);
        assert!(score(&phrase("March 2011"), phrase("December 2004")).is_some());
        // Kinds of one head stand beside each other: the head they share is no giveaway. The
        // head alone, or a size, is no kind; another shared word is a restatement.
        let high = phrase("High clouds");
        assert!(score(&high, phrase("nimbostratus clouds")).is_some());
        for t in ["clouds", "larger clouds", "high fog", "high wispy clouds"] {
            assert_eq!(score(&high, phrase(t)), None, "{t}");
        }
        assert_eq!(score(&phrase("clouds"), phrase("middle clouds")), None);
    }

    #[test]
    fn a_kind_is_a_head_with_words_that_say_which() {
        for kind in [
            "Nimbostratus clouds",
            "pahoehoe lava",
            "a gaseous solution",
            "High clouds",
            "cone-shaped volcanoes",
            "red blood cells",
        ] {
            assert!(names_a_kind(kind), "{kind}");
        }
        for not_kind in [
            "clouds",
            "larger volcanoes",
            "largest eruption",
            "three alleles",
            "receiving neuron",
            "parts of the cell",
            "messages carried by neurons",
            "potentially active supervolcano",
            "common low clouds",
            "important factors",
            "",
        ] {
            assert!(!names_a_kind(not_kind), "{not_kind}");
        }
    }

    #[test]
    fn a_wrong_option_is_written_as_its_answer_is() {
        for (option, answer, shown) in [
            ("Rip currents", "longshore currents", "rip currents"),
            ("middle clouds", "High clouds", "Middle clouds"),
            // A name keeps its capitals, and one word may be a name.
            (
                "Antarctic Circumpolar Current",
                "rip currents",
                "Antarctic Circumpolar Current",
            ),
            ("Mitochondria", "ribosomes", "Mitochondria"),
            ("DNA polymerase", "helicase enzyme", "DNA polymerase"),
            ("", "x", ""),
        ] {
            assert_eq!(fit_case(option, answer), shown, "{option}");
        }
    }

    #[test]
    fn kinds_of_one_head_are_each_others_wrong_options_in_a_cloze() {
        use crate::generate::{Document, Options, generate};
        let text = "Clouds\n\nHigh clouds form from ice crystals where the air is extremely cold \
                    and can hold little water vapor. Middle clouds are made of water droplets and \
                    ice crystals. Nimbostratus clouds are thick and dark. Altostratus clouds \
                    cover the whole sky in a gray sheet. Larger clouds can bring rain to the \
                    valley. Cirrus clouds are also made of ice crystals.\n";
        let doc = Document {
            name: "clouds.txt",
            bytes: text.as_bytes(),
        };
        // Every card that can be is multiple choice here (as shipped, a third at most).
        let options = Options {
            rank: RankOptions {
                max_choice_share: 1.0,
                ..RankOptions::default()
            },
            ..Options::default()
        };
        let deck = generate(&[doc], &options).expect("a deck");
        let kinds = [
            "High clouds",
            "Middle clouds",
            "Nimbostratus clouds",
            "Altostratus clouds",
            "Cirrus clouds",
        ];
        let choices: Vec<_> = deck
            .cards
            .iter()
            .filter(|c| c.kind == CardKind::Choice)
            .collect();
        assert!(!choices.is_empty(), "{:#?}", deck.cards);
        for c in &choices {
            // Shown as the learner reads it, the gap where the answer was.
            assert!(c.prompt.starts_with(CLOZE_GAP), "{}", c.prompt);
            assert!(kinds.contains(&c.answer.as_str()), "{}", c.answer);
            assert_eq!(c.distractors.len(), 3, "{:?}", c.distractors);
            for d in &c.distractors {
                assert!(
                    kinds.contains(&d.as_str()) && *d != c.answer,
                    "{d} for {}",
                    c.answer
                );
            }
        }
        let dark = choices
            .iter()
            .find(|c| c.prompt == "[...] are thick and dark.")
            .expect("the kind asked by what it looks like");
        let mut wrong = dark.distractors.clone();
        wrong.sort();
        assert_eq!(
            wrong,
            ["Altostratus clouds", "High clouds", "Middle clouds"]
        );
        // What is also said of others is no question to choose among them.
        assert!(choices.iter().all(|c| !c.prompt.contains(" also ")));
        assert!(
            deck.cards
                .iter()
                .any(|c| c.prompt.contains("are also made of") && c.kind == CardKind::Cloze)
        );
        assert!(choices.len() >= 4, "{choices:#?}");
        assert!(crate::deck::format::validate("clouds.toml", &deck).is_ok());
    }

    #[test]
    fn holds_is_a_substring_search() {
        for (h, n) in [
            ("photosynthesis", "synthesis"),
            ("igneous rock", "rock"),
            ("rock", "igneous rock"),
            ("cell", "cell"),
            ("cell", ""),
            ("", "a"),
            ("abcabd", "abd"),
        ] {
            assert_eq!(holds(h, n), h.contains(n), "{h} / {n}");
        }
    }

    #[test]
    fn contains_words_is_a_padded_substring_search() {
        let cases = [
            ("liver cells are cells", "cells"),
            ("liver cells", "liver"),
            ("livers", "liver"),
            ("the liver", "he liver"),
            ("aa aa", "aa aa"),
            ("a aa a", "aa a"),
            ("σας σα", "σα"),
            ("x", "x"),
            ("", "x"),
            ("cells cell", "cell"),
        ];
        for (haystack, needle) in cases {
            let padded = format!(" {haystack} ").contains(&format!(" {needle} "));
            assert_eq!(
                contains_words(haystack, needle),
                padded,
                "{haystack:?} {needle:?}"
            );
        }
    }

    #[test]
    fn stems_with_key_agrees_with_stems_and_normalize_key() {
        let mut table = StemTable::default();
        let mut other = StemTable::default();
        for text in TEXTS.iter().chain(&["a-b the-An -x- an--the"]) {
            let (stems, key) = table.stems_with_key(text);
            assert_eq!(table.key_text(&key), normalize_key(text), "{text}");
            assert_eq!(stems, other.stems(text), "{text}");
        }
    }

    #[test]
    fn keys_contain_each_other_as_their_texts_do() {
        let mut table = StemTable::default();
        let texts = [
            "the liver cells",
            "liver",
            "cells of the liver",
            "the liver-cell count",
            "cell",
            "A",
            "liver cells of the liver",
        ];
        for haystack in texts {
            for needle in texts {
                let (_, h) = table.stems_with_key(haystack);
                let (_, n) = table.stems_with_key(needle);
                if n.is_empty() {
                    continue;
                }
                assert_eq!(
                    contains_key(&h, &n),
                    contains_words(&normalize_key(haystack), &normalize_key(needle)),
                    "{haystack:?} {needle:?}"
                );
                assert_eq!(h == n, normalize_key(haystack) == normalize_key(needle));
            }
        }
    }

    #[test]
    fn normalize_key_drops_articles_and_punctuation() {
        assert_eq!(normalize_key("The  Liver, an ORGAN!"), "liver organ");
        assert_eq!(normalize_key("A"), "");
        assert_eq!(normalize_key("ΣΑΣ Café"), "σας café");
    }
}
