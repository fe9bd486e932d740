// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sentiment column of interactions: which texts need a score, and writing scores back in batches.

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace dp {

class Database;

struct InteractionText {
    qint64 id = 0;
    QString kind; // email, meeting, call, note
    QString subject;
    QString bodyText;
    QString transcript;
};

struct SentimentUpdate {
    qint64 interactionId = 0;
    std::optional<double> sentiment; // empty: no score (nothing to score, or a language without a lexicon)
};

class SentimentStore final {
public:
    explicit SentimentStore(Database &db)
        : m_db(db) {}

    // Up to `limit` live interactions with an id above `afterId`, in id order: only those without a score
    // unless `all`. Paging by id keeps each read short while scores are written between pages.
    QList<InteractionText> texts(bool all, qint64 afterId, int limit);
    // How many texts texts() would page through.
    int countTexts(bool all);
    // The text of one interaction, deleted or not; empty when there is no such interaction.
    std::optional<InteractionText> text(qint64 interactionId);
    // Writes the scores in one transaction. A row whose score does not change is not touched, so its deals
    // are not marked for recomputation. Returns how many rows changed.
    int writeScores(const QList<SentimentUpdate> &updates);

    // Who is on our side of a call: our reps' names (lower case) and mail domains.
    QSet<QString> ourNames();

private:
    Database &m_db;
};

} // namespace dp
