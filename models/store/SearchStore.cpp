#include "store/SearchStore.h"

#include "store/Database.h"

#include <QRegularExpression>

namespace dp {

QString SearchStore::toMatchExpression(const QString &userText)
{
    static const QRegularExpression wordPattern(QStringLiteral("[\\w]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = wordPattern.globalMatch(userText);
    while (it.hasNext())
        terms.append(QLatin1Char('"') + it.next().captured(0) + QLatin1String("\"*"));
    return terms.join(QLatin1Char(' '));
}

QList<qint64> SearchStore::interactions(const QString &userText, int limit)
{
    QList<qint64> ids;
    const QString match = toMatchExpression(userText);
    if (match.isEmpty())
        return ids;
    Statement &query = m_db.cached("SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ?1"
                                   " ORDER BY rank LIMIT ?2");
    query.bind(1, match).bind(2, limit);
    while (query.step())
        ids.append(query.int64(0));
    return ids;
}

QList<qint64> SearchStore::deals(const QString &userText)
{
    QList<qint64> ids;
    const QString match = toMatchExpression(userText);
    if (match.isEmpty())
        return ids;
    Statement &query = m_db.cached(
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
