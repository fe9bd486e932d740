-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team schema step 2: live updates. Each statement that adds shared changes (ratings, coaching-note versions,
-- snapshots) makes the server send NOTIFY dealpulse_changes with the highest change number it added, at
-- commit (a rolled-back change notifies no one). Desktops that LISTEN pull at once instead of waiting for
-- their next sync. The payload is that number only, which tells a listener nothing it could not pull.
-- Lexicon versions are left out: every desktop publishes one after each pull, so notifying them would have
-- the desktops wake each other for ever.

-- One notification per statement, not per row: a batch of 500 ratings is one pull.
CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog, public AS $$
DECLARE
  newest bigint;
BEGIN
  SELECT max(seq) INTO newest FROM changed;
  IF newest IS NOT NULL THEN -- an insert whose rows were all there already (ON CONFLICT DO NOTHING)
    PERFORM pg_notify('dealpulse_changes', newest::text);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER ratings_notify AFTER INSERT ON ratings REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
CREATE TRIGGER note_versions_notify AFTER INSERT ON note_versions REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
CREATE TRIGGER snapshots_notify AFTER INSERT ON snapshots REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
