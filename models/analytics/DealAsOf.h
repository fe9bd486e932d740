// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A deal's tracked fields as they stood at a past instant, rebuilt from today's fields and the field
// history: every change made after the instant is undone, so a field holds the new value of its last change
// at or before the instant (a change exactly at the instant has happened), or the old value of its first
// change when the instant comes before every change. Used by --as-of snapshots and evaluations.

#include "domain/Clock.h"
#include "store/DealStore.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace dp {

class Database;

struct DealFields {
    QString pipeline;
    QString stage;
    std::optional<double> stageProbability;
    QString crmCategory; // the CRM's own forecast category, as it spells it
    std::optional<double> amount;
    QDate closeDate;
    bool isClosed = false;
    bool isWon = false;

    friend bool operator==(const DealFields &, const DealFields &) = default;
};

// The history has no "closed" field, so the closing is read from the stage: a deal closed today was closed
// at `at` when its stage did not change after `at` and some stage change (the move into its closed stage)
// is recorded by then; with no stage history at all, from the start of its close date (UTC).
// stageRecordedByThen: a stage change of this deal is recorded at or before `at`. stageProbabilities:
// "pipeline\x1fstage" → probability, for a past stage other than today's.
DealFields dealFieldsAsOf(const DealFields &current, const QList<FieldChangeRow> &changesAfter,
                          bool stageRecordedByThen, Millis at,
                          const QHash<QString, double> &stageProbabilities = {});

// The cache's history loaded once for one instant, answering for any deal.
class DealHistoryAsOf final {
public:
    DealHistoryAsOf(Database &db, Millis at);
    DealFields fieldsOf(qint64 dealId, const DealFields &current) const;
    Millis at() const { return m_at; }

private:
    Millis m_at;
    QHash<qint64, QList<FieldChangeRow>> m_changesAfter;
    QSet<qint64> m_stageRecorded;
    QHash<QString, double> m_stageProbabilities;
};

} // namespace dp
