-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 12: the buyer contacts a Salesforce email was sent from or to, as the org records them
-- (EmailMessageRelation rows whose RelationId is a Contact). An EmailMessage that changes is written again
-- with exactly its links, so the links its relations gave it must be kept apart from the message itself.

CREATE TABLE sync_email_relations (
  source                TEXT NOT NULL,
  relation_remote_id    TEXT NOT NULL,
  interaction_remote_id TEXT NOT NULL,
  contact_remote_id     TEXT NOT NULL,
  PRIMARY KEY (source, relation_remote_id)
) WITHOUT ROWID;
CREATE INDEX sync_email_relations_interaction ON sync_email_relations(source, interaction_remote_id);
