// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps the stored per-deal figures (deal_metrics) in step with the cache: recomputes the deals a write
// touched, or all deals when the day or the going-dark setting changed, and evaluates any past instant
// without storing anything (for --as-of exports).

#include "analytics/HealthRules.h"
#include "domain/Clock.h"

#include <QList>
#include <functional>
#include <optional>

namespace dp {

class Database;

class AnalyticsEngine final {
public:
    AnalyticsEngine(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock) {}

    // Recomputes the deals marked dirty by writes, as of now. Returns how many were recomputed.
    int recomputeDirty(const HealthSettings &settings);
    // Recomputes every deal as of now.
    int recomputeAll(const HealthSettings &settings);
    // How far a long recompute got (work units, not deals); returns false to stop it.
    using Progress = std::function<bool(int done, int total)>;
    // Recomputes every deal as of now, telling `progress` how far it got. When `progress` asks to stop, the
    // transaction is rolled back: the stored figures stay exactly as they were, and nothing is returned.
    std::optional<int> recomputeAll(const HealthSettings &settings, const Progress &progress);
    // The same for the deals marked dirty. Both join a transaction the caller holds open.
    std::optional<int> recomputeDirty(const HealthSettings &settings, const Progress &progress);
    // True when the stored figures were computed on an earlier day or with other health settings (going-dark
    // days, the rhythm rule), so windows such as "last 28 days" or the bands have moved.
    bool storedFiguresStale(const HealthSettings &settings);

    // Every deal alive at asOf, evaluated as of then with its stage, close date and closing as they were
    // then (DealAsOf.h); nothing is written.
    QList<DealMetrics> evaluate(Millis asOf, const HealthSettings &settings);

private:
    std::optional<int> recompute(ActivityStore::Scope scope, const HealthSettings &settings,
                                 const Progress &progress);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace dp
