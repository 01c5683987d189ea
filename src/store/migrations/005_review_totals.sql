-- factdeck progress store, version 5: grades counted per quarter hour.
-- Statistics over a long history (a year of reviews per day, the calendar, streaks) would
-- otherwise read every row of the log. Quarter hours, because every time zone's offset and the
-- study day's rollover hour fall on whole quarter hours: a quarter never straddles two study
-- days, whatever clock the statistics are later counted with. Triggers keep the totals as grades
-- are logged and undone, whichever code writes the log.

CREATE TABLE review_totals (
    learner     INTEGER NOT NULL,
    deck        TEXT NOT NULL,
    quarter     INTEGER NOT NULL,  -- reviewed_ms / 900000
    rating      INTEGER NOT NULL,
    reviews     INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    PRIMARY KEY (learner, deck, quarter, rating)
) WITHOUT ROWID;

INSERT INTO review_totals (learner, deck, quarter, rating, reviews, duration_ms)
    SELECT learner, deck, reviewed_ms / 900000, rating, count(*), sum(duration_ms)
    FROM review_log GROUP BY learner, deck, reviewed_ms / 900000, rating;

CREATE TRIGGER review_totals_add AFTER INSERT ON review_log BEGIN
    INSERT INTO review_totals (learner, deck, quarter, rating, reviews, duration_ms)
        VALUES (NEW.learner, NEW.deck, NEW.reviewed_ms / 900000, NEW.rating, 1, NEW.duration_ms)
        ON CONFLICT (learner, deck, quarter, rating) DO UPDATE
        SET reviews = reviews + 1, duration_ms = duration_ms + excluded.duration_ms;
END;

CREATE TRIGGER review_totals_remove AFTER DELETE ON review_log BEGIN
    UPDATE review_totals SET reviews = reviews - 1, duration_ms = duration_ms - OLD.duration_ms
        WHERE learner = OLD.learner AND deck = OLD.deck
          AND quarter = OLD.reviewed_ms / 900000 AND rating = OLD.rating;
    DELETE FROM review_totals
        WHERE learner = OLD.learner AND deck = OLD.deck
          AND quarter = OLD.reviewed_ms / 900000 AND rating = OLD.rating AND reviews <= 0;
END;
