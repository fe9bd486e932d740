// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rebuilds a damaged cache: a new file beside it that keeps what people made there, which no CRM can give
// back (ratings, coaching notes, alert snoozes and what was seen, snapshots, the lexicon's history, our
// email domains), with the deals, emails, owners and accounts those point at, under their own ids and
// (source, remote_id). Everything else of the CRM is left out, sync bookmarks included, so the next sync
// fetches it all again and updates the kept rows in place instead of adding them twice.
//
// The damaged file is only read, on a connection of its own that cannot write. Damage does not stop the
// rescue: each table is read on its own, row by row, and a stretch SQLite refuses is stepped over and
// counted.

#include <QList>
#include <QString>
#include <functional>

namespace dp {

struct RebuildCount {
    QString table;
    bool crm = false; // a CRM table, kept only for the rows people's rows point at
    int kept = 0;
    // Places where SQLite refused to read (a damaged page, or a row it could not decode); each lost at
    // least one row.
    int unreadable = 0;
    // Rows that were read but could not be kept, because the deal or email they belong to could not be read.
    int orphaned = 0;
};

struct RebuildReport {
    QString error; // why there is no rebuilt cache; empty when there is one
    bool cancelled = false;
    QString rebuiltPath; // the new file, beside the cache, until swapIn() gives it the cache's name
    QString backupPath;  // where swapIn() left the damaged cache
    // People's tables first, then the CRM rows kept for them (deals, interactions, owners, accounts).
    QList<RebuildCount> tables;

    bool ok() const { return error.isEmpty() && !cancelled; }
    const RebuildCount *count(const QString &table) const;
    // Over people's tables only: the CRM's rows come back with the next sync.
    int peopleKept() const;
    int peopleLost() const; // unreadable places and orphaned rows
};

class CacheRebuild final {
public:
    // Called between steps; false cancels (the new file is then removed).
    using Progress = std::function<bool(int done, int total)>;

    explicit CacheRebuild(QString cachePath);

    // Writes the new cache beside the damaged one (through the migrations, so its schema is current).
    // Never throws and never writes the damaged file.
    RebuildReport build(const Progress &progress = {});

    // Gives the rebuilt file the cache's name: the damaged file (and its -wal) becomes FILE.backup-STAMP,
    // the rebuilt one takes its place in one rename, so the name never points at nothing. No connection may
    // be open on the cache meanwhile: one would go on writing the -wal that is moved to the backup. The lock
    // file (FILE.lock) is left alone, so the window holding it keeps the cache. Returns an error, or "".
    static QString swapIn(RebuildReport &report, const QString &cachePath);

    // Where build() writes, beside the cache.
    static QString rebuiltPathFor(const QString &cachePath);
    // Removes a rebuilt file that will not be used (after a failure or cancel).
    static void discard(const QString &rebuiltPath);

private:
    QString m_cachePath;
};

} // namespace dp
