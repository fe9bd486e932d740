// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every live deal with its stored health figures, read in one pass for the pipeline: one joined query
// instead of a deals query plus a figures query matched through a hash, the names most deals share (owner,
// team, account, stage, currency, close date…) made once and shared, and the reasons read without a JSON
// document. Deals without figures yet (created after the last recompute) are left out until the next one.

#include "domain/Health.h"
#include "store/DealStore.h"

#include <QList>
#include <functional>

namespace dp {

class Database;
class Statement;

class PipelineStore final {
public:
    explicit PipelineStore(Database &db)
        : m_db(db) {}

    // At least as many as forEach visits (deals with figures), to size the list once.
    int countUpperBound();
    // In the order of DealStore::forEach (by source, then remote id).
    void forEach(const std::function<void(DealRow &&, DealMetrics &&)> &visit);

    // The first rows of the pipeline as it opens (lowest score first, ties by deal id) among `bands` (empty:
    // every band): the same rows, in the same order, as the start of the full list sorted that way.
    void forEachLowestScore(const QList<HealthBand> &bands, int limit,
                            const std::function<void(DealRow &&, DealMetrics &&)> &visit);

private:
    void read(Statement &query, const std::function<void(DealRow &&, DealMetrics &&)> &visit);

    Database &m_db;
};

} // namespace dp
