-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 2: the manager's own alert state. Snoozes are kept after they expire so they can be reviewed in
-- coaching; alert_seen remembers which band each deal had when the manager last looked at the alerts.

CREATE TABLE alert_snoozes (
  id         INTEGER PRIMARY KEY,
  deal_id    INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  band       TEXT NOT NULL,
  reason     TEXT NOT NULL,
  resume_on  TEXT NOT NULL,
  snoozed_by TEXT NOT NULL DEFAULT '',
  snoozed_at INTEGER NOT NULL
);
CREATE INDEX alert_snoozes_deal ON alert_snoozes(deal_id, resume_on);

CREATE TABLE alert_seen (
  deal_id INTEGER PRIMARY KEY REFERENCES deals(id) ON DELETE CASCADE,
  band    TEXT NOT NULL,
  seen_at INTEGER NOT NULL
);
