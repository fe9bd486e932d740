#pragma once
// Reads what the pipeline table shows: each deal with its stored health figures.

#include "domain/Health.h"
#include "store/DealStore.h"

#include <QList>

namespace dp {

class Database;

struct PipelineRow {
    DealRow deal;
    DealMetrics metrics;
};

QList<PipelineRow> loadPipeline(Database &db);

} // namespace dp
