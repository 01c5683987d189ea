//! Card writing: turns the facts of a sentence into candidate cards, worded as a learner reads
//! them: well-formed questions, clozes that hide a key phrase, list cards.
//!
//! This step overgenerates on purpose; [`rank`](super::rank) scores the candidates and keeps
//! the best.

use std::borrow::Cow;
use std::cell::LazyCell;

use super::facts::{self, FactKind, Tok};
use super::lexicon;
use crate::deck::{CLOZE_CLOSE, CLOZE_OPEN, CardKind};

/// A sentence of the document, with where it stands and what came before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence text, normalized.
    pub text: String,
    /// Index of its paragraph (or list item) in the document.
    pub paragraph: usize,
    /// Position of the sentence inside its paragraph (0 = first).
    pub position: usize,
}

/// A card the writer proposes, before ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The card kind.
    pub kind: CardKind,
    /// The stored prompt (a cloze holds one `{{gap}}`).
    pub prompt: String,
    /// The answer to recall.
    pub answer: String,
    /// The kind of fact it came from.
    pub fact: FactKind,
    /// Index of its source sentence.
    pub sentence: usize,
    /// How good a card it is; higher is better. Set by the writer, adjusted by the ranker.
    pub score: f32,
    /// Terms of the same kind as the answer found beside it (list items), for distractors.
    pub peers: Vec<String>,
    /// What the card is about (the fact's subject), when known.
    pub subject: String,
}

/// Words that open a sentence but point back to an earlier one.
pub fn starts_with_anaphor(text: &str) -> bool {
    let mut words = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let first = words.next().unwrap_or_default();
    // No anaphor or determiner has more than nine letters: most sentences are passed over here.
    if first.len() > 9 && first.is_ascii() {
        return false;
    }
    // Lower-cased on the stack when short and ASCII (nearly always: every listed word is).
    let mut buffer = [0u8; 9];
    let lower: Cow<'_, str> = match buffer.get_mut(..first.len()) {
        Some(short) if first.is_ascii() => {
            short.copy_from_slice(first.as_bytes());
            short.make_ascii_lowercase();
            Cow::Borrowed(std::str::from_utf8(short).unwrap_or_default())
        }
        _ => lexicon::lowercase(first),
    };
    let first = lexicon::Word::new(&lower);
    // "Most are tiny", "Some have flagella": a quantifier standing for a noun said before.
    // (The lower-cased first word tried first: this runs for every subject and sentence.)
    &*lower == "the" && described_before(text)
        || first.is_anaphor()
        || first.is_determiner()
            && words.next().is_some_and(|second| {
                let second = lexicon::lowercase(second);
                let word = lexicon::Word::new(&second);
                // "Many only produce one eruption": an adverb before the verb.
                let adverb_then_verb = || {
                    word.is_adverb()
                        && words.clone().next().is_some_and(|third| {
                            let third = lexicon::lowercase(third);
                            let third = lexicon::Word::new(&third);
                            third.is_auxiliary() || third.is_verb()
                        })
                };
                // ("The change of a liquid to a gas", "a flow of ions": a verb form after an
                // article and before "of" is a noun that says of what; "The result is ..." still
                // points back.)
                let noun_of = || {
                    matches!(&*lower, "the" | "a" | "an")
                        && words.clone().next().is_some_and(|third| third == "of")
                };
                word.is_auxiliary()
                    || adverb_then_verb()
                    || word.is_verb()
                        && !noun_of()
                        // "Many derived quantities are ...": a participle before its noun.
                        && !((second.ends_with("ed") || second.ends_with("ing"))
                            && words.next().is_some_and(|third| {
                                let third = lexicon::lowercase(third);
                                let third = lexicon::Word::new(&third);
                                !third.is_function_word() && !third.is_verb()
                            }))
            })
}

/// Whether the sentence opens on a thing the text described before ("The motion described
/// creates a convection cell", "The steps listed ...") or on what is left of a process told
/// before ("The resulting organism will be genetically unique"): no card stands without it.
fn described_before(text: &str) -> bool {
    let mut words = text
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && (words
            .next()
            .is_some_and(|w| matches!(w, "resulting" | "remaining"))
            || words.next().is_some_and(|w| {
                matches!(
                    w,
                    "described" | "mentioned" | "discussed" | "listed" | "outlined"
                )
            }))
}

/// Lower-cases the first letter of a phrase unless it looks like a name or acronym.
fn decapitalize(phrase: &str) -> String {
    let mut words = phrase.split(' ');
    let first = words.next().unwrap_or("");
    let mut chars = first.chars();
    let Some(c0) = chars.next() else {
        return phrase.to_owned();
    };
    let rest: String = chars.collect();
    let article = matches!(first, "A" | "An" | "The");
    // "Mount St. Helens": a name of several capitalized words keeps its capitals.
    let name = !article
        && words
            .clone()
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    // ("E. coli": an initial keeps its capital.)
    let keep = !article
        && (rest.chars().any(|c| c.is_uppercase() || c.is_ascii_digit())
            || first.len() == 1
            || rest == "."
            || name);
    if keep || !c0.is_uppercase() {
        return phrase.to_owned();
    }
    let mut out: String = c0.to_lowercase().collect();
    out.push_str(&rest);
    for w in words {
        out.push(' ');
        out.push_str(w);
    }
    out
}

/// Upper-cases the first letter.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An adverb a question leaves out of the verb group: "also", "only", "even"; a hedge ("What are the
/// eruptions ... essentially?" asks no more than without it); "then", the step before, which
/// the card does not show ("How many cells does the cell divide into?").
fn left_out_of_question(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "then"
            | "additionally"
            | "further"
            | "just"
            | "only"
            | "simply"
            | "actually"
            | "essentially"
            | "basically"
            | "generally"
            | "typically"
            | "really"
            | "perhaps"
            | "even"
    )
}

/// A size a measure is of: "35 kilometers thick", "3.5 billion years old".
fn is_dimension(word: &str) -> bool {
    matches!(
        word,
        "thick" | "long" | "wide" | "deep" | "tall" | "high" | "old" | "heavy"
    )
}

/// Builds "What <aux> <subject> <rest>?" from a subject and the verb group as written.
///
/// "liver cirrhosis" + "is characterized by" -> "What is liver cirrhosis characterized by?";
/// "stem cells" + "secrete" -> "What do stem cells secrete?".
pub fn what_question(subject: &str, relation: &str) -> Option<String> {
    // "much of what", "the ground collapses and": a subject that ends in a function word was
    // cut wrong ("the iceberg itself" names the iceberg).
    let last = lexicon::lowercase(subject.split_whitespace().last()?);
    // ("it" and "they" alone: a pronoun the caller has found named in the question's lead.)
    let pronoun = matches!(&*last, "it" | "they") && !subject.contains(' ');
    if lexicon::is_function_word(&last) && !matches!(&*last, "itself" | "themselves") && !pronoun {
        return None;
    }
    let subject = decapitalize(subject);
    let words: Vec<&str> = relation
        .split_whitespace()
        .filter(|w| !left_out_of_question(&lexicon::lowercase(w)))
        .collect();
    // "today could produce": adverbs before an auxiliary go after the subject, the auxiliary
    // before it ("What could a quake today produce?").
    let adverbs = words
        .iter()
        .take_while(|w| {
            let w = lexicon::lowercase(w);
            lexicon::is_adverb(&w) && !lexicon::is_auxiliary(&w)
        })
        .count();
    let words: Vec<&str> = if adverbs > 0
        && words
            .get(adverbs)
            .is_some_and(|w| lexicon::is_auxiliary(&lexicon::lowercase(w)))
    {
        let mut moved = vec![words[adverbs]];
        moved.extend_from_slice(&words[..adverbs]);
        moved.extend_from_slice(&words[adverbs + 1..]);
        moved
    } else {
        words
    };
    let first = lexicon::lowercase(words.first()?);
    // "What is the tablet disappearing in?", "What are the ice cubes turning into?": what is
    // going on as the text shows it, in a picture or a demonstration, not a lasting fact.
    if matches!(&*first, "is" | "are")
        && words[1..]
            .iter()
            .map(|w| lexicon::lowercase(w))
            .find(|w| !lexicon::is_adverb(w))
            .is_some_and(|w| w.ends_with("ing") && w != "being" && lexicon::is_verb(&w))
    {
        return None;
    }
    if lexicon::is_auxiliary(&first) {
        let rest = words[1..].join(" ");
        // "has large crystals", "have to divide": "have" is the verb when no participle
        // follows, and the question needs "do" ("Why does porphyry have large crystals?").
        if matches!(first.as_ref(), "have" | "has" | "had")
            && words
                .iter()
                .skip(1)
                .map(|w| lexicon::lowercase(w))
                .find(|w| !lexicon::is_adverb(w) && !negation(w))
                .is_none_or(|w| w != "been" && !lexicon::is_participle(&w))
        {
            let aux = match first.as_ref() {
                "had" => "did",
                "has" => "does",
                _ if facts::subject_plural(&subject) => "do",
                _ => "does",
            };
            return Some(
                format!("What {aux} {subject} have {rest}")
                    .trim_end()
                    .to_owned()
                    + "?",
            );
        }
        // "did so much damage": "do" is the verb here, and the question needs it twice.
        if matches!(first.as_ref(), "do" | "does" | "did")
            && words
                .iter()
                .skip(1)
                .map(|w| lexicon::lowercase(w))
                .find(|w| w != "not" && (!lexicon::is_adverb(w) || lexicon::is_degree_adverb(w)))
                .is_none_or(|w| lexicon::is_degree_adverb(&w) || !lexicon::is_verb(&w))
        {
            return Some(
                format!("What {first} {subject} do {rest}")
                    .trim_end()
                    .to_owned()
                    + "?",
            );
        }
        // "may" alone: the verb was not read, and "What may a landslide?" asks nothing.
        if rest.is_empty() && lexicon::is_modal(&first) {
            return None;
        }
        return Some(if rest.is_empty() {
            format!("What {first} {subject}?")
        } else {
            format!("What {first} {subject} {rest}?")
        });
    }
    // Adverbs before the main verb stay before it: "often causes" -> "does X often cause".
    let verb_pos = words.iter().position(|w| {
        let lower = lexicon::lowercase(w);
        let word = lexicon::Word::new(&lower);
        word.is_verb() && !word.is_adverb()
    })?;
    let verb = lexicon::lowercase(words[verb_pos]);
    let base = lexicon::verb_base(&verb)?;
    // "need", "feed", "exceed" end in "-ed" but are not past.
    let past = verb.as_ref() != base && (verb.ends_with("ed") || !verb.ends_with('s'));
    let aux = if past {
        "did"
    } else if verb.as_ref() != base {
        "does"
    } else if facts::subject_plural(&subject) {
        "do"
    } else {
        "does"
    };
    let mut parts: Vec<&str> = words[..verb_pos].to_vec();
    parts.push(base);
    parts.extend_from_slice(&words[verb_pos + 1..]);
    Some(format!("What {aux} {subject} {}?", parts.join(" ")))
}

/// A word that negates: "not", "never", "cannot", "isnt", "don't".
fn negation(word: &str) -> bool {
    let w = lexicon::lowercase(word);
    matches!(w.as_ref(), "not" | "never" | "cannot")
        || (w.ends_with("nt") || w.ends_with("n't")) && lexicon::is_auxiliary(&w)
}

/// A cloze hiding `term` where it opens the sentence (at most two words before it, "The
/// [...]"): the term recalled from what the sentence says of it. The term's byte offset and
/// the prompt.
fn opening_cloze(text: &str, term: &str) -> Option<(usize, String)> {
    let at = text.find(term)?;
    let before = text[..at].trim_end();
    if before.split_whitespace().count() > 2 || fits_any_kind(before, &text[at + term.len()..]) {
        return None;
    }
    Some((at, cloze(text, at, term)?))
}

/// Whether the subject of a sentence about some of a kind, hidden after its `quantifier`,
/// fits a dozen kinds: "Some [particles] are pollutants", "Many [common electric devices]
/// contain electromagnets" say two content words or fewer of it in the `rest` ("Many [channel
/// proteins] allow the diffusion of ions" says enough).
fn fits_any_kind(quantifier: &str, rest: &str) -> bool {
    ["some", "many", "most", "several"]
        .iter()
        .any(|q| quantifier.eq_ignore_ascii_case(q))
        && rest
            .split_whitespace()
            .map(|w| lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .filter(|w| !w.is_empty() && lexicon::Word::new(w).tells())
            .count()
            <= 2
}

/// An opening cloze whose gap is the name where the term names a kind ("A device called a
/// commutator changes ..." -> "A device called a [...] changes ..."): the name is what to
/// recall, not the kind it is of. The gap's byte offset, the prompt and the answer.
fn opening_name_cloze(text: &str, term: &str) -> Option<(usize, String, String)> {
    let (at, prompt) = opening_cloze(text, term)?;
    let Some(offset) = name_offset(term) else {
        return Some((at, prompt, term.to_owned()));
    };
    let name = &term[offset..];
    Some((
        at + offset,
        cloze(text, at + offset, name)?,
        name.to_owned(),
    ))
}

/// Where the name starts in "device called a commutator", "a process known as osmosis": after
/// the naming word and an article, when at most two words of kind come before it.
fn name_offset(term: &str) -> Option<usize> {
    // (Read word by word: this runs for every opening cloze, and most terms name no kind.)
    let mut at = 0;
    let mut known = false;
    for (k, word) in term.split(' ').take(4).enumerate() {
        at += word.len() + 1;
        if (1..=2).contains(&k) && matches!(word, "called" | "named") || known && word == "as" {
            let rest = term.get(at..)?;
            let article = ["a ", "an ", "the "]
                .iter()
                .find(|a| rest.starts_with(**a))
                .map_or(0, |a| a.len());
            return (at + article < term.len()).then_some(at + article);
        }
        known = (1..=2).contains(&k) && word == "known";
    }
    None
}

/// A cloze prompt: the sentence with `answer` (found at byte `at`) replaced by a gap.
fn cloze(sentence: &str, at: usize, answer: &str) -> Option<String> {
    // Braces of the gap markup inside the text itself would make the card ambiguous.
    if sentence.contains(CLOZE_OPEN) || sentence.contains(CLOZE_CLOSE) {
        return None;
    }
    let before = sentence.get(..at)?;
    let after = sentence.get(at + answer.len()..)?;
    // "(Mg, Fe)[2 SiO4]", "including [copper, aluminum, and steel—]are": a gap glued to the
    // word or bracket beside it cuts a formula or a phrase in two.
    if before.ends_with(|c: char| c.is_alphanumeric() || c == ')')
        || after.starts_with(|c: char| c.is_alphanumeric() || c == '(')
    {
        return None;
    }
    // "such as [yogurt, and E]. coli", "These [long-lasting B] and T cells": a gap ending at
    // an initial cuts a name in two.
    if (after.starts_with(". ") || after.starts_with(" and ") || after.starts_with(" or "))
        && answer
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase()))
        && after
            .trim_start_matches(['.', ' '])
            .starts_with(|c: char| c.is_alphabetic())
    {
        return None;
    }
    // "the [medium] (plural, media)", "[flagella] (singular, flagellum)": the gloss spells
    // the answer in its other number, and the prompt leaves it out; the gloss's label is no
    // answer.
    let after = match after.strip_prefix(" (") {
        Some(gloss) if ["singular", "plural"].iter().any(|g| gloss.starts_with(g)) => gloss
            .find(')')
            .and_then(|close| gloss.get(close + 1..))
            .unwrap_or(after),
        _ => after,
    };
    if matches!(answer, "singular" | "plural") {
        return None;
    }
    // "magnesium- and [iron-rich minerals]": the gap would take one half of a pair joined
    // through a hyphen.
    if before.ends_with("- and ") || before.ends_with("- or ") {
        return None;
    }
    let nothing_after = after
        .trim_matches(|c: char| c.is_ascii_punctuation())
        .trim()
        .is_empty();
    // The whole sentence, or the whole of a fragment after a full stop ("... salt water.
    // [air movement].").
    if nothing_after && (before.trim().is_empty() || before.trim_end().ends_with('.')) {
        return None;
    }
    // "The most [common precipitation]": a gap inside an adjective phrase, as key phrases
    // are refused there.
    // "measures how [fast] a materials atoms are vibrating": the degree "how" asks for is
    // not a fact to recall; a thing after it is ("how [spiral galaxies] rotate").
    let last_before = before.split_whitespace().next_back();
    // "Ribosomes are like the [machines] in the factory": the thing a likeness compares with
    // is not the fact.
    if matches!(last_before, Some("like" | "the" | "a" | "an")) {
        let mut back = before
            .split_whitespace()
            .rev()
            .skip_while(|w| matches!(*w, "the" | "a" | "an"));
        if back.next() == Some("like")
            && back.next().is_some_and(|w| {
                lexicon::is_be(&lexicon::lowercase(w)) || matches!(w, "little" | "much" | "bit")
            })
        {
            return None;
        }
    }
    // "They release [chemicals] called clotting factors", "an [English scientist] named
    // Michael Faraday": the name after the gap is the fact, not the kind of thing it names.
    // ("Living cells need [organic molecules], known as nucleic acids".)
    if [
        " called ",
        " named ",
        ", called ",
        ", known as ",
        " known as ",
    ]
    .iter()
    .any(|p| after.starts_with(p))
    {
        return None;
    }
    // "Mucous membranes arent [tough] like skin": what a thing is not has many answers.
    if last_before.is_some_and(|w| {
        ["not", "arent", "isnt", "wasnt", "werent", "never"]
            .iter()
            .any(|n| w.eq_ignore_ascii_case(n))
    }) {
        return None;
    }
    // "an [electromagnets strength]": the gap opens on a possessive that lost its apostrophe
    // (the gap after it is written from the sentence's phrases).
    // "at least [65 cm]": "at least" and "at most" bound a number, they do not grade it.
    let bounds_number = answer.starts_with(|c: char| c.is_ascii_digit())
        && before.split_whitespace().nth_back(1) == Some("at");
    if last_before.is_some_and(|w| {
        grades_adjective(&lexicon::lowercase(w)) && !bounds_number
            || w.eq_ignore_ascii_case("how")
                && !answer.contains(' ')
                && answer.starts_with(|c: char| c.is_lowercase())
            || (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
                && answer
                    .split_once(' ')
                    .is_some_and(|(first, _)| lost_possessive(first))
            // "genetically [identical organisms]", "negatively [charged ends]": an adverb of
            // manner binds the word after it; the gap would cut the phrase it makes. ("usually
            // [smaller and simpler]", "nearly [8,000 kilometers]" ask for what is qualified.)
            || manner_adverb(w) && !answer.starts_with(|c: char| c.is_ascii_digit())
    }) {
        return None;
    }
    // "into the [patients cells]", "so that those [elements dominate]", "[Builders zigzag
    // pipes] so that ...": an -s word before another word is a lost possessive or a subject
    // and its verb.
    if owner_gap(answer, last_before) {
        return None;
    }
    Some([before, CLOZE_OPEN, answer, CLOZE_CLOSE, after].concat())
}

/// The verb "be" of a naming ("are called", "is known as") whose subject describes what the
/// name means: three to fourteen words with a phrase after the head ("Units of DNA that contain
/// code ...", "The messages carried by neurons"), not a bare kind ("reef-like structures").
fn naming_description<'a>(subject: &str, relation: &'a str) -> Option<&'a str> {
    let mut rel = relation.split(' ');
    // (A finite "be" only: "can be called" has no tense of its own to ask with.)
    let be = rel
        .next()
        .filter(|w| matches!(*w, "is" | "are" | "was" | "were"))?;
    if !rel.any(|w| facts::is_naming_participle(w) || w == "known") {
        return None;
    }
    let words: Vec<&str> = subject.split(' ').collect();
    let described = words.iter().skip(1).any(|w| {
        matches!(
            *w,
            "of" | "with" | "that" | "which" | "who" | "by" | "for" | "in" | "from" | "where"
        ) || w.len() > 4 && w.ends_with("ed") && lexicon::is_participle(w)
    });
    ((3..=14).contains(&words.len())
        && described
        && !starts_with_anaphor(subject)
        && !vague_subject(subject))
    .then_some(be)
}

/// A description without the reason or contrast it closes on: "the solvent in Earths atmosphere
/// because it makes up 78 percent of air" -> "the solvent in Earths atmosphere" (not "because of
/// gravity", which says how).
fn without_reason(description: &str) -> &str {
    let mut words = description.match_indices(' ').map(|(at, _)| at);
    let cut = words.find(|&at| {
        let rest = &description[at + 1..];
        let (word, after) = rest.split_once(' ').unwrap_or((rest, ""));
        let next = after.split(' ').next().unwrap_or("");
        match word {
            "because" | "whereas" | "although" => !next.is_empty() && next != "of",
            "since" => {
                let next = lexicon::lowercase(next);
                lexicon::is_pronoun(&next) || lexicon::is_determiner(&next)
            }
            _ => false,
        }
    });
    match cut {
        Some(at) => {
            let kept = description[..at].trim_end_matches(',');
            // ("..., especially because ...": with the adverb that leads it.)
            match kept.rsplit_once(' ') {
                Some((head, last)) if lexicon::is_adverb(last) && last.ends_with("ly") => {
                    head.trim_end_matches(',')
                }
                _ => kept,
            }
        }
        None => description,
    }
}

/// An adverb of manner in -ly ("genetically", "rapidly"), not one of frequency, degree or
/// approximation ("usually", "mostly", "nearly").
fn manner_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && !word.starts_with(char::is_uppercase)
        && lexicon::is_adverb(word)
        && !grades_adjective(word)
        && !matches!(
            word,
            "virtually"
                | "incredibly"
                | "increasingly"
                | "unusually"
                | "exceptionally"
                | "remarkably"
                | "reasonably"
                | "sufficiently"
                | "equally"
                | "usually"
                | "mostly"
                | "mainly"
                | "generally"
                | "typically"
                | "primarily"
                | "largely"
                | "nearly"
                | "roughly"
                | "approximately"
                | "exactly"
                | "especially"
                | "particularly"
                | "normally"
                | "commonly"
                | "frequently"
                | "simply"
                | "actually"
                | "really"
                | "probably"
                | "possibly"
                | "likely"
                | "certainly"
                | "eventually"
                | "finally"
                | "originally"
                | "initially"
                | "currently"
                | "recently"
                | "previously"
                | "directly"
                | "partly"
                | "solely"
                | "merely"
                | "exclusively"
        )
}

/// A word (lower case) that ends as an adjective of quality does: "useful", "stable",
/// "active", "porous".
fn adjective_ending(word: &str) -> bool {
    ["ful", "ble", "ive", "ous"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// A word (lower case) of the writer's praise or wonder: "spectacular", "magnificent".
fn praises(word: &str) -> bool {
    matches!(
        word,
        "spectacular"
            | "beautiful"
            | "amazing"
            | "stunning"
            | "impressive"
            | "magnificent"
            | "incredible"
            | "wonderful"
            | "fascinating"
            | "breathtaking"
            | "gorgeous"
            | "awesome"
            | "tremendous"
            | "marvelous"
            | "extraordinary"
            | "striking"
            | "remarkable"
    )
}

/// A word (lower case) that grades the adjective after it: "very", "most", "less".
fn grades_adjective(word: &str) -> bool {
    lexicon::is_degree_adverb(word)
        || matches!(
            word,
            "more"
                | "most"
                | "less"
                | "least"
                | "pretty"
                | "completely"
                | "relatively"
                | "highly"
                | "slightly"
                | "fully"
                | "entirely"
                | "partially"
                | "totally"
                | "somewhat"
        )
}

/// Number of words: `s.split_whitespace().count()`, counted in one pass (branch-free over the
/// bytes when the text is ASCII).
pub fn word_count(s: &str) -> usize {
    if s.is_ascii() {
        const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        const fn each(b: u8) -> u64 {
            u64::from_le_bytes([b; 8])
        }
        // Eight bytes at a time: a byte's high bit marks a space (every byte is below 0x80),
        // a word starts at a mark-less byte after a marked one.
        let mut count = 0;
        let mut prev_space = true;
        let mut chunks = s.as_bytes().chunks_exact(8);
        // The byte before the text counts as a space: its mark, moved to byte 0.
        let mut carry = 0x80;
        for chunk in &mut chunks {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(chunk);
            let x = u64::from_le_bytes(bytes);
            // Bytes equal to a space: zero after the XOR.
            let v = x ^ each(b' ');
            let blank = !(((v & LOW) + LOW) | v | LOW);
            // Tab to carriage return (9 to 13): at least 9 and not at least 14.
            let at_least_9 = (x + each(0x80 - 0x09)) & HIGH;
            let at_least_14 = (x + each(0x80 - 0x0e)) & HIGH;
            let space = blank | (at_least_9 & !at_least_14);
            let starts = !space & HIGH & ((space << 8) | carry);
            count += starts.count_ones() as usize;
            carry = (space >> 56) & 0x80;
        }
        prev_space &= carry != 0;
        for &b in chunks.remainder() {
            // The ASCII characters `char::is_whitespace` accepts: tab to carriage return, space.
            let space = b == b' ' || b.wrapping_sub(b'\t') < 5;
            count += usize::from(prev_space & !space);
            prev_space = space;
        }
        return count;
    }
    let mut count = 0;
    let mut in_word = false;
    for c in s.chars() {
        let space = c.is_whitespace();
        if !space && !in_word {
            count += 1;
        }
        in_word = !space;
    }
    count
}

/// What a pattern found in a sentence tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// A link, an instruction to watch or click, a formula, a pointer above or below: not a
    /// statement to learn.
    NotStatement,
    /// A panel of a figure ("(left)", "(a)").
    Figure,
}

/// The patterns [`marks`] looks for in a lower-case sentence.
const MARKS: &[(&str, Mark)] = &[
    ("url", Mark::NotStatement),
    ("click", Mark::NotStatement),
    ("http", Mark::NotStatement),
    ("www.", Mark::NotStatement),
    (" = ", Mark::NotStatement),
    ("watch this", Mark::NotStatement),
    ("video", Mark::NotStatement),
    (" below.", Mark::NotStatement),
    (" above.", Mark::NotStatement),
    // "... in the following four steps: follow along in the Figure".
    ("follow along", Mark::NotStatement),
    // "Specific Heat (joules) 0.45 Q: Metal pots ...": a question-and-answer label inside.
    (" q: ", Mark::NotStatement),
    (" a: ", Mark::NotStatement),
    // "(1) magma chamber, (2) bedrock, ...": the legend of a figure.
    ("(2)", Mark::NotStatement),
    ("(left)", Mark::Figure),
    ("(right)", Mark::Figure),
    ("(top)", Mark::Figure),
    ("(bottom)", Mark::Figure),
    ("(a)", Mark::Figure),
    ("(b)", Mark::Figure),
    ("(c)", Mark::Figure),
    ("(center)", Mark::Figure),
    // "the rocks break (Time 3)": a panel of a figure drawn over time.
    ("(time ", Mark::Figure),
    // "Be sure to think about how melting occurs": an instruction to the reader.
    ("be sure to", Mark::NotStatement),
    // "appear on the map in the previous concept", "described in more detail in Effusive
    // Eruptions", "As you learned in the chapter Plate Tectonics": pointers to other lessons.
    ("in more detail in", Mark::NotStatement),
    ("as you learned", Mark::NotStatement),
    ("next concept", Mark::NotStatement),
    ("next few concepts", Mark::NotStatement),
    ("previous concept", Mark::NotStatement),
    ("previous lesson", Mark::NotStatement),
    ("previous chapter", Mark::NotStatement),
    ("previous section", Mark::NotStatement),
    // "The causes ... will be described in detail in the chapter Atmospheric Processes."
    // ("Matter can be described in terms of ..." is a statement.)
    ("be described in detail", Mark::NotStatement),
    ("be described in more", Mark::NotStatement),
    ("be described in later", Mark::NotStatement),
    ("be described in the next", Mark::NotStatement),
    ("in the chapter ", Mark::NotStatement),
    // "These will be discussed in additional concepts": about the book, not the subject.
    ("be discussed", Mark::NotStatement),
    ("are discussed", Mark::NotStatement),
    ("is discussed", Mark::NotStatement),
    ("discussed later", Mark::NotStatement),
    ("additional concepts", Mark::NotStatement),
    ("you will learn", Mark::NotStatement),
    // "In this chapter we will explore ...", "well focus on two common devices" (the
    // apostrophe of "we'll" lost): the text talks about itself.
    ("we will ", Mark::NotStatement),
    ("we'll ", Mark::NotStatement),
    ("well focus", Mark::NotStatement),
    // "The surface currents described above are ...": what the reader saw before.
    ("described above", Mark::NotStatement),
    ("mentioned above", Mark::NotStatement),
    ("discussed above", Mark::NotStatement),
    ("listed above", Mark::NotStatement),
    // "This is illustrated below with a beaker (left) and ...": a picture the card cannot
    // show.
    ("illustrated below", Mark::NotStatement),
    // "The maglev train described earlier, in the lesson \"Electricity and Magnetism,\" ...".
    ("described earlier", Mark::NotStatement),
    ("discussed earlier", Mark::NotStatement),
    ("read earlier", Mark::NotStatement),
    ("earlier in this", Mark::NotStatement),
    ("in the lesson", Mark::NotStatement),
    // "How physical properties are used ... is described in the concept \"Mineral
    // Identification.\"".
    ("in the concept", Mark::NotStatement),
    // "Also suppose you had been able to measure the oxygen ...": a case made up for an
    // exercise.
    ("suppose you", Mark::NotStatement),
    ("suppose that", Mark::NotStatement),
    ("imagine you", Mark::NotStatement),
    ("imagine that", Mark::NotStatement),
    // "... a scene from a Harry Potter film at this link:": a page the card cannot show.
    ("this link", Mark::NotStatement),
];

/// A slot for a pair of bytes: the low five bits of each. Pairs that share a slot only add
/// patterns to try, each compared whole.
const fn pair_slot(first: u8, second: u8) -> usize {
    ((first & 0x1f) as usize) << 5 | (second & 0x1f) as usize
}

/// For each slot of a sentence's first two bytes ([`pair_slot`]), the [`MARKS`] that may
/// start there, as a bit set of their indices: most places in a sentence have none.
const MARKS_BY_PAIR: [u64; 1024] = {
    assert!(MARKS.len() <= 64);
    let mut by_pair = [0u64; 1024];
    let mut i = 0;
    while i < MARKS.len() {
        let pattern = MARKS[i].0.as_bytes();
        // Every pattern has three bytes or more.
        assert!(pattern.len() >= 3);
        by_pair[pair_slot(pattern[0], pattern[1])] |= 1 << i;
        i += 1;
    }
    by_pair
};

/// Which kinds of [`MARKS`] occur in `lower` (a lower-case sentence), as (not a statement,
/// figure): one pass, trying only the patterns whose first two bytes may be the ones at hand.
fn marks(lower: &str) -> (bool, bool) {
    let bytes = lower.as_bytes();
    let (mut not_statement, mut figure) = (false, false);
    for (i, pair) in bytes.windows(2).enumerate() {
        let mut candidates = MARKS_BY_PAIR[pair_slot(pair[0], pair[1])];
        if candidates == 0 {
            continue;
        }
        let rest = &bytes[i..];
        while candidates != 0 {
            let (pattern, mark) = MARKS[candidates.trailing_zeros() as usize];
            candidates &= candidates - 1;
            if rest.starts_with(pattern.as_bytes()) {
                match mark {
                    Mark::NotStatement => not_statement = true,
                    Mark::Figure => figure = true,
                }
            }
        }
        if not_statement && figure {
            break;
        }
    }
    (not_statement, figure)
}

/// Words that are never a whole answer: superlatives and ordinals ("at [least] one", "the
/// [first]"), "no [longer]"; nor are number words ("[Two] are longshore currents", see
/// [`lexicon::is_number_word`]).
const NEVER_ALONE: &[&str] = &[
    "least",
    "most",
    "best",
    "worst",
    "first",
    "last",
    "next",
    "same",
    "past",
    "longer",
    "smallest",
    "largest",
    "biggest",
    "greatest",
    "highest",
    "lowest",
    "longest",
    "shortest",
    "strongest",
    "weakest",
    "fastest",
    "slowest",
    "hottest",
    "coldest",
    "deepest",
    "oldest",
    "youngest",
];

/// A number's scale: an answer starting with one starts inside a number ("4 to 6 [million
/// RBCs]").
const NUMBER_SCALES: &[&str] = &[
    "million", "billion", "trillion", "thousand", "hundred", "percent",
];

/// A one-word answer, the last word of `object`, with the restrictive relative clause that
/// follows the object in `text` ("chemicals [that cause a fever]", "cytokines [that promote
/// liver regeneration]"), up to the next comma, bracket or quote, or the end; none when the
/// answer is longer, no such clause follows, the clause has fewer than three words or more
/// than nine, or it goes on past its comma with another verb.
fn with_relative_clause(text: &str, object: &str, answer: &str) -> Option<String> {
    let object = object.trim_end();
    if answer.contains(' ') || !object.ends_with(answer) {
        return None;
    }
    let after = &text[text.find(object)? + object.len()..];
    let clause = after.strip_prefix(' ')?;
    let (pronoun, _) = clause.split_once(' ')?;
    if !matches!(pronoun, "that" | "which" | "who") {
        return None;
    }
    let cut = clause
        .find([',', ';', ':', '(', '"'])
        .unwrap_or(clause.len());
    // "oxygen that crosses the lung tissue, enters the bloodstream, and ...": the clause goes
    // on past its comma with another verb; its first part alone is no answer.
    let goes_on = clause[cut..].strip_prefix(", ").is_some_and(|rest| {
        rest.split(' ').next().is_some_and(|w| {
            let w = lexicon::lowercase(w);
            !w.ends_with("ing")
                && lexicon::verb_base(&w).is_some()
                && !lexicon::is_function_word(&w)
        })
    });
    let clause = clause[..cut].trim_end_matches(['.', '!', '?']).trim_end();
    // ("that is", "that can": a clause needs more than its verb.)
    let words = word_count(clause);
    if !(3..=9).contains(&words) || goes_on {
        return None;
    }
    let whole = [answer, " ", clause].concat();
    good_answer(&whole).then_some(whole)
}

/// Participles that need what follows them: a short answer ending on one was cut ("groups
/// based", "cells called").
const CUT_PARTICIPLES: &[&str] = &["based", "called", "known", "named"];

/// True when a phrase can be an answer: has a content word, is not vague, does not end
/// on a function word.
pub fn good_answer(answer: &str) -> bool {
    let (mut open, mut close, mut quotes) = (0usize, 0usize, 0usize);
    for b in answer.bytes() {
        match b {
            b'(' => open += 1,
            b')' => close += 1,
            b'"' => quotes += 1,
            _ => {}
        }
    }
    if open != close || quotes % 2 == 1 {
        return false;
    }
    // "scientific research, and astronomers knowledge": one comma before "and" joins two
    // clauses; a list has none ("A and B") or one per item ("A, B, and C").
    if answer.matches(',').count() == 1 && answer.contains(", and ") {
        return false;
    }
    // One pass over the lower-case words, each looked up in the word lists once, noting what
    // the tests below ask of the first word, the first content (non-stop) word and the last.
    let (mut words, mut content) = (0usize, 0usize);
    // The first word is a function word other than an article.
    let mut first_is_function = false;
    // The first word is a number's scale ("million", "percent").
    let mut first_word_number_scale = false;
    // "[Examples of neurotransmitters] are chemicals such as ...": the examples are the point;
    // "Figure A soil profile": a caption's label.
    let mut first_points_elsewhere = false;
    // The first content word looks like a participle or gerund ("anticipated", "showing").
    let mut first_content_verbal = false;
    let mut all_vague = true;
    let mut last: Option<(Cow<'_, str>, lexicon::Listing)> = None;
    // The word before the last.
    let mut before_last: Option<Cow<'_, str>> = None;
    for w in answer
        .split_whitespace()
        .map(|w| lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
    {
        let listing = lexicon::Listing::of(&w);
        let word = lexicon::Word::with_listing(&w, listing);
        words += 1;
        if words == 1 {
            first_word_number_scale = NUMBER_SCALES.contains(&w.as_ref());
            first_points_elsewhere = matches!(
                w.as_ref(),
                "example" | "examples" | "figure" | "table" | "following"
            );
            first_is_function =
                word.is_function_word() && !matches!(w.as_ref(), "the" | "a" | "an");
        }
        if !word.is_stop_word() {
            if content == 0 {
                first_content_verbal = (w.ends_with("ed") || w.ends_with("ing")) && w.len() > 5;
                // "The [resulting organism] will be ...", "the [remaining liquid]": what is
                // left of a process told before.
                first_points_elsewhere |= matches!(w.as_ref(), "resulting" | "remaining");
            }
            content += 1;
            all_vague &= word.is_vague() || word.is_evaluative();
        }
        before_last = last.replace((w, listing)).map(|(w, _)| w);
    }
    let Some((last, last_listing)) = last else {
        return false;
    };
    let last_word = lexicon::Word::with_listing(&last, last_listing);
    // "created by [three things]: global wind patterns, ...": a count of what is to come.
    if words == 2
        && matches!(
            last.as_ref(),
            "things" | "ways" | "factors" | "reasons" | "kinds" | "types"
        )
        && answer
            .split_whitespace()
            .next()
            .is_some_and(|w| lexicon::is_number_word(&lexicon::lowercase(w)))
    {
        return false;
    }
    // "billions of [years ago]": a time with no number says nothing.
    if words == 2 && last == "ago" && !answer.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // "4 to 6 [million RBCs]": a gap that starts inside a number; "no [longer pointing]".
    if first_word_number_scale || answer.starts_with("longer ") || first_points_elsewhere {
        return false;
    }
    // A lone verb form ("born", "see") is not a thing to recall; nor is a lone superlative or
    // ordinal ("at [least] one", "the [first]"), or a number word.
    if words == 1
        && (last_word.is_verb() && !last.ends_with('s')
            || NEVER_ALONE.contains(&last.as_ref())
            || lexicon::is_number_word(&last))
    {
        return false;
    }
    // "four cells ([b])": a lower-case letter alone labels a panel of a figure.
    if answer.len() == 1 && answer.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    // "the amount of charge on the particles and the distance between them": a pronoun that
    // ends a phrase of two things names them inside the answer.
    let between_them = last == "them"
        && before_last
            .as_deref()
            .is_some_and(|w| matches!(w, "between" | "among"))
        && answer.contains(" and ");
    // "[enough]", "get [heavy enough]": a degree (an adverb), not a thing.
    if last_word.is_function_word() && !between_them || last_word.is_adverb() || first_is_function {
        return false;
    }
    // "groups based", "cells called": a phrase cut before what its participle says.
    if (2..=4).contains(&words) && CUT_PARTICIPLES.contains(&last.as_ref()) {
        return false;
    }
    if content == 0 || all_vague {
        return false;
    }
    // A lone participle or gerund is a verb, not a thing to recall.
    !(content == 1 && words == 1 && first_content_verbal)
}

/// The key answer inside an object phrase: "the amount of water vapor" -> "water vapor";
/// drops a leading article.
pub fn core_answer(object: &str) -> String {
    let trimmed = facts::trim_phrase(object);
    let lower = trimmed.to_lowercase();
    if let Some(pos) = lower.find(" of ") {
        let head = &lower[..pos];
        let head_last = head.split_whitespace().last().unwrap_or("");
        // "the major stage of the life cycle": a stage is what the thing is, not a measure of
        // what follows.
        let what_it_is = matches!(
            head_last,
            "stage" | "stages" | "step" | "steps" | "phase" | "phases" | "level" | "state"
            // "becomes part of the liquid solution": not the solution.
                | "part"
        );
        let measure = lexicon::is_vague(head_last) && !what_it_is
            || matches!(
                head_last,
                "most"
                    | "all"
                    | "some"
                    | "one"
                    | "variety"
                    | "range"
                    | "group"
                    | "set"
                    | "series"
                    | "source"
                    | "sources"
            );
        // "the thyroid gland, the liver, and some parts of the brain": a list, not one head.
        let listed = head.contains(',') || head.contains(" and ") || head.contains(" or ");
        let tail = &lower[pos + 4..];
        // "thousands of kilometers": a count of a unit is the quantity; the unit alone says
        // nothing.
        let quantity = matches!(
            head_last,
            "hundreds" | "thousands" | "millions" | "billions" | "dozens" | "tens"
        ) && is_unit_of_measure(tail);
        // "the amount of charge on the particles and the distance between them": a second
        // phrase with its own article is not measured by the head; cut, it would be.
        let second_phrase = [" and the ", " and a ", " and an "]
            .iter()
            .any(|p| tail.contains(p));
        // (Sliced only where the lower-case copy kept the text's byte offsets.)
        let rest = trimmed
            .get(pos + 4..)
            .filter(|_| lower.len() == trimmed.len());
        // "a base numbering system of 10": a bare number says nothing without its head.
        let bare_number = !tail.is_empty()
            && tail
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','));
        if measure
            && !listed
            && !quantity
            && !second_phrase
            && !bare_number
            && let Some(rest) = rest
        {
            // "a region of the cell called the nucleoid": the name is the answer, not the
            // thing the region is of.
            if let Some(at) = [" called ", " named ", " known as "]
                .iter()
                .find_map(|cue| rest.find(cue).map(|k| k + cue.len()))
            {
                return facts::trim_phrase(&rest[at..]);
            }
            return facts::trim_phrase(rest);
        }
    }
    trimmed
}

/// Writes candidate cards sentence after sentence, remembering what the word lists say of
/// the words it meets (see [`lexicon::WordCache`]): one writer per document.
#[derive(Debug, Default)]
pub struct CardWriter {
    words: lexicon::WordCache,
    /// What the last sentence written was found to say, for the sentence after it.
    last: Option<Memo>,
}

/// What a sentence was found to say that the sentence after it may ask about.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Memo {
    /// The sentence's index.
    index: usize,
    /// It has a verb (a caption has none).
    has_verb: bool,
    /// The subject of its clause, when that names something.
    subject: Option<String>,
}

impl CardWriter {
    /// The candidate cards of one sentence, as [`write_cards`] writes them.
    pub fn write(
        &mut self,
        index: usize,
        sentence: &Sentence,
        previous: Option<&Sentence>,
    ) -> Vec<Candidate> {
        write_cards_with(index, sentence, previous, &mut self.words, &mut self.last)
    }
}

/// At most this many candidates are written for one sentence.
pub const MAX_CANDIDATES_PER_SENTENCE: usize = 3;

/// Writes the candidate cards of one sentence.
///
/// `previous` is the sentence before it in the same paragraph, used to resolve a leading
/// pronoun ("They ...") and as context for a cloze whose sentence starts with one. To write a
/// whole document, a [`CardWriter`] is quicker.
pub fn write_cards(
    index: usize,
    sentence: &Sentence,
    previous: Option<&Sentence>,
) -> Vec<Candidate> {
    CardWriter::default().write(index, sentence, previous)
}

fn write_cards_with(
    index: usize,
    sentence: &Sentence,
    previous: Option<&Sentence>,
    word_cache: &mut lexicon::WordCache,
    memo: &mut Option<Memo>,
) -> Vec<Candidate> {
    let mut out = write_sentence_cards(index, sentence, previous, word_cache, memo);
    // "Streak: the color of the minerals powder.": a glossary line asks its term back, whatever
    // the line's own words give (often nothing: it has no verb).
    if let Some(term) = glossary_term(&sentence.text) {
        out.insert(
            0,
            Candidate {
                kind: CardKind::Cloze,
                prompt: [CLOZE_OPEN, term, CLOZE_CLOSE, &sentence.text[term.len()..]].concat(),
                answer: term.to_owned(),
                fact: FactKind::Definition,
                sentence: index,
                score: 2.9,
                peers: Vec::new(),
                subject: String::new(),
            },
        );
    }
    // "The [outermost layer] is the lithosphere.", "The [loud clap] is thunder.": the sentence
    // names a term after a description of it; hiding the description asks the card backwards
    // (a question asks it the right way round: "What is the outermost layer?").
    out.retain(|c| !(c.kind == CardKind::Cloze && gaps_what_a_term_names(&c.prompt)));
    // "What did the chemicals release by?" (from "The chemicals released by helper T cells
    // ..."): a participle after its noun read as the verb in the past; no thing did that.
    out.retain(|c| {
        !(c.kind == CardKind::Question
            && c.prompt.starts_with("What did ")
            && c.prompt.ends_with(" by?"))
    });
    // The ranker keeps at most two cards of a sentence; a third candidate stands by in case
    // one of those repeats another card. More were almost never kept and cost time.
    if out.len() > MAX_CANDIDATES_PER_SENTENCE {
        out.sort_by(|a, b| b.score.total_cmp(&a.score));
        out.truncate(MAX_CANDIDATES_PER_SENTENCE);
    }
    out
}

/// A cloze "The {{X}} is the Y." whose gap is the subject and whose predicate is a term of one
/// or two words: the gap hides the description, not the term.
fn gaps_what_a_term_names(prompt: &str) -> bool {
    let Some(rest) = prompt.strip_prefix("The {{") else {
        return false;
    };
    let Some(close) = rest.find(CLOZE_CLOSE) else {
        return false;
    };
    let after = &rest[close + CLOZE_CLOSE.len()..];
    let Some(predicate) = [" is ", " are ", " was ", " were "]
        .iter()
        .find_map(|copula| after.strip_prefix(copula))
    else {
        return false;
    };
    let Some(predicate) = predicate.strip_suffix('.') else {
        return false;
    };
    // A noun after an article, or a name ("was Rodinia"); not an adjective ("is
    // semipermeable").
    let (predicate, noun) = match ["the ", "a ", "an "]
        .iter()
        .find_map(|article| predicate.strip_prefix(article))
    {
        Some(rest) => (rest, true),
        None => (predicate, predicate.starts_with(|c: char| c.is_uppercase())),
    };
    let mut words = predicate.split(' ');
    noun && words.clone().count() <= 2
        && words.all(|w| {
            !w.is_empty()
                && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !lexicon::is_function_word(&lexicon::lowercase(w))
        })
}

/// The term a glossary line defines: "Luster: shininess.", "Divergent plate boundaries: the two
/// plates move away from each other." Not a label ("Hint: ...", "Problem: ..."), a count ("Two
/// carbonate minerals: (a) ..."), or a term the definition names again ("Conjugation: In
/// conjugation, DNA passes ...", "Plantae: Plants, such as trees ...").
fn glossary_term(text: &str) -> Option<&str> {
    // (A colon found by a byte search: most sentences have none.)
    let colon = text.find(':')?;
    let (term, rest) = (&text[..colon], text[colon + 1..].strip_prefix(' ')?);
    let words: Vec<&str> = term.split(' ').collect();
    let rest_words = || {
        rest.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(lexicon::lowercase)
    };
    let first = words.first()?;
    let ok = (1..=4).contains(&words.len())
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.chars().skip(1).any(|c| c.is_lowercase())
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        // ("Specialized structures for reproduction: One example is ...": a heading.)
        && words.iter().all(|w| {
            let w = lexicon::lowercase(w);
            !lexicon::is_function_word(&w) || matches!(&*w, "of" | "and")
        })
        && !words[0].eq_ignore_ascii_case("of")
        && !lexicon::is_number_word(&lexicon::lowercase(first))
        && !words.iter().any(|w| {
            matches!(
                *w,
                "Hint"
                    | "Note"
                    | "Notes"
                    | "Remember"
                    | "Tip"
                    | "Caution"
                    | "Warning"
                    | "Important"
                    | "Summary"
                    | "Review"
                    | "Vocabulary"
                    | "Step"
                    | "Steps"
                    | "Figure"
                    | "Table"
                    | "Source"
                    | "Sources"
                    | "Example"
                    | "Examples"
                    | "Problem"
                    | "Solution"
                    | "Answer"
                    | "Question"
                    | "Questions"
                    | "Lesson"
                    | "Chapter"
                    | "Section"
                    | "Objective"
                    | "Objectives"
                    | "Introduction"
                    | "Conclusion"
                    | "Materials"
                    | "Procedure"
                    | "Instructions"
                    | "Directions"
                    | "Activity"
                    | "Exercise"
                    | "Result"
                    | "Results"
                    | "Reading"
                    | "Definition"
                    | "Key"
            )
        })
        // "Scientists agree: ...": a clause, not a term.
        && (words.len() == 1 || !lexicon::is_verb(&lexicon::lowercase(words[words.len() - 1])))
        // A one-word definition is a lower-case word of substance ("Luster: shininess."), not
        // a value ("Answer: yes.", "Mass: 5.").
        && (rest.split_whitespace().count() >= 2
            || rest.strip_suffix('.').is_some_and(|w| {
                w.len() >= 5
                    && w.chars().all(|c| c.is_ascii_lowercase())
                    && !lexicon::is_function_word(w)
            }))
        && !rest.ends_with('?')
        // "Take-Home Experiment: Don't Lose Your Marbles ...": a heading, then a title.
        && !rest
            .split(' ')
            .take(2)
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !rest.contains(": ")
        && !rest.contains(CLOZE_OPEN)
        && !rest.contains(CLOZE_CLOSE)
        // The definition names no word of the term, nor one that starts like its first
        // ("Protista: Protists are ..."; "Transform plate boundaries: the two plates ..." keeps
        // the word that tells it apart hidden).
        && !words.iter().enumerate().any(|(k, w)| {
            let w = lexicon::lowercase(w);
            let prefix: String = w.chars().take(5).collect();
            !lexicon::is_function_word(&w)
                && rest_words().any(|r| {
                    r == w || k == 0 && prefix.chars().count() == 5 && r.starts_with(&*prefix)
                })
        })
        // "Flickr: EvelynGiggles, modified by CK-12 Foundation.": a credit, or a line that
        // points at a figure.
        && {
            let lower = text.to_lowercase();
            marks(&lower) == (false, false)
                && ![
                    "courtesy",
                    "modified by",
                    "public domain",
                    "license",
                    "cc by",
                    "cc-by",
                    "flickr",
                    "wikimedia",
                ]
                .iter()
                .any(|w| lower.contains(w))
        };
    ok.then_some(term)
}

/// A word that leaves a statement open for the list after its colon: a function word ("are",
/// "that", "these"), an adverb ("below") or a verb that lists ("include", "follows").
fn introduces_list(word: &str) -> bool {
    let w = lexicon::Word::new(word);
    w.is_function_word()
        || w.is_adverb()
        || matches!(
            word,
            "include"
                | "includes"
                | "including"
                | "follows"
                | "following"
                | "contain"
                | "contains"
                | "comprise"
                | "comprises"
                | "involve"
                | "involves"
                | "list"
                | "lists"
                | "mean"
                | "means"
        )
}

fn write_sentence_cards(
    index: usize,
    sentence: &Sentence,
    previous: Option<&Sentence>,
    word_cache: &mut lexicon::WordCache,
    memo: &mut Option<Memo>,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    // What the sentence before was found to say, when it was written just before this one.
    let prev_memo = memo
        .take()
        .filter(|m| previous.is_some() && m.index + 1 == index);
    // Worked problems and examples are not facts to learn.
    if has_label(
        &sentence.text,
        &["Problem", "Example", "Solution", "Answer", "Question", "Q"],
    ) {
        return out;
    }
    // "A: The volume of the liquid is 67 mL.": an answer about the figure or the thing its
    // question showed. A general statement ("A: Humidity is a measure of ...") stands alone.
    if let Some(answer) = sentence.text.strip_prefix("A: ")
        && ["The ", "You ", "Your ", "It ", "This ", "These "]
            .iter()
            .any(|p| answer.starts_with(p))
    {
        return out;
    }
    // A question-and-answer label ("A: Mothballs are ...") is not part of the statement.
    let mut text = strip_reader_aside(strip_color_asides(strip_figure_pointer(strip_connective(
        strip_label(sentence.text.as_str()),
    ))));
    // "55.1 Physical laws govern ...": a section's number run into its first sentence.
    if let Some(at) = section_number_end(&text) {
        text = text[at..].to_owned();
    }
    // "Arteries An artery is a blood vessel ...": a heading run into its first sentence.
    if let Some(at) = run_in_heading_end(&text) {
        text = text[at..].to_owned();
    }
    // "... is called elastic rebound theory .": a space left where a figure pointer was cut
    // from the source.
    if let Some(rest) = text.strip_suffix(" .") {
        text = [rest.trim_end(), "."].concat();
    }
    // (A comma found by byte search, then its spaces: cheaper than a substring search.)
    let bytes = text.as_bytes();
    if text
        .match_indices(',')
        .any(|(i, _)| i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' '))
    {
        text = text.replace(" , ", ", ");
    }
    // "Bacteria are classified by their shape:" (a numbered list follows): a statement that
    // ends in a noun is whole without its list; one that ends in "include:" or "are:" is not.
    if let Some(rest) = text.strip_suffix(':')
        && lexicon::runs(rest, false)
            .last()
            .is_some_and(|last| !introduces_list(&lexicon::lowercase(last)))
    {
        text = [rest, "."].concat();
    }
    let text = text.as_str();
    let words = word_count(text);
    if !(4..=60).contains(&words) || text.ends_with('?') || text.ends_with(':') {
        return out;
    }
    // "mid-ocean ridges (Figure (a) Aa lava spread": a caption run into the sentence.
    // ("(Figure At the San Andreas Fault ...": an open bracket before the sentence is a
    // pointer cut above; the rest is counted after the cut.)
    let unbalanced = |s: &str| s.matches('(').count() != s.matches(')').count();
    if unbalanced(text) || unbalanced(&sentence.text) && !sentence.text.starts_with("(Fig") {
        return out;
    }
    let toks = facts::tokenize_cached(text, word_cache);
    let clause = facts::analyze(&toks);
    let clause_subject = clause.as_ref().map(|c| subject_of(text, &toks, c));
    *memo = Some(Memo {
        index,
        has_verb: has_verb(&toks),
        subject: clause
            .as_ref()
            .and_then(|c| referent(text, &toks, c, clause_subject.as_deref())),
    });
    // "A plasma or cell membrane, which acts as a barrier around the cell.": a list item
    // described, with no clause of its own.
    // "A fatty acid tail that is hydrophobic.": the same, its description restrictive.
    if clause.is_none()
        && toks
            .first()
            .is_some_and(|t| matches!(&*t.lower, "a" | "an" | "the"))
        && toks
            .iter()
            .take(8)
            .any(|t| matches!(&*t.lower, "which" | "that" | "who"))
    {
        return out;
    }
    // "Scientists monitoring gas emissions at Mount St. Helens.": a caption, with no verb
    // but a participle.
    if clause.is_none()
        && !toks.iter().any(|t| {
            !t.punct && (t.word().is_auxiliary() || t.is_verb() && !t.lower.ends_with("ing"))
        })
    {
        return out;
    }
    // "Molecules flowing down a gradient is a natural process": a plural and a participle
    // before a singular verb are one gerund phrase, which no card reads right.
    if clause.as_ref().is_some_and(|c| {
        c.subject_end >= c.subject_start + 3
            && toks[c.subject_start + 1].lower.ends_with("ing")
            && facts::subject_plural(toks[c.subject_start].text)
            && toks
                .get(c.subject_end)
                .is_some_and(|t| matches!(&*t.lower, "is" | "was" | "has" | "does"))
    }) {
        return out;
    }
    // A sentence about a table or figure ("The Table 1.1 describes examples of ...").
    if clause_subject.as_deref().is_some_and(names_a_figure) {
        return out;
    }
    let lower = text.to_lowercase();
    let (not_statement, figure_mark) = marks(&lower);
    if not_statement
        // A sentence that points at a figure, a caption, or a list step leans on something the
        // card cannot show.
        || text.starts_with('(')
        || text.starts_with(|c: char| c.is_lowercase())
    {
        return out;
    }
    if !is_statement(text, &lower, &toks, clause.as_ref()) {
        // Advice is no statement, but says what to do for a purpose or in a case.
        if !figure_mark
            && let Some((prompt, answer)) = instruction_card(text, &toks, clause.as_ref())
        {
            out.push(Candidate {
                kind: CardKind::Question,
                prompt,
                answer,
                fact: FactKind::Instruction,
                sentence: index,
                score: 2.5,
                peers: Vec::new(),
                subject: String::new(),
            });
        }
        return out;
    }
    if is_anecdote(&toks, clause.as_ref()) || is_hypothetical(&toks) {
        return out;
    }
    let cues = word_cues(text);
    let figure_penalty = if figure_mark || cues.figure { 1.5 } else { 0.0 };
    // "For example, braided hair can be unbraided again": an example's details serve the
    // point made before; another sentence's card is usually the one to keep.
    let example_penalty = if [
        "For example, ",
        "For instance, ",
        "For example: ",
        "For instance: ",
    ]
    .iter()
    .any(|p| sentence.text.starts_with(p))
    {
        0.4
    } else {
        0.0
    };
    let penalty = figure_penalty + example_penalty;
    // "Molecules flow down their concentration gradient": a pronoun after the sentence's own
    // subject points at that subject, and the card needs no sentence before it.
    let inner_pronoun_resolved = cues.inner_pronoun
        && clause.as_ref().is_some_and(|c| {
            let subject = facts::span(text, &toks, c.subject_start, c.subject_end);
            // The pronoun agrees with the subject: "costs hinder its accessibility" points
            // further back.
            let plural = facts::subject_plural(subject);
            let agrees = toks[c.subject_end..].iter().all(|t| match &*t.lower {
                "its" => !plural,
                "they" | "their" | "them" => plural,
                _ => true,
            });
            agrees
                && !starts_with_anaphor(subject)
                && !vague_subject(subject)
                && toks[c.subject_start..c.subject_end]
                    .iter()
                    .any(|t| !t.punct && !t.word().is_function_word())
                && !toks[..c.subject_end]
                    .iter()
                    .any(|t| matches!(&*t.lower, "its" | "they" | "their" | "them"))
        });
    // "Although prokaryotes have a cell membrane, they lack ...": the pronoun points at the
    // lead's subject, which the card shows.
    let pronoun_names_lead = clause
        .as_ref()
        .is_some_and(|c| pronoun_names_lead(text, &toks, c));
    let inner_pronoun_resolved = inner_pronoun_resolved || pronoun_names_lead;
    // "When it does, it combines with oxygen": the lead's own subject points back.
    let lead_points_back = clause.as_ref().is_some_and(|c| {
        // The lead's words up to its first mark: a pronoun with no content word before it.
        c.subject_start >= 3
            && toks[0].word().is_subordinator()
            && toks[1..c.subject_start]
                .iter()
                .take_while(|t| !t.punct)
                .find(|t| t.word().is_content() || points_back(&t.lower))
                .is_some_and(|t| points_back(&t.lower))
            // "In 1997, that all changed ...", "Today, they are mined ...": the clause after a
            // lead is about something named before. ("When the water evaporates, it leaves
            // ...": a pronoun may point into a lead that names things; "Sometimes it is said
            // that ...": an "it" may point nowhere.)
            || c.subject_start > 0
                && c.subject_end == c.subject_start + 1
                && (matches!(&*toks[c.subject_start].lower, "that" | "this" | "these")
                    || toks[c.subject_start].is("they")
                        && !toks[..c.subject_start].iter().any(|t| {
                            !t.punct
                                && t.word().is_content()
                                && !t.lower.starts_with(|c: char| c.is_ascii_digit())
                        })
                    // "Back at the bottom of the mantle, it travels horizontally": a lead with
                    // no verb only says where or when; the pronoun is what the sentence
                    // before named.
                    // ("Sometimes it is said that ...": an "it" that stands for what follows.)
                    || matches!(&*toks[c.subject_start].lower, "it" | "they")
                        && !toks[0].word().is_subordinator()
                        && !has_verb(&toks[..c.subject_start])
                        && !toks[c.subject_start + 1..]
                            .iter()
                            .take(4)
                            .any(|t| t.is("that") || t.is("to")))
    });
    // "At the top of the mantle it moves horizontally": the same lead with no comma, a
    // pronoun right after its noun as the subject of the first verb.
    let lead_points_back = lead_points_back
        || toks
            .first()
            .is_some_and(|t| t.word().is_preposition() && !t.word().is_subordinator())
            && toks.windows(3).enumerate().any(|(k, w)| {
                matches!(&*w[1].lower, "it" | "they")
                    && !w[0].punct
                    && w[0].is_noun_like()
                    && !w[0].word().is_function_word()
                    && w[2].is_verb()
                    && !has_verb(&toks[..=k])
            });
    // "In other words, the button is a switch": said again of what the sentence before named.
    let restates = sentence.text.starts_with("In other words");
    // "Otherwise, it would be a liquid at room temperature.": true only if what the sentence
    // before says is not; never read alone.
    let otherwise = sentence.text.starts_with("Otherwise");
    // "Nerve impulses travel just as fast through ...": as fast as what the sentence before
    // said ("just as larger logs do" and "just as fast as" compare within the sentence).
    let compares_back = toks.windows(4).any(|w| {
        w[0].is("just")
            && w[1].is("as")
            && w[2].is_noun_like()
            && (w[3].punct || w[3].word().is_preposition() && !w[3].is("as"))
    })
        // "Off-road vehicles cause even more damage.": more than what the sentence before
        // named (no "than" in the sentence).
        || toks
            .windows(2)
            .any(|w| (w[0].is("even") || w[0].is("lot")) && lexicon::is_comparative(&w[1].lower))
            && !toks.iter().any(|t| t.is("than"));
    let anaphoric = starts_with_anaphor(text)
        || restates
        || otherwise
        || compares_back
        || cues.inner_pronoun && !inner_pronoun_resolved
        || lead_points_back;
    // A leading adverbial ("If bacteria enter the skin, ...", "During diffusion, ...") limits
    // what the clause says: a question about the clause keeps it.
    let lead: Option<&str> = clause.as_ref().and_then(|c| {
        let mut k = c.subject_start;
        // "If the aim is ..., then resistance is": "then" only marks the main clause.
        if k >= 2 && toks[k - 1].is("then") {
            k -= 1;
        }
        let before = toks.get(k.checked_sub(1)?)?;
        let lead_end = if before.is(",") {
            before.start
        } else if toks[0].word().is_preposition() && !toks[0].word().is_subordinator() {
            // "With more heat the water evaporates ...": a short phrase with no comma.
            toks[k].start
        } else {
            return None;
        };
        let lead = text[..lead_end].trim();
        // A lead that points back, or speaks to or for the reader, is not kept.
        let leans_back = toks[..c.subject_start]
            .iter()
            .any(|t| points_back(&t.lower) || matches!(&*t.lower, "you" | "we" | "i"));
        ((2..=14).contains(&word_count(lead)) && !leans_back).then_some(lead)
    });
    // Only asked for when the sentence leans on the one before; read once.
    let usable_previous = LazyCell::new(|| {
        previous
            .filter(|p| {
                word_count(&p.text) <= 40
                    && !p.text.ends_with('?')
                    // "MEDIA Click image to the left or use the URL below."
                    && !p.text.starts_with("MEDIA")
                    && !p.text.contains("Click image")
                    // "Look at the dead leaf ... in the Figure 1.1.": a picture the card cannot
                    // show.
                    && !p.text.starts_with("Look at")
                    && !p.text.contains("Figure")
                    // "As you can see in the , there is ...": a figure's name cut out.
                    && !p.text.contains("the ,")
                    && !p.text.ends_with(':')
                    // A caption ("Orange bracket fungi on a rotting log.") has no verb.
                    && prev_memo.as_ref().map_or_else(
                        || has_verb(&facts::tokenize_cached(&p.text, word_cache)),
                        |m| m.has_verb,
                    )
            })
            .map(|p| strip_label(p.text.as_str()))
            // Shown before the card only while the two fit in a prompt.
            .filter(|p| word_count(p) + words <= MAX_PROMPT_WORDS)
    });
    // "this disorder", "these holes", "think that this is": the card needs the sentence that
    // names them, or it is not made.
    // "At Brazil, some of it goes north": a subject that is part of a thing named before.
    let subject_part_of_it = clause.as_ref().is_some_and(|c| {
        toks[c.subject_start..c.subject_end]
            .windows(2)
            .any(|w| w[0].is("of") && w[1].is("it"))
    });
    // "The volcanoes are far enough north", "The chemicals also attract ...", "The process
    // results in ...": a plural, or a general noun alone, after "the" that opens the sentence,
    // with nothing after it to say which, names what the sentence before spoke of.
    let definite_alone = clause.as_ref().is_some_and(|c| {
        c.subject_start == 0
            && toks[0].is("the")
            && (2..=3).contains(&c.subject_end)
            && (facts::is_plain_plural(&toks[c.subject_end - 1].lower)
                || c.subject_end == 2
                    && matches!(
                        &*toks[1].lower,
                        "energy" | "process" | "material" | "substance" | "reaction" | "mixture"
                    ))
            // ("The Cascades", "The Hawaiian Islands": a name says which.)
            && toks[1..c.subject_end]
                .iter()
                .all(|t| !t.punct && t.text.starts_with(|ch: char| ch.is_lowercase()))
    });
    // "The other two particles are ...", "The smaller cell is called ...", "The remaining 5%
    // are ...": one of things the sentence before named. ("The larger the sphere, the less
    // ...": a comparison of its own.)
    let one_of_before = toks.first().is_some_and(|t| t.is("the"))
        && toks.get(1).is_some_and(|t| {
            matches!(
                &*t.lower,
                "other"
                    | "remaining"
                    | "former"
                    | "latter"
                    | "smaller"
                    | "larger"
                    | "bigger"
                    | "older"
                    | "younger"
            )
        })
        && toks.get(2).is_some_and(|t| !t.is("the"));
    let pointed = points_at_something(&toks) || subject_part_of_it || one_of_before;
    if pointed && usable_previous.is_none() {
        return out;
    }
    // "It is the bodys largest organ. It forms a [physical barrier]", "As it travels, it
    // divides by mitosis. It forms a [hollow ball] of cells": the sentence before names
    // nothing "it" could be.
    if starts_with_pronoun(text) && usable_previous.is_some_and(leads_with_pronoun) {
        return out;
    }
    // "Some examples include hair dryers, fans, ...": examples of what the sentence before
    // named ("Many common electric devices contain electromagnets.").
    // ("Human urine, for example, is ...": an example of the sentence's own.)
    let examples_of_before = clause_subject.as_deref().is_some_and(|s| {
        let mut words = s.split_whitespace().rev();
        // ("One exception is the Yellowstone hotspot": an exception to what came before.)
        words.next().is_some_and(|head| {
            ["examples", "example", "exception", "exceptions"]
                .iter()
                .any(|e| head.eq_ignore_ascii_case(e))
        }) && words.all(|w| {
            let w = lexicon::lowercase(w);
            lexicon::is_function_word(&w) || lexicon::is_number_word(&w) || w == "other"
        })
    });
    let context = if anaphoric || pointed || definite_alone {
        *usable_previous
    } else if examples_of_before {
        // (Examples of what "They are ..." were: the card would need a third sentence.)
        usable_previous.filter(|p| !starts_with_anaphor(p))
    } else {
        None
    };
    if context.is_none() && (lead_points_back || compares_back || described_before(text)) {
        return out;
    }
    let base_bonus = if sentence.position == 0 { 0.2 } else { 0.0 };
    let facts_found = facts::facts_of_clause(text, &toks, clause.as_ref());
    // Only needed when a subject points back, which few do.
    let prev_subject = LazyCell::new(|| {
        let p = previous?;
        if let Some(m) = &prev_memo {
            return m.subject.clone();
        }
        let ptoks = facts::tokenize_cached(&p.text, word_cache);
        let clause = facts::analyze(&ptoks)?;
        referent(&p.text, &ptoks, &clause, None)
    });
    for mut fact in facts_found {
        // "The ways seismologists measure ...", "create the worlds largest mountain ranges": a
        // phrase that opens on a lost possessive or a clause of its own reads wrong as a term.
        let broken = |phrase: &str| owner_before_noun(after_the(phrase).unwrap_or(phrase));
        // "The iceberg itself consists of ...": set against something the text named before.
        let set_against = after_the(&fact.subject)
            .is_some_and(|rest| rest.ends_with(" itself") || rest.ends_with(" themselves"));
        // "A concentration of minerals is only called an ore deposit if it is profitable to
        // mine": a name or a definition that holds only under a condition is not the fact.
        let conditional = matches!(fact.kind, FactKind::Naming | FactKind::Definition)
            && fact
                .relation
                .split(' ')
                .any(|w| w.eq_ignore_ascii_case("only"))
            && [" if ", " unless ", " when "]
                .iter()
                .any(|c| text.contains(c));
        if broken(&fact.subject) || broken(&fact.object) || set_against || conditional {
            continue;
        }
        // Only a question about the clause's own subject stands under the clause's lead.
        let fact_lead = lead.filter(|_| {
            clause_subject
                .as_deref()
                .is_some_and(|s| s == facts::trim_phrase(&fact.subject))
        });
        // ("The smaller cell", "the other two particles": no question names which.)
        let mut subject_anaphoric = starts_with_anaphor(&fact.subject)
            || one_of_before
                && fact
                    .subject
                    .get(..toks[1].end)
                    .is_some_and(|s| s.eq_ignore_ascii_case(&text[..toks[1].end]));
        // "This magnetic field ..." names again the subject of the sentence before. (The
        // sentence before is read only for a subject that opens with a demonstrative.)
        if fact
            .subject
            .split_once(' ')
            .is_some_and(|(first, _)| demonstrative(first))
            && !subject_anaphoric
            && lead.is_none()
            && let Some(subject) = resolve(&fact.subject, prev_subject.as_deref())
        {
            fact.subject = subject;
        }
        // "Although prokaryotes have a cell membrane, what do they lack?": asked under the
        // lead the pronoun points into.
        let names_lead = subject_anaphoric && pronoun_names_lead && fact_lead.is_some();
        if names_lead {
            subject_anaphoric = false;
        }
        if subject_anaphoric {
            // The pronoun may point into the lead rather than at the sentence before.
            let resolved = if lead.is_some() {
                None
            } else {
                resolve(&fact.subject, prev_subject.as_deref())
            };
            match resolved {
                Some(subject) => {
                    subject_anaphoric = starts_with_anaphor(&subject);
                    fact.subject = subject;
                }
                None if !matches!(
                    fact.kind,
                    FactKind::List | FactKind::Reason | FactKind::Statement | FactKind::Acronym
                ) =>
                {
                    continue;
                }
                None => {}
            }
        }
        let fact = &fact;
        // The fact's subject, trimmed once for all its cards.
        let mut subject: Option<String> = None;
        let mut push = |kind: CardKind,
                        prompt: String,
                        answer: String,
                        fact_kind: FactKind,
                        score: f32,
                        peers: Vec<String>| {
            let subject = subject
                .get_or_insert_with(|| facts::trim_phrase(&fact.subject))
                .clone();
            out.push(Candidate {
                kind,
                prompt,
                answer,
                fact: fact_kind,
                sentence: index,
                score: score + base_bonus - penalty,
                peers,
                subject,
            });
        };
        match fact.kind {
            FactKind::Acronym => {
                push(
                    CardKind::Question,
                    format!("What does the abbreviation {} stand for?", fact.subject),
                    fact.object.clone(),
                    fact.kind,
                    3.0,
                    Vec::new(),
                );
            }
            FactKind::List => {
                // "Some examples include A, B, and C": examples of what, the card cannot say.
                // ("Some of the processes that ... include": the processes are named.)
                let class = without_partitive(&fact.subject);
                if context.is_none()
                    && (fact.relation.to_lowercase().starts_with("include")
                        || fact.relation == "are")
                    && (vague_subject(class) || class.to_lowercase().contains("example"))
                {
                    continue;
                }
                let Some(at) = text.find(&fact.object) else {
                    continue;
                };
                // "ionic compounds such as [salt and polar covalent compounds] such as sugar":
                // the last item has examples of its own; the list is two lists run together.
                if text[at + fact.object.len()..]
                    .trim_start()
                    .starts_with("such as ")
                {
                    continue;
                }
                let mut answer = fact.object.trim_end_matches([',', '.']);
                // "like childhood, adolescence, and adulthood, the cell cycle also occurs ...":
                // the list ends at the comma after its last item.
                if let Some(last) = fact.items.last()
                    && let Some(end) = answer.rfind(last.as_str()).map(|i| i + last.len())
                    && let Some(rest) = answer[end..].strip_prefix(',')
                    && !rest.trim_start().starts_with("and ")
                    && !rest.trim_start().starts_with("or ")
                {
                    answer = &answer[..end];
                }
                let answer = answer.to_owned();
                let Some(prompt) = cloze(text, at, &answer) else {
                    continue;
                };
                let prompt = with_context(context, prompt);
                let score = 2.4 - 0.1 * (fact.items.len().saturating_sub(3)) as f32;
                // "Human actions that put soil at risk include logging, mining, and
                // construction." -> "Name three human actions that put soil at risk."
                if let Some(question) = name_the_list(fact) {
                    push(
                        CardKind::Question,
                        under_lead(fact_lead, question),
                        answer.clone(),
                        fact.kind,
                        score + 0.2,
                        fact.items.clone(),
                    );
                }
                push(
                    CardKind::Cloze,
                    prompt,
                    answer,
                    fact.kind,
                    score,
                    fact.items.clone(),
                );
                // "[Blood vessels] include arteries, veins, and capillaries.": the class
                // recalled from its members.
                let class = facts::trim_phrase(&fact.subject);
                if fact.relation.to_lowercase().starts_with("include")
                    && context.is_none()
                    && (1..=4).contains(&word_count(&class))
                    && good_answer(&class)
                    && !vague_subject(&fact.subject)
                    && !starts_with_anaphor(&fact.subject)
                    && let Some((_, prompt)) = opening_cloze(text, &class)
                {
                    push(
                        CardKind::Cloze,
                        prompt,
                        class,
                        FactKind::Naming,
                        // Above the list's cloze, below "Name three blood vessels."
                        score + 0.1,
                        Vec::new(),
                    );
                }
            }
            FactKind::Circumstance => {
                // "An example is when a dog bares its teeth": "What is an example?" asks
                // nothing a learner could know. ("When are people killed?" asks something.)
                let only_vague = || {
                    lexicon::is_be(&lexicon::lowercase(&fact.relation))
                        && facts::trim_phrase(&fact.subject)
                            .split_whitespace()
                            .all(|w| lexicon::is_vague(&lexicon::lowercase(w)))
                };
                if subject_anaphoric
                    || fact.subject.is_empty()
                    || vague_subject(&fact.subject)
                    || only_vague()
                {
                    continue;
                }
                // "if temperature rises, pressure lowers, or water is added": the first of
                // several conditions is no whole answer; the answer is all of them, to the end
                // of the sentence.
                let several = text.find(&fact.object).and_then(|at| {
                    let rest = text.get(at + fact.object.len()..)?;
                    let list = rest.trim_start().strip_prefix(',')?;
                    (list.contains(", or ") || list.contains(", and "))
                        .then(|| text[at..].trim_end_matches(['.', '!', ';']).to_owned())
                });
                let whole;
                let fact = match several {
                    Some(object) if word_count(&object) <= 12 && !object.contains([';', ':']) => {
                        whole = facts::Fact {
                            object,
                            ..fact.clone()
                        };
                        &whole
                    }
                    Some(_) => continue,
                    None => fact,
                };
                if let Some((question, answer)) = circumstance_question(fact) {
                    push(
                        CardKind::Question,
                        under_lead(fact_lead, question),
                        answer,
                        fact.kind,
                        2.5,
                        Vec::new(),
                    );
                }
            }
            FactKind::Reason | FactKind::Statement => {
                let answer = fact.object.trim_end_matches([',', '.']).to_owned();
                if word_count(&answer) > 10 || !good_answer(&answer) {
                    continue;
                }
                let Some(at) = text.rfind(&answer) else {
                    continue;
                };
                let Some(prompt) = cloze(text, at, &answer) else {
                    continue;
                };
                push(
                    CardKind::Cloze,
                    with_context(context, prompt),
                    answer,
                    fact.kind,
                    1.8,
                    Vec::new(),
                );
            }
            _ => {
                // ("What does salt water contain?" -> "a lot more dissolved elements": a
                // question cannot show what the comparison is with.)
                if subject_anaphoric
                    || compares_back
                    || fact.subject.is_empty()
                    || vague_subject(&fact.subject) && !names_lead
                {
                    continue;
                }
                // "Most vascular plants are seed plants, or spermatophytes": a name glossed by
                // another is asked as the gloss, in a cloze, not as a definition of two names.
                let object = fact.object.trim_end_matches(['.', ';']);
                let after_object = || text.find(object).map(|k| &text[k + object.len()..]);
                if fact.kind == FactKind::Definition
                    && object.split_once(", or ").is_some_and(|(name, gloss)| {
                        word_count(name) <= 3
                            && word_count(gloss) == 1
                            && !name.contains([',', '('])
                    })
                {
                    continue;
                }
                // "the entire electrical system that generates, transmits" (", and distributes
                // electric power"): an object cut inside its list says half of it.
                if object.contains(", ")
                    && after_object().is_some_and(|after| {
                        after.starts_with(", and ") || after.starts_with(", or ")
                    })
                    && object
                        .rsplit(", ")
                        .next()
                        .is_some_and(|last| !last.contains(' '))
                {
                    continue;
                }
                // "made of ice, or water" (" in the solid state"): a gloss cut in its phrase
                // says half of it; the name before it is the answer.
                let gloss_cut = object.split_once(", or ").and_then(|(name, gloss)| {
                    let continues = after_object()
                        .and_then(|after| after.strip_prefix(' '))
                        .is_some_and(|after| after.starts_with(|c: char| c.is_lowercase()));
                    (continues && !name.contains(',') && !gloss.contains([' ', ',']))
                        .then_some(name.len())
                });
                let cut_fact;
                let fact = match gloss_cut
                    .or_else(|| before_parallel_predicate(&fact.object, &fact.relation))
                {
                    Some(cut) => {
                        let mut cut_to = fact.clone();
                        cut_to.object.truncate(cut);
                        cut_fact = cut_to;
                        &cut_fact
                    }
                    None => fact,
                };
                let answer = match fact.kind {
                    FactKind::Definition => {
                        let object = fact.object.trim_end_matches([',', ';', ':', '.']).trim();
                        // "the name of the chemical reaction between ...": what is named.
                        ["the name of ", "the name for ", "the term for "]
                            .iter()
                            .find_map(|p| {
                                object
                                    .get(..p.len())
                                    .filter(|head| head.eq_ignore_ascii_case(p))
                                    .map(|_| &object[p.len()..])
                            })
                            .unwrap_or(object)
                            .to_owned()
                    }
                    // "the solute, and the substance that ...": a name ends at its comma.
                    FactKind::Naming => {
                        facts::trim_phrase(fact.object.split(", ").next().unwrap_or(&fact.object))
                    }
                    FactKind::Characteristic => facts::trim_phrase(&fact.object),
                    // "increases the amount of rock": what changes is the amount, not the rock.
                    // (The object's head is read first: a cheap test that most facts fail.)
                    _ if measure_head(&fact.object)
                        && fact.relation.split_whitespace().any(|w| {
                            lexicon::verb_base(&lexicon::lowercase(w)).is_some_and(|v| {
                                matches!(
                                    v,
                                    "increase"
                                        | "decrease"
                                        | "reduce"
                                        | "raise"
                                        | "lower"
                                        | "double"
                                        | "measure"
                                        | "limit"
                                        | "control"
                                )
                            })
                        }) =>
                    {
                        facts::trim_phrase(&fact.object)
                    }
                    _ => core_answer(&fact.object),
                };
                // "divided into two main components: interphase and the mitotic phase": the
                // count announces the list after the colon, which is the answer.
                let answer = counted_list(text, &fact.object).unwrap_or(answer);
                // "What do phagocytes release?" -> "chemicals" (that cause a fever): one word
                // is too little to know; the relative clause that says which is the answer.
                let relative = if matches!(fact.kind, FactKind::Definition | FactKind::Naming) {
                    None
                } else {
                    with_relative_clause(text, &fact.object, &answer)
                };
                let described_object = relative.is_some();
                let answer = relative.unwrap_or(answer);
                // A definition is read whole ("the sudden movement of large blocks of rock and
                // soil down a slope"); other answers are kept short.
                let longest = if fact.kind == FactKind::Definition {
                    18
                } else {
                    12
                };
                // "the location where bones come together": a definition's relative clause may
                // end in an adverb; the noun it describes is what must be a good answer.
                let described = || {
                    fact.kind == FactKind::Definition
                        && [" where ", " that ", " which ", " who "]
                            .iter()
                            .any(|r| answer.contains(r))
                        && answer
                            .rsplit_once(' ')
                            .is_some_and(|(rest, _)| good_answer(rest))
                };
                // "The bubbling up of the liquid is called [boiling]": a process named by its
                // gerund, which alone would read as a verb.
                let named_gerund = || {
                    fact.kind == FactKind::Naming
                        && answer.len() > 5
                        && answer.ends_with("ing")
                        && answer.bytes().all(|b| b.is_ascii_lowercase())
                };
                if !(good_answer(&answer) || described() || named_gerund()) {
                    continue;
                }
                // A definition too long to recall whole is still one to recall the term from
                // ("[An alkyl halide] is an organic compound in which one or more halogen
                // atoms are substituted for ..."): only its question is not asked.
                let too_long = word_count(&answer) > longest;
                if too_long && fact.kind != FactKind::Definition {
                    continue;
                }
                // "The Atlantic Ocean is the final stage", "the first cell, called a zygote":
                // a stage or a cell of what, the card cannot say.
                let ordinal = |phrase: &str| {
                    word_count(phrase) <= 3
                        && phrase.split_whitespace().any(|w| {
                            [
                                "first",
                                "second",
                                "third",
                                "final",
                                "last",
                                "next",
                                "initial",
                                "outermost",
                                "innermost",
                                "uppermost",
                                "topmost",
                                "lowermost",
                            ]
                            .iter()
                            .any(|o| w.eq_ignore_ascii_case(o))
                        })
                };
                // "What are scientists?", "What are two?": a word this general is
                // no term to ask about (under a condition it can be: "If bacteria enter the
                // skin, what may the area become?").
                let general_term = || {
                    fact.subject
                        .split_whitespace()
                        .map(lexicon::lowercase)
                        .filter(|w| !matches!(w.as_ref(), "the" | "a" | "an"))
                        .all(|w| lexicon::is_vague(&w) || lexicon::is_number_word(&w))
                };
                // "the least stable at the surface": a degree of an adjective, not a name.
                let degree = || {
                    let mut w = answer.split_whitespace();
                    w.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                        && w.next().is_some_and(|w| {
                            w.eq_ignore_ascii_case("most") || w.eq_ignore_ascii_case("least")
                        })
                        && w.next().is_some()
                        && w.next()
                            .is_none_or(|n| lexicon::is_preposition(&lexicon::lowercase(n)))
                };
                // "A third factor that affects the rate of dissolving is ...": a place in a
                // count the text made before.
                let counted_on = fact.subject.split_whitespace().take(2).any(|w| {
                    ["second", "third", "fourth", "fifth", "another"]
                        .iter()
                        .any(|o| w.eq_ignore_ascii_case(o))
                });
                // "What is each layer called?", "each of the layers": each one of what the
                // text was just speaking of; a card alone cannot say of what ("each group of
                // eight digits", "each amino acid" say it).
                let each_of_before = || {
                    let mut w = fact.subject.split_whitespace().map(lexicon::lowercase);
                    w.next().is_some_and(|w| w == "each")
                        && match (w.next(), w.next()) {
                            (Some(_), None) => true,
                            (Some(of), Some(det)) => {
                                of == "of" && matches!(det.as_ref(), "the" | "these" | "those")
                            }
                            _ => false,
                        }
                };
                // "Chemical weathering is the other important type of weathering": the
                // other of a pair the text named before, which the card does not name.
                let other_of_before = || {
                    let mut w = answer.split_whitespace().map(lexicon::lowercase);
                    match w.next().as_deref() {
                        Some("another") => true,
                        Some("the") => w.next().is_some_and(|o| o == "other"),
                        _ => false,
                    }
                };
                if fact.kind == FactKind::Definition
                    && (ordinal(&answer)
                        || ordinal(&fact.subject)
                        || other_of_before()
                        || degree()
                        || judgement(&answer, &fact.subject))
                    || fact.kind == FactKind::Naming
                        && (ordinal(&fact.subject)
                            || fact_lead.is_none() && bare_definite(&fact.subject))
                    || fact_lead.is_none() && general_term()
                    || counted_on
                    || fact_lead.is_none() && each_of_before()
                {
                    continue;
                }
                // "hinder its accessibility", "intervene in this pathophysiology": the answer
                // leans on something the card does not say.
                let leans_back = fact.object.split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "its"
                            | "their"
                            | "this"
                            | "these"
                            | "that"
                            | "those"
                            | "it"
                            | "them"
                            // "obtain energy from other organisms": other than the subject.
                            | "other"
                    )
                });
                if leans_back {
                    continue;
                }
                // The relation's last word, which most of the checks below read.
                let relation_last = fact
                    .relation
                    .split_whitespace()
                    .last()
                    .map(lexicon::lowercase)
                    .unwrap_or_default();
                // "can be very [destructive]": a degree word asks how, not what.
                let graded = lexicon::is_degree_adverb(&relation_last);
                // "erupt for [a short time]": how long, not what.
                let duration = relation_last == "for"
                    && answer.split_whitespace().last().is_some_and(|w| {
                        let w = lexicon::lowercase(w);
                        let unit = w.strip_suffix('s').unwrap_or(&w);
                        is_time_unit(unit) || matches!(unit, "time" | "period" | "while")
                    });
                // "divides in [half]", "is held in [place]": an idiom says how, not into what.
                let idiom = relation_last == "in"
                    && (in_idiom(&lexicon::lowercase(answer.trim()))
                        // "moves in [the opposite direction]": a manner, not a place.
                        || answer.split_whitespace().last().is_some_and(|w| {
                            matches!(
                                &*lexicon::lowercase(w),
                                "direction" | "directions" | "way" | "ways" | "manner" | "fashion"
                            )
                        }));
                // "was put into [operation]", "come into [contact]": so does "into" an idiom.
                let into_idiom =
                    relation_last == "into" && into_idiom(&lexicon::lowercase(answer.trim()));
                // "is hidden from [view]": and "from", as the cloze chunker reads it.
                let from_idiom =
                    relation_last == "from" && answer.split(' ').next() == Some("view");
                if graded || duration || idiom || into_idiom || from_idiom {
                    continue;
                }
                // "can be made safer", "became harder": an adjective, not a thing to name.
                // ("could be completely [organic]": adverbs after the verb change nothing.)
                let relation_verb = fact
                    .relation
                    .split_whitespace()
                    .rev()
                    .map(lexicon::lowercase)
                    .find(|w| !lexicon::is_adverb(w))
                    .unwrap_or_default();
                let takes_adjective = {
                    matches!(
                        &*relation_verb,
                        "made"
                            | "make"
                            | "makes"
                            | "become"
                            | "becomes"
                            | "became"
                            | "get"
                            | "gets"
                            | "got"
                            | "remain"
                            | "remains"
                            | "turn"
                            | "turns"
                            | "grow"
                            | "grows"
                            | "be"
                            | "keep"
                            | "keeps"
                    )
                };
                if takes_adjective && word_count(&answer) == 1 {
                    continue;
                }
                // "What may the bud stay?", "What did females lie?": these verbs take no
                // object, and "what" asks for one (of any length).
                if matches!(
                    &*relation_verb,
                    "stay" | "stays" | "stayed" | "seem" | "seems" | "seemed" | "lie" | "lies"
                ) {
                    continue;
                }
                // "What can resistance be? -> helpful or just a drain", "could become [larger
                // and more active]": a state, not a thing to name, after a verb that takes one.
                let state = answer.split_whitespace().next().is_some_and(|w| {
                    let w = lexicon::lowercase(w.trim_end_matches(','));
                    lexicon::is_participle(&w)
                        || lexicon::is_comparative(&w)
                        || w.len() > 5 && (adjective_ending(&w) || w.ends_with("less"))
                        // ("strained or torn": a participle of a verb not in the lexicon.)
                        || w.len() > 5
                            && w.ends_with("ed")
                            && !w.ends_with("eed")
                            && !lexicon::is_number_word(&w)
                });
                if state
                    && matches!(
                        &*relation_verb,
                        "be" | "get"
                            | "gets"
                            | "got"
                            | "become"
                            | "becomes"
                            | "became"
                            | "remain"
                            | "remains"
                    )
                {
                    continue;
                }
                // "is seen [striking SE to NW]": a participle after a passive verb describes
                // the subject; it names nothing to ask for.
                // (A name is none: "is called [melting]".)
                let passive_then_verb = fact.kind != FactKind::Naming
                    && lexicon::is_participle(&relation_last)
                    && answer.split_whitespace().next().is_some_and(|w| {
                        let w = lexicon::lowercase(w);
                        w.ends_with("ing") && lexicon::is_verb(&w)
                    });
                // "a nucleus from the animals cells are fused with": a subject and verb that do
                // not agree were misread (or misprinted); the question would repeat it.
                let disagrees =
                    fact.subject.split_whitespace().next().is_some_and(|w| {
                        w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")
                    }) && fact
                        .relation
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w == "are" || w == "were");
                // "The lithosphere is about 100 kilometers thick": "about" is "roughly" here;
                // "What is the lithosphere about?" asks something else.
                let approximate = lexicon::is_approximator(&relation_last);
                // "develops each month": how often, not what.
                let frequency = {
                    let mut w = fact.object.split_whitespace().map(lexicon::lowercase);
                    w.next()
                        .is_some_and(|w| matches!(w.as_ref(), "each" | "every" | "per"))
                        && w.next().is_some_and(|w| is_time_unit(&w))
                };
                // "cause nearby blood vessels to dilate": the object is the subject of what
                // follows (not so in "bond with chloride ions to make salt"); "the amount of
                // energy (in joules) needed to ...": the object goes on past its brackets.
                let after_object = text
                    .find(&fact.object)
                    .and_then(|at| text.get(at + fact.object.len()..))
                    .unwrap_or("")
                    .trim_start();
                let causative =
                    lexicon::verb_base(&relation_last).is_some_and(lexicon::is_causative);
                // "causes trees ... on the surface to tilt": a place phrase may come between.
                let before_to = after_object
                    .split_once(" to ")
                    .filter(|(place, _)| {
                        place
                            .split_whitespace()
                            .next()
                            .is_some_and(lexicon::is_preposition)
                            && word_count(place) <= 5
                            && !place.contains([',', ';', '.'])
                    })
                    .map_or(after_object, |(place, _)| &after_object[place.len() + 1..]);
                let object_goes_on = causative
                    // "to dilate", not "to the area": an infinitive, known verb or not.
                    && before_to.strip_prefix("to ").is_some_and(|rest| {
                        rest.split_whitespace().next().is_some_and(|w| {
                            let w = lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric()));
                            w.chars().all(char::is_alphabetic) && !lexicon::is_function_word(&w)
                        })
                    })
                    || after_object.starts_with('(')
                        && after_object.split_once(')').is_some_and(|(_, rest)| {
                            rest.trim_start().starts_with(char::is_alphabetic)
                        });
                // "come from peaky volcanic cones, fractured domes, a vent in the ground, or
                // ...": the object is the first item of a list read only in part.
                let list_cut = fact.items.is_empty()
                    && !matches!(fact.kind, FactKind::Naming | FactKind::Definition)
                    && after_object.strip_prefix(',').is_some_and(|rest| {
                        let rest = rest.split([';', ':']).next().unwrap_or("");
                        rest.matches(',').count() >= 2
                            && (rest.contains(", or ") || rest.contains(", and "))
                    });
                // "begin to [uncoil and form chromatin]": an infinitive, not a thing.
                let infinitive = relation_last == "to"
                    && (answer.split_whitespace().next().is_some_and(|w| {
                        let w = lexicon::lowercase(w);
                        lexicon::verb_base(&w) == Some(&*w)
                    }) || fact
                        .relation
                        .split_whitespace()
                        .rev()
                        .nth(1)
                        .and_then(|v| lexicon::verb_base(&lexicon::lowercase(v)))
                        .is_some_and(lexicon::takes_infinitive));
                // "less carbon dioxide can dissolve in warm ocean water than in cold ocean
                // water": one side of a comparison, asked without the other.
                let compared = after_object.starts_with("than ");
                if passive_then_verb
                    || infinitive
                    || compared
                    || disagrees
                    || approximate
                    || frequency
                    || object_goes_on
                    || list_cut
                {
                    continue;
                }
                // "Platelets are not cells" -> "What are platelets not?" asks nothing. "can only
                // hold a certain amount of salts": the limit is the point, which the question
                // would drop.
                let limit = [
                    "a certain amount",
                    "a certain number",
                    // "described in terms of what residents felt": a complex preposition.
                    "terms of",
                    "means of",
                    "spite of",
                    "front of",
                    "place of",
                    "order to",
                ]
                .iter()
                .any(|p| {
                    fact.object
                        .get(..p.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(p))
                });
                if negation(&relation_last) || limit {
                    continue;
                }
                // "What is a chamber called?", "What is a fatty layer called?": a thing named
                // only by "a" and its kind is one thing of that kind, and the question has no
                // one answer out of its sentence. The name is hidden in the sentence instead:
                // "covered with a fatty layer called [myelin sheath]".
                // ("A chemical change is also called a chemical reaction" says what every
                // chemical change is called: a longer kind is only left out of a name given in
                // passing, "a fatty layer called ...".)
                let subject_at = (fact.kind == FactKind::Naming)
                    .then(|| text.find(fact.subject.as_str()))
                    .flatten();
                let kind_only = fact.kind == FactKind::Naming && {
                    let mut words = fact.subject.split_whitespace();
                    let named_in_passing = || {
                        subject_at.is_some_and(|k| {
                            let mut after = text[k + fact.subject.len()..]
                                .trim_start_matches(',')
                                .split_whitespace();
                            after.next().is_some_and(|w| {
                                facts::is_naming_participle(w)
                                    || w == "known" && after.next() == Some("as")
                            })
                        })
                    };
                    let first = words.next().map(lexicon::lowercase);
                    // "located in a region of the cell called the nucleoid", "in a relatively
                    // new field called pharmacogenomics": a place or part of something says
                    // where, not what; no question has one answer.
                    let place_of = || {
                        let head = words
                            .clone()
                            .take_while(|w| !w.eq_ignore_ascii_case("of"))
                            .last()
                            .map(lexicon::lowercase);
                        head.is_some_and(|h| {
                            matches!(
                                &*h,
                                "region"
                                    | "area"
                                    | "part"
                                    | "portion"
                                    | "section"
                                    | "zone"
                                    | "place"
                                    | "spot"
                                    | "location"
                                    | "field"
                            )
                        }) && named_in_passing()
                    };
                    match first.as_deref() {
                        Some("a" | "an") => match words.clone().count() {
                            0 | 1 => true,
                            2 => {
                                !words.clone().any(|w| w.eq_ignore_ascii_case("of"))
                                    && named_in_passing()
                                    || place_of()
                            }
                            _ => place_of(),
                        },
                        // "plants have several kinds of organelles called plastids": some of a
                        // kind, named in passing.
                        Some(w) => {
                            (matches!(w, "several" | "some" | "many" | "various" | "certain")
                                || lexicon::is_number_word(w))
                                && words.count() <= 4
                                && named_in_passing()
                        }
                        None => false,
                    }
                };
                if kind_only
                    && good_answer(&answer)
                    && let Some(after_subject) = subject_at
                    && let Some(at) = text[after_subject..]
                        .find(answer.as_str())
                        .map(|k| after_subject + k)
                    && let Some(prompt) = cloze(text, at, &answer)
                {
                    push(
                        CardKind::Cloze,
                        with_context(context, prompt),
                        answer.clone(),
                        FactKind::Naming,
                        2.6,
                        Vec::new(),
                    );
                }
                // "A hypotonic solution means the environment outside of the cell has ...",
                // "people thought the seafloor was flat": a verb of thinking or saying takes a
                // clause; the clause's subject is no answer.
                let clause_object = fact.relation.split_whitespace().next().is_some_and(|w| {
                    lexicon::verb_base(&lexicon::lowercase(w)).is_some_and(facts::says_that)
                }) && after_object
                    // A finite verb before the clause's first comma, and not in a relative
                    // clause of the object ("determine the composition of the material that
                    // is available").
                    .split([',', ';', ':'])
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .map(|w| lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
                    .take_while(|w| !matches!(w.as_ref(), "that" | "which" | "who"))
                    .any(|w| {
                        lexicon::is_auxiliary(&w)
                            || w.ends_with('s') && lexicon::verb_base(&w).is_some_and(|b| b != w)
                    });
                // "live close to water": an adverb before "to", not an object.
                if word_count(&answer) == 1 && after_object.starts_with("to ") {
                    continue;
                }
                // "Wood is an example of flammable matter": the example is the answer.
                let object_lower = fact.object.to_lowercase();
                // "Bacteria come in many different shapes": that they differ is what the
                // sentence says; "What do bacteria come in?" -> "shapes" asks nothing.
                // ("borne on different plants": without a quantifier, that they differ is the
                // answer.)
                let answer = if word_count(&answer) != 1 {
                    answer
                } else if ["many different ", "various ", "several different "]
                    .iter()
                    .any(|p| object_lower.starts_with(p))
                {
                    continue;
                } else if object_lower.starts_with("different ") {
                    ["different ", &answer].concat()
                } else {
                    answer
                };
                // "Neurons are a little like relay runners": a likeness explains what a thing
                // is like; it does not say what the thing is.
                if fact.kind == FactKind::Definition && is_likeness(&object_lower) {
                    continue;
                }
                if fact.kind == FactKind::Definition
                    && let Some(category) = ["an example of ", "one example of "]
                        .iter()
                        .find_map(|p| object_lower.strip_prefix(p))
                {
                    let term = facts::trim_phrase(&fact.subject);
                    let category = facts::trim_phrase(category);
                    if good_answer(&term) && word_count(&term) <= 4 && good_answer(&category) {
                        let past = fact.relation.eq_ignore_ascii_case("was")
                            || fact.relation.eq_ignore_ascii_case("were");
                        let be = if past { "was" } else { "is" };
                        push(
                            CardKind::Question,
                            under_lead(fact_lead, format!("What {be} an example of {category}?")),
                            capitalize(&term),
                            FactKind::Naming,
                            2.8,
                            Vec::new(),
                        );
                    }
                    continue;
                }
                // "Pedalfers are usually a very fertile ... soil", "Rip currents are potentially
                // dangerous currents": an adverb after "is" belongs to the answer; "What are
                // pedalfers usually?" reads wrong.
                let mut relation = fact.relation.as_str();
                let mut answer = answer;
                if fact.kind == FactKind::Definition
                    && let Some((be, adverb)) = fact.relation.split_once(' ')
                    && lexicon::is_be(&lexicon::lowercase(be))
                    && adverb.ends_with("ly")
                    && let lower = lexicon::lowercase(adverb)
                    && lexicon::is_adverb(&lower)
                    && !left_out_of_question(&lower)
                {
                    relation = be;
                    answer = [adverb, " ", &answer].concat();
                }
                let question = if fact.relation == "capable of" {
                    let be = if facts::subject_plural(&fact.subject) {
                        "are"
                    } else {
                        "is"
                    };
                    Some(format!(
                        "What {be} {} capable of?",
                        decapitalize(&fact.subject)
                    ))
                } else {
                    what_question(&fact.subject, relation)
                        .map(|q| when_question(&q, &answer).unwrap_or(q))
                };
                // "What does blood clotting involve?" -> "three steps": the count is what the
                // sentence says of them ("How many steps does blood clotting involve?").
                let (question, answer) =
                    match question.as_deref().and_then(|q| count_question(q, &answer)) {
                        Some((question, count)) => (Some(question), count),
                        None => (question, answer),
                    };
                // "The 2011 Tohoku earthquake was a magnitude 9.0": a label and its number, and
                // the number is what to recall ("What magnitude was the 2011 Tohoku earthquake?").
                let labelled = question
                    .as_deref()
                    .filter(|_| fact.kind == FactKind::Definition)
                    .and_then(|q| q.strip_prefix("What "))
                    .and_then(|rest| {
                        let (label, number) = labelled_number(&answer)?;
                        Some((format!("What {label} {rest}"), number.to_owned()))
                    });
                let (question, answer) = match labelled {
                    Some((question, number)) => (Some(question), number),
                    None => (question, answer),
                };
                // "It is 35 kilometers (22 miles) thick on average": a measure with the size it
                // measures asks how thick, not what the thing is ("How thick is continental
                // crust?" -> "35 kilometers (22 miles) on average").
                let sized = question
                    .as_deref()
                    .filter(|_| fact.kind == FactKind::Definition)
                    .filter(|_| answer.starts_with(|c: char| c.is_ascii_digit()))
                    .and_then(|q| q.strip_prefix("What "))
                    .and_then(|rest| {
                        let words: Vec<&str> = answer.split(' ').collect();
                        let at = words.iter().position(|w| is_dimension(w))?;
                        (at > 0).then(|| {
                            let measure = [&words[..at], &words[at + 1..]].concat().join(" ");
                            (format!("How {} {rest}", words[at]), measure)
                        })
                    });
                let (question, answer) = match sized {
                    Some((question, measure)) => (Some(question), measure),
                    None => (question, answer),
                };
                let Some(question) = question.map(|q| under_lead(fact_lead, q)) else {
                    continue;
                };
                let base = match fact.kind {
                    FactKind::Naming => 3.2,
                    FactKind::Definition => 3.0,
                    FactKind::Characteristic => 3.0,
                    FactKind::Cause | FactKind::Effect => 2.8,
                    FactKind::Capability => 2.4,
                    _ => 2.0,
                };
                // "Precipitation is an extremely important part of weather": praise and a vague
                // head say what the thing is worth, not what it is; only the other direction
                // ("What is the most important factor in ...?") is asked.
                let praised = fact.kind == FactKind::Definition && {
                    let mut words = fact
                        .object
                        .split_whitespace()
                        .map(lexicon::lowercase)
                        .skip_while(|w| {
                            matches!(w.as_ref(), "a" | "an" | "the" | "most" | "very")
                                || w.ends_with("ly") && lexicon::is_adverb(w)
                        });
                    words.next().is_some_and(|w| lexicon::is_evaluative(&w))
                        && words.next().is_some_and(|w| lexicon::is_vague(&w))
                };
                // "gives [the plant cell strength]", "give [rock] enough energy": "give" takes
                // two objects the phrase cannot tell apart; "What does a cell wall give?"
                // asks neither.
                let two_objects = matches!(&*relation_last, "give" | "gives" | "gave");
                // "The creation and destruction of oceanic crust is the reason that continents
                // move": a reason says why something else happens, not what the thing is.
                let reason =
                    fact.kind == FactKind::Definition
                        && fact.object.split_whitespace().take(3).any(|w| {
                            matches!(lexicon::lowercase(w).as_ref(), "reason" | "reasons")
                        });
                // "the offspring is genetically an exact copy of the parent": an adverb before
                // the article says in what respect; "What is the offspring?" drops it.
                // (Read where it stands: after "is" in the relation, or opening the object.)
                let in_respect = fact.kind == FactKind::Definition && {
                    let adverb = fact
                        .relation
                        .split_whitespace()
                        .nth(1)
                        .or_else(|| fact.object.split_whitespace().next())
                        .map(lexicon::lowercase)
                        .unwrap_or_default();
                    // ("typically", "basically": how often or how much, not in what respect.)
                    adverb.ends_with("ically")
                        && !matches!(adverb.as_ref(), "typically" | "basically")
                };
                // "differs for each type of living thing", "apply to every cell": what holds
                // for each one is no thing to name ("What does the source of energy differ
                // for?" -> "living thing"); the term is still recalled from it.
                let for_each = fact
                    .object
                    .split_once(' ')
                    .is_some_and(|(first, _)| matches!(first, "each" | "every" | "Each" | "Every"));
                if !kind_only
                    && !clause_object
                    && !for_each
                    && !praised
                    && !too_long
                    && !reason
                    && !two_objects
                    && !in_respect
                {
                    let peers = fact.items.clone();
                    let base = if described_object { base + 0.5 } else { base };
                    push(CardKind::Question, question, answer, fact.kind, base, peers);
                }
                // "Units of DNA that contain code for a protein are called genes": the other
                // way, what the name means ("What are genes?").
                // (Only a naming the sentence states, not one in passing: "the appearance of
                // plant tumors known as galls".)
                // ("Many of the diseases related to smoking are called lifestyle diseases":
                // some of them, not what the name means.)
                if fact.kind == FactKind::Naming
                    && let Some(be) = naming_description(&fact.subject, &fact.relation)
                    && text.contains(&[&fact.subject, " ", &fact.relation].concat())
                    && without_partitive(&fact.subject).len() == fact.subject.len()
                {
                    let name = fact.object.split(", ").next().unwrap_or_default();
                    let name = name.trim_end_matches(['.', ';', ':']).trim();
                    // ("a microchipis a tiny ...": words glued in the source.)
                    let one_name = name
                        .split(' ')
                        .skip(1)
                        .all(|w| !lexicon::is_function_word(&lexicon::lowercase(w)) || w == "of");
                    let past = matches!(be, "was" | "were");
                    let be = match (past, facts::subject_plural(name)) {
                        (false, false) => "is",
                        (false, true) => "are",
                        (true, false) => "was",
                        (true, true) => "were",
                    };
                    if one_name && word_count(name) <= 4 && good_answer(&facts::trim_phrase(name)) {
                        push(
                            CardKind::Question,
                            under_lead(fact_lead, format!("What {be} {}?", decapitalize(name))),
                            decapitalize(&fact.subject),
                            FactKind::Definition,
                            2.2,
                            Vec::new(),
                        );
                    }
                }
                // The other direction: recall the term from what is said of it. "Chlamydia is
                // the most common STI" -> "What is the most common STI?"; "A heterogeneous
                // mixture consists of two or more phases" -> "[...] consists of two or more phases."
                let term = facts::trim_phrase(&fact.subject);
                let term_words = word_count(&term);
                // "Worst was the damage ...": an inverted sentence; the term is no name.
                let lone_degree = term_words == 1 && {
                    let w = term.to_lowercase();
                    w.ends_with("est") || lexicon::is_evaluative(&w) || lexicon::is_adverb(&w)
                };
                // "The quake was a magnitude 9.0": a measure says nothing to know the term by.
                let measured = fact.kind == FactKind::Definition
                    && labelled_number(fact.object.trim_end_matches([',', '.', ';'])).is_some();
                if term_words == 0
                    || term_words > 4
                    || lone_degree
                    || measured
                    || !good_answer(&term)
                    || term.contains('(')
                {
                    continue;
                }
                let object = without_reason(fact.object.trim_end_matches([',', '.', ';']).trim());
                // "The [battery in a car] is a 12-volt battery": what is said of the term names
                // again the head its tail describes; the card asks for the tail.
                let term_words: Vec<&str> = term.split(' ').collect();
                let tail_head = term_words
                    .iter()
                    .position(|w| lexicon::is_preposition(&lexicon::lowercase(w)))
                    .filter(|&k| k > 0)
                    .map(|k| lexicon::lowercase(term_words[k - 1]));
                if let Some(head) = tail_head
                    && object
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| lexicon::lowercase(w) == head)
                {
                    continue;
                }
                // "The lymph organs are the red bone marrow, tonsils, spleen, and thymus
                // gland": a list is not a description to recall a term from.
                let is_list =
                    object.contains(',') && (object.contains(" and ") || object.contains(" or "));
                // "The source of energy is the food you eat": a role is no name to recall.
                let role = {
                    let mut words = term.split(' ').map(lexicon::lowercase);
                    words.next().is_some_and(|w| {
                        matches!(
                            &*w,
                            "source"
                                | "cause"
                                | "result"
                                | "role"
                                | "purpose"
                                | "function"
                                | "goal"
                                | "aim"
                                | "reason"
                                | "effect"
                                | "job"
                                | "basis"
                                | "product"
                                | "outcome"
                                | "consequence"
                        )
                    }) && words.next().is_some_and(|w| w == "of")
                };
                if fact.kind == FactKind::Definition
                    && !is_list
                    && !role
                    && object
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                    && word_count(object) >= 3
                    && matches!(fact.relation.as_str(), "is" | "are" | "was" | "were")
                    && !ends_in_bare_participle(object)
                {
                    let past = matches!(fact.relation.as_str(), "was" | "were");
                    let be = match (past, facts::subject_plural(object)) {
                        (false, false) => "is",
                        (false, true) => "are",
                        (true, false) => "was",
                        (true, true) => "were",
                    };
                    push(
                        CardKind::Question,
                        under_lead(fact_lead, format!("What {be} {object}?")),
                        capitalize(&term),
                        FactKind::Naming,
                        3.1,
                        Vec::new(),
                    );
                } else if matches!(
                    fact.kind,
                    FactKind::Function
                        | FactKind::Definition
                        | FactKind::Capability
                        | FactKind::Cause
                        | FactKind::Effect
                ) && context.is_none()
                    && let Some((at, prompt, term)) = opening_name_cloze(text, &term)
                    && !counts_listed_items(&term, &text[at..])
                {
                    let technical = term
                        .split_whitespace()
                        .filter(|w| w.chars().count() >= 8)
                        .count();
                    push(
                        CardKind::Cloze,
                        prompt,
                        term,
                        fact.kind,
                        // A term recalled from its definition ("[Extremophiles] are organisms
                        // that live in extreme conditions") scores just under the definition
                        // asked: it wins when the definition is long to recall.
                        if fact.kind == FactKind::Definition {
                            2.7
                        } else {
                            1.9
                        } + 0.25 * technical as f32,
                        Vec::new(),
                    );
                }
            }
        }
    }
    // A cloze over the key phrase: the fallback for sentences no pattern covers, and a second
    // angle on those it does.
    // "Petroleum products to make plastic bottles.": no clause and no finite verb, a fragment
    // of a list or a caption that says nothing whole.
    let fragment = clause.is_none()
        && !toks.iter().enumerate().any(|(k, t)| {
            !t.punct
                && (t.word().is_auxiliary()
                    || t.is_verb() && !t.lower.ends_with("ing") && !(k > 0 && toks[k - 1].is("to")))
        });
    let phrases = if fragment {
        Vec::new()
    } else {
        key_phrases_in(text, &toks, clause.as_ref())
    };
    for (at, phrase, score) in phrases {
        // "[Oil] is an example.": a short sentence whose rest says nothing to recall the
        // answer by, and no sentence before it to help.
        // "An [odor] is produced.": in a sentence of five words or fewer, a participle alone
        // says nothing either ("[Viruses] cannot reproduce by themselves" says something).
        let says_nothing = || {
            text[..at]
                .split_whitespace()
                .chain(text[at + phrase.len()..].split_whitespace())
                .map(|w| lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
                // (The full stop after a gap at the end is no word.)
                .filter(|w| !w.is_empty())
                .all(|w| {
                    let word = lexicon::Word::new(&w);
                    !word.tells() || words <= 5 && word.is_participle()
                })
        };
        if context.is_none() && words <= 6 && says_nothing() {
            continue;
        }
        let prompt = cloze(text, at, &phrase).map(|p| with_context(context, p));
        if let Some(prompt) = prompt {
            out.push(Candidate {
                kind: CardKind::Cloze,
                prompt,
                answer: phrase,
                fact: FactKind::Statement,
                sentence: index,
                score: score + base_bonus - penalty,
                peers: Vec::new(),
                subject: String::new(),
            });
        }
    }
    // "If the aim is to carry current from one place to another, then resistance is a
    // drawback": a question that could not keep its condition (too long to lead it) asks
    // something the sentence does not say; the cloze keeps the whole sentence.
    let condition_lost = lead.is_none()
        && clause.as_ref().is_some_and(|c| {
            c.subject_start > 0
                && matches!(
                    &*toks[0].lower,
                    "if" | "unless" | "when" | "whenever" | "once" | "until"
                )
        });
    if condition_lost {
        out.retain(|c| c.kind == CardKind::Cloze);
    }
    // "Name the three types of rock.": a count announced and listed.
    if let Some((question, answer)) = there_are_list(text) {
        let peers = facts::split_list(&answer);
        out.push(Candidate {
            kind: CardKind::Question,
            prompt: question,
            answer,
            fact: FactKind::List,
            sentence: index,
            score: 2.6 + base_bonus - penalty,
            peers,
            subject: String::new(),
        });
    }
    // "What happens if one loop of a parallel circuit is interrupted?": the condition asked
    // whole, the main clause recalled.
    if let Some(c) = &clause
        && context.is_none()
        && let Some((question, answer)) = consequence_question(text, &toks, c)
    {
        out.push(Candidate {
            kind: CardKind::Question,
            prompt: question,
            answer,
            fact: FactKind::Effect,
            sentence: index,
            score: 2.6 + base_bonus - penalty,
            peers: Vec::new(),
            subject: String::new(),
        });
    }
    // "What do the chemicals attract?": a question about the subject that names what the
    // sentence before spoke of is asked after that sentence, as its clozes are.
    if definite_alone
        && !anaphoric
        && !pointed
        && let Some(prev) = context
        && let Some(subject) = clause_subject.as_deref()
    {
        for c in out.iter_mut() {
            if c.kind == CardKind::Question && c.subject == subject && !c.prompt.starts_with(prev) {
                c.prompt = with_context(Some(prev), std::mem::take(&mut c.prompt));
            }
        }
    }
    // "Volcanoes erupt because mantle rock melts. This is the first stage in creating a
    // [volcano].": the sentence shown before the gap names the answer ("the [Cascades
    // Mountains]" after "the Andes Mountains" does not).
    if let Some(prev) = context
        && out.iter().any(|c| c.prompt.starts_with(prev))
    {
        // A word's stem found at the start of a word shown ("volcano" in "Volcanoes").
        let shown = lexicon::lowercase(prev);
        let says = |stem: &str| {
            shown
                .match_indices(stem)
                .any(|(i, _)| i == 0 || !shown.as_bytes()[i - 1].is_ascii_alphanumeric())
        };
        let named_before = |c: &Candidate| {
            let mut words = c
                .answer
                .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                .filter(|w| !w.is_empty())
                .map(lexicon::lowercase)
                .filter(|w| !lexicon::is_function_word(w))
                .peekable();
            words.peek().is_some() && words.all(|w| says(&lexicon::stem_lowercase(&w)))
        };
        if definite_alone && !anaphoric && !pointed {
            // "The elements are mixed evenly through the [water]" after "Most water ...
            // contains elements.": a context only wished for is left out where it tells.
            for c in out.iter_mut() {
                if c.prompt.starts_with(prev) && named_before(c) {
                    c.prompt = c.prompt[prev.len()..].trim_start().to_owned();
                }
            }
        } else {
            out.retain(|c| !c.prompt.starts_with(prev) || !named_before(c));
        }
    }
    // "In the Figure 1.3, what is the long, skinny land mass on the left?": a prompt that
    // still names a figure or a picture asks about what the card cannot show. ("Shown here"
    // points like "this".)
    if figure_mark || cues.figure || pointed && lower.contains(" here") {
        // ("..., the surface area of the pieces increases Figure 1.5": nor an answer.)
        out.retain(|c| !names_a_picture(&c.prompt) && !names_a_figure(&c.answer));
    }
    // "This means it would get squeezed together in a [big crunch]": with no sentence before
    // it shown, a card on a sentence that opens with a pronoun asks about nothing named.
    if context.is_none() && opens_with_pronoun(text) {
        out.retain(|c| !opens_with_pronoun(&c.prompt));
    }
    // "What is the button?" -> "a switch": only a cloze shows the sentence restated.
    if restates || otherwise {
        out.retain(|c| c.kind == CardKind::Cloze && context.is_some());
    }
    // "Like us, what have many animals evolved?" -> "behaviors" (that control their internal
    // temperature): one word cut from the clause that says which is too little to know.
    // "What could dark matter be?" -> "ordinary matter": what a thing can be is asked only
    // for its alternatives ("What may solutions be?" -> "gases, liquids, or solids").
    // "What will a new continent form as?" -> "Pacific ocean" (disappears): an answer that is
    // the subject of a clause of its own. "What are the flat, bowl-shaped cells, the tiny
    // disc-shaped pieces are platelets?": two sentences spliced with a comma.
    out.retain(|c| {
        if c.kind != CardKind::Question {
            return true;
        }
        // The word after the answer where the sentence says it last.
        let after_last = words_after(text, &toks, &c.answer).next_back().flatten();
        !(c.prompt.ends_with(" be?") && !c.answer.contains(" or ")
            || !c.answer.contains(' ')
                && words_after(text, &toks, &c.answer)
                    .flatten()
                    .any(|t| matches!(&*t.lower, "that" | "which" | "who"))
            || after_last.is_some_and(|t| {
                t.lower.ends_with('s')
                    && !t.lower.ends_with("ss")
                    && t.verb_base().is_some_and(|base| base != &*t.lower)
                    && !t.is_noun_like()
            })
            || comma_splice(&c.prompt)
            // "What doesnt oil-based paint dissolve in?": a negation whose apostrophe the
            // source lost reads as a misspelled question.
            || c.prompt.contains("nt ")
                && c.prompt.split(' ').any(|w| {
                    matches!(
                        w,
                        "doesnt" | "dont" | "isnt" | "arent" | "cant" | "wont" | "didnt"
                            | "wasnt" | "werent"
                    )
                })
            // "What will organisms that do not reproduce go?" -> "extinct": "go" takes a state.
            || c.prompt.ends_with(" go?")
            // "What do plants use?" -> "energy" (from the sun to make their food): what a
            // thing is used for or how is part of the answer.
            || c.prompt.ends_with(" use?") && after_last.is_some_and(|t| !t.punct)
            // "What does the lava not flow?" -> "far", "What does the water go?" -> "right":
            // "what" asks for no adverb.
            || matches!(
                c.answer.as_str(),
                "far" | "long" | "fast" | "much" | "well" | "quickly" | "slowly" | "right"
                    | "left" | "away" | "back"
            )
            // "What is land on the west side moving?" -> "northward".
            || c.answer.len() > 5 && c.answer.ends_with("ward") && !c.answer.contains(' ')
            // "What do soils thicken as?" -> "time available" (for weathering increases): "as"
            // opens a clause, and the answer is cut from it.
            || c.prompt.ends_with(" as?") && clause_after(&toks, after_last))
    });
    // "What does the vector help?" -> "incorporate the desired gene": "help" takes a verb;
    // the question asks what it helps do. "What does a fever help?" -> "body fight
    // infection" (the body to fight) has no plain question.
    out.retain_mut(|c| {
        if c.kind != CardKind::Question {
            return true;
        }
        let Some(stem) = c.prompt.strip_suffix(" help?") else {
            return true;
        };
        if [" help ", " helps ", " helped "]
            .iter()
            .any(|h| text.contains(&[h, c.answer.as_str()].concat()))
        {
            c.prompt = [stem, " help do?"].concat();
            true
        } else {
            false
        }
    });
    // The ranker keeps a sentence's second card only from 2.0 up and adds at most 0.75 to a
    // score: a weak candidate far below the sentence's best can never be kept, and is not
    // worth its comparisons there.
    let best = out.iter().map(|c| c.score).fold(f32::MIN, f32::max);
    out.retain(|c| c.score >= 1.25 || c.score >= best - 0.8);
    // (At most [`MAX_CANDIDATES_PER_SENTENCE`] are kept by [`write_cards_with`].)
    out
}

/// For each place `text` says `answer`, in order, the token right after it (none at the end):
/// "behaviors [that] control", "as the Pacific ocean [disappears]". Found token by token
/// rather than searched for.
fn words_after<'t, 'a>(
    text: &'t str,
    toks: &'t [Tok<'a>],
    answer: &'t str,
) -> impl DoubleEndedIterator<Item = Option<&'t Tok<'a>>> {
    let last_byte = answer.as_bytes().last();
    toks.iter()
        .enumerate()
        .filter(move |(_, t)| {
            t.text.as_bytes().last() == last_byte
                && text
                    .get(..t.end)
                    .is_some_and(|before| before.ends_with(answer))
        })
        .map(|(k, _)| toks.get(k + 1))
}

/// From `from` (a token of `toks`) to the next mark, a verb in a tense of its own: "as the
/// Pacific Ocean [grew]", "as the amount of time available for weathering [increases]".
fn clause_after(toks: &[Tok<'_>], from: Option<&Tok<'_>>) -> bool {
    let Some(from) = from else { return false };
    let start = toks.partition_point(|t| t.start < from.start);
    toks[start..]
        .iter()
        .take_while(|t| !t.punct && !t.word().is_conjunction())
        .any(|t| {
            t.word().is_auxiliary()
                || t.verb_base()
                    .is_some_and(|base| base != &*t.lower && !t.lower.ends_with("ing"))
        })
}

/// A question whose prompt runs a second clause in after a comma: "What are the flat cells,
/// the tiny pieces are platelets?".
fn comma_splice(prompt: &str) -> bool {
    prompt.match_indices(", ").any(|(i, _)| {
        let mut words = prompt[i + 2..].split(' ');
        matches!(words.next(), Some("the" | "a" | "an"))
            && words
                .take_while(|w| !matches!(*w, "that" | "which" | "who" | "where" | "when"))
                .any(|w| matches!(w, "is" | "are"))
    })
}

/// The first word is a pronoun standing for something said before ("It", "They", "This
/// means"); not "There is", a generic "You", nor the "it" of "It takes energy to ...".
fn opens_with_pronoun(text: &str) -> bool {
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let pronoun = matches!(
        first,
        "It" | "Its"
            | "They"
            | "Their"
            | "Them"
            | "This"
            | "These"
            | "Those"
            | "He"
            | "She"
            | "Thats"
    );
    let second = words.next().unwrap_or("");
    // "One is on either side of the normal stripe", "Both are ...": a count standing for
    // nouns named before; so do "Others are things that ...", "Some have ...".
    let standing_count = matches!(
        first,
        "One"
            | "Another"
            | "Both"
            | "Each"
            | "Neither"
            | "Others"
            | "Some"
            | "Many"
            | "Most"
            | "Several"
    ) && matches!(
        second,
        "is" | "are" | "was" | "were" | "has" | "have" | "had" | "can" | "may" | "will"
    );
    let third = words.next().unwrap_or("");
    let expletive = first == "It"
        && matches!(second, "takes" | "took" | "is" | "was")
        && (matches!(third, "to" | "that") || words.take(2).any(|w| matches!(w, "to" | "that")));
    // "Most likely they absorbed ...", "Later, they became ...": the subject pronoun after an
    // opening adverb or two points back as much as one that opens the sentence.
    let subject = |w: &str| matches!(w, "they" | "he" | "she");
    let adverb = |w: &str| lexicon::is_adverb(&lexicon::lowercase(w));
    let after_adverb =
        subject(second) && adverb(first) || subject(third) && adverb(first) && adverb(second);
    // "Some people think that it looks like a tadpole": a short report of a belief opening
    // the sentence leaves its clause's pronoun pointing back.
    let reported = || {
        let mut before = ["", ""];
        text.contains(" that ")
            && text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(6)
                .any(|w| {
                    let found = matches!(
                        before[0],
                        "think"
                            | "thinks"
                            | "believe"
                            | "believes"
                            | "say"
                            | "says"
                            | "suggest"
                            | "suggests"
                    ) && before[1] == "that"
                        && matches!(w, "it" | "they" | "this" | "these");
                    before = [before[1], w];
                    found
                })
    };
    pronoun && !expletive || standing_count || after_adverb || reported()
}

/// "When do mudslides usually occur?" -> "when the soil is wet"; "Why does iron rust?" ->
/// "oxygen is very reactive" (a reason is answered without its "because").
fn circumstance_question(fact: &facts::Fact) -> Option<(String, String)> {
    let clause = fact.object.trim_end_matches([',', '.', ';']).trim();
    let (subordinator, rest) = clause.split_once(' ')?;
    // "The B-horizon is where soluble minerals accumulate": the clause says what it is.
    let verbs: Vec<_> = fact
        .relation
        .split_whitespace()
        .map(lexicon::lowercase)
        .filter(|w| !lexicon::is_adverb(w))
        .collect();
    // ("A landslide is more likely if ...": a degree after "is" asks when, not what.)
    let says_what = verbs.len() == 1
        && lexicon::is_be(&verbs[0])
        && !fact.relation.split_whitespace().any(|w| {
            matches!(
                &*lexicon::lowercase(w),
                "more" | "less" | "most" | "least" | "likely" | "unlikely"
            )
        });
    let (wh, answer) = match subordinator.to_lowercase().as_str() {
        _ if says_what => ("What", clause),
        // "is stronger if more current is flowing": under what condition ("wondered if" is
        // "wondered whether").
        "if" if verbs.iter().any(|v| {
            lexicon::verb_base(v).is_some_and(|b| {
                matches!(
                    b,
                    "wonder"
                        | "ask"
                        | "know"
                        | "see"
                        | "check"
                        | "determine"
                        | "tell"
                        | "decide"
                        | "test"
                        | "find"
                        | "show"
                        | "predict"
                        | "doubt"
                        | "learn"
                )
            })
        }) =>
        {
            return None;
        }
        "when" | "whenever" | "if" | "once" => ("When", clause),
        "where" => ("Where", clause),
        // "because of heat from the core": a cause named, not a clause.
        "because" if !rest.starts_with("of ") => ("Why", rest),
        _ => return None,
    };
    if clause.matches('(').count() != clause.matches(')').count()
        || clause.contains('"')
        || word_count(&fact.subject) > 11
        || word_count(&fact.relation) > 5
    {
        return None;
    }
    // "The centromere is where spindle fibers attach": asked the other way round, the place is
    // the term to recall ("Where do spindle fibers attach?" -> "centromere").
    if says_what
        && subordinator.eq_ignore_ascii_case("where")
        && let Some(question) = where_question(rest)
    {
        return Some((question, fact.subject.clone()));
    }
    let question = what_question(&fact.subject, &fact.relation)?;
    let rest = question.strip_prefix("What ")?;
    Some((format!("{wh} {rest}"), answer.to_owned()))
}

/// "spindle fiber microtubules attach during mitosis" (the clause after "where") -> "Where do
/// spindle fiber microtubules attach during mitosis?": its subject a noun phrase, not a
/// pronoun, and its predicate a verb group with what follows it.
fn where_question(clause: &str) -> Option<String> {
    let toks = facts::tokenize(clause);
    let c = facts::analyze(&toks)?;
    let subject = facts::span(clause, &toks, c.subject_start, c.subject_end);
    let relation = facts::span(clause, &toks, c.subject_end, c.end);
    if c.subject_start != 0
        || c.end + 1 < toks.len()
        || c.verb_end <= c.subject_end
        || toks[..c.subject_end]
            .iter()
            .any(|t| t.punct || t.word().is_pronoun())
    {
        return None;
    }
    let question = what_question(subject, relation)?;
    Some(format!("Where {}", question.strip_prefix("What ")?))
}

/// "a little like the steps of a staircase", "much like a pump": a likeness (the text
/// lower-cased).
fn is_likeness(object: &str) -> bool {
    let rest = [
        "a little ",
        "a bit ",
        "much ",
        "very much ",
        "just ",
        "somewhat ",
        "rather ",
    ]
    .iter()
    .find_map(|p| object.strip_prefix(p))
    .unwrap_or(object);
    rest.starts_with("like ") || rest.starts_with("similar to ")
}

/// A pronoun that points at something named before ("it", "their", "these").
fn points_back(word: &str) -> bool {
    matches!(
        word,
        "it" | "its" | "they" | "their" | "them" | "this" | "these" | "those" | "he" | "she"
    )
}

/// "If one loop of a parallel circuit is interrupted, current can still flow through the other
/// loop." -> ("What happens if one loop of a parallel circuit is interrupted?", "current can
/// still flow through the other loop"): what follows from a condition that opens the sentence.
/// `None` unless the condition is one short clause that names its own things, and the main
/// clause a short statement.
fn consequence_question(
    text: &str,
    toks: &[Tok<'_>],
    c: &facts::Clause,
) -> Option<(String, String)> {
    let opener = toks.first()?;
    if !matches!(
        &*opener.lower,
        "if" | "when" | "whenever" | "once" | "after" | "as"
    ) {
        return None;
    }
    // The condition ends at the comma before the main clause ("..., then resistance is").
    let mut comma = c.subject_start.checked_sub(1)?;
    if toks[comma].is("then") {
        comma = comma.checked_sub(1)?;
    }
    if comma < 3 || !toks[comma].is(",") {
        return None;
    }
    let condition = &toks[1..comma];
    // "As a result,", "As you might have guessed,", "As a cell does not have a nucleus,": not
    // a time or a condition but a link, an aside or a reason.
    let as_link = opener.is("as")
        && (condition.first().is_some_and(|t| t.is("a"))
            && condition
                .get(1)
                .is_some_and(|t| matches!(&*t.lower, "result" | "rule" | "whole"))
            || condition.iter().any(|t| {
                matches!(&*t.lower, "you" | "we" | "not" | "never") || t.lower.ends_with("n't")
            }));
    if as_link {
        return None;
    }
    // "If you look closely, you can see ...", "If you know where north is": what the reader
    // sees or thinks is no condition of a fact ("If you put sugar in iced tea" is).
    if condition.first().is_some_and(|t| t.is("you"))
        && condition.get(1).is_some_and(|t| {
            matches!(
                &*t.lower,
                "look"
                    | "see"
                    | "know"
                    | "think"
                    | "have"
                    | "examine"
                    | "calculate"
                    | "read"
                    | "remember"
                    | "imagine"
                    | "notice"
                    | "watch"
                    | "compare"
                    | "consider"
                    | "observe"
                    | "try"
            )
        })
    {
        return None;
    }
    // "When transplanted into a liver": a condition with no subject of its own.
    let subjectless = condition.first().is_some_and(|t| {
        t.is_verb() && !facts::used_as_noun(toks, 1)
            || t.word().is_preposition()
            || t.word().is_adverb()
    });
    // One clause: no inner punctuation, a verb of its own, nothing pointing back.
    if condition.len() > 12
        || subjectless
        || condition.iter().any(|t| t.punct || points_back(&t.lower))
        || !condition
            .iter()
            .any(|t| t.is_verb() || t.word().is_auxiliary())
    {
        return None;
    }
    // The main clause: its subject, verb and what follows, up to a comma that opens another
    // clause ("..., so their temperature is higher").
    let mut end = c.end.min(toks.len());
    if let Some(k) = (c.verb_end..end).find(|&k| toks[k].punct && !toks[k].is("-")) {
        // Not a comma inside a phrase ("it creates a large, flat plain").
        let opens_clause = toks.get(k + 1).is_some_and(|t| {
            matches!(
                &*t.lower,
                "so" | "and"
                    | "but"
                    | "or"
                    | "which"
                    | "who"
                    | "as"
                    | "while"
                    | "because"
                    | "although"
                    | "though"
                    | "thus"
                    | "then"
                    | "where"
                    | "when"
            ) || t.lower.ends_with("ing") && t.is_verb()
        });
        if !toks[k].is(",") || !opens_clause {
            return None;
        }
        end = k;
    }
    if end <= c.verb_end {
        return None;
    }
    let answer = facts::span(text, toks, c.subject_start, end).trim();
    let words = word_count(answer);
    if !(3..=14).contains(&words) || answer.contains(['(', ')', '"']) {
        return None;
    }
    // The main clause states something: a subject the condition or the clause names.
    let subject = &toks[c.subject_start..c.subject_end];
    let pronoun_subject = subject.first().is_some_and(|t| {
        matches!(
            &*t.lower,
            "this" | "these" | "those" | "that" | "he" | "she"
        )
    });
    // "If I push a toy car, I will ...": a speaker's example; "you could calculate its
    // volume": an exercise's answer, supposed.
    let speaker = toks[1..end]
        .iter()
        .any(|t| matches!(t.text, "I" | "me" | "my" | "My"));
    let supposed = toks[c.subject_start].is("you")
        && toks
            .get(c.subject_start + 1)
            .is_some_and(|t| matches!(&*t.lower, "could" | "would" | "may" | "might"));
    if speaker || supposed {
        return None;
    }
    // "it is called lava": a name given under the condition, which its own card asks.
    let names = toks[c.subject_end..c.verb_end].iter().any(|t| {
        matches!(
            &*t.lower,
            "called" | "known" | "named" | "termed" | "referred"
        )
    });
    if pronoun_subject || names {
        return None;
    }
    // "When Australia and Antarctica separated": a past condition asks what happened ("if
    // you were to" supposes).
    let past = opener.lower != "if"
        && condition
            .iter()
            .find(|t| t.word().is_auxiliary() || t.is_verb())
            .is_some_and(|t| {
                matches!(&*t.lower, "was" | "were" | "had" | "did")
                    || !t.word().is_auxiliary()
                        && t.verb_base().is_some_and(|b| b != &*t.lower)
                        && !t.lower.ends_with('s')
                        && !t.lower.ends_with("ing")
            });
    let happens = if past { "happened" } else { "happens" };
    let condition_text = facts::span(text, toks, 1, comma).trim();
    let question = format!("What {happens} {} {condition_text}?", opener.lower);
    Some((question, answer.to_owned()))
}

/// "the amount of rock", "a number of cells": a phrase headed by a measure of what follows.
fn measure_head(phrase: &str) -> bool {
    let mut words = phrase.split(' ');
    words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("a"))
        && words.next().is_some_and(|w| {
            matches!(
                w,
                "amount"
                    | "number"
                    | "rate"
                    | "level"
                    | "size"
                    | "concentration"
                    | "strength"
                    | "speed"
                    | "volume"
                    | "mass"
                    | "density"
                    | "pressure"
                    | "temperature"
            )
        })
        && words.next() == Some("of")
}

/// "two main components: interphase and the mitotic phase" -> "interphase and the mitotic
/// phase": the short list a counted object (in `text`) announces before a colon.
fn counted_list(text: &str, object: &str) -> Option<String> {
    let count = number_value(&lexicon::lowercase(object.split_whitespace().next()?))?;
    let at = text.find(object)?;
    let rest = text.get(at + object.len()..)?.strip_prefix(':')?;
    listed(rest, count, 12).map(str::to_owned)
}

/// The list after a colon that a count announced: `count` items joined by "and" or "or", at
/// most `max_words` words, that make an answer. Trimmed of the sentence's end.
fn listed(rest: &str, count: usize, max_words: usize) -> Option<&str> {
    let list = rest.trim().trim_end_matches('.').trim();
    let joined = list.contains(" and ") || list.contains(" or ");
    (joined
        && facts::split_list(list).len() == count
        && (2..=max_words).contains(&word_count(list))
        && good_answer(list))
    .then_some(list)
}

/// Two to six, written as a word.
fn number_value(word: &str) -> Option<usize> {
    ["two", "three", "four", "five", "six"]
        .iter()
        .position(|w| *w == word)
        .map(|k| k + 2)
}

/// "There are three types of rock: igneous, sedimentary, and metamorphic." -> ("Name the
/// three types of rock.", "igneous, sedimentary, and metamorphic").
fn there_are_list(text: &str) -> Option<(String, String)> {
    let rest = ["There are ", "There were "]
        .iter()
        .find_map(|p| text.strip_prefix(p))?;
    let (class, list) = rest.split_once(": ")?;
    let count = lexicon::lowercase(class.split_whitespace().next()?);
    let class_words = word_count(class);
    let count = number_value(&count)?;
    if !(2..=8).contains(&class_words)
        || class.contains([',', '(', ')', ';', '"'])
        || starts_with_anaphor(class.split_once(' ').map_or("", |(_, c)| c))
    {
        return None;
    }
    let list = listed(list, count, 14)?;
    if list.contains([':', ';', '(', '"']) {
        return None;
    }
    Some((format!("Name the {class}."), list.to_owned()))
}

/// "Name three human actions that put soil at risk.": the question a list fact "X include A,
/// B, and C" asks, when X is a plural phrase that says what the items are without the rest of
/// the text. `None` for any other list ("such as" lists need their sentence: their cloze asks
/// them).
fn name_the_list(fact: &facts::Fact) -> Option<String> {
    if !fact.relation.to_lowercase().starts_with("include") {
        return None;
    }
    let count = match fact.items.len() {
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        _ => return None,
    };
    let mut class = without_partitive(fact.subject.trim());
    // "The main types of rock include": the items are some of them, not all.
    for quantifier in ["the ", "some ", "many ", "several ", "certain "] {
        if class.len() > quantifier.len()
            && class.is_char_boundary(quantifier.len())
            && class[..quantifier.len()].eq_ignore_ascii_case(quantifier)
        {
            class = &class[quantifier.len()..];
            break;
        }
    }
    let words = word_count(class);
    if !(2..=10).contains(&words)
        || starts_with_anaphor(class)
        || vague_subject(class)
        || class.to_lowercase().contains("example")
        || !facts::subject_plural(class)
        || class.contains(['(', ')', ':', ';', '"'])
    {
        return None;
    }
    Some(format!("Name {count} {}.", decapitalize(class)))
}

/// "Some of the processes that cause physical changes" -> "processes that cause physical
/// changes": the class a partitive takes its members from.
fn without_partitive(subject: &str) -> &str {
    for partitive in [
        "some of the ",
        "many of the ",
        "several of the ",
        "a few of the ",
    ] {
        if subject.len() > partitive.len()
            && subject.is_char_boundary(partitive.len())
            && subject[..partitive.len()].eq_ignore_ascii_case(partitive)
        {
            return &subject[partitive.len()..];
        }
    }
    subject
}

/// The subject of a sentence's clause, without a leading article.
fn subject_of(text: &str, toks: &[Tok<'_>], clause: &facts::Clause) -> String {
    facts::trim_phrase(facts::span(
        text,
        toks,
        clause.subject_start,
        clause.subject_end,
    ))
}

/// What a later sentence's "it" or "they" can stand for: the clause's subject (`subject`, when
/// already read), unless it is empty or points back itself as written ("This fact is ...").
fn referent(
    text: &str,
    toks: &[Tok<'_>],
    clause: &facts::Clause,
    subject: Option<&str>,
) -> Option<String> {
    let written = facts::span(text, toks, clause.subject_start, clause.subject_end);
    if starts_with_anaphor(written) {
        return None;
    }
    // "The process in which a solid changes directly to a gas is called sublimation. It
    // occurs when ...": what the sentence after means is named by its name.
    if toks[clause.subject_end..clause.verb_end]
        .last()
        .is_some_and(|t| facts::is_naming_participle(&t.lower))
        && let [name @ .., last] = &toks[clause.verb_end..]
        && last.is(".")
        && (1..=3).contains(&name.len())
        && name
            .iter()
            .all(|t| !t.punct && !t.word().is_function_word())
    {
        return Some(facts::span(text, toks, clause.verb_end, toks.len() - 1).to_owned());
    }
    let mut subject = subject.map_or_else(|| subject_of(text, toks, clause), str::to_owned);
    // "some grazing animals, especially sheep and goats, eat grass": "they" in the sentence
    // after means the animals, not the aside. (Examples, "like your skin", say what the
    // subject is and stay.)
    if let Some(comma) = subject.find(',')
        && ["especially ", "particularly ", "notably "]
            .iter()
            .any(|w| subject[comma + 1..].trim_start().starts_with(w))
    {
        subject.truncate(comma);
    }
    if subject.is_empty() || starts_with_anaphor(&subject) {
        return None;
    }
    // "It is called a dilute solution." after "A solution with little dissolved solute has
    // ...": the article stays, or the question reads "What is solution with ... called?".
    let article = toks
        .get(clause.subject_start)
        .map_or("", |t| t.lower.as_ref());
    if matches!(article, "a" | "an" | "the")
        && facts::span(text, toks, clause.subject_start + 1, clause.subject_end).trim() == subject
    {
        return Some([article, " ", &subject].concat());
    }
    Some(subject)
}

/// Some word of the tokens is a verb or an auxiliary.
fn has_verb(toks: &[Tok<'_>]) -> bool {
    toks.iter()
        .any(|t| !t.punct && (t.word().is_auxiliary() || t.is_verb()))
}

/// A question on a piece of advice: what to do for a purpose ("Plant tall trees around fields to
/// buffer the effects of wind." -> "What should you do to buffer the effects of wind?") or in a
/// case ("If you are outside, run to an open area ..." -> "If you are outside, what should you
/// do?"). An exercise on the page ("Count the lines ...", "To find out, convert ...") is none.
fn instruction_card(
    text: &str,
    toks: &[Tok<'_>],
    clause: Option<&facts::Clause>,
) -> Option<(String, String)> {
    if text.contains(['?', ':', ';', '(', '"']) || !text.ends_with(['.', '!']) {
        return None;
    }
    // A number, a pronoun or a word about the page: an exercise, or advice that leans on the
    // sentence before.
    if toks.iter().any(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                &*t.lower,
                "it" | "its"
                    | "they"
                    | "them"
                    | "their"
                    | "this"
                    | "these"
                    | "those"
                    | "he"
                    | "she"
                    | "his"
                    | "her"
                    | "figure"
                    | "url"
                    | "diagram"
                    | "graph"
                    | "chart"
                    | "formula"
                    | "equation"
                    | "value"
                    | "values"
                    | "answer"
                    | "question"
                    | "example"
                    | "problem"
                    | "data"
                    | "page"
                    | "chapter"
                    | "lesson"
                    | "below"
                    | "above"
                    | "following"
                    | "image"
                    | "picture"
                    | "sketch"
                    | "activity"
                    | "experiment"
            )
    }) {
        return None;
    }
    let end = toks.iter().rposition(|t| !t.punct)? + 1;
    // What the reader does with the text, not in the world.
    let exercise = |t: &Tok<'_>| {
        matches!(
            t.verb_base().unwrap_or(&t.lower),
            "look"
                | "see"
                | "click"
                | "read"
                | "imagine"
                | "consider"
                | "think"
                | "compare"
                | "contrast"
                | "find"
                | "count"
                | "calculate"
                | "compute"
                | "substitute"
                | "divide"
                | "multiply"
                | "subtract"
                | "convert"
                | "draw"
                | "try"
                | "note"
                | "notice"
                | "recall"
                | "remember"
                | "suppose"
                | "picture"
                | "answer"
                | "describe"
                | "explain"
                | "identify"
                | "list"
                | "name"
                | "label"
                | "write"
                | "review"
                | "discuss"
                | "do"
                | "follow"
                | "let"
                | "go"
                | "visit"
                | "watch"
                | "plug"
                | "solve"
                | "assume"
                | "predict"
                | "guess"
                | "start"
                | "begin"
                | "continue"
                | "learn"
                | "study"
                | "summarize"
                | "determine"
                | "measure"
                | "record"
                | "observe"
                | "repeat"
        )
    };
    // A verb too light to be the advice ("Be sure to ...", "Make sure ...", "Have an engineer
    // ..."), or one that takes the infinitive itself ("Need energy to ...").
    let light = |t: &Tok<'_>| {
        matches!(
            t.verb_base().unwrap_or(&t.lower),
            "be" | "make" | "have" | "need" | "tend" | "want" | "seem"
        )
    };
    // A purpose is something to bring about, not something to work out.
    // ("lessen", "buffer": a word the verb list lacks, not a plural or a name, may be one.)
    let worth_doing = |t: &Tok<'_>| {
        !t.punct
            && t.word().is_content()
            && match t.verb_base() {
                Some(base) => base == &*t.lower,
                None => !t.lower.ends_with('s') && !t.text.starts_with(char::is_uppercase),
            }
            && !matches!(
                &*t.lower,
                "find"
                    | "see"
                    | "learn"
                    | "determine"
                    | "calculate"
                    | "compute"
                    | "figure"
                    | "answer"
                    | "solve"
                    | "check"
                    | "understand"
                    | "show"
                    | "read"
                    | "review"
            )
    };
    let (prompt, answer, purpose) = if let Some(comma) = instruction_after_lead(toks) {
        if exercise(&toks[comma + 1]) || light(&toks[comma + 1]) {
            return None;
        }
        let answer = facts::span(text, toks, comma + 1, end);
        if toks[0].is("to") {
            // "To reduce erosion, plant trees".
            if !toks.get(1).is_some_and(worth_doing) {
                return None;
            }
            let purpose = facts::span(text, toks, 1, comma);
            (format!("What should you do to {purpose}?"), answer, purpose)
        } else {
            let lead = facts::span(text, toks, 0, comma);
            (format!("{lead}, what should you do?"), answer, lead)
        }
    } else if let Some(verb) = instruction_verb(toks, clause) {
        // ("Get ..." is advice after its case, "get beneath a sturdy table", but no purpose's.)
        if exercise(&toks[verb]) || light(&toks[verb]) || toks[verb].verb_base() == Some("get") {
            return None;
        }
        // "... to lessen fire risk", "... in order to reduce runoff": the first infinitive after
        // the verb's object.
        let to = (verb + 2..end.saturating_sub(1))
            .find(|&k| toks[k].is("to") && worth_doing(&toks[k + 1]))?;
        let mut done = if to >= 2 && toks[to - 2].is("in") && toks[to - 1].is("order") {
            to - 2
        } else {
            to
        };
        if toks[done - 1].is(",") {
            done -= 1;
        }
        // The verb acts on a thing named ("Keep fields as flat as possible", not "Stay
        // calm"), and no other verb takes the infinitive: "Warm air masses tend to move",
        // "Control rods ... are used to adjust": a subject that looks like a verb.
        if !toks[verb + 1..done].iter().any(Tok::is_noun_like)
            || toks[verb + 1..to].iter().any(|t| {
                t.word().is_auxiliary()
                    || lexicon::is_modal(&t.lower)
                    || light(t)
                    || matches!(t.verb_base(), Some("use" | "go"))
            })
        {
            return None;
        }
        let purpose = facts::span(text, toks, to + 1, end);
        (
            format!("What should you do to {purpose}?"),
            facts::span(text, toks, 0, done),
            purpose,
        )
    } else {
        return None;
    };
    ((2..=20).contains(&word_count(answer)) && (2..=14).contains(&word_count(purpose)))
        .then(|| (prompt, answer.to_owned()))
}

/// Where the verb of an instruction opening the sentence is: "Count the lines ...", "Keep
/// fields flat ...", "Have an engineer evaluate the house", "Frequently move animals ...".
fn instruction_verb(toks: &[Tok<'_>], clause: Option<&facts::Clause>) -> Option<usize> {
    let verb = usize::from(
        matches!(toks, [first, ..] if first.lower.ends_with("ly") && first.word().is_adverb()),
    );
    let toks_after_adverb = &toks[verb..];
    // "Report fallen lines to ...": a participle before a noun is the object's adjective.
    let participle_object = |second: &Tok<'_>| {
        second.word().is_participle()
            && second.verb_base() != Some(&*second.lower)
            && toks_after_adverb.get(2).is_some_and(Tok::is_noun_like)
    };
    // "Transform faults on continents separate two plates": a noun before a plural noun, the
    // two the subject of a plain verb further on.
    let plural_subject = || {
        clause.is_some_and(|c| {
            c.subject_start == 0
                && c.subject_end >= 2
                && toks.len() > c.subject_end
                && toks[1].lower.ends_with('s')
                && toks[1].is_noun_like()
                && !toks[1].word().is_determiner()
                && (toks[c.subject_end].verb_base() == Some(&*toks[c.subject_end].lower)
                    // "Bond energies can be used to ...": no instruction goes on with a modal.
                    || lexicon::is_modal(&toks[c.subject_end].lower))
        })
    };
    let (first, second) = (toks_after_adverb.first()?, toks_after_adverb.get(1)?);
    (!plural_subject()
        && (first.verb_base() == Some(&*first.lower)
            && !second.word().is_auxiliary()
            && (!second.is_verb() || participle_object(second))
            && !second.punct
            || first.is("have") && matches!(&*second.lower, "a" | "an" | "the" | "your")
            // "Avoid using off-road vehicles ...", "Try planting ...".
            || matches!(&*first.lower, "avoid" | "keep" | "stop" | "try" | "consider")
                && second.lower.ends_with("ing")))
    .then_some(verb)
}

/// The comma after which an instruction follows its condition or purpose: "If you are in a
/// building, get beneath a sturdy table", "To find out, convert ...".
fn instruction_after_lead(toks: &[Tok<'_>]) -> Option<usize> {
    let comma = toks.iter().position(|t| t.is(","))?;
    let (first, second) = (toks.get(comma + 1)?, toks.get(comma + 2)?);
    ((toks[0].word().is_subordinator() || toks[0].is("to"))
        && first.verb_base() == Some(&*first.lower)
        && !first.word().is_auxiliary()
        && (second.word().is_preposition()
            || second.word().is_determiner()
            // "To reduce erosion, plant trees around the fields".
            || second.is_noun_like() && !second.is_verb() && !second.word().is_function_word()))
    .then_some(comma)
}

/// A statement worth a card: has a verb, and is not an instruction to the reader or a run of
/// colon-separated fragments. (Links, formulas and the like are found by [`marks`], which the
/// caller asks first.)
fn is_statement(text: &str, lower: &str, toks: &[Tok<'_>], clause: Option<&facts::Clause>) -> bool {
    if [
        "you can see",
        "as you can see",
        "be careful",
        "be sure",
        "don't ",
        // The apostrophe lost in the source.
        "dont ",
        "do not ",
        "never ",
        "always ",
        "see ",
        "look at",
        "as shown",
        "shown below",
        // "Shown is the cell cycle.", "Pictured here is ...": a caption.
        "shown is",
        "shown here",
        "pictured",
        // "Below we explore the qualities of minerals in more detail."
        "below we",
        // "Here are the steps to finding an earthquake epicenter: 1.": it points at what
        // follows.
        "here are ",
        "here is ",
        "recall that",
        // "No doubt you already have a good idea of what temperature is.": the reader's
        // knowledge, not the subject's.
        "no doubt you",
        // "No, AIDS is caused by a virus.": the answer to a question the card does not show.
        "no, ",
        "yes, ",
        "assume ",
        "media ",
        "below are",
        "below is",
        "the following",
        "figure ",
        "q: ",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        || text.matches(':').count() >= 2
        || lower.strip_prefix("you ").is_some_and(|rest| {
            // "You could pump air into a tire": an answer to an exercise, supposed.
            rest.starts_with("could ")
                || rest.starts_with("would ")
                // "You are on vacation at the beach.", "You have to run to the water.", "You
                // might say, ...", "You may have seen special whistles ...": the reader in a
                // scene made up for the lesson, or what the reader may know, not the subject.
                // ("You may remember ... that the formula for the surface area of a sphere is
                // 4πr2": a fact in its clause.)
                || ["are ", "have to ", "might ", "may "]
                    .iter()
                    .any(|w| rest.starts_with(w))
                    && !rest.contains(" that the ")
        })
        // "The next chapter explains how electric current and magnetism are related.": the
        // book talks about itself.
        || lower.strip_prefix("the next ").is_some_and(|rest| {
            ["chapter ", "lesson ", "section "]
                .iter()
                .any(|w| rest.starts_with(w))
        })
        // "The development of a soil may go something like this.": it points at what follows.
        || [" like this.", " as follows.", " the following."]
            .iter()
            .any(|w| lower.ends_with(w))
        // "A few highlights are mentioned here.", "Only one of each pair is shown here.": the
        // text talks about itself.
        || lower.ends_with(" here.")
        // "Mitosis is followed by cytokinesis, when the cytoplasm divides,", "Not only are the
        // electric wires insulated with a coating": a sentence the source broke off.
        || lower.ends_with(',')
        || lower.starts_with("not only ") && !lower.contains(" but ")
        // "Pure water is included in the table for comparison.": a table the card cannot
        // show.
        || lower.contains(" in the table")
        // "Clouds are classified in several ways.", "There are several other ways to help
        // prevent soil loss.": it announces ways the sentences after it name.
        || lower.strip_suffix(" ways.").is_some_and(|head| {
            [" in several", " in many", " in a few", " in various"]
                .iter()
                .any(|w| head.ends_with(w))
        })
        || lower.strip_prefix("there are ").is_some_and(|rest| {
            ["several ", "many ", "a few "].iter().any(|w| {
                rest.strip_prefix(w).is_some_and(|rest| {
                    rest.starts_with("ways ") || rest.starts_with("other ways ")
                })
            })
        })
    {
        return false;
    }
    // An instruction to the reader: "Count the lines ...", "Keep fields flat ...".
    if instruction_verb(toks, clause).is_some() {
        return false;
    }
    // "Let's explore ...", "Lets review ...".
    if lower.starts_with("let's ") || lower.starts_with("lets ") {
        return false;
    }
    // "If you are in a building, get beneath a sturdy table": an instruction after its
    // condition.
    if instruction_after_lead(toks).is_some() {
        return false;
    }
    // "what different In the 1906 San Francisco earthquake, fire was ...", "ability to dissolve
    // in other substances Some of these properties ...": a capitalized function word right
    // after a lower-case word is another text run into this one.
    if toks.windows(2).any(|w| {
        !w[0].punct
            && w[0].text.starts_with(|c: char| c.is_lowercase())
            && w[1].text.starts_with(|c: char| c.is_uppercase())
            && matches!(
                &*w[1].lower,
                "the"
                    | "in"
                    | "a"
                    | "an"
                    | "this"
                    | "these"
                    | "it"
                    | "for"
                    | "when"
                    | "if"
                    | "some"
                    | "most"
                    | "many"
                    | "each"
                    | "they"
                    | "there"
                    | "we"
                    | "you"
                    | "during"
                    | "because"
            )
    }) {
        return false;
    }
    // "Non-renewable Non-renewable Common Object Natural Resources Used": a table's cells
    // read as a line (the heading row opens it).
    if toks.get(..8).unwrap_or(toks).windows(2).any(|w| {
        w[0].text
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
            && w[0].text == w[1].text
    }) {
        return false;
    }
    // "... can be summarized in the following four steps:": an introduction to steps.
    if text.contains(':') && lower.contains("the following") {
        return false;
    }
    // "... on a still day. concentration of the evaporating substance": a full stop followed by
    // a lower-case word is text from a table or caption run together.
    if text.match_indices('.').any(|(at, _)| {
        let before = text[..at].rsplit(' ').next().unwrap_or("");
        let Some(after) = text[at + 1..].strip_prefix(' ') else {
            return false;
        };
        after.starts_with(|c: char| c.is_lowercase())
            && before.chars().count() >= 3
            && before.chars().all(char::is_alphabetic)
            && !matches!(
                before,
                "etc" | "approx" | "Fig" | "Figs" | "Vol" | "cal" | "min"
            )
    }) {
        return false;
    }
    // "Recreational Activities Avoid using off-road vehicles": a table's label and then an
    // instruction.
    if toks.windows(3).any(|w| {
        !w[0].punct
            && w[0].text.starts_with(|c: char| c.is_uppercase())
            && w[1].text.starts_with(|c: char| c.is_uppercase())
            && w[1].verb_base() == Some(&*w[1].lower)
            && !w[2].punct
            && !w[2].word().is_auxiliary()
    }) && toks
        .first()
        .is_some_and(|t| t.text.starts_with(|c: char| c.is_uppercase()))
        && !toks.iter().skip(1).any(|t| t.word().is_auxiliary())
    {
        return false;
    }
    // "Specific Heat (joules) 0.45 0.67 1.76", "Freezing Point of Water 273 K 0 C 32 F ...":
    // three numbers in a row, or five in all, are a table's rows.
    // "Archaea No Yes, without peptidoglycan Bacteria No Yes": three yes/no cells too.
    let (mut numbers, mut run, mut longest_run, mut cells) = (0, 0, 0, 0);
    for t in toks.iter().skip(1) {
        cells += usize::from(matches!(t.text, "Yes" | "No"));
    }
    for t in toks {
        if t.text.starts_with(|c: char| c.is_ascii_digit()) {
            numbers += 1;
            run += 1;
            longest_run = longest_run.max(run);
        } else {
            run = 0;
        }
    }
    if numbers >= 5 || longest_run >= 3 || cells >= 3 {
        return false;
    }
    // Some verb: a fragment such as a caption or a heading has none.
    has_verb(toks)
}

/// The sentence opens with one of these labels and a colon ("Problem: ...").
fn has_label(text: &str, labels: &[&str]) -> bool {
    text.split_once(':')
        .is_some_and(|(label, _)| labels.iter().any(|l| label.trim() == *l))
}

/// A story about what someone did ("After class, a student held the wire ...", "He turned
/// off the current"), not a fact to learn.
fn is_anecdote(toks: &[Tok<'_>], clause: Option<&facts::Clause>) -> bool {
    let Some(clause) = clause else {
        return false;
    };
    let subject: Vec<&str> = toks[clause.subject_start..clause.subject_end]
        .iter()
        .map(|t| &*t.lower)
        .collect();
    let person = subject.iter().any(|w| {
        is_reader(w)
            || matches!(
                *w,
                "student"
                    | "students"
                    | "he"
                    | "she"
                    | "teacher"
                    | "girl"
                    | "boy"
                    | "man"
                    | "woman"
                    | "friend"
                    | "class"
                    | "tanya"
            )
    });
    let verb = toks
        .get(clause.subject_end)
        .map(|t| &*t.lower)
        .unwrap_or("");
    // "We have all heard of viruses", "Youve probably been using a ruler": what the reader
    // did.
    let perfect = || {
        // ("Diseases you have probably been vaccinated against include ...": the reader in a
        // clause inside the subject.)
        let reader_first = subject
            .iter()
            .find(|w| !lexicon::is_determiner(w))
            .is_some_and(|w| is_reader(w));
        let mut after = toks[clause.subject_end..]
            .iter()
            .filter(|t| !t.word().is_adverb() && !matches!(&*t.lower, "all" | "both"));
        let contracted = subject.last().is_some_and(|w| w.ends_with("ve"));
        if !reader_first {
            return false;
        }
        if !contracted
            && !after
                .next()
                .is_some_and(|t| matches!(&*t.lower, "have" | "has"))
        {
            return false;
        }
        after
            .next()
            .is_some_and(|t| t.is("been") || t.word().is_participle())
    };
    let past = verb.ends_with("ed")
        || lexicon::is_participle(verb)
        || matches!(verb, "was" | "were" | "had" | "did");
    person && (past || perfect())
}

/// "The water vapor would condense", "He turned off the current to see what would happen to
/// the magnet": what would happen in an example the card cannot show. Not a condition the
/// sentence states itself ("If the membrane were permeable, ...", "Without condensation, the
/// water cycle would be interrupted", "Otherwise, it would be a liquid", "To measure mass, you
/// would use a balance").
fn is_hypothetical(toks: &[Tok<'_>]) -> bool {
    let would = toks
        .iter()
        .enumerate()
        .any(|(i, t)| t.is("would") && !toks.get(i + 1).is_some_and(|n| n.is("like")));
    would
        && !toks.first().is_some_and(|t| {
            matches!(
                &*t.lower,
                "if" | "without" | "unless" | "otherwise" | "to" | "when"
            )
        })
}

/// A sentence that opens on "It" or "They".
fn starts_with_pronoun(text: &str) -> bool {
    text.starts_with("It ") || text.starts_with("They ")
}

/// A sentence whose subject is "it" or "they", first or after a short lead ("As it travels,
/// it divides").
fn leads_with_pronoun(text: &str) -> bool {
    starts_with_pronoun(text)
        || text.find(',').is_some_and(|comma| {
            let (lead, rest) = (&text[..comma], &text[comma + 1..]);
            (rest.starts_with(" it ") || rest.starts_with(" they "))
                && lead.split_whitespace().count() <= 4
        })
}

/// The reader or the writer, lower-cased, its apostrophe lost or not ("you", "weve").
fn is_reader(word: &str) -> bool {
    matches!(word, "you" | "youve" | "we" | "weve" | "i")
}

/// Something inside the sentence pointed at with "this/these/that/those": a noun ("this
/// disorder"), "this" or "these" standing alone before a verb ("think that this is one
/// cause of depression"), or a place ("here").
fn points_at_something(toks: &[Tok<'_>]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        // "in that order" points like "this"; "shows that cells ..." does not.
        let pointing_that = facts::that_points(toks, i);
        let demonstrative = matches!(&*t.lower, "this" | "these" | "those");
        // "The plates did not rift apart here", "It is here that ...": a place named before;
        // "could not survive in such an environment": a kind named before.
        t.is("here")
            // "hotter than this,", "Only a small percentage of those are": a demonstrative
            // standing alone, for what the sentence before named.
            || demonstrative
                && i > 0
                && toks.get(i + 1).is_none_or(|next| {
                    matches!(next.text, "," | "." | ";")
                        || toks[i - 1].is("of") && next.word().is_auxiliary()
                })
            || t.is("such")
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.is("a") || n.is("an") || n.is_noun_like() && !n.is("as"))
            || (demonstrative || pointing_that)
                && toks.get(i + 1).is_some_and(|next| {
                    next.is_noun_like()
                    // "This pattern of inheritance", "this change is": a noun that may also be
                    // a verb, read by what follows it.
                    || next.verb_base() == Some(&*next.lower)
                        && (toks
                            .get(i + 2)
                            .is_some_and(|n| n.is("of") || n.word().is_auxiliary())
                            // "Stresses from this uplift cause folds": "this" takes no base
                            // form for its verb.
                            || t.is("this"))
                    || demonstrative
                        && i > 0
                        && !t.is("those")
                        && (next.word().is_auxiliary()
                            || next.lower.ends_with('s')
                                && next.verb_base().is_some_and(|base| base != &*next.lower))
                })
                // "The smallest particle of an element that still has the properties of that
                // element": the thing is named earlier in the sentence itself. (Its head is
                // the last noun of the run: "the evolution of that plate boundary" names no
                // boundary before.)
                && {
                    let run = toks[i + 1..]
                        .iter()
                        .take(3)
                        .take_while(|n| !n.punct && n.is_noun_like())
                        .count();
                    toks.get(i + run.max(1)).is_none_or(|head| {
                        !toks[..i].iter().any(|p| !p.punct && p.same_stem(head))
                    })
                }
    })
}

/// What the words of a sentence (its runs of letters and digits) say, read in one pass.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct WordCues {
    /// A word naming a figure, table or picture ("Figure", "diagram", "below").
    figure: bool,
    /// A pronoun after the first word that needs the sentence before ("hinder its
    /// accessibility").
    inner_pronoun: bool,
}

fn word_cues(text: &str) -> WordCues {
    let mut cues = WordCues::default();
    // The first word is not asked about pronouns when the text starts with it (the first
    // piece of a split is the first word only then).
    let mut skip_pronoun = text.starts_with(char::is_alphanumeric);
    for w in lexicon::runs(text, false) {
        // Every word looked for starts with one of these bytes: the rest are passed over
        // without comparing them.
        let first = w.as_bytes().first().copied().unwrap_or(0);
        if !matches!(
            first,
            b'F' | b'f' | b'T' | b't' | b'p' | b'd' | b's' | b'i' | b'a' | b'b'
        ) {
            skip_pronoun = false;
            continue;
        }
        cues.figure |= matches!(
            w,
            "Figure"
                | "figure"
                | "Fig"
                | "Table"
                | "table"
                | "picture"
                | "diagram"
                | "photo"
                | "photograph"
                | "sketch"
                | "image"
                | "illustration"
                | "above"
                | "below"
                | "pictured"
        );
        if !skip_pronoun {
            cues.inner_pronoun |= matches!(w, "its" | "they" | "their" | "them");
        }
        skip_pronoun = false;
        if cues.figure && cues.inner_pronoun {
            break;
        }
    }
    cues
}

/// The prompt names a figure, a table or a picture ("In the Figure 1.3, ...", "pictured").
fn names_a_picture(prompt: &str) -> bool {
    names_a_figure(prompt)
        || prompt.split(|c: char| !c.is_alphanumeric()).any(|w| {
            [
                "pictured",
                "picture",
                "pictures",
                "photo",
                "photos",
                "photograph",
                "photographs",
                "diagram",
                "diagrams",
                "sketch",
                "sketches",
                "image",
                "images",
            ]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
        })
        // "The two figures below show ...", "This figure shows ...", not "three significant
        // figures" or "figure out".
        || [
            " figures below",
            " figures above",
            "Figures below",
            "Figures above",
            " figure below",
            " figure above",
            "this figure",
            "This figure",
            "figure shows",
        ]
            .iter()
            .any(|p| prompt.contains(p))
        // "Both arrangements are illustrated in the Figure", not "geologists can figure out".
        || prompt.contains("Figure")
        // "In the series circuit below, ...": a picture that follows; not "below the surface".
        || [" below,", " below.", " above,", " above.", "(above)", "(below)"]
            .iter()
            .any(|p| prompt.contains(p))
        // "The binary acids listed here", "Human chromosomes are shown here": the page itself.
        || ["shown here", "listed here", "illustrated here", "given here"]
            .iter()
            .any(|p| prompt.contains(p))
        // "You can read below how doorbells use electromagnets", "as described above": a
        // pointer to another part of the page.
        || (prompt.contains(" below") || prompt.contains(" above")) && {
            let mut previous = "";
            prompt
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .any(|w| {
                    let pointer = matches!(w, "below" | "above")
                        && matches!(
                            previous,
                            "read"
                                | "see"
                                | "described"
                                | "explained"
                                | "discussed"
                                | "mentioned"
                                | "outlined"
                                | "learn"
                        );
                    previous = w;
                    pointer
                })
        }
}

/// "The Table 1.1 describes ...": the text names a table or figure (the word, then a number)
/// the card cannot show.
fn names_a_figure(text: &str) -> bool {
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut previous = "";
    words.any(|w| {
        let figure = w.starts_with(|c: char| c.is_ascii_digit())
            && ["table", "figure", "fig"]
                .iter()
                .any(|f| previous.eq_ignore_ascii_case(f));
        previous = w;
        figure
    })
}

/// A definition that judges its subject rather than saying what it is: "a big problem for
/// cities", "a very dangerous material"; or that names its own kind again: "Ankle sprains are
/// a common type of sprain".
fn judgement(answer: &str, subject: &str) -> bool {
    let words: Vec<String> = answer
        .split_whitespace()
        .map(|w| lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())).into_owned())
        .collect();
    let mut rest = words.iter().map(String::as_str).peekable();
    // (A definite answer picks one out: "the most common type of anemia", "the very slow
    // movement of rock and soil down a hillside".)
    let indefinite = rest.next_if(|w| matches!(*w, "a" | "an")).is_some();
    // "a very dangerous material", and nothing after it.
    if indefinite && words.len() <= 4 && rest.peek().is_some_and(|w| lexicon::is_degree_adverb(w)) {
        return true;
    }
    // The head phrase: up to a preposition other than "of", a relative or a comma.
    let head: Vec<&str> = rest
        .take_while(|w| {
            *w == "of"
                || !(lexicon::is_preposition(w) || matches!(*w, "that" | "which" | "who" | "where"))
        })
        .collect();
    // (Its head noun, before any "of": "the study of environmental issues" is a definition.)
    if head.iter().take_while(|w| **w != "of").any(|w| {
        matches!(
            *w,
            "problem" | "problems" | "issue" | "issues" | "concern" | "concerns"
        )
    }) {
        return true;
    }
    let own_head = subject.split_whitespace().last().map(lexicon::stem);
    indefinite
        && head
            .windows(2)
            .any(|w| matches!(w[0], "type" | "kind" | "form" | "sort") && w[1] == "of")
        && head.last().map(|w| lexicon::stem_lowercase(w)) == own_head
}

/// "the neurotransmitter": one thing named before, pointed at by "the" and nothing else ("What
/// is the neurotransmitter called?" cannot say which).
fn bare_definite(subject: &str) -> bool {
    let mut words = subject.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
        && words.next().is_none()
}

/// A subject a question cannot stand on: the reader, or a thing pointed at ("people with this
/// disorder").
fn vague_subject(subject: &str) -> bool {
    let words: Vec<String> = subject
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "that" past the first word is a relative pronoun ("a gas that escapes"), not pointing;
    // after a preposition it points ("a quake of that magnitude").
    // ("rocks or other solids", "A and other B": more of a kind just named, no pointer.)
    words
        .iter()
        .enumerate()
        .any(|(k, w)| w == "other" && (k == 0 || !matches!(words[k - 1].as_str(), "or" | "and")))
        || words.windows(3).enumerate().any(|(k, w)| {
            // (Not a thing the subject named before: "the properties of that element".)
            let head = w[2].trim_end_matches('s');
            w[1] == "that"
                && lexicon::is_preposition(&w[0])
                && !words[..k].iter().any(|p| p.trim_end_matches('s') == head)
        })
        || words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "that" | "figure" | "table"))
        || words.iter().any(|w| {
            matches!(
                w.as_str(),
                "this"
                    | "these"
                    | "those"
                    | "thats"
                    | "theres"
                    | "whats"
                    | "you"
                    | "your"
                    | "youve"
                    | "we"
                    | "weve"
                    | "i"
                    | "it"
                    | "its"
                    | "their"
                    | "they"
                    | "everything"
                    | "something"
                    | "anything"
                    | "nothing"
                    | "everyone"
                    | "someone"
            )
        })
        || words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "one" | "some" | "other" | "another" | "what"))
        // "All that is left behind": a description, not a thing with a name.
        || words.len() >= 2 && words[0] == "all" && words[1] == "that"
        // "The rest of the gases": what is left of things named before.
        || words.iter().take(2).any(|w| w == "rest")
        // "A common example is ...": an example of what, the card cannot say; nor an
        // exception to what.
        || words.last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "example" | "examples" | "instance" | "instances" | "exception" | "exceptions"
            )
        })
        || names_a_figure(subject)
        // "the process", "the stage": one vague word names nothing without its context.
        || {
            let content: Vec<&String> = words
                .iter()
                .filter(|w| !matches!(w.as_str(), "the" | "a" | "an"))
                .collect();
            content.len() == 1
                && (matches!(
                    content[0].as_str(),
                    "process"
                        | "stage"
                        | "step"
                        | "result"
                        | "method"
                        | "phenomenon"
                        | "procedure"
                        | "situation"
                        | "case"
                        | "thing"
                        | "part"
                        | "type"
                        | "kind"
                ) || lexicon::is_evaluative(content[0])
                    // "Worst was the damage ...": an inverted sentence, its subject a degree.
                    || matches!(
                        content[0].as_str(),
                        "worst" | "best" | "most" | "least" | "first" | "last"
                    ))
        }
}

/// Connectives that tie a sentence to the one before and mean nothing on a card.
const CONNECTIVES: &[&str] = &[
    "However, ",
    "Moreover, ",
    "Additionally, ",
    "Furthermore, ",
    "In addition, ",
    "Also, ",
    "Therefore, ",
    "Thus, ",
    "Hence, ",
    "Consequently, ",
    "Similarly, ",
    "Likewise, ",
    "Nevertheless, ",
    "Instead, ",
    "Indeed, ",
    "In fact, ",
    "In other words, ",
    "Finally, ",
    "First, ",
    "Second, ",
    "Third, ",
    "Then, ",
    "Next, ",
    "So ",
    "And ",
    "Or ",
    "But ",
    "For example, ",
    // "For example: Red blood cells are shaped with a pocket ..."
    "For example: ",
    "For example ",
    "For instance, ",
    "For instance: ",
    "By contrast, ",
    "By contrast though, ",
    "In contrast, ",
    "On the other hand, ",
    "As a result, ",
    "In this case, ",
    "Of course, ",
    "Ironically, ",
    "Remember that ",
    "Remember, ",
    "Recall that ",
    "Note that ",
    "Notice that ",
    // "It turns out that earthquake epicenters outline the plates."
    "It turns out that ",
];

/// Where the sentence starts after a section number and the heading it opens ("55.1 Physical
/// laws govern ..." -> the byte offset of "Physical"): digits, a dot, digits, a space and a
/// capital letter. The heading after the number ends at a bullet ("32.5 Fusion • Nuclear
/// fusion is ...") or where a word of it is said again with a capital ("14.2 Seedless Plants
/// Seedless nonvascular plants are ...").
fn section_number_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let whole = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if whole == 0 || bytes.get(whole) != Some(&b'.') {
        return None;
    }
    let part = bytes[whole + 1..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let at = whole + 1 + part + 1;
    if part == 0
        || bytes.get(at - 1) != Some(&b' ')
        || !bytes.get(at).is_some_and(u8::is_ascii_uppercase)
    {
        return None;
    }
    let mut offset = at;
    let mut seen: Vec<String> = Vec::new();
    for word in text[at..].split(' ').take(12) {
        if word == "\u{2022}" {
            return Some(offset + word.len() + 1).filter(|&end| end < text.len());
        }
        let lower = lexicon::lowercase(word);
        if word.starts_with(|c: char| c.is_uppercase())
            && !lexicon::is_function_word(&lower)
            && seen.iter().any(|w| *w == *lower)
        {
            return Some(offset);
        }
        seen.push(lower.into_owned());
        offset += word.len() + 1;
    }
    Some(at)
}

/// Where the sentence starts after a heading run into it: "Arteries An artery is ..." -> the
/// byte offset of "An". The heading is one to four words, the first capitalized, none a
/// function word; the sentence opens with a capitalized article.
fn run_in_heading_end(text: &str) -> Option<usize> {
    if !text.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut offset = 0;
    // Every word so far starts with a capital.
    let mut title_case = true;
    let mut words = text.split(' ').enumerate().take(5).peekable();
    let mut first = "";
    while let Some((k, word)) = words.next() {
        if k == 0 {
            first = word;
        }
        // "Diffusion Diffusion is a passive process": the heading, then the sentence that
        // opens with its word.
        if k > 0 && matches!(word, "A" | "An" | "The")
            || k == 1
                && word == first
                && words
                    .peek()
                    .is_some_and(|(_, next)| next.starts_with(|c: char| c.is_lowercase()))
        {
            return Some(offset);
        }
        let lower = lexicon::lowercase(word);
        // "Grazing Animals Move animals throughout the year": a title-case heading, then an
        // instruction's verb in capitals before words in lower case.
        if k > 0
            && word.starts_with(|c: char| c.is_uppercase())
            && lexicon::verb_base(&lower) == Some(&*lower)
            && title_case
            && words
                .peek()
                .is_some_and(|(_, next)| next.starts_with(|c: char| c.is_lowercase()))
        {
            return Some(offset);
        }
        // "Logging and Mining Reduce ...": "and" between the heading's capitalized words.
        if k > 0 && title_case && word == "and" {
            offset += word.len() + 1;
            continue;
        }
        // "Figure A soil profile is ...": a caption, left for the caption rules.
        if k == 0 && matches!(word, "Figure" | "Fig" | "Table" | "Diagram" | "Photo") {
            return None;
        }
        if lexicon::is_function_word(&lower)
            || k > 0 && !word.chars().all(char::is_alphanumeric)
            || k == 0 && !word.chars().all(|c| c.is_alphanumeric() || c == '-')
        {
            return None;
        }
        title_case &= word.is_empty() || word.starts_with(|c: char| c.is_uppercase());
        offset += word.len() + 1;
    }
    None
}

/// Drops a leading connective ("However, ...") and capitalizes what is left.
fn strip_connective(text: &str) -> String {
    // Every connective starts with a capital letter and a second byte: a sentence is compared
    // only with the few connectives that open with the same two bytes.
    let Some(opening) = text.as_bytes().get(..2) else {
        return text.to_owned();
    };
    if !opening[0].is_ascii_uppercase() {
        return text.to_owned();
    }
    // "Remember from the chapter Materials of Earths Crust that mantle may melt ...": what is
    // recalled, without where it was read.
    if opening == b"Re"
        && let Some(rest) = text
            .strip_prefix("Remember from ")
            .or_else(|| text.strip_prefix("Recall from "))
        && let Some((_, recalled)) = rest.split_once(" that ")
        && recalled.split_whitespace().count() >= 4
    {
        return capitalize(recalled);
    }
    for c in CONNECTIVES {
        if c.as_bytes()[..2] != *opening {
            continue;
        }
        if let Some(rest) = text.strip_prefix(c)
            && rest.split_whitespace().count() >= 4
            // "So many solutes are soluble in water that ...": a degree, not a connective.
            && !(*c == "So "
                && ["many ", "much ", "few ", "little "]
                    .iter()
                    .any(|w| rest.starts_with(w)))
        {
            return capitalize(rest);
        }
    }
    text.to_owned()
}

/// Drops a last aside that sends the reader further on: "Types of electronic components
/// include diodes, transistors, and integrated circuits, all of which you can read about
/// below."
fn strip_reader_aside(text: String) -> String {
    if !text.ends_with(" below.") && !text.ends_with(" later.") {
        return text;
    }
    let Some(at) = text.rfind(", ") else {
        return text;
    };
    let aside = &text[at + 2..];
    let relative = ["which ", "all of which ", "each of which ", "as "]
        .iter()
        .any(|r| aside.starts_with(r));
    let reader = aside.split(' ').take(5).any(|w| matches!(w, "you" | "we"));
    if relative && reader && word_count(&text[..at]) >= 4 {
        return [&text[..at], "."].concat();
    }
    text
}

/// Most of the longer words after the first start with a capital: a heading or a title.
fn is_title_case(text: &str) -> bool {
    let (mut capitals, mut words) = (0, 0);
    for w in text.split_whitespace().skip(1) {
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            words += 1;
            capitals += usize::from(w.starts_with(char::is_uppercase));
        }
    }
    words > 0 && capitals * 2 > words
}

/// Drops a pointer to a figure that the statement does not need: "(Figure 1.2)", "(see
/// Figure 3)", ", as seen in Figure 1.1" at the end.
fn strip_figure_pointer(text: String) -> String {
    // Most sentences point at nothing: one scan for the capitals the pointers start with.
    if !text.contains("Fig") && !text.contains("Table") && !text.contains("(credit:") {
        return text;
    }
    let mut out = text;
    // A caption's label run into the statement it makes: "Figure 6.12 Entropy is a measure
    // of randomness or disorder in a system." (What is left must still pass as a statement.)
    if let Some(rest) = ["Figure ", "Fig. ", "Table "]
        .iter()
        .find_map(|w| out.strip_prefix(w))
        && let Some((number, statement)) = rest.split_once(' ')
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
        && !number.ends_with('.')
        && statement.starts_with(|c: char| c.is_uppercase())
        && statement.split_whitespace().count() >= 4
        // "Figure 19.2 The Nitrogenous Bases Found in DNA and RNA.": a title, not a statement.
        && !is_title_case(statement)
        // "Structures of the amino acids are shown": about the picture.
        && !statement.contains(" shown")
        && !statement.contains(" shows ")
    {
        out = statement.to_owned();
    }
    // "(Figure At the San Andreas Fault, the Pacific Plate is sliding ...": a pointer whose
    // bracket was never closed, run into the sentence it stood before.
    if let Some(rest) = ["(Figure ", "(Fig. "]
        .iter()
        .find_map(|w| out.strip_prefix(w))
        && rest.starts_with(|c: char| c.is_uppercase())
        && !rest.contains(')')
    {
        out = rest.to_owned();
    }
    // "(credit: Kerry Ceszyk)": whose picture it is.
    while let Some(at) = out.find(" (credit:")
        && let Some(close) = out[at..].find(')')
    {
        out.replace_range(at..at + close + 1, "");
    }
    // A leading pointer: "As pictured in Figure 1.2, surface mining includes ...", "In the
    // Figure 1.1, the Atlantic South Equatorial Current travels ...".
    for lead in [
        "In ",
        "As seen in ",
        "As shown in ",
        "As pictured in ",
        "As illustrated in ",
        "As you can see in ",
    ] {
        let Some(rest) = out.strip_prefix(lead) else {
            continue;
        };
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let Some(rest) = ["Figure ", "Fig. ", "Table "]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
        else {
            continue;
        };
        if let Some((number, clause)) = rest.split_once(", ")
            && number.starts_with(|c: char| c.is_ascii_digit())
            && number.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
            && clause.split_whitespace().count() >= 4
            // "In Figure 1.1, you can see that ...": the reader is still looking; "Baja
            // California is the long, skinny land mass on the left": at the picture.
            && !clause.starts_with("you ")
            // ("eat grass right down to the roots" is no place in a picture.)
            && ![
                " the left",
                " the right",
                " the top",
                " the bottom",
                " above",
                " below",
                " here",
                " shown",
            ]
                .iter()
                .any(|w| clause.contains(w))
        {
            out = capitalize(clause);
        }
        break;
    }
    for word in ["Figure", "Fig.", "Table"] {
        // A bracketed pointer anywhere.
        for open in ["(", "(see "] {
            let pattern = [open, word, " "].concat();
            while let Some(at) = out.find(&pattern) {
                let Some(close) = out[at..].find(')').map(|c| at + c) else {
                    break;
                };
                // Only a pointer: "(Figure 1.2)", not "(Figure 1.2 shows the ...)".
                if out[at + pattern.len()..close].split_whitespace().count() > 1 {
                    break;
                }
                let before = out[..at].trim_end();
                let after = &out[close + 1..];
                out = [before, after].concat();
            }
        }
        // A trailing clause: ", as seen in Figure 1.1." / ", as shown in Figure 2." / ", as
        // Figure 3.17 shows."
        for lead in [
            ", as seen in ",
            ", as shown in ",
            ", as ",
            ", shown in ",
            ", see ",
        ] {
            let pattern = [lead, word, " "].concat();
            if let Some(at) = out.rfind(&pattern) {
                let tail = &out[at + pattern.len()..];
                let rest = tail.trim_end_matches(['.', '!']);
                if rest.split_whitespace().count() <= 2 && !rest.contains(',') {
                    let end = &out[out.len() - (tail.len() - rest.len())..];
                    out = [&out[..at], end].concat();
                }
            }
        }
    }
    // An aside that only says where the thing is pictured: "Table salt, pictured in Figure
    // 1.1, is NaCl", "the honey pictured in the Figure 1.3 is more viscous". (After the
    // trailing clauses: ", as shown in Figure 1.2." is theirs.) Found from each " in ": one
    // search for all the forms.
    let mut from = 0;
    while let Some(found) = out[from..].find(" in ") {
        let at_in = from + found;
        from = at_in + 4;
        let before = &out[..at_in];
        let Some((start, comma)) = [", pictured", ", shown", " pictured", " shown"]
            .iter()
            .find(|v| before.ends_with(*v))
            .map(|v| (at_in - v.len(), v.starts_with(',')))
        else {
            continue;
        };
        // After a noun: "also shown in", "as shown in" are no asides.
        let word_before = out[..start].rsplit(' ').next().unwrap_or("");
        let lower_before = lexicon::lowercase(word_before);
        if lexicon::is_function_word(&lower_before) || lexicon::is_adverb(&lower_before) {
            continue;
        }
        let tail = &out[at_in + 4..];
        let tail = tail.strip_prefix("the ").unwrap_or(tail);
        let Some(tail) = ["Figure ", "Fig. ", "Table "]
            .iter()
            .find_map(|w| tail.strip_prefix(w))
        else {
            continue;
        };
        let number_end = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .unwrap_or(tail.len());
        // (A full stop after the number ends the sentence.)
        let number = tail[..number_end].trim_end_matches('.');
        if !number.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let after = &tail[number.len()..];
        // The aside closes with its comma, or the clause goes on with its verb: "the honey
        // pictured ... [is] more viscous". ("like the vinegar pictured in the Figure 1.1."
        // leaves a picture behind.)
        let after = if comma {
            match after.strip_prefix(',') {
                Some(rest) => rest,
                None => continue,
            }
        } else {
            let next = after.split_whitespace().next().unwrap_or("");
            if !lexicon::is_auxiliary(next) {
                continue;
            }
            after
        };
        out = [&out[..start], after].concat();
        from = start;
    }
    out
}

/// Drops an aside that names a colour in a picture: "Sodium ions (purple balls) bond with
/// chloride ions", "two oxygen atoms (red)".
fn strip_color_asides(text: String) -> String {
    if !text.contains('(') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + 1..close];
        let colour = inner.split_whitespace().count() <= 3
            && inner.split(|c: char| !c.is_alphabetic()).any(|w| {
                matches!(
                    w,
                    "red"
                        | "blue"
                        | "green"
                        | "yellow"
                        | "purple"
                        | "grey"
                        | "gray"
                        | "orange"
                        | "pink"
                        | "black"
                        | "white"
                        | "brown"
                )
            });
        if colour {
            out.push_str(rest[..open].trim_end());
        } else {
            out.push_str(&rest[..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Drops a one-letter label such as "A: " in front of a sentence.
fn strip_label(text: &str) -> &str {
    // "A: ...", "Hint: ...", "Note: ...": one capitalized word and a colon.
    // The first ": " (a colon found by a byte search, then its space).
    let colon = text
        .match_indices(':')
        .map(|(i, _)| i)
        .find(|&i| text.as_bytes().get(i + 1) == Some(&b' '));
    if let Some(i) = colon
        && let (label, rest) = (&text[..i], &text[i + 2..])
        && !label.contains(' ')
        && label.chars().next().is_some_and(char::is_uppercase)
        && label.chars().all(char::is_alphabetic)
        && rest.split_whitespace().count() >= 3
    {
        return rest;
    }
    text
}

/// Resolves a subject that points back ("They", "It") to what the previous
/// sentence was about, when that is clear; `None` when it is not.
fn resolve(subject: &str, prev_subject: Option<&str>) -> Option<String> {
    let lower = subject.to_lowercase();
    let prev = prev_subject?;
    let prev_plural = facts::subject_plural(prev);
    match lower.as_str() {
        "they" | "these" | "those" if prev_plural => return Some(prev.to_owned()),
        "it" | "this" if !prev_plural => return Some(prev.to_owned()),
        _ => {}
    }
    // "This magnetic field is stronger ..." after "The magnetic field created by a current
    // ... surrounds the wire": the demonstrative names again what the sentence before was
    // about. ("These ice crystals" after a sentence about something else may be one of
    // several things named before: left unresolved.)
    let (first, named) = lower.split_once(' ')?;
    if !demonstrative(first)
        || matches!(first, "these" | "those") != prev_plural
        || named.is_empty()
    {
        return None;
    }
    // Only a definite subject is the same thing: "These bacteria are known as parasites"
    // after "Some bacteria depend on a host", "This heat is called latent heat" after "Heat is
    // taken in ...", mean the ones just described.
    let prev_lower = prev.to_lowercase();
    let rest = prev_lower.strip_prefix("the ")?.strip_prefix(named)?;
    // The same head, alone or described after it ("... field created by", "... field of"),
    // not the first word of a longer name ("this cell" is no "cell membrane").
    let next = rest.split_whitespace().next();
    next.is_none_or(|w| {
        matches!(
            w,
            "of" | "that" | "which" | "who" | "in" | "with" | "from" | "on" | "at"
        ) || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
    })
    .then(|| prev.to_owned())
}

/// The clause's subject is "it" or "they" after a lead that opens with a subordinator, and the
/// lead's own subject is a named thing of the same number: "When leaf litter decays, it adds
/// humus ...", "Although prokaryotes have a cell membrane, they lack ...". ("When two species
/// live close together ..., it is called symbiosis": "it" names no species.)
fn pronoun_names_lead(text: &str, toks: &[Tok<'_>], clause: &facts::Clause) -> bool {
    let k = clause.subject_start;
    if k < 4
        || clause.subject_end != k + 1
        || !toks[k - 1].is(",")
        || !toks[0].word().is_subordinator()
        || toks[..k - 1].iter().any(|t| t.punct)
    {
        return false;
    }
    let plural = match &*toks[k].lower {
        "it" => false,
        "they" => true,
        _ => return false,
    };
    // The lead's subject: its clause's, or one word before the verb ("When water freezes").
    let lead = &toks[1..k - 1];
    let (subject, subject_end) = match facts::analyze(lead) {
        Some(c) if c.subject_start == 0 => {
            (facts::span(text, lead, 0, c.subject_end), c.subject_end)
        }
        None if lead.len() == 2 && lead[1].is_verb() && lead[0].is_noun_like() => (lead[0].text, 1),
        _ => return false,
    };
    // "Although the pressure builds enough for the magma to erupt, it does not erupt ...":
    // a second definite thing of the same number may be the one meant.
    let rival = lead[subject_end..].iter().enumerate().any(|(k, t)| {
        t.is("the")
            && lead[subject_end + k + 1..]
                .iter()
                .take_while(|t| t.is_noun_like())
                .last()
                .is_some_and(|head| facts::subject_plural(head.text) == plural)
    });
    !rival
        && !subject.is_empty()
        && !starts_with_anaphor(subject)
        && !vague_subject(subject)
        && !subject.split(' ').any(|w| {
            matches!(
                &*lexicon::lowercase(w),
                "you" | "we" | "i" | "he" | "she" | "people" | "someone"
            )
        })
        && facts::subject_plural(subject) == plural
}

/// "this", "these", "that" or "those", in any case.
fn demonstrative(word: &str) -> bool {
    ["this", "these", "that", "those"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

/// A question under the sentence's leading adverbial: "If bacteria enter the skin, what may
/// the area become?".
fn under_lead(lead: Option<&str>, question: String) -> String {
    let Some(lead) = lead else {
        return question;
    };
    let mut chars = question.chars();
    let first = chars.next().map(|c| c.to_lowercase().collect::<String>());
    [lead, ", ", first.as_deref().unwrap_or(""), chars.as_str()].concat()
}

/// The most words a prompt shows with the sentence before it.
const MAX_PROMPT_WORDS: usize = 50;

/// The prompt after the sentence before it (a context already found to fit in
/// [`MAX_PROMPT_WORDS`] with the sentence).
fn with_context(context: Option<&str>, prompt: String) -> String {
    match context {
        Some(prev) if !prev.contains(CLOZE_OPEN) && !prev.contains(CLOZE_CLOSE) => {
            [prev, " ", &prompt].concat()
        }
        _ => prompt,
    }
}

/// Picks the phrase of a sentence most worth hiding in a cloze: a noun phrase of 1-4 content
/// words, preferring the object of the main verb, technical words, names and numbers.
/// Returns its byte offset, text and a score.
pub fn key_phrase(sentence: &str, toks: &[Tok<'_>]) -> Option<(usize, String, f32)> {
    key_phrases_in(sentence, toks, facts::analyze(toks).as_ref())
        .into_iter()
        .next()
}

/// The best key phrases of a sentence, best first: the best, and when that is a plain short
/// word, also the best one apart from it, so the ranker can take the second instead.
fn key_phrases_in(
    sentence: &str,
    toks: &[Tok<'_>],
    clause: Option<&facts::Clause>,
) -> Vec<(usize, String, f32)> {
    let mut found: Vec<(usize, usize, f32)> = Vec::new();
    key_phrase_candidates(sentence, toks, clause, |a, b, score| {
        found.push((a, b, score))
    });
    // Best first; the earlier phrase on ties, as a single pass keeping the first best did.
    found.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)));
    let mut out: Vec<(usize, String, f32)> = Vec::new();
    let mut kept: Vec<(usize, usize)> = Vec::new();
    // With no clause, no side: only the plain-word stand-in.
    let (subject_start, subject_end) =
        clause.map_or((usize::MAX, 0), |c| (c.subject_start, c.subject_end));
    for (a, b, score) in found {
        if kept.iter().any(|&(ka, kb)| a < kb && ka < b) {
            continue;
        }
        // "the [heads face] the inside", "[Platelets bud] off large cells": a phrase of two
        // words or more with a determiner or a particle straight after it ends on a verb the
        // word lists lack. Only a verb's first object is followed by a second one ("gives [soft
        // drinks] their fizz"); a number is no verb ("By [20 Ma] the Pacific Plate ...").
        let verb_glued = b - a >= 2
            && toks.get(b).is_some_and(|t| {
                lexicon::is_article_or_possessive(&t.lower)
                    || matches!(&*t.lower, "my" | "this" | "these" | "those")
                    // ("back" follows an object too: "change a [fried egg] back to a raw egg".)
                    || facts::is_particle(&t.lower) && !t.is("back")
            })
            && !(a > 0 && toks[a - 1].is_verb())
            && !toks[a].text.starts_with(|c: char| c.is_ascii_digit());
        if verb_glued {
            continue;
        }
        // "like iron, cobalt, [chromium], vanadium, and molybdenum": one item from the middle
        // of a list is no thing to recall by itself (the list's own card asks the list).
        let after_comma = a > 0 && toks[a - 1].is(",");
        let before_comma = toks
            .get(b)
            .is_some_and(|t| t.is(",") || t.is("and") || t.is("or"));
        // Nor is the first of a list the sentence opens with ("[Animals], plants, fungi, and
        // protists are eukaryotes").
        let opens_list = a == 0
            && toks[b].is(",")
            && toks
                .get(b + 1)
                .is_some_and(|t| !t.punct && !t.word().is_function_word());
        // Nor the first item of a list anywhere ("include [hairdryers], CD players, power
        // drills, ...", "made of [water droplets], ice crystals or both"): a short item follows
        // its comma, then the list goes on.
        // (In the clause: a lead's noun before its comma is no item, "In [San Francisco],
        // water and gas pipelines are ...".)
        let first_item = clause.is_none_or(|c| a >= c.subject_start)
            && toks.get(b).is_some_and(|t| t.is(","))
            && toks
                .get(b + 1..)
                .and_then(|rest| {
                    rest.iter()
                        .take(5)
                        .position(|t| t.is(",") || t.is("and") || t.is("or"))
                        .filter(|&k| k >= 1)
                        .map(|k| &rest[..k])
                })
                .is_some_and(|item| {
                    item.iter().all(|t| {
                        !t.punct
                            && !t.word().is_subordinator()
                            && !t.word().is_preposition()
                            && !t.word().is_auxiliary()
                    }) && !item[0].word().is_function_word()
                        // "remove [vegetation], disturb the ground, or ...": verbs.
                        && (!item[0].is_verb() || item[0].is_noun_like())
                });
        // Nor the last ("telephones, and [doorbells]", "ROM, and [RAM]", "organ failure, and
        // even [death]").
        let conj = if a >= 1 && toks[a - 1].is("even") {
            a - 1
        } else {
            a
        };
        // (", or" with no item before it names again: "long cracks in the ground, or
        // [fissures]".)
        let last_item = conj >= 2
            && toks[conj - 2].is(",")
            && (toks[conj - 1].is("and")
                || toks[conj - 1].is("or")
                    && toks[conj.saturating_sub(8)..conj - 2]
                        .iter()
                        .any(|t| t.is(",")))
            && toks.get(b).is_none_or(|t| t.punct);
        if (after_comma && before_comma || opens_list || first_item)
            && toks[b..].iter().any(|t| t.is("and") || t.is("or"))
            || last_item
        {
            continue;
        }
        if a >= 1
            && a - 1 == subject_start
            && b == subject_end
            && fits_any_kind(&toks[a - 1].lower, &sentence[toks[b - 1].end..])
        {
            continue;
        }
        // A second phrase: any, to stand in for a plain short word the ranker may refuse;
        // else a good one from the other side of the verb, the subject when the first was in
        // the predicate ("[Lysosomes] have digestive enzymes ..."), so the ranker can keep
        // both or the better. (Every other side, weak ones too, cost 5 ms on 1 MB for little.)
        if let Some((_, first, _)) = out.first() {
            let plain_first = !first.contains(' ')
                && first.chars().count() < 8
                && first.chars().all(|c| c.is_lowercase());
            let other_side = if kept[0].1 <= subject_end {
                a >= subject_end
            } else {
                a == subject_start && b <= subject_end
            };
            if !(plain_first || other_side && score >= 1.5) {
                continue;
            }
        }
        kept.push((a, b));
        out.push((
            toks[a].start,
            facts::span(sentence, toks, a, b).to_owned(),
            score,
        ));
        if out.len() == 2 {
            break;
        }
    }
    out
}

/// What the toll of one event counts ("180 people", "190,000 buildings").
fn is_toll(word: &str) -> bool {
    matches!(
        word,
        "people"
            | "persons"
            | "deaths"
            | "fatalities"
            | "casualties"
            | "victims"
            | "lives"
            | "buildings"
            | "homes"
            | "houses"
    )
}

/// Every phrase of a sentence that could be hidden in a cloze, with its score, as token ranges.
fn key_phrase_candidates(
    sentence: &str,
    toks: &[Tok<'_>],
    clause: Option<&facts::Clause>,
    mut emit: impl FnMut(usize, usize, f32),
) {
    // "Several months after the [earthquake], about 22,000 people were dead or missing": a
    // sentence that tells the toll of one event is an anecdote, whatever its gap. ("most of
    // the 230,000 fatalities were caused by the tsunami" names a toll told before; "32 People
    // who stand ..." is a note's number.)
    if toks.windows(2).enumerate().any(|(k, w)| {
        w[0].lower.starts_with(|c: char| c.is_ascii_digit())
            && !(k > 0 && toks[k - 1].is("the"))
            && is_toll(w[1].text)
    }) {
        return;
    }
    let pred_start = clause.as_ref().map_or(0, |c| c.verb_end);
    let subject_end = clause.as_ref().map_or(0, |c| c.subject_end);
    let found = chunks(toks);
    // A coordination ("igneous, metamorphic, and sedimentary rocks") is hidden whole: one of
    // its items alone is guessed from the others, and the list is what the sentence teaches.
    let mut phrases: Vec<(usize, usize, bool)> = Vec::with_capacity(found.len());
    let mut k = 0;
    while k < found.len() {
        let mut last = k;
        let mut joined_by_conjunction = false;
        while let Some(&(next_a, _)) = found.get(last + 1) {
            let link = match &toks[found[last].1..next_a] {
                [c] if c.is(",") => Some(false),
                [c] | [_, c] if c.is("and") || c.is("or") => {
                    (next_a - found[last].1 == 1 || toks[found[last].1].is(",")).then_some(true)
                }
                _ => None,
            };
            match link {
                Some(conjunction) if !joined_by_conjunction => {
                    joined_by_conjunction = conjunction;
                    last += 1;
                }
                _ => break,
            }
        }
        let (a, b) = (found[k].0, found[last].1);
        // "shed and carried": participles joined are verbs, not a list of things.
        // "youngest at one end of the chain and oldest at the other": a lone comparison word
        // joins two predicates, not two things.
        let compares = |(s, e): (usize, usize)| {
            e - s == 1
                && (lexicon::is_comparative(&toks[s].lower)
                    || lexicon::is_superlative(&toks[s].lower))
        };
        let verbal = found[k..=last].iter().any(|&(_, e)| {
            let head = &toks[e - 1];
            head.lower.ends_with("ed") && head.is_verb()
        }) || compares(found[last]) && !compares(found[k])
            // "invented a basic light microscope and observed cells": a past form opening an
            // item after "and" starts a second predicate.
            || found[k + 1..=last]
                .iter()
                .any(|&(s, e)| e - s >= 2 && verb_after_and(toks, s));
        // "above the hotspot and volcanoes become older": the last item is the subject of a
        // new clause.
        // A list opening the sentence is its subject ("Crust, mantle, and core differ").
        let clause_follows = toks
            .get(b)
            .is_some_and(|t| !t.punct && (t.is_verb() || t.word().is_auxiliary()))
            && a != 0
            && clause.is_none_or(|c| a != c.subject_start)
            // "where the Pacific and North American plates meet": the whole list is the
            // subject of the subordinate clause.
            && !facts::opened_by_subordinator(toks, b);
        // "genetic material, or DNA": a second name for the same thing, not a list.
        let restated = last == k + 1
            && toks[found[k].1..found[last].0]
                .iter()
                .map(|t| &*t.lower)
                .eq([",", "or"]);
        if last > k
            && joined_by_conjunction
            && b - a <= 8
            && !verbal
            && !clause_follows
            && !restated
        {
            phrases.push((a, b, true));
        } else {
            // Not a list: each chunk on its own (a comma-joined run without "and" is not one).
            for &(a, b) in &found[k..=last] {
                phrases.push((a, b, false));
            }
        }
        k = last + 1;
    }
    // The words whose ending may make an adjective of a noun ("continental", "atomic"), read
    // once for every one-word gap.
    let adjectives: Vec<usize> = (0..toks.len())
        .filter(|&k| {
            let w = &*toks[k].lower;
            w.len() > 4 && ADJECTIVE_SUFFIXES.iter().any(|e| w.ends_with(e))
        })
        .collect();
    // Only a sentence that speaks to the reader can put them in a condition.
    let addresses_reader = toks.iter().any(|t| matches!(&*t.lower, "you" | "we"));
    // The colon closing a verbless label that opens the sentence, if any.
    let label_end = toks.iter().position(|t| t.is(":")).filter(|&colon| {
        !toks[..colon]
            .iter()
            .any(|t| t.is_verb() || t.word().is_auxiliary())
    });
    for (a, b, list) in phrases {
        // "may consist of one [loop or two loops]": the number before a list belongs to its
        // first item.
        if list
            && a > 0
            && (lexicon::is_number_word(&toks[a - 1].lower)
                || toks[a - 1].lower.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        // "[Specialized structures] for reproduction: One example is ...": part of a label
        // that heads what follows its colon (a label that is all gap names a term:
        // "[Prophase]: The chromatin condenses").
        if label_end.is_some_and(|colon| {
            b <= colon && (b < colon || a > 1 || a == 1 && !toks[0].word().is_determiner())
        }) {
            continue;
        }
        // "... and [observed cells] for the first time": a verb with its object.
        if b - a >= 2 && verb_after_and(toks, a) {
            continue;
        }
        // Cut long chunks to their last four words (the head of a noun phrase is at its end).
        // A run of adjectives ("hot, solid rock") counts its words, not its commas, and is cut
        // after a comma.
        let commas = toks[a..b].iter().filter(|t| t.is(",")).count();
        let a = if list || b - a - commas <= 4 {
            a
        } else if commas > 0 {
            (a..b).rev().find(|&k| toks[k].is(",")).map_or(a, |k| k + 1)
        } else {
            a.max(b.saturating_sub(4))
        };
        // "In some [locations soil erosion] is ...", "With a [good prediction authorities]
        // could ...": with no comma after an opening phrase, and no clause found, a run
        // before the verb joins the phrase's noun to the subject.
        if clause.is_none()
            && toks[0].word().is_preposition()
            && b - a > 1
            && !toks[..a].iter().any(|t| t.punct)
            && toks
                .get(b)
                .is_some_and(|t| t.word().is_auxiliary() || lexicon::is_modal(&t.lower))
        {
            continue;
        }
        // "a [genetically identical copy]": an adverb of manner goes with the words it binds
        // (not one of two: "positively and [negatively] charged").
        let a = if a > 0
            && manner_adverb(toks[a - 1].text)
            && !(a > 1 && toks[a - 2].word().is_conjunction())
        {
            a - 1
        } else {
            a
        };
        // "helps the [body] fight infection", "makes a [diode] useful": after "help", "make"
        // or "let", the object ends where the verb or adjective it is given begins.
        let causative = |k: usize| {
            matches!(
                &*toks[k].lower,
                "help" | "helps" | "helped" | "make" | "makes" | "made" | "let" | "lets"
            )
        };
        let b = if a > 0
            && (causative(a - 1)
                || a > 1 && matches!(&*toks[a - 1].lower, "the" | "a" | "an") && causative(a - 2))
        {
            (a + 1..b)
                .find(|&k| {
                    toks[k].verb_base() == Some(&*toks[k].lower) || adjective_ending(&toks[k].lower)
                })
                .unwrap_or(b)
        } else {
            b
        };
        // "Hawaii has some spectacular [shield volcanoes]": a word of praise before a noun is
        // the writer's, not the thing's, and no reader could recall it.
        let a = if b - a >= 2 && praises(&toks[a].lower) {
            a + 1
        } else {
            a
        };
        let phrase = facts::span(sentence, toks, a, b);
        if is_reference(toks, a, b) {
            continue;
        }
        // "has been [discussed elsewhere]": a passive participle, not a thing.
        if a > 0
            && matches!(&*toks[a - 1].lower, "been" | "being" | "be")
            && toks[a].is_verb()
            && toks[a].lower.ends_with("ed")
        {
            continue;
        }
        // "in a [particular area]", "the [same gas]": a word that only points at a thing named
        // elsewhere.
        if matches!(
            &*toks[a].lower,
            "particular" | "same" | "certain" | "given" | "specific" | "respective"
        ) {
            continue;
        }
        // "by the [patients cells]": refused by `cloze`, and here, so the next best is asked.
        if owner_gap(phrase, a.checked_sub(1).map(|k| toks[k].text)) {
            continue;
        }
        // "[Mount St]. Helens": a dot inside the sentence ends an abbreviation, not the phrase.
        if toks.get(b).is_some_and(|t| t.is(".")) && b + 1 < toks.len() {
            continue;
        }
        // Part of a hyphenated compound ("P- and S-waves"): not a phrase of its own.
        if toks.get(b).is_some_and(|t| t.is("-")) || a > 0 && toks[a - 1].is("-") {
            continue;
        }
        // An imperative opening the sentence ("Substitute these values ...").
        if a == 0
            && toks
                .get(b)
                .is_some_and(|t| t.word().is_determiner() || t.word().is_pronoun())
        {
            continue;
        }
        // "very [slippery mud]": the gap sits inside an adjective phrase.
        // "very strongly [chemically reactive]": so does one after a second adverb of manner,
        // which `cloze` refuses; refused here, the phrase leaves its place to the next best.
        // "at least [65 cm]" is not graded: "at least" and "at most" bound the number.
        let digits = toks[a].text.starts_with(|c: char| c.is_ascii_digit());
        let bound = digits && a > 1 && toks[a - 2].is("at");
        if a > 0
            && (grades_adjective(&toks[a - 1].lower) && !bound
                || manner_adverb(toks[a - 1].text) && !digits)
        {
            continue;
        }
        // "is [expensive]", "have been [active]": a lone word after "be" is a predicate
        // adjective, guessable and not a term. So is one after an opening "Its" that lost its
        // apostrophe, before "that" or "to" ("Its [understandable] that scientists know ...").
        if b - a == 1
            && a > 0
            && (lexicon::is_be(&toks[a - 1].lower)
                || a == 1
                    && toks[0].is("its")
                    && toks.get(b).is_some_and(|t| t.is("that") || t.is("to"))
                || a > 1 && lexicon::is_be(&toks[a - 2].lower) && toks[a - 1].word().is_adverb())
        {
            continue;
        }
        // "[source] of voltage", "[Particles] of dust": a lone head before "of" is generic; the
        // content is what follows. So is a head that only sorts or counts ("a [rare type] of
        // eye disease").
        if toks.get(b).is_some_and(|t| t.is("of"))
            && (b - a == 1
                || matches!(
                    &*toks[b - 1].lower,
                    "type"
                        | "types"
                        | "kind"
                        | "kinds"
                        | "sort"
                        | "form"
                        | "forms"
                        | "amount"
                        | "number"
                        | "part"
                        | "parts"
                        | "piece"
                        | "pieces"
                ))
        {
            continue;
        }
        // "eat [grass right] down to the roots": "right" before a particle is an adverb.
        if b - a > 1
            && toks[b - 1].is("right")
            && toks
                .get(b)
                .is_some_and(|t| t.word().is_preposition() || facts::is_particle(&t.lower))
        {
            continue;
        }
        // "opening the [tap wider]": a comparative after the noun says how, not what.
        if b - a > 1 && lexicon::is_comparative(&toks[b - 1].lower) {
            continue;
        }
        // "[Preclinical] studies": a modifier cut off from its noun.
        if toks.get(b).is_some_and(|t| {
            !t.punct
                && !t.word().is_function_word()
                && t.lower.ends_with('s')
                && !t.word().is_adverb()
        }) {
            continue;
        }
        // "the [volcanos] last eruption": a plural-looking word between "the" and more of its
        // noun phrase is a possessive that lost its apostrophe.
        if b - a == 1
            && a > 0
            && toks[a - 1].is("the")
            && toks[a].lower.ends_with('s')
            && !toks[a].lower.ends_with("ss")
            && toks.get(b).is_some_and(|t| {
                !t.punct
                    && (!t.is_verb() || matches!(&*t.lower, "last" | "own" | "main"))
                    && !t.word().is_auxiliary()
                    && !t.word().is_preposition()
                    && !t.word().is_conjunction()
                    && !t.word().is_subordinator()
                    && !t.word().is_pronoun()
                    && !t.word().is_adverb()
            })
        {
            continue;
        }
        // "beneath the North [American Plate]": the gap starts inside a name.
        if a > 1
            && toks[a - 1].text.starts_with(char::is_uppercase)
            && toks[a].text.starts_with(char::is_uppercase)
        {
            continue;
        }
        // "Columbia, at [1.5] to 1.8 billion years ago": one end of a range.
        if toks.get(b).is_some_and(|t| t.is("to") || t.is("-"))
            && toks
                .get(b + 1)
                .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
            && toks[b - 1].text.starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        // "These [events] keep repeating": one word after a pointer names what the text said
        // before, not a term ("Astronomers call this [dark energy]" names it).
        if b - a == 1
            && a > 0
            && matches!(&*toks[a - 1].lower, "this" | "these" | "those" | "that")
            && (a < 2
                || !matches!(
                    &*toks[a - 2].lower,
                    "call" | "calls" | "called" | "name" | "named"
                ))
        {
            continue;
        }
        // "A thunderstorm usually [ends]": an -s form after an adverb is the verb; "millions of
        // [years]": the unit of a number, not a term.
        if b - a == 1
            && a > 1
            && (toks[a - 1].word().is_adverb()
                && toks[a].lower.ends_with('s')
                && (toks[a]
                    .verb_base()
                    .is_some_and(|base| base != &*toks[a].lower)
                    || matches!(
                        &*toks[a - 1].lower,
                        "usually" | "often" | "always" | "sometimes" | "generally" | "rarely"
                    ))
                || toks[a - 1].is("of")
                    && matches!(
                        &*toks[a - 2].lower,
                        "hundreds" | "thousands" | "millions" | "billions" | "tens"
                    )
                    && matches!(
                        &*toks[a].lower,
                        "years" | "miles" | "kilometers" | "meters" | "tons" | "dollars" | "people"
                    ))
        {
            continue;
        }
        // "killed about [180 people]", "[190,000 buildings] had been damaged": the toll of
        // one event, not what the text teaches.
        if b - a >= 2
            && toks[a].lower.starts_with(|c: char| c.is_ascii_digit())
            && is_toll(&toks[b - 1].lower)
        {
            continue;
        }
        // "to shrink and [shrivel]": a second verb of an infinitive.
        if a >= 3
            && matches!(&*toks[a - 1].lower, "and" | "or")
            && toks[a - 2].verb_base() == Some(&*toks[a - 2].lower)
            && toks[a - 3].is("to")
        {
            continue;
        }
        // "There are two kinds of [crust].", "There are two basic ways to conserve [energy].":
        // the topic a coming list divides, named to open it, is no fact (the count is).
        if toks.len() > 4
            && toks[0].is("there")
            && matches!(&*toks[1].lower, "are" | "is" | "were")
            && (b == toks.len() || b + 1 == toks.len() && toks[b].is("."))
            && a >= 3
            && (toks[a - 1].is("of")
                && matches!(
                    &*toks[a - 2].lower,
                    "kinds" | "types" | "classes" | "groups" | "forms" | "sorts" | "categories"
                )
                || toks[a - 2].is("to") && toks[a - 3].is("ways"))
        {
            continue;
        }
        // "Nerve impulses travel just as [fast] through ...": as fast as what the sentence
        // before said, which the card does not show.
        if b - a == 1
            && a >= 2
            && toks[a - 1].is("as")
            && toks[a - 2].is("just")
            && !toks.get(b).is_some_and(|t| t.is("as"))
        {
            continue;
        }
        // "Not all [new bacteria] are clones": what only some of is true of is no term the
        // sentence teaches.
        if a >= 2 && matches!(&*toks[a - 1].lower, "all" | "every") && toks[a - 2].is("not") {
            continue;
        }
        // "Just one egg develops each [month]": a unit of time counted, not a term.
        if b - a == 1
            && a > 0
            && matches!(&*toks[a - 1].lower, "each" | "every" | "per")
            && is_time_unit(&toks[a].lower)
        {
            continue;
        }
        // "Animals and other [organisms]": the class the examples belong to, guessed from them;
        // "the cells of other [animals]": a lone class the text has named an example of.
        if a >= 1
            && toks[a - 1].is("other")
            && (b - a == 1 || a >= 2 && matches!(&*toks[a - 2].lower, "and" | "or"))
        {
            continue;
        }
        // "they spin the [bacteria and propel] them": a noun never takes an object pronoun
        // ("it" may start a relative clause: "the [space] it takes up").
        if toks
            .get(b)
            .is_some_and(|t| matches!(&*t.lower, "them" | "him" | "us" | "me"))
        {
            continue;
        }
        // "just [walking or riding] your bike": verbs with their object after them.
        if toks[b - 1].lower.ends_with("ing")
            && toks[b - 1].lower.len() > 5
            && toks.get(b).is_some_and(|t| t.word().is_determiner())
        {
            continue;
        }
        // ", [dragging oceanic crust] as well": a participle opening a clause of its own.
        if a > 0
            && toks[a - 1].is(",")
            && b - a >= 2
            && toks[a].lower.ends_with("ing")
            && toks[a].is_verb()
        {
            continue;
        }
        // "in the western [U].S.": a gap that starts or ends inside an abbreviation.
        let dotted = |at: usize| {
            sentence.as_bytes().get(at) == Some(&b'.')
                && sentence
                    .as_bytes()
                    .get(at + 1)
                    .is_some_and(u8::is_ascii_alphanumeric)
        };
        if dotted(toks[b - 1].end)
            || toks[a].start >= 2
                && sentence.as_bytes()[toks[a].start - 1] == b'.'
                && sentence.as_bytes()[toks[a].start - 2].is_ascii_alphanumeric()
        {
            continue;
        }
        // "get [heavy] enough", "is [expanding fast] enough": a degree, not a thing; "is
        // [moving northward]", "is seen [striking SE]": a verb in progress.
        if toks.get(b).is_some_and(|t| t.is("enough"))
            || a > 0
                && (lexicon::is_be(&toks[a - 1].lower)
                    || a > 1
                        && lexicon::is_be(&toks[a - 2].lower)
                        && lexicon::is_participle(&toks[a - 1].lower)
                        && !facts::is_naming_participle(&toks[a - 1].lower))
                && toks[a].lower.ends_with("ing")
                && toks[a].is_verb()
        {
            continue;
        }
        if counts_listed_items(phrase, &sentence[toks[a].start..])
            || addresses_reader && in_readers_condition(toks, a)
        {
            continue;
        }
        // "These [two scales] give similar measurements": a count after a pointer names what
        // the text said before.
        // So does one opening the sentence: "[Two tributaries] come together at a confluence".
        if (a == 0 || matches!(&*toks[a - 1].lower, "these" | "those" | "the"))
            && lexicon::is_number_word(&toks[a].lower)
            && toks[a].lower != "one"
        {
            continue;
        }
        // "the [factorys trade secrets]", "the [bodys cells]": "-ys" after a consonant is a
        // possessive that lost its apostrophe (the plural is "-ies").
        if toks[a..b].iter().any(|t| {
            let w = t.lower.as_bytes();
            w.len() > 3
                && w.ends_with(b"ys")
                && !matches!(w[w.len() - 3], b'a' | b'e' | b'i' | b'o' | b'u')
        }) {
            continue;
        }
        // "[Animals] and other organisms": one example of a class the sentence is about.
        if toks.get(b).is_some_and(|t| t.is("and") || t.is("or"))
            && toks.get(b + 1).is_some_and(|t| t.is("other"))
        {
            continue;
        }
        // "part of a [different circuit]", "found in many [different environments]", "have
        // [different numbers] of turns": that the things differ is what is said, not which
        // they are.
        if toks[a].is("different")
            && (a >= 1 && matches!(&*toks[a - 1].lower, "a" | "many" | "several")
                || toks.get(b).is_some_and(|t| t.is("of")))
        {
            continue;
        }
        // "on the other [hand]", "in [addition]", "for [example]": part of an idiom.
        if b - a == 1
            && a >= 1
            && matches!(
                (&*toks[a - 1].lower, &*toks[a].lower),
                ("other", "hand")
                    | ("for", "example" | "instance")
                    | ("of", "course")
                    | ("a", "result")
                    | ("at", "least" | "first" | "times")
                    // "hidden from [view]".
                    | ("from", "view")
                    // "calls into [question]", "take into [account]", "comes into [play]".
                    | ("into", "question" | "account" | "play" | "being" | "existence")
            )
            || b - a == 1 && a >= 1 && toks[a - 1].is("in") && in_idiom(&toks[a].lower)
            // "make [sure] the cell stays intact": an idiom too.
            || b - a == 1 && a >= 1 && toks[a - 1].is("make") && toks[a].is("sure")
            // "as [long] as a gradient exists", "as [hot] as": a comparison, not a thing.
            || b - a == 1 && a >= 1 && toks[a - 1].is("as") && toks.get(b).is_some_and(|t| t.is("as"))
        {
            continue;
        }
        // "You shiver to warm up your [body]", "in our [daily lives]": what belongs to the
        // reader is everyday, not what the text teaches; so is "areas of the [body]", the
        // reader's own.
        if a >= 1 && matches!(&*toks[a - 1].lower, "your" | "our" | "my")
            || b - a == 1 && a >= 1 && toks[a - 1].is("the") && toks[a].is("body")
        {
            continue;
        }
        // "such as [copper]": an example, not the point of the sentence.
        if a >= 1
            && (matches!(&*toks[a - 1].lower, "including" | "like")
                || a >= 2 && toks[a - 2].is("such") && toks[a - 1].is("as"))
        {
            continue;
        }
        // "dissolves [faster]": a comparison, not a thing to recall; "it can take [years]",
        // "for many [hours]": a span of time with no number says how long only roughly.
        if b - a == 1
            && (lexicon::is_comparative(&toks[a].lower)
                || toks[a].lower.strip_suffix('s').is_some_and(is_time_unit)
                || toks[a].is("centuries"))
        {
            continue;
        }
        // "The plates did not [rift] apart", "can [reproduce]": a word after a modal or "do"
        // is a verb; "the outlet [interrupts] the circuit": so is an -s form before an
        // article.
        let after_auxiliary = |k: usize| {
            // (Every modal and "do" is an auxiliary: the cached listing is asked first.)
            toks.get(k).is_some_and(|t| {
                t.word().is_auxiliary()
                    && (lexicon::is_modal(&t.lower) || matches!(&*t.lower, "do" | "does" | "did"))
            })
        };
        // "Houses should bend and [sway]": a verb coordinated with one after a modal.
        let coordinated_after_auxiliary =
            a >= 3 && matches!(&*toks[a - 1].lower, "and" | "or") && after_auxiliary(a - 3);
        if a > 0
            && (after_auxiliary(a - 1)
                || toks[a - 1].is("not") && a > 1 && after_auxiliary(a - 2)
                || coordinated_after_auxiliary)
            || b - a == 1
                && toks[a].lower.ends_with('s')
                && !toks[a].lower.ends_with("ss")
                && (toks[a]
                    .verb_base()
                    .is_some_and(|base| base != &*toks[a].lower)
                    // (Not a count's noun: "10,000 [earthquakes] a year".)
                    || a > 0
                        && toks[a - 1].is_noun_like()
                        && toks[a - 1].text.starts_with(char::is_alphabetic)
                        && !lexicon::is_number_word(&toks[a - 1].lower))
                && toks
                    .get(b)
                    .is_some_and(|t| matches!(&*t.lower, "the" | "a" | "an"))
        {
            continue;
        }
        // "It [sounds dangerous]": a gap ending in an adjective is no noun phrase.
        if toks[b - 1].lower.ends_with("ous") && toks[b - 1].lower.len() > 5 {
            continue;
        }
        // A bare small number ("include: [1]") is a list marker, not a quantity.
        if b - a == 1
            && toks[a].lower.len() == 1
            && toks[a].lower.chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        // Checked after the cheaper token tests above: the order does not change the outcome.
        if !good_answer(phrase) {
            continue;
        }
        // Given away: the answer's head word stands elsewhere in the sentence.
        // (Not when the other is told apart by a word of its own: "[Sodium ions] move out of
        // the cell, and potassium ions move into the cell", "[Continental crust] is much
        // thicker than oceanic crust": what the gap asks is the word that tells them apart.)
        // The gap is the first of the two: after it, the other's word would give away its
        // opposite ("a wide wire ... than a [narrow wire]").
        let head = &toks[b - 1];
        let modifier = (b - a >= 2 && head.is_noun_like()).then(|| &toks[b - 2]);
        // "The [battery in a car] is a 12-volt battery": the head before a preposition inside
        // the gap is given away too.
        let inner_head = (a + 1..b.saturating_sub(1))
            .find(|&k| toks[k].word().is_preposition())
            .map(|k| &toks[k - 1]);
        if inner_head.is_some_and(|h| {
            toks.iter()
                .enumerate()
                .any(|(k, t)| (k < a || k >= b) && !t.punct && t.same_stem(h))
        }) {
            continue;
        }
        // "In continental rifting, magma rises beneath the [continent]": an adjective made
        // from the head gives it away as surely as the head itself.
        if b - a == 1
            && adjectives
                .iter()
                .any(|&k| (k < a || k >= b) && derived_adjective(&toks[k].lower, &head.lower))
        {
            continue;
        }
        let mut others = toks
            .iter()
            .enumerate()
            .filter(|&(k, t)| (k < a || k >= b) && !t.punct && t.same_stem(head))
            .map(|(k, _)| k)
            .peekable();
        // (A gap told apart so asks less than one whose head is its own: scored down, it fills
        // only a sentence with nothing better to ask.)
        let told_apart = others.peek().is_some();
        // "This heat is called [latent heat]": the name given to a kind of thing named before
        // it; what is asked is the word that makes the name.
        let named_after = b - a >= 2 && a >= 2 && facts::follows_naming_cue(toks, a);
        let allowed = |k: usize| {
            named_after && k < a
                || modifier.is_some_and(|m| {
                    k > b
                        && contrasts(m)
                        && contrasts(&toks[k - 1])
                        && !toks[k - 1].same_stem(m)
                        && !names_again(&toks[b..k])
                })
        };
        if others.any(|k| !allowed(k)) {
            continue;
        }
        // "The synthesis phase ([S])": an abbreviation of the words before its bracket is
        // given away by their initials.
        if abbreviates_before(toks, a, b) {
            continue;
        }
        // Inside brackets: an aside or a formula, not the point of the sentence.
        let bracketed = toks[..a].iter().filter(|t| t.is("(")).count()
            > toks[..a].iter().filter(|t| t.is(")")).count();
        let mut score: f32 = if bracketed { 0.0 } else { 1.0 };
        if told_apart {
            score -= 0.5;
        }
        // The second half of a coordination ("primary and [secondary] currents").
        if a >= 2
            && matches!(&*toks[a - 1].lower, "and" | "or")
            && !toks[a - 2].punct
            && toks[a - 2].word().is_content()
        {
            score -= 0.8;
        }
        if a >= pred_start {
            score += 0.5;
        }
        if a == pred_start {
            score += 0.3;
        }
        if b <= subject_end && a == clause.as_ref().map_or(usize::MAX, |c| c.subject_start) {
            // "[Platelets] are not cells": many things are not; the gap is unanswerable.
            let negated = clause.as_ref().is_some_and(|c| {
                toks[c.subject_end..c.verb_end]
                    .iter()
                    .any(|t| matches!(&*t.lower, "not" | "never"))
            });
            score += if negated { -1.0 } else { 0.4 };
        }
        // "[Three examples] are ...": a count of vague things is as vague.
        if toks[a..b]
            .iter()
            .all(|t| t.word().is_vague() || t.is_verb() || lexicon::is_number_word(&t.lower))
        {
            continue;
        }
        // "sink to the [bottom]", "flow easily to the [surface]": where in a thing, not what.
        if b - a == 1
            && matches!(
                &*toks[a].lower,
                "bottom" | "top" | "middle" | "center" | "centre" | "surface" | "edge" | "side"
            )
        {
            continue;
        }
        // "on the [Earth]", "inside [Earth]": the planet as the place where, which every
        // learner knows; another phrase is the better gap.
        let before_article = a - usize::from(a >= 1 && toks[a - 1].is("the"));
        if b - a == 1
            && toks[a].lower == "earth"
            && before_article >= 1
            && toks[before_article - 1].word().is_preposition()
        {
            score -= 0.6;
        }
        let long_words = toks[a..b]
            .iter()
            .filter(|t| t.lower.chars().count() >= 8)
            .count();
        // Capped: a list of long words is not worth more than a technical term.
        score += 0.25 * long_words.min(2) as f32;
        if toks[a..b]
            .iter()
            .any(|t| t.text.chars().any(|c| c.is_ascii_digit()))
        {
            score += 0.4;
        }
        if a > 0
            && toks[a..b]
                .iter()
                .any(|t| t.text.chars().next().is_some_and(char::is_uppercase))
        {
            score += 0.3;
        }
        // A list is as long as it is; a long single phrase is cut down.
        if !list {
            score -= 0.15 * (b - a).saturating_sub(2) as f32;
        }
        // Never most of the sentence; a list that is its subject may be more of it than a
        // phrase ("[Animals, plants, fungi, and protists] are eukaryotes").
        // A name given ("This is called a [transform plate boundary]") is what the sentence
        // says, however much of it the name is.
        let names = facts::follows_naming_cue(
            toks,
            if a >= 1 && toks[a - 1].word().is_determiner() {
                a - 1
            } else {
                a
            },
        );
        let room = if list && a == 0 {
            phrase.len() * 4 < sentence.len() * 3
        } else {
            names || phrase.len() * 2 < sentence.len() + 2
        };
        if room {
            emit(a, b, score);
        }
    }
}

/// Where the object of `relation` ends because a second predicate of the same verb form
/// follows it after a comma: "clog [rivers and lakes], fill estuaries, and bury coral reefs".
fn before_parallel_predicate(object: &str, relation: &str) -> Option<usize> {
    if !object.contains(", ") {
        return None;
    }
    let form = |w: &str| {
        let base = lexicon::verb_base(w)?;
        Some(if base == w {
            0
        } else if w.ends_with('s') {
            1
        } else if w.ends_with("ed") {
            2
        } else {
            3
        })
    };
    let verb = lexicon::lowercase(relation.split(' ').next_back()?);
    let verb_form = form(&verb)?;
    let mut at = 0;
    for piece in object.split(", ") {
        if at > 0 {
            let rest = piece.strip_prefix("and ").unwrap_or(piece);
            let mut words = rest.split(' ');
            let first = lexicon::lowercase(words.next().unwrap_or_default());
            if words.next().is_some() && form(&first) == Some(verb_form) {
                return Some(at - 2);
            }
        }
        at += piece.len() + 2;
    }
    None
}

/// The word at `k` is a past form opening a second predicate: it follows "and" or "or" after a
/// noun ("invented a microscope and [observed] cells").
fn verb_after_and(toks: &[Tok<'_>], k: usize) -> bool {
    k >= 3
        && matches!(&*toks[k - 1].lower, "and" | "or")
        && toks[k].lower.ends_with("ed")
        && toks[k].lower.len() > 4
        && toks[k].is_verb()
        && toks[k - 2].is_noun_like()
        && !toks[k - 2].lower.ends_with("ed")
        // The noun ends a phrase of its own, opened by an article ("a basic light microscope");
        // "stripes of normal and reversed polarity", "sweep mucus and trapped pathogens" are
        // one list each.
        && toks[k - 3].word().is_content()
        && toks[..k - 2]
            .iter()
            .rev()
            .find(|t| !t.is_noun_like())
            .is_some_and(|t| matches!(&*t.lower, "a" | "an" | "the"))
}

/// The suffixes that make an adjective of a noun, for [`derived_adjective`].
const ADJECTIVE_SUFFIXES: [&str; 9] =
    ["al", "ic", "ar", "ical", "ular", "ian", "ial", "ous", "ary"];

/// `adjective` is made from `noun` by one of [`ADJECTIVE_SUFFIXES`] ("continent" ->
/// "continental", "volcano" -> "volcanic", "nucleus" -> "nuclear", "cell" -> "cellular").
fn derived_adjective(adjective: &str, noun: &str) -> bool {
    // (Most words fail on their first letter, the cheapest test.)
    if noun.len() < 4 || adjective.as_bytes().first() != noun.as_bytes().first() {
        return false;
    }
    let base = noun
        .strip_suffix("us")
        .or_else(|| noun.strip_suffix("um"))
        .or_else(|| noun.strip_suffix(['a', 'e', 'o', 'y']))
        .unwrap_or(noun);
    adjective
        .strip_prefix(base)
        .is_some_and(|rest| ADJECTIVE_SUFFIXES.contains(&rest))
}

/// The gap `a..b` is a bracketed abbreviation ("(S)", "(MSCs)") whose capitals are initials,
/// in order, of the few words before the bracket.
fn abbreviates_before(toks: &[Tok<'_>], a: usize, b: usize) -> bool {
    if b != a + 1 || a < 2 || !toks[a - 1].is("(") || !toks.get(b).is_some_and(|t| t.is(")")) {
        return false;
    }
    let word = toks[a].text.trim_end_matches('s');
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let initials: Vec<char> = toks[a.saturating_sub(7)..a - 1]
        .iter()
        .filter(|t| !t.punct)
        .filter_map(|t| t.lower.chars().next())
        .collect();
    let mut wanted = word.chars().map(|c| c.to_ascii_lowercase()).peekable();
    for c in initials {
        if wanted.peek() == Some(&c) {
            wanted.next();
        }
    }
    wanted.peek().is_none()
}

/// Words between two mentions that make the second an instance or another name of the
/// first, not a second thing: "a [semipermeable membrane], such as the cell membrane", "a
/// [weak acid], called carbonic acid", "the [plasma membrane], or cell membrane".
fn names_again(between: &[Tok<'_>]) -> bool {
    between.iter().enumerate().any(|(i, t)| {
        matches!(
            &*t.lower,
            "such" | "like" | "including" | "called" | "named" | "known" | "termed" | "especially"
        ) || t.is(",") && between.get(i + 1).is_some_and(|n| n.is("or"))
    })
}

/// A word that tells one thing of a kind from another ("sodium" ions, "oceanic" crust): a
/// content word, no verb, no number, no pointer.
fn contrasts(t: &Tok<'_>) -> bool {
    !t.punct
        && t.word().is_content()
        && !t.word().is_vague()
        && (!t.is_verb() || t.is_noun_like())
        && !lexicon::is_number_word(&t.lower)
        && !t.text.starts_with(|c: char| c.is_ascii_digit())
        // "a [warmer wire]": a degree compared, guessed from the other side.
        && !t.word().is_evaluative()
        && !lexicon::is_comparative(&t.lower)
        && !lexicon::is_superlative(&t.lower)
}

/// "where warm mantle material [rises],", "as the plates [meet]": in a clause opened by a
/// subordinator, the last word of a run that agrees with the noun before it as a verb does
/// (an -s form after a singular, a base form after a plural) is the clause's verb, not part of
/// its subject. `i` starts the run, `j` is the word asked about.
fn ends_subordinate_clause(
    toks: &[Tok<'_>],
    i: usize,
    j: usize,
    in_chunk: &impl Fn(usize) -> bool,
) -> bool {
    let w = &*toks[j].lower;
    let prev = &*toks[j - 1].lower;
    let agrees = match toks[j].verb_base() {
        Some(base) if base != w => {
            w.ends_with('s') && !w.ends_with("ss") && !facts::looks_plural(prev)
        }
        Some(_) => facts::looks_plural(prev),
        None => false,
    };
    // A verb or auxiliary after it ("when rock layers [fold]") makes the word a noun.
    if !agrees
        || toks.get(j + 1).is_some_and(|n| {
            in_chunk(j + 1) || !n.punct && (n.is_verb() || lexicon::is_auxiliary(&n.lower))
        })
    {
        return false;
    }
    // The subordinator, right before the run or one or two words before it.
    let mut k = i;
    while k > 0 && i - k < 2 {
        k -= 1;
        let t = &toks[k];
        if matches!(
            &*t.lower,
            "where"
                | "when"
                | "if"
                | "because"
                | "while"
                | "since"
                | "until"
                | "once"
                | "unless"
                | "whereas"
                | "although"
                | "though"
        ) {
            return true;
        }
        // "As the plates [move], ..."; not "such as rock [falls]", "known as ...".
        if t.is("as") {
            return k == 0 || toks[k - 1].punct;
        }
        // ("where warm [mantle material] rises": an adjective before the run.)
        if t.punct || t.word().is_function_word() && !lexicon::is_article_or_possessive(&t.lower) {
            return false;
        }
    }
    false
}

/// Noun-phrase chunks: maximal runs of content words that are not used as verbs, as token
/// ranges. Hyphens and apostrophes inside a run are kept.
pub fn chunks(toks: &[Tok<'_>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let in_chunk = |k: usize| {
            let t = &toks[k];
            // After "to" or a modal the word is a verb ("to undo", "can dissolve").
            // ("changed to [carbon dioxide]", "prior to [birth]": after a verb that does not
            // take an infinitive, or an adjective that takes "to", a noun follows.)
            let after_verb_marker = k > 0
                && (toks[k - 1].is("to")
                    && !t.word().is_determiner()
                    && (t.is_verb()
                        || k < 2
                        || !to_takes_noun(&toks[k - 2])
                        || toks
                            .get(k + 1)
                            .is_some_and(|n| n.word().is_determiner() || n.word().is_pronoun()))
                    || lexicon::is_modal(&toks[k - 1].lower));
            !t.punct
                && t.word().is_content()
                && !after_verb_marker
                && !matches!(
                    &*t.lower,
                    "called"
                        | "known"
                        | "named"
                        | "termed"
                        | "including"
                        | "includes"
                        | "include"
                        // "from a distance [using] satellites": a preposition's work.
                        | "using"
                )
                && (!t.is_verb() || facts::used_as_noun(toks, k))
                // "need at [least] 65 cm": "at least" bounds the number after it.
                && !(t.is("least") && k > 0 && toks[k - 1].is("at"))
                // "an n-type semiconductor [consists] of", "a gradient [exists]": never a noun.
                && !lexicon::is_verb_only_s_form(&t.lower)
                // "only 10,000 humans [survived] worldwide": a past form after a plural noun is
                // its verb, or a participle opening a phrase of its own ("rocks exposed at").
                && !(k > 0
                    && t.lower.len() > 5
                    && t.lower.ends_with("ed")
                    && !t.lower.ends_with("eed")
                    && toks[k - 1].lower.ends_with('s')
                    && !toks[k - 1].lower.ends_with("ss")
                    && toks[k - 1].word().is_content())
                // "by puberty about 40,000 [remain].": a base form after a number, ending the
                // clause, is the number's verb.
                // (Not "plus 1 [charge]": the number is a count, "about" or "only" before it.)
                && !(k > 1
                    && toks[k - 1].lower.starts_with(|c: char| c.is_ascii_digit())
                    && (lexicon::is_approximator(&toks[k - 2].lower)
                        || matches!(&*toks[k - 2].lower, "only" | "just"))
                    && t.verb_base() == Some(&*t.lower)
                    && toks.get(k + 1).is_none_or(|n| n.punct))
                // "Scientists [question] whether ...": after a noun, before "whether", a verb.
                && !(k > 0
                    && toks[k - 1].word().is_content()
                    && toks.get(k + 1).is_some_and(|n| n.is("whether")))
                // "sediment [parallel] to the shore", "energy [due] to gravity": an adjective
                // that takes "to" ends the noun before it.
                && !toks.get(k + 1).is_some_and(|n| {
                    lexicon::takes_preposition(&t.lower, &n.lower)
                        || k > 0
                            && lexicon::trails_noun(&t.lower, &n.lower)
                            && toks[k - 1].is_noun_like()
                })
        };
        if !in_chunk(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // The run ends on the verb of a subordinate clause, which is no chunk of its own.
        let mut clause_verb = false;
        while j < toks.len() && in_chunk(j) {
            let w = &*toks[j].lower;
            // "liquid becoming hot": a participle with an object after a noun starts a clause;
            // "chemical weathering can occur" keeps its gerund.
            // ("[Gravitational lensing] occurs": before a verb in -s, it is the head noun.)
            if w.ends_with("ing")
                && w.len() > 5
                && toks.get(j + 1).is_some_and(|n| {
                    !(n.punct
                        || n.word().is_function_word()
                        || n.lower.ends_with('s') && n.is_verb())
                })
            {
                break;
            }
            // "changes direction [60 times]", "formed [4.6 billion years] ago", "reach the egg
            // [two different ways]": a number after a word opens the quantity it counts.
            let prev = &*toks[j - 1].lower;
            let numeral = toks[j].text.starts_with(|c: char| c.is_ascii_digit())
                // ("CHAPTER SUMMARY 5.1 Components": a heading's number.)
                && toks[j - 1].text.chars().any(|c| c.is_lowercase())
                && toks.get(j + 1).is_some_and(|n| {
                    facts::is_plain_plural(&n.lower)
                        || matches!(
                            &*n.lower,
                            "million" | "billion" | "thousand" | "hundred" | "percent" | "ma"
                        )
                });
            // (A number word counts the plural one or two words on.)
            let number_word = w != "one"
                && lexicon::is_number_word(w)
                && !lexicon::is_number_word(prev)
                && toks[j + 1..]
                    .iter()
                    .take(2)
                    .take_while(|n| !n.punct)
                    .any(|n| facts::is_plain_plural(&n.lower));
            if (numeral || number_word) && !lexicon::number_goes_on(prev) {
                // ("Animals in the phylum Chordata [share] four key features": a verb before
                // the number is no part of the phrase before it.)
                if number_word && j > i + 1 && toks[j - 1].is_verb() {
                    j -= 1;
                    clause_verb = true;
                }
                break;
            }
            if ends_subordinate_clause(toks, i, j, &in_chunk) {
                clause_verb = true;
                break;
            }
            // "a sperm fertilizes an egg": an -s word before an article is the verb.
            if w.ends_with('s')
                && toks
                    .get(j + 1)
                    .is_some_and(|n| matches!(&*n.lower, "a" | "an" | "the"))
            {
                break;
            }
            j += 1;
        }
        // "from an [earthquakes] focus": an -s word after "a" or "an" and before another noun
        // is a possessive that lost its apostrophe; the phrase is what it owns.
        let start = if j > i + 1
            && i > 0
            && matches!(&*toks[i - 1].lower, "a" | "an")
            && lost_possessive(&toks[i].lower)
        {
            i + 1
        } else if i > 0
            && toks[i - 1].is("in")
            && matches!(&*toks[i].lower, "vivo" | "vitro" | "situ" | "silico")
        {
            // "in vivo gene therapy", "in vitro fertilization": Latin, one term with its "in".
            i - 1
        } else {
            i
        };
        out.push((start, j));
        i = j + usize::from(clause_verb);
    }
    join_adjective_runs(toks, &mut out);
    out
}

/// An -s word (lower case) that may be a possessive whose apostrophe was lost
/// ("earthquakes", "persons"); not a singular that ends in -s ("gas", "virus", "series",
/// "physics", "biceps", "lens").
fn lost_possessive(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && ![
            "ss", "us", "is", "ies", "as", "os", "ics", "ceps", "lens", "means", "news",
        ]
        .iter()
        .any(|e| word.ends_with(e))
}

/// What follows an opening "the " or "The " ("the patients cells" -> "patients cells").
fn after_the(phrase: &str) -> Option<&str> {
    phrase
        .get(..4)
        .filter(|the| the.eq_ignore_ascii_case("the "))
        .and_then(|_| phrase.get(4..))
}

/// A phrase that opens on a lower-case -s word, not a plain singular ([`lost_possessive`]),
/// followed by a word that is not a function word: "patients cells", "rocks rupture" (not
/// "protons and electrons", "blades of the fan", "gas clouds", "parts used in", "degrees
/// Celsius", "farmers always", nor a possessive that kept its apostrophe: "object's mass").
fn owner_before_noun(phrase: &str) -> bool {
    // (Cheap first: the first word's last letter, found without splitting the phrase.)
    let Some(space) = phrase.as_bytes().iter().position(|&b| b == b' ') else {
        return false;
    };
    let first = &phrase[..space];
    if !first.ends_with('s')
        || !first.bytes().all(|b| b.is_ascii_lowercase())
        || !lost_possessive(first)
    {
        return false;
    }
    let mut words = phrase[space + 1..].split(' ');
    words.next().is_some_and(|second| {
        // ("degrees Celsius": a name after it; not an acronym, "the cells DNA".)
        if second.starts_with(|c: char| c.is_uppercase())
            && second.chars().skip(1).any(char::is_lowercase)
        {
            return false;
        }
        let second = lexicon::lowercase(second);
        // ("the parts used in ...", "layers based on", "tentacles bearing cnidocytes": a
        // participle opens a phrase of its own, as a preposition does: "fields before".)
        // ("farmers always plowed": an adverb.) A participle that ends the phrase is cut from
        // its own: "the [axons projecting] to".
        !lexicon::is_function_word(&second)
            && !lexicon::is_preposition(&second)
            && !lexicon::is_subordinator(&second)
            && !lexicon::is_adverb(&second)
            && !(words.next().is_some()
                && (lexicon::is_participle(&second)
                    || second.len() > 4 && (second.ends_with("ed") || second.ends_with("ing"))))
    })
}

/// A gap that opens on, or holds, an -s word before another word, a possessive that lost its
/// apostrophe or a subject and its verb ([`owner_before_noun`], [`owner_opens_sentence`],
/// [`owner_inside`]); `before` is the word before the gap, `None` at the sentence's start.
fn owner_gap(phrase: &str, before: Option<&str>) -> bool {
    owner_before_noun(phrase) && !before.is_some_and(names_subject)
        || before.is_none() && owner_opens_sentence(phrase)
        || owner_inside(phrase) && !before.is_some_and(opens_reason)
}

/// A word after which an -s word is a verb, not a noun: a pronoun or relative that is its
/// subject, or an adverb ("it [regains potential energy]", "that [denatures proteins]", "the egg
/// finally [completes meiosis]").
fn names_subject(word: &str) -> bool {
    let w = lexicon::lowercase(word);
    matches!(&*w, "that" | "which" | "who")
        || !lexicon::is_determiner(&w)
            && (lexicon::is_pronoun(&w)
                || lexicon::is_adverb(&w)
                || w.len() > 4 && w.ends_with("ly"))
}

/// "because" or "since", after which a gap may hide the whole reason, its verb too: "Fires start
/// because [seismic waves rupture gas and electrical lines]".
fn opens_reason(word: &str) -> bool {
    word.eq_ignore_ascii_case("because") || word.eq_ignore_ascii_case("since")
}

/// [`owner_before_noun`] after the phrase's first word: "The [energy knocks electrons loose]",
/// "[Builders zigzag pipes]": a verb in -s, or an owner, inside what reads as one noun phrase.
fn owner_inside(phrase: &str) -> bool {
    // (Cheap first: most phrases have no -s word before another word.)
    if !phrase.as_bytes().windows(2).any(|w| w == b"s ") {
        return false;
    }
    let mut offset = 0;
    let mut prev = None;
    for word in phrase.split(' ') {
        let rest = &phrase[offset..];
        offset += word.len() + 1;
        let Some(last) = prev.replace(word) else {
            continue;
        };
        if offset > phrase.len()
            || !word.bytes().all(|b| b.is_ascii_lowercase())
            || !lost_possessive(word)
        {
            continue;
        }
        // ("[65.5 million years ago]", "[100 kilometers thick]": a counted plural.)
        let counted = last.starts_with(|c: char| c.is_ascii_digit()) || {
            let last = lexicon::lowercase(last);
            matches!(
                &*last,
                "million" | "billion" | "thousand" | "hundred" | "dozen" | "several" | "many"
            ) || lexicon::is_number_word(&last)
        };
        // ("Clostridium [perfringens] bacteria": a species after its genus.)
        let genus = last.len() > 2
            && last.starts_with(char::is_uppercase)
            && last.chars().skip(1).all(char::is_lowercase);
        if !counted && !genus && owner_before_noun(rest) {
            return true;
        }
    }
    false
}

/// [`owner_before_noun`] at the start of a sentence, where the -s word is capitalized
/// ("Builders zigzag pipes"); not a name before a name ("Andes Mountains").
fn owner_opens_sentence(phrase: &str) -> bool {
    // (Read without lower-casing first: most opening words are no -s word.)
    phrase.split_once(' ').is_some_and(|(first, rest)| {
        first.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && lost_possessive(first)
            && owner_before_noun(&[&lexicon::lowercase(first), " ", rest].concat())
    })
}

/// "hot, solid rock", "a beautiful, classic, cone-shaped volcano": lone adjectives before
/// commas and the rest of one noun phrase are one chunk. Not the items of a list ("water,
/// carbon dioxide, and nitrogen"), which an "and" or "or" closes.
fn join_adjective_runs(toks: &[Tok<'_>], chunks: &mut Vec<(usize, usize)>) {
    let mut k = 0;
    while k < chunks.len() {
        let (first, _) = chunks[k];
        let opens = first == 0 || {
            let before = toks[first - 1].word();
            before.is_determiner() || before.is_preposition()
        };
        // Single words, each followed by a comma and the next chunk.
        let mut last = k;
        while opens
            && last + 1 < chunks.len()
            && chunks[last].1 == chunks[last].0 + 1
            && chunks[last].1 + 1 == chunks[last + 1].0
            && toks[chunks[last].1].is(",")
        {
            last += 1;
        }
        let (end_start, end) = chunks[last];
        let closes = last > k
            && end >= end_start + 2
            && !toks
                .get(end)
                .is_some_and(|t| matches!(&*t.lower, "," | "and" | "or"))
            && !chunks[k + 1..=last]
                .iter()
                .any(|&(a, _)| opens_no_adjective_run(&toks[a]))
            && !comma_closes_lead(toks, first, end);
        if closes {
            chunks[k].1 = end;
            chunks.drain(k + 1..=last);
        }
        k += 1;
    }
}

/// A word that starts no later part of an adjective run: a number ("mitosis, [two] nuclei") or
/// a participle ("the bottom, [creating] friction").
fn opens_no_adjective_run(t: &Tok<'_>) -> bool {
    lexicon::is_number_word(&t.lower)
        || t.lower.starts_with(|c: char| c.is_ascii_digit())
        || t.lower.ends_with("ing") && t.is_verb()
}

/// "During mitosis, two nuclei must form", "Once chyme enters the cecum, colon movements
/// begin": the comma before the phrase that ends at `end` closes an opening phrase or clause,
/// not a run of adjectives, when the main verb follows that phrase (past adverbs and a
/// bracket) and the sentence opened with a preposition or subordinator, or had a verb before
/// `first`.
fn comma_closes_lead(toks: &[Tok<'_>], first: usize, end: usize) -> bool {
    let mut k = end;
    if toks.get(k).is_some_and(|t| t.is("(")) {
        k = toks[k..]
            .iter()
            .position(|t| t.is(")"))
            .map_or(k, |p| k + p + 1);
    }
    while toks
        .get(k)
        .is_some_and(|t| !t.punct && t.word().is_adverb())
    {
        k += 1;
    }
    let verb_follows = toks.get(k).is_some_and(|t| {
        !t.punct && (t.is_verb() || t.word().is_auxiliary() || lexicon::is_modal(&t.lower))
    });
    verb_follows
        && (toks[0].word().is_preposition()
            || toks[0].word().is_subordinator()
            || toks[..first]
                .iter()
                .any(|t| t.is_verb() && !t.lower.ends_with("ed")))
}

/// "to" after `before` is a preposition: after a verb that takes no infinitive ("changes to",
/// "leads to", "reacts to") or an adjective that takes "to" ("prior to", "due to").
fn to_takes_noun(before: &Tok<'_>) -> bool {
    lexicon::takes_preposition(&before.lower, "to")
        || before
            .verb_base()
            .is_some_and(|base| !before.lower.ends_with("ing") && !lexicon::takes_infinitive(base))
}

/// A word that makes an idiom with "in" before it ("in [addition]", "in [fact]", "divides in
/// [half]", "held in [place]", "have in [common]"): it says how, not a thing to recall.
fn in_idiom(word: &str) -> bool {
    matches!(
        word,
        "addition"
            | "fact"
            | "general"
            | "particular"
            | "order"
            | "turn"
            | "half"
            | "place"
            | "two"
            | "time"
            | "part"
            | "common"
    )
}

/// A word that makes an idiom with "into" before it ("put into [operation]", "come into
/// [contact]"): it says how, not a thing to recall.
fn into_idiom(word: &str) -> bool {
    matches!(
        word,
        "operation"
            | "effect"
            | "action"
            | "practice"
            | "use"
            | "service"
            | "being"
            | "existence"
            | "play"
            | "contact"
            | "account"
            | "focus"
    )
}

/// "When you blow up the [balloon], ...", "If you take a trip out of [Las Vegas] ...": a phrase
/// in a condition the reader is put in (a clause opened by "if", "when" ... before "you" or
/// "we") is part of a demonstration, not a fact to recall. `a` is the phrase's first token.
fn in_readers_condition(toks: &[Tok<'_>], a: usize) -> bool {
    let start = toks[..a]
        .iter()
        .rposition(|t| t.is(",") || t.is(";") || t.is(":"))
        .map_or(0, |k| k + 1);
    // "So if you ...", "so energy-intensive that if you recycle just [40 aluminum cans]": the
    // opening may come further in, but not "as" ("Science as we know it" is no condition).
    toks[start..a].windows(2).enumerate().any(|(k, pair)| {
        matches!(&*pair[1].lower, "you" | "we")
            && matches!(
                &*pair[0].lower,
                "if" | "when" | "as" | "once" | "while" | "before" | "after" | "until" | "unless"
            )
            && (k == 0 || !pair[0].is("as"))
    })
}

/// "the strongest magnets made", "the largest animals known": a phrase that ends in a past
/// participle standing for a relative clause ("that were ever made"). Asked as "What are the
/// strongest magnets made?", it reads as a passive asking what they are made of.
/// ("the region where protons are also found": a relative clause with its verb is asked as it
/// reads.)
fn ends_in_bare_participle(phrase: &str) -> bool {
    let mut words = phrase
        .split_whitespace()
        .rev()
        .map(|w| lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())));
    words
        .next()
        .is_some_and(|last| lexicon::is_participle(&last))
        && words.all(|w| {
            !lexicon::is_auxiliary(&w)
                && !lexicon::is_be(&w)
                && !matches!(w.as_ref(), "that" | "which" | "who" | "where" | "when")
        })
}

/// "Bacteria also have [two additional unique features]: a cell wall and flagella", "[two
/// features] labeled - the focus and the epicenter": the items after the colon or dash are the
/// point, not their count. `rest` is the sentence from the phrase on.
fn counts_listed_items(phrase: &str, rest: &str) -> bool {
    phrase
        .split_whitespace()
        .next()
        .map(lexicon::lowercase)
        .is_some_and(|w| lexicon::is_number_word(&w) || w == "several")
        && (rest.contains(':') || rest.contains(" - "))
}

/// "a magnitude 9.0" -> ("magnitude", "9.0"): a measure given by a label and its number, which
/// a question asks for by its label ("What magnitude was the quake?" -> "9.0").
fn labelled_number(answer: &str) -> Option<(&str, &str)> {
    let mut words = answer.split_whitespace();
    let (article, label, number) = (words.next()?, words.next()?, words.next()?);
    let labelled = matches!(article, "a" | "an")
        && matches!(
            label,
            "magnitude" | "category" | "grade" | "level" | "class" | "stage" | "force"
        )
        && words.next().is_none()
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    labelled.then_some((label, number))
}

/// "What does blood clotting involve?" asked of "three steps" -> ("How many steps does blood
/// clotting involve?", "three"): a count of a plural noun is asked as a count. Not a number
/// of times ("ten times" is how much), nor a phrase with more than a noun and its modifiers.
fn count_question(question: &str, answer: &str) -> Option<(String, String)> {
    let rest = question.strip_prefix("What ")?;
    let words: Vec<&str> = answer.split_whitespace().collect();
    let (&count, counted) = words.split_first()?;
    let numeral = count.starts_with(|c: char| c.is_ascii_digit())
        && count.bytes().all(|b| b.is_ascii_digit() || b == b',');
    let lower = |w: &str| lexicon::lowercase(w).into_owned();
    let head = lower(counted.last()?);
    let number_word = lower(count);
    let counts = (numeral || number_word != "one" && lexicon::is_number_word(&number_word))
        && (1..=3).contains(&counted.len())
        && facts::is_plain_plural(&head)
        && head != "times"
        && counted
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && counted[..counted.len() - 1]
            .iter()
            .all(|w| !lexicon::is_function_word(&lower(w)));
    counts.then(|| {
        (
            format!("How many {} {rest}", counted.join(" ")),
            count.to_owned(),
        )
    })
}

/// "What did the climate warm in?" asked of "early Miocene" -> "When did the climate warm?":
/// a time asked for after "in" or "during" is asked with "When".
fn when_question(question: &str, answer: &str) -> Option<String> {
    let rest = question.strip_prefix("What ")?;
    let rest = rest
        .strip_suffix(" in?")
        .or_else(|| rest.strip_suffix(" during?"))?;
    is_time(answer).then(|| format!("When {rest}?"))
}

/// A time or a stretch of time: a season, a month, an age of Earth's history ("early
/// Miocene", "the Jurassic period"), a year ("1906").
fn is_time(phrase: &str) -> bool {
    let Some(last) = phrase.split_whitespace().next_back() else {
        return false;
    };
    let lower = lexicon::lowercase(last.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let year = lower.len() == 4 && lower.bytes().all(|b| b.is_ascii_digit())
        || lower.len() == 5
            && lower.ends_with('s')
            && lower[..4].bytes().all(|b| b.is_ascii_digit());
    year || lower.ends_with("cene")
        || lower.ends_with("zoic")
        || matches!(
            lower.as_ref(),
            "spring"
                | "summer"
                | "autumn"
                | "winter"
                | "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "century"
                | "centuries"
                | "decade"
                | "decades"
                | "era"
                | "epoch"
                | "period"
                | "cambrian"
                | "ordovician"
                | "silurian"
                | "devonian"
                | "carboniferous"
                | "permian"
                | "triassic"
                | "jurassic"
                | "cretaceous"
                | "precambrian"
        )
}

/// A unit of measure in the plural, as a count of it names one ("kilometers", "years").
fn is_unit_of_measure(word: &str) -> bool {
    matches!(
        word,
        "years"
            | "centuries"
            | "days"
            | "hours"
            | "minutes"
            | "seconds"
            | "miles"
            | "kilometers"
            | "kilometres"
            | "meters"
            | "metres"
            | "feet"
            | "tons"
            | "tonnes"
            | "degrees"
            | "kilograms"
            | "pounds"
            | "liters"
            | "litres"
            | "gallons"
    )
}

/// A unit of time after "each" or "every" ("month", "year").
fn is_time_unit(word: &str) -> bool {
    matches!(
        word,
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century"
    )
}

/// "Figure 1.2", "Table 3", "Fig. 10": a pointer into the document, never an answer.
fn is_reference(toks: &[Tok<'_>], a: usize, b: usize) -> bool {
    toks[a..b].iter().any(|t| {
        matches!(
            &*t.lower,
            "figure" | "fig" | "table" | "chapter" | "section" | "page" | "lesson" | "appendix"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`good_answer`] as first written, collecting the words: the reference for the one-pass
    /// version.
    fn reference_good_answer(answer: &str) -> bool {
        let words: Vec<Cow<'_, str>> = answer
            .split_whitespace()
            .map(|w| lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .filter(|w| !w.is_empty())
            .collect();
        let Some(last) = words.last() else {
            return false;
        };
        if answer.matches('(').count() != answer.matches(')').count()
            || answer.matches('"').count() % 2 == 1
            || answer.matches(',').count() == 1 && answer.contains(", and ")
        {
            return false;
        }
        // A lone verb form ("born", "see") is not a thing to recall.
        if words.len() == 1 && lexicon::is_verb(last) && !last.ends_with('s') {
            return false;
        }
        // Nor is a lone superlative or ordinal, or a gap starting at a number's scale.
        if words.len() == 1
            && (NEVER_ALONE.contains(&last.as_ref()) || lexicon::is_number_word(last))
        {
            return false;
        }
        // Nor a panel's letter.
        if answer.len() == 1 && answer.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        // Nor a phrase cut after its participle.
        if (2..=4).contains(&words.len()) && CUT_PARTICIPLES.contains(&last.as_ref()) {
            return false;
        }
        if NUMBER_SCALES.contains(&words[0].as_ref())
            || answer.starts_with("longer ")
            || matches!(
                words[0].as_ref(),
                "example" | "examples" | "figure" | "table" | "following"
            )
        {
            return false;
        }
        let between_them = last == "them"
            && words.len() >= 2
            && matches!(words[words.len() - 2].as_ref(), "between" | "among")
            && answer.contains(" and ");
        if lexicon::is_function_word(last) && !between_them || lexicon::is_adverb(last) {
            return false;
        }
        if lexicon::is_function_word(&words[0]) && !matches!(words[0].as_ref(), "the" | "a" | "an")
        {
            return false;
        }
        let content: Vec<&str> = words
            .iter()
            .map(|w| w.as_ref())
            .filter(|w| !lexicon::is_stop_word(w))
            .collect();
        if content.is_empty()
            || content
                .iter()
                .all(|w| lexicon::is_vague(w) || lexicon::is_evaluative(w))
            || matches!(content[0], "resulting" | "remaining")
        {
            return false;
        }
        // A lone participle or gerund ("anticipated", "showing") is a verb, not a thing to recall.
        !(content.len() == 1
            && words.len() == 1
            && (content[0].ends_with("ed") || content[0].ends_with("ing"))
            && content[0].len() > 5)
    }

    #[test]
    fn connectives_start_with_a_capital() {
        assert!(
            CONNECTIVES
                .iter()
                .all(|c| c.starts_with(|c: char| c.is_ascii_uppercase()) && c.len() >= 3)
        );
        assert!(MARKS.iter().all(|(pattern, _)| pattern.len() >= 3));
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        #[test]
        fn word_cues_read_the_words_as_split_does(
            words in prop::collection::vec(prop::sample::select(vec![
                "its", "they", "It", "them", "their", "cells", "(", "-", " ", ", ", "é", "Figure",
                "below", "Table", "tables",
            ]), 0..6)
        ) {
            let text = words.concat();
            let pieces = || text.split(|c: char| !c.is_alphanumeric());
            let inner_pronoun = pieces()
                .skip(1)
                .any(|w| matches!(w, "its" | "they" | "their" | "them"));
            let figure = pieces().any(|w| matches!(w, "Figure" | "Table" | "below"));
            let cues = word_cues(&text);
            prop_assert_eq!(cues.inner_pronoun, inner_pronoun, "{}", text);
            prop_assert_eq!(cues.figure, figure, "{}", text);
        }

        #[test]
        fn word_count_counts_as_split_whitespace_does(text in "[ a\t\n\u{a0}\u{2003}é.,-]{0,40}") {
            prop_assert_eq!(word_count(&text), text.split_whitespace().count());
        }

        #[test]
        fn word_count_of_ascii_counts_as_split_whitespace_does(text in "[\\x00-\\x7f]{0,40}") {
            prop_assert_eq!(word_count(&text), text.split_whitespace().count());
        }

        #[test]
        fn marks_are_found_as_contains_finds_them(
            text in "[ (a-z)=.wvhuclrtb]{0,40}",
        ) {
            let find = |kind: Mark| {
                MARKS.iter().any(|&(p, mark)| mark == kind && text.contains(p))
            };
            prop_assert_eq!(marks(&text), (find(Mark::NotStatement), find(Mark::Figure)));
        }

        #[test]
        fn good_answer_matches_its_reference(words in prop::collection::vec(
            prop::sample::select(vec![
                "the", "A", "an", "of", "liver", "Cells", "cells", "is", "quickly", "showing",
                "anticipated", "born", "see", "causes", "type", "process", "promising", "(",
                ")", "\"", "(MSCs)", "3.5", "very", "Σ", "-", "and", "it", "important",
                "least", "first", "million", "percent", ",", "past", "based", "Two",
                "resulting", "Remaining",
            ]),
            0..6,
        )) {
            let answer = words.join(" ");
            prop_assert_eq!(good_answer(&answer), reference_good_answer(&answer), "{}", answer);
        }
    }

    fn sentence(text: &str) -> Sentence {
        Sentence {
            text: text.into(),
            paragraph: 0,
            position: 1,
        }
    }

    #[test]
    fn questions_are_well_formed() {
        assert_eq!(
            what_question("Liver cirrhosis", "is characterized by").as_deref(),
            Some("What is liver cirrhosis characterized by?")
        );
        assert_eq!(
            what_question("Stem cells", "secrete").as_deref(),
            Some("What do stem cells secrete?")
        );
        assert_eq!(
            what_question("Liver toxic shock", "is often caused by").as_deref(),
            Some("What is liver toxic shock often caused by?")
        );
        assert_eq!(
            what_question("MSCs", "can differentiate into").as_deref(),
            Some("What can MSCs differentiate into?")
        );
        assert_eq!(
            what_question("The virus", "causes").as_deref(),
            Some("What does the virus cause?")
        );
        // "have" with no participle after it is the verb, and takes "do".
        assert_eq!(
            what_question("Porphyry", "has large crystals").as_deref(),
            Some("What does porphyry have large crystals?")
        );
        assert_eq!(
            what_question("Cells", "had").as_deref(),
            Some("What did cells have?")
        );
        assert_eq!(
            what_question("Thunder and lightning", "have been seen in").as_deref(),
            Some("What have thunder and lightning been seen in?")
        );
        assert_eq!(
            what_question("Whales", "have evolved into").as_deref(),
            Some("What have whales evolved into?")
        );
        let got = pairs(
            "Porphyry has large crystals because the magma began to cool slowly.",
            None,
        );
        assert!(
            got.iter()
                .any(|(p, _)| p == "Why does porphyry have large crystals?"),
            "{got:?}"
        );
        // An adverb before a modal stays after the subject.
        assert_eq!(
            what_question("A quake", "today could produce").as_deref(),
            Some("What could a quake today produce?")
        );
        // What is going on in a picture is not asked.
        assert_eq!(what_question("The tablet", "is disappearing in"), None);
        assert_eq!(
            what_question("The ice cubes", "are slowly turning into"),
            None
        );
        assert_eq!(
            what_question("The ice", "is being melted by").as_deref(),
            Some("What is the ice being melted by?")
        );
    }

    #[test]
    fn that_after_a_preposition_points_back() {
        // "of that element": the element named before in the same sentence; the clause is
        // read past it to its main verb.
        let cards = pairs(
            "The smallest particle of an element that still has the properties of that element is the atom.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p
                == "What is the smallest particle of an element that still has the properties of that element?"
                && a == "the atom"),
            "{cards:?}"
        );
        // "of that magnitude", "of that plate boundary": named only in the sentence before,
        // which the card needs.
        for text in [
            "A quake of that magnitude today could produce an incredible amount of destruction and untold fatalities.",
            "The plate tectonic evolution of that plate boundary is complex and interesting.",
        ] {
            assert_eq!(pairs(text, None), Vec::new(), "{text}");
        }
        // What is left of a process told before.
        assert_eq!(
            pairs("The resulting organism will be genetically unique.", None),
            Vec::new()
        );
        // "The motion described": described before, in the sentence the card shows.
        let text = "The motion described creates a convection cell.";
        assert_eq!(pairs(text, None), Vec::new());
        let previous = "Hot material rises, cools and sinks again.";
        let cards = pairs(text, Some(previous));
        assert!(!cards.is_empty());
        assert!(
            cards.iter().all(|(p, _)| p.starts_with(previous)),
            "{cards:?}"
        );
        let previous =
            "The San Andreas Fault has grown where the Pacific and North American plates meet.";
        let cards = pairs(
            "The plate tectonic evolution of that plate boundary is complex and interesting.",
            Some(previous),
        );
        assert!(!cards.is_empty());
        assert!(
            cards.iter().all(|(p, _)| p.starts_with(previous)),
            "{cards:?}"
        );
    }

    #[test]
    fn the_subject_of_a_clause_after_a_verb_of_thinking_is_no_answer() {
        for (text, question) in [
            (
                "Before World War II, people thought the seafloor was completely flat.",
                "Before World War II, what did people think?",
            ),
            (
                "Scientists think the universe is expanding.",
                "What do scientists think?",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(cards.iter().all(|(p, _)| p != question), "{cards:?}");
        }
    }

    #[test]
    fn statements_that_look_like_pointers_or_instructions_are_asked() {
        // "be described in terms of" is no pointer to a later chapter.
        assert!(!marks("matter can be described in terms of physical properties.").0);
        assert!(marks("the causes will be described in detail in another chapter.").0);
        // A noun before a plural noun and a modal is a subject, not an instruction.
        assert!(
            answers(
                "Bond energies can be used to estimate the energy change of a chemical reaction.",
                None
            )
            .iter()
            .any(|a| a == "chemical reaction")
        );
    }

    #[test]
    fn writes_characteristic_question() {
        let cards = write_cards(
            0,
            &sentence(
                "Liver cirrhosis, a late-stage liver disease, is characterized by irreversible scarring and impaired liver function.",
            ),
            None,
        );
        assert!(
            cards
                .iter()
                .any(|c| c.prompt == "What is liver cirrhosis characterized by?"
                    && c.answer == "irreversible scarring and impaired liver function")
        );
    }

    #[test]
    fn a_second_predicate_of_the_same_form_ends_the_object() {
        let object = "rivers and lakes, fill estuaries, and bury coral reefs";
        assert_eq!(before_parallel_predicate(object, "clog"), Some(16));
        assert_eq!(&object[..16], "rivers and lakes");
        // A list of things is one object.
        assert_eq!(
            before_parallel_predicate("water, sunlight, and carbon dioxide", "need"),
            None
        );
        assert_eq!(before_parallel_predicate("blood", "pumps"), None);
    }

    #[test]
    fn core_answer_skips_vague_heads() {
        assert_eq!(core_answer("the amount of water vapor"), "water vapor");
        assert_eq!(core_answer("a measuring cup"), "measuring cup");
        // A count of a unit is the quantity; a count of things is still cut to the things.
        assert_eq!(
            core_answer("thousands of kilometers"),
            "thousands of kilometers"
        );
        assert_eq!(core_answer("millions of years"), "millions of years");
        assert_eq!(core_answer("thousands of species"), "species");
        // A bare number says nothing without its head.
        assert_eq!(
            core_answer("a base numbering system of 10"),
            "base numbering system of 10"
        );
        // A thing named after its "of" tail is the name.
        assert_eq!(
            core_answer("a region of the cell called the nucleoid"),
            "nucleoid"
        );
        // A letter whose lower case is longer than itself is no reason to panic.
        assert_eq!(
            core_answer("İİ sources of ñ water"),
            "İİ sources of ñ water"
        );
        // A second phrase of its own is not measured by the first one's head.
        assert_eq!(
            core_answer("the amount of charge on the particles and the distance between them"),
            "amount of charge on the particles and the distance between them"
        );
        assert_eq!(
            core_answer("the amount of water and salt"),
            "water and salt"
        );
        // What a thing becomes part of is not the whole it is part of.
        assert_eq!(
            core_answer("part of the liquid solution"),
            "part of the liquid solution"
        );
        // A list whose last item has a vague head is not cut to that item's tail.
        assert_eq!(
            core_answer("the thyroid gland, the liver, and some parts of the brain"),
            "thyroid gland, the liver, and some parts of the brain"
        );
    }

    #[test]
    fn cloze_never_hides_a_stop_word_or_whole_sentence() {
        let text = "The universe is expanding.";
        let toks = facts::tokenize(text);
        if let Some((_, phrase, _)) = key_phrase(text, &toks) {
            assert!(!lexicon::is_stop_word(&phrase.to_lowercase()));
            assert_ne!(phrase, "The universe is expanding");
        }
        // "none" is a pronoun: it ends no gap.
        let answers = answers(
            "Parental care for the young ranges from absolutely none to relatively prolonged care.",
            None,
        );
        assert!(!answers.iter().any(|a| a.contains("none")), "{answers:?}");
    }

    /// The answers of the cards written for one sentence.
    fn answers(text: &str, previous: Option<&str>) -> Vec<String> {
        pairs(text, previous).into_iter().map(|(_, a)| a).collect()
    }

    /// The (prompt, answer) pairs written for one sentence.
    fn pairs(text: &str, previous: Option<&str>) -> Vec<(String, String)> {
        let prev = previous.map(sentence);
        write_cards(1, &sentence(text), prev.as_ref())
            .into_iter()
            .map(|c| (c.prompt, c.answer))
            .collect()
    }

    #[test]
    fn an_exception_is_shown_with_what_it_is_an_exception_to() {
        let got = pairs(
            "One exception is the Yellowstone hotspot.",
            Some("Hotspot activity on continents is rare."),
        );
        assert!(
            got.iter().any(
                |(p, a)| p.starts_with("Hotspot activity on continents is rare. ")
                    && a == "Yellowstone hotspot"
            ),
            "{got:?}"
        );
        let got = pairs("The main exception is the Yellowstone hotspot.", None);
        assert!(
            !got.iter().any(|(p, _)| p.ends_with("exception?")),
            "{got:?}"
        );
    }

    #[test]
    fn an_object_cut_inside_its_list_is_not_asked() {
        let got = pairs(
            "An electrical grid is the entire electrical system that generates, transmits, and \
             distributes electric power throughout a region or country.",
            None,
        );
        assert!(
            !got.iter().any(|(_, a)| a.ends_with("transmits")),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(p, _)| p.ends_with("transmits?")),
            "{got:?}"
        );
        let got = pairs(
            "Today, organic compounds are key components of plastics, soaps, perfumes, \
             sweeteners, fabrics, pharmaceuticals, and many other substances.",
            None,
        );
        assert!(
            !got.iter().any(|(_, a)| a.ends_with("pharmaceuticals")),
            "{got:?}"
        );
        assert!(!got.is_empty());
    }

    #[test]
    fn what_holds_for_each_one_is_no_answer_but_the_term_is_still_recalled() {
        let got = pairs(
            "The source of energy differs for each type of living thing.",
            None,
        );
        assert!(
            !got.iter().any(|(p, _)| p.ends_with("differ for?")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(p, a)| p.contains("{{source of energy}}") && a == "source of energy"),
            "{got:?}"
        );
    }

    #[test]
    fn an_ed_verb_after_a_perfect_and_and_is_a_second_predicate() {
        let got = pairs(
            "The burning of fossil fuels has increased the greenhouse effect and caused global \
             climate change.",
            None,
        );
        assert!(
            got.iter().any(
                |(p, a)| p == "What has the burning of fossil fuels increased?"
                    && a == "greenhouse effect"
            ),
            "{got:?}"
        );
        // Not after a perfect: an -ed word before a noun is still an adjective.
        let got = pairs(
            "Cirrhosis is characterized by irreversible scarring and impaired liver function.",
            None,
        );
        assert!(
            got.iter()
                .any(|(_, a)| a == "irreversible scarring and impaired liver function"),
            "{got:?}"
        );
    }

    #[test]
    fn the_planet_as_a_place_is_a_worse_gap() {
        // "on the [Earth]": every learner knows where; the count is the better gap.
        let got = pairs("Scientists count about 50 hot spots on the Earth.", None);
        assert!(
            got.iter()
                .any(|(p, a)| a == "50 hot spots" && p.ends_with("on the Earth.")),
            "{got:?}"
        );
    }

    #[test]
    fn a_verb_form_after_an_article_and_before_of_is_a_noun() {
        // "The change of ...", "The flow of ...": the subject is named, not pointed back at.
        for (text, prompt, answer) in [
            (
                "The change of a liquid to a gas is called evaporation.",
                "What is the change of a liquid to a gas called?",
                "evaporation",
            ),
            (
                "The flow of electrons is called electric current.",
                "What is the flow of electrons called?",
                "electric current",
            ),
            // A process named by its gerund.
            (
                "Touching a charged object to the earth is called grounding.",
                "What is touching a charged object to the earth called?",
                "grounding",
            ),
            // A known verb's gerund, and "other" after "or" that points at nothing before.
            (
                "The process in which rocks or other solids change to liquids is called melting.",
                "What is the process in which rocks or other solids change to liquids called?",
                "melting",
            ),
        ] {
            let got = pairs(text, None);
            assert!(
                got.iter().any(|(p, a)| p == prompt && a == answer),
                "{text}: {got:?}"
            );
        }
        assert!(!starts_with_anaphor("The change of a liquid to a gas"));
        // With no "of", such a word still points back at what was said before.
        assert!(starts_with_anaphor("The result is a volcanic winter."));
        assert!(starts_with_anaphor(
            "The result was a 6- to 10-year volcanic winter."
        ));
        // "formed overnight": an adverb of time, no object.
        let got = pairs(
            "They formed overnight when warm moist air came into contact with the web.",
            Some("The drops of water on the spider web are dewdrops."),
        );
        assert!(!got.iter().any(|(_, a)| a == "overnight"), "{got:?}");
        // "from other organisms": other than the subject; "organisms" alone is no answer.
        let got = pairs(
            "Mushrooms and other fungi obtain energy from other organisms.",
            None,
        );
        assert!(!got.iter().any(|(_, a)| a == "organisms"), "{got:?}");
    }

    #[test]
    fn a_comma_closing_an_opening_phrase_joins_no_adjective_run() {
        for (text, bad) in [
            (
                "During mitosis, two nuclei (plural for nucleus) must form.",
                "mitosis, two nuclei",
            ),
            (
                "Once chyme enters the cecum, colon movements begin.",
                "cecum, colon movements",
            ),
            (
                "In the process of meiosis, paired chromosomes normally separate from each other.",
                "meiosis, paired chromosomes",
            ),
            (
                "Waves start to drag on the shallow bottom, creating friction.",
                "shallow bottom, creating friction",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(!cards.iter().any(|(_, a)| a == bad), "{text}: {cards:?}");
        }
        assert!(
            pairs(
                "Waves start to drag on the shallow bottom, creating friction.",
                None
            )
            .iter()
            .any(|(_, a)| a == "shallow bottom")
        );
        // Adjectives joined by a comma before one noun stay one phrase.
        for (text, run) in [
            (
                "The dense, iron core forms the center of the Earth.",
                "dense, iron core",
            ),
            (
                "Globular clusters have a definite, spherical shape.",
                "definite, spherical shape",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(cards.iter().any(|(_, a)| a == run), "{text}: {cards:?}");
        }
    }

    #[test]
    fn a_verb_before_an_adjective_and_its_noun_is_no_part_of_the_gap() {
        let cards = pairs(
            "But these archea form mutualistic relationships with their host.",
            Some("Some archaea do live within other organisms."),
        );
        assert!(cards.iter().all(|(_, a)| !a.contains("form")), "{cards:?}");
        assert!(
            cards.iter().any(|(_, a)| a == "mutualistic relationships"),
            "{cards:?}"
        );
    }

    #[test]
    fn the_name_after_an_object_is_asked_on_its_own() {
        let cards = pairs(
            "Cinder cones are composed of small fragments of rock, called cinders.",
            None,
        );
        assert!(cards.contains(&(
            "What are cinder cones composed of?".into(),
            "small fragments of rock".into()
        )));
        assert!(cards.contains(&(
            "What are small fragments of rock called?".into(),
            "cinders".into()
        )));
        let cards = pairs(
            "ROM (read-only memory) is a microchip that provides permanent storage.",
            None,
        );
        assert!(cards.contains(&(
            "What does the abbreviation ROM stand for?".into(),
            "read-only memory".into()
        )));
    }

    #[test]
    fn that_there_was_a_conclusion_is_no_answer() {
        let cards = pairs(
            "Later, Aristotle came to the conclusion that matter could be infinitely divided.",
            None,
        );
        assert!(!cards.iter().any(|(_, a)| a == "conclusion"), "{cards:?}");
        assert!(
            pairs(
                "There was only one conclusion he could draw from this.",
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn a_place_said_to_be_where_something_happens_is_asked_back() {
        let cards = pairs("The nucleus is where cells store their DNA.", None);
        assert!(
            cards.contains(&(
                "Where do cells store their DNA?".into(),
                "The nucleus".into()
            )),
            "{cards:?}"
        );
        let cards = pairs(
            "The centromere is also where spindle fiber microtubules attach during mitosis.",
            None,
        );
        assert!(
            cards.contains(&(
                "Where do spindle fiber microtubules attach during mitosis?".into(),
                "The centromere".into()
            )),
            "{cards:?}"
        );
        // A clause about a pronoun names nothing to ask with.
        let cards = pairs("The mantle is where it is hottest.", None);
        assert!(
            !cards.iter().any(|(q, _)| q.starts_with("Where")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_statement_before_a_numbered_list_stands_without_it() {
        // Ending in a noun, it is whole: asked with a full stop, not a colon.
        let cards = pairs(
            "Bacteria can be identified and classified by their shape:",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p.ends_with("by their shape.") && a == "Bacteria"),
            "{cards:?}"
        );
        assert!(cards.iter().all(|(p, _)| !p.contains(':')), "{cards:?}");
        // Ending in what leads into the list, it says nothing without it.
        assert_eq!(
            pairs("Two methods of asexual reproduction are:", None),
            Vec::new()
        );
        assert_eq!(
            pairs("The most important body parts of fungi include:", None),
            Vec::new()
        );
    }

    #[test]
    fn a_definition_too_long_to_ask_still_recalls_its_term() {
        let text = "An alkyl halide is an organic compound in which one or more halogen atoms \
                    are substituted for one or more hydrogen atoms in a hydrocarbon.";
        let cards = pairs(text, None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| a == "alkyl halide" && p.starts_with("An {{alkyl halide}} is")),
            "{cards:?}"
        );
        // The definition itself is too long to recall: it is not asked.
        assert!(
            cards.iter().all(|(p, _)| p != "What is an alkyl halide?"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_pointer_at_a_thing_the_sentence_names_needs_no_sentence_before() {
        let text = "Astronomers who study the expansion of the universe are interested in \
                    knowing the rate of that expansion.";
        assert!(!pairs(text, None).is_empty());
        // Pointing at what the sentence does not name, it needs the one before.
        let text = "Astronomers are interested in knowing the rate of that expansion.";
        assert_eq!(pairs(text, None), Vec::new());
    }

    #[test]
    fn an_abbreviation_its_words_spell_is_no_gap() {
        let text = "The synthesis phase (S): The DNA is replicated during this phase.";
        assert!(answers(text, None).iter().all(|a| a != "S"));
        let text = "Something has to make sure the cell stays intact in a watery place.";
        assert!(answers(text, None).iter().all(|a| a != "sure"));
    }

    #[test]
    fn a_name_given_may_be_most_of_its_sentence() {
        let previous = "After these particles leave, the remaining liquid has less energy, so it \
                        is cooler.";
        let cards = pairs("This is called evaporative cooling.", Some(previous));
        assert!(
            cards.iter().any(|(p, a)| a == "evaporative cooling"
                && p.starts_with(previous)
                && p.ends_with("This is called {{evaporative cooling}}.")),
            "{cards:?}"
        );
    }

    #[test]
    fn as_long_as_is_no_gap() {
        let text = "Diffusion can occur across a semipermeable membrane, such as the cell \
                    membrane, as long as a concentration gradient exists.";
        let cards = answers(text, None);
        assert!(!cards.is_empty());
        assert!(cards.iter().all(|a| a != "long"), "{cards:?}");
        let cards = answers(
            "In the winter, the air is likely to be as cold as the ground.",
            None,
        );
        assert!(cards.iter().all(|a| a != "cold"), "{cards:?}");
    }

    #[test]
    fn a_gap_glued_to_the_word_beside_it_is_refused() {
        let text = "Olivine has iron and magnesium, (Mg, Fe)2 SiO4.";
        let at = text.find("2 SiO4").unwrap_or_default();
        assert_eq!(cloze(text, at, "2 SiO4"), None);
        let text = "Many metals—including copper and steel—are good conductors.";
        let at = text.find("copper").unwrap_or_default();
        assert_eq!(cloze(text, at, "copper and steel—"), None);
        // A gap between spaces or before a mark stands.
        assert!(cloze(text, at, "copper").is_some());
    }

    #[test]
    fn a_place_said_here_needs_the_sentence_that_names_it() {
        let text = "The plates did not rift apart here but left a weakness in the lithosphere.";
        assert_eq!(pairs(text, None), Vec::new());
        let previous = "The New Madrid Seismic Zone lies in the middle of the continent.";
        let cards = pairs(text, Some(previous));
        assert!(!cards.is_empty());
        assert!(
            cards.iter().all(|(p, _)| p.starts_with(previous)),
            "{cards:?}"
        );
        // "shown here", "listed here": the page's own picture or table.
        let cards = pairs(
            "Human chromosomes are shown here arranged by size.",
            Some("Humans have 23 pairs of chromosomes."),
        );
        assert_eq!(cards, Vec::new());
        // "read below", "described above": another part of the page.
        let cards = pairs(
            "You can read below how doorbells and electric motors use electromagnets.",
            Some("Most electric devices that have moving parts contain electric motors."),
        );
        assert_eq!(cards, Vec::new());
    }

    #[test]
    fn what_the_reader_has_done_is_no_fact() {
        for text in [
            "We have all heard of viruses.",
            "You have probably seen a rainbow after a storm.",
            "Youve probably been using a ruler since you were in elementary school.",
        ] {
            assert_eq!(pairs(text, None), Vec::new(), "{text}");
        }
        let text = "Diseases you have probably been vaccinated against include measles and mumps.";
        assert!(!pairs(text, None).is_empty());
        assert!(!pairs("Scientists have discovered thousands of exoplanets.", None).is_empty());
    }

    #[test]
    fn a_time_after_in_is_asked_with_when() {
        let cards = pairs("The climate warmed in the early Miocene.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "When did the climate warm?" && a == "early Miocene"),
            "{cards:?}"
        );
        assert_eq!(
            when_question("What do squall lines form in?", "spring and early summer"),
            Some("When do squall lines form?".to_owned())
        );
        assert_eq!(
            when_question("What does magma collect in?", "magma chambers"),
            None
        );
        assert_eq!(
            when_question("What was the quake in?", "1906"),
            Some("When was the quake?".to_owned())
        );
    }

    #[test]
    fn misreadings_of_tables_hedges_and_conditions_are_not_cards() {
        let table = "Non-renewable Non-renewable Common Object Natural Resources Used \
                     Electronic Appliances (TVs, computers, DVD players, cell phones, etc.)";
        assert_eq!(pairs(table, None), Vec::new());
        let cards = pairs(
            "A landslide is more likely if the soil has become wet.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, _)| p == "When is a landslide more likely?"),
            "{cards:?}"
        );
        let cards = pairs(
            "The San Andreas Fault is perhaps the worlds most famous transform fault.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.contains("perhaps?")),
            "{cards:?}"
        );
        // "such an environment": a kind named before; with no sentence before, no card.
        let text = "Obviously, the cell could not survive in such an environment.";
        assert_eq!(pairs(text, None), Vec::new());
        let cards = pairs(
            "As rock breaks into smaller pieces, the surface area of the pieces increases Figure 1.5.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| !a.contains("Figure")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_subject_that_is_part_of_it_needs_the_sentence_before() {
        assert_eq!(
            pairs(
                "At Brazil, some of it goes north and some goes south.",
                None
            ),
            Vec::new()
        );
        // What a thing is not has many answers; "years ago" with no number says nothing.
        let text = "Mucous membranes arent tough like skin.";
        let at = text.find("tough").unwrap_or_default();
        assert_eq!(cloze(text, at, "tough"), None);
        let cards = pairs(
            "All organisms evolved from a common ancestor that lived billions of years ago.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "years ago"), "{cards:?}");
    }

    #[test]
    fn a_name_after_the_gap_and_a_count_of_what_follows_are_not_answers() {
        let text = "They release chemicals called clotting factors.";
        let at = text.find("chemicals").unwrap_or_default();
        assert_eq!(cloze(text, at, "chemicals"), None);
        let text = "An English scientist named Michael Faraday found it.";
        let at = text.find("English").unwrap_or_default();
        assert_eq!(cloze(text, at, "English scientist"), None);
        let text = "Living cells need organic molecules, known as nucleic acids, to store it.";
        let at = text.find("organic").unwrap_or_default();
        assert_eq!(cloze(text, at, "organic molecules"), None);
        assert!(!good_answer("three things"));
        assert!(!good_answer("Two ways"));
        assert!(!good_answer("resulting organism"));
        assert!(!good_answer("the remaining liquid"));
        assert!(good_answer("three stages"));
        let cards = pairs(
            "Surface currents are created by three things: wind, the rotation of the Earth and the shape of the basins.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "three things"), "{cards:?}");
    }

    #[test]
    fn a_likeness_is_not_asked_as_what_a_thing_is() {
        let cards = pairs("Neurons are a little like relay runners.", None);
        assert!(
            cards
                .iter()
                .all(|(p, _)| !p.starts_with("What are neurons")),
            "{cards:?}"
        );
        assert!(is_likeness("much like a pump"));
        let text = "Ribosomes are like the machines in the factory.";
        let at = text.find("machines").unwrap_or_default();
        assert_eq!(cloze(text, at, "machines"), None);
        // "[...] are a little like relay runners" asks for the thing itself.
        let text = "Neurons are a little like relay runners.";
        assert!(cloze(text, 0, "Neurons").is_some());
        assert!(!is_likeness("a liquid"));
    }

    #[test]
    fn a_pronoun_after_a_naming_means_the_name() {
        let cards = pairs(
            "It consists of transcription and translation.",
            Some("The process in which cells make proteins is called protein synthesis."),
        );
        assert!(
            cards
                .iter()
                .any(|(p, _)| p == "What does protein synthesis consist of?"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_pronoun_naming_the_subject_of_its_lead_is_asked_under_the_lead() {
        for (text, question, answer) in [
            (
                "Although prokaryotes have a cell membrane, they lack a cell nucleus and other organelles.",
                "Although prokaryotes have a cell membrane, what do they lack?",
                "cell nucleus and other organelles",
            ),
            (
                "When magma erupts onto Earths surface, it is called lava.",
                "When magma erupts onto Earths surface, what is it called?",
                "lava",
            ),
            (
                "When water freezes, it forms ice crystals.",
                "When water freezes, what does it form?",
                "ice crystals",
            ),
        ] {
            let cards = pairs(text, Some("Soil is a mixture."));
            assert!(
                cards.iter().any(|(p, a)| p == question && a == answer),
                "{cards:?}"
            );
            // The pronoun is resolved in the sentence: the one before is not shown.
            assert!(
                cards.iter().all(|(p, _)| !p.starts_with("Soil is")),
                "{cards:?}"
            );
        }
        // "it" is not the plural lead subject; "the magma" may be what "it" means.
        for text in [
            "When two species live close together, it is called symbiosis.",
            "Although the pressure builds enough for the magma to erupt, it does not erupt with great force.",
        ] {
            let cards = pairs(text, None);
            assert!(
                cards.iter().all(|(p, _)| !p.contains(", what ")),
                "{cards:?}"
            );
        }
    }

    #[test]
    fn a_noun_before_a_plural_subject_is_no_instruction() {
        let cards = pairs(
            "Transform faults on continents separate two massive plates of lithosphere.",
            None,
        );
        assert!(cards.iter().any(|(_, a)| a == "lithosphere"), "{cards:?}");
        // An instruction is still one: no statement's card, only advice's question.
        assert_eq!(
            pairs("Plant trees on hillsides to hold the soil.", None),
            [(
                "What should you do to hold the soil?".to_owned(),
                "Plant trees on hillsides".to_owned()
            )]
        );
        assert!(
            pairs(
                "Prepare an earthquake kit with three days supply of water.",
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn a_section_number_and_its_heading_are_left_out() {
        assert_eq!(
            section_number_end("55.1 Physical laws govern energy flow."),
            Some(5)
        );
        let text = "14.2 Seedless Plants Seedless nonvascular plants are small.";
        assert_eq!(
            section_number_end(text).map(|at| &text[at..]),
            Some("Seedless nonvascular plants are small.")
        );
        let text = "32.5 Fusion \u{2022} Nuclear fusion is a reaction.";
        assert_eq!(
            section_number_end(text).map(|at| &text[at..]),
            Some("Nuclear fusion is a reaction.")
        );
        // A number that opens a statement is no section number.
        assert_eq!(section_number_end("3.5 mm of rain fell."), None);
        assert_eq!(section_number_end("1989 was a dry year."), None);
        let cards = pairs("55.1 Physical laws govern energy flow in ecosystems.", None);
        assert!(
            !cards.is_empty()
                && cards
                    .iter()
                    .all(|(p, a)| !p.contains("55.1") && !a.contains("55.1")),
            "{cards:?}"
        );
    }

    #[test]
    fn an_aside_sending_the_reader_on_is_dropped() {
        assert_eq!(
            strip_reader_aside(
                "Types of electronic components include diodes, transistors, and integrated circuits, all of which you can read about below.".to_owned()
            ),
            "Types of electronic components include diodes, transistors, and integrated circuits."
        );
        // A statement about what is below is no aside.
        let text = "The water table lies below.".to_owned();
        assert_eq!(strip_reader_aside(text.clone()), text);
        let cards = pairs(
            "Types of electronic components include diodes, transistors, and integrated circuits, all of which you can read about below.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(_, a)| a == "diodes, transistors, and integrated circuits"),
            "{cards:?}"
        );
    }

    #[test]
    fn what_is_recalled_from_a_chapter_is_read_without_the_chapter() {
        let cards = pairs(
            "Remember from the chapter Materials of Earths Crust that mantle may melt if temperature rises, pressure lowers, or water is added.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.contains("chapter")) && !cards.is_empty(),
            "{cards:?}"
        );
        // The first of several conditions is not the answer: all of them are.
        assert!(
            cards.iter().all(|(_, a)| a != "if temperature rises"),
            "{cards:?}"
        );
        assert!(
            cards.iter().any(|(p, a)| p == "When may mantle melt?"
                && a == "if temperature rises, pressure lowers, or water is added"),
            "{cards:?}"
        );
    }

    #[test]
    fn the_name_given_to_a_kind_named_before_is_a_gap() {
        let cards = pairs(
            "This heat is called latent heat.",
            Some("Heat is taken in or released when an object changes state."),
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| a == "latent heat"
                    && p.ends_with("This heat is called {{latent heat}}.")),
            "{cards:?}"
        );
        // Said again after the gap, the head still gives it away.
        let cards = pairs("Sedimentary rock is not like igneous rock at all.", None);
        assert!(cards.iter().all(|(_, a)| a != "igneous rock"), "{cards:?}");
    }

    #[test]
    fn praise_is_no_definition_and_a_tail_is_no_term() {
        let cards = pairs(
            "Precipitation is an extremely important part of weather.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| p != "What is precipitation?"),
            "{cards:?}"
        );
        // What a thing is, is still asked.
        let cards = pairs("Precipitation is water that falls from clouds.", None);
        assert!(
            cards.iter().any(|(p, _)| p == "What is precipitation?"),
            "{cards:?}"
        );
        // "The [battery in a car] is a 12-volt battery": the gap would ask for "in a car".
        let cards = pairs("The battery in a car is a 12-volt battery.", None);
        assert!(
            cards.iter().all(|(_, a)| a != "battery in a car"),
            "{cards:?}"
        );
    }

    #[test]
    fn it_turns_out_that_is_read_past() {
        let cards = pairs(
            "It turns out that earthquake epicenters outline the plates.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.contains("turns out")) && !cards.is_empty(),
            "{cards:?}"
        );
    }

    #[test]
    fn examples_of_what_the_sentence_before_named_are_asked_under_it() {
        for (text, list) in [
            (
                "Some examples include hair dryers, fans, CD players, telephones, and doorbells.",
                "hair dryers, fans, CD players, telephones, and doorbells",
            ),
            (
                "Three examples are area, volume, and density.",
                "area, volume, and density",
            ),
        ] {
            let before = "Many common devices contain electromagnets.";
            let cards = pairs(text, Some(before));
            let cloze = text.replace(list, &format!("{{{{{list}}}}}"));
            assert!(
                cards
                    .iter()
                    .any(|(p, a)| *p == format!("{before} {cloze}") && a == list),
                "{text}: {cards:?}"
            );
            // Examples of what, with nothing before them, or only a pronoun: no card.
            assert!(pairs(text, None).is_empty(), "{text}");
            let pronoun = "They are a necessary link between producers and consumers.";
            assert!(pairs(text, Some(pronoun)).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_quantifier_standing_for_a_noun_points_back_one_before_its_noun_does_not() {
        for text in [
            "Most are tiny.",
            "Some have flagella.",
            "Many formed in the ocean.",
            "Many only produce one eruption.",
            "Most also have a nucleus.",
        ] {
            assert!(starts_with_anaphor(text), "{text}");
        }
        for text in [
            "Many derived quantities are calculated in physical science.",
            "Some living things make their own food.",
            "Most often the rock breaks along a fault.",
            "Many very small organisms live in the soil.",
            "Water is a polar molecule.",
        ] {
            assert!(!starts_with_anaphor(text), "{text}");
        }
    }

    #[test]
    fn what_would_happen_in_an_example_is_no_card() {
        for text in [
            "The water vapor would condense and change back to liquid water.",
            "He turned off the current in the wire to see what would happen to the magnet.",
        ] {
            assert_eq!(pairs(text, None), Vec::new(), "{text}");
        }
        let cards = pairs(
            "Without condensation, the water cycle would be interrupted.",
            None,
        );
        assert!(cards.iter().any(|(_, a)| a == "condensation"), "{cards:?}");
        let cards = pairs("Hikers would like to see the summit of the volcano.", None);
        assert!(!cards.is_empty());
        // Nor is what a picture below shows.
        let text =
            "This is illustrated below with a beaker (left) and a graduated cylinder (right).";
        assert_eq!(pairs(text, None), Vec::new());
    }

    #[test]
    fn it_after_a_sentence_that_names_nothing_is_no_card() {
        assert_eq!(
            pairs(
                "It forms a hollow ball of cells.",
                Some("As it travels, it divides by mitosis many times.")
            ),
            Vec::new()
        );
        assert_eq!(
            pairs(
                "They also lose some of the cytoplasm from the head.",
                Some("They grow a tail.")
            ),
            Vec::new()
        );
        let cards = pairs(
            "It forms a hollow ball of cells.",
            Some("The zygote divides by mitosis many times."),
        );
        assert!(cards.iter().any(|(_, a)| a == "hollow ball"), "{cards:?}");
    }

    #[test]
    fn they_means_the_subject_not_its_aside() {
        let cards = pairs(
            "They may even pull the grass entirely out of the ground.",
            Some(
                "Some grazing animals, especially sheep and goats, eat grass right down to the roots.",
            ),
        );
        assert!(
            cards
                .iter()
                .any(|(p, _)| p == "What may grazing animals pull?"),
            "{cards:?}"
        );
    }

    #[test]
    fn otherwise_is_asked_only_under_the_sentence_it_turns_around() {
        let before = "The boiling point of oxygen must be lower than 20 C.";
        let text = "Otherwise, it would be a liquid at room temperature.";
        assert_eq!(
            pairs(text, Some(before)),
            [(
                format!("{before} Otherwise, it would be a liquid at {{{{room temperature}}}}."),
                "room temperature".to_owned()
            )]
        );
        assert!(pairs(text, None).is_empty());
    }

    #[test]
    fn so_before_a_quantity_is_kept() {
        assert_eq!(
            strip_connective("So many solutes dissolve in water that it is a universal solvent."),
            "So many solutes dissolve in water that it is a universal solvent."
        );
        assert_eq!(
            strip_connective("So the rock breaks into smaller pieces."),
            "The rock breaks into smaller pieces."
        );
        assert_eq!(
            strip_connective(
                "For example: Red blood cells are shaped with a pocket that traps oxygen."
            ),
            "Red blood cells are shaped with a pocket that traps oxygen."
        );
    }

    #[test]
    fn a_glossary_card_displaces_the_weakest_candidate_of_its_line() {
        // (Inside a paragraph, the line has three candidates of its own.)
        let line = Sentence {
            text: "Prophase: The chromatin, which is unwound DNA, condenses forming chromosomes."
                .to_owned(),
            paragraph: 0,
            position: 3,
        };
        let mut words = lexicon::WordCache::default();
        let others = write_sentence_cards(0, &line, None, &mut words, &mut None);
        assert_eq!(others.len(), MAX_CANDIDATES_PER_SENTENCE);
        let kept = write_cards(0, &line, None);
        assert!(kept.len() <= MAX_CANDIDATES_PER_SENTENCE, "{kept:?}");
        assert_eq!(kept.iter().filter(|c| c.answer == "Prophase").count(), 1);
        let weakest_kept = kept.iter().map(|c| c.score).fold(f32::MAX, f32::min);
        for c in &others {
            assert!(
                kept.iter().any(|k| k.prompt == c.prompt) || c.score <= weakest_kept,
                "{c:?} left out of {kept:?}"
            );
        }
    }

    #[test]
    fn a_glossary_line_asks_its_term_back() {
        for (text, term) in [
            ("Streak: the color of the minerals powder.", "Streak"),
            (
                "Transform plate boundaries: the two plates slip past each other.",
                "Transform plate boundaries",
            ),
            (
                "Prophase: The chromatin, which is unwound DNA, condenses forming chromosomes.",
                "Prophase",
            ),
            // One word may define a term, when it is a word of substance.
            ("Luster: shininess.", "Luster"),
        ] {
            let cards = pairs(text, None);
            let rest = &text[term.len()..];
            assert_eq!(
                cards.first(),
                Some(&(format!("{{{{{term}}}}}{rest}"), term.to_owned())),
                "{text}: {cards:?}"
            );
        }
        // Labels, headings, counts, credits, and terms the definition gives away.
        for text in [
            "Hint: The youngest volcano sits above the hotspot.",
            "Two carbonate minerals: (a) deep blue azurite and (b) opaque green malachite.",
            "Specialized structures for reproduction: One example is a fruiting body.",
            "Conjugation: In conjugation, DNA passes through an extension.",
            "Plantae: Plants, such as trees and grasses, survive by capturing energy.",
            "Flickr: EvelynGiggles, modified by CK-12 Foundation.",
            "Take-Home Experiment: Don't Lose Your Marbles by measuring the speed of a sphere.",
            "View River Monsters: Fish With Arms and Hands?",
            "Answer: yes.",
            "Mass: 5.",
            "Luster: Shiny.",
        ] {
            assert_eq!(glossary_term(text), None, "{text}");
        }
    }

    #[test]
    fn a_gap_may_hold_the_word_that_tells_two_things_of_a_kind_apart() {
        // The head is shown again, but told apart: the gap asks which one.
        for (text, answer) in [
            (
                "Sodium ions move out of the cell, and potassium ions move into the cell.",
                "Sodium ions",
            ),
            (
                "Continental crust is much thicker than oceanic crust.",
                "Continental crust",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(cards.iter().any(|(_, a)| a == answer), "{text}: {cards:?}");
        }
        for (text, refused) in [
            // After the first, the second is given away by its opposite.
            (
                "A longer wire has more resistance than a shorter wire.",
                "shorter wire",
            ),
            // A comparative tells a degree, not a kind.
            (
                "A longer wire has more resistance than a shorter wire.",
                "longer wire",
            ),
            // An instance or another name of the same thing.
            (
                "Diffusion can occur across a semipermeable membrane, such as the cell membrane.",
                "semipermeable membrane",
            ),
            (
                "This barrier is called the plasma membrane, or cell membrane.",
                "plasma membrane",
            ),
            // The head said again plain.
            (
                "Sedimentary rocks form when rocks break down into sediment.",
                "Sedimentary rocks",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(cards.iter().all(|(_, a)| a != refused), "{text}: {cards:?}");
        }
    }

    #[test]
    fn a_phrase_after_a_second_adverb_of_manner_leaves_its_place_to_the_subject() {
        let cards = pairs("Oxygen is very strongly chemically reactive.", None);
        assert_eq!(
            cards,
            [(
                "{{Oxygen}} is very strongly chemically reactive.".to_owned(),
                "Oxygen".to_owned()
            )]
        );
    }

    #[test]
    fn no_gap_on_the_first_or_last_item_of_a_list() {
        for text in [
            "Electric motors are used in hairdryers, fans, power drills, and electric mixers.",
            "Middle clouds may be made of water droplets, ice crystals or both.",
            "The motherboard is connected to the CPU, hard drive, ROM, and RAM.",
            "People who eat toxic fungi may suffer hallucinations, organ failure, and even death.",
        ] {
            let cards = pairs(text, None);
            for item in [
                "hairdryers",
                "electric mixers",
                "water droplets",
                "CPU",
                "RAM",
                "death",
            ] {
                assert!(
                    cards.iter().all(|(p, a)| p.contains('?') || a != item),
                    "{text}: {cards:?}"
                );
            }
        }
        // A lead's noun before the clause is no list item; "X, or Y" names X again.
        let cards = pairs(
            "In San Francisco, water and gas pipelines are separated by valves.",
            None,
        );
        assert!(cards.iter().any(|(_, a)| a == "San Francisco"), "{cards:?}");
        let cards = pairs(
            "Lava erupts through long cracks in the ground, or fissures.",
            None,
        );
        assert!(cards.iter().any(|(_, a)| a == "fissures"), "{cards:?}");
    }

    #[test]
    fn a_series_of_gerunds_is_a_list_named_by_its_partitive_class() {
        let cards = pairs(
            "Some of the processes that cause physical changes include cutting, bending, \
             dissolving, freezing, boiling, and melting.",
            None,
        );
        assert!(
            cards.iter().any(
                |(p, a)| p == "Name six processes that cause physical changes."
                    && a == "cutting, bending, dissolving, freezing, boiling, and melting"
            ),
            "{cards:?}"
        );
        // A participle clause after the object is still no list item.
        let cards = pairs(
            "Stem cells secrete growth factors, reducing inflammation in the liver.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| !a.contains("reducing")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_demonstrative_names_again_only_a_definite_subject_before_it() {
        let cards = pairs(
            "These ice crystals form clouds.",
            Some("The ice crystals are deposited on tiny dust particles."),
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What do the ice crystals form?" && a == "clouds"),
            "{cards:?}"
        );
        // "These bacteria" are the ones the sentence before described, not bacteria at large.
        let cards = pairs(
            "These bacteria are known as parasites.",
            Some("Some bacteria depend on a host organism for energy and nutrients."),
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| !p.starts_with("What are bacteria")),
            "{cards:?}"
        );
        // "This cell" is not the cell membrane.
        let cards = pairs(
            "This cell divides quickly.",
            Some("The cell membrane surrounds the cytoplasm."),
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| !p.contains("cell membrane divide")),
            "{cards:?}"
        );
    }

    #[test]
    fn the_subject_is_offered_beside_a_phrase_of_the_predicate() {
        let cards = pairs(
            "Lysosomes have digestive enzymes that break down old molecules.",
            None,
        );
        let answers: Vec<&str> = cards.iter().map(|(_, a)| a.as_str()).collect();
        assert!(answers.contains(&"digestive enzymes"), "{cards:?}");
        assert!(answers.contains(&"Lysosomes"), "{cards:?}");
    }

    #[test]
    fn no_cloze_whose_answer_the_sentence_shown_before_names() {
        let before = "Volcanoes erupt because mantle rock melts.";
        let cards = pairs(
            "This is the first stage in creating a volcano.",
            Some(before),
        );
        assert!(cards.iter().all(|(_, a)| a != "volcano"), "{cards:?}");
        // A word of the answer the sentence before does not say ("Cascades") is still asked.
        let before = "This happens on continental crust, as in the Andes Mountains.";
        let cards = pairs(
            "The Cascades Mountains of the western U.S. are also created this way.",
            Some(before),
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| a == "Cascades Mountains" && p.starts_with(before)),
            "{cards:?}"
        );
    }

    #[test]
    fn no_gap_over_an_adjective_a_comparative_or_a_class_named_by_other() {
        let found = answers(
            "It sounds dangerous, but the shot prepares your body for fighting the pathogen.",
            Some("A weak or dead pathogen is used."),
        );
        assert!(!found.iter().any(|a| a.contains("dangerous")), "{found:?}");
        let found = answers(
            "The particles move less and crowd closer together, causing the liquid to contract.",
            None,
        );
        assert!(!found.iter().any(|a| a.contains("closer")), "{found:?}");
        let found = answers(
            "Sponge cells appear to be more independent of each other than are the cells of \
             other animals.",
            None,
        );
        assert!(!found.iter().any(|a| a == "animals"), "{found:?}");
    }

    #[test]
    fn no_gap_over_a_verb_after_an_auxiliary_or_before_its_object() {
        let found = answers(
            "The plates did not rift apart here but left a weakness in the lithosphere.",
            None,
        );
        assert!(!found.iter().any(|a| a == "rift"), "{found:?}");
        let found = answers(
            "When this occurs, a tiny circuit breaker in the outlet interrupts the circuit.",
            None,
        );
        assert!(!found.iter().any(|a| a == "interrupts"), "{found:?}");
        let found = answers(
            "The faults along the San Andreas Fault zone produce around 10,000 earthquakes a year.",
            None,
        );
        assert!(found.iter().any(|a| a == "earthquakes"), "{found:?}");
        let cards = pairs(
            "Lymphocytes, a type of white blood cell, are the key cells of an immune response.",
            None,
        );
        assert!(
            cards.iter().any(|(p, _)| p == "What are lymphocytes?"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_definition_whose_clause_ends_in_an_adverb_is_asked() {
        let cards = pairs("Joints are the location where bones come together.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What are joints?"
                    && a == "the location where bones come together"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_lone_noun_a_participle_describes_defines() {
        let cards = pairs("Moraine is sediment deposited by a glacier.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What is moraine?" && a == "sediment deposited by a glacier"),
            "{cards:?}"
        );
        let cards = pairs("Granite is rock that forms from slowly cooled magma.", None);
        assert!(
            cards.iter().any(|(p, _)| p == "What is granite?"),
            "{cards:?}"
        );
    }

    #[test]
    fn an_adverb_after_is_goes_with_the_answer() {
        let cards = pairs(
            "Pedalfers are usually a very fertile, dark brown or black soil.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p == "What are pedalfers?"
                && a == "usually a very fertile, dark brown or black soil"),
            "{cards:?}"
        );
    }

    #[test]
    fn no_question_about_a_place_in_a_count_made_before() {
        let cards = pairs(
            "A third factor that affects the rate of dissolving is the surface area of the solute.",
            None,
        );
        assert!(
            !cards.iter().any(|(p, _)| p.starts_with("What is a third")),
            "{cards:?}"
        );
    }

    #[test]
    fn no_gap_over_a_count_that_opens_the_sentence() {
        let found = answers("Two tributaries come together at a confluence.", None);
        assert!(!found.iter().any(|a| a == "Two tributaries"), "{found:?}");
    }

    #[test]
    fn an_instruction_that_lost_its_apostrophe_is_no_statement() {
        let cards = pairs(
            "Dont plug in or turn on electric lights or appliances when your hands are wet.",
            None,
        );
        assert!(cards.is_empty(), "{cards:?}");
    }

    #[test]
    fn a_subject_put_for_a_pronoun_keeps_its_article() {
        let cards = pairs(
            "It is called a dilute solution.",
            Some("A solution with little dissolved solute has a low concentration."),
        );
        assert!(
            cards
                .iter()
                .any(|(p, _)| p == "What is a solution with little dissolved solute called?"),
            "{cards:?}"
        );
    }

    #[test]
    fn no_cloze_from_a_verbless_fragment() {
        // A line of a list or a table: no clause and no finite verb.
        assert!(pairs("Petroleum products to make plastic bottles.", None).is_empty());
        // A sentence with a verb ("crashed") is no fragment.
        let cards = pairs("India crashed into Asia to form the Himalayas.", None);
        assert!(!cards.is_empty(), "{cards:?}");
    }

    #[test]
    fn no_question_about_a_subject_cut_at_a_function_word() {
        assert_eq!(what_question("much of what", "determines"), None);
        assert_eq!(what_question("the ground collapses and", "creates"), None);
        assert_eq!(
            what_question("The iceberg itself", "consists of").as_deref(),
            Some("What does the iceberg itself consist of?")
        );
        // A hedge asks no more than the question without it.
        assert_eq!(
            what_question("The large central vacuole", "essentially stores").as_deref(),
            Some("What does the large central vacuole store?")
        );
    }

    #[test]
    fn no_card_from_an_instruction_with_a_participle_before_its_object() {
        assert!(pairs("Report fallen lines to the electric company at once.", None).is_empty());
        assert!(pairs("Bracket or brace brick chimneys to the roof.", None).is_empty());
        // A noun that is also a verb, before a participle and a preposition, is a subject.
        let cards = pairs(
            "Heat produced by the core drives convection in the mantle.",
            None,
        );
        assert!(!cards.is_empty(), "{cards:?}");
    }

    /// A sentence's noun-phrase chunks, as text.
    fn chunk_texts(text: &str) -> Vec<String> {
        let toks = facts::tokenize(text);
        chunks(&toks)
            .into_iter()
            .map(|(a, b)| facts::span(text, &toks, a, b).to_owned())
            .collect()
    }

    #[test]
    fn a_verb_after_of_and_a_singular_agrees_with_the_plural_before() {
        assert_eq!(
            chunk_texts("The outside edges of a galaxy rotate at the same speed."),
            ["edges", "galaxy", "same speed"]
        );
    }

    #[test]
    fn wherever_opens_a_clause_and_in_vivo_is_one_term() {
        assert_eq!(
            chunk_texts("Wherever mantle is able to melt, volcanoes may be the result."),
            ["mantle", "volcanoes", "result"]
        );
        assert_eq!(
            chunk_texts("Doctors tried in vitro fertilization."),
            ["Doctors", "in vitro fertilization"]
        );
    }

    #[test]
    fn no_gap_opens_on_an_owner_that_lost_its_apostrophe() {
        for (text, lost) in [
            (
                "The vector carrying the gene of interest is taken up by the patients cells.",
                "patients cells",
            ),
            (
                "Earthquakes happen when so much stress builds up that the rocks rupture.",
                "rocks rupture",
            ),
            // After any word, and capitalized at the start of the sentence.
            (
                "This is true because most rocks on Earth are made of the same eight elements \
                 and when the rock breaks down to become soil, those elements dominate.",
                "elements dominate",
            ),
            (
                "Builders zigzag pipes so that they bend and flex when the ground shakes.",
                "Builders zigzag pipes",
            ),
        ] {
            let found = answers(text, Some("Soils differ from place to place."));
            assert!(
                !found.is_empty() && !found.iter().any(|a| a == lost),
                "{text}: {found:?}"
            );
        }
        // Nor is a question asked about it, or answered with it.
        let found = pairs(
            "Converging plates create the worlds largest mountain ranges.",
            None,
        );
        assert!(
            !found.is_empty()
                && !found
                    .iter()
                    .any(|(q, a)| q.ends_with('?') || a.contains("worlds")),
            "{found:?}"
        );
        // "The iceberg itself" is set against something named before.
        let found = pairs(
            "The iceberg itself consists of water in the solid state.",
            None,
        );
        assert!(!found.iter().any(|(q, _)| q.ends_with('?')), "{found:?}");
        // A plural before a function word, or a singular in -s, is no owner.
        assert!(!owner_before_noun("protons and electrons"));
        assert!(!owner_before_noun("gas clouds"));
        assert!(!owner_before_noun("parts used in electronic devices"));
        assert!(!owner_before_noun("biceps muscle"));
        assert!(!owner_before_noun("object's mass"));
        assert!(!owner_before_noun("object’s mass"));
        assert!(owner_before_noun("sponges sac-like bodies"));
        // A name after it is no owned thing; a participle or adverb opens a phrase of its own.
        assert!(!owner_before_noun("degrees Celsius"));
        assert!(owner_before_noun("cells DNA"));
        assert!(!owner_before_noun("layers based on physical properties"));
        assert!(!owner_before_noun("tentacles bearing cnidocytes"));
        assert!(owner_before_noun("axons projecting"));
        assert!(!owner_before_noun("farmers always plowed"));
        assert!(!owner_opens_sentence("Andes Mountains"));
        // Nor is a verb in -s inside what reads as one phrase; but a counted plural, a
        // species after its genus and a reason after "because" are.
        assert!(owner_inside("energy knocks electrons loose"));
        assert!(!owner_inside("65.5 million years ago"));
        assert!(!owner_inside("Clostridium perfringens bacteria"));
        let found = answers(
            "Fires start because seismic waves rupture gas and electrical lines, and breaks in \
             water mains make it difficult to fight the fires.",
            None,
        );
        assert!(
            found
                .iter()
                .any(|a| a == "seismic waves rupture gas and electrical lines"),
            "{found:?}"
        );
        // After its subject, an -s word is a verb and the gap its object.
        for (text, gap) in [
            (
                "When this happens, the egg finally completes meiosis.",
                "completes meiosis",
            ),
            (
                "The rectum forms an opening which expels waste.",
                "expels waste",
            ),
        ] {
            let found = answers(
                text,
                Some("Fertilization occurs if a sperm enters the egg."),
            );
            assert!(found.iter().any(|a| a == gap), "{text}: {found:?}");
        }
        assert_eq!(after_the("The iceberg itself"), Some("iceberg itself"));
        assert_eq!(after_the("théorie"), None);
    }

    #[test]
    fn a_name_the_sentence_gives_is_also_asked_the_other_way() {
        let found = pairs(
            "Units of DNA that contain code for the creation of a protein are called genes.",
            None,
        );
        for (q, a) in [
            (
                "What are units of DNA that contain code for the creation of a protein called?",
                "genes",
            ),
            (
                "What are genes?",
                "units of DNA that contain code for the creation of a protein",
            ),
        ] {
            assert!(
                found.contains(&(q.to_owned(), a.to_owned())),
                "{q} {a}: {found:?}"
            );
        }
        // Asked with the naming's own tense: none to ask with after a modal.
        assert_eq!(
            naming_description("The layer of rock under the soil", "was called"),
            Some("was")
        );
        assert_eq!(
            naming_description("The layer of rock under the soil", "can be called"),
            None
        );
        // Not a name given in passing, a bare kind, or words glued in the source.
        for (text, name) in [
            (
                "Hyperplasia causes the appearance of plant tumors known as galls.",
                "galls",
            ),
            (
                "Reef-like structures are known as stromatolites.",
                "stromatolites",
            ),
            (
                "An integrated circuitalso is called a microchipis a tiny chip.",
                "microchipis",
            ),
        ] {
            let found = pairs(text, None);
            assert!(
                !found.iter().any(|(q, _)| q.starts_with("What")
                    && q.contains(name)
                    && !q.ends_with("called?")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_term_recalled_from_its_description_leaves_out_the_reason() {
        let found = pairs(
            "For example, nitrogen is the solvent in Earths atmosphere because it makes up 78 \
             percent of air.",
            None,
        );
        assert!(
            found.contains(&(
                "What is the solvent in Earths atmosphere?".to_owned(),
                "Nitrogen".to_owned()
            )),
            "{found:?}"
        );
        assert_eq!(
            without_reason("an important source of amino acids, especially because humans cannot"),
            "an important source of amino acids"
        );
        assert_eq!(
            without_reason("one of the most distinctive oxides since it is magnetic"),
            "one of the most distinctive oxides"
        );
        // "Because of" says how, and "since" before a time is no reason.
        for kept in [
            "the sudden flow of mud down a slope because of gravity",
            "the main source of energy since 1900",
        ] {
            assert_eq!(without_reason(kept), kept);
        }
    }

    #[test]
    fn an_adjective_after_its_noun_ends_the_chunk() {
        assert_eq!(
            chunk_texts("Most minerals form at high temperatures deep in the crust."),
            ["minerals", "high temperatures", "crust"]
        );
        assert_eq!(
            chunk_texts("The solvent is the substance present in greater quantity."),
            ["solvent", "substance", "greater quantity"]
        );
        // After "be" the adjective is the predicate, a chunk of its own.
        assert_eq!(
            chunk_texts("Many ionic compounds are soluble in water."),
            ["ionic compounds", "soluble", "water"]
        );
    }

    #[test]
    fn a_word_before_whether_is_a_verb() {
        assert_eq!(
            chunk_texts("Scientists question whether a dormant volcano will erupt again."),
            ["Scientists", "dormant volcano"]
        );
    }

    #[test]
    fn a_number_after_a_word_opens_a_quantity_of_its_own() {
        let found = chunk_texts;
        assert_eq!(
            found("The current changes direction 60 times per second."),
            ["current", "direction", "60 times", "second"]
        );
        assert_eq!(
            found("The Farallon Plate was subducting beneath the North American Plate 30 Ma."),
            ["Farallon Plate", "North American Plate", "30 Ma"]
        );
        // A label's number, and a number an adjective counts, stay in the phrase.
        assert_eq!(
            found("Figure 3.20 shows a quartz vein."),
            ["Figure 3.20", "quartz vein"]
        );
        assert_eq!(
            found("Mountains formed in the past 25 million years."),
            ["Mountains", "past 25 million years"]
        );
        // So does a number word before the plural it counts; a verb before it is no part of
        // the phrase before.
        assert_eq!(
            found("The sperm can reach the egg two different ways."),
            ["sperm", "egg", "two different ways"]
        );
        assert_eq!(
            found("Animals in the phylum Chordata share four key features."),
            ["Animals", "phylum Chordata", "four key features"]
        );
        assert_eq!(
            found("Electric circuits have at least two parts."),
            ["Electric circuits", "two parts"]
        );
        // "somewhere" is an adverb, not the noun a participle describes.
        assert_eq!(
            found("All but one earthquake of 2004 occurred somewhere around the Pacific."),
            ["earthquake", "2004", "Pacific"]
        );
    }

    #[test]
    fn a_definition_may_open_with_a_name() {
        let cards = pairs(
            "A virus is essentially DNA or RNA surrounded by a coat of protein.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p == "What is a virus?"
                && a == "DNA or RNA surrounded by a coat of protein"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_sentence_gives_at_most_three_candidates_the_best_first() {
        let text = "Mesenchymal stem cells (MSCs) are multipotent cells that secrete growth \
                    factors, such as HGF and VEGF, which promote liver regeneration.";
        let cards = write_cards(0, &sentence(text), None);
        assert!(
            !cards.is_empty() && cards.len() <= MAX_CANDIDATES_PER_SENTENCE,
            "{cards:?}"
        );
    }

    #[test]
    fn a_question_keeps_its_condition_or_is_not_asked() {
        // "then" only marks the main clause: the condition leads the question.
        let cards = pairs(
            "If the aim is to heat a wire, then resistance is an advantage.",
            None,
        );
        assert!(
            cards.iter().any(
                |(p, a)| p == "If the aim is to heat a wire, what is resistance?"
                    && a == "an advantage"
            ),
            "{cards:?}"
        );
        // A condition too long to lead a question: only clozes, which keep it.
        let cards = pairs(
            "When you flip the switch in the front hall of the house, the electricity flows to \
             the light through wires inside the walls.",
            None,
        );
        assert!(
            !cards.is_empty() && cards.iter().all(|(p, _)| p.contains("{{")),
            "{cards:?}"
        );
    }

    #[test]
    fn no_card_from_the_answer_to_a_question_not_shown() {
        assert!(pairs("No, AIDS is caused by a virus.", None).is_empty());
        assert!(pairs("Yes, cells can divide many times.", None).is_empty());
    }

    #[test]
    fn a_question_keeps_the_condition_it_holds_under() {
        let cards = pairs(
            "If bacteria enter the skin through a scrape, the area may become red, warm, and painful.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p
                == "If bacteria enter the skin through a scrape, what may the area become?"
                && a == "red, warm, and painful"),
            "{cards:?}"
        );
        assert!(!cards.iter().any(|(p, _)| p == "What may the area become?"));
    }

    #[test]
    fn a_list_of_what_something_includes_is_asked_by_name() {
        let cards = pairs(
            "Human actions that put soil at risk include logging, mining, and construction.",
            None,
        );
        assert!(
            cards.iter().any(
                |(p, a)| p == "Name three human actions that put soil at risk."
                    && a == "logging, mining, and construction"
            ),
            "{cards:?}"
        );
        // "The main types of rock": "rock" after "of" is a noun, and the article goes.
        let cards = pairs(
            "The main types of rock include igneous, metamorphic, and sedimentary rocks.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, _)| p == "Name three main types of rock."),
            "{cards:?}"
        );
        // "Some examples": examples of what, the card cannot say.
        let cards = pairs(
            "Some examples include hair dryers, fans, and doorbells.",
            None,
        );
        assert!(
            !cards.iter().any(|(p, _)| p.starts_with("Name")),
            "{cards:?}"
        );
    }

    #[test]
    fn when_where_and_why_are_asked() {
        let expect = [
            (
                "Mudslides usually occur when the soil is wet.",
                "When do mudslides usually occur?",
                "when the soil is wet",
            ),
            (
                "Creep usually takes place where the ground freezes and thaws frequently.",
                "Where does creep usually take place?",
                "where the ground freezes and thaws frequently",
            ),
            (
                "Oxidation is common because oxygen is very strongly chemically reactive.",
                "Why is oxidation common?",
                "oxygen is very strongly chemically reactive",
            ),
            (
                "The tsunami did so much damage because it traveled throughout the Indian Ocean.",
                "Why did the tsunami do so much damage?",
                "it traveled throughout the Indian Ocean",
            ),
            (
                "The magnetic field is stronger if more current is flowing through the wire.",
                "When is the magnetic field stronger?",
                "if more current is flowing through the wire",
            ),
            // "X is where ...": the clause says what X is, and X is asked back.
            (
                "The B-horizon is where soluble minerals and clays accumulate.",
                "Where do soluble minerals and clays accumulate?",
                "The B-horizon",
            ),
        ];
        for (text, question, answer) in expect {
            let cards = pairs(text, None);
            assert!(
                cards.iter().any(|(p, a)| p == question && a == answer),
                "{text}: {cards:?}"
            );
        }
        // A "where" clause describing a noun phrase is not where the verb happens.
        let cards = pairs(
            "Most scientists live in areas where earthquakes are common.",
            None,
        );
        assert!(
            !cards.iter().any(|(p, _)| p.starts_with("Where")),
            "{cards:?}"
        );
        // "wondered if" is "wondered whether": no condition.
        let cards = pairs(
            "Astronomers have long wondered if the universe is expanding fast enough.",
            None,
        );
        assert!(
            !cards.iter().any(|(p, _)| p.starts_with("When")),
            "{cards:?}"
        );
        // "because of": a cause named, not a reason given.
        let cards = pairs(
            "The mantle is hot mostly because of heat from the core.",
            None,
        );
        assert!(
            !cards.iter().any(|(p, _)| p.starts_with("Why")),
            "{cards:?}"
        );
    }

    #[test]
    fn what_follows_from_an_opening_condition_is_asked() {
        let expect = [
            (
                "If one loop of a parallel circuit is interrupted, current can still flow through the other loop.",
                "What happens if one loop of a parallel circuit is interrupted?",
                "current can still flow through the other loop",
            ),
            // The answer ends where another clause begins.
            (
                "When particles of matter move more quickly, they have more kinetic energy, so their temperature is higher.",
                "What happens when particles of matter move more quickly?",
                "they have more kinetic energy",
            ),
            (
                "When the continents separated, the current moved the cold water around Antarctica.",
                "What happened when the continents separated?",
                "the current moved the cold water around Antarctica",
            ),
            (
                "As the universe expanded, it became less dense.",
                "What happened as the universe expanded?",
                "it became less dense",
            ),
            // A condition after an opening connective.
            (
                "For example, if you put sugar in iced tea, it will dissolve more slowly.",
                "What happens if you put sugar in iced tea?",
                "it will dissolve more slowly",
            ),
        ];
        for (text, question, answer) in expect {
            let cards = pairs(text, None);
            assert!(
                cards.iter().any(|(p, a)| p == question && a == answer),
                "{text}: {cards:?}"
            );
        }
        for text in [
            // A condition that points back, a name given, a comma inside a phrase, and a
            // condition of two clauses.
            "When it erupts, the volcano throws ash high into the air.",
            "When transplanted into a damaged liver, stem cells can become liver cells.",
            "When magma erupts onto the surface, it is called lava.",
            "When the lava solidifies, it creates a large, flat plain.",
            "If I push a toy car, I will cause it to move.",
            "As a result, convection shuts down.",
            "As a prokaryotic cell does not have a nucleus, the DNA is in the cytoplasm.",
            "If the room has a regular shape, you could calculate its volume from its dimensions.",
            "If the water is warm, salty, and deep, the currents move slowly.",
        ] {
            let cards = pairs(text, None);
            assert!(
                !cards.iter().any(|(p, _)| p.starts_with("What happen")),
                "{text}: {cards:?}"
            );
        }
    }

    #[test]
    fn adjectives_joined_by_commas_stay_with_their_noun() {
        let cards = pairs("The mantle is made of hot, solid rock.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What is the mantle made of?" && a == "hot, solid rock"),
            "{cards:?}"
        );
        assert!(!cards.iter().any(|(_, a)| a == "hot"), "{cards:?}");
        // A list keeps its items apart.
        let cards = pairs(
            "The gas contains water, carbon dioxide, and nitrogen.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(_, a)| a == "water, carbon dioxide, and nitrogen"),
            "{cards:?}"
        );
        // A name of several capitalized words keeps its capitals; its abbreviation's dot
        // ends no gap.
        let cards = pairs(
            "Mount St. Helens was a beautiful, classic, cone-shaped volcano.",
            None,
        );
        assert!(
            cards.iter().any(|(p, _)| p == "What was Mount St. Helens?"),
            "{cards:?}"
        );
        assert!(
            !cards
                .iter()
                .any(|(p, a)| a == "Mount St" || a == "beautiful" || p.contains("}}.")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_counted_list_after_a_colon_is_the_answer() {
        let cards = pairs(
            "The steps of the cell cycle can be divided into two main components: interphase and the mitotic phase.",
            None,
        );
        assert!(
            cards.iter().any(
                |(p, a)| p == "What can the steps of the cell cycle be divided into?"
                    && a == "interphase and the mitotic phase"
            ),
            "{cards:?}"
        );
        let cards = pairs(
            "There are three types of rocks: igneous, sedimentary, and metamorphic.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "Name the three types of rocks."
                    && a == "igneous, sedimentary, and metamorphic"),
            "{cards:?}"
        );
        // The count must match the items, and a long explanation is no list.
        for text in [
            "There are two types of rocks: igneous, sedimentary, and metamorphic.",
            "An electric cord contains two wires: one that carries current to the appliance and one that carries it back.",
        ] {
            let cards = pairs(text, None);
            assert!(
                !cards
                    .iter()
                    .any(|(p, a)| p.starts_with("Name") || a.starts_with("one that")),
                "{text}: {cards:?}"
            );
        }
    }

    #[test]
    fn a_space_left_by_a_cut_pointer_is_closed() {
        let cards = pairs(
            "The description of how earthquakes occur is called elastic rebound theory .",
            None,
        );
        assert!(
            cards.iter().any(|(_, a)| a == "elastic rebound theory"),
            "{cards:?}"
        );
        assert!(!cards.iter().any(|(p, _)| p.contains(" .")), "{cards:?}");
        // "Or" opening a sentence is a connective, not part of the subject.
        let cards = pairs(
            "Or a soil could be completely organic, such as the materials that make up peat in a bog.",
            None,
        );
        assert!(
            !cards
                .iter()
                .any(|(p, _)| p.to_lowercase().contains("or a soil")),
            "{cards:?}"
        );
    }

    #[test]
    fn an_answer_label_is_read_past_and_an_exercise_answer_is_not_a_fact() {
        // "A:" answers a question not shown; the statement stands on its own.
        let cards = pairs(
            "A: Humidity is a measure of the amount of water vapor in the air.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p == "What is humidity?"
                && a == "a measure of the amount of water vapor in the air"),
            "{cards:?}"
        );
        // "Q:" asks, and "You could ..." supposes.
        for text in [
            "Q: What are some other devices that contain electromagnets?",
            "A: You could pump air into a bicycle tire.",
            // An answer about what its question showed.
            "A: The volume of the liquid is 67 mL.",
            "A: The coil of wire could be moved back and forth over the magnet.",
        ] {
            let cards = pairs(text, None);
            assert!(cards.is_empty(), "{text}: {cards:?}");
        }
        // A list item described, with no clause of its own.
        assert!(
            pairs(
                "A fatty acid tail that is hydrophobic, or water-fearing.",
                None
            )
            .is_empty()
        );
        // "equals" is a verb.
        let cards = pairs("A watt equals 1 joule of energy per second.", None);
        assert!(cards.iter().any(|(_, a)| a == "1 joule"), "{cards:?}");
    }

    #[test]
    fn a_relative_clause_keeps_its_object_and_vague_counts_are_no_gaps() {
        let toks = facts::tokenize(
            "Some of the processes that cause physical changes include cutting, bending, and melting.",
        );
        let c = facts::analyze(&toks).expect("a clause");
        assert_eq!(toks[c.subject_end].text, "include");
        for (text, not) in [
            (
                "Three examples are area, volume, and density.",
                "Three examples",
            ),
            ("The problem doesnt stop with plowing.", "problem"),
        ] {
            let cards = pairs(text, None);
            assert!(!cards.iter().any(|(_, a)| a == not), "{text}: {cards:?}");
        }
    }

    #[test]
    fn an_object_cut_from_a_list_is_not_asked() {
        let cards = pairs(
            "Volcanic eruptions can come from peaky volcanic cones, fractured domes, a vent in the ground, or many other types of structures.",
            None,
        );
        assert!(
            !cards
                .iter()
                .any(|(p, _)| p.starts_with("What can volcanic")),
            "{cards:?}"
        );
        // One comma and an "and" join two clauses, not a list.
        let cards = pairs(
            "The sheath covers the axon, like the plastic covering on an electrical wire, and allows impulses to travel faster.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What does the sheath cover?" && a == "axon"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_heading_said_again_as_the_sentence_opens_is_read_past() {
        let text = "Diffusion Diffusion is a passive process of transport.";
        assert_eq!(
            run_in_heading_end(text).map(|at| &text[at..]),
            Some("Diffusion is a passive process of transport.")
        );
    }

    #[test]
    fn a_run_in_heading_and_stray_spaces_are_left_out() {
        let cards = pairs(
            "Arteries An artery is a blood vessel that conducts blood away from the heart.",
            None,
        );
        assert!(
            cards.iter().any(|(p, _)| p == "What is an artery?"),
            "{cards:?}"
        );
        assert!(
            !cards.iter().any(|(p, _)| p.contains("Arteries")),
            "{cards:?}"
        );
        assert_eq!(
            run_in_heading_end("In The Origin of Species, Darwin wrote"),
            None
        );
        // A heading before an instruction: the instruction is no statement.
        assert_eq!(
            run_in_heading_end("Grazing Animals Move animals throughout the year."),
            Some("Grazing Animals ".len())
        );
        assert!(pairs("Grazing Animals Move animals throughout the year.", None).is_empty());
        assert!(
            pairs(
                "Logging and Mining Reduce the amount of land that is logged and mined.",
                None
            )
            .is_empty()
        );
        assert!(pairs("Avoid using off-road vehicles on hilly lands.", None).is_empty());
        assert_eq!(run_in_heading_end("Sea Floor Spreading Begins"), None);
        let cards = pairs(
            "During telophase , the chromosomes begin to uncoil and form chromatin.",
            None,
        );
        // "begin to" takes a verb: no "What do they begin to?".
        assert!(!cards.iter().any(|(p, _)| p.ends_with(" to?")), "{cards:?}");
        assert!(cards.iter().all(|(p, _)| !p.contains(" ,")), "{cards:?}");
    }

    #[test]
    fn a_class_is_recalled_from_its_members() {
        let cards = pairs(
            "Blood vessels include arteries, veins, and capillaries.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p
                == "{{Blood vessels}} include arteries, veins, and capillaries."
                && a == "Blood vessels"),
            "{cards:?}"
        );
        // Not a class named only by a pointer or a vague word.
        let cards = pairs(
            "Some examples include hair dryers, fans, and doorbells.",
            None,
        );
        assert!(!cards.iter().any(|(p, _)| p.starts_with("{{")), "{cards:?}");
    }

    #[test]
    fn a_term_the_sentence_ends_by_describing_is_asked() {
        for (text, question, answer) in [
            (
                "The nucleus is surrounded by the nuclear envelope, a double membrane that controls what goes in and out of the nucleus.",
                "What is the nuclear envelope?",
                "a double membrane that controls what goes in and out of the nucleus",
            ),
            (
                "Mothballs are made of naphthalene, a substance that undergoes sublimation at room temperature.",
                "What is naphthalene?",
                "a substance that undergoes sublimation at room temperature",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(
                cards.iter().any(|(p, a)| p == question && a == answer),
                "{text}: {cards:?}"
            );
        }
        // A description of the whole clause, naming something else.
        let cards = pairs(
            "Metals can be pounded into thin sheets, a property called malleability.",
            None,
        );
        assert!(
            !cards.iter().any(|(p, _)| p.starts_with("What is thin")),
            "{cards:?}"
        );
    }

    #[test]
    fn no_gap_on_a_graded_word_a_comparative_or_a_sorting_head() {
        for (text, not) in [
            (
                "Either a completely red or completely white flower grows, depending on the allele.",
                "red",
            ),
            (
                "This is like opening the tap wider so more water flows through the hose.",
                "tap wider",
            ),
            (
                "Gene therapy restored the vision of three adults with a rare type of eye disease.",
                "rare type",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(!cards.iter().any(|(_, a)| a == not), "{text}: {cards:?}");
        }
        // "in terms of" is one preposition: nothing is asked of "terms".
        let cards = pairs(
            "Earthquakes are described in terms of what nearby residents felt.",
            None,
        );
        assert!(
            !cards.iter().any(|(_, a)| a.starts_with("terms")),
            "{cards:?}"
        );
    }

    #[test]
    fn what_changes_is_the_measure_not_the_thing_measured() {
        let cards = pairs(
            "Increased rainfall increases the amount of rock that is dissolved.",
            None,
        );
        assert!(
            cards.iter().any(
                |(p, a)| p == "What does increased rainfall increase?" && a == "amount of rock"
            ),
            "{cards:?}"
        );
    }

    #[test]
    fn a_description_is_no_term_to_name() {
        let cards = pairs(
            "These organs are part of a larger system, the organ systems.",
            None,
        );
        assert!(
            !cards.iter().any(|(_, a)| a.contains("larger system")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_present_verb_ending_in_ed_is_not_past() {
        assert_eq!(
            what_question("Living cells", "need").as_deref(),
            Some("What do living cells need?")
        );
        assert_eq!(
            what_question("The cells", "needed").as_deref(),
            Some("What did the cells need?")
        );
    }

    #[test]
    fn no_question_drops_the_limit_its_answer_is_under() {
        let cards = pairs(
            "Water can only hold a certain amount of dissolved minerals and salts.",
            None,
        );
        assert!(
            !cards.iter().any(|(p, _)| p.starts_with("What can water")),
            "{cards:?}"
        );
    }

    #[test]
    fn no_card_leans_on_what_it_does_not_show() {
        for text in [
            // The lead's subject points back.
            "When it does, it combines with oxygen to become a different substance.",
            // A lead that names nothing, then a pronoun.
            "Today, they are mined in open pits all over the world.",
            // One of things named before.
            "The smaller cell is called a polar body.",
            "The other two groups are nekton and benthos.",
            // "this" before a base form points at a thing named before.
            "Stresses from this uplift cause folds, reverse faults, and thrust faults.",
            // A lead with no verb only says where or what it is like.
            "Back at the bottom of the mantle, it travels horizontally.",
            "Like most doorbells, it has a button located by the front door.",
            // The same with no comma after the lead.
            "At the top of the mantle it moves horizontally.",
            // "this" standing for what the sentence before said.
            "Unless the water gets hotter than this, it wont boil and ruin the engine.",
            // "those" standing for things named before.
            "Only a small percentage of those are large enough to be felt.",
            // The sentence points at what follows.
            "The development of a residual soil may go something like this.",
        ] {
            let cards = pairs(text, None);
            assert!(cards.is_empty(), "{text}: {cards:?}");
        }
        // Shown after the sentence before, a cloze; no question names which cell.
        let cards = pairs(
            "The smaller cell is called a polar body.",
            Some("The egg divides into two cells of unequal size."),
        );
        assert!(!cards.is_empty(), "{cards:?}");
        assert!(
            cards
                .iter()
                .all(|(p, _)| p.starts_with("The egg divides into two cells")),
            "{cards:?}"
        );
        // An "it" that stands for what follows points nowhere.
        let cards = pairs(
            "Sometimes it is said that the phagocyte engulfs the pathogen, and then destroys it.",
            None,
        );
        assert!(!cards.is_empty());
        // "this pattern of": a noun that may be a verb, pointed at.
        assert!(pairs("Mendel studied this pattern of inheritance in peas.", None).is_empty());
        // What the sentence points at is named in a sentence too long to show before it.
        let cards = pairs(
            "This pattern of inheritance is significantly different than Mendels rules for inheritance, because both alleles are expressed completely, and one does not mask the other.",
            Some(
                "If a person is heterozygous for both the IA and IB alleles, they will express both and have type AB blood with both proteins on each red blood cell.",
            ),
        );
        assert!(cards.is_empty(), "{cards:?}");
        // A passive participle and a word that points elsewhere are no gaps.
        for (text, not) in [
            (
                "Much of what has been discussed elsewhere describes the geology of the Cenozoic.",
                "discussed elsewhere",
            ),
            (
                "Climate is the most important factor in the type of soil that will form in a particular area.",
                "particular area",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(!cards.iter().any(|(_, a)| a == not), "{text}: {cards:?}");
        }
    }

    #[test]
    fn verbs_coordinated_after_a_modal_share_the_object() {
        let cards = pairs("A landslide may bury or carry away entire villages.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What may a landslide bury or carry away?"
                    && a == "entire villages"),
            "{cards:?}"
        );
        assert!(
            !cards.iter().any(|(_, a)| a == "bury or carry"),
            "{cards:?}"
        );
        // A verb the lexicon does not know, after a modal, is still the verb.
        assert_eq!(what_question("a landslide", "may"), None);
        let cards = pairs("The cytoplasm does not include the nucleus.", None);
        assert!(
            cards
                .iter()
                .any(|(p, _)| p == "What does the cytoplasm not include?"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_word_of_praise_stays_outside_the_gap() {
        let cards = pairs(
            "Hawaii has some spectacular shield volcanoes including Mauna Kea, which is the largest mountain on Earth from base to top.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| a == "shield volcanoes"
                && p.starts_with("Hawaii has some spectacular {{shield volcanoes}}")),
            "{cards:?}"
        );
        assert!(
            !cards.iter().any(|(_, a)| a.contains("spectacular")),
            "{cards:?}"
        );
    }

    #[test]
    fn parts_of_a_list_or_a_number_are_not_gaps() {
        // One item from the middle of a list.
        let cards = pairs(
            "Steel is made by mixing different metal minerals like iron, cobalt, chromium, vanadium, and molybdenum, but steel is not a mineral because it is made by humans.",
            None,
        );
        assert!(!cards.iter().any(|(_, a)| a == "chromium"), "{cards:?}");
        assert!(
            cards
                .iter()
                .any(|(_, a)| a == "iron, cobalt, chromium, vanadium, and molybdenum"),
            "{cards:?}"
        );
        let cards = pairs(
            "There are about 4 to 6 million RBCs per cubic millimeter of blood.",
            None,
        );
        assert!(!cards.iter().any(|(_, a)| a == "million RBCs"), "{cards:?}");
        let cards = pairs("If at least one plate is oceanic, it will subduct.", None);
        assert!(!cards.iter().any(|(_, a)| a == "least"), "{cards:?}");
        // "at least" and "at most" bound the number; the number is the gap.
        for (text, number) in [
            (
                "Deciduous trees, the trees that lose their leaves each winter, need at least 65 cm of rain per year.",
                "65 cm",
            ),
            ("Some deserts get at most 25 cm of rain per year.", "25 cm"),
        ] {
            let cards = pairs(text, None);
            assert!(cards.iter().any(|(_, a)| a == number), "{cards:?}");
            assert!(
                !cards.iter().any(|(_, a)| a.starts_with("least")),
                "{cards:?}"
            );
        }
        // "very [slippery mud]": a word that grades an adjective still binds the gap after it.
        let cards = pairs("Rain turns the path into very slippery mud.", None);
        assert!(!cards.iter().any(|(_, a)| a == "slippery mud"), "{cards:?}");
        // An opening "Its" that lost its apostrophe, before "that": a predicate adjective.
        let cards = pairs(
            "Its understandable that scientists know the most about the crust, and less about deeper layers .",
            None,
        );
        assert!(
            !cards.iter().any(|(_, a)| a == "understandable"),
            "{cards:?}"
        );
        // "the final stage": of what, the card cannot say.
        let cards = pairs(
            "The Atlantic Ocean is the final stage, where rifting is now separating two plates.",
            None,
        );
        assert!(
            !cards
                .iter()
                .any(|(p, a)| p == "What is the final stage?" || a == "the final stage"),
            "{cards:?}"
        );
        // ... nor "the outermost layer", "the first vertebrates" as a subject: of what, or
        // first to do what. The sentence stays a cloze.
        for (text, question) in [
            (
                "The outermost layer is the lithosphere.",
                "What is the outermost layer?",
            ),
            (
                "The first vertebrates were early amphibians.",
                "What were the first vertebrates?",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(!cards.is_empty(), "{text}");
            assert!(cards.iter().all(|(p, _)| p != question), "{cards:?}");
        }
        // "where the ground freezes and thaws": both -s words are verbs.
        let text = "Creep usually takes place where the ground freezes and thaws frequently.";
        let toks = facts::tokenize(text);
        let (_, phrase, _) = key_phrase(text, &toks).expect("a key phrase");
        assert_ne!(phrase, "ground freezes");
    }

    #[test]
    fn prompts_that_lean_on_what_they_do_not_show_are_not_written() {
        let none_of = |text: &str, bad: &dyn Fn(&str, &str) -> bool| {
            let cards = pairs(text, None);
            assert!(!cards.iter().any(|(p, a)| bad(p, a)), "{text}: {cards:?}");
        };
        none_of(
            "The Table 1.1 describes examples of solutions in various states of matter.",
            &|p, _| p.contains("Table 1.1 describe"),
        );
        none_of(
            "Materials called superconductors have virtually no resistance.",
            &|p, _| p == "What are materials called?",
        );
        none_of(
            "Once a sperm and egg cell unite and the first cell, called a zygote, forms, a baby will develop.",
            &|p, _| p == "What is the first cell called?",
        );
        none_of(
            "The process results in two DNA molecules, each with one old strand.",
            &|p, _| p.starts_with("What does the process"),
        );
        none_of(
            "Worst was the damage done to nuclear power plants along the coast.",
            &|p, _| p == "What was worst?",
        );
        // Two clauses joined by ", and" are not one answer.
        none_of(
            "Researching dark matter is an active area of scientific research, and astronomers knowledge is changing rapidly.",
            &|_, a| a.contains(", and"),
        );
        // Text run together from a caption or another column.
        for text in [
            "Pillow lava is common at mid-ocean ridges (Figure (a) Aa lava spread over large areas.",
            "So communities must weigh what different In the 1906 earthquake, fire was much more destructive.",
            "Physical properties include: odor boiling point ability to dissolve in other substances Some of these properties are shown.",
        ] {
            assert!(pairs(text, None).is_empty(), "{text}");
        }
        none_of(
            "The direction of the magnetic field created when current flows through a wire depends on the direction of the current.",
            &|p, _| p.starts_with("When"),
        );
        for text in [
            "Below are the main organelles found in eukaryotic cells : 1.",
            "Substance iron sand wood Specific Heat (joules) 0.45 0.67 1.76 Q: Metal pots often have wooden handles.",
        ] {
            assert!(pairs(text, None).is_empty(), "{text}");
        }
        none_of(
            "A macrophage is a type of white blood cell called a phagocyte.",
            &|p, _| p == "What is a type of white blood cell called?",
        );
        none_of(
            "Scientists are a long way from being able to predict earthquakes.",
            &|p, _| p == "What are scientists?",
        );
        none_of(
            "Minerals are divided into groups based on their chemical composition.",
            &|_, a| a == "groups based",
        );
        for text in [
            "Place the object to be measured on the pan at the left side of the balance.",
            "A cross section of a volcano reveals layers: (1) magma chamber, (2) bedrock, (3) pipe.",
            "To find out, convert the Kelvin temperature to Fahrenheit.",
        ] {
            assert!(pairs(text, None).is_empty(), "{text}");
        }
        // "the organelles where proteins are made": a plural description asks with "are".
        let cards = pairs(
            "In both eukaryotes and prokaryotes, ribosomes are the non-membrane bound organelles where proteins are made.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p
                == "In both eukaryotes and prokaryotes, what are the non-membrane bound organelles where proteins are made?"
                && a == "Ribosomes"),
            "{cards:?}"
        );
        none_of(
            "The minerals that form at the highest temperatures and pressures are the least stable at the surface.",
            &|p, _| p.starts_with("What are the minerals"),
        );
        none_of(
            "At 20 C, coal exists as a solid and water exists as a liquid.",
            &|_, a| a.contains("water"),
        );
        assert!(
            pairs(
                "A plasma or cell membrane, which acts as a barrier around the cell.",
                None
            )
            .is_empty()
        );
        none_of(
            "Scientists know the speed of sound in different materials.",
            &|p, _| p.starts_with("What do scientists"),
        );
        none_of(
            "Constructing buildings and roads churns up the ground and exposes soil to erosion.",
            &|_, a| a.contains("churns"),
        );
        none_of(
            "The Philippine Plate and the Pacific Plate subduct beneath oceanic crust.",
            &|_, a| a.contains("subduct"),
        );
        none_of(
            "Photosynthesis allowed organisms to use inorganic molecules, such as carbon dioxide and water, to create chemical energy.",
            &|_, a| a.contains("create"),
        );
        none_of(
            "The magnetic field created by a current flowing through a wire surrounds the wire in concentric circles.",
            &|p, _| p.contains("create by"),
        );
        none_of(
            "A diamond created deep in Earths crust is a mineral, but a diamond made in a laboratory by humans is not.",
            &|p, _| p.contains("create?"),
        );
        // "signals are": a plural noun before a plural auxiliary, not a verb.
        let cards = pairs(
            "They include the CPU, hard drive, ROM, and RAM.",
            Some(
                "The parts of a computer that transmit, process, or store digital signals are pictured and described in the Figure 1.1.",
            ),
        );
        assert!(
            cards.iter().all(|(p, _)| !p.contains("store digital.")),
            "{cards:?}"
        );
        none_of(
            "Soils eroded from logged forests clog rivers and lakes, fill estuaries, and bury coral reefs.",
            &|p, a| p.contains("erode from?") || a.contains("estuaries"),
        );
        none_of(
            "For example, alpha and beta particles emitted from nuclear decay reactions possess much higher energies than ordinary chemical bond energies.",
            &|p, a| p.contains("emit from?") || p.contains("decay?") || a == "reactions",
        );
        none_of("Two are longshore currents and rip currents.", &|_, a| {
            a == "Two"
        });
        let cards = pairs(
            "Mechanical weathering may increase the rate of chemical weathering.",
            None,
        );
        assert!(
            !cards.iter().any(|(_, a)| a == "rate of chemical"),
            "{cards:?}"
        );
        for text in [
            "Alternation of generations can be summarized in the following four steps: follow along in the Figure as you read.",
            "Clothes dry more quickly on a windy day than on a still day. concentration of the evaporating substance in the air.",
        ] {
            assert!(pairs(text, None).is_empty(), "{text}");
        }
        none_of(
            "Like charges, on the other hand, repel each other, so two positive charges push apart.",
            &|_, a| a == "hand",
        );
        none_of(
            "To Oersteds surprise, the pointer swung toward the wire so it was no longer pointing north.",
            &|_, a| a.starts_with("longer"),
        );
        none_of(
            "Misshapen cells cannot pass through the smallest vessels.",
            &|_, a| a == "smallest",
        );
        for text in [
            "Scale Freezing Point of Water 273 K 0 C 32 F Boiling Point of Water 373 K 100 C 212 F.",
            "Recreational Activities Avoid using off-road vehicles on hilly lands.",
        ] {
            assert!(pairs(text, None).is_empty(), "{text}");
        }
        // "This fact is ...": a subject that points back is no referent for the next "it".
        let cards = pairs(
            "When the air is very humid, it feels heavy or sticky.",
            Some(
                "This fact is obvious if you compare a summer day in Atlanta with a winter day in Phoenix.",
            ),
        );
        assert!(
            !cards.iter().any(|(p, _)| p.contains("fact feel")),
            "{cards:?}"
        );
        none_of(
            "In the testes, sperm- producing cells called spermatids develop.",
            &|p, _| p == "What are producing cells called?",
        );
        none_of(
            "In the Figure 1.3, the long, skinny land mass on the left is Baja California.",
            &|p, _| p.contains("Figure"),
        );
        // A fragment after a full stop is not hidden whole.
        none_of(
            "Pure water will evaporate more quickly than salt water. air movement.",
            &|_, a| a == "air movement",
        );
        // "how fast a solute dissolves": the verb is no part of the gap.
        none_of(
            "The temperature of the solvent is another factor that affects how fast a solute dissolves.",
            &|_, a| a == "solute dissolves",
        );
        // "The oldest known fossils": "known" describes the fossils.
        none_of(
            "The oldest known fossils that are from organisms known to photosynthesize are cyanobacteria.",
            &|p, _| p.starts_with("What did the oldest"),
        );
    }

    #[test]
    fn a_list_is_hidden_whole() {
        let text = "Continental crust is made up of many different types of igneous, metamorphic, and sedimentary rocks.";
        let toks = facts::tokenize(text);
        let (_, phrase, _) = key_phrase(text, &toks).expect("a key phrase");
        assert_eq!(phrase, "igneous, metamorphic, and sedimentary rocks");
        // The last item that starts a new clause is not part of a list.
        let text =
            "The youngest volcano sits above the hotspot and volcanoes become older with distance.";
        let toks = facts::tokenize(text);
        let (_, phrase, _) = key_phrase(text, &toks).expect("a key phrase");
        assert_ne!(phrase, "hotspot and volcanoes");
    }

    /// Every phrase a sentence offers to hide, not only the best.
    fn candidate_phrases(text: &str) -> Vec<String> {
        let toks = facts::tokenize(text);
        let mut found = Vec::new();
        key_phrase_candidates(text, &toks, facts::analyze(&toks).as_ref(), |a, b, _| {
            found.push(facts::span(text, &toks, a, b).to_owned())
        });
        found
    }

    /// The phrases a sentence offers to hide that pass the checks of a good gap.
    fn phrases(text: &str) -> Vec<String> {
        let toks = facts::tokenize(text);
        key_phrases_in(text, &toks, facts::analyze(&toks).as_ref())
            .into_iter()
            .map(|(_, phrase, _)| phrase)
            .collect()
    }

    #[test]
    fn the_toll_of_one_event_is_no_gap() {
        for (text, never) in [
            (
                "A 6.3 quake in Christchurch in February 2011 killed about 180 people.",
                "180 people",
            ),
            (
                "About 22,000 people were dead or missing, and 190,000 buildings had been damaged or destroyed.",
                "190,000 buildings",
            ),
        ] {
            let found = phrases(text);
            assert!(!found.iter().any(|p| p == never), "{text}: {found:?}");
        }
        // A count that is a fact of nature is kept.
        let found = phrases("Human cells have 46 chromosomes.");
        assert!(found.iter().any(|p| p == "46 chromosomes"), "{found:?}");
    }

    #[test]
    fn a_phrase_a_determiner_follows_ends_on_a_verb() {
        for (text, never) in [
            (
                "Platelets bud off large cells that stay in the bone marrow.",
                "Platelets bud",
            ),
            (
                "The water picks up more dissolved particles.",
                "water picks",
            ),
            (
                "Being hydrophilic, the heads face the inside and outside of the cell.",
                "heads face",
            ),
        ] {
            let found = phrases(text);
            assert!(!found.iter().any(|p| p == never), "{text}: {found:?}");
        }
        // After a verb, a first object ("gives [soft drinks] their fizz"); a number is no verb.
        for (text, phrase) in [
            (
                "Carbon dioxide gives soft drinks their fizz.",
                "soft drinks",
            ),
            (
                "By 20 Ma the Pacific Plate and the East Pacific Rise spread apart.",
                "20 Ma",
            ),
        ] {
            let found = candidate_phrases(text);
            assert!(found.iter().any(|p| p == phrase), "{text}: {found:?}");
            let kept = phrases(text);
            assert!(kept.iter().any(|p| p == phrase), "{text}: {kept:?}");
        }
    }

    #[test]
    fn gaps_stop_at_the_verb() {
        let phrases = candidate_phrases;
        for (text, never) in [
            (
                "All of the cells in the domain Eukarya keep their genetic material inside the nucleus.",
                "domain Eukarya keep",
            ),
            (
                "When particles of matter absorb electrical energy, they change it to heat.",
                "matter absorb electrical energy",
            ),
            (
                "All of the cells keep their genetic material, or DNA, inside the nucleus.",
                "genetic material, or DNA",
            ),
        ] {
            let found = phrases(text);
            assert!(!found.iter().any(|p| p == never), "{text}: {found:?}");
        }
        assert!(
            phrases("Crust, mantle, and core differ from each other in chemical composition.")
                .contains(&"Crust, mantle, and core".to_owned())
        );
        assert!(
            phrases("Glass breaking is just one example of a physical change.")
                .contains(&"Glass breaking".to_owned())
        );
    }

    #[test]
    fn everyday_things_are_not_hidden() {
        for (text, never) in [
            (
                "You notice that some of the sugar is sitting on the bottom of the container.",
                "container",
            ),
            (
                "Sometimes just walking or riding your bike over the same place will kill the grass.",
                "bike",
            ),
            (
                "These white blood cells travel to areas of the body that are inflamed.",
                "body",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(!cards.iter().any(|(_, a)| a == never), "{cards:?}");
        }
    }

    #[test]
    fn a_kind_named_in_the_subject_hides_its_name() {
        // The gap is the name, not the kind it is of.
        let cards = pairs(
            "A device called a commutator then changes the direction of the current so the poles of the electromagnet are reversed.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| a == "commutator"
                && p.starts_with("A device called a {{commutator}} then changes")),
            "{cards:?}"
        );
        assert!(
            !cards.iter().any(|(_, a)| a.contains("device")),
            "{cards:?}"
        );
        // A comma that closes an opening phrase is no appositive: the ridge is not "western
        // North America".
        let cards = pairs(
            "In the diagram of western North America, the mid-ocean ridge up at the top, labeled the Juan de Fuca Ridge, is broken apart by a transform fault in the oceans.",
            None,
        );
        assert!(
            !cards
                .iter()
                .any(|(_, a)| a.contains("western North America")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_list_object_gets_no_reverse_question() {
        let cards = pairs(
            "The lymph organs are the red bone marrow, tonsils, spleen, and thymus gland.",
            None,
        );
        assert!(cards.iter().any(|(p, a)| p == "What are the lymph organs?"
            && a == "the red bone marrow, tonsils, spleen, and thymus gland"));
        assert!(!cards.iter().any(|(_, a)| a == "Lymph organs"), "{cards:?}");
        // A name given only under a condition is not what the thing is called.
        let cards = pairs(
            "A concentration of minerals is only called an ore deposit if it is profitable to mine.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| p.contains("only called")),
            "{cards:?}"
        );
        // A name glossed by another is a cloze on the gloss, not a definition of both.
        let cards = pairs(
            "Most vascular plants are seed plants, or spermatophytes.",
            None,
        );
        assert!(
            cards.iter().any(|(_, a)| a == "spermatophytes")
                && cards.iter().all(|(_, a)| !a.contains("seed plants")),
            "{cards:?}"
        );
        // A gloss cut inside its phrase leaves the name before it as the answer.
        let cards = pairs(
            "A snowflake is made of ice, or water in the solid state.",
            None,
        );
        assert!(
            cards.iter().any(|(_, a)| a == "ice")
                && cards.iter().all(|(_, a)| a != "ice, or water"),
            "{cards:?}"
        );
        // A role is no name to recall from what fills it.
        let cards = pairs(
            "In your body, the source of energy is the food you eat.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "In your body, what is the source of energy?"
                    && a == "the food you eat")
        );
        assert!(
            !cards.iter().any(|(_, a)| a == "Source of energy"),
            "{cards:?}"
        );
    }

    #[test]
    fn an_initial_keeps_its_capital_and_an_idiom_is_no_gap() {
        assert_eq!(decapitalize("E. coli"), "E. coli");
        assert_eq!(decapitalize("The crust"), "the crust");
        let cards = pairs("It calls into question the very definition of life.", None);
        assert!(cards.iter().all(|(_, a)| a != "question"), "{cards:?}");
        let cards = pairs("Engineers take into account the weight of the snow.", None);
        assert!(cards.iter().all(|(_, a)| a != "account"), "{cards:?}");
        let cards = pairs(
            "Most of the mycelium is hidden from view deep within the fungal food source.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| !a.starts_with("view")),
            "{cards:?}"
        );
        let cards = pairs(
            "Both prokaryotic and eukaryotic cells have structures in common.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "common"), "{cards:?}");
    }

    #[test]
    fn a_gap_never_ends_at_an_initial() {
        let text = "Gut bacteria include Lactobacillus, the bacteria used in probiotic foods such as yogurt, and E. coli bacteria.";
        let cards = pairs(text, None);
        assert!(!cards.is_empty());
        assert!(cards.iter().all(|(_, a)| !a.ends_with(" E")), "{cards:?}");
        let cards = pairs(
            "These long-lasting B and T cells are called memory cells.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| !a.ends_with(" B")), "{cards:?}");
        // A number's verb ends the clause, not the number's phrase.
        let cards = pairs("They die off and by puberty about 40,000 remain.", None);
        assert!(
            cards.iter().all(|(_, a)| !a.contains("remain")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_judgement_or_an_example_is_no_definition_to_ask() {
        let questions = |text: &str| -> Vec<(String, String)> {
            pairs(text, None)
                .into_iter()
                .filter(|(p, _)| p.ends_with('?'))
                .collect()
        };
        // A judgement of the thing: a problem, "very" and nothing after; its own kind again.
        for text in [
            "Air pollution is a big problem for cities where large numbers of people drive every day.",
            "Foodborne illnesses are serious issues associated with the digestive system.",
            "Asbestos is a very dangerous material.",
            "Ankle sprains are a common type of sprain.",
            // An example of what, the card cannot say.
            "A common example is the rusting of iron when exposed to water and oxygen.",
        ] {
            assert!(questions(text).is_empty(), "{text}: {:?}", questions(text));
        }
        // A problem named after "of" is no judgement.
        let cards = questions("Environmental science is the study of environmental issues.");
        assert!(!cards.is_empty(), "{cards:?}");
        // A definite answer picks one out; "very" with a description after it is a definition.
        let cards = questions("Iron-deficiency anemia is the most common type of anemia.");
        assert!(
            cards.contains(&(
                "What is the most common type of anemia?".into(),
                "Iron-deficiency anemia".into()
            )),
            "{cards:?}"
        );
        let cards = questions("Creep is the very slow movement of rock and soil down a hillside.");
        assert!(cards.iter().any(|(_, a)| a == "Creep"), "{cards:?}");
        let cards = questions("The skin is a very important barrier to pathogens.");
        assert!(
            cards.contains(&(
                "What is the skin?".into(),
                "a very important barrier to pathogens".into()
            )),
            "{cards:?}"
        );
    }

    #[test]
    fn vague_or_cut_answers_are_not_asked() {
        // The other of a pair named before.
        let cards = pairs(
            "Chemical weathering is the other important type of weathering.",
            None,
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| p != "What is chemical weathering?"),
            "{cards:?}"
        );
        let cards = pairs("Kinetic energy is another form of energy.", None);
        assert!(
            cards.iter().all(|(p, _)| !p.starts_with("What is kinetic")),
            "{cards:?}"
        );
        // Some of a kind, with too little said of them to tell which kind.
        for text in [
            "Some particles are pollutants.",
            "Many important metal ores are oxides.",
            "Many common electric devices contain electromagnets.",
        ] {
            let cards = pairs(text, None);
            assert!(
                cards.iter().all(|(p, _)| !p.contains("}} ")),
                "{text}: {cards:?}"
            );
        }
        // Enough said of them.
        let cards = pairs("Many channel proteins allow the diffusion of ions.", None);
        assert!(
            cards
                .iter()
                .any(|(p, _)| p.starts_with("Many {{channel proteins}} allow")),
            "{cards:?}"
        );
        // A preposition is no gap.
        let cards = pairs(
            "Aa lava can spread over large areas as the lava continues to flow underneath the crusts surface.",
            None,
        );
        assert!(!cards.iter().any(|(_, a)| a == "underneath"), "{cards:?}");
        // A verb coordinated with one after a modal; an adverb asked with "what".
        let cards = pairs("Houses should bend and sway.", None);
        assert!(cards.iter().all(|(_, a)| a != "sway"), "{cards:?}");
        // A picture that follows.
        let cards = pairs(
            "In the series circuit below, if one light bulb burns out, the other light bulb wont work.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.contains(" below,")),
            "{cards:?}"
        );
        // Pictures in the plural.
        let text = "The two figures below show two stages of thunderstorm buildup.";
        assert_eq!(pairs(text, None), Vec::new());
        let text = "The diagrams above show the layers of the atmosphere.";
        assert_eq!(pairs(text, None), Vec::new());
        let text = "This figure shows the evolution of the San Andreas Fault zone from 30 million years ago (bottom) to present (top).";
        assert_eq!(pairs(text, None), Vec::new());
        // A comparison with what the sentence before said.
        let cards = pairs(
            "Nerve impulses travel just as fast through the network of nerves inside the body.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "fast"), "{cards:?}");
        assert!(cards.is_empty(), "{cards:?}");
        let cards = pairs(
            "Nerve impulses travel just as fast through the network of nerves inside the body.",
            Some("Electric current travels through a wire at nearly the speed of light."),
        );
        assert!(
            cards.iter().all(|(p, _)| p.starts_with("Electric current")),
            "{cards:?}"
        );
        let cards = pairs(
            "Smaller pieces of wood have the ability to burn just as larger logs do.",
            None,
        );
        assert!(!cards.is_empty());
        // "even more" with no "than": more than what the sentence before said.
        assert_eq!(
            pairs("Off-road vehicles cause even more damage.", None),
            Vec::new()
        );
        assert_eq!(
            pairs("Salt water contains a lot more dissolved elements.", None),
            Vec::new()
        );
        // A question could not show the sentence before, even when there is one.
        let cards = pairs(
            "Salt water contains a lot more dissolved elements.",
            Some("Fresh water has few dissolved elements."),
        );
        assert!(cards.iter().all(|(p, _)| !p.ends_with('?')), "{cards:?}");
        let before = "Hikers boots can disturb the ground in some delicate habitats.";
        let cards = pairs("Off-road vehicles cause even more damage.", Some(before));
        assert!(
            !cards.is_empty() && cards.iter().all(|(p, _)| p.starts_with(before)),
            "{cards:?}"
        );
        assert!(
            !pairs(
                "Off-road vehicles cause even more damage than hikers.",
                None
            )
            .is_empty()
        );
        let cards = pairs("Oil-based paint doesnt dissolve in water.", None);
        assert!(
            cards
                .iter()
                .all(|(p, _)| !(p.ends_with('?') && p.contains("doesnt"))),
            "{cards:?}"
        );
        let cards = pairs("The viscous lava does not flow far.", None);
        assert!(cards.iter().all(|(_, a)| a != "far"), "{cards:?}");
        // "Thats" (the apostrophe lost) points back like "That's".
        let text = "Thats because it steps up, or increases, the voltage.";
        assert!(pairs(text, None).is_empty(), "{:?}", pairs(text, None));
        let before = "This type of transformer is called a step-up transformer.";
        let cards = pairs(text, Some(before));
        assert!(!cards.is_empty());
        assert!(
            cards.iter().all(|(p, _)| p.starts_with(before)),
            "{cards:?}"
        );
        // A connective is no answer.
        let cards = pairs(
            "Otherwise, it would be a liquid at room temperature.",
            Some("The boiling point of oxygen must be lower than 20 C."),
        );
        assert!(cards.iter().all(|(_, a)| a != "Otherwise"), "{cards:?}");
        // A span of time with no number.
        let cards = pairs(
            "Earthquakes can be so small they go completely unnoticed, or so large that it can take years for a region to recover.",
            None,
        );
        assert!(!cards.iter().any(|(_, a)| a == "years"), "{cards:?}");
        // One word cut from the clause that says which.
        let cards = pairs(
            "Like us, many animals have evolved behaviors that control their internal temperature.",
            None,
        );
        assert!(!cards.iter().any(|(_, a)| a == "behaviors"), "{cards:?}");
        let cards = pairs(
            "The motor contains an electromagnet that is connected to a shaft.",
            None,
        );
        // (Asked, it is asked with the clause.)
        assert!(
            cards
                .iter()
                .filter(|(p, _)| p == "What does the motor contain?")
                .all(|(_, a)| a == "electromagnet that is connected to a shaft"),
            "{cards:?}"
        );
        // What a thing can be: only its alternatives.
        let cards = pairs("Dark matter could just be ordinary matter.", None);
        assert!(!cards.iter().any(|(p, _)| p.ends_with(" be?")), "{cards:?}");
        let cards = pairs("Solutions may be gases, liquids, or solids.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What may solutions be?" && a == "gases, liquids, or solids"),
            "{cards:?}"
        );
    }

    #[test]
    fn this_alone_before_a_verb_needs_the_sentence_before() {
        let text = "Scientists think that this is one cause of depression.";
        assert!(pairs(text, None).is_empty());
        let before = "Some people have low levels of serotonin in their brain.";
        let cards = pairs(text, Some(before));
        assert!(!cards.is_empty());
        assert!(
            cards.iter().all(|(p, _)| p.starts_with(before)),
            "{cards:?}"
        );
    }

    #[test]
    fn a_gap_is_a_noun_phrase_not_a_clause() {
        let cards = pairs(
            "Some scientists think that only 10,000 humans survived worldwide.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| !a.contains("survived")),
            "{cards:?}"
        );
        let cards = pairs(
            "Some gases can be measured at the site or, in some cases, from a distance using satellites.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| !a.contains("using")), "{cards:?}");
        let cards = pairs(
            "The nucleus also has holes embedded in the nuclear envelope.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| a != "holes embedded"),
            "{cards:?}"
        );
        // What belongs to the reader.
        let cards = pairs(
            "Insulin is an example of a protein made by your cells.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "cells"), "{cards:?}");
        // A possessive that lost its apostrophe is not part of what it owns.
        let cards = pairs(
            "A bigger bar also increases an electromagnets strength.",
            None,
        );
        assert!(cards.iter().all(|(p, _)| !p.contains("an {{")), "{cards:?}");
        assert!(cards.iter().any(|(_, a)| a == "strength"), "{cards:?}");
        // An -ing head noun before its verb is part of the phrase, not left out of the gap.
        let cards = pairs(
            "Gravitational lensing occurs when light is bent around a super-massive object.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "Gravitational"), "{cards:?}");
        // A lead run into the subject with no comma between.
        for (text, not) in [
            (
                "With a good prediction authorities could get people to evacuate.",
                "good prediction authorities",
            ),
            (
                "In some locations soil erosion is a serious problem.",
                "locations soil erosion",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(cards.iter().all(|(_, a)| a != not), "{text}: {cards:?}");
        }
        // An adverb of manner goes into the gap with the words it binds, or no gap is made.
        let cards = pairs(
            "In asexual reproduction, the parent produces a genetically identical copy of itself.",
            None,
        );
        assert!(
            cards.iter().any(|(_, a)| a == "genetically identical copy"),
            "{cards:?}"
        );
        assert!(
            cards.iter().all(|(_, a)| a != "identical copy"),
            "{cards:?}"
        );
        let cards = pairs(
            "A polar compound has positively and negatively charged ends.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| !a.ends_with("charged ends")),
            "{cards:?}"
        );
        // The degree "how" asks for.
        let cards = pairs(
            "Temperature measures how fast a materials atoms are vibrating.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "fast"), "{cards:?}");
    }

    #[test]
    fn questions_that_misread_their_sentence_are_not_asked() {
        // "as" opens a clause; "what" asks for no direction.
        for (text, not) in [
            (
                "Soils thicken as the amount of time available for weathering increases.",
                "What do soils thicken as?",
            ),
            (
                "The proto-Atlantic ocean shrank as the Pacific Ocean grew.",
                "What did the proto-Atlantic ocean shrink as?",
            ),
            (
                "Because of Coriolis effect, the water goes right in the Northern Hemisphere.",
                "Because of Coriolis effect, what does the water go?",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(cards.iter().all(|(p, _)| p != not), "{text}: {cards:?}");
        }
        let cards = pairs(
            "Land on the west side is moving northward relative to land on the east side.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "northward"), "{cards:?}");
        // "go" takes a state; that there is a relationship is nothing to recall.
        let cards = pairs("Organisms that do not reproduce will go extinct.", None);
        assert!(cards.iter().all(|(p, _)| !p.ends_with(" go?")), "{cards:?}");
        let cards = pairs(
            "In doing these things, Hubble noticed a relationship.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "relationship"), "{cards:?}");
        // What a thing is used for is part of what is used.
        let cards = pairs(
            "Instead, they use energy from the sun to make their food through photosynthesis.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.ends_with(" use?")),
            "{cards:?}"
        );
        let cards = pairs(
            "Most seismologists now use the moment magnitude scale.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What do most seismologists now use?"
                    && a == "moment magnitude scale"),
            "{cards:?}"
        );
        // "help" takes a verb.
        let cards = pairs(
            "In these ways, a fever helps the body fight infection.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.ends_with(" help?")),
            "{cards:?}"
        );
        let cards = pairs("The vector helps incorporate the desired gene.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What does the vector help do?"
                    && a == "incorporate the desired gene"),
            "{cards:?}"
        );
        // "as" before a thing, and before a clause joined to the next.
        let cards = pairs("The hot magma erupts as lava on the surface.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What does the hot magma erupt as?" && a == "lava"),
            "{cards:?}"
        );
        // Two comparisons are a list; a comparison after a thing is another predicate.
        let cards = pairs(
            "Prokaryotic cells are usually smaller and simpler than eukaryotic cells.",
            None,
        );
        assert!(
            cards.iter().any(|(_, a)| a == "smaller and simpler"),
            "{cards:?}"
        );
        let cards = pairs(
            "At hotspots the volcanoes are youngest at one end of the chain and oldest at the other.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| a != "chain and oldest"),
            "{cards:?}"
        );
        // What the reader does is no condition.
        let cards = pairs(
            "If you look closely, you can see the individual crystals of ice.",
            None,
        );
        assert!(
            !cards
                .iter()
                .any(|(p, _)| p.starts_with("What happens if you")),
            "{cards:?}"
        );
        // The answer is the subject of a clause of its own.
        let cards = pairs(
            "A new continent will form as the Pacific ocean disappears.",
            None,
        );
        assert!(!cards.iter().any(|(p, _)| p.ends_with(" as?")), "{cards:?}");
        // Two sentences spliced with a comma.
        assert!(comma_splice(
            "What are the flat, bowl-shaped cells, the tiny disc-shaped pieces are platelets?"
        ));
        assert!(!comma_splice(
            "In both eukaryotes and prokaryotes, what are the organelles where proteins are made?"
        ));
        assert!(!comma_splice(
            "What is the layer, the one that is closest to the ground, called?"
        ));
        // A page the card cannot show.
        assert!(
            pairs(
                "For a fun challenge, try to apply the law of conservation of mass to a scene from a film at this link.",
                None
            )
            .is_empty()
        );
        // Another lesson, or what the reader met before.
        for text in [
            "The maglev train described earlier, in the lesson \"Electricity and Magnetism,\" contains permanent magnets.",
            "As you read earlier in this chapter, plant roots always grow downward.",
            "Also suppose you had been able to measure the oxygen used by the fire.",
            "How physical properties are used to identify minerals is described in the concept \"Mineral Identification.\"",
        ] {
            assert!(pairs(text, None).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_short_sentence_that_says_nothing_else_is_no_card() {
        for text in [
            "There is really a fault zone.",
            "The process is called diffusion.",
            "The surface currents described above are all large and unchanging.",
            "An odor is produced.",
        ] {
            assert!(
                pairs(text, None).is_empty(),
                "{text}: {:?}",
                pairs(text, None)
            );
        }
        let cards = pairs("Viruses cannot reproduce by themselves.", None);
        assert!(cards.iter().any(|(_, a)| a == "Viruses"), "{cards:?}");
        let cards = pairs(
            "Bacteria lack many of the structures that eukaryotic cells contain.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "structures"), "{cards:?}");
        let cards = pairs(
            "The material heats up and reaches the zone where it rises again.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "zone"), "{cards:?}");
    }

    #[test]
    fn in_other_words_needs_the_sentence_before() {
        let text = "In other words, the button is a switch.";
        assert!(pairs(text, None).is_empty());
        let before = "Pressing the button closes the circuit and lets current flow.";
        let cards = pairs(text, Some(before));
        assert!(
            cards.iter().all(|(p, _)| p.starts_with(before)),
            "{cards:?}"
        );
    }

    #[test]
    fn the_text_talking_about_itself_is_no_fact() {
        for text in [
            "A few highlights are mentioned here.",
            "Only one of each pair is shown here.",
            "In this lesson we will explore the layers of the atmosphere.",
            "To understand how electromagnets are used in electric devices, well focus on two common devices: doorbells and electric motors.",
            "Lets review the main types of rock.",
            "Here are the steps to finding an earthquake epicenter using three seismograms.",
            "No doubt you already have a good idea of what temperature is.",
            "The next chapter explains how electric current and magnetism are related.",
            "The next lesson explains how glaciers cause erosion.",
            "Pure water is included in the table for comparison.",
            "You are on vacation at the beach.",
            "Clouds are classified in several ways.",
            "There are several other ways to help prevent soil loss.",
            "You have to run to the water.",
            "You may have seen special whistles that dogs but not people can hear.",
            "The population in the table has 100 members.",
            "Mitosis is followed by cytokinesis, when the cytoplasm divides,",
            "Not only are the electric wires insulated with a coating",
        ] {
            assert!(pairs(text, None).is_empty(), "{text}");
        }
        // "lets" inside a sentence is a verb; "the next" before a noun of the subject is no
        // pointer.
        assert!(!pairs("A membrane lets water pass through its pores.", None).is_empty());
        assert!(
            !pairs(
                "Not only are the wires insulated, but the plugs are also grounded.",
                None
            )
            .is_empty()
        );
        assert!(
            !pairs(
                "The next largest alkane is ethane with two carbon atoms.",
                None
            )
            .is_empty()
        );
        assert!(
            !pairs(
                "Elements in the periodic table are ordered by atomic number.",
                None
            )
            .is_empty()
        );
        assert!(
            !pairs(
                "You have ten times as many bacteria as human cells in your body.",
                None
            )
            .is_empty()
        );
        let cards = pairs(
            "You may remember that the formula for the surface area of a sphere is 4πr2.",
            None,
        );
        assert!(cards.iter().any(|(_, a)| a == "surface area"), "{cards:?}");
    }

    #[test]
    fn a_pronoun_pointing_at_the_own_subject_needs_no_context() {
        let previous = "Greenhouse gases trap heat in the atmosphere.";
        let cards = pairs(
            "During diffusion, molecules flow down their concentration gradient.",
            Some(previous),
        );
        assert!(!cards.is_empty());
        assert!(
            cards.iter().all(|(p, _)| !p.contains("Greenhouse")),
            "{cards:?}"
        );
        // A pronoun that does not agree with the subject points further back.
        let cards = pairs(
            "Organ shortage and high costs hinder its accessibility.",
            Some("Liver transplantation remains the only curative option for end-stage cirrhosis."),
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| p.starts_with("Liver transplantation")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_plural_after_the_shows_the_sentence_that_named_it() {
        // "The chemicals" are the ones the sentence before spoke of: a cloze shows it.
        let previous =
            "Inflammation is caused by chemicals that are released when tissue is damaged.";
        let cards = pairs(
            "The chemicals cause nearby blood vessels to dilate.",
            Some(previous),
        );
        let clozes: Vec<_> = cards.iter().filter(|(p, _)| p.contains("{{")).collect();
        assert!(!clozes.is_empty(), "{cards:?}");
        assert!(
            clozes.iter().all(|(p, _)| p.starts_with("Inflammation")),
            "{cards:?}"
        );
        // Where the sentence before tells the answer, the card goes without it.
        let cards = pairs(
            "The elements are mixed evenly through the water.",
            Some("Most water on Earth contains elements."),
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| a == "water" && p.starts_with("The elements")),
            "{cards:?}"
        );
        // A name says which, and "the gas" is one thing.
        for (text, before) in [
            (
                "The Cascades are a chain of volcanoes at a convergent boundary.",
                "Trenches mark subduction zones.",
            ),
            (
                "The gas forms bubbles that rise to the surface of the liquid.",
                "The liquid boils.",
            ),
        ] {
            let cards = pairs(text, Some(before));
            assert!(!cards.is_empty(), "{text}");
            assert!(
                cards.iter().all(|(p, _)| !p.starts_with(before)),
                "{cards:?}"
            );
        }
        // With no sentence before, the card is as it was.
        assert!(!pairs("The chemicals cause nearby blood vessels to dilate.", None).is_empty());
    }

    #[test]
    fn a_description_named_by_a_term_is_not_the_gap() {
        // The term is asked for; the description before it is not hidden. (A cloze: "What is
        // the outermost layer?" would not say of what.)
        let cards = pairs("The outermost layer is the lithosphere.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "The outermost layer is the {{lithosphere}}."
                    && a == "lithosphere"),
            "{cards:?}"
        );
        assert!(
            cards.iter().all(|(p, _)| !p.starts_with("The {{")),
            "{cards:?}"
        );
        assert!(gaps_what_a_term_names(
            "The {{supercontinent before Pangaea}} was Rodinia."
        ));
        // An adjective after the verb is no term: the gap stays.
        assert!(!gaps_what_a_term_names(
            "The {{cell membrane}} is semipermeable."
        ));
        assert!(!gaps_what_a_term_names(
            "The {{nucleus}} is the control center of the cell."
        ));
    }

    #[test]
    fn a_participle_after_its_noun_is_not_asked_as_a_past_verb() {
        let cards = pairs(
            "The chemicals released by helper T cells activate both B cells and killer T cells.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.starts_with("What did")),
            "{cards:?}"
        );
        // Adjectives joined by a comma go with their noun when a clause follows.
        let cards = pairs(
            "The two metals are combined in a hot, molten state, but they form a solid solution at room temperature.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "hot"), "{cards:?}");
    }

    #[test]
    fn advice_is_asked_by_its_purpose_or_its_case() {
        let expect = [
            (
                "Replace halogen and incandescent light bulbs with fluorescent bulbs to lessen fire risk.",
                "What should you do to lessen fire risk?",
                "Replace halogen and incandescent light bulbs with fluorescent bulbs",
            ),
            (
                "Keep fields as flat as possible, in order to avoid soil erosion.",
                "What should you do to avoid soil erosion?",
                "Keep fields as flat as possible",
            ),
            (
                "If you are in a building, get beneath a sturdy table, cover your head, and hold on.",
                "If you are in a building, what should you do?",
                "get beneath a sturdy table, cover your head, and hold on",
            ),
            (
                "To reduce erosion on farms, plant trees around the fields.",
                "What should you do to reduce erosion on farms?",
                "plant trees around the fields",
            ),
        ];
        for (text, question, answer) in expect {
            let cards = pairs(text, None);
            assert_eq!(cards, [(question.to_owned(), answer.to_owned())], "{text}");
        }
        // An exercise on the page, advice with neither purpose nor case, a purpose that leans
        // on the sentence before, a subject that looks like a verb: no question.
        for text in [
            "Count the lines between the two peaks to find the distance.",
            "To find out, convert the temperature to kelvins.",
            "Look at the rock layers in the figure to see how they formed.",
            "Substitute these values in the equation to get the power.",
            "Be sure to have a first aid kit.",
            "Turn off water and power to your home.",
            "Plant new trees to replace those that are cut down.",
            "Warm air masses tend to move toward the poles.",
        ] {
            let cards = pairs(text, None);
            assert!(
                !cards.iter().any(|(p, _)| p.contains("should you do")),
                "{text}: {cards:?}"
            );
        }
    }

    #[test]
    fn each_of_what_came_before_is_not_asked_about() {
        for text in [
            "Each layer is called a horizon.",
            "Each of the layers is called a phase.",
        ] {
            let cards = pairs(text, None);
            assert!(!cards.is_empty(), "{text}");
            assert!(
                cards.iter().all(|(p, _)| !p.ends_with('?')),
                "{text}: {cards:?}"
            );
        }
        // ... and "a [different element]" is no gap either: that they differ is what is said.
        assert_eq!(
            pairs("Each symbol stands for a different element.", None),
            Vec::new()
        );
        let cards = pairs(
            "Usually, the two coils of a transformer have different numbers of turns.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| !a.starts_with("different")),
            "{cards:?}"
        );
        // What it is each one of is said, or a condition says when.
        for (text, question) in [
            (
                "Each group of eight digits is called a byte.",
                "What is each group of eight digits called?",
            ),
            (
                "Each amino acid is composed of an amino group.",
                "What is each amino acid composed of?",
            ),
            (
                "If the soil is deep, each layer is called a horizon.",
                "If the soil is deep, what is each layer called?",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(cards.iter().any(|(p, _)| p == question), "{cards:?}");
        }
    }

    #[test]
    fn a_one_word_object_is_asked_with_the_clause_that_says_which() {
        for (text, question, answer) in [
            (
                "Phagocytes also release chemicals that cause a fever.",
                "What do phagocytes release?",
                "chemicals that cause a fever",
            ),
            (
                "Logging removes trees that protect the ground from soil erosion.",
                "What does logging remove?",
                "trees that protect the ground from soil erosion",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(
                cards.contains(&(question.to_owned(), answer.to_owned())),
                "{text}: {cards:?}"
            );
            // The question, with what the object is, goes before a cloze on its one word.
            let best = write_cards(1, &sentence(text), None)
                .into_iter()
                .max_by(|a, b| a.score.total_cmp(&b.score))
                .map(|c| c.answer);
            assert_eq!(best.as_deref(), Some(answer), "{text}");
        }
        // A clause that goes on with another verb past its comma is not cut short.
        let text = "The air contains oxygen that crosses the lung tissue, enters the bloodstream, and travels to organs.";
        let cards = pairs(text, None);
        assert!(
            !cards.iter().any(|(p, _)| p == "What does the air contain?"),
            "{cards:?}"
        );
        // Some of a kind given a name is not what the name means.
        let cards = pairs(
            "Many of the diseases related to smoking are called lifestyle diseases.",
            None,
        );
        assert!(
            !cards
                .iter()
                .any(|(p, _)| p == "What are lifestyle diseases?"),
            "{cards:?}"
        );
    }

    #[test]
    fn comparisons_make_no_questions() {
        let cards = pairs("Sugar dissolves faster in hot tea than in ice tea.", None);
        assert!(!cards.iter().any(|(_, a)| a == "faster"), "{cards:?}");
        let cards = pairs("Copper is very good conductor of heat.", None);
        assert!(
            !cards
                .iter()
                .any(|(p, _)| p.starts_with("What is copper very")),
            "{cards:?}"
        );
    }

    #[test]
    fn figure_pointers_the_statement_does_not_need_are_dropped() {
        // A caption's label before the statement it makes; its picture's credit.
        assert_eq!(
            strip_figure_pointer(
                "Figure 6.12 Entropy is a measure of randomness or disorder in a system."
                    .to_owned()
            ),
            "Entropy is a measure of randomness or disorder in a system."
        );
        assert_eq!(
            strip_figure_pointer(
                "Fluoride helps prevent tooth decay (credit: Kerry Ceszyk).".to_owned()
            ),
            "Fluoride helps prevent tooth decay."
        );
        // A caption that is a title, or speaks of the picture, keeps its label.
        for caption in [
            "Figure 19.2 The Nitrogenous Bases Found in DNA and RNA.",
            "Figure 15.2 Structures of the 20 amino acids found in proteins are shown.",
        ] {
            assert_eq!(strip_figure_pointer(caption.to_owned()), caption);
        }
        assert_eq!(
            strip_figure_pointer(
                "Wood is an example of flammable matter, as seen in Figure 1.1.".to_owned()
            ),
            "Wood is an example of flammable matter."
        );
        assert_eq!(
            strip_figure_pointer(
                "When magma erupts, it is known as lava, as Figure 3.17 shows.".to_owned()
            ),
            "When magma erupts, it is known as lava."
        );
        assert_eq!(
            strip_figure_pointer("Slump is a sudden movement (Figure 2.4) of rock.".to_owned()),
            "Slump is a sudden movement of rock."
        );
        // A pointer whose bracket was never closed; a lead pointer before a clause with
        // "right" in it, which is no side of a picture.
        assert_eq!(
            strip_figure_pointer("(Figure At the fault, the plate slides north.".to_owned()),
            "At the fault, the plate slides north."
        );
        assert_eq!(
            strip_figure_pointer(
                "As you can see in Figure 19.3, sheep eat grass right down to the roots."
                    .to_owned()
            ),
            "Sheep eat grass right down to the roots."
        );
        let got = pairs(
            "(Figure At the San Andreas Fault, the Pacific Plate is sliding northeast relative \
             to the North American plate.",
            None,
        );
        assert!(!got.is_empty());
        // A caption run into the sentence is still no sentence.
        let got = pairs(
            "Pillow lava is common at mid-ocean ridges (Figure (a) Aa lava spread over large areas.",
            None,
        );
        assert!(got.is_empty(), "{got:?}");
        assert_eq!(
            strip_figure_pointer(
                "As pictured in Figure 1.2, surface mining includes open-pit mining.".to_owned()
            ),
            "Surface mining includes open-pit mining."
        );
        assert_eq!(
            strip_figure_pointer(
                "For example, the honey pictured in the Figure 1.3 is more viscous than the vinegar."
                    .to_owned()
            ),
            "For example, the honey is more viscous than the vinegar."
        );
        assert_eq!(
            strip_figure_pointer(
                "Table salt, pictured in Figure 1.1, is NaCl (sodium chloride).".to_owned()
            ),
            "Table salt is NaCl (sodium chloride)."
        );
        // With no verb after it, the thing pictured is the one in the picture.
        let pictured =
            "Water forms droplets, like the one on the faucet pictured in the Figure 1.2.";
        assert_eq!(strip_figure_pointer(pictured.to_owned()), pictured);
        // A figure the statement is about stays, and so does a reader still looking at one.
        let looking = "In the Figure 1.1, you can see that protons are in the nucleus.";
        assert_eq!(strip_figure_pointer(looking.to_owned()), looking);
        let about = "The Figure 1.2 shows that a liquid takes the shape of its container.";
        assert_eq!(strip_figure_pointer(about.to_owned()), about);
        let cards = pairs(
            "Wood is an example of flammable matter, as seen in Figure 1.1.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What is an example of flammable matter?" && a == "Wood"),
            "{cards:?}"
        );
    }

    #[test]
    fn colour_asides_of_a_picture_are_dropped_from_prompts() {
        assert_eq!(
            strip_color_asides(
                "Sodium ions (purple balls) bond with chloride ions (green).".to_owned()
            ),
            "Sodium ions bond with chloride ions."
        );
        let kept = "Oxygen (O2) bonds with iron (see below).";
        assert_eq!(strip_color_asides(kept.to_owned()), kept);
        let cards = pairs("Sodium ions (purple balls) bond with chloride ions.", None);
        assert!(
            cards.iter().all(|(p, _)| !p.contains("purple")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_reminder_is_read_as_the_statement_it_recalls() {
        let cards = pairs(
            "Remember that greenhouse gases trap heat in the atmosphere.",
            None,
        );
        assert!(!cards.is_empty());
        assert!(
            cards.iter().all(|(p, _)| !p.contains("Remember")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_gap_is_a_whole_thing_of_the_sentence() {
        // A participle after a plural opens a clause: not part of the gap.
        let cards = answers(
            "Also, water is mixed in with the sediments lying on top of the plate.",
            None,
        );
        assert!(cards.iter().any(|a| a == "sediments"), "{cards:?}");
        assert!(cards.iter().all(|a| !a.contains("lying")), "{cards:?}");
        // So does one after a plural that does not end in -s.
        let cards = answers(
            "In a damp forest, you often see fungi growing on a fallen tree.",
            None,
        );
        assert!(!cards.is_empty());
        assert!(cards.iter().all(|a| !a.contains("growing")), "{cards:?}");
        // A possessive that lost its apostrophe is not a thing to name.
        let cards = answers(
            "The crater was created during the volcanos last eruption.",
            None,
        );
        assert!(cards.iter().all(|a| a != "volcanos"), "{cards:?}");
        // Nor is a gap that starts inside a name, or one example of a class.
        let cards = answers(
            "The Farallon Plate was subducting beneath the North American Plate.",
            None,
        );
        assert!(
            cards.iter().all(|a| !a.starts_with("American")),
            "{cards:?}"
        );
        let cards = answers("Animals and other organisms cannot live forever.", None);
        assert!(
            cards.iter().all(|a| a != "Animals" && a != "forever"),
            "{cards:?}"
        );
        // "Examples of X" and a caption's label are not answers; the examples are.
        let cards = answers(
            "Examples of neurotransmitters are chemicals such as serotonin, dopamine, and adrenaline.",
            None,
        );
        assert!(
            cards.iter().all(|a| !a.starts_with("Examples")),
            "{cards:?}"
        );
        assert!(cards.iter().any(|a| a.contains("serotonin")), "{cards:?}");
        assert!(
            pairs(
                "Figure A soil profile is the complete set of soil layers.",
                None
            )
            .is_empty()
        );
        // A list whose "items" are adverbs is no list.
        let cards = answers(
            "The tail of the sperm moves like a propeller, around and around.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("around")), "{cards:?}");
    }

    #[test]
    fn a_table_of_yes_and_no_cells_is_not_a_statement() {
        assert!(
            pairs(
                "Cell wall Nucleus Archaea No Yes, without peptidoglycan Bacteria No Yes, with peptidoglycan No No Eukarya Yes Varies.",
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn a_subject_is_read_past_a_relative_clause_without_its_pronoun() {
        let cards = pairs(
            "The amount of current (amps) a circuit carries depends on the number of devices.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "depends"), "{cards:?}");
        // A subordinate clause before any verb: no question asked through it.
        let cards = pairs(
            "Heat flows from warmer to cooler places until all are the same temperature.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.starts_with("What")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_gap_is_no_pointer_range_end_unit_or_verb() {
        let cards = answers(
            "These events keep repeating, so the electromagnet rotates continuously.",
            Some("This causes the electromagnet to continue to turn."),
        );
        assert!(cards.iter().all(|a| a != "events"), "{cards:?}");
        let cards = answers(
            "Surprisingly, large earthquakes only hit every 300 to 600 years.",
            None,
        );
        assert!(cards.iter().all(|a| a != "300"), "{cards:?}");
        let cards = answers("A thunderstorm usually ends after it begins to rain.", None);
        assert!(cards.iter().all(|a| a != "ends"), "{cards:?}");
        let cards = answers(
            "After hundreds of millions of years, these nutrients would have become scarce.",
            None,
        );
        assert!(cards.iter().all(|a| a != "years"), "{cards:?}");
        let cards = answers("Some of them are strong enough to lift a train.", None);
        assert!(cards.iter().all(|a| !a.contains("enough")), "{cards:?}");
        // The first of a list the sentence opens with is not hidden alone; the list is.
        let cards = answers("Animals, plants, fungi, and protists are eukaryotes.", None);
        assert!(cards.iter().all(|a| a != "Animals"), "{cards:?}");
        assert!(
            cards
                .iter()
                .any(|a| a == "Animals, plants, fungi, and protists"),
            "{cards:?}"
        );
        // "Frequently move animals ...": an instruction after its adverb.
        assert!(pairs("Frequently move animals from field to field.", None).is_empty());
        // "need" is a verb, not a participle ("-ed"); "located" after a noun opens a clause.
        let cards = answers("In order to grow, all living organisms need energy.", None);
        assert!(cards.iter().all(|a| !a.contains("need")), "{cards:?}");
        let cards = answers(
            "Like most doorbells, it has a button located by the front door.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("located")), "{cards:?}");
        // A count whose items follow a colon; a possessive that lost its apostrophe ("-ys").
        let cards = answers(
            "Bacteria also have two additional unique features: a cell wall and flagella.",
            None,
        );
        assert!(cards.iter().all(|a| !a.starts_with("two")), "{cards:?}");
        let cards = answers(
            "The nucleus of a cell is like a safe containing the factorys trade secrets.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("factorys")), "{cards:?}");
        // A short sentence that says nothing else to recall the answer by.
        assert!(pairs("Oil is an example.", None).is_empty());
        // A book's pointer to its own chapters, or a worked question, is not a fact.
        assert!(pairs("These will be discussed in additional concepts.", None).is_empty());
        assert!(pairs("Q: Alyssas mom put some mothballs in her closet.", None).is_empty());
    }

    #[test]
    fn questions_need_a_named_thing_and_a_whole_answer() {
        let cards = pairs(
            "Birds do have a chamber called the cloaca that they place close to another cloaca.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| p != "What is a chamber called?"),
            "{cards:?}"
        );
        // A kind named in passing is asked in its sentence, where it has one answer.
        let cards = pairs(
            "Every wave has a high point called a crest and a low point called a trough.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.ends_with("point called?")),
            "{cards:?}"
        );
        for name in ["crest", "trough"] {
            assert!(
                cards
                    .iter()
                    .any(|(p, a)| a == name && p.contains("called a {{")),
                "{name}: {cards:?}"
            );
        }
        // So is some of a kind.
        let cards = pairs(
            "Plants have several kinds of organelles called plastids.",
            None,
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| p != "What are several kinds of organelles called?"),
            "{cards:?}"
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| a == "plastids" && p.contains("called {{")),
            "{cards:?}"
        );
        // A verb of changing is asked with its object, for what it changes it into.
        let cards = pairs(
            "Solar cells convert the energy in sunlight to electrical energy.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p
                == "What do solar cells convert the energy in sunlight to?"
                && a == "electrical energy"),
            "{cards:?}"
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| p != "What do solar cells convert?"),
            "{cards:?}"
        );
        // "X is when ...": a vague X is no thing to ask about; a vague subject of another
        // verb is.
        let cards = pairs(
            "An example is when a dog bares its teeth when it wants another dog to back down.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| p != "What is an example?"),
            "{cards:?}"
        );
        let cards = pairs("People are killed when structures fall on them.", None);
        assert!(
            cards.iter().any(|(p, _)| p == "When are people killed?"),
            "{cards:?}"
        );
        // A sentence that gives the name of every such thing is asked as a question.
        let cards = pairs(
            "A chemical change is also called a chemical reaction.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What is a chemical change called?" && a == "chemical reaction"),
            "{cards:?}"
        );
        let cards = pairs(
            "A hypotonic solution means the environment outside of the cell has a lower concentration.",
            None,
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| p != "What does a hypotonic solution mean?"),
            "{cards:?}"
        );
        assert!(
            cards.iter().any(|(_, a)| a == "hypotonic solution"),
            "{cards:?}"
        );
        let cards = pairs(
            "Hydrolysis is the name of the chemical reaction between a compound and water.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p == "What is hydrolysis?"
                && a == "the chemical reaction between a compound and water"),
            "{cards:?}"
        );
        // A list interrupted by its subject's verb ends before the verb.
        let cards = pairs(
            "Fungi, such as mushrooms and molds, survive by eating other organisms.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| !a.contains("survive")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_gap_is_no_degree_count_pointer_or_verb_in_progress() {
        // An adjective that takes "to" ends the noun before it.
        let cards = answers(
            "Longshore currents move water and sediment parallel to the shore.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("parallel")), "{cards:?}");
        assert!(cards.iter().any(|a| a == "water and sediment"), "{cards:?}");
        // A degree before "enough", a verb in progress, a judgement.
        let cards = answers("When these droplets get heavy enough, they fall.", None);
        assert!(cards.iter().all(|a| a != "heavy"), "{cards:?}");
        let cards = answers(
            "Land on the west side is moving northward relative to land on the east side.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("moving")), "{cards:?}");
        let cards = answers("The correct building materials must be used.", None);
        assert!(cards.iter().all(|a| a != "correct"), "{cards:?}");
        // A count whose items follow a colon, even as the subject; a count after a pointer.
        let cards = answers(
            "Two important devices depend on electromagnetic induction: electric generators and electric transformers.",
            None,
        );
        assert!(cards.iter().all(|a| !a.starts_with("Two")), "{cards:?}");
        let cards = answers(
            "These two scales often give very similar measurements.",
            Some("The moment magnitude scale measures the energy released."),
        );
        assert!(cards.iter().all(|a| a != "two scales"), "{cards:?}");
        // A figure panel's letter.
        let cards = answers(
            "Each of the two cells divides to yield four cells (b), then the four cells divide to make eight cells (c).",
            None,
        );
        assert!(cards.iter().all(|a| a.len() > 1), "{cards:?}");
        assert!(!good_answer("b"));
    }

    #[test]
    fn a_misread_or_unsupported_sentence_gets_no_card() {
        // A plural and its participle before a singular verb: one gerund phrase.
        assert!(
            pairs(
                "Molecules flowing down a concentration gradient is a natural process.",
                None
            )
            .is_empty()
        );
        // A pronoun opening the sentence, with no sentence before it to show; not the "it" of
        // "It takes ... to".
        assert!(pairs("This takes place at the deep sea trenches.", None).is_empty());
        let cards = pairs(
            "It takes energy to remove valence electrons from an atom.",
            None,
        );
        assert!(cards.iter().any(|(_, a)| a == "energy"), "{cards:?}");
        // A sentence before that only points at a picture is no context.
        assert!(
            pairs(
                "They are covered with frost.",
                Some("Look at the dead leaf and blades of grass in the Figure 1.1.")
            )
            .is_empty()
        );
        // A pointer to another lesson.
        assert!(
            pairs(
                "Only two trenches appear on the map in the previous concept, Volcano Characteristics.",
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn a_stage_of_something_is_the_answer_not_the_something() {
        assert_eq!(
            core_answer("the major stage of the life cycle of the plant"),
            "major stage of the life cycle of the plant"
        );
        assert_eq!(core_answer("the amount of water vapor"), "water vapor");
    }

    #[test]
    fn an_adverb_abbreviation_or_description_is_no_answer() {
        let cards = answers(
            "Fatalities depend somewhat on the size of an earthquake and the type of ground.",
            None,
        );
        assert!(cards.iter().all(|a| a != "somewhat"), "{cards:?}");
        let cards = answers(
            "There is currently no mountain range of this type in the western U.S. today.",
            None,
        );
        assert!(cards.iter().all(|a| !a.ends_with('U')), "{cards:?}");
        let cards = answers(
            "The snow-covered Sierra Nevada is seen striking SE to NW across the valley.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("striking")), "{cards:?}");
        // Two lists run together: the last item has examples of its own.
        let cards = answers(
            "Water dissolves ionic compounds such as salt and polar covalent compounds such as sugar.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("salt and")), "{cards:?}");
        // An instruction to the reader, a pointer to later lessons.
        assert!(
            pairs(
                "Be sure to think about how melting occurs where there is volcanism in the next few concepts.",
                None
            )
            .is_empty()
        );
        // "In other words," is a connective, not a condition of the question.
        let cards = pairs("In other words, the button is a switch.", None);
        assert!(
            cards.iter().all(|(p, _)| !p.contains("In other words")),
            "{cards:?}"
        );
    }

    #[test]
    fn verbs_are_read_as_verbs() {
        // "stick" is a verb: the platelets are the answer, not "platelets stick".
        let cards = answers(
            "When a blood vessel gets cut, platelets stick to the injured areas.",
            None,
        );
        assert!(cards.iter().any(|a| a == "platelets"), "{cards:?}");
        // A second verb of a relative clause is not the main verb.
        let cards = pairs(
            "The white blood cells that go to a site of inflammation and leak into damaged tissue are called phagocytes.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.contains("leak into?")),
            "{cards:?}"
        );
        assert!(cards.iter().any(|(_, a)| a == "phagocytes"), "{cards:?}");
        // A participle opening a clause after a comma.
        let cards = answers(
            "The outer limbs of the convection cells plunge down into the deeper mantle, dragging oceanic crust as well.",
            None,
        );
        assert!(
            cards.iter().all(|a| !a.starts_with("dragging")),
            "{cards:?}"
        );
        // A subject and verb that do not agree: no question repeats them.
        let cards = pairs(
            "To clone an animal, a nucleus from the animals cells are fused with an egg cell.",
            None,
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| !p.starts_with("To clone an animal, what")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_pronoun_after_a_lead_points_into_it() {
        // "they" is the prokaryotes of the lead, not the subject of the sentence before.
        let cards = pairs(
            "Although prokaryotes have a cell membrane, they lack a cell nucleus and other organelles.",
            Some("The earliest cells were prokaryotes."),
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| !p.contains("earliest cells lack")),
            "{cards:?}"
        );
        let cards = pairs(
            "When magma erupts onto Earths surface, it is called lava.",
            Some("Granite forms from magma deep underground."),
        );
        assert!(
            cards.iter().all(|(p, _)| !p.contains("granite")),
            "{cards:?}"
        );
        assert!(cards.iter().any(|(_, a)| a == "lava"), "{cards:?}");
    }

    #[test]
    fn verb_phrases_and_vague_words_are_no_answers() {
        let cards = answers(
            "Sometimes just walking or riding your bike over the same place will kill the grass.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("riding")), "{cards:?}");
        // No gap in the verb phrase (the clause after the "as" may be asked whole).
        let cards = pairs(
            "As the flagella rotate, they spin the bacteria and propel them forward.",
            None,
        );
        assert!(
            cards
                .iter()
                .filter(|(p, _)| p.contains("{{"))
                .all(|(_, a)| !a.contains("propel") && a != "forward"),
            "{cards:?}"
        );
        let cards = answers(
            "Groups of cells can perform a job together in an organism.",
            None,
        );
        assert!(cards.iter().all(|a| a != "job"), "{cards:?}");
        // "lies fallow": an adjective after the verb, no thing to ask "what" for.
        let cards = pairs(
            "Because most crops grow only in spring, the land lies fallow during the winter.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.contains("does the land lie")),
            "{cards:?}"
        );
        assert!(
            pairs(
                "As you learned in the chapter Plate Tectonics, the boundary runs through much of California.",
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn approximations_classes_and_auxiliaries_are_read_right() {
        // "about" here is "roughly": no "What is the lithosphere about?".
        let cards = pairs("The lithosphere is about 100 kilometers thick.", None);
        assert!(
            cards.iter().all(|(p, _)| !p.ends_with("about?")),
            "{cards:?}"
        );
        // The class after "and other" is guessed from the examples before it.
        let cards = pairs("Animals and other organisms cannot live forever.", None);
        assert!(cards.iter().all(|(_, a)| a != "organisms"), "{cards:?}");
        // "have" is the verb of "have means for": "means" is no verb after it.
        let cards = pairs(
            "Organisms have means for receiving information, such as eyes, ears, and taste buds.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.starts_with("What have")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_gap_is_no_second_verb_time_unit_or_adjective_before_from() {
        let cards = answers(
            "A hypertonic solution can cause a cell to shrink and shrivel.",
            None,
        );
        assert!(cards.iter().all(|a| a != "shrivel"), "{cards:?}");
        let cards = answers(
            "In the ovaries of a woman, just one egg develops each month.",
            None,
        );
        assert!(cards.iter().all(|a| a != "month"), "{cards:?}");
        let cards = answers(
            "The phospholipids are arranged in a double layer to keep the cell separate from its environment.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("separate")), "{cards:?}");
        let cards = answers(
            "In the cross section of crust, there are two features labeled - the focus and the epicenter.",
            None,
        );
        assert!(cards.iter().all(|a| !a.starts_with("two")), "{cards:?}");
    }

    #[test]
    fn an_object_is_read_whole_or_not_asked() {
        // The object of "cause" is the subject of the infinitive after it.
        let cards = pairs(
            "The chemicals cause nearby blood vessels to dilate, increasing blood flow to the area.",
            None,
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| !p.starts_with("What do the chemicals cause")),
            "{cards:?}"
        );
        // A purpose after the object leaves it whole.
        let cards = pairs(
            "Buildings may be placed on layers of steel and rubber to absorb the shock of the waves.",
            None,
        );
        assert!(
            cards.iter().any(|(_, a)| a == "layers of steel and rubber"),
            "{cards:?}"
        );
        // An object cut at its brackets.
        let cards = pairs(
            "Specific heat is the amount of energy (in joules) needed to raise the temperature of 1 gram of the substance.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| a != "the amount of energy"),
            "{cards:?}"
        );
        // "the following equation", "[ecosystem unto] itself", "[whatever space]".
        let cards = answers(
            "Ohms law can be represented by the following equation.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("following")), "{cards:?}");
        let cards = answers(
            "Warmer air and moister air have dew points closer to the actual air temperature.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("closer")), "{cards:?}");
        // A bare count is no term to ask about; a prompt naming the figure is refused.
        let cards = pairs("Two are longshore currents and rip currents.", None);
        assert!(cards.iter().all(|(p, _)| p != "What are two?"), "{cards:?}");
        let cards = pairs(
            "Both arrangements are illustrated in the Figure (through the base).",
            Some("A transistor consists of three semiconductors, either p-n-p or n-p-n."),
        );
        assert!(cards.is_empty(), "{cards:?}");
        let cards = answers("Soil is an ecosystem unto itself.", None);
        assert!(cards.iter().all(|a| !a.contains("unto")), "{cards:?}");
        let cards = answers(
            "Gases expand to fill whatever space is available to them.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("whatever")), "{cards:?}");
    }

    #[test]
    fn verb_groups_appositives_and_complements_end_where_the_clause_does() {
        // Both terms before an appositive are named; "may have" is the verb, not "may have
        // massive".
        let cards = pairs(
            "Sperm and egg, the two sex cells, are known as gametes.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What are the two sex cells?" && a == "Sperm and egg"),
            "{cards:?}"
        );
        let cards = pairs("Large faults may have massive earthquakes.", None);
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What may large faults have?" && a == "massive earthquakes"),
            "{cards:?}"
        );
        // A new subject and verb after "and" end the complement, and a measure is asked by
        // its label.
        let cards = pairs(
            "The 2011 Tohoku earthquake was a magnitude 9.0 and damage from the quake was extensive.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "What magnitude was the 2011 Tohoku earthquake?" && a == "9.0"),
            "{cards:?}"
        );
        assert!(
            cards.iter().all(|(_, a)| !a.contains("damage")),
            "{cards:?}"
        );
        // A measure with its size asks how big the thing is.
        let cards = pairs(
            "Continental crust is 35 kilometers (22 miles) thick on average.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p == "How thick is continental crust?"
                    && a == "35 kilometers (22 miles) on average"),
            "{cards:?}"
        );
        assert!(
            cards.iter().all(|(p, _)| p != "What is continental crust?"),
            "{cards:?}"
        );
        // A plain noun after "different" is no answer: the variety is the fact.
        for text in [
            "Bacteria come in many different shapes.",
            "Life scientists work in many different settings, from classrooms to labs to natural habitats.",
        ] {
            let cards = pairs(text, None);
            assert!(
                cards.iter().all(|(p, _)| !p.starts_with("What do")),
                "{cards:?}"
            );
        }
        let cards = pairs(
            "In some species, the male and female flowers are borne on different plants.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p
                == "In some species, what are the male and female flowers borne on?"
                && a == "different plants"),
            "{cards:?}"
        );
        // "even" is left out of the question, like "also".
        let cards = pairs(
            "Differences in the specific heat of water and land even affect climate.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| p
                == "What do differences in the specific heat of water and land affect?"
                && a == "climate"),
            "{cards:?}"
        );
        // A participle before an adverb is a verb, not an adjective of what follows.
        let cards = answers(
            "Organs are formed from two or more specialized tissues working together.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("working")), "{cards:?}");
    }

    #[test]
    fn counts_captions_degrees_and_causatives_get_no_question() {
        // "One is ...": a count standing for what the card does not show.
        assert!(pairs("One is on either side of the normal stripe.", None).is_empty());
        assert!(pairs("Some are parasites of animals.", None).is_empty());
        assert!(
            pairs(
                "Others are things that individual homeowners or community members can implement locally.",
                None
            )
            .is_empty()
        );
        // A caption with a participle and no verb.
        assert!(
            pairs(
                "Scientists monitoring gas emissions at Mount St. Helens.",
                None
            )
            .is_empty()
        );
        // "can be very [destructive]" asks nothing with "what".
        let cards = pairs("A landslide can be very destructive.", None);
        assert!(
            cards.iter().all(|(p, _)| !p.starts_with("What")),
            "{cards:?}"
        );
        // Nor does "could be completely [organic]": an adverb after "be" leaves an adjective.
        let cards = pairs(
            "A soil could be completely organic, such as the materials that make up peat in a bog.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.starts_with("What")),
            "{cards:?}"
        );
        // Nor does a state after "be" or "become", nor anything after "stay" or "seem".
        for text in [
            "Resistance can be helpful or just a drain on electrical energy.",
            "With more oxygen absorbed by the gills, fish could become much larger and more active.",
            "The bud may stay attached or break free from the parent.",
            "The constellations stay the same night after night.",
            // (A participle of a verb the lexicon does not know.)
            "The protein fibers that make up a ligament can get strained or torn, causing swelling and pain.",
        ] {
            let cards = pairs(text, None);
            assert!(
                cards
                    .iter()
                    .all(|(p, _)| !p.contains("what") && !p.starts_with("What")),
                "{text}: {cards:?}"
            );
        }
        // "lay" with an object is the verb "lay", not the past of "lie".
        let cards = pairs(
            "Females lay huge numbers of eggs, sometimes as many as 100,000 per day!",
            None,
        );
        assert!(
            cards.iter().any(|(p, _)| p == "What do females lay?"),
            "{cards:?}"
        );
        // The object of "cause" is the subject of the infinitive, past a place phrase.
        let cards = pairs(
            "The slowly moving ground causes trees and fence posts on the surface to tilt downhill.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.starts_with("What")),
            "{cards:?}"
        );
        // A verb that is never a plural noun is no part of a gap.
        let cards = answers(
            "Diffusion can occur across a membrane as long as a concentration gradient exists.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("exists")), "{cards:?}");
    }

    #[test]
    fn a_clause_after_a_subordinator_or_an_opening_gerund_keeps_its_verb() {
        // A verb agreeing with the noun a subordinator opens is no part of a gap.
        for (text, verb) in [
            (
                "The San Andreas Fault has grown where the Pacific and North American plates meet.",
                "meet",
            ),
            (
                "Some places inside Earth are so hot that rock melts.",
                "melts",
            ),
            (
                "The magma churns in the chamber and the pressure builds.",
                "builds",
            ),
            // ... and so does one before "and the" opening the next clause.
            (
                "During binary fission, their chromosome replicates and the cell enlarges.",
                "replicates",
            ),
            (
                "During binary fission, their chromosome replicates and the cell enlarges.",
                "enlarges",
            ),
        ] {
            let cards = answers(text, None);
            assert!(!cards.is_empty(), "{text}");
            // (A "where" question answers with the whole clause.)
            assert!(
                cards
                    .iter()
                    .all(|a| a.starts_with("where") || !a.contains(verb)),
                "{cards:?}"
            );
        }
        // ... but "known as active transport" is a name, with no verb in it.
        let cards = answers(
            "When energy is needed, the movement is known as active transport.",
            None,
        );
        assert!(cards.iter().any(|a| a == "active transport"), "{cards:?}");
        // An -ing word with no comma after it opens the subject.
        let cards = pairs(
            "Alternating current is electric current that keeps reversing direction.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, _)| p == "What is alternating current?"),
            "{cards:?}"
        );
        let cards = pairs(
            "Adding more turns to the coil of wire increases the strength of the field.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|(p, _)| p == "What does adding more turns to the coil of wire increase?"),
            "{cards:?}"
        );
        // ... unless a plural verb shows the subject comes after it.
        let cards = pairs(
            "Forming above the hotspot are massive shield volcanoes.",
            None,
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| !p.starts_with("What are forming")),
            "{cards:?}"
        );
    }

    #[test]
    fn nouns_after_to_parts_named_and_durations() {
        // After a verb that takes no infinitive, "to" is followed by a noun, hidden whole.
        let cards = answers(
            "The wood changed not only to ashes but also to carbon dioxide and other gases.",
            None,
        );
        assert!(cards.iter().all(|a| a != "dioxide"), "{cards:?}");
        // ... after one that does, by a verb, never hidden.
        let cards = answers(
            "Because matter stays the same, physical changes are easy to undo.",
            None,
        );
        assert!(cards.iter().all(|a| a != "undo"), "{cards:?}");
        // A gap after "most" sits inside an adjective phrase.
        let cards = pairs("The most common precipitation comes from clouds.", None);
        assert!(
            cards.iter().all(|(p, _)| !p.contains("most {{")),
            "{cards:?}"
        );
        // "a region of the cell called the nucleoid": the region is no term to ask about (a
        // region of the cell is many things); its name is hidden where it stands, and is the
        // answer to where the chromosome is.
        let cards = pairs(
            "The chromosome is located in a region of the cell called the nucleoid.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.ends_with(" called?")),
            "{cards:?}"
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| p.ends_with("called the {{nucleoid}}.") && a == "nucleoid"),
            "{cards:?}"
        );
        assert!(
            cards.iter().all(|(_, a)| !a.contains("called")),
            "{cards:?}"
        );
        // "for a short time" says how long.
        let cards = pairs("Cinder cones only erupt for a short time.", None);
        assert!(
            cards.iter().all(|(p, _)| !p.ends_with(" for?")),
            "{cards:?}"
        );
        // A pointer to another chapter is about the book.
        assert!(pairs(
            "The causes of the wind patterns will be described in the chapter Atmospheric Processes.",
            None,
        )
        .is_empty());
    }

    #[test]
    fn captions_clause_verbs_and_lists_end_where_they_should() {
        assert!(pairs("Shown is the cell cycle of a dividing cell.", None).is_empty());
        // An -s form ending the sentence after "their ..." is the verb.
        let cards = answers(
            "If the charges actually move apart, their potential energy decreases.",
            None,
        );
        assert!(cards.iter().all(|a| !a.contains("decreases")), "{cards:?}");
        // A list ends at the comma after its last item.
        let cards = answers(
            "Like a human life, which has different phases, like childhood, adolescence, and adulthood, the cell cycle also occurs in a series of phases.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|a| a == "childhood, adolescence, and adulthood"),
            "{cards:?}"
        );
        assert!(
            cards
                .iter()
                .all(|a| !(a.contains("adulthood") && a.contains("cell cycle"))),
            "{cards:?}"
        );
    }

    #[test]
    fn a_phrase_in_the_readers_condition_is_no_gap() {
        for (text, never) in [
            (
                "When you blow up the balloon, the rubber stretches.",
                "balloon",
            ),
            (
                "If you take a trip out of Las Vegas toward Phoenix you can visit the Hoover Dam.",
                "Las Vegas",
            ),
            ("So if we heat the mixture, the salt dissolves.", "mixture"),
        ] {
            let cards = answers(text, None);
            assert!(cards.iter().all(|a| a != never), "{text}: {cards:?}");
        }
        // The main clause after the condition says what is found.
        let cards = answers(
            "If you look closely, you can see the individual crystals of ice.",
            None,
        );
        assert!(
            cards.iter().any(|a| a == "individual crystals"),
            "{cards:?}"
        );
        let condition = |before: &str| {
            let toks = facts::tokenize(before);
            in_readers_condition(&toks, toks.len())
        };
        assert!(condition("When you blow up the"));
        assert!(condition("It is so costly that if you recycle just"));
        assert!(!condition("If you look closely, you can see the"));
        assert!(!condition("When water freezes, the"));
        assert!(!condition("Science as we now know it began with the"));
        assert!(condition("As you drink the"));
    }

    #[test]
    fn a_pronoun_after_an_opening_adverb_points_back() {
        assert!(opens_with_pronoun(
            "Most likely they absorbed the nutrients."
        ));
        assert!(opens_with_pronoun("Later, they became fossils."));
        assert!(opens_with_pronoun(
            "\" They thought of atoms as moving particles."
        ));
        assert!(opens_with_pronoun(
            "Some people think that it looks like a tadpole."
        ));
        assert!(!opens_with_pronoun(
            "Some people think that the comet looks like a tadpole."
        ));
        assert!(!opens_with_pronoun("Most cells they studied were round."));
        assert!(!opens_with_pronoun("Plants they grow need light."));
        // Without the sentence before it, no card is made of the nutrients they absorbed.
        let cards = answers(
            "Most likely they absorbed the nutrients that floated around in the organic soup.",
            None,
        );
        assert!(cards.is_empty(), "{cards:?}");
    }

    #[test]
    fn a_count_is_asked_how_many() {
        let cards = pairs("Blood clotting involves three steps.", None);
        assert!(
            cards
                .iter()
                .any(|(q, a)| q == "How many steps does blood clotting involve?" && a == "three"),
            "{cards:?}"
        );
        assert_eq!(
            count_question("What may a power line have?", "750,000 volts"),
            Some((
                "How many volts may a power line have?".into(),
                "750,000".into()
            ))
        );
        // Not how many times, nor one, nor a phrase that goes on past its noun.
        assert_eq!(count_question("What does it increase?", "ten times"), None);
        assert_eq!(count_question("What does it have?", "one nucleus"), None);
        assert_eq!(
            count_question("What does it have?", "two of the cells"),
            None
        );
        assert_eq!(count_question("Where does it lie?", "two miles"), None);
    }

    #[test]
    fn a_place_within_a_thing_is_no_gap() {
        let cards = answers("These solids sink to the bottom of the lake.", None);
        assert!(cards.iter().all(|a| a != "bottom"), "{cards:?}");
        let cards = answers("Mafic magma will flow easily to the surface.", None);
        assert!(cards.iter().all(|a| a != "surface"), "{cards:?}");
    }

    #[test]
    fn a_manner_after_in_is_not_asked_for() {
        let cards = pairs(
            "Carbon dioxide, which is exhaled, moves in the opposite direction.",
            None,
        );
        assert!(cards.iter().all(|(q, _)| !q.ends_with(" in?")), "{cards:?}");
        let cards = pairs(
            "Ocean water moves in predictable ways along the surface.",
            None,
        );
        assert!(cards.iter().all(|(q, _)| !q.ends_with(" in?")), "{cards:?}");
    }

    #[test]
    fn a_general_noun_alone_after_the_is_shown_after_the_sentence_before() {
        let before = "Breathing is the process of moving air into and out of the lungs.";
        let text = "The process depends on a muscle called the diaphragm.";
        let cards = pairs(text, Some(before));
        assert!(
            cards
                .iter()
                .filter(|(p, _)| p.contains("{{"))
                .all(|(p, _)| p.starts_with(before)),
            "{cards:?}"
        );
        assert!(cards.iter().any(|(p, _)| p.contains("{{")), "{cards:?}");
    }

    #[test]
    fn a_question_about_a_definite_subject_is_asked_after_the_sentence_before() {
        let before = "Phagocytes release chemicals at the site of an infection.";
        let text = "The chemicals attract white blood cells to the area.";
        let cards = pairs(text, Some(before));
        let asked = format!("{before} What do the chemicals attract?");
        assert!(
            cards
                .iter()
                .any(|(q, a)| *q == asked && a == "white blood cells"),
            "{cards:?}"
        );
        assert!(
            cards.iter().all(|(p, _)| p.starts_with(before)),
            "{cards:?}"
        );
    }

    #[test]
    fn a_place_named_in_passing_is_hidden_not_asked() {
        let before = "Prokaryotes have a single circular chromosome.";
        for (text, previous, name) in [
            (
                "This single chromosome is located in a region of the cell called the nucleoid.",
                Some(before),
                "nucleoid",
            ),
            (
                "Researchers look at how to tailor medical treatments to our genes, in a \
                 relatively new field called pharmacogenomics.",
                None,
                "pharmacogenomics",
            ),
        ] {
            let cards = pairs(text, previous);
            assert!(
                cards.iter().all(|(q, _)| !q.ends_with(" called?")),
                "{cards:?}"
            );
            assert!(
                cards.iter().any(|(p, a)| p.contains("{{") && a == name),
                "{cards:?}"
            );
        }
    }

    #[test]
    fn an_ed_form_after_the_subject_that_by_or_a_verb_follows_is_no_main_verb() {
        let cards = pairs(
            "The chemicals released by helper T cells switch on both B cells and killer T cells.",
            None,
        );
        assert!(
            cards.iter().all(|(q, _)| !q.contains("release by")),
            "{cards:?}"
        );
        let cards = pairs(
            "The motion described creates a convection cell.",
            Some("Hot material rises, cools and sinks again."),
        );
        assert!(
            cards.iter().any(
                |(q, a)| q.ends_with(" described creates a {{convection cell}}.")
                    && a == "convection cell"
            ),
            "{cards:?}"
        );
        assert!(
            cards.iter().all(|(_, a)| !a.starts_with("creates")),
            "{cards:?}"
        );
        // A change by an amount keeps its verb.
        let cards = pairs("Sea levels rose by 120 meters.", None);
        assert!(
            cards
                .iter()
                .any(|(q, _)| q.ends_with("did sea levels rise by?")),
            "{cards:?}"
        );
    }

    #[test]
    fn one_side_of_a_comparison_is_not_asked_alone() {
        let cards = pairs(
            "For example, less carbon dioxide can dissolve in warm ocean water than in cold \
             ocean water.",
            None,
        );
        assert!(cards.iter().all(|(q, _)| !q.ends_with('?')), "{cards:?}");
        // "also" before a past tense is left out of the question, as before a present one.
        let cards = pairs("Warships also carried magnetometers.", None);
        assert!(
            cards
                .iter()
                .any(|(q, a)| q == "What did warships carry?" && a == "magnetometers"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_verb_after_and_ends_the_object() {
        let cards = pairs(
            "Some of the carbon dioxide comes out of solution and rushes into the air.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| !a.contains("rushes")),
            "{cards:?}"
        );
        assert!(cards.iter().any(|(_, a)| a == "solution"), "{cards:?}");
    }

    #[test]
    fn a_noun_after_an_adjective_is_no_verb_and_an_idiom_is_no_object() {
        // "bacterial decay" is the subject's noun phrase; "use" is the verb.
        for (text, subject) in [
            (
                "Plant roots and bacterial decay use carbon dioxide in the process of respiration.",
                "Plant roots and bacterial decay",
            ),
            (
                "Types of radioactive decay include alpha, beta, and gamma decay.",
                "Types of radioactive decay",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(
                cards
                    .iter()
                    .all(|(_, a)| !a.ends_with("bacterial") && !a.ends_with("radioactive")),
                "{cards:?}"
            );
            let toks = facts::tokenize(text);
            let clause = facts::analyze(&toks);
            assert!(
                clause.is_some_and(|c| facts::span_text(
                    text,
                    &toks,
                    c.subject_start,
                    c.subject_end
                ) == subject),
                "{text}"
            );
        }
        // "put into operation": how, not into what.
        let cards = pairs(
            "As a result of the 2004 tsunami, an Indian Ocean warning system was put into operation in June 2006.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "operation"), "{cards:?}");
    }

    #[test]
    fn an_adjective_made_from_the_gaps_head_gives_it_away() {
        for (text, given) in [
            (
                "In continental rifting, magma rises beneath the continent, causing it to become thinner.",
                "continent",
            ),
            (
                "Not all cells are spherical in shape, but most tend to approximate a sphere.",
                "sphere",
            ),
            (
                "One defense of mucous membranes is the mucus they release.",
                "mucus",
            ),
            (
                "The SI unit for the mass of an atom is the atomic mass unit (amu).",
                "atom",
            ),
        ] {
            let cards = pairs(text, None);
            assert!(cards.iter().all(|(_, a)| a != given), "{cards:?}");
        }
        assert!(derived_adjective("volcanic", "volcano"));
        assert!(derived_adjective("nuclear", "nucleus"));
        assert!(derived_adjective("cellular", "cell"));
        assert!(!derived_adjective("continent", "continent"));
        assert!(!derived_adjective("sphere", "spherical"));
    }

    #[test]
    fn a_gap_keeps_to_one_predicate_one_item_and_out_of_a_label() {
        // "and observed cells" is a second verb, not a list item.
        let cards = pairs(
            "It was not until 1665 that English scientist Robert Hooke invented a basic light microscope and observed cells for the first time, by looking at a piece of cork.",
            Some(
                "Most cells are so small that you cannot see them without the help of a microscope.",
            ),
        );
        assert!(
            cards.iter().all(|(_, a)| !a.contains("observed")),
            "{cards:?}"
        );
        assert!(cards.iter().any(|(_, a)| a == "1665"), "{cards:?}");
        // An adjective after "and" still makes a list.
        let cards = pairs(
            "They move in waves and sweep mucus and trapped pathogens toward body openings.",
            Some("Cilia are tiny finger-like projections."),
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| a == "mucus and trapped pathogens" && p.contains("sweep {{")),
            "{cards:?}"
        );
        // The number before a list belongs to its first item.
        let cards = pairs("A circuit may consist of one loop or two loops.", None);
        assert!(
            cards.iter().all(|(_, a)| a != "loop or two loops"),
            "{cards:?}"
        );
        // Part of a label before a colon heads what follows; a label that is all gap is a term.
        let cards = pairs(
            "Specialized structures for reproduction: One example is a fruiting body.",
            None,
        );
        assert!(
            cards.iter().all(|(_, a)| a != "Specialized structures"),
            "{cards:?}"
        );
        let cards = pairs(
            "Metaphase: The chromosomes line up in the center, or the equator, of the cell.",
            None,
        );
        assert!(cards.iter().any(|(_, a)| a == "Metaphase"), "{cards:?}");
        // "Sometime" is no term.
        let cards = pairs(
            "Sometime around 3 billion years ago (about 1.5 billion years after Earth formed!), photosynthesis began.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "Sometime"), "{cards:?}");
    }

    #[test]
    fn a_name_is_not_asked_of_a_bare_the_noun() {
        let cards = pairs(
            "Some people have low levels of the neurotransmitter called serotonin in their brain.",
            None,
        );
        assert!(
            cards
                .iter()
                .all(|(p, _)| p != "What is the neurotransmitter called?"),
            "{cards:?}"
        );
        // Under a condition that names it, the question stands.
        let cards = pairs(
            "When a soil contains a mixture of grain sizes, the soil is called a loam.",
            None,
        );
        assert!(
            cards.iter().any(|(p, a)| a == "loam"
                && p == "When a soil contains a mixture of grain sizes, what is the soil called?"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_gap_after_help_or_make_ends_at_the_verb_its_object_is_given() {
        for text in [
            "In these ways, a fever helps the body fight infection.",
            "When you add sugar to a cold drink, you may stir it to help the sugar dissolve.",
            "This makes a diode useful for changing alternating current to direct current.",
        ] {
            let cards = pairs(text, None);
            assert!(
                cards.iter().all(|(_, a)| !a.contains(' ')
                    || !["fight", "dissolve", "useful"]
                        .iter()
                        .any(|v| a.contains(v))),
                "{cards:?}"
            );
        }
        let cards = pairs(
            "They may make the user feel more alert.",
            Some(
                "Some psychoactive drugs, such as caffeine, stimulate the central nervous system.",
            ),
        );
        assert!(
            cards
                .iter()
                .any(|(p, a)| a == "user" && p.ends_with("make the {{user}} feel more alert.")),
            "{cards:?}"
        );
    }

    #[test]
    fn a_question_leaves_out_then() {
        let cards = pairs("RNA then leaves the nucleus and goes to a ribosome.", None);
        assert!(
            cards
                .iter()
                .any(|(q, a)| q == "What does RNA leave?" && a == "nucleus"),
            "{cards:?}"
        );
    }

    #[test]
    fn a_sentence_that_tells_a_toll_opens_no_gap() {
        let text = "Several months after the earthquake, about 22,000 people were dead or missing.";
        assert!(
            pairs(text, None).iter().all(|(p, _)| !p.contains("{{")),
            "{:?}",
            pairs(text, None)
        );
        // A toll that opens the sentence, too.
        let cards = pairs(
            "3,000 people died in the fire that followed the earthquake.",
            None,
        );
        assert!(cards.iter().all(|(_, a)| a != "earthquake"), "{cards:?}");
        // A toll named before, or a note's number before a capital, is no toll told here.
        let text = "The Indian Ocean earthquake of 2004 was one of the largest ever, but most of \
                    the 230,000 fatalities were caused by the tsunami.";
        assert!(
            pairs(text, None).iter().any(|(p, _)| p.contains("{{")),
            "{:?}",
            pairs(text, None)
        );
    }

    #[test]
    fn the_topic_a_coming_list_divides_is_no_gap() {
        for sentence in [
            "There are two kinds of crust.",
            "There are two main types of lymphocytes.",
            "There are two basic ways to conserve energy.",
        ] {
            let cards = pairs(sentence, None);
            let topic = sentence
                .trim_end_matches('.')
                .rsplit(' ')
                .next()
                .unwrap_or("");
            assert!(
                cards.iter().all(|(_, a)| a != topic),
                "{sentence}: {cards:?}"
            );
        }
        // A gap that says more than the topic stays.
        let cards = pairs(
            "There are different types of T cells, including killer T cells and helper T cells.",
            None,
        );
        assert!(!cards.is_empty());
    }

    #[test]
    fn no_gap_over_what_not_all_is_said_of_or_a_word_its_gloss_spells() {
        // A gloss that spells the answer in its other number gives it away.
        let text = "Some species may also have flagella (singular, flagellum) used for locomotion.";
        let cards = pairs(text, None);
        assert!(
            cards
                .iter()
                .all(|(p, a)| a != "flagella" || !p.contains("flagellum")),
            "{cards:?}"
        );
        let text = "The energy of a mechanical wave travels through the medium (plural, media).";
        let cards = pairs(text, None);
        assert!(
            cards
                .iter()
                .all(|(p, a)| a != "plural" && !(a == "medium" && p.contains("media"))),
            "{cards:?}"
        );
        let cards = pairs("But not all new bacteria are clones.", None);
        assert!(cards.iter().all(|(_, a)| a != "new bacteria"), "{cards:?}");
        // "All" alone still opens a term.
        let cards = pairs("All living things are made of cells.", None);
        assert!(!cards.is_empty());
    }

    #[test]
    fn a_reflexive_pronoun_or_an_idiom_is_no_answer() {
        let cards = answers(
            "There are many things you can do to protect yourself before, during, and after an earthquake.",
            None,
        );
        assert!(cards.iter().all(|a| a != "yourself"), "{cards:?}");
        assert!(!good_answer("yourself") && !good_answer("everybody"));
        // A pronoun ends no answer, unless it names the two things the answer joined.
        assert!(!good_answer("the distance between them"));
        assert!(!good_answer("the water around them"));
        assert!(good_answer(
            "amount of charge on the particles and the distance between them"
        ));
        let text = "The strength of electric force depends on the amount of electric charge on the particles and the distance between them.";
        let cards = pairs(text, None);
        assert!(
            cards.iter().any(|(p, a)| p
                == "What does the strength of electric force depend on?"
                && a == "amount of electric charge on the particles and the distance between them"),
            "{cards:?}"
        );
        // "divides in half": how, not into what.
        let cards = pairs("The cell divides in half, creating two cells.", None);
        assert!(cards.iter().all(|(_, a)| a != "half"), "{cards:?}");
    }

    #[test]
    fn a_term_ending_in_a_bare_participle_is_not_asked_as_a_passive() {
        let cards = pairs(
            "In fact, electromagnets are the strongest magnets made.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.ends_with("magnets made?")),
            "{cards:?}"
        );
        assert!(ends_in_bare_participle("the strongest magnets made"));
        // A relative clause keeps its verb: the question reads as written.
        assert!(!ends_in_bare_participle(
            "the small, dense region at the center of an atom where protons are also found"
        ));
        assert!(!ends_in_bare_participle("the basic units of fungi"));
    }

    #[test]
    fn a_subordinate_clause_ends_its_subject_before_its_verb() {
        let chunks = chunk_texts(
            "It reaches the location where warm mantle material rises, and the cell is complete.",
        );
        assert!(chunks.iter().any(|c| c == "mantle material"), "{chunks:?}");
        assert!(chunks.iter().all(|c| !c.contains("rises")), "{chunks:?}");
        // A verb after the -s word makes it a noun; "such as" is no subordinator.
        let chunks = chunk_texts("When rock layers fold, they form mountains.");
        assert!(chunks.iter().any(|c| c == "rock layers"), "{chunks:?}");
    }

    #[test]
    fn give_with_two_objects_and_a_reason_are_not_asked() {
        let cards = pairs(
            "A cell wall gives the plant cell strength and protection.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.ends_with("give?")),
            "{cards:?}"
        );
        // The term is still recalled from what it does.
        assert!(cards.iter().any(|(_, a)| a == "cell wall"), "{cards:?}");
        let cards = pairs(
            "The creation and destruction of oceanic crust is the reason that continents move.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| !p.starts_with("What is")),
            "{cards:?}"
        );
        // "Science as we now know it" puts the reader in no condition.
        let cards = answers(
            "Science as we now know it arose as a discipline in the 17th century.",
            None,
        );
        assert!(cards.iter().any(|a| a == "17th century"), "{cards:?}");
    }

    #[test]
    fn a_hyphen_pair_a_list_tail_and_a_respect_adverb_are_read_whole() {
        // "magnesium- and [iron-rich minerals]": no gap takes half of the pair.
        let text = "Mafic magmas contain more dark, magnesium- and iron-rich mafic minerals.";
        let at = text.find("iron-rich").unwrap_or_default();
        assert_eq!(cloze(text, at, "iron-rich mafic minerals"), None);
        // A list ends before the comma that says what it is for.
        let cards = answers(
            "The nervous system must work with other organ systems, such as the circulatory system and the digestive system, for your body to work.",
            None,
        );
        assert!(
            cards
                .iter()
                .any(|a| a == "the circulatory system and the digestive system"),
            "{cards:?}"
        );
        assert!(
            cards.iter().all(|a| !a.contains("body to work")),
            "{cards:?}"
        );
        // "is genetically a copy": the question would drop the respect it is a copy in.
        let cards = pairs(
            "The offspring is genetically an exact copy of the parent.",
            None,
        );
        assert!(
            cards.iter().all(|(p, _)| p != "What is the offspring?"),
            "{cards:?}"
        );
    }
}
