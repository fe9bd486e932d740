// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchStore.h"

#include "store/Database.h"

#include <QRegularExpression>

namespace dp {

QString SearchStore::toMatchExpression(const QString &userText) {
    static const QRegularExpression wordPattern(QStringLiteral("[\\w]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = wordPattern.globalMatch(userText);
    while (it.hasNext())
        terms.append(QLatin1Char('"') + it.next().captured(0) + QLatin1String("\"*"));
    return terms.join(QLatin1Char(' '));
}

void SearchStore::indexPending() {
    qint64 indexedThrough = 0;
    qint64 newest = 0;
    {
        Query watermark = m_db.query(
            "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_indexed_through'), 0),"
            " coalesce((SELECT max(id) FROM interactions), 0)");
        watermark.step();
        indexedThrough = watermark.int64(0);
        newest = watermark.int64(1);
    }
    if (newest <= indexedThrough)
        return;
    Transaction transaction(m_db, Transaction::JoinOuter);
    m_db.cached("INSERT INTO interactions_fts(rowid, subject, body_text, transcript)"
                " SELECT id, subject, body_text, transcript FROM interactions WHERE id > ?1 AND id <= ?2")
        .bind(1, indexedThrough)
        .bind(2, newest)
        .run();
    m_db.cached("INSERT INTO meta(key, value) VALUES ('fts_indexed_through', ?1)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::number(newest))
        .run();
    transaction.commit();
}

QList<qint64> SearchStore::interactions(const QString &userText, int limit) {
    QList<qint64> ids;
    const QString match = toMatchExpression(userText);
    if (match.isEmpty())
        return ids;
    indexPending();
    Query query = m_db.query("SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ?1"
                             " ORDER BY rank LIMIT ?2");
    query.bind(1, match).bind(2, limit);
    while (query.step())
        ids.append(query.int64(0));
    return ids;
}

QList<qint64> SearchStore::deals(const QString &userText) {
    QList<qint64> ids;
    const QString match = toMatchExpression(userText);
    if (match.isEmpty())
        return ids;
    indexPending();
    Query query = m_db.query(
        "SELECT l.deal_id FROM interactions_fts f JOIN interaction_deals l ON l.interaction_id = f.rowid"
        " WHERE interactions_fts MATCH ?1"
        " UNION SELECT d.id FROM deals d LEFT JOIN accounts a ON a.id = d.account_id"
        " WHERE d.name LIKE '%' || ?2 || '%' OR a.name LIKE '%' || ?2 || '%'");
    query.bind(1, match).bind(2, userText.trimmed());
    while (query.step())
        ids.append(query.int64(0));
    return ids;
}

} // namespace dp
