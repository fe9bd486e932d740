// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SnapshotScope.h"

#include <algorithm>

namespace dp {

SnapshotFilter snapshotFilterFor(const PipelineFilter &pipeline, const QList<PipelineRow> &rows) {
    SnapshotFilter filter;
    filter.bands = QList<HealthBand>(pipeline.bands.cbegin(), pipeline.bands.cend());
    std::sort(filter.bands.begin(), filter.bands.end());
    filter.team = pipeline.team;
    if (!pipeline.owner.isEmpty()) {
        const auto owner = std::find_if(rows.cbegin(), rows.cend(), [&pipeline](const PipelineRow &row) {
            return row.deal.ownerName == pipeline.owner;
        });
        if (owner != rows.cend())
            filter.ownerEmail = owner->deal.ownerEmail;
    }
    return filter;
}

} // namespace dp
