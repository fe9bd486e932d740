#include "items/PipelineLoader.h"

#include "store/MetricsStore.h"

#include <QHash>

namespace dp {

QList<PipelineRow> loadPipeline(Database &db) {
    QHash<qint64, DealMetrics> metrics;
    MetricsStore(db).forEach([&](const DealMetrics &m) { metrics.insert(m.dealId, m); });
    QList<PipelineRow> rows;
    rows.reserve(metrics.size());
    DealStore(db).forEach([&](const DealRow &deal) {
        // A deal without figures yet (created after the last recompute) waits for the next one.
        const auto it = metrics.constFind(deal.id);
        if (it != metrics.constEnd())
            rows.append(PipelineRow{deal, *it});
    });
    return rows;
}

} // namespace dp
