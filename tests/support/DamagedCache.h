// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A cache file with people's own rows (ratings, coaching notes, snoozes, alerts seen, a snapshot, the
// lexicon's history, our email domains), the CRM's rows they point at, many more CRM rows that nothing
// points at, and sync bookmarks; then a damaged page found by what it holds. For the rebuild's tests.

#include <QByteArray>
#include <QList>
#include <QString>

namespace dp {
class Database;
}

namespace dp::test {

struct PeoplesRows {
    QList<qint64> ratings;
    QList<qint64> notes;
    QList<qint64> snoozes;
    QList<qint64> seenDeals;
    QList<qint64> snapshots;
    int snapshotDeals = 0;
    QList<qint64> versions;
    int deltas = 0;
    QList<qint64> resets;
    QList<qint64> keptDeals;        // what the rows above point at
    QList<qint64> keptInteractions; // what the ratings point at
    int total() const;
};

// Fills an open cache; fillerEmails unreferenced emails (one page holds about two) carry the marker
// fillerMarker(n) in their HTML, so a page holding them can be found in the file.
// extraNotes and extraSnapshotDeals add rows of about a kilobyte each, marked with noteMarker(n) and
// snapshotMarker(n), for damage among people's own rows.
PeoplesRows fillPeopleAndCrm(Database &db, int fillerEmails = 400, int extraNotes = 0,
                             int extraSnapshotDeals = 0);
QByteArray fillerMarker(int n);
QByteArray noteMarker(int n);
QByteArray snapshotMarker(int n);

// Overwrites the page of the (closed) cache file that holds `marker` with garbage; false when not found.
bool damagePageHolding(const QString &path, const QByteArray &marker);

// The ids of a table's column, in order, read from the file at `path`.
QList<qint64> ids(Database &db, const char *sql);

} // namespace dp::test
