// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stored forecast snapshots: a header row and one JSON document per deal, copied when the snapshot was
// taken and never pointing at live rows. There is no update: a snapshot is immutable once written.

#include "domain/Clock.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace dp {

class Database;

struct SnapshotRecord {
    qint64 id = 0;
    Millis takenAt = 0;
    QString takenBy;
    QString label;
    QString filterJson = QStringLiteral("{}");
    Millis asOf = 0;
    int goingDarkDays = 21;
    int dealCount = 0; // filled when read
};

class SnapshotStore final {
public:
    explicit SnapshotStore(Database &db)
        : m_db(db) {}

    // Call inside a transaction together with addDeal, so a snapshot is stored whole or not at all.
    qint64 insert(const SnapshotRecord &record);
    void addDeal(qint64 snapshotId, const QString &source, const QString &remoteId, const QString &document);

    // Newest first.
    QList<SnapshotRecord> list();
    std::optional<SnapshotRecord> find(qint64 id);
    // The documents in (source, remote id) order.
    void forEachDeal(qint64 snapshotId,
                     const std::function<void(const QString &source, const QString &remoteId,
                                              const QString &document)> &visit);
    bool remove(qint64 id);

private:
    Database &m_db;
};

} // namespace dp
