// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SnapshotStore.h"

#include "store/Database.h"
#include "store/TeamOutboxStore.h"

namespace dp {
namespace {

constexpr const char *kSelectRecord =
    "SELECT s.id, s.taken_at, s.taken_by, s.label, s.filter_json, s.as_of, s.going_dark_days,"
    " (SELECT count(*) FROM snapshot_deals d WHERE d.snapshot_id = s.id) FROM snapshots s";

SnapshotRecord readRecord(const Statement &row) {
    SnapshotRecord record;
    record.id = row.int64(0);
    record.takenAt = row.int64(1);
    record.takenBy = row.text(2);
    record.label = row.text(3);
    record.filterJson = row.text(4);
    record.asOf = row.int64(5);
    record.goingDarkDays = int(row.int64(6));
    record.dealCount = int(row.int64(7));
    return record;
}

} // namespace

qint64 SnapshotStore::insert(const SnapshotRecord &record) {
    Transaction transaction(m_db, Transaction::JoinOuter);
    m_db.cached("INSERT INTO snapshots(taken_at, taken_by, label, filter_json, as_of, going_dark_days)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, record.takenAt)
        .bind(2, record.takenBy)
        .bind(3, record.label)
        .bind(4, record.filterJson)
        .bind(5, record.asOf)
        .bind(6, record.goingDarkDays)
        .run();
    const qint64 id = m_db.lastInsertRowId();
    TeamOutboxStore(m_db).queueSnapshot(id);
    transaction.commit();
    return id;
}

void SnapshotStore::addDeal(qint64 snapshotId, const QString &source, const QString &remoteId,
                            const QString &document) {
    m_db.cached("INSERT INTO snapshot_deals(snapshot_id, deal_source, deal_remote_id, document)"
                " VALUES (?1, ?2, ?3, ?4)")
        .bind(1, snapshotId)
        .bind(2, source)
        .bind(3, remoteId)
        .bind(4, document)
        .run();
}

QList<SnapshotRecord> SnapshotStore::list() {
    static const std::string sql = std::string(kSelectRecord) + " ORDER BY s.taken_at DESC, s.id DESC";
    Query query = m_db.query(sql.c_str());
    QList<SnapshotRecord> records;
    while (query.step())
        records.append(readRecord(query.row()));
    return records;
}

std::optional<SnapshotRecord> SnapshotStore::find(qint64 id) {
    static const std::string sql = std::string(kSelectRecord) + " WHERE s.id = ?1";
    Query query = m_db.query(sql.c_str());
    query.bind(1, id);
    std::optional<SnapshotRecord> record;
    if (query.step())
        record = readRecord(query.row());
    return record;
}

void SnapshotStore::forEachDeal(qint64 snapshotId,
                                const std::function<void(const QString &source, const QString &remoteId,
                                                         const QString &document)> &visit) {
    // Not cached: a visitor may read another snapshot meanwhile (comparisons do).
    Statement query(m_db.handle(), "SELECT deal_source, deal_remote_id, document FROM snapshot_deals"
                                   " WHERE snapshot_id = ?1 ORDER BY deal_source, deal_remote_id");
    query.bind(1, snapshotId);
    while (query.step())
        visit(query.text(0), query.text(1), query.text(2));
}

bool SnapshotStore::remove(qint64 id) {
    m_db.cached("DELETE FROM snapshots WHERE id = ?1").bind(1, id).run();
    return m_db.changes() > 0;
}

} // namespace dp
