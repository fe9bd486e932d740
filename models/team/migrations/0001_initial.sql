-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team schema step 1: the members and their roles, and the shared judgments (ratings, coaching-note
-- versions, forecast snapshots, lexicon versions). The server decides who sees what (row-level security),
-- never the client. Every shared row carries a change number (seq) from one sequence, assigned by the
-- server on insert and update; a client pulls what has a number above the last one it saw.

-- Group roles are cluster-wide, so another database of the same cluster may have made them already.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dealpulse_rep') THEN
    CREATE ROLE dealpulse_rep NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dealpulse_manager') THEN
    CREATE ROLE dealpulse_manager NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dealpulse_admin') THEN
    CREATE ROLE dealpulse_admin NOLOGIN;
  END IF;
END $$;
-- A manager may do what a rep may, an admin what a manager may.
GRANT dealpulse_rep TO dealpulse_manager;
GRANT dealpulse_manager TO dealpulse_admin;

GRANT SELECT ON dealpulse_schema TO dealpulse_rep;

-- A person's login role is named by their email, so policies compare a row's email with current_user.
CREATE TABLE members (
  email    text PRIMARY KEY CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 63
                                   AND position('@' IN email) > 1),
  role     text NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
  team     text NOT NULL DEFAULT '' CHECK (length(team) <= 200),
  added_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON members TO dealpulse_rep;
GRANT INSERT, UPDATE, DELETE ON members TO dealpulse_admin;

-- True when current_user manages the team the given person belongs to.
CREATE FUNCTION manages(person text) RETURNS boolean LANGUAGE sql STABLE
  SET search_path = pg_catalog, public AS $$
  SELECT EXISTS (
    SELECT 1 FROM members me JOIN members rep ON rep.team = me.team
    WHERE me.email = current_user AND me.role IN ('manager', 'admin') AND me.team <> ''
      AND rep.email = person)
$$;

CREATE SEQUENCE change_seq AS bigint;
GRANT USAGE ON SEQUENCE change_seq TO dealpulse_rep;

-- Writers take turns for their change numbers (the lock lasts to the end of the transaction), so numbers
-- become visible in commit order: a client that has seen change N has seen every committed change below N,
-- and pulling "after N" never skips a change that committed late. The trigger, not a column default,
-- assigns the number, so a client cannot choose it.
CREATE FUNCTION stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7079);
  NEW.seq := nextval('change_seq');
  RETURN NEW;
END $$;

-- Ratings: every change a rater made, oldest first by seq (the history the learner's undo relies on); value
-- 0 withdraws the rater's rating. The current rating of (rater, interaction) is the one with the highest seq.
CREATE TABLE ratings (
  change_id             uuid PRIMARY KEY, -- made by the client, so a repeated push inserts nothing
  seq                   bigint NOT NULL UNIQUE,
  rater                 text NOT NULL DEFAULT current_user,
  interaction_source    text NOT NULL CHECK (length(interaction_source) BETWEEN 1 AND 64),
  interaction_remote_id text NOT NULL CHECK (length(interaction_remote_id) BETWEEN 1 AND 256),
  value                 smallint NOT NULL CHECK (value IN (-1, 0, 1)),
  note                  text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
  rated_at              bigint NOT NULL, -- milliseconds since the epoch, by the rater's clock
  received_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ratings_current ON ratings(rater, interaction_source, interaction_remote_id, seq);
CREATE TRIGGER ratings_change BEFORE INSERT OR UPDATE ON ratings
  FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE VIEW current_ratings WITH (security_invoker = true) AS
  SELECT * FROM (
    SELECT DISTINCT ON (rater, interaction_source, interaction_remote_id) * FROM ratings
    ORDER BY rater, interaction_source, interaction_remote_id, seq DESC) latest
  WHERE value <> 0;
ALTER TABLE ratings ENABLE ROW LEVEL SECURITY;
-- Everyone on the team sees every rating: they all train the one shared lexicon.
CREATE POLICY ratings_read ON ratings FOR SELECT TO dealpulse_rep USING (true);
CREATE POLICY ratings_write ON ratings FOR INSERT TO dealpulse_rep WITH CHECK (rater = current_user);
GRANT SELECT, INSERT ON ratings TO dealpulse_rep;
GRANT SELECT ON current_ratings TO dealpulse_rep;

-- Coaching notes as versions: each edit is a new row naming the version it started from (base_change_id).
-- Two versions with the same base are an offline conflict; both stay, and the author sees both.
CREATE TABLE note_versions (
  change_id      uuid PRIMARY KEY,
  seq            bigint NOT NULL UNIQUE,
  note_id        uuid NOT NULL,
  base_change_id uuid,
  author         text NOT NULL DEFAULT current_user,
  deal_source    text NOT NULL CHECK (length(deal_source) BETWEEN 1 AND 64),
  deal_remote_id text NOT NULL CHECK (length(deal_remote_id) BETWEEN 1 AND 256),
  deal_owner     text NOT NULL DEFAULT '' CHECK (length(deal_owner) <= 320), -- the rep the deal belongs to
  body           text NOT NULL CHECK (length(body) <= 20000),
  deleted        boolean NOT NULL DEFAULT false,
  edited_at      bigint NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX note_versions_note ON note_versions(note_id, seq);
CREATE TRIGGER note_versions_change BEFORE INSERT OR UPDATE ON note_versions
  FOR EACH ROW EXECUTE FUNCTION stamp_change();

-- A note belongs to the author of its first version. The check reads every version, including ones the
-- writer may not see, hence SECURITY DEFINER; it tells nothing about the note beyond the refusal.
CREATE FUNCTION note_author_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM note_versions WHERE note_id = NEW.note_id AND author <> NEW.author) THEN
    RAISE EXCEPTION 'a coaching note is edited only by its author' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER note_versions_author BEFORE INSERT ON note_versions
  FOR EACH ROW EXECUTE FUNCTION note_author_check();
ALTER TABLE note_versions ENABLE ROW LEVEL SECURITY;
-- Seen by their author, by the rep the deal belongs to and by the managers of that rep's team.
CREATE POLICY notes_read ON note_versions FOR SELECT TO dealpulse_rep
  USING (author = current_user OR deal_owner = current_user OR manages(deal_owner));
CREATE POLICY notes_write ON note_versions FOR INSERT TO dealpulse_rep WITH CHECK (author = current_user);
GRANT SELECT, INSERT ON note_versions TO dealpulse_rep;

-- Forecast snapshots: immutable (no one is granted UPDATE or DELETE), with the SHA-256 of their rows so
-- every desktop can check it holds exactly what was taken. A snapshot's rows come in the statement that
-- inserts it (the rows column, a JSON array the trigger below moves into snapshot_rows), and no one may insert
-- rows otherwise, so a snapshot cannot grow once taken.
CREATE TABLE snapshots (
  change_id       uuid PRIMARY KEY,
  seq             bigint NOT NULL UNIQUE,
  taken_by        text NOT NULL DEFAULT current_user,
  taken_at        bigint NOT NULL,
  as_of           bigint NOT NULL,
  going_dark_days integer NOT NULL CHECK (going_dark_days BETWEEN 1 AND 3650),
  label           text NOT NULL DEFAULT '' CHECK (length(label) <= 500),
  filter_json     text NOT NULL DEFAULT '{}' CHECK (length(filter_json) <= 10000),
  row_count       integer NOT NULL CHECK (row_count BETWEEN 0 AND 1000000),
  rows_sha256     text NOT NULL CHECK (rows_sha256 ~ '^[0-9a-f]{64}$'),
  rows            jsonb CHECK (rows IS NULL),
  received_at     timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER snapshots_change BEFORE INSERT OR UPDATE ON snapshots
  FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TABLE snapshot_rows (
  -- Deferred: the rows are written just before their snapshot, by its insert's trigger.
  snapshot_id    uuid NOT NULL REFERENCES snapshots(change_id) DEFERRABLE INITIALLY DEFERRED,
  deal_source    text NOT NULL CHECK (length(deal_source) BETWEEN 1 AND 64),
  deal_remote_id text NOT NULL CHECK (length(deal_remote_id) BETWEEN 1 AND 256),
  document       text NOT NULL CHECK (length(document) <= 100000),
  PRIMARY KEY (snapshot_id, deal_source, deal_remote_id)
);

-- Runs after snapshots_change (triggers fire in name order), so under its lock: a snapshot pushed twice at
-- once is unpacked once, and the second insert then does nothing (ON CONFLICT DO NOTHING).
CREATE FUNCTION snapshot_rows_unpack() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM snapshots WHERE change_id = NEW.change_id) THEN
    NEW.rows := NULL;
    RETURN NEW;
  END IF;
  IF NEW.rows IS NULL OR jsonb_typeof(NEW.rows) <> 'array' OR jsonb_array_length(NEW.rows) <> NEW.row_count THEN
    RAISE EXCEPTION 'a snapshot comes with all its rows' USING ERRCODE = '23514';
  END IF;
  INSERT INTO snapshot_rows(snapshot_id, deal_source, deal_remote_id, document)
    SELECT NEW.change_id, r->>'source', r->>'remote_id', r->>'document' FROM jsonb_array_elements(NEW.rows) r;
  NEW.rows := NULL;
  RETURN NEW;
END $$;
CREATE TRIGGER snapshots_unpack BEFORE INSERT ON snapshots
  FOR EACH ROW EXECUTE FUNCTION snapshot_rows_unpack();
ALTER TABLE snapshots ENABLE ROW LEVEL SECURITY;
ALTER TABLE snapshot_rows ENABLE ROW LEVEL SECURITY;
-- Seen by managers (and by whoever took one); taken by managers.
CREATE POLICY snapshots_read ON snapshots FOR SELECT TO dealpulse_rep
  USING (taken_by = current_user OR pg_has_role(current_user, 'dealpulse_manager', 'MEMBER'));
CREATE POLICY snapshots_write ON snapshots FOR INSERT TO dealpulse_manager WITH CHECK (taken_by = current_user);
-- The subquery reads snapshots through its own policy, so rows follow their snapshot's visibility.
CREATE POLICY snapshot_rows_read ON snapshot_rows FOR SELECT TO dealpulse_rep
  USING (EXISTS (SELECT 1 FROM snapshots s WHERE s.change_id = snapshot_id));
GRANT SELECT ON snapshots, snapshot_rows TO dealpulse_rep;
GRANT INSERT ON snapshots TO dealpulse_manager;

-- Lexicon versions: the SHA-256 of the learned weights after the ratings up to through_seq, as published by
-- a desktop that refitted them. Every desktop that pulled the same ratings computes the same digest.
CREATE TABLE lexicon_versions (
  change_id      uuid PRIMARY KEY,
  seq            bigint NOT NULL UNIQUE,
  published_by   text NOT NULL DEFAULT current_user,
  weights_sha256 text NOT NULL CHECK (weights_sha256 ~ '^[0-9a-f]{64}$'),
  through_seq    bigint NOT NULL CHECK (through_seq >= 0),
  rating_count   integer NOT NULL CHECK (rating_count >= 0),
  created_at     bigint NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER lexicon_versions_change BEFORE INSERT OR UPDATE ON lexicon_versions
  FOR EACH ROW EXECUTE FUNCTION stamp_change();
ALTER TABLE lexicon_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY lexicon_read ON lexicon_versions FOR SELECT TO dealpulse_rep USING (true);
CREATE POLICY lexicon_write ON lexicon_versions FOR INSERT TO dealpulse_rep
  WITH CHECK (published_by = current_user);
GRANT SELECT, INSERT ON lexicon_versions TO dealpulse_rep;
