#include "store/SentimentStore.h"

#include "store/Database.h"

namespace dp {

QList<InteractionText> SentimentStore::texts(bool all, qint64 afterId, int limit) {
    Statement &query = m_db.cached("SELECT id, kind, subject, body_text, transcript FROM interactions"
                                   " WHERE id > ?1 AND is_deleted = 0 AND (?2 OR sentiment IS NULL)"
                                   " ORDER BY id LIMIT ?3");
    query.bind(1, afterId).bind(2, all).bind(3, limit);
    QList<InteractionText> texts;
    while (query.step())
        texts.append({query.int64(0), query.text(1), query.text(2), query.text(3), query.text(4)});
    query.reset();
    return texts;
}

int SentimentStore::countTexts(bool all) {
    Statement &query =
        m_db.cached("SELECT count(*) FROM interactions WHERE is_deleted = 0 AND (?1 OR sentiment IS NULL)");
    query.bind(1, all);
    int count = 0;
    if (query.step())
        count = int(query.int64(0));
    query.reset();
    return count;
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
    Statement &query = m_db.cached("SELECT DISTINCT lower(name) FROM owners WHERE name <> ''");
    QSet<QString> names;
    while (query.step())
        names.insert(query.text(0));
    query.reset();
    return names;
}

} // namespace dp
