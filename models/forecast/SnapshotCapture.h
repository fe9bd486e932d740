#pragma once
// Turns the cache into snapshot deals: each deal's fields, forecast category and health as of an instant.

#include "analytics/HealthRules.h"
#include "forecast/Snapshot.h"

#include <QHash>

namespace dp {

class Database;
struct DealRow;

struct CaptureOptions {
    Millis asOf = 0;
    HealthSettings health;
};

SnapshotDeal captureDeal(const DealRow &row, const DealMetrics &metrics);

// The cache evaluated once as of an instant (one DealMetrics per deal is held; deals themselves stream).
class LiveSnapshot final {
public:
    LiveSnapshot(Database &db, const CaptureOptions &options);

    // Open deals first, then closed ones, each in (source, remote id) order; deals created after asOf are
    // left out.
    void forEach(const SnapshotFilter &filter, const DealVisitor &visit);

private:
    void visitPass(bool closed, const SnapshotFilter &filter, const DealVisitor &visit);

    Database &m_db;
    QHash<qint64, DealMetrics> m_metrics;
};

} // namespace dp
