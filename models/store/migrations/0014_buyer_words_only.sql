-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 14: buyer sentiment comes from the buyer's words only. A call or a meeting without a
-- transcript carries only the note our rep wrote ("Called James's mobile, no pickup."), which used to be
-- scored and counted as the buyer's sentiment; such rows now have no score, as the scorer gives them, and
-- their deals are marked so their figures are computed again when the cache is next opened.

INSERT INTO dirty_deals(deal_id)
  SELECT DISTINCT l.deal_id FROM interaction_deals l JOIN interactions i ON i.id = l.interaction_id
  WHERE i.kind IN ('call', 'meeting') AND i.sentiment IS NOT NULL AND trim(coalesce(i.transcript, '')) = ''
    AND NOT EXISTS (SELECT 1 FROM dirty_deals x WHERE x.deal_id = l.deal_id);
UPDATE interactions SET sentiment = NULL
  WHERE kind IN ('call', 'meeting') AND sentiment IS NOT NULL AND trim(coalesce(transcript, '')) = '';
