// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SnapshotService.h"

#include "domain/Clock.h"

namespace dp {

SnapshotService::SnapshotService(Database &db, const Clock &clock, const HealthSettings &health,
                                 const ForecastSettings &settings)
    : m_db(db)
    , m_clock(clock)
    , m_health(health)
    , m_settings(settings) {}

Outcome<QList<SnapshotListing>> SnapshotService::list() {
    return attempt<QList<SnapshotListing>>([&] { return listSnapshots(m_db); });
}

Outcome<QList<AccuracyPoint>> SnapshotService::accuracyTrend() {
    return attempt<QList<AccuracyPoint>>(
        [&] { return SnapshotHistory(m_db, m_clock.now(), m_health).accuracyTrend(); });
}

Outcome<TakenSnapshot> SnapshotService::take(const QString &label, const SnapshotFilter &filter,
                                             const QString &takenBy) {
    return attempt<TakenSnapshot>([&] {
        TakeOptions options;
        options.takenAt = m_clock.now();
        options.takenBy = takenBy;
        options.label = label;
        options.filter = filter;
        options.asOf = options.takenAt;
        options.health = m_health;
        options.categories = m_settings.categories;
        return takeSnapshot(m_db, options);
    });
}

Outcome<std::optional<SnapshotComparison>> SnapshotService::compare(qint64 fromId, qint64 toId) {
    return attempt<std::optional<SnapshotComparison>>([&]() -> std::optional<SnapshotComparison> {
        const std::optional<StoredSnapshot> from = StoredSnapshot::open(m_db, fromId);
        const std::optional<StoredSnapshot> to = StoredSnapshot::open(m_db, toId);
        if (!from || !to)
            return std::nullopt;
        return SnapshotComparison{from->header(), to->header(),
                                  compareSnapshots(from->header(), from->deals(), to->header(), to->deals(),
                                                   ForecastPeriod::quarterOf(to->header().asOf))};
    });
}

Outcome<std::optional<SnapshotComparison>> SnapshotService::compareInOrder(qint64 a, qint64 b) {
    const Outcome<std::optional<SnapshotComparison>> given = compare(a, b);
    if (!given.ok() || !*given.value || given.value->value().to.asOf >= given.value->value().from.asOf)
        return given;
    return compare(b, a);
}

Outcome<std::optional<SnapshotForecast>> SnapshotService::healthAdjusted(qint64 snapshotId) {
    return attempt<std::optional<SnapshotForecast>>([&]() -> std::optional<SnapshotForecast> {
        const std::optional<StoredSnapshot> stored = StoredSnapshot::open(m_db, snapshotId);
        if (!stored)
            return std::nullopt;
        return SnapshotForecast{stored->header(),
                                SnapshotHistory(m_db, m_clock.now(), m_health).healthAdjusted(snapshotId)};
    });
}

} // namespace dp
