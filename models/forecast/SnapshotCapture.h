// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the cache into snapshot deals: each deal's fields, forecast category and health as of an instant.

#include "analytics/DealAsOf.h"
#include "analytics/HealthRules.h"
#include "forecast/Snapshot.h"

#include <QHash>
#include <optional>

namespace dp {

class Database;
struct DealRow;

struct CaptureOptions {
    Millis asOf = 0;
    HealthSettings health;
    CategoryThresholds categories;
};

// Today's tracked fields of a deal, as DealAsOf reconstructs from.
DealFields currentFields(const Deal &deal);

// The deal as a snapshot carries it; `fields` are its tracked fields as of the snapshot's instant.
SnapshotDeal captureDeal(const DealRow &row, const DealMetrics &metrics, const DealFields &fields,
                         const CategoryThresholds &categories = {});
inline SnapshotDeal captureDeal(const DealRow &row, const DealMetrics &metrics) {
    return captureDeal(row, metrics, currentFields(row.deal));
}

// The cache evaluated once as of an instant (one DealMetrics per deal is held; deals themselves stream).
// A past instant gets the stage, amount, close date, forecast category and closing each deal had then.
class LiveSnapshot final {
public:
    LiveSnapshot(Database &db, const CaptureOptions &options);

    // Open deals first, then closed ones (as of asOf), each in (source, remote id) order; deals created
    // after asOf are left out.
    void forEach(const SnapshotFilter &filter, const DealVisitor &visit);

private:
    void visitPass(bool closed, const SnapshotFilter &filter, const DealVisitor &visit);

    Database &m_db;
    CategoryThresholds m_categories;
    DealHistoryAsOf m_history;
    QHash<qint64, DealMetrics> m_metrics;
};

} // namespace dp
