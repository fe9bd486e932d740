-- SPDX-License-Identifier: GPL-3.0-or-later
-- Step 3: the history of the rating learner's weights. Every change of the learned weights (a rating added
-- or removed, a term reset or restored) is a lexicon version, with what caused it and how far each term
-- moved, so the UI can say which ratings taught a term what, and undo a version. The weights themselves are
-- not stored: they are refitted, deterministically, from the ratings and the resets.

-- The cause is copied here rather than referenced: a rating that caused a version may be deleted later, and
-- its version must still say what it was.
CREATE TABLE lexicon_versions (
  id             INTEGER PRIMARY KEY,
  created_at     INTEGER NOT NULL,
  language       TEXT NOT NULL CHECK (language IN ('en', 'ro')),
  cause          TEXT NOT NULL CHECK (cause IN ('rated', 'unrated', 'reset', 'unreset')),
  undoes         INTEGER REFERENCES lexicon_versions(id) ON DELETE SET NULL,
  rating_id      INTEGER,
  interaction_id INTEGER,
  rater          TEXT NOT NULL DEFAULT '',
  value          INTEGER,
  note           TEXT NOT NULL DEFAULT '',
  rated_at       INTEGER,
  reset_id       INTEGER,
  term           TEXT NOT NULL DEFAULT '',
  through_rating_id INTEGER,
  reset_at       INTEGER
);

-- How far each term's learned weight moved in a version (moves too small to show are left out).
CREATE TABLE lexicon_term_deltas (
  version_id INTEGER NOT NULL REFERENCES lexicon_versions(id) ON DELETE CASCADE,
  term       TEXT NOT NULL,
  before     REAL NOT NULL,
  after      REAL NOT NULL,
  PRIMARY KEY (version_id, term)
) WITHOUT ROWID;
CREATE INDEX lexicon_term_deltas_term ON lexicon_term_deltas(term, version_id);

-- A reset term forgets what the ratings up to through_rating_id taught it; later ratings teach it again.
CREATE TABLE lexicon_term_resets (
  id                INTEGER PRIMARY KEY,
  language          TEXT NOT NULL CHECK (language IN ('en', 'ro')),
  term              TEXT NOT NULL,
  through_rating_id INTEGER NOT NULL,
  reset_at          INTEGER NOT NULL
);
