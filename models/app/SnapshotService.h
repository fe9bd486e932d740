// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Snapshots page does, with its errors as values: list the stored snapshots, take one, compare
// two, and read the accuracy trend and a snapshot's health-adjusted forecast. Composes forecast/*.

#include "analytics/HealthRules.h"
#include "app/Outcome.h"
#include "forecast/ForecastSettings.h"
#include "forecast/SnapshotArchive.h"
#include "forecast/SnapshotDiff.h"
#include "forecast/SnapshotHistory.h"

#include <optional>

namespace dp {

class Clock;

struct SnapshotComparison {
    SnapshotHeader from; // the earlier as-of when compared in order
    SnapshotHeader to;
    SnapshotDiff diff; // over the quarter of `to`'s as-of
};

struct SnapshotForecast {
    SnapshotHeader header;
    HealthAdjustedForecast forecast;
};

class SnapshotService final {
public:
    // `db` is the GUI thread's connection; it and `clock` must outlive the service.
    SnapshotService(Database &db, const Clock &clock, const HealthSettings &health,
                    const ForecastSettings &settings);

    // Who takes the page's snapshots: this desktop's user (DesktopIdentity), whose snapshots the list calls
    // "You". Empty until set.
    void setUser(const QString &user) { m_user = user; }
    const QString &user() const { return m_user; }

    // Newest first.
    Outcome<QList<SnapshotListing>> list();
    Outcome<QList<AccuracyPoint>> accuracyTrend();
    // Takes a snapshot of the deals passing `filter` now, labelled `label`, by `takenBy`.
    Outcome<TakenSnapshot> take(const QString &label, const SnapshotFilter &filter, const QString &takenBy);
    // What changed from `fromId` to `toId`; nothing when either is not stored.
    Outcome<std::optional<SnapshotComparison>> compare(qint64 fromId, qint64 toId);
    // The same with the earlier as-of first, whatever order the two are given in.
    Outcome<std::optional<SnapshotComparison>> compareInOrder(qint64 a, qint64 b);
    Outcome<std::optional<SnapshotForecast>> healthAdjusted(qint64 snapshotId);

private:
    Database &m_db;
    const Clock &m_clock;
    HealthSettings m_health;
    ForecastSettings m_settings;
    QString m_user;
};

} // namespace dp
