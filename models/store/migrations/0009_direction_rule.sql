-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 9: which rule decided each interaction's direction (domain/Records.h, DirectionRule), so a
-- change of "our email domains" decides again exactly those the addresses decided, and leaves alone those
-- the CRM itself labelled. '' = the source decided; 'addresses'; 'forwarded'.
-- Rows written before this step cannot say: the demo's emails are all decided by their addresses (the demo
-- has no CRM to label them) and are marked so; a CRM's rows keep '' until they are synced again. Marking
-- them touches no figure, so the deals they dirty are left as they were.

ALTER TABLE interactions ADD COLUMN direction_rule TEXT NOT NULL DEFAULT ''
  CHECK (direction_rule IN ('', 'addresses', 'forwarded'));
CREATE INDEX interactions_direction_rule ON interactions(direction_rule) WHERE direction_rule <> '';

CREATE TEMP TABLE v9_dirty_before AS SELECT deal_id FROM dirty_deals;
UPDATE interactions SET direction_rule = 'addresses' WHERE source = 'demo' AND kind = 'email';
DELETE FROM dirty_deals WHERE deal_id NOT IN (SELECT deal_id FROM temp.v9_dirty_before);
DROP TABLE temp.v9_dirty_before;
