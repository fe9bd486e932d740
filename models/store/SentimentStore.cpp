// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SentimentStore.h"

#include "store/Database.h"

namespace dp {

// The unscored rows are read through the partial index interactions_unscored (schema step 10), so a sync that
// brought a few interactions scores them without scanning the whole table; its WHERE clause must match the
// index's literally for SQLite to use it.
QList<InteractionText> SentimentStore::texts(bool all, qint64 afterId, int limit) {
    Query query(all ? m_db.cached("SELECT id, kind, subject, body_text, transcript FROM interactions"
                                  " WHERE id > ?1 AND is_deleted = 0 ORDER BY id LIMIT ?2")
                    : m_db.cached("SELECT id, kind, subject, body_text, transcript FROM interactions"
                                  " WHERE id > ?1 AND sentiment IS NULL AND is_deleted = 0"
                                  " ORDER BY id LIMIT ?2"));
    query.bind(1, afterId).bind(2, limit);
    QList<InteractionText> texts;
    while (query.step())
        texts.append({query.int64(0), query.text(1), query.text(2), query.text(3), query.text(4)});
    return texts;
}

int SentimentStore::countTexts(bool all) {
    Query query(
        all ? m_db.cached("SELECT count(*) FROM interactions WHERE is_deleted = 0")
            : m_db.cached("SELECT count(*) FROM interactions WHERE sentiment IS NULL AND is_deleted = 0"));
    int count = 0;
    if (query.step())
        count = int(query.int64(0));
    return count;
}

std::optional<InteractionText> SentimentStore::text(qint64 interactionId) {
    Query query =
        m_db.query("SELECT id, kind, subject, body_text, transcript FROM interactions WHERE id = ?1");
    query.bind(1, interactionId);
    if (!query.step())
        return std::nullopt;
    return InteractionText{query.int64(0), query.text(1), query.text(2), query.text(3), query.text(4)};
}

int SentimentStore::writeScores(const QList<SentimentUpdate> &updates) {
    Transaction transaction(m_db);
    Statement &update =
        m_db.cached("UPDATE interactions SET sentiment = ?2 WHERE id = ?1 AND sentiment IS NOT ?2");
    int changed = 0;
    for (const SentimentUpdate &u : updates) {
        update.bind(1, u.interactionId).bind(2, u.sentiment).run();
        changed += m_db.changes();
    }
    transaction.commit();
    return changed;
}

QSet<QString> SentimentStore::ourNames() {
    Query query = m_db.query("SELECT DISTINCT lower(name) FROM owners WHERE name <> ''");
    QSet<QString> names;
    while (query.step())
        names.insert(query.text(0));
    return names;
}

} // namespace dp
