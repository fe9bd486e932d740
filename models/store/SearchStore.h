// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Full-text search over interaction subjects, bodies and transcripts (FTS5).

#include <QList>
#include <QString>

namespace dp {

class Database;

class SearchStore final {
public:
    explicit SearchStore(Database &db)
        : m_db(db) {}

    // The user's words, each matched as a prefix and all required; FTS syntax in the input is neutralised,
    // so a stray quote or "NOT" never becomes a query error.
    static QString toMatchExpression(const QString &userText);

    // Adds interactions written since the last call to the index. Writers call it before each commit so the
    // index stays current; searching calls it too, so a writer that forgot costs time, never results.
    void indexPending();

    QList<qint64> interactions(const QString &userText, int limit = 200);
    // Deals with a matching interaction, or whose own or account name contains the text.
    QList<qint64> deals(const QString &userText);

private:
    Database &m_db;
};

} // namespace dp
