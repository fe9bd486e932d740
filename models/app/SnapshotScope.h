// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a snapshot or an export taken from the pipeline covers: the pipeline's filter (bands, rep, team) as
// snapshots keep it.

#include "forecast/SnapshotFilter.h"
#include "items/PipelineFilter.h"
#include "items/PipelineLoader.h"

#include <QList>

namespace dp {

// The pipeline filters by the rep's name, snapshots by the owner's email: found among `rows`.
SnapshotFilter snapshotFilterFor(const PipelineFilter &pipeline, const QList<PipelineRow> &rows);

} // namespace dp
