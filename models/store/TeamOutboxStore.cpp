// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TeamOutboxStore.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace dp {

QString TeamOutboxStore::newChangeId() {
    return QUuid::createUuid().toString(QUuid::Id128);
}

void TeamOutboxStore::queue(const QString &changeId, const char *kind, const QByteArray &payload, Millis at) {
    m_db.cached("INSERT INTO team_outbox(change_id, kind, payload, created_at) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, changeId)
        .bind(2, QString::fromLatin1(kind))
        .bind(3, QString::fromUtf8(payload))
        .bind(4, at)
        .run();
    // Known from the start, so a pull that brings it back does not apply it a second time.
    m_db.cached("INSERT INTO team_known_changes(change_id) VALUES (?1)").bind(1, changeId).run();
}

std::optional<QString> TeamOutboxStore::queueRating(qint64 interactionId, int value, const QString &note,
                                                    Millis ratedAt) {
    QJsonObject payload;
    {
        Query query = m_db.query("SELECT source, remote_id FROM interactions WHERE id = ?1");
        query.bind(1, interactionId);
        if (!query.step())
            return std::nullopt;
        payload = QJsonObject{{QStringLiteral("source"), query.text(0)},
                              {QStringLiteral("remote_id"), query.text(1)},
                              {QStringLiteral("value"), value},
                              {QStringLiteral("note"), note},
                              {QStringLiteral("rated_at"), double(ratedAt)}};
    }
    const QString changeId = newChangeId();
    queue(changeId, "rating", QJsonDocument(payload).toJson(QJsonDocument::Compact), ratedAt);
    return changeId;
}

std::optional<QString> TeamOutboxStore::queueNoteVersion(qint64 noteId, bool deleted) {
    QString noteKey;
    QJsonObject payload;
    Millis at = 0;
    {
        Query query = m_db.query(
            "SELECT n.team_note_id, n.team_change_id, d.source, d.remote_id, coalesce(o.email, ''), n.body,"
            " n.updated_at FROM coaching_notes n JOIN deals d ON d.id = n.deal_id"
            " LEFT JOIN owners o ON o.id = d.owner_id WHERE n.id = ?1");
        query.bind(1, noteId);
        if (!query.step())
            return std::nullopt;
        noteKey = query.isNull(0) ? newChangeId() : query.text(0);
        const QJsonValue base = query.isNull(1) ? QJsonValue() : QJsonValue(query.text(1));
        payload = QJsonObject{{QStringLiteral("note_id"), noteKey},
                              {QStringLiteral("base"), base},
                              {QStringLiteral("source"), query.text(2)},
                              {QStringLiteral("remote_id"), query.text(3)},
                              {QStringLiteral("owner"), query.text(4).toLower()},
                              {QStringLiteral("body"), query.text(5)},
                              {QStringLiteral("deleted"), deleted},
                              {QStringLiteral("edited_at"), double(query.int64(6))}};
        at = query.int64(6);
    }
    const QString changeId = newChangeId();
    queue(changeId, "note", QJsonDocument(payload).toJson(QJsonDocument::Compact), at);
    m_db.cached("UPDATE coaching_notes SET team_note_id = ?2, team_change_id = ?3 WHERE id = ?1")
        .bind(1, noteId)
        .bind(2, noteKey)
        .bind(3, changeId)
        .run();
    return changeId;
}

std::optional<QString> TeamOutboxStore::queueSnapshot(qint64 snapshotId) {
    Millis at = 0;
    {
        Query query = m_db.query("SELECT taken_at FROM snapshots WHERE id = ?1");
        query.bind(1, snapshotId);
        if (!query.step())
            return std::nullopt;
        at = query.int64(0);
    }
    const QString changeId = newChangeId();
    // The rows are read when pushed: a snapshot never changes once taken.
    queue(changeId, "snapshot",
          QJsonDocument(QJsonObject{{QStringLiteral("snapshot_id"), double(snapshotId)}})
              .toJson(QJsonDocument::Compact),
          at);
    m_db.cached("UPDATE snapshots SET team_change_id = ?2 WHERE id = ?1")
        .bind(1, snapshotId)
        .bind(2, changeId)
        .run();
    return changeId;
}

QList<OutboxEntry> TeamOutboxStore::pending(int limit, qint64 afterId) {
    Query query = m_db.query("SELECT id, change_id, kind, payload, created_at FROM team_outbox"
                             " WHERE id > ?2 ORDER BY id LIMIT ?1");
    query.bind(1, limit).bind(2, afterId);
    QList<OutboxEntry> entries;
    while (query.step())
        entries.append(
            {query.int64(0), query.text(1), query.text(2), query.text(3).toUtf8(), query.int64(4)});
    return entries;
}

qint64 TeamOutboxStore::count() {
    return m_db.cached("SELECT count(*) FROM team_outbox").singleInt64();
}

qint64 TeamOutboxStore::countWithoutSnapshots() {
    return m_db.cached("SELECT count(*) FROM team_outbox WHERE kind <> 'snapshot'").singleInt64();
}

void TeamOutboxStore::remove(const QList<qint64> &ids) {
    Statement &remove = m_db.cached("DELETE FROM team_outbox WHERE id = ?1");
    for (qint64 id : ids)
        remove.bind(1, id).run();
}

qint64 TeamOutboxStore::lastServerChange() {
    return m_db
        .cached("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM team_state WHERE key = 'last_seq'), 0)")
        .singleInt64();
}

void TeamOutboxStore::setLastServerChange(qint64 change) {
    m_db.cached("INSERT INTO team_state(key, value) VALUES ('last_seq', ?1)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::number(change))
        .run();
}

} // namespace dp
