// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How close an earlier snapshot's forecast came to what actually closed, once the period is over: per
// roll-up and per rep, accuracy = max(0, 1 − |actual − forecast| / actual).

#include "forecast/ForecastRollup.h"

#include <QList>

namespace dp {

// With nothing actually closed the ratio has no meaning: a forecast of nothing is then exact (1) and any
// other forecast wholly wrong (0).
double forecastAccuracy(double actual, double forecast);

struct AccuracyLine {
    QString ownerEmail; // empty: the whole snapshot
    QString currency;
    RollupKind kind = RollupKind::Commit;
    double forecast = 0;
    double actual = 0;
    double accuracy = 0;
};

// True when the period ended before `at`, so its outcome is known.
inline bool periodClosed(const ForecastPeriod &period, const QDate &today) {
    return today > period.last;
}

// `forecast`: the earlier snapshot's deals; `outcome`: the deals as they ended (a later snapshot or the live
// cache), of which the won ones closing in the period are the actual. Lines for the whole snapshot come
// first, then one set per rep in e-mail order, each in currency then roll-up order.
QList<AccuracyLine> forecastAccuracy(const QList<SnapshotDeal> &forecast, const QList<SnapshotDeal> &outcome,
                                     const ForecastPeriod &period);

} // namespace dp
