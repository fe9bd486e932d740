// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamSync.h"

#include "store/Database.h"
#include "store/MetaStore.h"
#include "store/TeamOutboxStore.h"
#include "store/TeamPullStore.h"
#include "team/TeamMembers.h"
#include "team/TeamSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace dp::team {
namespace {

// Snapshots carry their rows, so fewer of them make a batch.
constexpr int kSnapshotsPerBatch = 20;
// Limits on what the server may send, a little above what its schema allows (characters vs bytes).
constexpr int kMaxEmail = 320;
constexpr int kMaxSource = 256;
constexpr int kMaxRemoteId = 1024;
constexpr int kMaxNote = 16000;
constexpr int kMaxBody = 80000;
constexpr int kMaxDocument = 400000;
constexpr int kMaxLabel = 2000;
constexpr int kMaxFilter = 40000;

QString checkedChangeId(const PgResult &result, int row, int column) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    const QString id = result.text(row, column, 64);
    if (!hex.match(id).hasMatch())
        throw TeamError(
            QCoreApplication::translate("dp::team", "The team server sent a malformed change id."));
    return id;
}

QJsonObject payloadOf(const OutboxEntry &entry) {
    const QJsonDocument document = QJsonDocument::fromJson(entry.payload);
    if (!document.isObject())
        throw TeamError(
            QCoreApplication::translate("dp::team", "An unsent change in the cache is damaged (%1).")
                .arg(entry.changeId));
    return document.object();
}

QByteArray number(const QJsonObject &payload, const char *key) {
    return QByteArray::number(qint64(payload.value(QLatin1String(key)).toDouble()));
}

// Pushes one outbox entry; false when it must wait (a snapshot from someone not allowed to share one).
bool pushEntry(PgConnection &server, Database &db, const OutboxEntry &entry, bool sharesSnapshots) {
    const QJsonObject payload = payloadOf(entry);
    const auto text = [&](const char *key) { return payload.value(QLatin1String(key)).toString(); };
    if (entry.kind == u"rating") {
        server.exec("INSERT INTO ratings(change_id, interaction_source, interaction_remote_id, value, note,"
                    " rated_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (change_id) DO NOTHING",
                    PgParams()
                        .add(entry.changeId)
                        .add(text("source"))
                        .add(text("remote_id"))
                        .add(number(payload, "value"))
                        .add(text("note"))
                        .add(number(payload, "rated_at")));
        return true;
    }
    if (entry.kind == u"note") {
        PgParams params;
        params.add(entry.changeId).add(text("note_id"));
        if (payload.value(QLatin1String("base")).isString())
            params.add(text("base"));
        else
            params.addNull();
        params.add(text("source"))
            .add(text("remote_id"))
            .add(text("owner"))
            .add(text("body"))
            .add(payload.value(QLatin1String("deleted")).toBool())
            .add(number(payload, "edited_at"));
        server.exec(
            "INSERT INTO note_versions(change_id, note_id, base_change_id, deal_source, deal_remote_id,"
            " deal_owner, body, deleted, edited_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
            " ON CONFLICT (change_id) DO NOTHING",
            params);
        return true;
    }
    if (entry.kind == u"snapshot") {
        if (!sharesSnapshots)
            return false;
        const std::optional<TeamSnapshot> snapshot =
            TeamPullStore(db).localSnapshot(qint64(payload.value(QLatin1String("snapshot_id")).toDouble()));
        if (!snapshot)
            return true; // deleted before it was shared: nothing to push
        QJsonArray rows;
        for (const TeamSnapshotRow &row : snapshot->rows)
            rows.append(QJsonObject{{QStringLiteral("source"), row.source},
                                    {QStringLiteral("remote_id"), row.remoteId},
                                    {QStringLiteral("document"), row.document}});
        server.exec("INSERT INTO snapshots(change_id, taken_at, as_of, going_dark_days, label, filter_json,"
                    " row_count, rows_sha256, rows) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)"
                    " ON CONFLICT (change_id) DO NOTHING",
                    PgParams()
                        .add(entry.changeId)
                        .add(snapshot->takenAt)
                        .add(snapshot->asOf)
                        .add(snapshot->goingDarkDays)
                        .add(snapshot->label)
                        .add(snapshot->filterJson)
                        .add(qint64(snapshot->rows.size()))
                        .add(snapshot->rowsSha256)
                        .add(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        return true;
    }
    throw TeamError(
        QCoreApplication::translate("dp::team", "An unsent change in the cache has an unknown kind '%1'.")
            .arg(entry.kind));
}

struct Pulled {
    QList<std::pair<qint64, TeamRating>> ratings;
    QList<std::pair<qint64, TeamNoteVersion>> notes;
    QList<std::pair<qint64, TeamSnapshot>> snapshots;
};

} // namespace

TeamSyncResult TeamSync::run() {
    // The demo's ratings, notes and snapshots are invented: shared, they would train everyone's lexicon.
    if (MetaStore(m_db).isDemo())
        throw TeamError(QCoreApplication::translate(
            "dp::team",
            "This is the demo pipeline, whose ratings and notes are never shared with the team."));
    TeamSchema::requireCompatible(m_server);
    TeamSyncResult result;
    push(result);
    pull(result);
    return result;
}

void TeamSync::push(TeamSyncResult &result) {
    const std::optional<MemberInfo> me = currentMember(m_server);
    const bool sharesSnapshots = me && me->role != MemberRole::Rep;
    TeamOutboxStore outbox(m_db);
    qint64 after = 0;
    for (;;) {
        const QList<OutboxEntry> entries = outbox.pending(m_batch, after);
        if (entries.isEmpty())
            break;
        after = entries.last().id;
        const int refusedBefore = result.refused;
        QList<qint64> sent;
        const auto pushBatch = [&](bool oneByOne) {
            sent.clear();
            int waiting = 0;
            PgTransaction transaction(m_server);
            for (const OutboxEntry &entry : entries) {
                if (!oneByOne) {
                    if (pushEntry(m_server, m_db, entry, sharesSnapshots))
                        sent.append(entry.id);
                    else
                        ++waiting;
                    continue;
                }
                m_server.exec("SAVEPOINT entry");
                try {
                    if (pushEntry(m_server, m_db, entry, sharesSnapshots))
                        sent.append(entry.id);
                    else
                        ++waiting;
                    m_server.exec("RELEASE SAVEPOINT entry");
                } catch (const PgError &error) {
                    if (error.connectionLost())
                        throw;
                    // The server's rules refuse this change (say, an edit of a note someone else wrote): it
                    // would refuse it every time, so it leaves the outbox instead of blocking the others.
                    m_server.exec("ROLLBACK TO SAVEPOINT entry");
                    sent.append(entry.id);
                    ++result.refused;
                    result.warnings.append(
                        QCoreApplication::translate("dp::team",
                                                    "The team server refused a change (%1); it stays on "
                                                    "this desktop only.")
                            .arg(error.message()));
                }
            }
            transaction.commit();
            result.waiting += waiting;
        };
        try {
            pushBatch(false);
        } catch (const PgError &error) {
            if (error.connectionLost())
                throw;
            // Some entry was refused: send the batch again, each entry on its own savepoint, to find it.
            pushBatch(true);
        }
        // The server holds them now; should this fail, the next push sends them again and the server ignores
        // the change ids it already holds.
        Transaction local(m_db);
        outbox.remove(sent);
        local.commit();
        result.pushed += int(sent.size()) - result.refused + refusedBefore;
    }
    if (result.waiting > 0)
        result.warnings.append(QCoreApplication::translate(
            "dp::team", "%n snapshot(s) stay unsent: only managers share snapshots.", nullptr,
            result.waiting));
}

void TeamSync::pull(TeamSyncResult &result) {
    TeamOutboxStore state(m_db);
    for (;;) {
        const qint64 last = state.lastServerChange();
        Pulled pulled;
        qint64 cap = std::numeric_limits<qint64>::max();
        qint64 highest = last;
        const auto seen = [&](qint64 seq, int rows, int limit, bool isLast) {
            if (seq <= last)
                throw TeamError(QCoreApplication::translate(
                    "dp::team", "The team server sent a change it was not asked for."));
            highest = std::max(highest, seq);
            if (isLast && rows == limit)
                cap = std::min(cap, seq);
        };
        {
            PgTransaction transaction(m_server, PgTransaction::Isolation::RepeatableRead, true);
            const PgResult ratings =
                m_server.exec("SELECT replace(change_id::text, '-', ''), seq, rater, interaction_source, "
                              "interaction_remote_id,"
                              " value, note, rated_at FROM ratings WHERE seq > $1 ORDER BY seq LIMIT $2",
                              PgParams().add(last).add(m_batch));
            for (int row = 0; row < ratings.rows(); ++row) {
                TeamRating rating{checkedChangeId(ratings, row, 0),
                                  ratings.text(row, 2, kMaxEmail),
                                  ratings.text(row, 3, kMaxSource),
                                  ratings.text(row, 4, kMaxRemoteId),
                                  int(ratings.int64(row, 5)),
                                  ratings.text(row, 6, kMaxNote),
                                  ratings.int64(row, 7)};
                if (rating.value < -1 || rating.value > 1)
                    throw TeamError(
                        QCoreApplication::translate("dp::team", "The team server sent a rating of %1.")
                            .arg(rating.value));
                const qint64 seq = ratings.int64(row, 1);
                seen(seq, ratings.rows(), m_batch, row == ratings.rows() - 1);
                pulled.ratings.append({seq, rating});
            }
            const PgResult notes = m_server.exec(
                "SELECT replace(change_id::text, '-', ''), seq, replace(note_id::text, '-', ''),"
                " replace(base_change_id::text, '-', ''), author, deal_source, deal_remote_id, body, deleted,"
                " edited_at FROM note_versions WHERE seq > $1 ORDER BY seq LIMIT $2",
                PgParams().add(last).add(m_batch));
            for (int row = 0; row < notes.rows(); ++row) {
                TeamNoteVersion version;
                version.changeId = checkedChangeId(notes, row, 0);
                version.noteId = checkedChangeId(notes, row, 2);
                if (!notes.isNull(row, 3))
                    version.baseChangeId = checkedChangeId(notes, row, 3);
                version.author = notes.text(row, 4, kMaxEmail);
                version.source = notes.text(row, 5, kMaxSource);
                version.remoteId = notes.text(row, 6, kMaxRemoteId);
                version.body = notes.text(row, 7, kMaxBody);
                version.deleted = notes.boolean(row, 8);
                version.editedAt = notes.int64(row, 9);
                const qint64 seq = notes.int64(row, 1);
                seen(seq, notes.rows(), m_batch, row == notes.rows() - 1);
                pulled.notes.append({seq, version});
            }
            const int snapshotLimit = std::min(m_batch, kSnapshotsPerBatch);
            const PgResult snapshots = m_server.exec(
                "SELECT replace(change_id::text, '-', ''), seq, taken_by, taken_at, as_of, going_dark_days, "
                "label,"
                " filter_json, row_count, rows_sha256 FROM snapshots WHERE seq > $1 ORDER BY seq LIMIT $2",
                PgParams().add(last).add(snapshotLimit));
            for (int row = 0; row < snapshots.rows(); ++row) {
                TeamSnapshot snapshot;
                snapshot.changeId = checkedChangeId(snapshots, row, 0);
                snapshot.takenBy = snapshots.text(row, 2, kMaxEmail);
                snapshot.takenAt = snapshots.int64(row, 3);
                snapshot.asOf = snapshots.int64(row, 4);
                snapshot.goingDarkDays = int(snapshots.int64(row, 5));
                snapshot.label = snapshots.text(row, 6, kMaxLabel);
                snapshot.filterJson = snapshots.text(row, 7, kMaxFilter);
                const qint64 rowCount = snapshots.int64(row, 8);
                snapshot.rowsSha256 = snapshots.text(row, 9, 64);
                const PgResult rows =
                    m_server.exec("SELECT deal_source, deal_remote_id, document FROM snapshot_rows"
                                  " WHERE snapshot_id = $1::uuid",
                                  PgParams().add(snapshot.changeId));
                for (int r = 0; r < rows.rows(); ++r)
                    snapshot.rows.append({rows.text(r, 0, kMaxSource), rows.text(r, 1, kMaxRemoteId),
                                          rows.text(r, 2, kMaxDocument)});
                const qint64 seq = snapshots.int64(row, 1);
                seen(seq, snapshots.rows(), snapshotLimit, row == snapshots.rows() - 1);
                if (snapshot.rows.size() != rowCount ||
                    snapshotRowsDigest(snapshot.rows) != snapshot.rowsSha256) {
                    // Kept off this desktop rather than shown different from what was taken.
                    result.warnings.append(
                        QCoreApplication::translate(
                            "dp::team",
                            "Snapshot '%1' by %2 does not match its SHA-256 and was not taken in.")
                            .arg(snapshot.label, snapshot.takenBy));
                    continue;
                }
                pulled.snapshots.append({seq, snapshot});
            }
            transaction.commit();
        }
        if (highest == last)
            break;
        // A kind that filled its batch may have more below the others' highest: stop at its last change.
        const qint64 through = std::min(highest, cap);
        Transaction local(m_db);
        TeamPullStore store(m_db);
        const auto count = [&](TeamPullStore::Applied applied, int *counter) {
            if (applied == TeamPullStore::Applied::Written)
                ++*counter;
            else if (applied == TeamPullStore::Applied::NotInCache)
                ++result.skipped;
        };
        for (const auto &[seq, rating] : std::as_const(pulled.ratings))
            if (seq <= through)
                count(store.applyRating(rating), &result.pulledRatings);
        for (const auto &[seq, version] : std::as_const(pulled.notes))
            if (seq <= through)
                count(store.applyNoteVersion(version), &result.pulledNotes);
        for (const auto &[seq, snapshot] : std::as_const(pulled.snapshots))
            if (seq <= through)
                count(store.applySnapshot(snapshot), &result.pulledSnapshots);
        state.setLastServerChange(through);
        local.commit();
    }
}

void TeamSync::publishLexicon(const QString &weightsSha256, qint64 ratingCount, qint64 createdAt) {
    const qint64 through = TeamOutboxStore(m_db).lastServerChange();
    m_server.exec(
        "INSERT INTO lexicon_versions(change_id, weights_sha256, through_seq, rating_count, created_at)"
        " VALUES ($1, $2, $3, $4, $5)",
        PgParams()
            .add(TeamOutboxStore::newChangeId())
            .add(weightsSha256)
            .add(through)
            .add(ratingCount)
            .add(createdAt));
}

} // namespace dp::team
