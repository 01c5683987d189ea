//! Ranking: scores the candidate cards, drops the bad and the repeated, caps the density, and
//! turns the best short-answer questions into multiple choice with distractors of the same kind.

use std::collections::{BTreeMap, BTreeSet};

use super::cards::{Candidate, Sentence};
use super::facts::FactKind;
use super::lexicon;
use crate::deck::{CLOZE_GAP, CardKind};

/// Knobs of the ranker.
#[derive(Debug, Clone, PartialEq)]
pub struct RankOptions {
    /// At most this many cards per 100 words of source text.
    pub cards_per_100_words: f32,
    /// At most this many cards from one sentence.
    pub max_per_sentence: usize,
    /// Share of cards at most turned into multiple choice.
    pub max_choice_share: f32,
}

impl Default for RankOptions {
    fn default() -> Self {
        RankOptions {
            cards_per_100_words: 5.9,
            max_per_sentence: 2,
            max_choice_share: 0.35,
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
pub fn content_stems(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !lexicon::is_stop_word(w))
        .map(|w| lexicon::stem(&w))
        .collect()
}

fn normalize_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "the" | "a" | "an"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The prompt as the learner sees it (gap shown as `[...]`).
fn visible_prompt(card: &Candidate) -> String {
    match card.kind {
        CardKind::Cloze => match crate::deck::split_cloze(&card.prompt) {
            Some((before, _, after)) => format!("{before}{CLOZE_GAP}{after}"),
            None => card.prompt.clone(),
        },
        _ => card.prompt.clone(),
    }
}

/// True when the answer can be read off the prompt.
fn answer_in_prompt(keys: &Keys) -> bool {
    if keys.answer.is_empty() {
        return true;
    }
    let padded = format!(" {} ", keys.prompt);
    if padded.contains(&format!(" {} ", keys.answer)) {
        return true;
    }
    // Every content word of the answer in the prompt is a giveaway too.
    !keys.answer_stems.is_empty() && keys.answer_stems.is_subset(&keys.prompt_stems)
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Scores, filters, de-duplicates and caps the candidates; returns the kept cards in document
/// order, with multiple-choice distractors chosen.
pub fn rank(
    candidates: Vec<Candidate>,
    sentences: &[Sentence],
    title: &str,
    total_words: usize,
    options: &RankOptions,
) -> Vec<Ranked> {
    // An answer that only repeats the deck's title is too easy to be worth a card.
    let title_stems = content_stems(title);
    // How often each content stem occurs in the document: salient terms recur.
    let mut doc_freq: BTreeMap<String, usize> = BTreeMap::new();
    for s in sentences {
        for stem in content_stems(&s.text) {
            *doc_freq.entry(stem).or_default() += 1;
        }
    }
    let mut scored: Vec<(usize, Candidate, Keys)> = candidates
        .into_iter()
        .map(|c| {
            let keys = Keys::of(&c);
            (c, keys)
        })
        .filter(|(c, keys)| !c.answer.trim().is_empty() && !answer_in_prompt(keys))
        .enumerate()
        .map(|(order, (mut c, keys))| {
            let n = word_count(&c.answer);
            c.score += match n {
                1..=4 => 0.3,
                5..=8 => 0.0,
                _ => -0.15 * (n - 8) as f32,
            };
            let stems = &keys.answer_stems;
            let salient = stems
                .iter()
                .filter(|s| doc_freq.get(*s).copied().unwrap_or(0) >= 2)
                .count();
            if !stems.is_empty() {
                c.score += 0.45 * salient as f32 / stems.len() as f32;
            }
            if !stems.is_empty() && stems.is_subset(&title_stems) {
                c.score -= 2.0;
            }
            (order, c, keys)
        })
        .collect();
    scored.sort_by(|(oa, a, _), (ob, b, _)| {
        b.score
            .total_cmp(&a.score)
            .then(a.sentence.cmp(&b.sentence))
            .then(oa.cmp(ob))
    });

    let cap = ((total_words as f32) * options.cards_per_100_words / 100.0).floor() as usize;
    // A short note still gets a card per sentence, up to a few.
    let cap = cap.max(sentences.len().min(8));
    let (scored, keys): (Vec<(usize, Candidate)>, Vec<Keys>) = scored
        .into_iter()
        .map(|(order, c, keys)| ((order, c), keys))
        .unzip();
    let mut taken = vec![false; scored.len()];
    let mut kept: Vec<usize> = Vec::new();
    let mut per_sentence: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut by_answer: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut prompts: BTreeSet<&str> = BTreeSet::new();
    // Two passes: first the best card of each sentence, then second cards while room is left.
    for pass in 0..2 {
        for (i, (_, c)) in scored.iter().enumerate() {
            if kept.len() >= cap {
                break;
            }
            let siblings = per_sentence.get(&c.sentence).map_or(0, Vec::len);
            if pass == 0 && siblings > 0 {
                continue;
            }
            if pass == 1 && (siblings == 0 || siblings >= options.max_per_sentence || c.score < 2.0)
            {
                continue;
            }
            if taken[i] || prompts.contains(keys[i].prompt.as_str()) {
                continue;
            }
            // No two cards asking the same thing: the same answer about the same thing, or two
            // answers from one sentence that mostly overlap.
            let same_sentence = per_sentence.get(&c.sentence).into_iter().flatten();
            let same_answer = by_answer.get(keys[i].answer.as_str()).into_iter().flatten();
            let repeats = same_sentence.chain(same_answer).any(|&k| {
                let (other, mine) = (&keys[k], &keys[i]);
                let same_answer = other.answer == mine.answer
                    || overlap(&other.answer_stems, &mine.answer_stems) > 0.5;
                same_answer
                    && (scored[k].1.sentence == c.sentence
                        || overlap(&other.prompt_stems, &mine.prompt_stems) > 0.5)
            });
            if repeats {
                continue;
            }
            taken[i] = true;
            prompts.insert(keys[i].prompt.as_str());
            by_answer
                .entry(keys[i].answer.as_str())
                .or_default()
                .push(i);
            per_sentence.entry(c.sentence).or_default().push(i);
            kept.push(i);
        }
    }
    kept.sort_by(|&a, &b| {
        let (oa, ca) = &scored[a];
        let (ob, cb) = &scored[b];
        ca.sentence.cmp(&cb.sentence).then(oa.cmp(ob))
    });

    let pool = TermPool::new(&scored);
    let mut ranked: Vec<Ranked> = kept
        .into_iter()
        .map(|i| Ranked {
            card: scored[i].1.clone(),
            distractors: Vec::new(),
        })
        .collect();
    choose_multiple_choice(&mut ranked, &pool, options);
    ranked
}

/// What a candidate is compared by, computed once.
struct Keys {
    prompt: String,
    answer: String,
    answer_stems: BTreeSet<String>,
    prompt_stems: BTreeSet<String>,
}

impl Keys {
    fn of(c: &Candidate) -> Keys {
        let visible = visible_prompt(c);
        Keys {
            prompt: normalize_key(&visible),
            answer: normalize_key(&c.answer),
            answer_stems: content_stems(&c.answer),
            prompt_stems: content_stems(&visible),
        }
    }
}

/// Share of the smaller set found in the other.
fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f32 / small as f32
}

/// A term that can serve as a distractor.
#[derive(Debug, Clone)]
struct Term {
    text: String,
    stems: BTreeSet<String>,
    fact: FactKind,
    sentence: usize,
    from_list: bool,
}

/// Every short phrase the candidates name (answers, list items, subjects), indexed by what a
/// distractor must share with an answer: its head noun, its pattern, or being a number.
struct TermPool {
    terms: Vec<Term>,
    by_head: BTreeMap<String, Vec<usize>>,
    by_pattern: BTreeMap<FactKind, Vec<usize>>,
    numeric: Vec<usize>,
}

impl TermPool {
    fn new(scored: &[(usize, Candidate)]) -> TermPool {
        let mut seen = BTreeSet::new();
        let mut terms = Vec::new();
        let mut add = |text: &str, fact: FactKind, sentence: usize, from_list: bool| {
            let text = super::facts::trim_phrase(text);
            let n = word_count(&text);
            if n == 0 || n > 5 || !super::cards::good_answer(&text) {
                return;
            }
            if text.contains(',') || text.contains(" and ") || text.contains(" or ") {
                return;
            }
            if seen.insert(normalize_key(&text)) {
                terms.push(Term {
                    stems: content_stems(&text),
                    text,
                    fact,
                    sentence,
                    from_list,
                });
            }
        };
        let mut ordered: Vec<&Candidate> = scored.iter().map(|(_, c)| c).collect();
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
        let mut by_head: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_pattern: BTreeMap<FactKind, Vec<usize>> = BTreeMap::new();
        let mut numeric = Vec::new();
        for (i, t) in terms.iter().enumerate() {
            by_head.entry(head_stem(&t.text)).or_default().push(i);
            by_pattern.entry(t.fact).or_default().push(i);
            if is_numeric(&t.text) {
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

    /// The terms that could be of the same kind as `answer`: same head, same pattern (for
    /// names and abbreviations), or numbers; at most a few hundred, nearest first.
    fn candidates(&self, answer: &str, fact: FactKind, sentence: usize) -> Vec<&Term> {
        let mut ids: Vec<usize> = Vec::new();
        if let Some(v) = self.by_head.get(&head_stem(answer)) {
            ids.extend(v);
        }
        if matches!(fact, FactKind::Naming | FactKind::Acronym)
            && let Some(v) = self.by_pattern.get(&fact)
        {
            ids.extend(v);
        }
        if is_numeric(answer) {
            ids.extend(&self.numeric);
        }
        ids.sort_unstable();
        ids.dedup();
        ids.sort_by_key(|&i| (self.terms[i].sentence.abs_diff(sentence), i));
        ids.truncate(300);
        ids.into_iter().map(|i| &self.terms[i]).collect()
    }
}

fn head_stem(text: &str) -> String {
    text.split_whitespace()
        .last()
        .map(|w| lexicon::stem(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .unwrap_or_default()
}

fn is_numeric(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// Scores how well `term` serves as a distractor for `answer`; `None` when it must not be used
/// (the same thing, a part of it, a restatement, or named in the prompt).
fn distractor_score(
    answer: &str,
    answer_fact: FactKind,
    sentence: usize,
    prompt: &str,
    term: &Term,
) -> Option<f32> {
    let a = normalize_key(answer);
    let t = normalize_key(&term.text);
    if a == t || a.contains(&t) || t.contains(&a) || term.sentence == sentence {
        return None;
    }
    let a_stems = content_stems(answer);
    if !a_stems.is_disjoint(&term.stems) {
        return None;
    }
    let p_stems = content_stems(prompt);
    if term.stems.is_subset(&p_stems) {
        return None;
    }
    if is_numeric(answer) != is_numeric(&term.text) {
        return None;
    }
    // A distractor must be of the same kind as the answer: same head noun, same pattern, or
    // both numbers.
    let same_head = head_stem(answer) == head_stem(&term.text);
    // Only terms (names, abbreviations) are alike enough by pattern alone.
    let same_pattern =
        term.fact == answer_fact && matches!(answer_fact, FactKind::Naming | FactKind::Acronym);
    if !(same_head || same_pattern || is_numeric(answer)) {
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
    if is_numeric(answer) {
        score += 2.0;
    }
    let plural = |s: &str| {
        s.split_whitespace()
            .last()
            .is_some_and(super::facts::looks_plural)
    };
    if plural(answer) == plural(&term.text) {
        score += 0.5;
    }
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    if capital(answer) == capital(&term.text) {
        score += 0.3;
    }
    let diff = word_count(answer).abs_diff(word_count(&term.text)) as f32;
    score -= 0.6 * diff;
    Some(score)
}

/// Turns the best-served short-answer questions into multiple choice.
fn choose_multiple_choice(ranked: &mut [Ranked], pool: &TermPool, options: &RankOptions) {
    let limit = ((ranked.len() as f32) * options.max_choice_share).floor() as usize;
    let mut offers: Vec<(f32, usize, Vec<String>)> = Vec::new();
    for (i, r) in ranked.iter().enumerate() {
        let c = &r.card;
        if c.kind != CardKind::Question || word_count(&c.answer) > 5 {
            continue;
        }
        if c.answer.contains(',') || c.answer.contains(" and ") {
            continue;
        }
        let mut scored: Vec<(f32, &Term)> = pool
            .candidates(&c.answer, c.fact, c.sentence)
            .into_iter()
            .filter_map(|t| {
                distractor_score(&c.answer, c.fact, c.sentence, &c.prompt, t).map(|s| (s, t))
            })
            .filter(|(s, _)| *s >= 1.5)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.sentence.cmp(&b.1.sentence)));
        let mut chosen: Vec<&Term> = Vec::new();
        for (_, t) in &scored {
            if chosen.len() == 3 {
                break;
            }
            if chosen.iter().any(|o| !o.stems.is_disjoint(&t.stems)) {
                continue;
            }
            chosen.push(t);
        }
        if chosen.len() < 3 {
            continue;
        }
        let quality: f32 = scored.iter().take(3).map(|(s, _)| *s).sum();
        offers.push((quality, i, chosen.iter().map(|t| t.text.clone()).collect()));
    }
    offers.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i, distractors) in offers.into_iter().take(limit) {
        if let Some(r) = ranked.get_mut(i) {
            r.card.kind = CardKind::Choice;
            r.distractors = distractors;
        }
    }
}
