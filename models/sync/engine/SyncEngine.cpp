// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/SyncEngine.h"

#include "sync/engine/SyncError.h"
#include "sync/engine/SyncLog.h"

#include "domain/CheckedNumber.h"
#include "store/Database.h"
#include "store/MetaStore.h"
#include "store/MetricsStore.h"
#include "store/SyncStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace dp::sync {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::sync", text);
}

qint64 monotonicMs() {
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

void SyncRun::pageWritten(int records) {
    const bool committed = commits.pageWritten(records);
    report.records += records;
    report.pages += 1;
    objectRecords += records;
    if (committed && afterCommit)
        afterCommit();
    if (!onProgress)
        return;
    SyncProgress progress;
    progress.object = object;
    progress.objectIndex = objectIndex;
    progress.objectCount = objectCount;
    progress.records = report.records;
    progress.pages = report.pages;
    const double seconds = std::max<qint64>(1, monotonicMs() - monotonicStartMs) / 1000.0;
    progress.recordsPerSecond = report.records / seconds;
    progress.objectRecords = objectRecords;
    progress.objectTotal = objectTotal;
    // The total is the server's word (it may say 9e18): counted in doubles, so nothing can overflow.
    if (objectTotal && progress.recordsPerSecond > 0)
        progress.etaSeconds = toIntChecked(
            std::max(0.0, double(*objectTotal) - double(objectRecords)) / progress.recordsPerSecond + 0.5);
    onProgress(progress);
}

void SyncRun::commitPages() {
    if (commits.commit() && afterCommit)
        afterCommit();
}

InteractionScore SyncRun::interactionScorer() {
    if (hooks.scorer)
        return hooks.scorer(db);
    return [](const Interaction &) { return std::optional<double>(); };
}

void SyncRun::throwIfCancelled() const {
    if (cancel && cancel->load())
        throw SyncError(SyncError::Kind::Cancelled,
                        QCoreApplication::translate("dp::sync", "The sync was cancelled."));
}

SyncReport runSync(Connector &connector, SyncRun &run, const SyncOptions &options) {
    // The demo pipeline is made anew once its story is old: CRM records synced into it would sit among
    // invented deals, then be thrown away with them.
    if (MetaStore(run.db).isDemo())
        throw SyncError(SyncError::Kind::Store,
                        QCoreApplication::translate("dp::sync",
                                                    "This is the demo pipeline, which is never synced with a "
                                                    "CRM. Start Dealpulse again to open your own cache, then "
                                                    "sync."));
    const QStringList objects = options.objects.isEmpty() ? connector.objects() : options.objects;
    run.hooks = options.hooks;
    run.monotonicStartMs = monotonicMs();
    if (run.startedAt == 0)
        run.startedAt = run.clock.now();
    try {
        for (int i = 0; i < objects.size(); ++i) {
            run.throwIfCancelled();
            run.object = objects[i];
            run.objectIndex = i + 1;
            run.objectCount = int(objects.size());
            run.objectRecords = 0;
            run.objectTotal.reset();
            connector.syncObject(objects[i], run);
            run.commitPages();
        }
        {
            Transaction transaction(run.db);
            MetricsStore(run.db).dropDeletedDeals();
            transaction.commit();
        }
        // What arrived unscored (a changed text clears the score, and a connector may leave scoring to here):
        // score it now, so the figures recomputed below and the early warning see it without waiting for the
        // next start.
        if (options.hooks.scoreUnscored)
            run.report.interactionsScored +=
                options.hooks.scoreUnscored(run.db, [&run] { return !(run.cancel && run.cancel->load()); });
        run.throwIfCancelled();
        const qint64 recomputeStartMs = monotonicMs();
        if (options.hooks.recomputeDirty)
            run.report.dealsRecomputed = options.hooks.recomputeDirty(run.db, run.clock);
        run.report.recomputeSeconds = (monotonicMs() - recomputeStartMs) / 1000.0;
        run.report.pendingLinks = SyncStore(run.db).pendingLinkCount(connector.source());
    } catch (const StoreError &error) {
        run.commits.rollback();
        throw SyncError(SyncError::Kind::Store,
                        tr("The cache could not be written: %1").arg(error.message()));
    } catch (const SyncError &) {
        run.commits.rollback();
        throw;
    } catch (const std::exception &error) {
        // std::bad_alloc from a huge page, or a bug: a sync error like any other, never a terminate.
        run.commits.rollback();
        throw SyncError(SyncError::Kind::Protocol,
                        tr("The sync stopped on an unexpected error (%1). Try again.")
                            .arg(QString::fromLocal8Bit(error.what())));
    } catch (...) {
        run.commits.rollback();
        throw;
    }
    run.report.seconds = (monotonicMs() - run.monotonicStartMs) / 1000.0;
    qCInfo(lcSync) << connector.source() << "sync done:" << run.report.records << "records"
                   << run.report.pages << "pages in" << run.report.seconds << "s";
    return run.report;
}

} // namespace dp::sync
