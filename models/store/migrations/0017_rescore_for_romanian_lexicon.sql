-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 17: Romanian buyer text is now scored by the Romanian base lexicon, not by its intents alone,
-- so Romanian mail already in a cache has a stale score (or none, where no intent counted). As step 16
-- does, a cache with interactions is marked so that the next rescoring (run when the cache is opened, see
-- rescoreCache()) scores every interaction again; English scores come out as they were, and only deals
-- whose scores move are recomputed. Unscored interactions count too: Romanian mail without an intent has
-- no score yet. A new cache has no interactions and needs no such pass.

INSERT INTO meta(key, value)
  SELECT 'sentiment_rescore_all', '1' WHERE EXISTS (SELECT 1 FROM interactions WHERE is_deleted = 0)
  ON CONFLICT(key) DO UPDATE SET value = excluded.value;
