// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the snapshot history view shows beside the list, computed here so the view only draws: each stored
// snapshot's forecast accuracy once its quarter has closed, and the health-adjusted forecast of a snapshot
// with win likelihoods learnt from the snapshots before it. Outcomes come from the live cache as of now.

#include "analytics/HealthRules.h"
#include "forecast/ForecastAccuracy.h"
#include "forecast/HealthAdjusted.h"
#include "forecast/SnapshotArchive.h"

#include <QList>
#include <QMap>

namespace dp {

class Database;

struct AccuracyPoint {
    qint64 snapshotId = 0;
    Millis asOf = 0;
    QString label;
    ForecastPeriod period;
    QString currency;
    RollupKind kind = RollupKind::Commit;
    double forecast = 0;
    double actual = 0;
    double accuracy = 0;
};

struct HealthAdjustedForecast {
    ForecastPeriod period;
    WinLikelihoods likelihoods;
    int earlierSnapshots = 0; // how many snapshots the likelihoods were learnt from
    QMap<QString, QMap<RollupKind, AdjustedLine>> lines;
};

class SnapshotHistory final {
public:
    SnapshotHistory(Database &db, Millis now, const HealthSettings &health);

    // Whole-team accuracy per currency and roll-up of every snapshot whose quarter (that of its as-of) ended
    // before now, oldest snapshot first.
    QList<AccuracyPoint> accuracyTrend();
    // The snapshot's deals weighted by band win rates learnt from every snapshot taken as of an earlier
    // instant; its roll-up period is the quarter of its as-of.
    HealthAdjustedForecast healthAdjusted(qint64 snapshotId);

private:
    const QList<SnapshotDeal> &outcome();

    Database &m_db;
    Millis m_now;
    HealthSettings m_health;
    std::optional<QList<SnapshotDeal>> m_outcome;
};

} // namespace dp
