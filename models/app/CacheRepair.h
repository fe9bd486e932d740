// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repairing a damaged cache: a copy of the file as it is (for recovery tools), or a rebuild that keeps what
// people made there and computes the kept deals' figures, then takes the damaged file's place once every
// connection to it is closed and no worker is reading it.

#include "analytics/FigureRefresh.h"
#include "store/CacheRebuild.h"

#include <QString>
#include <functional>
#include <memory>

class QObject;

namespace dp {

class Task;
class TaskRunner;

struct CacheRepairResult {
    RebuildReport report; // rebuiltPath is set when a rebuilt cache waits beside the damaged one
    QString error;        // why there is none (empty when cancelled)
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled && !report.rebuiltPath.isEmpty(); }
};

class CacheRepair final {
public:
    // Reports (done, total) and returns false to stop.
    using Progress = std::function<bool(int done, int total)>;

    // The work, on any thread: writes the rebuilt cache beside `cachePath` and computes its figures; with
    // `swap`, also puts it in place, which needs every connection to the cache closed. A rebuilt file that
    // is not used is removed.
    static CacheRepairResult rebuild(const QString &cachePath, const FigureSettings &figures,
                                     const Clock &clock, bool swap, const Progress &progress);

    // rebuild() without the swap on `runner`, with progress and cancel; `done` runs while `receiver` lives.
    static Task *startRebuild(TaskRunner &runner, QObject *receiver, const QString &title,
                              const QString &cachePath, const FigureSettings &figures,
                              std::shared_ptr<const Clock> clock,
                              std::function<void(CacheRepairResult)> done);

    enum class SwapStatus { Done, WorkersBusy, Failed };
    struct Swap {
        SwapStatus status = SwapStatus::Failed;
        QString error; // Failed: why
    };
    // Puts a rebuilt cache in the damaged one's place. The caller has closed its own connections; the
    // runner's workers, which open connections of their own for a moment, are waited for (up to
    // `waitMsecs`): one still open at the swap would, on closing, checkpoint into the backup and then delete
    // the -wal by its name, the rebuilt cache's. Unless Done, the rebuilt file is removed.
    static Swap swapIn(TaskRunner &runner, RebuildReport &report, const QString &cachePath, int waitMsecs);

    // Removes a rebuilt cache that will not be put in place.
    static void discard(RebuildReport &report);
    // A copy of the cache's files as they are; the copy's path, or empty with *error saying why.
    static QString backUp(const QString &cachePath, QString *error);
};

} // namespace dp
