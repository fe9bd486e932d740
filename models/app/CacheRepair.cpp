// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CacheRepair.h"

#include "store/CacheLocation.h"
#include "store/Database.h"
#include "tasks/FailureText.h"
#include "tasks/TaskRunner.h"

namespace dp {

CacheRepairResult CacheRepair::rebuild(const QString &cachePath, const FigureSettings &figures,
                                       const Clock &clock, bool swap, const Progress &progress) {
    CacheRepairResult result;
    result.report = CacheRebuild(cachePath).build(progress);
    if (!result.report.ok()) {
        result.error = result.report.error;
        result.cancelled = result.report.cancelled;
        return result;
    }
    const auto fail = [&result](const QString &error) {
        CacheRebuild::discard(result.report.rebuiltPath);
        result.report.rebuiltPath.clear();
        if (error.isEmpty()) {
            result.report.cancelled = true;
            result.cancelled = true;
        } else {
            result.report.error = error;
            result.error = error;
        }
        return result;
    };
    {
        // The kept deals get their figures now, so the window shows them as soon as it opens the cache.
        OpenResult opened = Database::open(result.report.rebuiltPath, Database::Mode::ReadWrite);
        if (!opened.ok())
            return fail(opened.error);
        try {
            if (!refreshFigures(*opened.database, clock, figures, progress))
                return fail({});
        } catch (const std::exception &error) {
            return fail(failureText(error));
        }
    } // closed: the rebuilt cache is one file again
    if (swap) {
        const QString error = CacheRebuild::swapIn(result.report, cachePath);
        if (!error.isEmpty())
            return fail(error);
    }
    return result;
}

Task *CacheRepair::startRebuild(TaskRunner &runner, QObject *receiver, const QString &title,
                                const QString &cachePath, const FigureSettings &figures,
                                std::shared_ptr<const Clock> clock,
                                std::function<void(CacheRepairResult)> done) {
    return runner.run<CacheRepairResult>(
        receiver, title,
        [cachePath, figures, clock](TaskControl &control) {
            CacheRepairResult result =
                rebuild(cachePath, figures, *clock, false,
                        [&control](int done, int total) { return control.progress(done, total); });
            // Cancelled after the last step: the rebuilt file is not wanted either.
            if (control.isCancelled() && !result.report.rebuiltPath.isEmpty()) {
                CacheRebuild::discard(result.report.rebuiltPath);
                result.report.rebuiltPath.clear();
                result.cancelled = true;
            }
            return result;
        },
        std::move(done));
}

CacheRepair::Swap CacheRepair::swapIn(TaskRunner &runner, RebuildReport &report, const QString &cachePath,
                                      int waitMsecs) {
    Swap swap;
    if (!runner.waitForIdle(waitMsecs)) {
        CacheRebuild::discard(report.rebuiltPath);
        swap.status = SwapStatus::WorkersBusy;
        return swap;
    }
    swap.error = CacheRebuild::swapIn(report, cachePath);
    if (!swap.error.isEmpty()) {
        CacheRebuild::discard(report.rebuiltPath);
        return swap;
    }
    swap.status = SwapStatus::Done;
    return swap;
}

void CacheRepair::discard(RebuildReport &report) {
    CacheRebuild::discard(report.rebuiltPath);
    report.rebuiltPath.clear();
}

QString CacheRepair::backUp(const QString &cachePath, QString *error) {
    return backUpCacheFiles(cachePath, error);
}

} // namespace dp
