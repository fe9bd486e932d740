// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/ForecastRollup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace dp {

ForecastPeriod ForecastPeriod::quarterOf(const QDate &date) {
    const int firstMonth = (date.month() - 1) / 3 * 3 + 1;
    const QDate first(date.year(), firstMonth, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

ForecastPeriod ForecastPeriod::quarterOf(Millis at) {
    return quarterOf(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).date());
}

void RollupLine::add(const std::optional<double> &value) {
    ++deals;
    if (value)
        amount += *value;
    else
        ++withoutAmount;
}

RollupLine &RollupLine::operator+=(const RollupLine &other) {
    amount += other.amount;
    deals += other.deals;
    withoutAmount += other.withoutAmount;
    return *this;
}

QString toKey(RollupKind kind) {
    switch (kind) {
    case RollupKind::Commit:
        return QStringLiteral("commit");
    case RollupKind::BestCase:
        return QStringLiteral("best_case");
    case RollupKind::Pipeline:
        return QStringLiteral("pipeline");
    }
    return {};
}

QString rollupLabel(RollupKind kind) {
    switch (kind) {
    case RollupKind::Commit:
        return QCoreApplication::translate("Forecast", "Commit (closed + commit)");
    case RollupKind::BestCase:
        return QCoreApplication::translate("Forecast", "Best case (closed + commit + best case)");
    case RollupKind::Pipeline:
        return QCoreApplication::translate("Forecast", "Pipeline (all open)");
    }
    return {};
}

void ForecastRollup::add(const SnapshotDeal &deal, const std::optional<ForecastPeriod> &period) {
    if (period && !period->contains(deal.closeDate))
        return;
    m_lines[std::size_t(deal.forecastCategory)].add(deal.amount);
}

RollupLine ForecastRollup::rollup(RollupKind kind) const {
    const RollupLine &closed = category(ForecastCategory::Closed);
    const RollupLine &commit = category(ForecastCategory::Commit);
    const RollupLine &bestCase = category(ForecastCategory::BestCase);
    switch (kind) {
    case RollupKind::Commit:
        return closed + commit;
    case RollupKind::BestCase:
        return closed + commit + bestCase;
    case RollupKind::Pipeline:
        return commit + bestCase + category(ForecastCategory::Pipeline);
    }
    return {};
}

} // namespace dp
