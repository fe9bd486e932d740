-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 4: what CRM sync needs to resume and to finish links that arrived early.
--  - sync_list_progress: a full listing in progress (HubSpot list endpoints page by an opaque cursor, not
--    by stamp), with the instant it started; the bookmark becomes that instant once the listing ends.
--  - sync_pending_links: an interaction's links to deals or contacts not in the cache yet; they are
--    completed when the record arrives, so sync order never loses a link.

CREATE TABLE sync_list_progress (
  source       TEXT NOT NULL,
  object       TEXT NOT NULL,
  started_at   INTEGER NOT NULL,
  after_cursor TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (source, object)
) WITHOUT ROWID;

CREATE TABLE sync_pending_links (
  source                TEXT NOT NULL,
  interaction_remote_id TEXT NOT NULL,
  target_kind           TEXT NOT NULL CHECK (target_kind IN ('deal', 'contact')),
  target_remote_id      TEXT NOT NULL,
  PRIMARY KEY (source, interaction_remote_id, target_kind, target_remote_id)
) WITHOUT ROWID;
CREATE INDEX sync_pending_links_target ON sync_pending_links(source, target_kind, target_remote_id);
