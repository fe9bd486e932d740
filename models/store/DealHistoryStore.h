// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What deal field history an as-of reconstruction needs: the changes made after an instant (undone,
// newest last, to get back from today's fields to that instant's) and which deals had their stage set by
// then. Only changes after the instant are read, so a recent "as of" reads little.

#include "domain/Records.h"
#include "store/DealStore.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace dp {

class Database;

class DealHistoryStore final {
public:
    explicit DealHistoryStore(Database &db)
        : m_db(db) {}

    // Per deal, its changes made strictly after `at`, oldest first.
    QHash<qint64, QList<FieldChangeRow>> changesAfter(Millis at);
    // Deals with a recorded stage change at or before `at`.
    QSet<qint64> stageRecordedBy(Millis at);
    // The probability today's deals give each stage ("pipeline\x1fstage" → probability), so a deal's past
    // stage gets the probability that stage has, not the one of the stage it is in now.
    QHash<QString, double> stageProbabilities();

private:
    Database &m_db;
};

} // namespace dp
