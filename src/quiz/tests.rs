//! Quiz session tests: answers, score, missed cards, and adding them to today's review through
//! a temporary store with a fixed clock.

use super::*;
use crate::deck::{Card, CardKind};
use crate::schedule::Phase;
use crate::study::Session;

type TestResult = std::result::Result<(), Box<dyn std::error::Error>>;

const NOW: &str = "2026-03-10T12:00:00Z";

fn at(s: &str) -> Timestamp {
    s.parse().expect("test time")
}

fn card(id: &str, prompt: &str, answer: &str) -> Card {
    Card {
        id: CardId(id.into()),
        kind: CardKind::Question,
        prompt: prompt.into(),
        answer: answer.into(),
        distractors: Vec::new(),
        tags: vec!["term".into()],
        source: String::new(),
        fact: String::new(),
    }
}

fn deck() -> Deck {
    Deck {
        id: "cells".into(),
        title: "Cells".into(),
        description: String::new(),
        sources: Vec::new(),
        cards: vec![
            card("a", "Main cells of the liver?", "hepatocytes"),
            card("b", "Signalling proteins?", "cytokines"),
            card("c", "Scar tissue build-up?", "fibrosis"),
            card("d", "Cells that eat debris?", "macrophages"),
            card("e", "Energy organelles?", "mitochondria"),
        ],
    }
}

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn index_of(quiz: &Quiz, id: &str) -> usize {
    quiz.questions()
        .iter()
        .position(|q| q.card.0 == id)
        .expect("card asked")
}

#[test]
fn typed_answers_are_checked_forgivingly_and_scored() {
    let mut quiz = Quiz::new(&deck(), &[Format::Typed], 5, 9);
    assert_eq!(quiz.len(), 5);
    let a = index_of(&quiz, "a");
    let got = quiz
        .answer(a, Response::Typed("Hepatocites".into()), secs(4))
        .cloned()
        .expect("answered");
    assert!(got.right);
    assert_eq!(
        got.verdict,
        Some(Verdict::Accepted {
            typo: "Hepatocites".into()
        })
    );
    let b = index_of(&quiz, "b");
    let got = quiz
        .answer(b, Response::Typed("hormones".into()), secs(6))
        .cloned()
        .expect("answered");
    assert!(!got.right);
    assert!(matches!(got.verdict, Some(Verdict::Wrong { .. })));
    // The first answer stands.
    let again = quiz.answer(b, Response::Typed("cytokines".into()), secs(1));
    assert!(again.is_some_and(|a| !a.right));
    assert_eq!(
        quiz.score(),
        Score {
            right: 1,
            answered: 2,
            total: 5
        }
    );
    assert_eq!(quiz.duration(), secs(10));
    assert_eq!(quiz.missed(), vec![CardId("b".into())]);
    assert!(!quiz.is_done());
}

#[test]
fn options_are_right_only_at_the_correct_index() {
    let mut quiz = Quiz::new(&deck(), &[Format::MultipleChoice], 5, 2);
    assert_eq!(quiz.len(), 5);
    let q = quiz.questions()[0].clone();
    assert_eq!(q.options.len(), 4);
    let wrong = (q.correct + 1) % q.options.len();
    assert!(
        quiz.answer(0, Response::Option(9), secs(1)).is_none(),
        "not an option"
    );
    assert!(
        quiz.answer(7, Response::Option(0), secs(1)).is_none(),
        "not a question"
    );
    assert!(
        !quiz
            .answer(0, Response::Option(wrong), secs(2))
            .expect("answered")
            .right
    );
    let correct = quiz.questions()[1].correct;
    assert!(
        quiz.answer(1, Response::Option(correct), secs(2))
            .expect("answered")
            .right
    );
    assert_eq!(quiz.next_unanswered(), Some(2));
    for i in 2..5 {
        let c = quiz.questions()[i].correct;
        quiz.answer(i, Response::Option(c), secs(1));
    }
    assert!(quiz.is_done());
    assert_eq!(quiz.score().percent(), 80);
    assert_eq!(quiz.missed(), vec![q.card.clone()]);
    let missed = quiz.missed_questions();
    assert_eq!(missed.len(), 1);
    assert_eq!(missed[0].1.response, Response::Option(wrong));
}

#[test]
fn a_typo_that_is_another_term_of_the_deck_is_wrong() {
    let mut d = deck();
    d.cards.push(card("f", "A base of DNA?", "cytosine"));
    let mut quiz = Quiz::new(&d, &[Format::Typed], 6, 1);
    let b = index_of(&quiz, "b");
    let got = quiz.answer(b, Response::Typed("cytosine".into()), secs(1));
    assert!(got.is_some_and(|a| !a.right));
}

#[test]
fn quiz_again_asks_only_the_missed_cards() {
    let d = deck();
    let mut quiz = Quiz::new(&d, &[Format::Typed, Format::MultipleChoice], 5, 4);
    for i in 0..quiz.len() {
        let q = quiz.questions()[i].clone();
        let response = match q.format {
            Format::Typed if q.card.0 == "c" || q.card.0 == "e" => Response::Typed("no".into()),
            Format::Typed => Response::Typed(q.answer.clone()),
            _ if q.card.0 == "c" || q.card.0 == "e" => {
                Response::Option((q.correct + 1) % q.options.len())
            }
            _ => Response::Option(q.correct),
        };
        quiz.answer(i, response, secs(3));
    }
    let mut missed = quiz.missed();
    missed.sort();
    assert_eq!(missed, vec![CardId("c".into()), CardId("e".into())]);
    let again = quiz.again(&d, 11);
    assert_eq!(again.len(), 2);
    assert_eq!(again.formats(), quiz.formats());
    let mut asked: Vec<CardId> = again.questions().iter().map(|q| q.card.clone()).collect();
    asked.sort();
    assert_eq!(asked, missed);
    assert_eq!(again.score().answered, 0);
}

#[test]
fn missed_cards_go_into_todays_learning_queue_graded_again() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = Store::open(dir.path(), at(NOW))?.store;
    let d = deck();
    let now = at(NOW);
    let clock = DayClock::utc();
    // "a" to "c" were learned long ago (Easy: review cards); "e" is new.
    let mut s = Session::start(
        &mut store,
        d.clone(),
        "Ana",
        clock.clone(),
        at("2026-01-01T09:00:00Z"),
    )?;
    while let Some(current) = s.current(at("2026-01-01T09:00:00Z")) {
        let id = current.card.id.clone();
        s.grade(&mut store, Grade::Easy, at("2026-01-01T09:00:00Z"), 1000)?;
        if id.0 == "c" {
            break;
        }
    }
    let ana = store.learner("Ana", now)?;
    let c_before = store.progress(ana.id, "cells", &CardId("c".into()))?;
    assert_eq!(c_before.phase, Phase::Review);
    let learning_before = store.deck_stats(&ana, "cells", &clock, now)?.learning;
    let reviews_before = store.reviews(ana.id, Some("cells"))?.len();

    let missed = vec![
        (CardId("c".into()), secs(7)),
        (CardId("e".into()), secs(5)),
        (CardId("gone".into()), secs(1)),
    ];
    let added = add_to_review(&mut store, &d, "Ana", &missed, clock.clone(), now)?;
    assert_eq!(
        added,
        AddedToReview {
            graded: 2,
            skipped: 1
        }
    );

    let c = store.progress(ana.id, "cells", &CardId("c".into()))?;
    assert_eq!(c.phase, Phase::Relearning);
    assert_eq!(c.lapses, c_before.lapses + 1);
    let e = store.progress(ana.id, "cells", &CardId("e".into()))?;
    assert_eq!(e.phase, Phase::Learning);
    assert!(e.due < clock.day_end(now));
    assert_eq!(
        store.deck_stats(&ana, "cells", &clock, now)?.learning,
        learning_before + 2
    );
    let reviews = store.reviews(ana.id, Some("cells"))?;
    assert_eq!(reviews.len(), reviews_before + 2);
    assert!(
        reviews
            .iter()
            .rev()
            .take(2)
            .all(|r| r.grade == Grade::Again)
    );

    // They come back in today's study, learning cards first once due.
    let later = at("2026-03-10T12:30:00Z");
    let s = Session::start(&mut store, d, "Ana", clock, later)?;
    assert!(s.counts().learning >= 2);
    Ok(())
}

#[test]
fn suspended_cards_stay_out_of_review() -> TestResult {
    let dir = tempfile::tempdir()?;
    let mut store = Store::open(dir.path(), at(NOW))?.store;
    let d = deck();
    let now = at(NOW);
    store.sync_deck(&d)?;
    let ana = store.learner("Ana", now)?;
    store.set_suspended(ana.id, "cells", &CardId("a".into()), true)?;
    let added = add_to_review(
        &mut store,
        &d,
        "Ana",
        &[(CardId("a".into()), secs(1))],
        DayClock::utc(),
        now,
    )?;
    assert_eq!(
        added,
        AddedToReview {
            graded: 0,
            skipped: 1
        }
    );
    assert!(
        store
            .progress(ana.id, "cells", &CardId("a".into()))?
            .suspended
    );
    Ok(())
}
