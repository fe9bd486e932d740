-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1 of the cache. Instants are UTC milliseconds (INTEGER); close dates are calendar dates
-- (TEXT, YYYY-MM-DD). Synced rows are unique by (source, remote_id).

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE teams (
  id               INTEGER PRIMARY KEY,
  source           TEXT NOT NULL,
  remote_id        TEXT NOT NULL,
  name             TEXT NOT NULL,
  manager_owner_id INTEGER REFERENCES owners(id) ON DELETE SET NULL,
  UNIQUE (source, remote_id)
);

CREATE TABLE owners (
  id        INTEGER PRIMARY KEY,
  source    TEXT NOT NULL,
  remote_id TEXT NOT NULL,
  name      TEXT NOT NULL,
  email     TEXT NOT NULL COLLATE NOCASE,
  team_id   INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  is_active INTEGER NOT NULL DEFAULT 1,
  UNIQUE (source, remote_id)
);
CREATE INDEX owners_team ON owners(team_id);

CREATE TABLE accounts (
  id        INTEGER PRIMARY KEY,
  source    TEXT NOT NULL,
  remote_id TEXT NOT NULL,
  name      TEXT NOT NULL,
  UNIQUE (source, remote_id)
);

CREATE TABLE account_domains (
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  domain     TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (account_id, domain)
) WITHOUT ROWID;
CREATE INDEX account_domains_domain ON account_domains(domain);

CREATE TABLE contacts (
  id         INTEGER PRIMARY KEY,
  source     TEXT NOT NULL,
  remote_id  TEXT NOT NULL,
  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
  first_name TEXT NOT NULL DEFAULT '',
  last_name  TEXT NOT NULL DEFAULT '',
  email      TEXT COLLATE NOCASE,
  title      TEXT NOT NULL DEFAULT '',
  UNIQUE (source, remote_id)
);
CREATE INDEX contacts_email ON contacts(email);
CREATE INDEX contacts_account ON contacts(account_id);

CREATE TABLE deals (
  id                INTEGER PRIMARY KEY,
  source            TEXT NOT NULL,
  remote_id         TEXT NOT NULL,
  name              TEXT NOT NULL,
  account_id        INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
  owner_id          INTEGER REFERENCES owners(id) ON DELETE SET NULL,
  pipeline          TEXT NOT NULL DEFAULT '',
  stage             TEXT NOT NULL DEFAULT '',
  stage_order       INTEGER NOT NULL DEFAULT 0,
  stage_probability REAL,
  forecast_category TEXT NOT NULL DEFAULT '',
  amount            REAL,
  currency          TEXT NOT NULL DEFAULT '',
  close_date        TEXT,
  created_at        INTEGER NOT NULL,
  is_closed         INTEGER NOT NULL DEFAULT 0,
  is_won            INTEGER NOT NULL DEFAULT 0,
  is_deleted        INTEGER NOT NULL DEFAULT 0,
  UNIQUE (source, remote_id)
);
CREATE INDEX deals_owner ON deals(owner_id);
CREATE INDEX deals_account ON deals(account_id);

CREATE TABLE deal_contacts (
  deal_id    INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  role       TEXT NOT NULL DEFAULT '',
  is_primary INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (deal_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX deal_contacts_contact ON deal_contacts(contact_id);

CREATE TABLE deal_field_history (
  id         INTEGER PRIMARY KEY,
  deal_id    INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  field      TEXT NOT NULL CHECK (field IN ('stage', 'amount', 'close_date', 'forecast_category')),
  old_value  TEXT,
  new_value  TEXT,
  changed_at INTEGER NOT NULL,
  UNIQUE (deal_id, field, changed_at, new_value)
);

-- AUTOINCREMENT: ids never go back, which the search index's watermark relies on.
CREATE TABLE interactions (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  source           TEXT NOT NULL,
  remote_id        TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('email', 'meeting', 'call', 'note')),
  direction        TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),
  occurred_at      INTEGER NOT NULL,
  -- Kept before the bodies: the analytics read these for every row, and SQLite walks a row's columns in order.
  is_deleted       INTEGER NOT NULL DEFAULT 0,
  sentiment        REAL,
  subject          TEXT NOT NULL DEFAULT '',
  body_text        TEXT NOT NULL DEFAULT '',
  body_html        TEXT NOT NULL DEFAULT '',
  from_address     TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  to_addresses     TEXT NOT NULL DEFAULT '',
  cc_addresses     TEXT NOT NULL DEFAULT '',
  duration_seconds INTEGER,
  status           TEXT NOT NULL DEFAULT '',
  transcript       TEXT NOT NULL DEFAULT '',
  UNIQUE (source, remote_id)
);
-- Covers the time-window filters of the analytics, so a 60-day window is read from the index alone.
CREATE INDEX interactions_occurred ON interactions(occurred_at, direction, is_deleted);

-- One email can concern several deals.
CREATE TABLE interaction_deals (
  deal_id        INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  PRIMARY KEY (deal_id, interaction_id)
) WITHOUT ROWID;
CREATE INDEX interaction_deals_interaction ON interaction_deals(interaction_id);

CREATE TABLE interaction_contacts (
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  contact_id     INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  PRIMARY KEY (interaction_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX interaction_contacts_contact ON interaction_contacts(contact_id);

CREATE TABLE ratings (
  id             INTEGER PRIMARY KEY,
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  rater          TEXT NOT NULL,
  value          INTEGER NOT NULL CHECK (value IN (-1, 1)),
  note           TEXT NOT NULL DEFAULT '',
  rated_at       INTEGER NOT NULL
);
CREATE INDEX ratings_interaction ON ratings(interaction_id);

CREATE TABLE coaching_notes (
  id         INTEGER PRIMARY KEY,
  deal_id    INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  author     TEXT NOT NULL,
  body       TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX coaching_notes_deal ON coaching_notes(deal_id);

CREATE TABLE sync_bookmarks (
  source     TEXT NOT NULL,
  object     TEXT NOT NULL,
  stamp      INTEGER NOT NULL,
  last_id    TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (source, object)
) WITHOUT ROWID;

CREATE TABLE snapshots (
  id              INTEGER PRIMARY KEY,
  taken_at        INTEGER NOT NULL,
  taken_by        TEXT NOT NULL DEFAULT '',
  label           TEXT NOT NULL DEFAULT '',
  filter_json     TEXT NOT NULL DEFAULT '{}',
  as_of           INTEGER NOT NULL,
  going_dark_days INTEGER NOT NULL
);

-- A snapshot copies each deal's fields as they were; it never points at live rows.
CREATE TABLE snapshot_deals (
  snapshot_id    INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
  deal_source    TEXT NOT NULL,
  deal_remote_id TEXT NOT NULL,
  document       TEXT NOT NULL,
  PRIMARY KEY (snapshot_id, deal_source, deal_remote_id)
) WITHOUT ROWID;

-- Derived figures per deal, stored so the app opens without recomputing; see analytics/DealMetrics.h.
CREATE TABLE deal_metrics (
  deal_id            INTEGER PRIMARY KEY REFERENCES deals(id) ON DELETE CASCADE,
  as_of              INTEGER NOT NULL,
  going_dark_days    INTEGER NOT NULL,
  last_inbound_at    INTEGER,
  last_outbound_at   INTEGER,
  inbound_28d        INTEGER NOT NULL,
  outbound_28d       INTEGER NOT NULL,
  inbound_prev_28d   INTEGER NOT NULL,
  buyer_contacts_60d INTEGER NOT NULL,
  close_date_pushes  INTEGER NOT NULL,
  days_in_stage      INTEGER NOT NULL,
  sentiment_recent   REAL,
  sentiment_trend    REAL,
  band               TEXT NOT NULL,
  score              INTEGER NOT NULL,
  reasons_json       TEXT NOT NULL
);

-- Deals whose derived figures are out of date. Filled by triggers, so a write interrupted by a crash still
-- leaves its deals marked for the next recompute.
CREATE TABLE dirty_deals (
  deal_id INTEGER PRIMARY KEY
);

-- The triggers test for existence instead of using INSERT OR IGNORE because an outer statement's conflict
-- clause (an upsert's) overrides the one inside a trigger.
CREATE TRIGGER deals_dirty_insert AFTER INSERT ON deals BEGIN
  INSERT INTO dirty_deals(deal_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM dirty_deals WHERE deal_id = new.id);
END;
CREATE TRIGGER deals_dirty_update AFTER UPDATE ON deals BEGIN
  INSERT INTO dirty_deals(deal_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM dirty_deals WHERE deal_id = new.id);
END;
CREATE TRIGGER interaction_deals_dirty AFTER INSERT ON interaction_deals BEGIN
  INSERT INTO dirty_deals(deal_id) SELECT new.deal_id
  WHERE NOT EXISTS (SELECT 1 FROM dirty_deals WHERE deal_id = new.deal_id);
END;
CREATE TRIGGER interaction_deals_dirty_delete AFTER DELETE ON interaction_deals BEGIN
  INSERT INTO dirty_deals(deal_id) SELECT old.deal_id
  WHERE NOT EXISTS (SELECT 1 FROM dirty_deals WHERE deal_id = old.deal_id);
END;
CREATE TRIGGER interactions_dirty_update AFTER UPDATE ON interactions BEGIN
  INSERT INTO dirty_deals(deal_id) SELECT l.deal_id FROM interaction_deals l WHERE l.interaction_id = new.id
  AND NOT EXISTS (SELECT 1 FROM dirty_deals WHERE deal_id = l.deal_id);
END;
CREATE TRIGGER interaction_contacts_dirty AFTER INSERT ON interaction_contacts BEGIN
  INSERT INTO dirty_deals(deal_id) SELECT l.deal_id FROM interaction_deals l WHERE l.interaction_id = new.interaction_id
  AND NOT EXISTS (SELECT 1 FROM dirty_deals WHERE deal_id = l.deal_id);
END;
CREATE TRIGGER field_history_dirty AFTER INSERT ON deal_field_history BEGIN
  INSERT INTO dirty_deals(deal_id) SELECT new.deal_id
  WHERE NOT EXISTS (SELECT 1 FROM dirty_deals WHERE deal_id = new.deal_id);
END;

CREATE VIRTUAL TABLE interactions_fts USING fts5(
  subject, body_text, transcript,
  content = 'interactions', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
-- New rows are indexed in bulk by SearchStore::indexPending() (a trigger per row makes FTS5 flush per row,
-- which halves the write rate); rows up to the watermark in meta 'fts_indexed_through' are in the index, and
-- only their edits and deletions are mirrored here.
CREATE TRIGGER interactions_fts_delete AFTER DELETE ON interactions
WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_indexed_through') BEGIN
  INSERT INTO interactions_fts(interactions_fts, rowid, subject, body_text, transcript)
  VALUES ('delete', old.id, old.subject, old.body_text, old.transcript);
END;
CREATE TRIGGER interactions_fts_update AFTER UPDATE OF subject, body_text, transcript ON interactions
WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_indexed_through') BEGIN
  INSERT INTO interactions_fts(interactions_fts, rowid, subject, body_text, transcript)
  VALUES ('delete', old.id, old.subject, old.body_text, old.transcript);
  INSERT INTO interactions_fts(rowid, subject, body_text, transcript)
  VALUES (new.id, new.subject, new.body_text, new.transcript);
END;
