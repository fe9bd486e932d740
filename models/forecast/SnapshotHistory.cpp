// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/SnapshotHistory.h"

#include "forecast/SnapshotCapture.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace dp {

SnapshotHistory::SnapshotHistory(Database &db, Millis now, const HealthSettings &health)
    : m_db(db)
    , m_now(now)
    , m_health(health) {}

const QList<SnapshotDeal> &SnapshotHistory::outcome() {
    if (!m_outcome) {
        m_outcome.emplace();
        LiveSnapshot live(m_db, CaptureOptions{m_now, m_health, {}});
        live.forEach({}, [&](const SnapshotDeal &deal) { m_outcome->append(deal); });
    }
    return *m_outcome;
}

QList<AccuracyPoint> SnapshotHistory::accuracyTrend() {
    QList<SnapshotListing> listings = listSnapshots(m_db);
    std::sort(listings.begin(), listings.end(), [](const SnapshotListing &a, const SnapshotListing &b) {
        return a.header.asOf != b.header.asOf ? a.header.asOf < b.header.asOf : *a.header.id < *b.header.id;
    });
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc()).date();
    QList<AccuracyPoint> points;
    for (const SnapshotListing &listing : listings) {
        const ForecastPeriod period = ForecastPeriod::quarterOf(listing.header.asOf);
        if (!periodClosed(period, today))
            continue;
        const std::optional<StoredSnapshot> stored = StoredSnapshot::open(m_db, *listing.header.id);
        if (!stored)
            continue;
        for (const AccuracyLine &line : forecastAccuracy(stored->deals(), outcome(), period)) {
            if (!line.ownerEmail.isEmpty())
                break; // the whole team's lines come first
            points.append({*listing.header.id, listing.header.asOf, listing.header.label, period,
                           line.currency, line.kind, line.forecast, line.actual, line.accuracy});
        }
    }
    return points;
}

HealthAdjustedForecast SnapshotHistory::healthAdjusted(qint64 snapshotId) {
    HealthAdjustedForecast result;
    const std::optional<StoredSnapshot> target = StoredSnapshot::open(m_db, snapshotId);
    if (!target)
        return result;
    result.period = ForecastPeriod::quarterOf(target->header().asOf);
    QList<QList<SnapshotDeal>> earlier;
    for (const SnapshotListing &listing : listSnapshots(m_db)) {
        if (listing.header.asOf >= target->header().asOf)
            continue;
        if (const std::optional<StoredSnapshot> stored = StoredSnapshot::open(m_db, *listing.header.id))
            earlier.append(stored->deals());
    }
    result.earlierSnapshots = int(earlier.size());
    result.likelihoods = learnWinLikelihoods(earlier, outcomesOf(outcome()));
    result.lines = dp::healthAdjusted(target->deals(), result.likelihoods, result.period);
    return result;
}

} // namespace dp
