//! A drill's questions, made by the shared question core ([`crate::quiz::question`]): the
//! same deck, formats, count and seed give the same questions in the same order with the same
//! option order.

use super::{DrillFormat, DrillQuestion, MAX_OPTIONS, Setup};
use crate::deck::Deck;
use crate::quiz::question::{self, Format};

impl DrillFormat {
    /// The question core's format.
    pub fn format(self) -> Format {
        match self {
            DrillFormat::MultipleChoice => Format::MultipleChoice,
            DrillFormat::TrueFalse => Format::TrueFalse,
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        self.format().label()
    }
}

/// The questions of a drill set up as `setup` on `deck` (fewer than asked when the deck has
/// fewer cards a format works for).
pub fn build(deck: &Deck, setup: &Setup) -> Vec<DrillQuestion> {
    let formats: Vec<Format> = setup.formats.iter().map(|f| f.format()).collect();
    question::build(deck, &formats, setup.question_count, setup.seed)
        .into_iter()
        .filter_map(|q| {
            let format = match q.format {
                Format::MultipleChoice => DrillFormat::MultipleChoice,
                Format::TrueFalse => DrillFormat::TrueFalse,
                Format::Typed => return None,
            };
            let usable =
                (2..=MAX_OPTIONS).contains(&q.options.len()) && q.correct < q.options.len();
            usable.then_some(DrillQuestion {
                card: q.card,
                format,
                prompt: q.prompt,
                options: q.options,
                correct: q.correct,
                answer: q.answer,
                source: q.source,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::library;

    fn deck() -> Deck {
        library::shipped()
            .into_iter()
            .find_map(|e| e.deck.ok())
            .expect("a shipped deck")
    }

    #[test]
    fn the_same_seed_gives_the_same_questions_and_another_seed_others() {
        let deck = deck();
        let mut setup = Setup::new(&deck.id);
        setup.question_count = 5;
        let a = build(&deck, &setup);
        assert_eq!(a.len(), 5);
        assert_eq!(a, build(&deck, &setup));
        setup.seed = 2;
        assert_ne!(a, build(&deck, &setup));
        for q in &a {
            assert!(q.options.len() >= 2 && q.options.len() <= MAX_OPTIONS);
            assert!(q.correct < q.options.len());
            if q.format == DrillFormat::TrueFalse {
                assert_eq!(q.options, ["True", "False"]);
            }
        }
    }

    #[test]
    fn only_the_chosen_formats_are_asked() {
        let deck = deck();
        let mut setup = Setup::new(&deck.id);
        setup.formats = vec![DrillFormat::TrueFalse];
        let qs = build(&deck, &setup);
        assert!(!qs.is_empty());
        assert!(qs.iter().all(|q| q.format == DrillFormat::TrueFalse));
    }
}
