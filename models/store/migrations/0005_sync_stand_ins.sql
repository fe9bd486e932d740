-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 5: records a richer record stands in for. Salesforce logs an Enhanced Email twice, as an
-- EmailMessage and as a Task that points to it; the Task is remembered here so it stays out of the
-- timeline however often it is synced again.

CREATE TABLE sync_superseded (
  source       TEXT NOT NULL,
  remote_id    TEXT NOT NULL,
  by_remote_id TEXT NOT NULL,
  PRIMARY KEY (source, remote_id)
) WITHOUT ROWID;
