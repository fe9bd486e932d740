-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 6: what CRM sync needs to keep links and history exact when the CRM takes something back.
--  - sync_pending_deal_contacts: a deal's buyer contacts that are not in the cache yet (the deal was read
--    before them); linked when the contact arrives, like sync_pending_links for interactions.
--  - Removing an interaction's buyer contact, or a field change replaced by the CRM's own history, marks the
--    deals concerned for recomputation, as adding them already does (buyer contacts engaged, close-date
--    pushes and days in stage depend on them).

CREATE TABLE sync_pending_deal_contacts (
  source            TEXT NOT NULL,
  deal_remote_id    TEXT NOT NULL,
  contact_remote_id TEXT NOT NULL,
  PRIMARY KEY (source, deal_remote_id, contact_remote_id)
) WITHOUT ROWID;
CREATE INDEX sync_pending_deal_contacts_contact ON sync_pending_deal_contacts(source, contact_remote_id);

CREATE TRIGGER interaction_contacts_dirty_delete AFTER DELETE ON interaction_contacts BEGIN
  INSERT INTO dirty_deals(deal_id) SELECT l.deal_id FROM interaction_deals l WHERE l.interaction_id = old.interaction_id
  ON CONFLICT(deal_id) DO NOTHING;
END;
CREATE TRIGGER field_history_dirty_delete AFTER DELETE ON deal_field_history BEGIN
  INSERT INTO dirty_deals(deal_id) VALUES (old.deal_id) ON CONFLICT(deal_id) DO NOTHING;
END;
