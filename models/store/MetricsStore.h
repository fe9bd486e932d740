// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The stored derived figures per deal, and the set of deals whose figures are out of date.

#include "domain/Health.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace dp {

class Database;

// The reasons as stored in deal_metrics.reasons_json; codes this version does not know are skipped.
QList<HealthReason> reasonsFromJson(QByteArrayView json);

class MetricsStore final {
public:
    explicit MetricsStore(Database &db)
        : m_db(db) {}

    int dirtyCount();
    void clearDirty();
    void markAllDirty();
    // Deleted deals leave the pipeline and its figures.
    void dropDeletedDeals();

    void write(const DealMetrics &metrics);
    std::optional<DealMetrics> find(qint64 dealId);
    void forEach(const std::function<void(const DealMetrics &)> &visit);
    // The deals whose stored band is dark or at risk (closed deals have their own band), with that band:
    // a sync compares them before and after to find the deals that newly need a look.
    QHash<qint64, HealthBand> alertBands();

private:
    Database &m_db;
};

} // namespace dp
