// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes what a team sync pulled into the cache: other people's ratings, coaching-note versions and
// snapshots, each keeping its server change id, so applying the same change twice (a pull repeated after a
// crash) changes nothing, and our own changes coming back are recognised. Nothing written here is queued in
// the outbox: it came from the server.

#include "domain/Clock.h"

#include <QList>
#include <QString>
#include <optional>

namespace dp {

class Database;

struct TeamRating {
    QString changeId;
    QString rater;
    QString source;
    QString remoteId;
    int value = 0; // 0: the rater withdrew their rating
    QString note;
    Millis ratedAt = 0;
};

struct TeamNoteVersion {
    QString changeId;
    QString noteId;
    std::optional<QString> baseChangeId;
    QString author;
    QString source;
    QString remoteId;
    QString body;
    bool deleted = false;
    Millis editedAt = 0;
};

struct TeamSnapshotRow {
    QString source;
    QString remoteId;
    QString document;
};

struct TeamSnapshot {
    QString changeId;
    QString takenBy;
    Millis takenAt = 0;
    Millis asOf = 0;
    int goingDarkDays = 0;
    QString label;
    QString filterJson;
    QString rowsSha256;
    QList<TeamSnapshotRow> rows;
};

// SHA-256 (hex) of a snapshot's rows in (source, remote id) order: what the server keeps beside them.
QString snapshotRowsDigest(const QList<TeamSnapshotRow> &rows);

// What `dealpulse team status` reports about the cache.
struct TeamCounts {
    qint64 ratings = 0;
    qint64 coachingNotes = 0;
    qint64 snapshots = 0;
    qint64 outbox = 0;
    qint64 noteConflicts = 0;
    qint64 lastSeq = 0;
};

class TeamPullStore final {
public:
    enum class Applied { Written, AlreadyHeld, NotInCache };

    explicit TeamPullStore(Database &db)
        : m_db(db) {}

    // The rater's rating of the interaction becomes this one (or goes, for value 0).
    Applied applyRating(const TeamRating &rating);
    // A version based on the one a row shows replaces it; a version whose base no row shows (an edit made
    // elsewhere while this desktop edited too) is kept beside it, so both are seen: a conflict.
    Applied applyNoteVersion(const TeamNoteVersion &version);
    Applied applySnapshot(const TeamSnapshot &snapshot);

    // A local snapshot as pushed: its header and rows, nothing when it no longer exists.
    std::optional<TeamSnapshot> localSnapshot(qint64 snapshotId);
    // Records a change id as held (pushed or pulled); false when it was already.
    bool learn(const QString &changeId);
    // Notes whose team id is shown by more than one row: offline edits to reconcile.
    qint64 noteConflicts();
    TeamCounts counts();

private:
    Database &m_db;
};

} // namespace dp
