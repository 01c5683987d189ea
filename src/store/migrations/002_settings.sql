-- Version 2: per-deck study settings, and FSRS parameters fitted to each learner's history.

-- Study settings of a deck, as JSON (steps, desired retention, daily limits...).
CREATE TABLE deck_settings (
    deck     TEXT PRIMARY KEY,
    settings TEXT NOT NULL
) WITHOUT ROWID;

-- The learner's fitted FSRS parameters (a JSON array), NULL for the defaults.
ALTER TABLE learners ADD COLUMN fsrs_params TEXT;
-- How many reviews those parameters were fitted on.
ALTER TABLE learners ADD COLUMN fsrs_params_reviews INTEGER NOT NULL DEFAULT 0;
