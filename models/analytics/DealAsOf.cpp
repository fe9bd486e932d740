// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/DealAsOf.h"

#include "store/DealHistoryStore.h"

#include <QDateTime>
#include <QTimeZone>

namespace dp {
namespace {

std::optional<double> amountFromText(const QString &text) {
    bool ok = false;
    // QString::toDouble reads the C locale's decimal point whatever the user's locale, as the history holds.
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString stageKey(const QString &pipeline, const QString &stage) {
    return pipeline + QLatin1Char('\x1f') + stage;
}

} // namespace

DealFields dealFieldsAsOf(const DealFields &current, const QList<FieldChangeRow> &changesAfter,
                          bool stageRecordedByThen, Millis at,
                          const QHash<QString, double> &stageProbabilities) {
    DealFields result = current;
    bool stageChangedAfter = false;
    bool amountSeen = false;
    bool closeDateSeen = false;
    bool categorySeen = false;
    // The first change after `at` of each field holds, as its old value, what the field was at `at`.
    for (const FieldChangeRow &change : changesAfter) {
        if (change.changedAt <= at)
            continue;
        switch (change.field) {
        case DealField::Stage:
            if (!stageChangedAfter)
                result.stage = change.oldValue;
            stageChangedAfter = true;
            break;
        case DealField::Amount:
            if (!amountSeen)
                result.amount = amountFromText(change.oldValue);
            amountSeen = true;
            break;
        case DealField::CloseDate:
            if (!closeDateSeen)
                result.closeDate = QDate::fromString(change.oldValue.trimmed(), Qt::ISODate);
            closeDateSeen = true;
            break;
        case DealField::ForecastCategory:
            if (!categorySeen)
                result.crmCategory = change.oldValue;
            categorySeen = true;
            break;
        }
    }
    if (result.stage != current.stage) {
        const auto it = stageProbabilities.constFind(stageKey(current.pipeline, result.stage));
        result.stageProbability =
            it == stageProbabilities.constEnd() ? std::nullopt : std::optional<double>(*it);
    }
    if (current.isClosed) {
        bool closedThen = false;
        if (stageChangedAfter)
            // Reopened and closed again in the same stage counts as closed; any other stage was open.
            closedThen = result.stage == current.stage;
        else if (stageRecordedByThen)
            closedThen = true;
        else
            closedThen = !result.closeDate.isValid() ||
                         at >= QDateTime(result.closeDate, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        result.isClosed = closedThen;
        result.isWon = closedThen && current.isWon;
    }
    return result;
}

DealHistoryAsOf::DealHistoryAsOf(Database &db, Millis at)
    : m_at(at) {
    DealHistoryStore store(db);
    m_changesAfter = store.changesAfter(at);
    m_stageRecorded = store.stageRecordedBy(at);
    m_stageProbabilities = store.stageProbabilities();
}

DealFields DealHistoryAsOf::fieldsOf(qint64 dealId, const DealFields &current) const {
    const auto it = m_changesAfter.constFind(dealId);
    static const QList<FieldChangeRow> kNone;
    return dealFieldsAsOf(current, it == m_changesAfter.constEnd() ? kNone : *it,
                          m_stageRecorded.contains(dealId), m_at, m_stageProbabilities);
}

} // namespace dp
