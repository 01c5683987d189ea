-- Version 3: burying a card until the next study day.

-- A buried card stays out of the queue until this time (0: not buried). The learner buries a
-- card (and its siblings) until the current study day ends; it comes back by itself.
ALTER TABLE progress ADD COLUMN buried_until_ms INTEGER NOT NULL DEFAULT 0;
