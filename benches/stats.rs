//! Statistics at the scale of a heavy user: 100,000 cards in 10 decks and 1,000,000 logged
//! reviews (the fixture store of `benches/store.rs`, built once in `target/bench-store/`).
//!
//! Run with `cargo bench --bench stats`. Target: every statistic of the statistics screen for
//! all decks in 100 ms or less. What is measured (the fixture's clock, 2026-03-10 12:00 UTC):
//!
//! - `all_decks`: reading the cards and the log from the store (`Store::stats_input`) and
//!   computing every figure (`stats::compute`), as the screen does for "All decks" over a year;
//! - `compute_only`: `stats::compute` alone, on what was read;
//! - `read_only`: `Store::stats_input` alone;
//! - `one_deck`: both for one 10,000-card deck;
//! - `model_quality`: the memory model's log loss and RMSE on the whole history (the screen runs
//!   it in the background after showing the rest).

mod common;

use common::*;
use factdeck::stats;
use factdeck::store::{DEFAULT_LEARNER, Store};

fn main() {
    divan::main();
}

/// The fixture opened, with the default learner and the deck ids.
fn open() -> (
    Store,
    factdeck::store::Learner,
    Vec<String>,
    tempfile::TempDir,
) {
    let copy = fixture_copy();
    let mut store = Store::open(copy.path(), now())
        .expect("opens the fixture")
        .store;
    let learner = store.learner(DEFAULT_LEARNER, now()).expect("learner");
    let decks: Vec<String> = all_decks().into_iter().map(|d| d.id).collect();
    (store, learner, decks, copy)
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn all_decks_year(bencher: divan::Bencher) {
    let (mut store, learner, decks, _copy) = open();
    let clock = clock();
    let s = stats::compute(
        &store.stats_input(&learner, &decks, now()).expect("reads"),
        &clock,
        now(),
        365,
    );
    eprintln!(
        "all decks: {} cards, {} reviews, {} study days, retention 30 d {:?}",
        s.cards.total,
        s.total_reviews,
        s.calendar.study_days,
        s.retention.windows.last().and_then(|w| w.all.share)
    );
    bencher.bench_local(|| {
        let input = store.stats_input(&learner, &decks, now()).expect("reads");
        stats::compute(&input, &clock, now(), 365)
    });
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn compute_only(bencher: divan::Bencher) {
    let (mut store, learner, decks, _copy) = open();
    let input = store.stats_input(&learner, &decks, now()).expect("reads");
    let clock = clock();
    bencher.bench_local(|| stats::compute(&input, &clock, now(), 365));
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn read_only(bencher: divan::Bencher) {
    let (mut store, learner, decks, _copy) = open();
    bencher.bench_local(|| store.stats_input(&learner, &decks, now()).expect("reads"));
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn one_deck(bencher: divan::Bencher) {
    let (mut store, learner, decks, _copy) = open();
    let deck = [decks[STUDIED_DECK].clone()];
    let clock = clock();
    bencher.bench_local(|| {
        let input = store.stats_input(&learner, &deck, now()).expect("reads");
        stats::compute(&input, &clock, now(), 30)
    });
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn model_quality(bencher: divan::Bencher) {
    let (store, learner, _decks, _copy) = open();
    let events = store.review_events(learner.id).expect("reads the log");
    let clock = clock();
    bencher.bench_local(|| {
        stats::model::quality(&events, &clock, &learner.parameters, |_, _| true).expect("measures")
    });
}
