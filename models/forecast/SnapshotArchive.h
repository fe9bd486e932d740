// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Taking a snapshot into the cache and reading stored ones back as snapshot deals.

#include "analytics/HealthRules.h"
#include "forecast/Snapshot.h"

#include <QList>
#include <optional>

namespace dp {

class Database;

struct TakeOptions {
    Millis takenAt = 0;
    QString takenBy;
    QString label;
    SnapshotFilter filter;
    Millis asOf = 0;
    HealthSettings health;
    CategoryThresholds categories;
};

struct TakenSnapshot {
    qint64 id = 0;
    int deals = 0;
};

// Captures the cache as of options.asOf and stores every deal passing the filter, all in one transaction.
TakenSnapshot takeSnapshot(Database &db, const TakeOptions &options);

// Every stored snapshot's header with its deal count, newest first.
struct SnapshotListing {
    SnapshotHeader header;
    int deals = 0;
};
QList<SnapshotListing> listSnapshots(Database &db);

class StoredSnapshot final {
public:
    // Nothing when there is no such snapshot.
    static std::optional<StoredSnapshot> open(Database &db, qint64 id);

    const SnapshotHeader &header() const { return m_header; }
    // Open deals first, then closed ones, each in (source, remote id) order, as every export orders them.
    void forEach(const SnapshotFilter &filter, const DealVisitor &visit) const;
    QList<SnapshotDeal> deals(const SnapshotFilter &filter = {}) const;

private:
    StoredSnapshot(Database &db, SnapshotHeader header)
        : m_db(&db)
        , m_header(std::move(header)) {}
    void visitPass(bool closed, const SnapshotFilter &filter, const DealVisitor &visit) const;

    Database *m_db;
    SnapshotHeader m_header;
};

} // namespace dp
