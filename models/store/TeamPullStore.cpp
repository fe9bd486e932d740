// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TeamPullStore.h"

#include "store/Database.h"
#include "store/LexiconStore.h"
#include "store/TeamOutboxStore.h"

#include <QCryptographicHash>
#include <algorithm>

namespace dp {

QString snapshotRowsDigest(const QList<TeamSnapshotRow> &rows) {
    QList<const TeamSnapshotRow *> ordered;
    ordered.reserve(rows.size());
    for (const TeamSnapshotRow &row : rows)
        ordered.append(&row);
    std::sort(ordered.begin(), ordered.end(), [](const TeamSnapshotRow *a, const TeamSnapshotRow *b) {
        return a->source != b->source ? a->source < b->source : a->remoteId < b->remoteId;
    });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TeamSnapshotRow *row : std::as_const(ordered)) {
        // Lengths first, so no choice of texts can make two different row lists hash alike.
        const QByteArray fields[] = {row->source.toUtf8(), row->remoteId.toUtf8(), row->document.toUtf8()};
        for (const QByteArray &field : fields)
            hash.addData(QByteArray::number(field.size()) + ':' + field);
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool TeamPullStore::learn(const QString &changeId) {
    m_db.cached("INSERT INTO team_known_changes(change_id) VALUES (?1) ON CONFLICT DO NOTHING")
        .bind(1, changeId)
        .run();
    return m_db.changes() > 0;
}

TeamPullStore::Applied TeamPullStore::applyRating(const TeamRating &rating) {
    if (!learn(rating.changeId))
        return Applied::AlreadyHeld;
    const qint64 interactionId =
        m_db.cached("SELECT id FROM interactions WHERE source = ?1 AND remote_id = ?2")
            .bind(1, rating.source)
            .bind(2, rating.remoteId)
            .singleInt64();
    if (interactionId == 0)
        return Applied::NotInCache;
    // One current rating per rater and interaction: the latest by server order, which is the order of pulls.
    m_db.cached("DELETE FROM ratings WHERE interaction_id = ?1 AND rater = ?2")
        .bind(1, interactionId)
        .bind(2, rating.rater)
        .run();
    if (rating.value != 0) {
        // A fresh id, never one a deleted rating had (lexicon versions refer to ratings by id).
        const qint64 id = LexiconStore(m_db).lastRatingId() + 1;
        m_db.cached("INSERT INTO ratings(id, interaction_id, rater, value, note, rated_at, team_change_id)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, id)
            .bind(2, interactionId)
            .bind(3, rating.rater)
            .bind(4, rating.value > 0 ? 1 : -1)
            .bind(5, rating.note)
            .bind(6, rating.ratedAt)
            .bind(7, rating.changeId)
            .run();
    }
    return Applied::Written;
}

TeamPullStore::Applied TeamPullStore::applyNoteVersion(const TeamNoteVersion &version) {
    if (!learn(version.changeId))
        return Applied::AlreadyHeld;
    const qint64 dealId = m_db.cached("SELECT id FROM deals WHERE source = ?1 AND remote_id = ?2")
                              .bind(1, version.source)
                              .bind(2, version.remoteId)
                              .singleInt64();
    if (dealId == 0)
        return Applied::NotInCache;
    const qint64 baseRow = version.baseChangeId
                               ? m_db.cached("SELECT id FROM coaching_notes WHERE team_change_id = ?1")
                                     .bind(1, *version.baseChangeId)
                                     .singleInt64()
                               : 0;
    if (baseRow != 0) {
        if (version.deleted) {
            m_db.cached("DELETE FROM coaching_notes WHERE id = ?1").bind(1, baseRow).run();
        } else {
            m_db.cached(
                    "UPDATE coaching_notes SET body = ?2, updated_at = ?3, team_change_id = ?4 WHERE id = ?1")
                .bind(1, baseRow)
                .bind(2, version.body)
                .bind(3, version.editedAt)
                .bind(4, version.changeId)
                .run();
        }
        return Applied::Written;
    }
    if (version.deleted)
        return Applied::Written;
    m_db.cached("INSERT INTO coaching_notes(deal_id, author, body, created_at, updated_at, team_note_id,"
                " team_change_id) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6)")
        .bind(1, dealId)
        .bind(2, version.author)
        .bind(3, version.body)
        .bind(4, version.editedAt)
        .bind(5, version.noteId)
        .bind(6, version.changeId)
        .run();
    return Applied::Written;
}

TeamPullStore::Applied TeamPullStore::applySnapshot(const TeamSnapshot &snapshot) {
    if (!learn(snapshot.changeId))
        return Applied::AlreadyHeld;
    m_db.cached("INSERT INTO snapshots(taken_at, taken_by, label, filter_json, as_of, going_dark_days,"
                " team_change_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, snapshot.takenAt)
        .bind(2, snapshot.takenBy)
        .bind(3, snapshot.label)
        .bind(4, snapshot.filterJson)
        .bind(5, snapshot.asOf)
        .bind(6, snapshot.goingDarkDays)
        .bind(7, snapshot.changeId)
        .run();
    const qint64 id = m_db.lastInsertRowId();
    Statement &insert =
        m_db.cached("INSERT INTO snapshot_deals(snapshot_id, deal_source, deal_remote_id, document)"
                    " VALUES (?1, ?2, ?3, ?4)");
    for (const TeamSnapshotRow &row : snapshot.rows)
        insert.bind(1, id).bind(2, row.source).bind(3, row.remoteId).bind(4, row.document).run();
    return Applied::Written;
}

std::optional<TeamSnapshot> TeamPullStore::localSnapshot(qint64 snapshotId) {
    TeamSnapshot snapshot;
    {
        Query header = m_db.query("SELECT team_change_id, taken_by, taken_at, as_of, going_dark_days, label,"
                                  " filter_json FROM snapshots WHERE id = ?1");
        header.bind(1, snapshotId);
        if (!header.step())
            return std::nullopt;
        snapshot.changeId = header.text(0);
        snapshot.takenBy = header.text(1);
        snapshot.takenAt = header.int64(2);
        snapshot.asOf = header.int64(3);
        snapshot.goingDarkDays = int(header.int64(4));
        snapshot.label = header.text(5);
        snapshot.filterJson = header.text(6);
    }
    Query rows = m_db.query("SELECT deal_source, deal_remote_id, document FROM snapshot_deals"
                            " WHERE snapshot_id = ?1 ORDER BY deal_source, deal_remote_id");
    rows.bind(1, snapshotId);
    while (rows.step())
        snapshot.rows.append({rows.text(0), rows.text(1), rows.text(2)});
    snapshot.rowsSha256 = snapshotRowsDigest(snapshot.rows);
    return snapshot;
}

qint64 TeamPullStore::noteConflicts() {
    return m_db
        .cached("SELECT count(*) FROM (SELECT team_note_id FROM coaching_notes WHERE team_note_id IS NOT NULL"
                " GROUP BY team_note_id HAVING count(*) > 1)")
        .singleInt64();
}

} // namespace dp

namespace dp {

TeamCounts TeamPullStore::counts() {
    TeamCounts counts;
    counts.ratings = m_db.cached("SELECT count(*) FROM ratings").singleInt64();
    counts.coachingNotes = m_db.cached("SELECT count(*) FROM coaching_notes").singleInt64();
    counts.snapshots = m_db.cached("SELECT count(*) FROM snapshots").singleInt64();
    TeamOutboxStore outbox(m_db);
    counts.outbox = outbox.count();
    counts.noteConflicts = noteConflicts();
    counts.lastSeq = outbox.lastServerChange();
    return counts;
}

} // namespace dp
