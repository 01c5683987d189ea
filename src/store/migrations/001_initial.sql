-- factdeck progress store, version 1.
-- Decks are the deck files; this database keys progress by deck id and card id, so editing a
-- card's text keeps its progress and a card removed from a deck keeps its history.

-- Small facts about the store itself (last backup, last integrity check, settings).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Learner profiles: a classroom computer is shared.
CREATE TABLE learners (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_ms INTEGER NOT NULL
);

-- Decks the store has seen; cards_version grows whenever the deck's card list changes.
CREATE TABLE decks (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    cards_version INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The cards of each deck, in deck order. A card gone from the deck file is marked removed and
-- keeps its history; it comes back with its progress if the card does.
CREATE TABLE cards (
    deck     TEXT NOT NULL REFERENCES decks (id),
    card     TEXT NOT NULL,
    fact     TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    removed  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (deck, card)
) WITHOUT ROWID;

-- Which version of a deck's card list a learner's progress rows were filled from.
CREATE TABLE learner_decks (
    learner       INTEGER NOT NULL REFERENCES learners (id),
    deck          TEXT NOT NULL REFERENCES decks (id),
    cards_version INTEGER NOT NULL,
    PRIMARY KEY (learner, deck)
) WITHOUT ROWID;

-- One learner's progress on one card. state: 0 new, 1 learning, 2 review, 3 relearning.
-- due_ms is the due time, or for a new card its position in the deck (new cards come in order).
-- flags: 1 suspended, 2 leech, 4 removed from the deck.
CREATE TABLE progress (
    learner        INTEGER NOT NULL REFERENCES learners (id),
    deck           TEXT NOT NULL,
    card           TEXT NOT NULL,
    state          INTEGER NOT NULL DEFAULT 0,
    due_ms         INTEGER NOT NULL,
    stability      REAL,
    difficulty     REAL,
    step           INTEGER NOT NULL DEFAULT 0,
    reps           INTEGER NOT NULL DEFAULT 0,
    lapses         INTEGER NOT NULL DEFAULT 0,
    last_review_ms INTEGER,
    flags          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (learner, deck, card)
) WITHOUT ROWID;

CREATE INDEX progress_queue ON progress (learner, deck, state, due_ms);

-- Every grade ever given, appended as it is given (only undo takes the last one back).
-- The prev_* columns hold the card's progress before the grade, so undo restores it exactly.
CREATE TABLE review_log (
    id              INTEGER PRIMARY KEY,
    learner         INTEGER NOT NULL REFERENCES learners (id),
    deck            TEXT NOT NULL,
    card            TEXT NOT NULL,
    reviewed_ms     INTEGER NOT NULL,
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    state_before    INTEGER NOT NULL,
    elapsed_days    INTEGER NOT NULL,
    interval_ms     INTEGER NOT NULL,
    duration_ms     INTEGER NOT NULL,
    stability       REAL,
    difficulty      REAL,
    prev_due_ms     INTEGER NOT NULL,
    prev_stability  REAL,
    prev_difficulty REAL,
    prev_step       INTEGER NOT NULL,
    prev_reps       INTEGER NOT NULL,
    prev_lapses     INTEGER NOT NULL,
    prev_last_ms    INTEGER,
    prev_flags      INTEGER NOT NULL
);

CREATE INDEX review_log_day ON review_log (learner, deck, reviewed_ms);
CREATE INDEX review_log_card ON review_log (learner, deck, card, id);
