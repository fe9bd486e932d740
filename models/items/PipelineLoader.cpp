// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/PipelineLoader.h"

#include "store/Database.h"
#include "store/PipelineStore.h"

namespace dp {

QList<PipelineRow> loadPipeline(Database &db) {
    QList<PipelineRow> rows;
    PipelineStore store(db);
    rows.reserve(store.countUpperBound());
    store.forEach([&](DealRow &&deal, DealMetrics &&metrics) {
        rows.append(PipelineRow{std::move(deal), std::move(metrics)});
    });
    return rows;
}

QList<PipelineRow> loadPipelineStart(const QString &path, const QSet<HealthBand> &bands, int limit) {
    QList<PipelineRow> rows;
    OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
    if (!opened.ok())
        return rows;
    try {
        QList<HealthBand> shown(bands.cbegin(), bands.cend());
        std::sort(shown.begin(), shown.end());
        PipelineStore(*opened.database)
            .forEachLowestScore(shown, limit, [&](DealRow &&deal, DealMetrics &&metrics) {
                rows.append(PipelineRow{std::move(deal), std::move(metrics)});
            });
    } catch (const std::exception &) {
        rows.clear(); // the full read, which follows, says why
    }
    return rows;
}

} // namespace dp
