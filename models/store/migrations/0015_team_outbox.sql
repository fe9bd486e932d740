-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 15: the team layer's outbox. Each rating, coaching-note version and snapshot made on this
-- desktop is queued in team_outbox in the transaction that makes it, under a change id (a random 128-bit id
-- in 32 hex digits, the team server's key for it), so a team sync pushes it exactly once however often it is
-- interrupted. Rows pulled from the team server keep the change id they have there (team_change_id), so a
-- pull recognises what it already holds. team_state keeps the last server change number pulled. The
-- ratings, notes and snapshots made before this step are queued too, so the first team sync shares them.

CREATE TABLE team_outbox (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  change_id  TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL CHECK (kind IN ('rating', 'note', 'snapshot')),
  payload    TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
-- Every change id this cache pushed or pulled: a change coming back (our own, or pulled again after a crash)
-- is recognised even when the row it made has since changed or gone.
CREATE TABLE team_known_changes (
  change_id TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE team_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE ratings ADD COLUMN team_change_id TEXT;
CREATE UNIQUE INDEX ratings_team_change ON ratings(team_change_id) WHERE team_change_id IS NOT NULL;
-- A note's id on the team server, and the version this row shows (the base of the next edit).
ALTER TABLE coaching_notes ADD COLUMN team_note_id TEXT;
ALTER TABLE coaching_notes ADD COLUMN team_change_id TEXT;
CREATE UNIQUE INDEX coaching_notes_team_change ON coaching_notes(team_change_id)
  WHERE team_change_id IS NOT NULL;
ALTER TABLE snapshots ADD COLUMN team_change_id TEXT;
CREATE UNIQUE INDEX snapshots_team_change ON snapshots(team_change_id) WHERE team_change_id IS NOT NULL;

UPDATE ratings SET team_change_id = lower(hex(randomblob(16)));
INSERT INTO team_outbox(change_id, kind, payload, created_at)
  SELECT r.team_change_id, 'rating',
         json_object('source', i.source, 'remote_id', i.remote_id, 'value', r.value, 'note', r.note,
                     'rated_at', r.rated_at),
         r.rated_at
  FROM ratings r JOIN interactions i ON i.id = r.interaction_id
  ORDER BY r.rated_at, r.id;

UPDATE coaching_notes SET team_note_id = lower(hex(randomblob(16))), team_change_id = lower(hex(randomblob(16)));
INSERT INTO team_outbox(change_id, kind, payload, created_at)
  SELECT n.team_change_id, 'note',
         json_object('note_id', n.team_note_id, 'base', NULL, 'source', d.source, 'remote_id', d.remote_id,
                     'owner', lower(coalesce(o.email, '')), 'body', n.body, 'deleted', json('false'),
                     'edited_at', n.updated_at),
         n.updated_at
  FROM coaching_notes n JOIN deals d ON d.id = n.deal_id LEFT JOIN owners o ON o.id = d.owner_id
  ORDER BY n.updated_at, n.id;

UPDATE snapshots SET team_change_id = lower(hex(randomblob(16)));
INSERT INTO team_outbox(change_id, kind, payload, created_at)
  SELECT team_change_id, 'snapshot', json_object('snapshot_id', id), taken_at FROM snapshots
  ORDER BY taken_at, id;
INSERT INTO team_known_changes(change_id) SELECT change_id FROM team_outbox;
