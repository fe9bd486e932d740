#pragma once
// A CRM connector: a list of objects, each synced on its own with its own bookmark.

#include "sync/SyncProgress.h"

#include "domain/Clock.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace dp {
class Database;
}

namespace dp::sync {

// Shared by the engine and the connector for one run.
struct SyncRun {
    SyncRun(Database &database, const Clock &runClock)
        : db(database)
        , clock(runClock) {}

    Database &db;
    const Clock &clock;
    Millis startedAt = 0; // bookmarks never move past it
    SyncReport report;
    std::function<void(const SyncProgress &)> onProgress;
    const std::atomic_bool *cancel = nullptr;
    // Called after each page commits; tests use it to count writes. May throw to simulate a crash.
    std::function<void()> afterCommit;

    // Progress helpers used by connectors.
    QString object;
    int objectIndex = 0;
    int objectCount = 0;
    qint64 objectRecords = 0;
    std::optional<qint64> objectTotal;
    qint64 monotonicStartMs = 0;

    void pageWritten(int records);
    void throwIfCancelled() const;
};

class Connector {
public:
    virtual ~Connector() = default;
    virtual QString source() const = 0;
    virtual QStringList objects() const = 0;
    virtual void syncObject(const QString &object, SyncRun &run) = 0;
};

} // namespace dp::sync
