// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/ForecastAccuracy.h"

#include <QMap>
#include <cmath>

namespace dp {

double forecastAccuracy(double actual, double forecast) {
    if (actual == 0)
        return forecast == 0 ? 1.0 : 0.0;
    return std::max(0.0, 1.0 - std::abs(actual - forecast) / std::abs(actual));
}

QList<AccuracyLine> forecastAccuracy(const QList<SnapshotDeal> &forecast, const QList<SnapshotDeal> &outcome,
                                     const ForecastPeriod &period) {
    // owner ("" for all) → currency → figures
    QMap<QString, QMap<QString, ForecastRollup>> forecasts;
    QMap<QString, QMap<QString, double>> actuals;
    for (const SnapshotDeal &deal : forecast) {
        forecasts[QString()][deal.currency].add(deal, period);
        forecasts[deal.ownerEmail.toLower()][deal.currency].add(deal, period);
    }
    for (const SnapshotDeal &deal : outcome) {
        if (!deal.isWon || !deal.amount || !period.contains(deal.closeDate))
            continue;
        actuals[QString()][deal.currency] += *deal.amount;
        actuals[deal.ownerEmail.toLower()][deal.currency] += *deal.amount;
    }
    QStringList owners = forecasts.keys();
    for (const QString &owner : actuals.keys())
        if (!owners.contains(owner))
            owners.append(owner);
    std::sort(owners.begin(), owners.end()); // "" (the whole snapshot) sorts first

    QList<AccuracyLine> lines;
    for (const QString &owner : owners) {
        QStringList currencies = forecasts.value(owner).keys();
        for (const QString &currency : actuals.value(owner).keys())
            if (!currencies.contains(currency))
                currencies.append(currency);
        std::sort(currencies.begin(), currencies.end());
        for (const QString &currency : currencies) {
            const ForecastRollup rollup = forecasts.value(owner).value(currency);
            const double actual = actuals.value(owner).value(currency);
            for (RollupKind kind : kRollupKinds) {
                const double predicted = rollup.rollup(kind).amount;
                lines.append({owner, currency, kind, predicted, actual, forecastAccuracy(actual, predicted)});
            }
        }
    }
    return lines;
}

} // namespace dp
