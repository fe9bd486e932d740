-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 13: links inserted no longer mark their deals through a trigger per row. A first sync inserts
-- two links per interaction, four million for two million engagements, and each firing ran a trigger
-- program of its own: a fifth of the writing thread's time. The two writers of links, InteractionStore and
-- SyncStore, now mark the deals in the statement that follows, in the same transaction, so a crash still
-- cannot leave a link written and its deal unmarked. A deleted link (rare, and cascaded from deletions the
-- stores do not see one by one) is still marked by its trigger.

DROP TRIGGER interaction_deals_dirty;
DROP TRIGGER interaction_contacts_dirty;
