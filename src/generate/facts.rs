//! Facts: what a sentence states, found with cue phrases and a light clause analysis.
//!
//! A sentence is split into words, its subject and main verb group are located with word lists
//! (see [`lexicon`](super::lexicon)), and the cue phrases of definitions, characteristics,
//! causes and effects, lists, capabilities, functions and acronyms are matched on the words.
//! Each match becomes a [`Fact`]; the card writer ([`cards`](super::cards)) words it.

use std::borrow::Cow;

use super::lexicon;
use super::sentences::Chars;

/// One word or punctuation mark of a sentence, with its byte range. Borrows the sentence; only
/// a word with capitals (or other non-ASCII) holds a lower-case copy of its own.
///
/// Two tokens are equal when their text, place and what is known of their words are; the
/// number of the stem, which only means something within one [`lexicon::WordCache`], is left
/// out.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// The text as written.
    pub text: &'a str,
    /// Lower case, for matching.
    pub lower: Cow<'a, str>,
    /// Byte offset of the first byte in the sentence.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// True for punctuation (`,` `;` `(` ...), false for words and numbers.
    pub punct: bool,
    /// What the word lists say of `lower`.
    listing: lexicon::Listing,
    /// The verb `lower` is a form of ([`lexicon::verb_base`]).
    verb_base: Option<&'static str>,
    /// The number of the stem of `lower` ([`lexicon::stem`]) among the stems of the tokens
    /// made with the same [`lexicon::WordCache`] (the same sentence, at least).
    stem: u32,
}

impl PartialEq for Tok<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
            && self.lower == other.lower
            && self.start == other.start
            && self.end == other.end
            && self.punct == other.punct
            && self.listing == other.listing
            && self.verb_base == other.verb_base
    }
}

impl Eq for Tok<'_> {}

impl<'a> Tok<'a> {
    /// A token of `text` at bytes `start..end` of its sentence; its lower case and what the
    /// word lists say of it are found once, here.
    fn new(
        text: &'a str,
        start: usize,
        end: usize,
        punct: bool,
        words: &mut lexicon::WordCache,
    ) -> Tok<'a> {
        // Punctuation is matched as written.
        let lower = if punct {
            Cow::Borrowed(text)
        } else {
            lexicon::lowercase(text)
        };
        let lexicon::Known {
            listing,
            verb_base,
            stem,
        } = words.look_up(&lower);
        Tok {
            text,
            lower,
            start,
            end,
            punct,
            listing,
            verb_base,
            stem,
        }
    }

    /// True when the token is exactly this (lower-case) word or mark.
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    /// The lower-case token as a [`lexicon::Word`], to ask the word lists about it.
    pub fn word(&self) -> lexicon::Word<'_> {
        lexicon::Word::with_listing(&self.lower, self.listing)
    }

    /// The verb the token is a form of, as [`lexicon::verb_base`] finds it.
    pub fn verb_base(&self) -> Option<&'static str> {
        self.verb_base
    }

    /// A form of a known verb ([`lexicon::is_verb`]).
    pub fn is_verb(&self) -> bool {
        self.verb_base.is_some()
    }

    /// A word that is neither a function word nor a known verb form: read as a noun or an
    /// adjective ("regulated \[enzymes\]", "fallen \[lines\]").
    pub fn is_noun_like(&self) -> bool {
        !self.punct && !self.word().is_function_word() && !self.is_verb()
    }

    /// True when this token and `other`, made with the same [`lexicon::WordCache`] (by one
    /// [`tokenize`] call, or by [`tokenize_cached`] with one cache), have the same
    /// [`lexicon::stem`].
    pub fn same_stem(&self, other: &Tok<'_>) -> bool {
        self.stem == other.stem
    }
}

/// Splits a sentence into words and punctuation marks.
///
/// Words keep inner hyphens, apostrophes and dots between digits ("3.5", "hepatocyte-like").
pub fn tokenize(sentence: &str) -> Vec<Tok<'_>> {
    tokenize_cached(sentence, &mut lexicon::WordCache::default())
}

/// [`tokenize`], asking `words` what the word lists say of each word (so a document's
/// recurring words are looked up once).
pub fn tokenize_cached<'a>(sentence: &'a str, words: &mut lexicon::WordCache) -> Vec<Tok<'a>> {
    tokenize_with(sentence, &Chars::of(sentence), words)
}

/// [`tokenize_cached`] over `sentence` read as `chars`.
fn tokenize_with<'a>(
    sentence: &'a str,
    chars: &Chars<'_>,
    words: &mut lexicon::WordCache,
) -> Vec<Tok<'a>> {
    let n = chars.len();
    // About one token per five characters in prose; a guess, so the vector seldom grows.
    let mut toks = Vec::with_capacity(n / 4 + 1);
    let mut i = 0;
    while i < n {
        let (start, ch) = (chars.byte(i), chars.at(i));
        if ch.is_whitespace() {
            i += 1;
            continue;
        }
        if ch.is_alphanumeric() {
            let mut j = i + 1;
            while j < n {
                let c = chars.at(j);
                if c.is_alphanumeric() {
                    j += 1;
                    continue;
                }
                let next_alnum = chars.get(j + 1).is_some_and(char::is_alphanumeric);
                let inner = matches!(c, '-' | '\'' | '’' | '.' | '/') && next_alnum;
                // A dot stays inside only between digits (3.5) or letters of an abbreviation (e.g).
                let dot_ok = c != '.'
                    || (chars.at(j - 1).is_ascii_digit()
                        && chars.get(j + 1).is_some_and(|n| n.is_ascii_digit()));
                // "22,000": a comma between a digit and three more digits stays in the number.
                let thousands = c == ','
                    && chars.at(j - 1).is_ascii_digit()
                    && (1..=3).all(|d| chars.get(j + d).is_some_and(|n| n.is_ascii_digit()))
                    && chars.get(j + 4).is_none_or(|n| !n.is_ascii_digit());
                // "7–10 percent": an en dash between digits is a range, one word.
                let range = c == '\u{2013}'
                    && chars.at(j - 1).is_ascii_digit()
                    && chars.get(j + 1).is_some_and(|n| n.is_ascii_digit());
                if (inner && dot_ok) || thousands || range {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.byte(j);
            let text = &sentence[start..end];
            toks.push(Tok::new(text, start, end, false, words));
            i = j;
        } else {
            let end = chars.byte(i + 1);
            let text = &sentence[start..end];
            toks.push(Tok::new(text, start, end, true, words));
            i += 1;
        }
    }
    toks
}

/// The text of tokens `from..to` as written in the sentence.
pub fn span_text(sentence: &str, toks: &[Tok<'_>], from: usize, to: usize) -> String {
    span(sentence, toks, from, to).to_owned()
}

/// [`span_text`], borrowed from the sentence.
pub fn span<'s>(sentence: &'s str, toks: &[Tok<'_>], from: usize, to: usize) -> &'s str {
    if from >= to || to > toks.len() {
        return "";
    }
    sentence
        .get(toks[from].start..toks[to - 1].end)
        .unwrap_or_default()
}

/// What kind of statement a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactKind {
    /// "X is a Y", "X, a Y, ...".
    Definition,
    /// "Y is called X", "X refers to Y", "X is defined as Y", "X is known as Y".
    Naming,
    /// "X is characterized by Y".
    Characteristic,
    /// "X is caused by Y", "X results from Y".
    Cause,
    /// "X causes Y", "X leads to Y", "X results in Y".
    Effect,
    /// "... such as A, B, and C", "including A and B", "X are A, B and C".
    List,
    /// "X can Y", "X is capable of Y".
    Capability,
    /// What a thing does: "X secrete Y".
    Function,
    /// "long form (ACRONYM)".
    Acronym,
    /// "A because B".
    Reason,
    /// When, where or why the clause's verb happens: "Mudslides usually occur when the soil is
    /// wet", "Creep takes place where the ground freezes", "Iron rusts because ...".
    Circumstance,
    /// Advice with its purpose or condition: "Plant trees around fields to buffer the wind",
    /// "If you are outside, run to an open area".
    Instruction,
    /// Any other statement: a key phrase to recall.
    Statement,
}

impl FactKind {
    /// The tag written on cards made from this kind of fact.
    pub fn tag(self) -> &'static str {
        match self {
            FactKind::Definition => "definition",
            FactKind::Naming => "term",
            FactKind::Characteristic => "characteristic",
            FactKind::Cause => "cause",
            FactKind::Effect => "effect",
            FactKind::List => "list",
            FactKind::Capability => "capability",
            FactKind::Function => "function",
            FactKind::Acronym => "acronym",
            FactKind::Reason => "reason",
            FactKind::Circumstance => "circumstance",
            FactKind::Instruction => "instruction",
            FactKind::Statement => "statement",
        }
    }
}

/// One fact found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// What kind of statement.
    pub kind: FactKind,
    /// What the fact is about ("liver cirrhosis"), as written minus a leading article.
    pub subject: String,
    /// The verb group as written ("is often caused by", "can differentiate into").
    pub relation: String,
    /// The phrase to recall ("irreversible scarring and impaired liver function").
    pub object: String,
    /// The items of a list fact, or the terms of a list inside the object.
    pub items: Vec<String>,
    /// The noun a list's items are instances of ("toxins" in "toxins, such as A or B").
    pub category: String,
}

/// The clause structure of a sentence: where its subject, verb group and predicate lie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Token index where the subject starts (after a leading adverbial, if any).
    pub subject_start: usize,
    /// Token index one past the subject.
    pub subject_end: usize,
    /// Token index one past the subject's head phrase, before an appositive or inserted list
    /// ("Liver cirrhosis" in "Liver cirrhosis, a late-stage liver disease, is ...").
    pub subject_head_end: usize,
    /// Token index one past the verb group (auxiliaries, adverbs, main verb, particle).
    pub verb_end: usize,
    /// Token index where the predicate ends (before final punctuation).
    pub end: usize,
}

/// True for a plural-looking noun ("cells", "MSCs"), false for "analysis", "virus", "glass".
pub fn looks_plural(word: &str) -> bool {
    let w = lexicon::lowercase(word);
    if matches!(
        w.as_ref(),
        "data"
            | "people"
            | "children"
            | "media"
            | "criteria"
            | "bacteria"
            | "phenomena"
            | "fungi"
            | "nuclei"
            | "cacti"
            | "stimuli"
            | "alveoli"
            | "bronchi"
            | "villi"
            | "algae"
            | "larvae"
            | "vertebrae"
            | "hyphae"
            | "cilia"
            | "flagella"
            | "mitochondria"
            | "mice"
            | "teeth"
            | "feet"
            | "men"
            | "women"
            | "they"
    ) {
        return true;
    }
    w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("ics")
        && !w.ends_with("ous")
}

/// A plural in -s ([`looks_plural`]): "volcanoes", "chemicals", not "gas", "glass",
/// "apparatus", "analysis" or "species".
pub fn is_plain_plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && looks_plural(word)
        && !matches!(word, "lens" | "species" | "series" | "news" | "means")
}

/// Finds the subject and the main verb group of a sentence.
pub fn analyze(toks: &[Tok<'_>]) -> Option<Clause> {
    let mut end = toks.len();
    while end > 0 && toks[end - 1].punct {
        end -= 1;
    }
    if end < 3 {
        return None;
    }
    // A label before a colon ("A: Steam forms ...", "Prophase: The chromatin ..."): the clause
    // is what follows it.
    let lead = toks[..end.min(5)]
        .iter()
        .position(|t| t.is(":"))
        .filter(|&colon| {
            // "A: Steam forms ...", or a label before an article or a preposition
            // ("Prophase: The chromatin ..."); not a heading run into a sentence ("Career
            // Focus: Dietitian A dietitian is ...").
            end - colon > 4
                && (colon == 1 && matches!(toks[0].text, "A" | "Q" | "Hint" | "Note")
                    || colon > 0
                        // A label: content words, no -s verb ("Cell theory states that:").
                        && !toks[..colon].iter().any(|t| {
                            t.punct
                                || t.word().is_function_word()
                                || t.is_verb() && t.lower.ends_with('s')
                        })
                        && (toks[colon + 1].word().is_determiner()
                            || toks[colon + 1].word().is_preposition()))
        })
        .map_or(0, |colon| colon + 1);
    // A leading adverbial ("In the context of X, ...", "However, ...", "When transplanted, ..."),
    // or two ("For example, in the Bay Area, maps show ...").
    let mut subject_start = lead;
    let first = &*toks[lead].lower;
    let first_word = toks[lead].word();
    // "Alternating current is ...": an -ing word with no comma after it opens the subject.
    let ing_only = first.ends_with("ing")
        && !first_word.is_preposition()
        && !first_word.is_subordinator()
        && !first_word.is_adverb();
    let no_comma = !toks[lead..end.min(lead + 25)].iter().any(|t| t.is(","));
    for _ in 0..3 {
        // "Remember that" and nothing after it.
        let opener = toks.get(subject_start)?;
        let first = &*opener.lower;
        let first_word = opener.word();
        // "Remember that greenhouse gases trap heat": the clause after "that" is the point.
        if matches!(first, "remember" | "recall" | "note" | "notice")
            && toks.get(subject_start + 1).is_some_and(|t| t.is("that"))
        {
            subject_start += 2;
            continue;
        }
        let adverb = first_word.is_adverb() && !first_word.is_preposition();
        // "Developed in 1935 by Charles Richter, this scale uses ...", "Called the A-horizon,
        // the topsoil is ...": a participle phrase before the subject.
        let participle = subject_start == lead
            && first_word.is_participle()
            && toks.get(lead + 1).is_some_and(|t| {
                t.word().is_preposition() || t.word().is_determiner() || t.is("by")
            });
        let opens_adverbial = first_word.is_preposition()
            || (first_word.is_subordinator() && first != "that")
            || adverb
            || participle
            || (first.ends_with("ing") && opener.is_verb())
            || matches!(first, "despite" | "additionally" | "moreover" | "however");
        if !opens_adverbial || subject_start == lead && ing_only && no_comma {
            break;
        }
        let comma = toks[subject_start..end.min(subject_start + 25)]
            .iter()
            .position(|t| t.is(","))
            .map(|p| subject_start + p);
        // "Running water causes most erosion, but ...", "Most B cells fight infections, ...":
        // the verb comes before the comma, so the opening words are the subject's.
        let verb_before = |comma: usize| {
            (subject_start + 1..comma).any(|k| !toks[k - 1].punct && starts_verb_group(toks, k))
        };
        let subject_opener = (adverb || first.ends_with("ing") && !first_word.is_preposition())
            && comma.is_none_or(verb_before);
        if subject_opener {
            if !adverb || first_word.is_determiner() {
                // "Most B cells fight ...": a quantifier is part of the subject.
                break;
            }
            // "Therefore a person ... has", "Specifically the volcanoes are": a sentence
            // adverb before the subject. Any other ("There must be", "So many solutes",
            // "Actually more since ...") leaves no subject to ask about.
            let sentence_adverb = (first.ends_with("ly") && first != "only")
                || matches!(
                    first,
                    "therefore" | "thus" | "hence" | "then" | "sometimes" | "now" | "today"
                );
            let next_plain = toks.get(subject_start + 1).is_some_and(|t| {
                !t.punct
                    && !t.word().is_adverb()
                    && !matches!(&*t.lower, "there" | "here")
                    && !lexicon::is_comparative(&t.lower)
            });
            if !(sentence_adverb && next_plain) {
                return None;
            }
            subject_start += 1;
            break;
        }
        let Some(comma) = comma else {
            // "With more heat the water evaporates ...": a short phrase, then an article opening
            // the subject.
            if first_word.is_preposition() && !first_word.is_subordinator() {
                let article = (subject_start + 2..end.min(subject_start + 8)).find(|&k| {
                    matches!(&*toks[k].lower, "the" | "a" | "an")
                        && !toks[k - 1].punct
                        && !toks[k - 1].word().is_function_word()
                        && (!toks[k - 1].is_verb()
                            || toks[k - 1].verb_base() == Some(&*toks[k - 1].lower))
                });
                if let Some(k) = article {
                    subject_start = k;
                    break;
                }
            }
            return None;
        };
        subject_start = comma + 1;
        // "..., but wind can carry soil away": a second clause, not the sentence's subject.
        if toks
            .get(subject_start)
            .is_none_or(|t| t.word().is_conjunction())
        {
            return None;
        }
    }
    let mut i = subject_start;
    let mut depth = 0usize;
    let mut seen_noun = false;
    // Inside a relative clause of the subject ("The process by which a field produces current
    // is called ..."), its verb is not the main verb.
    let mut in_relative = false;
    let mut head_end: Option<usize> = None;
    let mut plural_head = false;
    while i < end {
        let t = &toks[i];
        if t.is("(") {
            depth += 1;
            i += 1;
            continue;
        }
        if t.is(")") {
            depth = depth.saturating_sub(1);
            i += 1;
            continue;
        }
        if depth > 0 {
            i += 1;
            continue;
        }
        if t.is(",") {
            // An appositive or an inserted list: skip to the closing comma when a verb follows it.
            if let Some(close) = toks[i + 1..end].iter().position(|t| t.is(",")) {
                let close = i + 1 + close;
                // "Plants, such as lichens or grasses, become ...": a base form agrees with
                // the plural before the first comma.
                let agrees_with_head = i.checked_sub(1).is_some_and(|p| looks_plural(toks[p].text))
                    && toks
                        .get(close + 1)
                        .is_some_and(|v| v.verb_base() == Some(&*v.lower));
                if close + 1 < end && (starts_verb_group(toks, close + 1) || agrees_with_head) {
                    head_end.get_or_insert(i);
                    plural_head |= agrees_with_head;
                    i = close + 1;
                    continue;
                }
            }
            // "The hot, salty solution", "Warm, moist air": adjectives before one noun.
            if (i == subject_start + 1 || i >= 2 && toks[i - 2].word().is_determiner())
                && adjective_like(toks, i - 1)
                && adjective_like(toks, i + 1)
                && adjective_like(toks, i + 2)
            {
                i += 1;
                continue;
            }
            // "Water, oxygen, and carbon dioxide seep into ...": a list is the subject.
            if let Some(verb) = list_subject_end(toks, i, end) {
                plural_head = true;
                i = verb;
                continue;
            }
            return None;
        }
        if t.punct {
            if matches!(t.text, ":" | ";") {
                return None;
            }
            i += 1;
            continue;
        }
        // "Heat flows from warmer to cooler places until all are ...": a subordinate clause
        // before any verb was found means the main verb was missed; no subject to ask about.
        if matches!(
            &*t.lower,
            "until" | "because" | "although" | "unless" | "whereas" | "while" | "if" | "when"
        ) {
            return None;
        }
        // "Nitrogen and oxygen make up ...": a subject of two things is plural.
        if seen_noun && !in_relative && matches!(&*t.lower, "and" | "or") {
            plural_head = true;
        }
        if seen_noun
            && matches!(&*t.lower, "which" | "that" | "who" | "whom" | "whose")
            // ("of that element": a pointer, no relative clause.)
            && !that_points(toks, i)
        {
            in_relative = true;
            plural_head |= i > 0 && looks_plural(toks[i - 1].text);
            i += 1;
            continue;
        }
        // "The amount of current (amps) a circuit carries depends on ...": an article right
        // after a noun opens a relative clause without its pronoun.
        if seen_noun && !in_relative && matches!(t.text, "a" | "an" | "the") && {
            // The word before, skipping a bracketed aside ("current (amps) a circuit").
            let mut k = i;
            if toks[k - 1].is(")") {
                k = toks[subject_start..k]
                    .iter()
                    .rposition(|p| p.is("("))
                    .map_or(k, |o| subject_start + o);
            }
            k > subject_start
                && !toks[k - 1].punct
                && !toks[k - 1].word().is_function_word()
                && !toks[k - 1].is_verb()
        } {
            in_relative = true;
            i += 1;
            continue;
        }
        // "actions that put soil at risk include ...": a base-form verb right after the
        // relative pronoun is the relative clause's; after it, a base form agrees with the
        // plural head before the pronoun.
        // "The main types of rock include ...": the head before "of" is what agrees.
        if t.is("of") && i > 0 && looks_plural(toks[i - 1].text) {
            plural_head = true;
        }
        let base_form = t.verb_base() == Some(&*t.lower)
            && !t.word().is_auxiliary()
            && !(i > 0 && toks[i - 1].word().is_preposition());
        let after_pronoun = i > 0 && matches!(&*toks[i - 1].lower, "which" | "that" | "who");
        // ("bacterial decay use": a noun after an adjective, then the verb.)
        let finite = (starts_verb_group(toks, i)
            || in_relative && after_pronoun && t.is_verb() && !t.word().is_auxiliary()
            // "cells that go to a site and leak into tissue are called ...": a base form after
            // "and" is the relative clause's second verb.
            || base_form
                && !in_relative
                && plural_head
                && !(i > 0 && matches!(&*toks[i - 1].lower, "and" | "or")))
            && !noun_after_adjective(toks, i);
        // "The chemicals released by helper T cells switch on ...", "The motion described
        // creates ...": an -ed form right after the subject's noun, with "by" or another verb
        // after it, describes the noun; the main verb comes later. ("rose by 120 meters": a
        // change by an amount.)
        if seen_noun
            && finite
            && !in_relative
            && t.lower.ends_with("ed")
            && i - subject_start <= 4
            && !toks[i - 1].punct
            && !toks[i - 1].word().is_function_word()
            && toks.get(i + 1).is_some_and(|n| {
                if n.is("by") {
                    toks.get(i + 2).is_some_and(|a| {
                        !a.lower.starts_with(|c: char| c.is_ascii_digit())
                            && !lexicon::is_number_word(&a.lower)
                            && !lexicon::is_approximator(&a.lower)
                            && !matches!(&*a.lower, "a" | "an" | "half" | "as")
                    })
                } else {
                    !n.lower.ends_with("ed")
                        && !n.word().is_auxiliary()
                        && starts_verb_group(toks, i + 1)
                }
            })
        {
            in_relative = true;
        }
        if seen_noun && finite {
            let verb_end = verb_group_end(toks, i, end);
            if in_relative {
                // "in which a liquid boils and changes to a gas": a second verb of the same
                // relative clause.
                in_relative = toks
                    .get(verb_end)
                    .is_some_and(|t| matches!(&*t.lower, "and" | "or"))
                    && toks
                        .get(verb_end + 1)
                        .is_some_and(|n| n.is_verb() && !n.word().is_auxiliary());
                i = verb_end.max(i + 1);
                // "processes that cause physical changes include ...": the relative clause's
                // object is its own, when the main verb follows it.
                if !in_relative {
                    let mut object_end = noun_phrase_end(toks, i, end, true);
                    // "physical changes include": an -s word before a verb is the object's noun.
                    if object_end > i
                        && object_end + 1 < end
                        && toks[object_end].lower.ends_with('s')
                        && toks[object_end].is_verb()
                        && toks[object_end + 1].verb_base() == Some(&*toks[object_end + 1].lower)
                        && !toks[object_end + 1].word().is_auxiliary()
                    {
                        object_end += 1;
                    }
                    if object_end > i && object_end < end && starts_verb_group(toks, object_end) {
                        i = object_end;
                    }
                }
                continue;
            }
            // "Forming above the hotspot are massive shield volcanoes": a plural verb after an
            // opening -ing phrase puts the subject after it.
            if ing_only && no_comma && matches!(&*t.lower, "are" | "were") {
                return None;
            }
            // "...; carbon dioxide is ...": a semicolon ends the clause.
            let end = toks[verb_end..end]
                .iter()
                .position(|t| t.is(";"))
                .map_or(end, |p| verb_end + p);
            return Some(Clause {
                subject_start,
                subject_end: i,
                subject_head_end: head_end.unwrap_or(i),
                verb_end,
                end,
            });
        }
        if !t.word().is_determiner() {
            seen_noun = true;
        }
        if i - subject_start > 20 {
            return None;
        }
        i += 1;
    }
    None
}

/// Token `k` is a content word, a verb only in its base form: a word of a run of adjectives
/// joined by commas ("Warm, moist air", "hot, solid rock").
fn adjective_like(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        !t.punct
            && !t.word().is_function_word()
            && (!t.is_verb() || t.verb_base() == Some(&*t.lower))
    })
}

/// Where the verb starts after a list subject whose first comma is at `comma` ("Water, oxygen,
/// and carbon dioxide seep"): items of at most four content words, joined by commas, the last
/// by "and" or "or", then a verb group.
fn list_subject_end(toks: &[Tok<'_>], comma: usize, end: usize) -> Option<usize> {
    let mut k = comma;
    let mut joined = false;
    while k < end && !joined {
        // A separator: ",", ", and", "and".
        if toks[k].is(",") {
            k += 1;
        }
        if toks.get(k).is_some_and(|t| t.is("and") || t.is("or")) {
            joined = true;
            k += 1;
        }
        let item = k;
        while k < end
            && k - item < 4
            && !toks[k].punct
            && !toks[k].word().is_function_word()
            && !(k > item
                && (starts_verb_group(toks, k)
                    || joined && toks[k].verb_base() == Some(&*toks[k].lower)))
        {
            k += 1;
        }
        if k == item || !(joined || toks.get(k).is_some_and(|t| t.is(","))) {
            return None;
        }
    }
    (joined
        && k < end
        && (starts_verb_group(toks, k) || toks[k].verb_base() == Some(&*toks[k].lower)))
    .then_some(k)
}

/// True if a verb group starts at token `i` (an auxiliary, or a verb form after a noun).
fn starts_verb_group(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.punct {
        return false;
    }
    let w = &*t.lower;
    if t.word().is_auxiliary() {
        return true;
    }
    // "an animal like Dolly starts": a capitalized word inside the sentence is a name, not an
    // adverb in -ly.
    if t.word().is_adverb() && !(i > 0 && t.text.starts_with(char::is_uppercase)) {
        // "allosterically regulated enzymes": an adverb and a participle describing a noun.
        // ("Warships also carried magnetometers": "also" describes no participle.)
        if w.ends_with("ly")
            && toks.get(i + 1).is_some_and(|n| n.lower.ends_with("ed"))
            && toks.get(i + 2).is_some_and(Tok::is_noun_like)
        {
            return false;
        }
        return toks.get(i + 1).is_some_and(|n| {
            !n.punct
                && (n.word().is_auxiliary() || (n.is_verb() && !n.word().is_adverb()))
                // "more turns": a quantity before a plural noun.
                && !(matches!(w, "more" | "most" | "less") && n.lower.ends_with('s'))
        });
    }
    let Some(base) = t.verb_base() else {
        return false;
    };
    // "a nest of cells called a follicle": a naming participle without "is" names, it does not
    // state.
    if naming_cue(toks, i) > 0 {
        return false;
    }
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    // "The oldest known fossils": a participle after a superlative describes the noun after it.
    if w != base
        && !w.ends_with('s')
        && prev.is_some_and(|p| p.lower.ends_with("est") || p.is("most"))
        && toks
            .get(i + 1)
            .is_some_and(|n| !n.punct && !n.word().is_function_word())
    {
        return false;
    }
    let prev_ok = prev.is_some_and(|p| {
        !p.punct
            && !p.word().is_determiner()
            && !p.word().is_preposition()
            && !p.word().is_auxiliary()
    }) || prev.is_some_and(|p| p.is(")") || p.is(",") || p.is("\""));
    // "Adding more turns to the coil": an -s form after a quantity word is a plural noun.
    let after_quantity = w.ends_with('s')
        && prev.is_some_and(|p| matches!(&*p.lower, "more" | "many" | "few" | "fewer" | "several"));
    if !prev_ok || after_quantity {
        return false;
    }
    // Base form ("secrete") only after a plural subject; inflected forms anywhere.
    let inflected = w != base;
    if inflected {
        // "-ing" forms are not finite verbs ("offering", "promoting").
        if w.ends_with("ing") {
            return false;
        }
        // "allosterically regulated enzymes", "the third commonly used unit": an adverb and a
        // participle describe the noun after them.
        if w.ends_with("ed")
            && prev.is_some_and(|p| p.lower.ends_with("ly") && p.word().is_adverb())
            && toks.get(i + 1).is_some_and(Tok::is_noun_like)
        {
            return false;
        }
        // "Magnetism created with electric current is called ...", "The field created by a
        // current flowing through a wire surrounds ...": an -ed form followed by a preposition
        // and then an auxiliary or an -s verb is a reduced relative clause, not the main verb.
        // An adverb of place or manner may come between ("A diamond created deep in Earth's
        // crust is a mineral"). After a plural subject, the later verb may be a base form
        // after a plural noun ("Soils eroded from logged forests clog rivers").
        if w.ends_with("ed") && {
            let adverb = usize::from(toks.get(i + 1).is_some_and(|n| {
                n.word().is_adverb() || matches!(&*n.lower, "deep" | "far" | "high" | "low")
            }));
            let plural_subject = prev.is_some_and(|p| looks_plural(p.text));
            toks.get(i + 1 + adverb)
                .is_some_and(|n| n.word().is_preposition() && n.lower != "to")
                && (i + 2 + adverb..toks.len().min(i + 13))
                    .take_while(|&k| !toks[k].is(","))
                    .any(|k| {
                        let t = &toks[k];
                        t.word().is_auxiliary()
                            || t.lower.ends_with('s')
                                && t.verb_base().is_some_and(|b| b != &*t.lower)
                                && !looks_like_noun_use(toks, k)
                            || plural_subject
                                && t.verb_base() == Some(&*t.lower)
                                && looks_plural(toks[k - 1].text)
                                && !toks[k - 1].word().is_function_word()
                    })
        } {
            return false;
        }
        // "store digital signals are pictured": an -s form right before a plural auxiliary is
        // a plural noun, the auxiliary the verb. ("at which a substance melts is called": a
        // relative clause's verb before the singular one.)
        if w.ends_with('s')
            && !lexicon::is_verb_only_s_form(w)
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(&*n.lower, "are" | "were" | "have" | "do"))
        {
            return false;
        }
        // "Preclinical studies in animal models have shown": an -s form followed by a
        // preposition and then an auxiliary is a plural noun, not the verb.
        if w.ends_with('s')
            && !lexicon::is_verb_only_s_form(w)
            && toks
                .get(i + 1)
                .is_some_and(|n| n.word().is_preposition() && n.lower != "to")
        {
            let later_aux = toks[i + 1..]
                .iter()
                .take(10)
                .take_while(|t| !t.is(","))
                .any(|t| t.word().is_auxiliary());
            if later_aux {
                return false;
            }
        }
        return true;
    }
    prev.is_some_and(|p| {
        looks_plural(p.text) || p.is(")") || matches!(&*p.lower, "they" | "we" | "you" | "i")
    })
}

/// A noun after "living" ("living things", "living organisms"): "living" describes it, and
/// is no verb ("are living longer").
fn living_noun(next: &Tok<'_>) -> bool {
    next.is_noun_like() && !next.word().is_adverb() && !lexicon::is_comparative(&next.lower)
}

/// One past the verb group that starts at `i`: auxiliaries, adverbs, "not", the main verb and a
/// following particle or preposition that belongs to it ("caused by", "differentiate into").
/// "That" after a preposition points at a thing ("the properties of that element", "in that
/// order"); it opens no clause.
pub fn that_points(toks: &[Tok<'_>], i: usize) -> bool {
    i > 0 && toks[i].is("that") && toks[i - 1].word().is_preposition()
}

/// A verb of thinking or saying, which takes a clause without "that" ("thought the seafloor was
/// flat", "means the environment outside of the cell has ..."), by its base form.
pub fn says_that(lemma: &str) -> bool {
    matches!(
        lemma,
        "explain"
            | "think"
            | "believe"
            | "know"
            | "say"
            | "show"
            | "find"
            | "suggest"
            | "discover"
            | "realize"
            | "assume"
            | "expect"
            | "mean"
            | "indicate"
            | "conclude"
            | "learn"
            | "notice"
            | "prove"
            | "reveal"
            | "state"
            | "predict"
            | "hypothesize"
            | "claim"
            | "argue"
            | "estimate"
            | "determine"
            | "understand"
            | "recognize"
            | "demonstrate"
    )
}

/// "Magma is [melted rock]": a participle after "be" with a bare noun right after it describes
/// that noun; a passive takes no object. Verbs that name or give ("is called magma", "are
/// given names", "is considered a pest") are passives with one.
fn participle_describes_noun(toks: &[Tok<'_>], j: usize) -> bool {
    let t = &toks[j];
    t.word().is_participle()
        && !is_naming_participle(&t.lower)
        && !matches!(
            &*t.lower,
            "born"
                | "dubbed"
                | "nicknamed"
                | "labeled"
                | "labelled"
                | "known"
                | "considered"
                | "deemed"
                | "given"
                | "made"
                | "shown"
                | "left"
                | "kept"
                | "told"
                | "taught"
                | "sent"
                | "paid"
                | "offered"
                | "awarded"
                | "granted"
                | "denied"
                | "allowed"
                | "elected"
        )
        && toks.get(j + 1).is_some_and(|n| {
            !n.punct
                && !n.word().is_function_word()
                && !n.word().is_adverb()
                && !n.lower.ends_with("ly")
                && (n.is_noun_like() || n.verb_base() == Some(&*n.lower))
        })
        // "are measured relative to", "are used faster than": a word that leads on.
        && !toks.get(j + 2).is_some_and(|t| t.is("to") || t.is("than"))
}

fn verb_group_end(toks: &[Tok<'_>], i: usize, end: usize) -> usize {
    let mut j = i;
    let mut main_seen = false;
    let mut modal_seen = false;
    let mut aux_seen = false;
    let mut last_aux_modal = false;
    while j < end {
        let w = &*toks[j].lower;
        if toks[j].punct {
            break;
        }
        if toks[j].word().is_auxiliary() || toks[j].word().is_adverb() || w == "not" {
            // After the main verb an adverb belongs to what follows ("hold more particles").
            if main_seen {
                break;
            }
            let modal = lexicon::is_modal(w);
            modal_seen |= modal;
            if toks[j].word().is_auxiliary() {
                aux_seen = true;
                last_aux_modal = modal;
            }
            j += 1;
            continue;
        }
        // "may bury": the word after a modal is its verb, known to the lexicon or not; after
        // "may have" it is the object ("may have massive earthquakes").
        let after_modal =
            last_aux_modal && !toks[j].word().is_function_word() && !w.ends_with("ly");
        // "have means for": no auxiliary takes an -s form after it; the auxiliary was the verb.
        let s_form_after_auxiliary =
            aux_seen && w.ends_with('s') && toks[j].verb_base().is_some_and(|b| b != w);
        // "has competing forces", "have varying concentrations": "have" takes no -ing form.
        let ing_after_have =
            j > i && w.ends_with("ing") && matches!(&*toks[j - 1].lower, "has" | "have" | "had");
        // "are living things": "living" before a noun describes it.
        // "are filter feeders": so does a base form after "be", which takes none.
        let describes_noun = w == "living" && toks.get(j + 1).is_some_and(living_noun)
            || j > i
                && lexicon::is_be(&toks[j - 1].lower)
                && toks[j].verb_base() == Some(w)
                && !toks[j].word().is_participle()
                && toks
                    .get(j + 1)
                    .is_some_and(|n| !n.punct && n.is_noun_like() && !n.word().is_function_word())
            || j > i && lexicon::is_be(&toks[j - 1].lower) && participle_describes_noun(toks, j);
        if !main_seen
            && (lexicon::is_verb(w) || after_modal)
            && !lexicon::is_be(w)
            && !s_form_after_auxiliary
            && !ing_after_have
            && !describes_noun
        {
            main_seen = true;
            j += 1;
            continue;
        }
        break;
    }
    // "may bury or carry away entire villages", "can pick up and move sand": verbs
    // coordinated after a modal share its object, so they are all of the verb group.
    let particle = |k: usize| toks.get(k).is_some_and(|t| is_particle(&t.lower));
    if main_seen && modal_seen {
        let mut k = j;
        if particle(k) {
            k += 1;
        }
        if k + 1 < end
            && matches!(&*toks[k].lower, "and" | "or")
            && !toks[k + 1].punct
            && !toks[k + 1].word().is_function_word()
            && toks[k + 1].verb_base() == Some(&*toks[k + 1].lower)
        {
            j = k + 2;
            if particle(j) {
                j += 1;
            }
        }
    }
    // "make up 99% of the atmosphere", "break down dead organisms": a particle before the
    // object belongs to the verb.
    if main_seen
        && j > i
        && j + 1 < end
        && is_particle(&toks[j].lower)
        && !toks[j + 1].punct
        && !toks[j + 1].word().is_preposition()
    {
        j += 1;
    }
    // A particle glued to the verb.
    if j < end
        && j > i
        && matches!(
            &*toks[j].lower,
            "by" | "into" | "to" | "as" | "of" | "from" | "in" | "on" | "for" | "with"
        )
        && main_seen
        // "needed to produce": an infinitive, not a particle.
        && !(toks[j].is("to")
            && toks
                .get(j + 1)
                .is_some_and(|n| n.verb_base() == Some(&*n.lower)
                    || toks.get(j + 2).is_some_and(|d| d.word().is_determiner())))
    {
        j += 1;
    }
    j
}

/// A verb of beginning, going on or ending, whose "-ing" after it is the real verb ("keep
/// growing", "began erupting").
fn aspectual(lemma: &str) -> bool {
    matches!(
        lemma,
        "keep" | "start" | "begin" | "stop" | "continue" | "finish" | "quit" | "cease" | "resume"
    )
}

/// A particle that goes with a verb: "carry \[away\]", "churns \[up\] the ground".
pub fn is_particle(word: &str) -> bool {
    matches!(word, "up" | "down" | "away" | "out" | "off" | "back")
}

/// The end of the first noun phrase starting at `from`: stops at a comma, a relative or
/// subordinate word, a verb, or (after some words) a preposition other than "of".
pub fn noun_phrase_end(toks: &[Tok<'_>], from: usize, end: usize, allow_of: bool) -> usize {
    let mut j = from;
    let mut words = 0;
    while j < end {
        let t = &toks[j];
        if t.punct {
            if t.is("-") || t.is("'") {
                j += 1;
                continue;
            }
            break;
        }
        let w = &*t.lower;
        // "exposure to toxins", "resistance to drugs": a nominalization keeps its complement.
        let nominal_tail = allow_of
            && w == "to"
            && words <= 2
            && j > 0
            && ["ure", "tion", "sion", "ment", "ance", "ence", "ity"]
                .iter()
                .any(|suf| toks[j - 1].lower.ends_with(suf));
        // "the properties of that element": a pointer opens no clause.
        let pointer = that_points(toks, j);
        if words > 0
            && !nominal_tail
            && !pointer
            && (t.word().is_subordinator()
                || t.word().is_conjunction()
                || t.word().is_auxiliary()
                || (t.word().is_preposition() && !(allow_of && w == "of")))
        {
            break;
        }
        if words > 0 && t.is_verb() && !looks_like_noun_use(toks, j) {
            break;
        }
        if words > 0 && t.word().is_adverb() && !t.word().is_determiner() {
            break;
        }
        // "uses as reference points the freezing ...": "the" after a plural noun opens another
        // phrase.
        if words > 0
            && t.text == "the"
            && toks[j - 1].is_noun_like()
            && looks_plural(toks[j - 1].text)
        {
            break;
        }
        // "divides by mitosis many times": a quantifier after a noun opens another phrase.
        if words > 0
            && matches!(w, "many" | "several" | "each" | "every" | "few")
            && !toks[j - 1].word().is_function_word()
            // ("a great many fruits".)
            && !matches!(&*toks[j - 1].lower, "great" | "good")
        {
            break;
        }
        // "reach the egg two different ways": a number word after a noun opens the quantity
        // it counts (a plural one or two words on), unless the noun is an ordinal or a label
        // ("the first two stages", "chapter two").
        if words > 0
            && !toks[j - 1].word().is_function_word()
            && w != "one"
            && lexicon::is_number_word(w)
            && !lexicon::is_number_word(&toks[j - 1].lower)
            && !lexicon::number_goes_on(&toks[j - 1].lower)
            && toks[j + 1..end]
                .iter()
                .take(2)
                .take_while(|n| !n.punct)
                .any(|n| is_plain_plural(&n.lower))
        {
            break;
        }
        // "water and sediment [parallel] to the shore": an adjective that takes "to".
        if words > 0
            && toks
                .get(j + 1)
                .is_some_and(|n| lexicon::takes_preposition(w, &n.lower))
        {
            break;
        }
        j += 1;
        words += 1;
    }
    j
}

/// The noun phrase ending before `j` follows a subordinator ("once", "where", "that"), with
/// only its own words between: "once a sperm and egg cell", "that rock".
pub fn opened_by_subordinator(toks: &[Tok<'_>], j: usize) -> bool {
    for k in (j.saturating_sub(7)..j).rev() {
        let t = &toks[k];
        // A verb form between ends the search ("-ed" and "-ing" forms may be adjectives).
        let verb = t.is_verb() && !t.lower.ends_with("ed") && !t.lower.ends_with("ing");
        if t.punct || t.word().is_auxiliary() || verb {
            return false;
        }
        if t.word().is_subordinator() || t.is("that") {
            return k + 1 < j;
        }
        if t.word().is_preposition() || t.word().is_pronoun() {
            return false;
        }
    }
    false
}

/// The noun phrase ending before `j` starts with an article or possessive that opens a clause:
/// after "and", "but" or a comma, or at the start ("and the pressure builds", ", their
/// potential energy decreases"). Only where the sentence or clause ends after `j` (at a full
/// stop, semicolon or bracket, not a comma, or before "and" with an article).
fn opens_clause_with_article(toks: &[Tok<'_>], j: usize) -> bool {
    // It ends its clause: at a stop, or before "and" opening the next clause with an article
    // ("their chromosome replicates and the cell enlarges").
    let ends_clause = match toks.get(j + 1) {
        None => true,
        Some(n) if n.punct => !n.is(","),
        Some(n) => {
            n.is("and")
                && toks
                    .get(j + 2)
                    .is_some_and(|a| lexicon::is_article_or_possessive(&a.lower))
        }
    };
    if !ends_clause {
        return false;
    }
    let Some(det) = (j.saturating_sub(4)..j)
        .rev()
        .find(|&k| toks[k].word().is_determiner())
    else {
        return false;
    };
    lexicon::is_article_or_possessive(&toks[det].lower)
        && toks[det + 1..j]
            .iter()
            .all(|t| !t.punct && !t.word().is_function_word())
        && (det == 0
            || matches!(
                &*toks[det - 1].lower,
                "and" | "but" | "," | "before" | "after" | "until" | "since"
            ))
}

/// A verb-looking word used as a noun or adjective ("liver function", "the growth", "damaged").
pub fn used_as_noun(toks: &[Tok<'_>], j: usize) -> bool {
    j > 0 && looks_like_noun_use(toks, j)
        || j == 0
            && toks
                .get(1)
                .is_some_and(|n| !n.punct && !n.word().is_function_word())
}

/// "Plant roots and bacterial decay use carbon dioxide": a base form after an adjective (by
/// its ending), with another base form and a noun phrase after it, is the noun the adjective
/// describes; the next word is the verb.
fn noun_after_adjective(toks: &[Tok<'_>], j: usize) -> bool {
    j > 0
        && adjective_by_ending(&toks[j - 1])
        && toks[j].verb_base() == Some(&*toks[j].lower)
        && !toks[j - 1].is_verb()
        && (toks
            .get(j + 1)
            .is_some_and(|n| !n.punct && n.verb_base() == Some(&*n.lower))
            && toks.get(j + 2).is_some_and(|n| {
                !n.punct
                    && (n.word().is_determiner()
                        || n.is_noun_like() && !n.word().is_function_word())
            })
            // "nuclear decay reactions possess": a noun, then the plural noun it describes,
            // then the verb.
            || toks.get(j + 1).is_some_and(|n| {
                !n.punct && looks_plural(n.text) && n.verb_base().is_none()
            }) && toks.get(j + 2).is_some_and(|n| {
                !n.punct && n.verb_base().is_some() && !n.word().is_function_word()
            }))
}

/// A word an adjective by its ending: "mutualistic", "chemical", "porous", "active",
/// "cellular", "nuclear".
fn adjective_by_ending(t: &Tok<'_>) -> bool {
    !t.punct
        && t.lower.len() > 5
        && ["al", "ic", "ous", "ive", "ular", "lear"]
            .iter()
            .any(|e| t.lower.ends_with(e))
}

fn looks_like_noun_use(toks: &[Tok<'_>], j: usize) -> bool {
    let w = &*toks[j].lower;
    // "these archaea form mutualistic relationships": a base form after a noun, before an
    // adjective and its noun, is the verb; no noun phrase runs on from a noun into an adjective.
    if j > 0
        && toks.get(j + 1).is_some_and(adjective_by_ending)
        && toks[j].verb_base() == Some(w)
        && !toks[j + 1].is_verb()
        && toks[j - 1].is_noun_like()
        && !toks[j - 1].word().is_function_word()
        && !adjective_by_ending(&toks[j - 1])
        && toks
            .get(j + 2)
            .is_some_and(|n| n.is_noun_like() && !n.word().is_function_word())
    {
        return false;
    }
    // "Animals, plants, fungi, and protists": an item between commas is a noun.
    if j > 0 && toks[j - 1].is(",") && toks.get(j + 1).is_some_and(|n| n.is(",")) {
        return true;
    }
    // "particles of matter move more quickly": a verb form before an adverb is the verb.
    if toks.get(j + 1).is_some_and(|n| {
        !n.punct && n.word().is_adverb() && !n.word().is_determiner() && !n.is("not")
    }) && toks[j].verb_base().is_some()
        && !w.ends_with("ing")
    {
        return false;
    }
    // "the wind", "a change", "an oxidized form": a base form after an article is a noun; so
    // is an -ing or -ed form, or it describes one ("the dropping of sediments", "a vibrating
    // charged particle", "an improved understanding"). Only such forms may stand between: no
    // verb follows an article.
    let participle = |s: &str| s.ends_with("ing") || s.ends_with("ed");
    if participle(w) || toks[j].verb_base() == Some(w) {
        let mut k = j;
        while k > 0 && k + 3 > j && participle(&toks[k - 1].lower) && !toks[k - 1].punct {
            k -= 1;
        }
        if k > 0 && matches!(&*toks[k - 1].lower, "a" | "an" | "the") {
            return true;
        }
    }
    if noun_after_adjective(toks, j) {
        return true;
    }
    // "the main types of rock include": a base form right after a preposition is its object.
    if j > 0
        && toks[j - 1].word().is_preposition()
        && !toks[j - 1].is("to")
        && toks[j].verb_base() == Some(w)
    {
        return true;
    }
    // "tissues working together": an adverb after it makes it a verb.
    let next_is_word = toks
        .get(j + 1)
        .is_some_and(|n| n.is_noun_like() && !n.word().is_adverb());
    // "the rate of chemical weathering": an -ing form after an adjective or a noun, ending
    // the phrase, is the noun it heads; after a plural it opens a clause about it ("the
    // sediments lying on top", "nutrients floating around", "fungi growing on a tree").
    if w.ends_with("ing")
        && j > 0
        && !toks[j - 1].punct
        && !toks[j - 1].word().is_function_word()
        && !toks[j - 1].is_verb()
        && !looks_plural(toks[j - 1].text)
        && toks
            .get(j + 1)
            .is_none_or(|n| n.punct || n.word().is_preposition() || n.word().is_conjunction())
    {
        return true;
    }
    // "Constructing buildings and roads churns up the ground": an -s form before a particle
    // and a determiner is a verb.
    if w.ends_with('s')
        && toks.get(j + 1).is_some_and(|n| is_particle(&n.lower))
        && toks.get(j + 2).is_some_and(|n| n.word().is_determiner())
    {
        return false;
    }
    // "The Philippine Plate and the Pacific Plate subduct beneath ...": a base form after a
    // coordinated subject, before a preposition or a determiner, is the verb.
    if toks[j].verb_base() == Some(w)
        && j >= 3
        && !toks[j - 1].punct
        && !toks[j - 1].word().is_function_word()
        && toks[j.saturating_sub(5)..j - 1].iter().any(|t| t.is("and"))
        && !toks[j.saturating_sub(5)..j].iter().any(|t| t.punct)
        && toks
            .get(j + 1)
            .is_some_and(|n| (n.word().is_preposition() && !n.is("of")) || n.word().is_determiner())
    {
        return false;
    }
    // "the outside edges of a galaxy rotate at ...": a base form after "of" and a singular
    // noun, agreeing with the plural before "of", before a preposition, is the verb.
    if toks[j].verb_base() == Some(w)
        && j >= 4
        && !looks_plural(toks[j - 1].text)
        && toks[j - 1].word().is_content()
        && matches!(&*toks[j - 2].lower, "a" | "an" | "the")
        && toks[j - 3].is("of")
        && toks[j - 4].word().is_content()
        && looks_plural(toks[j - 4].text)
        && toks
            .get(j + 1)
            .is_some_and(|n| n.word().is_preposition() && !n.is("of") || n.word().is_determiner())
    {
        return false;
    }
    // "Once a sperm and egg cell unite and ...", "so hot that rock melts.": a verb form after
    // the noun a subordinator opens with, before the clause ends, is that clause's verb.
    if !w.ends_with("ed")
        && !w.ends_with("ing")
        && toks[j].verb_base().is_some()
        && j >= 2
        && !toks[j - 1].punct
        && !toks[j - 1].word().is_function_word()
        && toks
            .get(j + 1)
            .is_none_or(|n| n.punct || n.is("and") || n.word().is_preposition() && !n.is("of"))
        // It agrees with the noun: "that rock melts", "where the plates meet", not "known
        // as active transport".
        && if toks[j].verb_base() == Some(w) {
            looks_plural(toks[j - 1].text) || toks[j.saturating_sub(4)..j].iter().any(|t| t.is("and"))
        } else {
            w.ends_with('s') && !looks_plural(toks[j - 1].text)
        }
        && (opened_by_subordinator(toks, j)
            // "and the pressure builds.": an -s form (agreeing, as above) after a noun that
            // "and" and an article open.
            || toks[j].verb_base() != Some(w) && opens_clause_with_article(toks, j))
    {
        return false;
    }
    // Participles and gerunds before a noun act as adjectives: "damaged tissue", "growing cells".
    if (w.ends_with("ed") && !w.ends_with("eed") || w.ends_with("ing")) && next_is_word {
        return true;
    }
    // "where the ground freezes and thaws frequently": two -s verb forms coordinated after a
    // singular noun, ending the clause, are its verbs.
    if w.ends_with('s')
        && j > 0
        && toks[j].verb_base().is_some_and(|b| b != w)
        && !toks[j - 1].punct
        && !toks[j - 1].word().is_function_word()
        && !looks_plural(toks[j - 1].text)
        && toks.get(j + 1).is_some_and(|n| n.is("and") || n.is("or"))
        && toks.get(j + 2).is_some_and(|n| {
            n.lower.ends_with('s') && n.verb_base().is_some_and(|b| b != &*n.lower)
        })
        && toks
            .get(j + 3)
            .is_none_or(|n| n.punct || n.word().is_adverb() || is_particle(&n.lower))
    {
        return false;
    }
    // "how fast a solute dissolves.": an -s form ending a subordinate clause, after a
    // determiner and a singular noun, is that clause's verb.
    if w.ends_with('s')
        && j >= 3
        && toks[j].verb_base().is_some_and(|b| b != w)
        && toks.get(j + 1).is_none_or(|n| n.punct)
        && !looks_plural(toks[j - 1].text)
        && !toks[j - 1].punct
        && !toks[j - 1].word().is_function_word()
        && matches!(&*toks[j - 2].lower, "a" | "an" | "the")
        && toks[j.saturating_sub(6)..j - 2]
            .iter()
            .any(|t| t.word().is_subordinator() || matches!(&*t.lower, "how" | "what" | "whether"))
    {
        return false;
    }
    // Plural nouns that are also verb forms: "larger charges or shorter distances".
    if w.ends_with('s')
        && j > 0
        && !toks[j - 1].punct
        && !toks[j - 1].word().is_function_word()
        && toks.get(j + 1).is_none_or(|n| {
            n.punct || matches!(&*n.lower, "and" | "or" | "of") || n.word().is_auxiliary()
        })
    {
        return true;
    }
    // "the domain Eukarya keep their DNA": a base form before a determiner or a possessive is
    // the verb; so is one after a coordination ("crust, mantle, and core differ").
    if toks[j].verb_base() == Some(w)
        && (toks
            .get(j + 1)
            .is_some_and(|n| lexicon::is_article_or_possessive(&n.lower))
            || j >= 2 && matches!(&*toks[j - 2].lower, "and" | "or"))
    {
        return false;
    }
    // "Glass breaking is ...": a gerund before the verb is part of the subject.
    if w.ends_with("ing")
        && w.len() > 5
        && toks.get(j + 1).is_some_and(|n| n.word().is_auxiliary())
        && !toks[j - 1].punct
        && !toks[j - 1].word().is_function_word()
    {
        return true;
    }
    // "particles of matter absorb energy": a base form agreeing with a plural head before
    // "of" is the verb.
    if j >= 3
        && toks[j].verb_base() == Some(w)
        && toks[j - 2].is("of")
        && looks_plural(toks[j - 3].text)
        && toks
            .get(j + 1)
            .is_some_and(|n| !n.punct && !n.word().is_auxiliary())
    {
        return false;
    }
    // Base forms after a noun in a compound: "liver function", "cell survival".
    let base = toks[j].verb_base();
    let prev = &toks[j - 1];
    base == Some(w)
        && !prev.punct
        && !looks_plural(prev.text)
        && !prev.word().is_function_word()
        && !prev.is_verb()
        && !prev.word().is_adverb()
}

/// Splits a list phrase "A, B, and C" / "A or B" into its items.
///
/// A part after a comma that opens with a preposition ends the list ("A and B, for your body
/// to work"): it says what the list is for, it is no item.
pub fn split_list(phrase: &str) -> Vec<String> {
    let mut items = Vec::new();
    for (k, part) in phrase.split(',').enumerate() {
        let part = part.trim();
        if k > 0
            && part
                .split_whitespace()
                .next()
                .is_some_and(|w| !matches!(w, "and" | "or") && lexicon::is_preposition(w))
        {
            break;
        }
        let mut rest = part;
        for conj in ["and ", "or "] {
            if let Some(r) = rest.strip_prefix(conj) {
                rest = r;
            }
        }
        // "A and B" inside a part.
        let pieces: Vec<&str> = if rest.contains(" and ") {
            rest.split(" and ").collect()
        } else if rest.contains(" or ") {
            rest.split(" or ").collect()
        } else {
            vec![rest]
        };
        for piece in pieces {
            let piece = piece.trim().trim_end_matches(['.', ';', ':']).trim();
            if !piece.is_empty() {
                items.push(piece.to_owned());
            }
        }
    }
    items
}

/// Strips a leading article ("the", "a", "an") and trailing punctuation from a phrase.
pub fn trim_phrase(phrase: &str) -> String {
    // ("moves in the opposite direction - from ...": a dash that opened an aside.)
    let mut s = phrase.trim().trim_end_matches([',', ';', ':', '.']).trim();
    if s.ends_with(['-', '—', '–']) {
        s = s.trim_end_matches(['—', '–']).trim_end_matches(" -").trim();
    }
    // Leading determiners and quantifiers: "the", "various", "several", "its".
    while let Some((first, rest)) = s.split_once(' ') {
        let lower = lexicon::lowercase(first);
        // ("different size particles": a singular measure after "different" says which
        // particles, and means nothing without it.)
        let measure = || {
            rest.split(' ').next().is_some_and(|next| {
                matches!(
                    next,
                    "size" | "shape" | "color" | "colour" | "length" | "width"
                )
            })
        };
        let drop = matches!(lower.as_ref(), "different" | "other") && !measure()
            || lexicon::is_determiner(&lower) && !matches!(lower.as_ref(), "no" | "all" | "both");
        if !drop {
            break;
        }
        s = rest.trim_start();
    }
    s.trim().to_owned()
}

/// The letters of a word that looks like an abbreviation ("MSCs" -> M, S, C): 2 to 8 letters
/// (a plural "s" aside), at least two of them capitals.
fn acronym_letters(word: &str) -> Option<Vec<char>> {
    let letters: Vec<char> = word
        .trim_end_matches('s')
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let capitals = letters.iter().filter(|c| c.is_uppercase()).count();
    ((2..=8).contains(&letters.len()) && capitals >= 2).then_some(letters)
}

/// Finds "long form (ACRONYM)" pairs in a sentence: ("mesenchymal stem cells", "MSCs").
pub fn acronyms(sentence: &str, toks: &[Tok<'_>]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for i in 1..toks.len().saturating_sub(2) {
        if !(toks[i].is("(") && toks[i + 2].is(")")) {
            continue;
        }
        let acro = &toks[i + 1].text;
        let Some(letters) = acronym_letters(acro) else {
            continue;
        };
        // Match initials backwards over the preceding words, skipping small function words.
        let mut k = letters.len();
        let mut j = i;
        let mut start = None;
        while k > 0 && j > 0 {
            j -= 1;
            let w = &toks[j];
            if w.punct && !w.is("-") {
                break;
            }
            if w.punct || matches!(&*w.lower, "of" | "and" | "the" | "for" | "in") {
                continue;
            }
            let initial = w.lower.chars().next().unwrap_or(' ');
            if initial == letters[k - 1].to_ascii_lowercase() {
                k -= 1;
                start = Some(j);
            } else if k < letters.len() {
                // A hyphenated word can supply two letters ("T-cell").
                break;
            } else {
                break;
            }
        }
        if k == 0
            && let Some(s) = start
        {
            let long = span_text(sentence, toks, s, i);
            found.push((long, (*acro).to_owned()));
        }
    }
    // "The CPU, or central processing unit, ...": the acronym, then its long form after
    // ", or".
    for i in 0..toks.len().saturating_sub(3) {
        if !(toks[i + 1].is(",") && toks[i + 2].is("or")) {
            continue;
        }
        let acro = toks[i].text;
        // Without brackets only all capitals ("CPU") are taken for an abbreviation.
        let Some(letters) = acronym_letters(acro).filter(|l| l.iter().all(|c| c.is_uppercase()))
        else {
            continue;
        };
        let from = i + 3;
        let Some(close) = toks[from..].iter().position(|t| t.punct).map(|p| p + from) else {
            continue;
        };
        if !toks[close].is(",") && !toks[close].is(")") && !toks[close].is(".") {
            continue;
        }
        if spells(&toks[from..close], &letters) {
            found.push((span_text(sentence, toks, from, close), acro.to_owned()));
        }
    }
    // "ROM (read-only memory) is ...": the acronym, then its long form in brackets.
    for i in 0..toks.len().saturating_sub(3) {
        if !toks[i + 1].is("(") || (i > 0 && toks[i - 1].is("(")) {
            continue;
        }
        let Some(letters) =
            acronym_letters(toks[i].text).filter(|l| l.iter().all(|c| c.is_uppercase()))
        else {
            continue;
        };
        let from = i + 2;
        let Some(close) = toks[from..]
            .iter()
            .take(12)
            .position(|t| t.is(")"))
            .map(|p| p + from)
        else {
            continue;
        };
        let inside = &toks[from..close];
        if inside.iter().any(|t| t.punct && !t.is("-")) || !spells(inside, &letters) {
            continue;
        }
        found.push((
            span_text(sentence, toks, from, close),
            toks[i].text.to_owned(),
        ));
    }
    found
}

/// Whether the initials of `words` (small function words skipped) spell `letters`, a hyphenated
/// word giving the initial of each part or of the whole: "read-only memory" spells ROM.
fn spells(words: &[Tok<'_>], letters: &[char]) -> bool {
    let wanted: String = letters.iter().map(|c| c.to_ascii_lowercase()).collect();
    let content = || {
        words
            .iter()
            .filter(|t| !t.punct && !matches!(&*t.lower, "of" | "and" | "the" | "for" | "in"))
    };
    let whole: String = content().filter_map(|t| t.lower.chars().next()).collect();
    let parts: String = content()
        .flat_map(|t| t.lower.split('-'))
        .filter_map(|part| part.chars().next())
        .collect();
    whole == wanted || parts == wanted
}

/// Finds the facts a sentence states. Returns them in order of how clearly they were stated.
pub fn find_facts(sentence: &str) -> Vec<Fact> {
    find_facts_in(sentence, &tokenize(sentence))
}

/// [`find_facts`] on a sentence already split into tokens.
pub fn find_facts_in(sentence: &str, toks: &[Tok<'_>]) -> Vec<Fact> {
    facts_of_clause(sentence, toks, analyze(toks).as_ref())
}

/// [`find_facts_in`] with the sentence's clause ([`analyze`]) already found.
pub fn facts_of_clause(sentence: &str, toks: &[Tok<'_>], clause: Option<&Clause>) -> Vec<Fact> {
    let mut facts = Vec::new();
    for (long, acro) in acronyms(sentence, toks) {
        facts.push(Fact {
            kind: FactKind::Acronym,
            subject: acro,
            relation: "stands for".into(),
            object: long,
            items: Vec::new(),
            category: String::new(),
        });
    }
    if let Some(fact) = appositive_definition(sentence, toks) {
        facts.push(fact);
    }
    if let Some(fact) = final_appositive_definition(sentence, toks) {
        facts.push(fact);
    }
    facts.extend(inner_appositives(sentence, toks));
    facts.extend(inner_namings(sentence, toks));
    facts.extend(list_facts(sentence, toks));
    if let Some(clause) = clause {
        facts.extend(clause_facts(sentence, toks, clause));
    }
    // "Oxides contain one", "They differ from each other": an object of function words says
    // nothing to ask for.
    facts.retain(|f| {
        !f.items.is_empty()
            || lexicon::runs(&f.object, false)
                .any(|w| !lexicon::is_function_word(&lexicon::lowercase(w)))
    });
    facts
}

/// "X, a Y, ..." -> X is a Y.
fn appositive_definition(sentence: &str, toks: &[Tok<'_>]) -> Option<Fact> {
    let comma = toks.iter().position(|t| t.is(","))?;
    if comma == 0 || comma > 6 {
        return None;
    }
    if toks[..comma]
        .iter()
        .any(|t| t.punct || t.word().is_function_word() && t.lower != "the")
    {
        return None;
    }
    let det = toks.get(comma + 1)?;
    if !matches!(&*det.lower, "a" | "an") {
        return None;
    }
    let close = comma + 1 + toks[comma + 1..].iter().position(|t| t.is(","))?;
    if close - comma > 10 || !starts_verb_group(toks, close + 1) {
        return None;
    }
    let subject = trim_phrase(&span_text(sentence, toks, 0, comma));
    // "Lymphocytes, a type of white blood cell, are ...": the verb agrees with the term.
    let relation = if subject_plural(&subject) {
        "are"
    } else {
        "is"
    };
    Some(Fact {
        kind: FactKind::Definition,
        subject,
        relation: relation.into(),
        object: span_text(sentence, toks, comma + 1, close),
        items: Vec::new(),
        category: String::new(),
    })
}

/// "... surrounded by the nuclear envelope, a double membrane that controls what goes in and
/// out of the nucleus." -> the nuclear envelope is a double membrane that ...: a term the
/// sentence ends by describing. The term is one to three content words after "the" or a
/// preposition; the description runs from "a"/"an" to the end of the sentence, with no other
/// comma.
fn final_appositive_definition(sentence: &str, toks: &[Tok<'_>]) -> Option<Fact> {
    let mut end = toks.len();
    while end > 0 && toks[end - 1].punct {
        end -= 1;
    }
    let comma = toks[..end].iter().rposition(|t| t.is(","))?;
    if !toks
        .get(comma + 1)
        .is_some_and(|t| matches!(&*t.lower, "a" | "an"))
        || end - comma < 4
    {
        return None;
    }
    // "a double membrane (two phospholipid bilayers) that controls ...": one bracketed gloss
    // right after the description's head is read past. Any other bracket or quote refuses
    // it: one may be left open or closed across the comma.
    let head_end = noun_phrase_end(toks, comma + 2, end, true);
    // (A gloss of words only: "(see below, left)" is none.)
    let after_head = toks
        .get(head_end)
        .filter(|t| t.is("("))
        .and_then(|_| {
            let close = head_end + toks[head_end..end].iter().position(|t| t.is(")"))?;
            let words_only = !toks[head_end + 1..close].iter().any(|t| t.punct);
            (close > head_end + 1 && words_only).then_some(close + 1)
        })
        .unwrap_or(head_end);
    let brackets = |range: &[Tok<'_>]| range.iter().any(|t| matches!(t.text, "(" | ")" | "\""));
    if end - comma - (after_head - head_end) > 20
        || brackets(&toks[comma..head_end])
        || brackets(&toks[after_head..end])
    {
        return None;
    }
    // The term: "the" and up to three content words, no verb, right before the comma.
    let mut k = comma;
    while k > 0
        && comma - k < 3
        && !toks[k - 1].punct
        && !toks[k - 1].word().is_function_word()
        && (!toks[k - 1].is_verb() || looks_like_noun_use(toks, k - 1))
    {
        k -= 1;
    }
    // After "the" ("the nuclear envelope") or a preposition ("made of naphthalene").
    if k == comma || k == 0 {
        return None;
    }
    let start = if toks[k - 1].is("the") {
        k - 1
    } else if toks[k - 1].word().is_preposition() {
        k
    } else {
        return None;
    };
    // Not the last item of a list ("rocks, the soil, and the water"), nor the first words of
    // the sentence (the opening appositive's pattern reads those).
    if k < 2 || toks[..k - 1].iter().any(|t| t.is(",")) {
        return None;
    }
    // "Magma is melted rock inside Earth, a molten mixture ...": after a sentence that says
    // what its subject is, the description restates the subject, not the term before it
    // (unless a verb comes between: "is an organelle surrounded by the nuclear envelope, a").
    let defines_subject = toks[..start].iter().enumerate().any(|(b, t)| {
        lexicon::is_be(&t.lower)
            && toks.get(b + 1).is_some_and(|n| {
                matches!(&*n.lower, "a" | "an")
                    || participle_describes_noun(toks, b + 1)
                    || n.is_noun_like() && !n.word().is_adverb()
            })
            && !(b + 2..start).any(|v| toks[v].is_verb() && !looks_like_noun_use(toks, v))
    });
    if defines_subject {
        return None;
    }
    // The description names a kind: its noun phrase, then at most a relative clause.
    if head_end == comma + 2
        || after_head < end
            && !matches!(
                &*toks[after_head].lower,
                "that" | "which" | "who" | "of" | "in" | "with"
            )
    {
        return None;
    }
    // "pounded into thin sheets, a property called malleability": a description of the
    // whole clause, which names something else, or does not agree with a plural term.
    let subject = span_text(sentence, toks, start, comma);
    if subject_plural(&subject)
        || toks[comma + 2..end]
            .iter()
            .any(|t| matches!(&*t.lower, "called" | "known" | "named" | "termed"))
    {
        return None;
    }
    Some(Fact {
        kind: FactKind::Definition,
        subject,
        relation: "is".into(),
        object: span_text(sentence, toks, comma + 1, end),
        items: Vec::new(),
        category: String::new(),
    })
}

/// "..., including hepatocytes, the primary functional cells of the liver." -> a term and
/// what it is: asks "What are the primary functional cells of the liver?".
fn inner_appositives(sentence: &str, toks: &[Tok<'_>]) -> Vec<Fact> {
    let mut facts = Vec::new();
    for i in 1..toks.len().saturating_sub(2) {
        if !(toks[i].is(",") && toks[i + 1].is("the")) || toks[i - 1].punct {
            continue;
        }
        // "When current flows through the motor, the electromagnet rotates": the first comma
        // closes an opening subordinate clause; what follows is the main clause.
        // "In the diagram of western North America, the mid-ocean ridge ...": so does an
        // opening prepositional phrase.
        if (toks[0].word().is_subordinator()
            || toks[0].word().is_preposition() && !toks[1..i].iter().any(|t| t.is_verb()))
            && !toks[1..i].iter().any(|t| t.is(","))
        {
            continue;
        }
        // The term before the comma: up to 4 content words.
        let mut k = i;
        while k > 0
            && i - k < 4
            && !toks[k - 1].punct
            && !toks[k - 1].word().is_function_word()
            && !toks[k - 1].is_verb()
        {
            k -= 1;
        }
        if k == i {
            continue;
        }
        // "Sperm and egg, the two sex cells, are": the appositive names both terms.
        if k >= 2 && matches!(&*toks[k - 1].lower, "and" | "or") {
            let mut m = k - 1;
            while m > 0
                && k - 1 - m < 4
                && !toks[m - 1].punct
                && !toks[m - 1].word().is_function_word()
                && !toks[m - 1].is_verb()
            {
                m -= 1;
            }
            if m == k - 1 || m > 0 && !toks[m - 1].punct {
                continue;
            }
            k = m;
        } else if k == 0 {
            continue;
        }
        // The appositive runs to the next comma or the end, without a verb.
        let mut j = i + 2;
        while j < toks.len() && !toks[j].punct {
            j += 1;
        }
        let closes = toks
            .get(j)
            .is_none_or(|t| t.is(",") || t.is(".") || t.is(";"));
        let has_verb = (i + 2..j).any(|x| {
            toks[x].word().is_auxiliary() || (toks[x].is_verb() && !looks_like_noun_use(toks, x))
        });
        if !closes || has_verb || j - i > 11 || j - i < 3 {
            continue;
        }
        // A list's next item is not an appositive: "A, the B, and C", "four regions, the
        // ascending colon, the transverse colon, ...".
        if toks
            .get(j + 1)
            .is_some_and(|n| matches!(&*n.lower, "and" | "or"))
            || toks.get(j).is_some_and(|t| t.is(","))
                && toks
                    .get(j + 1)
                    .is_some_and(|n| matches!(&*n.lower, "the" | "a" | "an"))
        {
            continue;
        }
        // "1 kg, the same as the iron": a comparison, not a name. "part of a larger system, the
        // organ systems": a description ("larger") is no term to answer with.
        if toks.get(i + 2).is_some_and(|t| t.is("same"))
            || toks[k..i]
                .iter()
                .any(|t| matches!(&*t.lower, "larger" | "smaller" | "bigger" | "greater"))
        {
            continue;
        }
        // "one of the most important theories in biology, the cell theory": the appositive
        // names the head before the term, which its own head repeats.
        let head = lexicon::stem_lowercase(&toks[j - 1].lower);
        if toks[k.saturating_sub(4)..k]
            .iter()
            .any(|t| !t.punct && lexicon::stem_lowercase(&t.lower) == head)
        {
            continue;
        }
        let term = span_text(sentence, toks, k, i);
        let what = span_text(sentence, toks, i + 1, j);
        let be = if subject_plural(&what) || looks_plural(&term) {
            "are"
        } else {
            "is"
        };
        facts.push(Fact {
            kind: FactKind::Naming,
            subject: what,
            relation: be.to_owned(),
            object: term,
            items: Vec::new(),
            category: String::new(),
        });
    }
    facts
}

/// A participle that gives a name: "called", "named", "termed".
pub fn is_naming_participle(word: &str) -> bool {
    matches!(word, "called" | "named" | "termed")
}

/// How many words of a naming cue start at token `i`: 1 for "called", "named", "termed", 2 for
/// "known as", 0 for none.
fn naming_cue(toks: &[Tok<'_>], i: usize) -> usize {
    match toks.get(i).map(|t| &*t.lower) {
        Some(w) if is_naming_participle(w) => 1,
        Some("known") if toks.get(i + 1).is_some_and(|t| t.is("as")) => 2,
        _ => 0,
    }
}

/// A naming cue ends just before token `k`: "called [X]", "known as [X]".
pub fn follows_naming_cue(toks: &[Tok<'_>], k: usize) -> bool {
    k >= 1 && naming_cue(toks, k - 1) == 1 || k >= 2 && naming_cue(toks, k - 2) == 2
}

/// The comma before token `start` joins two adjectives of one phrase that runs to `end`: "a
/// new, hypothetical form of energy", "a large, folded molecule". The word before the comma
/// follows "a" or "an", and the words after it, two at least, name one thing; "in a cell, energy
/// molecules" is a place and then another phrase.
fn coordinate_adjective(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    start >= 3
        && end - start >= 2
        && matches!(&*toks[start - 3].lower, "a" | "an")
        && adjective_like(toks, start - 2)
        && !looks_plural(toks[start - 2].text)
        && toks[start - 2].text.starts_with(char::is_lowercase)
        && toks[start..end]
            .iter()
            .take_while(|t| !t.is("of"))
            .all(|t| !t.punct && !looks_plural(t.text) && !t.word().is_function_word())
}

/// "small fragments of rock, called cinders", "a nest of cells called a follicle": what the
/// phrase before "called" is called.
fn inner_namings(sentence: &str, toks: &[Tok<'_>]) -> Vec<Fact> {
    let mut facts = Vec::new();
    for i in 1..toks.len().saturating_sub(1) {
        let cue_len = naming_cue(toks, i);
        if cue_len == 0 {
            continue;
        }
        // "is called" is the clause's own naming, read there.
        let mut k = i;
        if toks[k - 1].is(",") {
            k -= 1;
        }
        if k == 0 || toks[k - 1].punct || toks[k - 1].word().is_auxiliary() {
            continue;
        }
        // The described phrase: content words and "of" back to a determiner or a boundary.
        let end_described = k;
        let mut start = k;
        while start > 0 && end_described - start < 7 {
            let t = &toks[start - 1];
            // "a new, hypothetical form of energy called dark energy": adjectives joined by a
            // comma after "a", before a singular noun, are one description.
            if t.is(",") && coordinate_adjective(toks, start, end_described) {
                start -= 3;
                break;
            }
            if t.punct || t.word().is_auxiliary() || t.is_verb() && !used_as_noun(toks, start - 1) {
                break;
            }
            if t.word().is_determiner() {
                start -= 1;
                // "a region of [the cell] called the nucleoid": the phrase goes on before "of".
                // Only after a part ("low levels of the neurotransmitter called serotonin"
                // names the neurotransmitter).
                let of_before = start >= 2
                    && toks[start - 1].is("of")
                    && matches!(
                        &*toks[start - 2].lower,
                        "region"
                            | "part"
                            | "area"
                            | "layer"
                            | "zone"
                            | "section"
                            | "portion"
                            | "segment"
                            | "network"
                            | "group"
                            | "pair"
                            | "chain"
                            | "cluster"
                            | "bundle"
                    );
                if !of_before {
                    break;
                }
                start -= 1;
                continue;
            }
            // "of" inside the phrase ("fragments of rock"), not after a verb ("composed of").
            let inner_of = t.is("of")
                && start >= 2
                && !toks[start - 2].punct
                && !toks[start - 2].word().is_function_word()
                && (!toks[start - 2].is_verb() || used_as_noun(toks, start - 2));
            if t.word().is_function_word() && !inner_of {
                break;
            }
            start -= 1;
        }
        // "The membrane around the nucleus, called the nuclear envelope, ...": the whole
        // subject before the comma is what is named.
        if end_described < i
            && start > 0
            && end_described <= 8
            && !toks[..end_described].iter().any(|t| {
                t.punct || t.word().is_auxiliary() || t.is_verb() && !used_as_noun(toks, 0)
            })
        {
            start = 0;
        }
        if start == end_described || toks[start].is("of") {
            continue;
        }
        let from = i + cue_len;
        let term_end = noun_phrase_end(toks, from, toks.len(), false);
        if term_end == from || term_end - from > 4 {
            continue;
        }
        let described = span_text(sentence, toks, start, end_described);
        // "Materials called superconductors": one plain word is no description to ask by;
        // nor is "a type of balance" ("What is a type of balance called?").
        let lower_described = described.to_lowercase();
        if described.split_whitespace().count() < 2
            || [
                "a type of",
                "a kind of",
                "one type of",
                "another type of",
                "a form of",
            ]
            .iter()
            .any(|p| lower_described.starts_with(p))
            // "by a German scientist named Georg Ohm": someone's name, not a term for a kind.
            || toks[i].is("named")
                && matches!(&*toks[start].lower, "a" | "an")
                && toks[from].text.starts_with(char::is_uppercase)
            // "producing cells" (of "sperm-producing cells"): a description cut in its middle.
            || lower_described
                .split_whitespace()
                .next()
                .is_some_and(|w| w.ends_with("ing") && w.len() > 5)
        {
            continue;
        }
        let be = if subject_plural(&described) {
            "are"
        } else {
            "is"
        };
        facts.push(Fact {
            kind: FactKind::Naming,
            subject: described,
            relation: format!("{be} {}", span_text(sentence, toks, i, from)),
            object: span_text(sentence, toks, from, term_end),
            items: Vec::new(),
            category: String::new(),
        });
    }
    facts
}

/// "N such as A, B, and C", "N, including A and B".
fn list_facts(sentence: &str, toks: &[Tok<'_>]) -> Vec<Fact> {
    let mut facts = Vec::new();
    for i in 0..toks.len() {
        let cue_len = if toks[i].is("such") && toks.get(i + 1).is_some_and(|t| t.is("as")) {
            2
        } else if toks[i].is("including")
            || toks[i].is("like")
                && i > 0
                // ", like A and B"; "minerals like A, B, and C".
                && (toks[i - 1].is(",")
                    || looks_plural(toks[i - 1].text) && !toks[i - 1].word().is_function_word())
        {
            1
        } else {
            0
        };
        if cue_len == 0 {
            continue;
        }
        let from = i + cue_len;
        // The list runs to the next clause boundary: ";", ")", ".", or a comma followed by a verb.
        let mut j = from;
        while j < toks.len() {
            let t = &toks[j];
            if t.is(";") || t.is(")") || t.is(".") || t.is(":") || t.is("(") {
                break;
            }
            if t.is(",")
                && toks.get(j + 1).is_some_and(|n| {
                    n.word().is_subordinator() && !matches!(&*n.lower, "and" | "or")
                        || matches!(&*n.lower, "but" | "yet" | "so" | "while" | "which" | "to")
                        || starts_verb_group(toks, j + 1)
                        || n.lower.ends_with("ing")
                        // "such as mushrooms and molds, survive by ...": the verb after a
                        // subject that the list interrupted.
                        || n.verb_base() == Some(&*n.lower) && !looks_like_noun_use(toks, j + 1)
                })
            {
                break;
            }
            if !t.punct && t.word().is_auxiliary() || t.is("such") {
                break;
            }
            if !t.punct
                && (t.word().is_subordinator() && t.lower != "as")
                && !matches!(&*t.lower, "and" | "or")
            {
                break;
            }
            j += 1;
        }
        let phrase = span_text(sentence, toks, from, j);
        let lower_phrase = phrase.to_lowercase();
        if !(lower_phrase.contains(" and ") || lower_phrase.contains(" or ")) {
            continue;
        }
        let items: Vec<String> = split_list(&phrase)
            .into_iter()
            .map(|s| trim_phrase(&s))
            .filter(|s| !s.is_empty() && s.split_whitespace().count() <= 6)
            .collect();
        // "like a propeller, around and around": an item with no content word is no item.
        let empty_item = |item: &String| {
            item.split_whitespace()
                .all(|w| !lexicon::Word::new(&lexicon::lowercase(w)).is_content())
        };
        if items.len() < 2 || items.iter().any(empty_item) {
            continue;
        }
        // The category: the noun phrase just before the cue ("toxins", "different sources").
        let mut k = i;
        while k > 0 && toks[k - 1].is(",") {
            k -= 1;
        }
        let cat_end = k;
        while k > 0
            && !toks[k - 1].punct
            && !toks[k - 1].word().is_function_word()
            && !toks[k - 1].is_verb()
            && cat_end - k < 4
        {
            k -= 1;
        }
        let category = span_text(sentence, toks, k, cat_end);
        facts.push(Fact {
            kind: FactKind::List,
            subject: category.clone(),
            relation: span_text(sentence, toks, i, from),
            object: phrase,
            items,
            category,
        });
    }
    facts
}

/// Facts read from the clause: definitions, naming, characteristics, causes, effects,
/// capabilities, functions, reasons, and a plain statement when nothing else fits.
fn clause_facts(sentence: &str, toks: &[Tok<'_>], c: &Clause) -> Vec<Fact> {
    // The subject as written, article included ("the student"), cut before "such as".
    let mut head_end = c.subject_head_end;
    if let Some(p) = toks[c.subject_start..head_end]
        .iter()
        .position(|t| t.is("such") || t.is("like") || t.is("including"))
    {
        head_end = c.subject_start + p;
    }
    let subject = span_text(sentence, toks, c.subject_start, head_end)
        .trim_end_matches([',', ';', ':'])
        .trim()
        .to_owned();
    let relation = span_text(sentence, toks, c.subject_end, c.verb_end);
    let rel_words: Vec<&str> = toks[c.subject_end..c.verb_end]
        .iter()
        .map(|t| &*t.lower)
        .collect();
    let has = |w: &str| rel_words.contains(&w);
    let last = rel_words.last().copied().unwrap_or("");
    let pred_start = c.verb_end;
    if pred_start >= c.end || subject.is_empty() {
        return Vec::new();
    }
    // The object: a noun phrase, with its "of" tail; a list object keeps its conjunctions.
    let obj_end = object_end(toks, pred_start, c.end);
    // "composed of small fragments of rock, called cinders": the name after a comma is a fact
    // of its own ("What are small fragments of rock called?"), not part of the object.
    let obj_end = (pred_start + 1..obj_end)
        .find(|&k| {
            toks[k].is(",")
                && naming_cue(toks, k + 1) > 0
                && !toks[k + 1..obj_end].iter().any(|t| t.punct)
        })
        .unwrap_or(obj_end);
    let object = span_text(sentence, toks, pred_start, obj_end);
    let make = |kind: FactKind, object: String| Fact {
        kind,
        subject: subject.clone(),
        relation: relation.clone(),
        object,
        items: Vec::new(),
        category: String::new(),
    };
    let mut facts = Vec::new();
    let main = toks[c.subject_end..c.verb_end]
        .iter()
        .rev()
        .find(|t| t.is_verb() && !t.word().is_auxiliary());
    let main_lemma = main.and_then(Tok::verb_base).unwrap_or("");
    // "Steam forms when ...": an intransitive verb has no object to ask for.
    let opener = toks[pred_start].word();
    // "They wonder what the effects ... will be": a question clause, not a thing to name
    // ("whether", "why", "how" and "who" are subordinators already).
    let no_object = opener.is_subordinator()
        || toks[pred_start].is("what")
        || opener.is_adverb() && !opener.is_determiner()
        || opener.is_preposition()
            && !matches!(
                last,
                "by" | "into" | "to" | "as" | "of" | "from" | "in" | "on" | "for" | "with"
            );
    facts.extend(circumstance_fact(sentence, toks, c, pred_start, &make));
    // "The hot magma rises and cools": a second verb, not an object.
    if object.is_empty() || no_object && !lexicon::is_be(last) || opener.is_conjunction() {
        return facts;
    }
    // "dissolves faster in hot tea than ...": a comparison, not a thing the verb acts on.
    if lexicon::is_comparative(&toks[pred_start].lower) && !lexicon::is_be(last) {
        return facts;
    }
    let kind = match (main_lemma, last) {
        ("characterize", "by") => Some(FactKind::Characteristic),
        ("cause", "by") | ("result", "from") => Some(FactKind::Cause),
        ("cause", _) | ("lead", "to") | ("result", "in") | ("trigger", _) | ("induce", _) => {
            Some(FactKind::Effect)
        }
        ("call", _) | ("know", "as") | ("define", "as") | ("refer", "to") | ("term", _) => {
            Some(FactKind::Naming)
        }
        _ => None,
    };
    // A list right after the object: "derived from different sources, including A, B and C".
    let list = list_after(sentence, toks, obj_end, c.end);
    let with_list = |mut f: Fact| {
        if let Some(items) = &list {
            f.items = items.clone();
            let head = f
                .object
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase();
            let modifier = f
                .object
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            if lexicon::is_vague(&head)
                || matches!(head.as_str(), "sources" | "mechanisms" | "ways" | "means")
                || matches!(
                    modifier.as_str(),
                    "different" | "various" | "several" | "many" | "other"
                )
            {
                f.object = join_items(items);
            }
        }
        f
    };
    // An object that is a list of two or more, and the fact that lists them.
    let listed =
        || split_list(&object).len() >= 2 && (object.contains(" and ") || object.contains(" or "));
    let list_fact = || {
        let mut f = make(FactKind::List, object.clone());
        f.items = split_list(&object).iter().map(|s| trim_phrase(s)).collect();
        f.category = subject.clone();
        f
    };
    // "Three examples are area, volume, and density.": a list of examples, as "include" gives.
    let examples_are = rel_words.len() == 1
        && last == "are"
        && subject.to_lowercase().ends_with("examples")
        && listed();
    if let Some(kind) = kind {
        facts.push(with_list(make(kind, object.clone())));
    } else if examples_are {
        facts.push(list_fact());
    } else if rel_words.len() == 1 && lexicon::is_be(last)
        || (has("is") || has("are"))
            && rel_words.len() == 2
            && lexicon::is_adverb(rel_words[1])
            // "copper is very [a good conductor]": a degree adverb grades an adjective.
            && !lexicon::is_degree_adverb(rel_words[1])
    {
        // Copula: a definition when the complement is a noun phrase; the whole complement is the
        // answer ("a type of stem cell with multipotent differentiation potential").
        let first = &*toks[pred_start].lower;
        let first_word = toks[pred_start].word();
        let np_end = noun_phrase_end(toks, pred_start, c.end, true);
        // "Moraine is sediment deposited by a glacier": a lone noun that a participle or a
        // relative clause describes.
        let described = || {
            toks.get(np_end).is_some_and(|t| {
                matches!(&*t.lower, "that" | "which")
                    || t.lower.ends_with("ed")
                        && t.is_verb()
                        && toks
                            .get(np_end + 1)
                            .is_some_and(|n| n.word().is_preposition())
            })
        };
        // "essentially DNA or RNA surrounded by ...": a capitalized word inside the sentence is
        // a name or an abbreviation, a noun.
        let noun_like = !first_word.is_function_word()
            && !first_word.is_adverb()
            && (np_end - pred_start >= 2
                || toks.get(np_end - 1).is_some_and(|t| looks_plural(t.text))
                || toks[pred_start].text.starts_with(char::is_uppercase)
                || described());
        // ("living things" and "melted rock" are noun phrases.)
        let living_thing = first == "living" && toks.get(pred_start + 1).is_some_and(living_noun)
            || participle_describes_noun(toks, pred_start);
        let verbal = !living_thing
            && ((first.ends_with("ing") || first.ends_with("ed")) && first.len() > 4
                || toks[pred_start].is_verb() && !looks_like_noun_use(toks, pred_start));
        // "Index fossils are useful for determining the ages of rock layers": what the
        // subject serves, asked with its adjective ("What are index fossils useful for?").
        if matches!(
            first,
            "useful" | "responsible" | "important" | "essential" | "necessary" | "vital"
        ) && toks.get(pred_start + 1).is_some_and(|t| t.is("for"))
        {
            let from = pred_start + 2;
            let end = complement_end(toks, from, c.end);
            if end > from && end - from <= 12 {
                let mut f = make(FactKind::Function, span_text(sentence, toks, from, end));
                f.relation = format!("{relation} {first} for");
                facts.push(f);
            }
            return facts;
        }
        // "X are the result of Y": a cause.
        let result_of = matches!(first, "a" | "the")
            && toks.get(pred_start + 1).is_some_and(|t| t.is("result"))
            && toks.get(pred_start + 2).is_some_and(|t| t.is("of"));
        if result_of {
            let from = pred_start + 3;
            let end = complement_end(toks, from, c.end);
            let obj = span_text(sentence, toks, from, end);
            if !obj.is_empty() {
                let mut f = make(FactKind::Cause, obj);
                f.relation = format!("{relation} {} result of", toks[pred_start].lower);
                facts.push(f);
            }
            return facts;
        }
        if (matches!(first, "a" | "an" | "the" | "one") || noun_like) && !verbal {
            let end = complement_end(toks, pred_start, c.end);
            // "the flat, disk-shaped ..." cut at its first comma is not a definition.
            let cut_short = end - pred_start <= 2 && toks.get(end).is_some_and(|t| t.is(","));
            if cut_short {
                return facts;
            }
            // Tokens, brackets and quotes included: the answer's own limit is in words.
            let complement = if end - pred_start <= 26 {
                span_text(sentence, toks, pred_start, end)
            } else {
                object.clone()
            };
            facts.push(with_list(make(FactKind::Definition, complement)));
        }
        // "X is a condition characterized by Y", "... caused by Y".
        // Only right after the complement's head ("a condition caused by"), not deep inside
        // it ("the result of stresses caused by").
        for (cue, kind) in [
            ("characterized", FactKind::Characteristic),
            ("caused", FactKind::Cause),
        ] {
            if let Some(pos) = toks[pred_start..c.end].iter().position(|t| t.is(cue))
                && toks.get(pred_start + pos + 1).is_some_and(|t| t.is("by"))
                && pos <= 5
                && !toks[pred_start..pred_start + pos]
                    .iter()
                    .any(|t| t.punct || t.is("of") || t.word().is_preposition())
            {
                let from = pred_start + pos + 2;
                let end = object_end(toks, from, c.end);
                let obj = span_text(sentence, toks, from, end);
                if !obj.is_empty() {
                    let mut f = make(kind, obj);
                    f.relation = if subject_plural(&subject) {
                        format!("are {cue} by")
                    } else {
                        format!("is {cue} by")
                    };
                    facts.push(f);
                }
            }
        }
    } else if has("can") || has("could") || has("may") {
        facts.push(with_list(make(FactKind::Capability, object.clone())));
    } else if main_lemma == "include" && listed() {
        // "Human actions that put soil at risk include logging, mining, and construction."
        facts.push(list_fact());
    } else if let Some(fact) = conversion_fact(sentence, toks, c, main_lemma, obj_end, &make) {
        facts.push(fact);
    } else if main.is_some() && !(aspectual(main_lemma) && toks[pred_start].lower.ends_with("ing"))
    {
        // ("A population can't keep growing": the doing is the verb, not a thing kept.)
        facts.push(with_list(make(FactKind::Function, object.clone())));
    }
    // "capable of Y".
    if let Some(pos) = toks[pred_start..c.end]
        .iter()
        .position(|t| t.is("capable"))
        .map(|p| p + pred_start)
        && toks.get(pos + 1).is_some_and(|t| t.is("of"))
    {
        let end = object_end(toks, pos + 2, c.end);
        let obj = span_text(sentence, toks, pos + 2, end);
        if !obj.is_empty() {
            let mut f = make(FactKind::Capability, obj);
            f.relation = "capable of".into();
            facts.push(f);
        }
    }
    // "because Y".
    if let Some(pos) = toks[pred_start..c.end].iter().position(|t| t.is("because")) {
        let from = pred_start + pos + 1;
        let reason = span_text(sentence, toks, from, c.end);
        if !reason.is_empty() {
            facts.push(make(FactKind::Reason, reason));
        }
    }
    facts
}

/// "Bacteria in the soil change atmospheric nitrogen into nitrates": what a verb of changing
/// turns its object into is the fact, asked with the object ("What do bacteria in the soil
/// change atmospheric nitrogen into?"); the object alone is half of it. The object may keep a
/// short tail ("the energy in sunlight") and "back" ("changes the copper oxide back to").
fn conversion_fact(
    sentence: &str,
    toks: &[Tok<'_>],
    c: &Clause,
    main_lemma: &str,
    obj_end: usize,
    make: &dyn Fn(FactKind, String) -> Fact,
) -> Option<Fact> {
    // "Fungi obtain energy from breaking down dead organisms": where a verb of getting takes
    // its object from is asked the same way ("What do fungi obtain energy from?").
    let getting = matches!(
        main_lemma,
        "obtain" | "get" | "gain" | "derive" | "receive" | "absorb" | "acquire" | "harvest"
    );
    let target = |t: &Tok<'_>| {
        if getting {
            t.is("from")
        } else {
            t.is("into") || t.is("to")
        }
    };
    // (The object of a verb of getting may run on: "energy from other organisms".)
    let obj_end = if getting {
        (c.verb_end..obj_end)
            .find(|&k| target(&toks[k]))
            .unwrap_or(obj_end)
    } else {
        obj_end
    };
    // (The object is a noun phrase: "physical changes are easy to undo" was misread.)
    if !(getting || matches!(main_lemma, "convert" | "change" | "transform" | "turn"))
        || (c.verb_end..obj_end).any(|k| {
            let t = &toks[k];
            // ("get their name from": a noun that is also a verb.)
            t.word().is_auxiliary()
                || t.is_verb()
                    && !t.is_noun_like()
                    && !(getting && k > c.verb_end && looks_like_noun_use(toks, k))
        })
        // "The rocks get older with distance from the ridge": no object, no source.
        || getting
            && toks[c.verb_end..obj_end]
                .iter()
                .any(|t| lexicon::is_comparative(&t.lower) || t.word().is_preposition())
    {
        return None;
    }
    let to = (obj_end..c.end.min(obj_end + 5))
        .take_while(|&k| {
            let t = &toks[k];
            target(t)
                || !(t.punct
                    || t.word().is_subordinator()
                    || t.word().is_conjunction()
                    || t.word().is_auxiliary()
                    || getting && t.word().is_preposition())
                    && (!t.is_verb() || looks_like_noun_use(toks, k))
        })
        .find(|&k| target(&toks[k]))?;
    let from = to + 1;
    // "turned off the current to see what would happen": an infinitive, not a target.
    let first = toks.get(from)?;
    // ("from breaking down dead organisms": what a thing gets from may be a doing.)
    let gerund = getting && first.lower.ends_with("ing") && first.is_verb();
    if first.punct || first.is_verb() && !looks_like_noun_use(toks, from) && !gerund {
        return None;
    }
    // (A short source runs to the clause's end: "from their shape", "from the remains of
    // organisms", where a noun that is also a verb would cut a noun phrase short.)
    let to_stop = (from..c.end).find(|&k| toks[k].punct).unwrap_or(c.end);
    let end = if gerund || getting && to_stop - from <= 5 {
        to_stop
    } else {
        noun_phrase_end(toks, from, c.end, false)
    };
    if end == from || end - from > 6 || toks[from..end].iter().all(|t| t.word().is_function_word())
    {
        return None;
    }
    let mut f = make(FactKind::Function, span_text(sentence, toks, from, end));
    f.relation = span_text(sentence, toks, c.subject_end, from);
    Some(f)
}

/// "Mudslides usually occur when the soil is wet": when, where or why the clause's verb
/// happens, read when the "when" / "where" / "because" clause follows the verb group at most
/// two plain words later ("take place where"). The object is the clause, its subordinator
/// first; the relation is the verb group with those words.
fn circumstance_fact(
    sentence: &str,
    toks: &[Tok<'_>],
    c: &Clause,
    pred_start: usize,
    make: &dyn Fn(FactKind, String) -> Fact,
) -> Option<Fact> {
    let at = (pred_start..c.end.min(pred_start + 3)).find(|&k| {
        matches!(
            &*toks[k].lower,
            "when" | "whenever" | "where" | "because" | "if" | "once"
        )
    })?;
    // The words between are the verb's own ("take place", "form quickly"), not a noun phrase
    // the clause could describe ("in areas where").
    if toks[pred_start..at].iter().any(|t| {
        t.punct || t.word().is_determiner() || t.word().is_preposition() || t.word().is_pronoun()
    }) || at > pred_start && toks[pred_start - 1].word().is_preposition()
    {
        return None;
    }
    let mut end = at + 1;
    while end < c.end && !toks[end].is(",") && !toks[end].is(";") && !toks[end].is(":") {
        end += 1;
    }
    // A clause of its own: a subject and a verb, short enough to recall.
    let words = toks[at + 1..end].iter().filter(|t| !t.punct).count();
    if !(2..=14).contains(&words)
        || !toks[at + 1..end]
            .iter()
            .any(|t| t.is_verb() || t.word().is_auxiliary())
    {
        return None;
    }
    // "The direction of the field created when current flows through a wire depends on ...":
    // two verb groups with no conjunction between them; the clause was misread.
    let verb_groups = (at + 1..end)
        .filter(|&k| starts_verb_group(toks, k) && !starts_verb_group(toks, k - 1))
        .count();
    let joins = toks[at + 1..end]
        .iter()
        .filter(|t| matches!(&*t.lower, "and" | "or" | "that" | "which" | "who"))
        .count();
    if verb_groups > 1 + joins {
        return None;
    }
    let mut f = make(FactKind::Circumstance, span_text(sentence, toks, at, end));
    f.relation = span_text(sentence, toks, c.subject_end, at);
    Some(f)
}

/// The items of a "such as" / "including" list that starts at token `at` (after an optional
/// comma), if one does.
fn list_after(sentence: &str, toks: &[Tok<'_>], at: usize, end: usize) -> Option<Vec<String>> {
    let mut k = at;
    if toks.get(k).is_some_and(|t| t.is(",")) {
        k += 1;
    }
    let cue = toks.get(k)?;
    let from = if cue.is("such") && toks.get(k + 1).is_some_and(|t| t.is("as")) {
        k + 2
    } else if cue.is("including") {
        k + 1
    } else {
        return None;
    };
    let stop = object_end(toks, from, end);
    let items: Vec<String> = split_list(&span_text(sentence, toks, from, stop))
        .into_iter()
        .map(|s| trim_phrase(&s))
        .filter(|s| !s.is_empty())
        .collect();
    (items.len() >= 2).then_some(items)
}

/// "A, B, and C" from items.
pub fn join_items(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

/// Whether a subject phrase is plural ("stem cells", "MSCs", "A and B"): the head noun comes
/// before a bracket, an "of" phrase or a relative clause.
pub fn subject_plural(subject: &str) -> bool {
    // The head phrase ends before the first word that opens a tail ("the cells [of] the
    // liver", "[(]MSCs)"): one pass over the words, not a search per tail word.
    let mut core = subject;
    let mut offset = 0;
    let mut words = subject.split(' ').peekable();
    while let Some(word) = words.next() {
        let tail = offset > 0
            && (word.starts_with('(')
                || words.peek().is_some()
                    && matches!(
                        word,
                        "of" | "that"
                            | "which"
                            | "who"
                            | "with"
                            | "in"
                            | "on"
                            | "at"
                            | "from"
                            | "for"
                            | "where"
                            | "when"
                            | "between"
                            | "into"
                            | "through"
                            | "during"
                            | "within"
                            | "across"
                    ));
        if tail {
            core = &subject[..offset - 1];
            break;
        }
        offset += word.len() + 1;
    }
    // "the strongest magnets made", "the largest earthquakes recorded": a participle after
    // the noun describes it; the noun is the head.
    let mut words = core.split_whitespace().rev();
    let head = match (words.next(), words.next()) {
        (Some(last), Some(before)) if lexicon::is_participle(&lexicon::lowercase(last)) => before,
        (last, _) => last.unwrap_or(""),
    };
    let mut core_words = core.split(' ');
    core_words.next();
    let mut core_words = core_words.peekable();
    let joined = std::iter::from_fn(|| core_words.next().map(|w| (w, core_words.peek().is_some())))
        .any(|(w, more)| more && w == "and");
    joined || looks_plural(head)
}

/// The end of an object phrase starting at `from`: a noun phrase with "of" tails and
/// coordinated nouns ("irreversible scarring and impaired liver function").
fn object_end(toks: &[Tok<'_>], from: usize, end: usize) -> usize {
    let mut first = noun_phrase_end(toks, from, end, true);
    // "made of hot, solid rock", "a thin, brittle shell": adjectives joined by a comma before
    // one noun; not the items of a list ("water, carbon dioxide, and ...").
    let content = |k: usize| k < end && adjective_like(toks, k);
    for _ in 0..3 {
        // ("a layer of slippery, wet clay": the words after "of".)
        let start = (from..first)
            .rev()
            .find(|&k| toks[k].is("of"))
            .map_or(from, |k| k + 1);
        let lone_word =
            first == start + 1 || first == start + 2 && toks[start].word().is_determiner();
        // ("the individual but interconnected oceans", "a small yet vital role": two
        // adjectives joined by "but" or "yet" before one noun, the noun no verb, so that
        // "eat plants but animals eat them" stays two clauses.)
        let contrast = toks.get(first).is_some_and(|t| t.is("but") || t.is("yet"))
            && content(first + 1)
            && toks.get(first + 2).is_some_and(Tok::is_noun_like)
            && first + 2 < end;
        if contrast && lone_word {
            first = noun_phrase_end(toks, first + 1, end, true);
            break;
        }
        if !lone_word
            || !toks.get(first).is_some_and(|t| t.is(","))
            || !content(first + 1)
            || !content(first + 2)
        {
            break;
        }
        let next = noun_phrase_end(toks, first + 1, end, true);
        // ("in a hot, molten state, but they form ...": a comma before a new clause ends
        // the phrase, not a list.)
        let clause_after = !toks[first + 1].word().is_adverb()
            && toks.get(next).is_some_and(|t| t.is(","))
            && toks
                .get(next + 1)
                .is_some_and(|t| matches!(&*t.lower, "but" | "which" | "so" | "while" | "yet"));
        if !clause_after
            && toks
                .get(next)
                .is_some_and(|t| matches!(&*t.lower, "," | "and" | "or"))
        {
            break;
        }
        first = next;
    }
    // "can cause the joints to stiffen and the bones to thicken": a phrase's own prepositional
    // tail, when a second phrase joined by "and" ends the clause after it, is part of an
    // object of two phrases; cut before the tail, the object would be half of what the verb
    // takes.
    if let Some(both) = tail_then_second_phrase(toks, first, end) {
        return both;
    }
    let mut committed = first;
    let mut j = first;
    // "include cutting, bending, and melting": an object that is one gerund makes its series
    // of gerunds, each standing alone, a list rather than participle clauses.
    let gerund_series = first == from + 1 && toks[from].lower.ends_with("ing");
    // Coordination: "A and B", "A, B, and C". Comma-joined phrases count only once an
    // "and"/"or" closes the series; a comma followed by a clause ends the object.
    for _ in 0..8 {
        let mut k = j;
        let comma = toks.get(k).is_some_and(|t| t.is(","));
        if comma {
            k += 1;
        }
        let conj = k < end && matches!(&*toks[k].lower, "and" | "or");
        if conj {
            k += 1;
        }
        if k == j || k >= end {
            break;
        }
        let starts_clause = {
            let w = &*toks[k].lower;
            (w.ends_with("ing") && toks[k].is_verb())
                || toks[k].word().is_subordinator()
                || toks[k].word().is_determiner()
                    && toks
                        .get(k + 1)
                        .is_some_and(|_| starts_verb_group(toks, k + 1))
                || starts_verb_group(toks, k)
        };
        // "has increased the greenhouse effect and caused global climate change": after a
        // perfect, an -ed verb after "and" is a second predicate of the same tense.
        let second_predicate = conj
            && toks[k].lower.ends_with("ed")
            && toks[k].is_verb()
            && (from.saturating_sub(4)..from).any(|i| {
                matches!(&*toks[i].lower, "has" | "have" | "had")
                    && toks
                        .get(i + 1)
                        .is_some_and(|v| v.lower.ends_with("ed") && v.is_verb())
            });
        // Otherwise "-ed" forms before a noun are adjectives ("and impaired liver function");
        // "-ing" forms after a comma or conjunction start a participle clause ("reducing
        // inflammation").
        let starts_clause = second_predicate
            || starts_clause && (toks[k].lower.ends_with("ing") || !looks_like_noun_use(toks, k));
        let lone_gerund = gerund_series
            && toks[k].lower.ends_with("ing")
            && toks
                .get(k + 1)
                .is_none_or(|t| matches!(&*t.lower, "," | "and" | "or" | "." | ";"));
        let starts_clause = starts_clause && !lone_gerund;
        let next = noun_phrase_end(toks, k, end, true);
        if starts_clause || next == k || next - k > 5 {
            break;
        }
        // "as a solid and water exists as a liquid": the phrase after "and" is the subject of
        // a new clause.
        if toks
            .get(next)
            .is_some_and(|t| !t.punct && t.word().is_auxiliary())
            || next < end && starts_verb_group(toks, next) && !looks_like_noun_use(toks, next)
        {
            break;
        }
        j = next;
        if conj {
            committed = j;
        }
    }
    // "release chemicals called clotting factors", "need organic molecules, known as nucleic
    // acids,": the name goes with the thing it names.
    let mut cue = committed;
    if toks.get(cue).is_some_and(|t| t.is(",")) {
        cue += 1;
    }
    let cue_len = naming_cue(toks, cue);
    let name_from = cue + cue_len;
    if cue_len > 0 && name_from < end {
        let name_end = noun_phrase_end(toks, name_from, end, false);
        if (1..=4).contains(&(name_end - name_from)) {
            return name_end;
        }
    }
    // "tells of animals behaving erratically just before an earthquake", "is warmed by heat
    // radiating from Earth's surface": a participle right after the object says which of them;
    // cut before it, the answer ("animals", "heat") says less than the sentence.
    participle_clause_end(toks, committed, end).unwrap_or(committed)
}

/// The end of a short participle clause that starts at `at`, right after a noun phrase: an
/// -ing form and one to five more words, up to a mark or the clause's end. `None` when `at`
/// holds no such form, or the clause runs longer or on into a conjunction or a subordinate
/// clause ("an animation showing how ...", "consisting of solutes and solvents"), where the
/// answer would be cut somewhere else.
fn participle_clause_end(toks: &[Tok<'_>], at: usize, end: usize) -> Option<usize> {
    let t = toks.get(at).filter(|_| at < end && at > 0)?;
    if t.punct || !t.lower.ends_with("ing") || !t.is_verb() || toks[at - 1].punct {
        return None;
    }
    let close = (at + 1..=at + 6).find(|&k| {
        k >= end
            || toks[k].punct
            || toks[k].word().is_subordinator()
            || matches!(&*toks[k].lower, "and" | "but" | "or")
    })?;
    let at_mark = close >= end || toks[close].punct;
    (at_mark && close > at + 1).then_some(close)
}

/// Where an object that ends at `at` ends when a prepositional tail follows it and then "and"
/// with a second phrase that closes the clause: "can cause the joints \[to stiffen and the
/// bones to thicken\]". `None` for any other shape: a tail that a verb or a clause follows is
/// not the object's ("produce oxygen in the leaves and release it").
fn tail_then_second_phrase(toks: &[Tok<'_>], at: usize, end: usize) -> Option<usize> {
    // A phrase of a few words, or a pronoun where `pronoun` allows one: the second phrase's
    // tail may point back into the object ("the amount of charge on the particles and the
    // distance between them"), and the object is read whole rather than cut at its first
    // phrase; the first phrase's may not, since "them" would name nothing in the object yet.
    let phrase_end = |k: usize, pronoun: bool| {
        let t = toks.get(k).filter(|_| k < end)?;
        if t.word().is_pronoun() {
            return (pronoun && matches!(&*t.lower, "them" | "it")).then_some(k + 1);
        }
        let stop = noun_phrase_end(toks, k, end, true);
        (stop > k && stop - k <= 4).then_some(stop)
    };
    let tail = |k: usize, pronoun: bool| {
        let t = toks.get(k).filter(|_| k < end)?;
        let relational = !t.punct
            && t.word().is_preposition()
            && !matches!(&*t.lower, "of" | "as" | "than" | "like" | "since" | "until");
        if relational {
            phrase_end(k + 1, pronoun)
        } else {
            None
        }
    };
    let and = tail(at, false)?;
    if !toks.get(and).is_some_and(|t| t.is("and")) {
        return None;
    }
    let second_from = and + 1;
    if !toks
        .get(second_from)
        .is_some_and(|t| !t.punct && t.word().is_determiner())
    {
        return None;
    }
    let second = phrase_end(second_from, false).filter(|&e| e > second_from + 1)?;
    // Two phrases of one shape, each with its tail ("the joints to stiffen and the bones to
    // thicken"), or "between"/"among", whose phrase names two things ("a barrier between the
    // cytoplasm and the environment"). "cuts proteins into smaller polypeptides and their
    // amino acids" has one object, the "and" inside its tail.
    let second = match tail(second, true) {
        Some(tailed) => tailed,
        None if matches!(&*toks[at].lower, "between" | "among") => second,
        None => return None,
    };
    let closes = second >= end
        || toks
            .get(second)
            .is_some_and(|t| t.is(".") || t.is(";") || t.is(","));
    closes.then_some(second)
}

/// The end of a definition's complement: the whole phrase up to a clause boundary (";", ":",
/// or a comma before a new clause), when it is not too long.
fn complement_end(toks: &[Tok<'_>], from: usize, end: usize) -> usize {
    let mut j = from;
    while j < end {
        let t = &toks[j];
        if t.is(";") || t.is(":") {
            break;
        }
        if t.is(",") {
            let next_tok = toks.get(j + 1);
            let next = next_tok.map(|n| &*n.lower).unwrap_or("");
            let clause = next_tok.is_some_and(|n| n.word().is_subordinator())
                || (next.ends_with("ing") && next_tok.is_some_and(Tok::is_verb))
                || matches!(next, "and" | "but" | "or")
                    && toks.get(j + 2).is_some_and(|_| {
                        starts_verb_group(toks, j + 2)
                            || toks[j + 2].word().is_determiner()
                            || toks[j + 2].word().is_pronoun()
                    })
                || next == "such"
                || next == "including";
            if clause {
                break;
            }
        }
        // "was a magnitude 9.0 and damage from the quake was extensive": "and" before a
        // new subject and its verb ends the complement.
        if matches!(&*t.lower, "and" | "but") && new_clause_follows(toks, j + 1, end) {
            break;
        }
        j += 1;
    }
    j
}

/// A subject and its finite verb start at `from`: the verb comes within a few words, before
/// any punctuation or relative word.
fn new_clause_follows(toks: &[Tok<'_>], from: usize, end: usize) -> bool {
    let Some(first) = toks.get(from).filter(|_| from < end) else {
        return false;
    };
    if first.punct || first.word().is_auxiliary() || first.lower.ends_with("ing") {
        return false;
    }
    toks[from + 1..end.min(from + 8)]
        .iter()
        .take_while(|t| {
            !t.punct
                && !t.word().is_subordinator()
                && !matches!(&*t.lower, "that" | "which" | "who" | "and" | "or")
        })
        .any(|t| matches!(&*t.lower, "is" | "are" | "was" | "were"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The subject and verb group [`analyze`] finds, as written.
    fn subject_and_verb(sentence: &str) -> Option<(String, String)> {
        let toks = tokenize(sentence);
        let c = analyze(&toks)?;
        Some((
            span_text(sentence, &toks, c.subject_start, c.subject_end),
            span_text(sentence, &toks, c.subject_end, c.verb_end),
        ))
    }

    #[test]
    fn a_noun_phrase_ends_before_a_quantifier_after_its_noun() {
        let toks = tokenize("mitosis many times");
        assert_eq!(noun_phrase_end(&toks, 0, toks.len(), true), 1);
        let toks = tokenize("a great many fruits");
        assert_eq!(noun_phrase_end(&toks, 0, toks.len(), true), 4);
        // A number word opens the quantity it counts; after an ordinal or a label it goes on.
        let toks = tokenize("the egg two different ways");
        assert_eq!(noun_phrase_end(&toks, 0, toks.len(), true), 2);
        for phrase in ["the past two years", "chapter two examples"] {
            let toks = tokenize(phrase);
            assert_eq!(
                noun_phrase_end(&toks, 0, toks.len(), true),
                toks.len(),
                "{phrase}"
            );
        }
    }

    #[test]
    fn a_name_after_the_object_goes_with_it() {
        let facts = find_facts(
            "Platelets release chemicals called clotting factors, which cause proteins to form.",
        );
        assert!(
            facts
                .iter()
                .any(|f| f.object == "chemicals called clotting factors"),
            "{facts:?}"
        );
    }

    /// The object of the first fact found in `sentence`.
    fn first_object(sentence: &str) -> Option<String> {
        find_facts(sentence).into_iter().next().map(|f| f.object)
    }

    #[test]
    fn a_verb_form_after_an_article_is_part_of_the_phrase() {
        let object = first_object;
        assert_eq!(
            object("Deposition refers to the dropping of sediments by wind or water.").as_deref(),
            Some("the dropping of sediments")
        );
        assert_eq!(
            object("An electromagnetic wave starts with a vibrating charged particle.").as_deref(),
            Some("a vibrating charged particle")
        );
        assert_eq!(
            object("Corrosion involves the formation of an oxidized form of a metal.").as_deref(),
            Some("the formation of an oxidized form of a metal")
        );
        // "the" after a plural noun opens a phrase of its own.
        assert_eq!(
            object("Each scale uses as reference points the freezing point of water.").as_deref(),
            Some("reference points")
        );
    }

    #[test]
    fn a_short_participle_clause_after_the_object_is_part_of_it() {
        let object = first_object;
        assert_eq!(
            object("Folklore tells of animals behaving erratically before an earthquake.")
                .as_deref(),
            Some("animals behaving erratically before an earthquake")
        );
        assert_eq!(
            object("The scale consists of a series of increments ranging from 0 to 14.").as_deref(),
            Some("a series of increments ranging from 0 to 14")
        );
        // A clause that runs on into "how" or "and" is not cut into the answer.
        assert_eq!(
            object("You can watch an animation showing how the reactions are related.").as_deref(),
            Some("an animation")
        );
    }

    #[test]
    fn an_object_of_two_phrases_with_tails_is_read_whole() {
        let object = |sentence: &str| {
            find_facts(sentence)
                .into_iter()
                .find(|f| matches!(f.kind, FactKind::Function | FactKind::Effect))
                .map(|f| f.object)
        };
        assert_eq!(
            object("Arthritis can cause the joints to stiffen and the bones to thicken.")
                .as_deref(),
            Some("the joints to stiffen and the bones to thicken")
        );
        assert_eq!(
            object(
                "The plasma membrane forms a barrier between the cytoplasm and the environment."
            )
            .as_deref(),
            Some("a barrier between the cytoplasm and the environment")
        );
        // The second phrase's tail may point back into the object; the first's may not.
        assert_eq!(
            object(
                "The strength of electric force depends on the amount of electric charge on the particles and the distance between them."
            )
            .as_deref(),
            Some("the amount of electric charge on the particles and the distance between them")
        );
        assert_eq!(
            object("Magnets attract iron between them and the pins nearby.").as_deref(),
            Some("iron")
        );
        // One object, the "and" inside its tail: what pepsin cuts is proteins.
        assert_eq!(
            object("Pepsin cuts proteins into smaller polypeptides and their amino acids.")
                .as_deref(),
            Some("proteins")
        );
        // A verb after the "and": a second clause, not a second phrase.
        assert_eq!(
            object("Plants make sugar in the leaves and the roots store it.").as_deref(),
            Some("sugar")
        );
    }

    #[test]
    fn adjectives_joined_by_a_comma_after_of_stay_in_the_object() {
        let facts = find_facts("Slump may be caused by a layer of slippery, wet clay.");
        assert!(
            facts
                .iter()
                .any(|f| f.object.ends_with("slippery, wet clay")),
            "{facts:?}"
        );
        // A dash that opened an aside is not part of the phrase; nor is an adjective after its
        // noun.
        assert_eq!(
            trim_phrase("the opposite direction -"),
            "opposite direction"
        );
        // "different" before a measure says which; before a noun it says nothing.
        assert_eq!(
            trim_phrase("many different size particles"),
            "different size particles"
        );
        assert_eq!(trim_phrase("different minerals"), "minerals");
        let toks = tokenize("a feeding system unique among animals");
        assert_eq!(noun_phrase_end(&toks, 0, toks.len(), true), 3);
        // Two adjectives joined by "but" before one noun.
        assert_eq!(
            first_object("The ocean was separated into the individual but interconnected oceans.")
                .as_deref(),
            Some("the individual but interconnected oceans")
        );
        assert_eq!(
            first_object("Some birds eat plants but animals eat them.").as_deref(),
            Some("plants")
        );
    }

    #[test]
    fn no_naming_from_an_opening_clause_or_a_persons_name() {
        // The comma closes "When ... motor"; "the electromagnet rotates" names nothing.
        let facts = find_facts(
            "When current flows through the motor, the electromagnet rotates, causing the \
             shaft to rotate as well.",
        );
        assert!(
            !facts.iter().any(|f| f.kind == FactKind::Naming),
            "{facts:?}"
        );
        // "a German scientist named Georg Ohm": a person, not the name of a kind.
        let facts = find_facts(
            "The relationships were first shown by a German scientist named Georg Ohm in 1827.",
        );
        assert!(
            !facts.iter().any(|f| f.kind == FactKind::Naming),
            "{facts:?}"
        );
        // A kind named is still read.
        let facts = find_facts("The cells form a nest of cells called a follicle.");
        assert!(
            facts
                .iter()
                .any(|f| f.kind == FactKind::Naming && f.object == "a follicle"),
            "{facts:?}"
        );
    }

    #[test]
    fn the_clause_is_found_past_labels_openers_and_quotes() {
        for (sentence, subject, verb) in [
            // A label before a colon.
            (
                "A: Steam forms when water vapor cools in the air.",
                "Steam",
                "forms",
            ),
            (
                "Prophase: The chromatin condenses into chromosomes.",
                "The chromatin",
                "condenses into",
            ),
            // Two openers, one after the other.
            (
                "For example, in the Bay Area, maps show the expected shaking.",
                "maps",
                "show",
            ),
            (
                "However, when scientists compared the DNA, they found differences.",
                "they",
                "found",
            ),
            // "Remember that ...".
            (
                "Remember that greenhouse gases trap heat in the atmosphere.",
                "greenhouse gases",
                "trap",
            ),
            // A participle phrase before the subject.
            (
                "Developed in 1935 by Charles Richter, this scale uses a seismometer.",
                "this scale",
                "uses",
            ),
            // A sentence adverb with no comma; a quantifier that is part of the subject.
            (
                "Specifically the volcanoes are the result of subduction.",
                "the volcanoes",
                "are",
            ),
            (
                "Most B cells fight infections by making antibodies.",
                "Most B cells",
                "fight",
            ),
            // A short phrase with no comma, then the subject's article.
            (
                "With more heat the water evaporates more rapidly.",
                "the water",
                "evaporates",
            ),
            // A quoted subject.
            (
                "In asexual reproduction, the \"parent\" produces a copy of itself.",
                "the \"parent\"",
                "produces",
            ),
            // "comes from ... that are": a verb that is never a plural noun.
            (
                "The word pedalfer comes from elements that are found in the soil.",
                "The word pedalfer",
                "comes from",
            ),
            // Adjectives joined by a comma; a list, or two things joined by "and", as the
            // subject; a plural before an inserted phrase.
            (
                "The hot, salty solution reacts with the rocks around it.",
                "The hot, salty solution",
                "reacts with",
            ),
            (
                "Water, oxygen, and carbon dioxide seep into the cracks.",
                "Water, oxygen, and carbon dioxide",
                "seep into",
            ),
            (
                "Nitrogen and oxygen make up 99% of the atmosphere; argon is most of the rest.",
                "Nitrogen and oxygen",
                "make up",
            ),
            (
                "Plants, such as lichens or grasses, become established on bare rock.",
                "Plants, such as lichens or grasses,",
                "become",
            ),
        ] {
            assert_eq!(
                subject_and_verb(sentence),
                Some((subject.to_owned(), verb.to_owned())),
                "{sentence}"
            );
        }
        // No subject to ask about: an existential "there", an adverb grading a quantity, a
        // heading run into the sentence, an adverb and a participle describing a noun.
        for sentence in [
            "Remember that",
            "So, remember that",
            "There must be a source of voltage in the circuit.",
            "So many solutes can dissolve in water that it is called the universal solvent.",
            "Career Focus: Dietitian A dietitian is a nutrition expert.",
        ] {
            assert_eq!(subject_and_verb(sentence), None, "{sentence}");
        }
        // A semicolon ends the clause.
        let sentence =
            "Nitrogen and oxygen make up 99% of the atmosphere; argon is most of the rest.";
        let toks = tokenize(sentence);
        let clause = analyze(&toks).expect("a clause");
        assert_eq!(
            span_text(sentence, &toks, clause.verb_end, clause.end),
            "99% of the atmosphere"
        );
        assert_eq!(
            subject_and_verb("Most allosterically regulated enzymes are made of subunits."),
            Some((
                "Most allosterically regulated enzymes".to_owned(),
                "are made of".to_owned()
            ))
        );
    }

    #[test]
    fn a_phrase_agrees_with_its_head_before_a_preposition() {
        assert!(subject_plural("the strongest magnets made"));
        assert!(!subject_plural("the largest earthquake recorded"));
        assert!(subject_plural("the deepest places on Earth"));
        assert!(subject_plural("the cells at the surface"));
        assert!(!subject_plural("the amount of cells"));
        assert!(!subject_plural("the time between cell divisions"));
        assert!(subject_plural(
            "the plant-like protists, represented mainly by algae"
        ));
        assert!(subject_plural("feldspar and quartz"));
    }

    fn kinds(sentence: &str) -> Vec<(FactKind, String, String)> {
        find_facts(sentence)
            .into_iter()
            .map(|f| (f.kind, f.subject, f.object))
            .collect()
    }

    /// The facts of `sentence`, asserting that one has `relation` and `object`.
    fn fact_with(sentence: &str, relation: &str, object: &str) -> Vec<Fact> {
        let facts = find_facts(sentence);
        assert!(
            facts
                .iter()
                .any(|f| f.relation == relation && f.object == object),
            "{sentence}: {facts:?}"
        );
        facts
    }

    #[test]
    fn a_question_clause_or_a_doing_after_keep_is_no_object() {
        for sentence in [
            "They wonder what the effects of rising water vapor in the atmosphere will be on weather.",
            "Geologists ask whether the crust is moving.",
            "A population can't keep growing bigger and bigger forever.",
            "The hatched turtles start crossing the sand.",
        ] {
            let facts = kinds(sentence);
            assert!(
                !facts.iter().any(|(k, _, _)| *k == FactKind::Function),
                "{sentence}: {facts:?}"
            );
        }
        // A thing begun is an object.
        fact_with("The producers begin food chains.", "begin", "food chains");
        // "have" takes no -ing form: the -ing word describes the noun after it.
        let facts = find_facts("The nucleus has competing forces.");
        assert!(
            !facts.iter().any(|f| f.relation.contains("competing")),
            "{facts:?}"
        );
    }

    #[test]
    fn where_a_verb_of_getting_takes_its_object_from_is_the_fact() {
        for (sentence, relation, object) in [
            (
                "Fungi obtain energy from breaking down dead organisms, such as this log.",
                "obtain energy from",
                "breaking down dead organisms",
            ),
            (
                "Fungi obtain energy from the remains of organisms.",
                "obtain energy from",
                "the remains of organisms",
            ),
            (
                "Dendrites receive nerve impulses from other cells.",
                "receive nerve impulses from",
                "other cells",
            ),
        ] {
            fact_with(sentence, relation, object);
        }
        // "get older" takes no object.
        let facts = find_facts("The rocks get older with distance from the ridge crest.");
        assert!(
            !facts.iter().any(|f| f.relation.ends_with(" from")),
            "{facts:?}"
        );
    }

    #[test]
    fn what_a_verb_of_changing_turns_its_object_into_is_the_fact() {
        for (sentence, relation, object) in [
            (
                "Solar cells convert the energy in sunlight to electrical energy.",
                "convert the energy in sunlight to",
                "electrical energy",
            ),
            (
                "Photosynthesis converts the suns solar energy into chemical energy.",
                "converts the suns solar energy into",
                "chemical energy",
            ),
            (
                "You cant change a fried egg back to a raw egg.",
                "cant change a fried egg back to",
                "a raw egg",
            ),
        ] {
            let facts = fact_with(sentence, relation, object);
            // The object alone is half the fact.
            assert!(
                !facts.iter().any(|f| f.relation.ends_with("convert")
                    || f.relation.ends_with("converts")
                    || f.relation.ends_with("change")),
                "{sentence}: {facts:?}"
            );
        }
        // An infinitive after the object is no target.
        let facts = find_facts("He turned off the current in the wire to see what would happen.");
        assert!(
            !facts.iter().any(|f| f.relation.ends_with(" to")),
            "{facts:?}"
        );
    }

    #[test]
    fn what_a_subject_is_useful_for_is_a_function() {
        let facts = find_facts("Index fossils are useful for determining the ages of rock layers.");
        assert!(
            facts.iter().any(|f| f.relation == "are useful for"
                && f.object == "determining the ages of rock layers"),
            "{facts:?}"
        );
    }

    #[test]
    fn a_participle_before_a_bare_noun_after_be_describes_it() {
        for (sentence, subject, object) in [
            (
                "Magma is melted rock inside Earth.",
                "Magma",
                "melted rock inside Earth",
            ),
            (
                "Biological organisms are open systems.",
                "Biological organisms",
                "open systems",
            ),
        ] {
            let facts = kinds(sentence);
            assert!(
                facts.contains(&(FactKind::Definition, subject.into(), object.into())),
                "{sentence}: {facts:?}"
            );
            assert!(
                !facts.iter().any(|(k, _, _)| *k == FactKind::Function),
                "{sentence}: {facts:?}"
            );
        }
        // A passive that names, keeps or leads on is still a passive.
        assert_eq!(
            kinds("Molten rock below the surface is called magma."),
            [(
                FactKind::Naming,
                "Molten rock below the surface".into(),
                "magma".into()
            )]
        );
        for sentence in [
            "Oysters are born male.",
            "Scrapes should be kept clean.",
            "Both angles are measured relative to the ground.",
        ] {
            let facts = kinds(sentence);
            assert!(
                facts.iter().any(|(k, _, _)| *k == FactKind::Function)
                    && !facts.iter().any(|(k, _, _)| *k == FactKind::Definition),
                "{sentence}: {facts:?}"
            );
        }
    }

    #[test]
    fn a_description_after_a_definition_restates_its_subject() {
        let facts = kinds(
            "Magma is melted rock inside Earth, a molten mixture of substances that can be hot.",
        );
        assert!(!facts.iter().any(|(_, s, _)| s == "Earth"), "{facts:?}");
        // A verb between them: the description is of the term before it.
        let facts = kinds(
            "The nucleus is an organelle surrounded by the nuclear envelope, a double membrane.",
        );
        assert!(
            facts.contains(&(
                FactKind::Definition,
                "the nuclear envelope".into(),
                "a double membrane".into()
            )),
            "{facts:?}"
        );
    }

    #[test]
    fn a_bracketed_gloss_inside_a_closing_description_is_read_past() {
        let facts = kinds(
            "The nucleus is surrounded by the nuclear envelope, a double membrane (two \
             phospholipid bilayers) that controls what goes in and out of the nucleus.",
        );
        assert!(
            facts.contains(&(
                FactKind::Definition,
                "the nuclear envelope".into(),
                "a double membrane (two phospholipid bilayers) that controls what goes in and \
                 out of the nucleus"
                    .into()
            )),
            "{facts:?}"
        );
        // A bracket anywhere else, or one holding a clause of its own, still refuses it.
        for sentence in [
            "The nucleus is surrounded by the nuclear envelope, a double membrane that (as \
             shown) controls what goes in and out.",
            "The nucleus is surrounded by the nuclear envelope, a double membrane (see below, \
             left) that controls what goes in and out.",
        ] {
            let facts = kinds(sentence);
            assert!(
                !facts.iter().any(|(k, _, _)| *k == FactKind::Definition),
                "{sentence}: {facts:?}"
            );
        }
    }

    #[test]
    fn living_before_a_noun_describes_it() {
        let facts = find_facts("Benthos are living things on the ocean floor.");
        assert!(
            facts.iter().any(|f| f.kind == FactKind::Definition
                && f.object == "living things on the ocean floor"),
            "{facts:?}"
        );
        let facts = find_facts("The cells are living longer.");
        assert!(
            !facts.iter().any(|f| f.kind == FactKind::Definition),
            "{facts:?}"
        );
    }

    #[test]
    fn a_base_form_after_be_describes_a_noun() {
        // "are filter feeders": no verb "are filter" with the object "feeders".
        let facts = find_facts("Sponges are filter feeders.");
        assert!(
            !facts.iter().any(|f| f.relation.ends_with("filter")),
            "{facts:?}"
        );
        // A participle that looks like its base form is still the verb.
        let facts = find_facts("The rock is cut into blocks.");
        assert!(
            facts
                .iter()
                .any(|f| f.relation == "is cut into" && f.object == "blocks"),
            "{facts:?}"
        );
    }

    #[test]
    fn finds_characteristic_and_appositive_definition() {
        let facts = kinds(
            "Liver cirrhosis, a late-stage liver disease, is characterized by irreversible scarring and impaired liver function.",
        );
        assert!(facts.contains(&(
            FactKind::Definition,
            "Liver cirrhosis".into(),
            "a late-stage liver disease".into()
        )));
        assert!(facts.contains(&(
            FactKind::Characteristic,
            "Liver cirrhosis".into(),
            "irreversible scarring and impaired liver function".into()
        )));
    }

    #[test]
    fn a_closing_appositive_names_no_list_item_nor_a_word_inside_its_head() {
        for sentence in [
            "The colon can be divided into four regions, the ascending colon, the transverse \
             colon, the descending colon and the sigmoid colon.",
            "This idea led to one of the most important theories in biology, the cell theory.",
        ] {
            let facts = find_facts(sentence);
            assert!(
                !facts.iter().any(|f| f.kind == FactKind::Naming),
                "{sentence}: {facts:?}"
            );
        }
        // A closing appositive of its own still names the term before it.
        assert!(
            kinds("Chlorophyll is found in the chloroplast, the organelle of photosynthesis.")
                .contains(&(
                    FactKind::Naming,
                    "the organelle of photosynthesis".into(),
                    "chloroplast".into()
                ))
        );
    }

    #[test]
    fn finds_cause_and_list() {
        let facts = find_facts(
            "Liver toxic shock is often caused by exposure to toxins, such as acetaminophen or carbon tetrachloride.",
        );
        let cause = facts.iter().find(|f| f.kind == FactKind::Cause).unwrap();
        assert_eq!(cause.subject, "Liver toxic shock");
        assert_eq!(cause.object, "exposure to toxins");
        let list = facts.iter().find(|f| f.kind == FactKind::List).unwrap();
        assert_eq!(list.items, vec!["acetaminophen", "carbon tetrachloride"]);
        assert_eq!(list.category, "toxins");
    }

    #[test]
    fn finds_acronym_and_definition() {
        let facts = kinds(
            "Mesenchymal stem cells (MSCs) are a type of stem cell with multipotent differentiation potential.",
        );
        assert!(facts.contains(&(
            FactKind::Acronym,
            "MSCs".into(),
            "Mesenchymal stem cells".into()
        )));
        assert!(facts.iter().any(|(k, s, _)| *k == FactKind::Definition
            && s == "Mesenchymal stem cells (MSCs)"));
    }

    #[test]
    fn finds_function_and_capability() {
        let facts = kinds(
            "Stem cells secrete growth factors and cytokines that promote liver cell proliferation.",
        );
        assert!(facts.contains(&(
            FactKind::Function,
            "Stem cells".into(),
            "growth factors and cytokines".into()
        )));
        let facts = kinds(
            "MSCs can differentiate into hepatocyte-like cells, contributing to liver regeneration.",
        );
        assert!(facts.contains(&(
            FactKind::Capability,
            "MSCs".into(),
            "hepatocyte-like cells".into()
        )));
    }

    #[test]
    fn an_object_of_function_words_is_no_fact() {
        for text in [
            "Crust, mantle, and core differ from each other.",
            "Oxides contain one.",
        ] {
            let facts = kinds(text);
            assert!(
                !facts.iter().any(|(k, _, _)| *k == FactKind::Function),
                "{text}: {facts:?}"
            );
        }
    }

    #[test]
    fn finds_naming() {
        let facts = kinds(
            "The process by which a magnetic field produces current is called electromagnetic induction.",
        );
        assert!(
            facts
                .iter()
                .any(|(k, _, o)| *k == FactKind::Naming && o == "electromagnetic induction")
        );
        // Adjectives joined by a comma after "a" are one description; a place before a
        // comma is not part of the phrase named.
        let facts = kinds(
            "One possible hypothesis involves a new, hypothetical form of energy called dark energy.",
        );
        assert!(
            facts.iter().any(|(k, s, o)| *k == FactKind::Naming
                && s == "a new, hypothetical form of energy"
                && o == "dark energy"),
            "{facts:?}"
        );
        let facts = kinds("In a cell, energy molecules called ATP carry energy.");
        assert!(
            !facts.iter().any(|(_, s, _)| s.contains("cell,")),
            "{facts:?}"
        );
    }

    #[test]
    fn tokens_answer_word_questions_as_the_lexicon_does() {
        let sentence = "However, the Studies & MSCs (stem cells) quickly promoted, caused and \
                        STOPPED growing; they were led by Σίσυφος into 3.5 mm-sized families.";
        for t in tokenize(sentence) {
            let w = &*t.lower;
            let word = t.word();
            assert_eq!(t.verb_base(), lexicon::verb_base(w), "{w}");
            assert_eq!(t.is_verb(), lexicon::is_verb(w), "{w}");
            assert_eq!(word.is_determiner(), lexicon::is_determiner(w), "{w}");
            assert_eq!(word.is_pronoun(), lexicon::is_pronoun(w), "{w}");
            assert_eq!(word.is_preposition(), lexicon::is_preposition(w), "{w}");
            assert_eq!(word.is_conjunction(), lexicon::is_conjunction(w), "{w}");
            assert_eq!(word.is_subordinator(), lexicon::is_subordinator(w), "{w}");
            assert_eq!(word.is_auxiliary(), lexicon::is_auxiliary(w), "{w}");
            assert_eq!(word.is_adverb(), lexicon::is_adverb(w), "{w}");
            assert_eq!(word.is_function_word(), lexicon::is_function_word(w), "{w}");
            assert_eq!(word.is_stop_word(), lexicon::is_stop_word(w), "{w}");
            assert_eq!(word.is_vague(), lexicon::is_vague(w), "{w}");
            assert_eq!(word.is_participle(), lexicon::is_participle(w), "{w}");
        }
    }

    proptest::proptest! {
        /// ASCII text read byte by byte splits into the tokens it splits into when decoded.
        #[test]
        fn ascii_and_decoded_reading_tokenize_alike(text in "[ a-zA-Z0-9.,'/()-]{0,40}") {
            let mut words = lexicon::WordCache::default();
            proptest::prop_assert_eq!(
                tokenize_with(&text, &Chars::of(&text), &mut words),
                tokenize_with(&text, &Chars::decoded(&text), &mut words)
            );
        }
    }

    #[test]
    fn cached_tokens_are_the_tokens() {
        let mut words = lexicon::WordCache::default();
        for sentence in [
            "Stem cells secrete growth factors; the cells (MSCs) promoted repair.",
            "The cells studied were stopped, and STUDIES of cells continue.",
            "Σίσυφος & co. led 3.5 mm-long cells.",
        ] {
            let toks = tokenize_cached(sentence, &mut words);
            assert_eq!(toks, tokenize(sentence));
            for a in &toks {
                for b in &toks {
                    let same = lexicon::stem(&a.lower) == lexicon::stem(&b.lower);
                    assert_eq!(a.same_stem(b), same, "{} {}", a.lower, b.lower);
                }
            }
        }
    }

    #[test]
    fn tokenizer_keeps_decimals_and_hyphens() {
        let toks = tokenize("It is 3.5 mm long, hepatocyte-like.");
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            vec!["It", "is", "3.5", "mm", "long", ",", "hepatocyte-like", "."]
        );
        // A range of numbers is one word; a dash between words is not.
        let toks = tokenize("It affects 7\u{2013}10 percent \u{2013} many.");
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            vec![
                "It",
                "affects",
                "7\u{2013}10",
                "percent",
                "\u{2013}",
                "many",
                "."
            ]
        );
    }

    #[test]
    fn an_ing_word_opening_a_subject_is_not_an_adverbial() {
        let facts =
            kinds("Running water causes most soil erosion, but wind can carry soil away too.");
        assert!(
            facts
                .iter()
                .any(|(k, s, _)| *k == FactKind::Effect && s == "Running water"),
            "{facts:?}"
        );
        assert!(!facts.iter().any(|(_, s, _)| s.starts_with("but")));
    }

    #[test]
    fn a_name_in_ly_is_no_adverb_before_the_verb() {
        let toks = tokenize("A sheep like Dolly starts with a single cell.");
        let clause = analyze(&toks).expect("a clause");
        assert_eq!(toks[clause.subject_end].text, "starts");
    }

    #[test]
    fn finds_acronym_after_or() {
        let facts = kinds("The CPU, or central processing unit, carries out program instructions.");
        assert!(facts.contains(&(
            FactKind::Acronym,
            "CPU".into(),
            "central processing unit".into()
        )));
    }

    #[test]
    fn finds_acronym_before_its_long_form_in_brackets() {
        let facts = kinds("ROM (read-only memory) is a microchip that provides permanent storage.");
        assert!(facts.contains(&(FactKind::Acronym, "ROM".into(), "read-only memory".into())));
        // Brackets that do not spell the capitals are no long form.
        let facts = kinds("DNA (the molecule of heredity) is found in the nucleus.");
        assert!(!facts.iter().any(|(k, _, _)| *k == FactKind::Acronym));
    }

    #[test]
    fn finds_what_a_phrase_is_called_inside_a_sentence() {
        let facts = kinds("Cinder cones are composed of small fragments of rock, called cinders.");
        assert!(facts.contains(&(
            FactKind::Naming,
            "small fragments of rock".into(),
            "cinders".into()
        )));
        let facts = kinds("The egg rests in a nest of cells called a follicle.");
        assert!(facts.contains(&(
            FactKind::Naming,
            "a nest of cells".into(),
            "a follicle".into()
        )));
        assert!(
            !facts.iter().any(|(_, s, _)| s.contains("rests")),
            "{facts:?}"
        );
    }

    #[test]
    fn relative_clauses_with_two_verbs_stay_in_the_subject() {
        let facts = kinds(
            "The entire process in which a liquid boils and changes to a gas that escapes into the air is called vaporization.",
        );
        assert!(
            facts
                .iter()
                .any(|(k, _, o)| *k == FactKind::Naming && o == "vaporization"),
            "{facts:?}"
        );
        let facts =
            kinds("Human actions that put soil at risk include logging, mining, and construction.");
        let list = find_facts(
            "Human actions that put soil at risk include logging, mining, and construction.",
        )
        .into_iter()
        .find(|f| f.kind == FactKind::List)
        .expect("a list");
        assert_eq!(
            list.items,
            vec!["logging", "mining", "construction"],
            "{facts:?}"
        );
    }

    #[test]
    fn the_result_of_is_a_cause_and_inner_caused_by_is_not() {
        let facts = kinds(
            "Intraplate earthquakes are the result of stresses caused by plate motions acting in solid slabs of lithosphere.",
        );
        assert!(facts.contains(&(
            FactKind::Cause,
            "Intraplate earthquakes".into(),
            "stresses caused by plate motions acting in solid slabs of lithosphere".into()
        )));
        assert!(
            !facts.iter().any(|(_, _, o)| o == "plate motions"),
            "{facts:?}"
        );
    }

    #[test]
    fn verb_forms_are_told_from_nouns() {
        assert!(lexicon::verb_base("wind").is_none());
        assert_eq!(lexicon::verb_base("taught"), Some("teach"));
        assert_eq!(lexicon::verb_base("illustrates"), Some("illustrate"));
        assert!(looks_plural("fungi"));
    }
}
