-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 10: an index of the interactions still without a sentiment score. A sync scores what it
-- brought before recomputing the figures; without this index finding those few rows scanned every
-- interaction of the cache (about a second per pass on 3.4 million), on every sync.

CREATE INDEX interactions_unscored ON interactions(id) WHERE sentiment IS NULL AND is_deleted = 0;
