// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/HealthAdjusted.h"

namespace dp {

void WinLikelihoods::observe(HealthBand band, bool won) {
    BandRecord &record = m_records[std::size_t(band)];
    (won ? record.won : record.lost) += 1;
}

BandRecord WinLikelihoods::overall() const {
    BandRecord total;
    for (const BandRecord &record : m_records) {
        total.won += record.won;
        total.lost += record.lost;
    }
    return total;
}

std::optional<double> WinLikelihoods::likelihood(HealthBand band) const {
    if (const std::optional<double> rate = record(band).winRate())
        return rate;
    return overall().winRate();
}

WinLikelihoods learnWinLikelihoods(const QList<QList<SnapshotDeal>> &earlierSnapshots,
                                   const QHash<QString, bool> &outcomes) {
    WinLikelihoods likelihoods;
    for (const QList<SnapshotDeal> &snapshot : earlierSnapshots)
        for (const SnapshotDeal &deal : snapshot) {
            if (deal.isClosed)
                continue;
            const auto outcome = outcomes.constFind(deal.key());
            if (outcome != outcomes.constEnd())
                likelihoods.observe(deal.band, *outcome);
        }
    return likelihoods;
}

QHash<QString, bool> outcomesOf(const QList<SnapshotDeal> &deals) {
    QHash<QString, bool> outcomes;
    for (const SnapshotDeal &deal : deals)
        if (deal.isClosed)
            outcomes.insert(deal.key(), deal.isWon);
    return outcomes;
}

namespace {

bool inRollup(const SnapshotDeal &deal, RollupKind kind) {
    const ForecastCategory c = deal.forecastCategory;
    switch (kind) {
    case RollupKind::Commit:
        return c == ForecastCategory::Closed || c == ForecastCategory::Commit;
    case RollupKind::BestCase:
        return c == ForecastCategory::Closed || c == ForecastCategory::Commit ||
               c == ForecastCategory::BestCase;
    case RollupKind::Pipeline:
        return c == ForecastCategory::Commit || c == ForecastCategory::BestCase ||
               c == ForecastCategory::Pipeline;
    }
    return false;
}

} // namespace

QMap<QString, QMap<RollupKind, AdjustedLine>> healthAdjusted(const QList<SnapshotDeal> &deals,
                                                             const WinLikelihoods &likelihoods,
                                                             const ForecastPeriod &period) {
    QMap<QString, QMap<RollupKind, AdjustedLine>> result;
    for (const SnapshotDeal &deal : deals) {
        if (!deal.amount || !period.contains(deal.closeDate))
            continue;
        const std::optional<double> weight =
            deal.isClosed ? std::optional<double>(deal.isWon ? 1.0 : 0.0) : likelihoods.likelihood(deal.band);
        for (RollupKind kind : kRollupKinds) {
            if (!inRollup(deal, kind))
                continue;
            AdjustedLine &line = result[deal.currency][kind];
            line.amount += *deal.amount;
            line.weighted += *deal.amount * weight.value_or(0);
            line.known = line.known && weight.has_value();
        }
    }
    return result;
}

} // namespace dp
