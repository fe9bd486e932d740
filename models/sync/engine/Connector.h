// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A CRM connector: a list of objects, each synced on its own with its own bookmark.

#include "sync/engine/PageCommits.h"
#include "sync/engine/SyncHooks.h"
#include "sync/engine/SyncProgress.h"

#include "domain/Clock.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace dp::sync {

// Shared by the engine and the connector for one run.
struct SyncRun {
    SyncRun(Database &database, const Clock &runClock)
        : db(database)
        , clock(runClock)
        , commits(database) {}

    Database &db;
    const Clock &clock;
    Millis startedAt = 0; // bookmarks never move past it
    SyncReport report;
    std::function<void(const SyncProgress &)> onProgress;
    const std::atomic_bool *cancel = nullptr;
    // Pages are written in the transaction commits holds open: a connector calls beginPage() before it
    // writes a page and pageWritten() after (together with the page's bookmark).
    PageCommits commits;
    // Called after each commit of pages; tests use it to count writes. May throw to simulate a crash.
    std::function<void()> afterCommit;
    // Scoring and recompute, as runSync() was given them in its options.
    SyncHooks hooks;

    // Progress helpers used by connectors.
    QString object;
    int objectIndex = 0;
    int objectCount = 0;
    qint64 objectRecords = 0;
    std::optional<qint64> objectTotal;
    qint64 monotonicStartMs = 0;

    void beginPage() { commits.beginPage(); }
    // Counts the page for progress and commits when the transaction holds enough records.
    void pageWritten(int records);
    // Commits the pages written so far (the engine does at the end of each object).
    void commitPages();
    void throwIfCancelled() const;
    // A scorer for the interactions of the object starting now (one that scores nothing without a scoring
    // hook), made from the cache as it is now, so the owners and contacts synced earlier in the run count.
    InteractionScore interactionScorer();
};

class Connector {
public:
    virtual ~Connector() = default;
    virtual QString source() const = 0;
    virtual QStringList objects() const = 0;
    virtual void syncObject(const QString &object, SyncRun &run) = 0;
};

} // namespace dp::sync
