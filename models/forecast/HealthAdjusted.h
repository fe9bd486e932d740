// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The health-adjusted forecast beside the plain one: each open deal's amount weighted by how often deals in
// its health band went on to win, learnt from this team's own history (the bands deals had in earlier
// snapshots and how those deals ended), with the sample sizes shown so nobody trusts a rate built on three
// deals.

#include "forecast/ForecastRollup.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace dp {

struct BandRecord {
    int won = 0;
    int lost = 0;
    int samples() const { return won + lost; }
    std::optional<double> winRate() const {
        return samples() > 0 ? std::optional<double>(double(won) / samples()) : std::nullopt;
    }
};

class WinLikelihoods final {
public:
    // One observation: a deal open in an earlier snapshot with this band, and how it ended.
    void observe(HealthBand band, bool won);
    const BandRecord &record(HealthBand band) const { return m_records[std::size_t(band)]; }
    BandRecord overall() const;
    // The band's win rate, or the overall rate when the band has no samples; nothing when there is no
    // history at all.
    std::optional<double> likelihood(HealthBand band) const;

private:
    std::array<BandRecord, 5> m_records{};
};

// Each open deal of each earlier snapshot whose outcome is now known counts once per snapshot it is in.
// outcomes: SnapshotDeal::key() → won (true) or lost (false), for closed deals only.
WinLikelihoods learnWinLikelihoods(const QList<QList<SnapshotDeal>> &earlierSnapshots,
                                   const QHash<QString, bool> &outcomes);
QHash<QString, bool> outcomesOf(const QList<SnapshotDeal> &deals);

struct AdjustedLine {
    double amount = 0;
    double weighted = 0;
    bool known = true; // false when some deal had no likelihood (no history at all)

    std::optional<double> adjusted() const { return known ? std::optional<double>(weighted) : std::nullopt; }
};

// Per currency and roll-up, the plain and the weighted amount of the deals closing in the period. Closed won
// deals count in full.
QMap<QString, QMap<RollupKind, AdjustedLine>> healthAdjusted(const QList<SnapshotDeal> &deals,
                                                             const WinLikelihoods &likelihoods,
                                                             const ForecastPeriod &period);

} // namespace dp
