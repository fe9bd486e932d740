// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads what the pipeline table shows: each deal with its stored health figures.

#include "domain/Health.h"
#include "store/DealStore.h"

#include <QList>
#include <QSet>

namespace dp {

class Database;

struct PipelineRow {
    DealRow deal;
    DealMetrics metrics;
};

QList<PipelineRow> loadPipeline(Database &db);

// The first `limit` rows of the pipeline as it opens (lowest score first, among `bands`; empty: every band),
// read from `path` on a connection of its own so it can run on any thread. A large cache shows these while
// the whole pipeline is still being read; they are exactly the first rows of the full list in that order.
// Empty when the cache cannot be read (the full read then says why).
QList<PipelineRow> loadPipelineStart(const QString &path, const QSet<HealthBand> &bands, int limit);

} // namespace dp
