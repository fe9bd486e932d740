-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 16: the sales intent layer changes the scores of buyer text that states an intent ("we went
-- with a different tool", "sending a calendar invite"). A cache with scores is marked so that the next
-- rescoring (run when the cache is opened, see rescoreCache()) scores every interaction again, not only
-- those without a score; the old scores stay until then, and only deals whose scores move are recomputed.
-- A new cache has no scores and needs no such pass.

INSERT INTO meta(key, value)
  SELECT 'sentiment_rescore_all', '1' WHERE EXISTS (SELECT 1 FROM interactions WHERE sentiment IS NOT NULL)
  ON CONFLICT(key) DO UPDATE SET value = excluded.value;
