// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The team outbox (schema step 15): the changes made on this desktop that the team server has not
// acknowledged yet. Each queue* call runs inside the transaction of the change it records, so a change and
// its outbox entry are written together or not at all; the entry is removed only after the server has
// committed it, and the server ignores a change id it already holds, so a push interrupted anywhere is
// repeated without loss or duplicates.

#include "domain/Clock.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace dp {

class Database;

struct OutboxEntry {
    qint64 id = 0; // push order
    QString changeId;
    QString kind;       // "rating", "note", "snapshot"
    QByteArray payload; // JSON object
    Millis createdAt = 0;
};

class TeamOutboxStore final {
public:
    explicit TeamOutboxStore(Database &db)
        : m_db(db) {}

    // A new change id: 128 random bits as 32 lowercase hex digits.
    static QString newChangeId();

    // value +1/-1, or 0 when the rater withdrew their rating. Returns the change id; nothing when the
    // interaction does not exist.
    std::optional<QString> queueRating(qint64 interactionId, int value, const QString &note, Millis ratedAt);
    // The note's current text as a new version (deleted: the author deleted it), based on the version the
    // row showed; the row then shows the new version. Returns the change id; nothing for an unknown note.
    std::optional<QString> queueNoteVersion(qint64 noteId, bool deleted);
    std::optional<QString> queueSnapshot(qint64 snapshotId);

    // The oldest entries after afterId, in push order.
    QList<OutboxEntry> pending(int limit, qint64 afterId = 0);
    qint64 count();
    // Without the snapshots: what a rep, whose snapshots wait in the outbox for good, still has to send.
    qint64 countWithoutSnapshots();
    void remove(const QList<qint64> &ids);

    // The team server's change number this cache has pulled through; 0 before the first pull.
    qint64 lastServerChange();
    void setLastServerChange(qint64 change);

private:
    void queue(const QString &changeId, const char *kind, const QByteArray &payload, Millis at);
    Database &m_db;
};

} // namespace dp
