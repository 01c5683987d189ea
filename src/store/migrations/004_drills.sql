-- Version 4: classroom drills and their results.

-- One drill as it was played: when, which deck, the setup (JSON: question count, formats,
-- seconds per question, teams with colours, seed, leaderboard) and the team names (JSON).
CREATE TABLE drills (
    id         INTEGER PRIMARY KEY,
    started_ms INTEGER NOT NULL,
    deck       TEXT NOT NULL,
    deck_title TEXT NOT NULL,
    setup      TEXT NOT NULL,
    teams      TEXT NOT NULL
);

CREATE INDEX drills_deck ON drills (deck, started_ms);

-- One row per revealed question per team: what was asked, the option the team chose (NULL:
-- no answer) as it was shown, whether it was right, the countdown time to the answer and the
-- points it earned.
CREATE TABLE drill_answers (
    drill       INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    question    INTEGER NOT NULL,
    card        TEXT NOT NULL,
    prompt      TEXT NOT NULL,
    answer      TEXT NOT NULL,
    team        INTEGER NOT NULL,
    chosen      INTEGER,
    chosen_text TEXT,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    ms          INTEGER,
    points      INTEGER NOT NULL,
    PRIMARY KEY (drill, question, team)
) WITHOUT ROWID;
