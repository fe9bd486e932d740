// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncController.h"

#include "sync/NewAlerts.h"
#include "sync/engine/SyncError.h"
#include "sync/engine/SyncLog.h"

#include "store/Database.h"
#include "store/DealStore.h"
#include "store/MetricsStore.h"

#include "tasks/TaskRunner.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>

namespace dp::sync {

// What a sync came to, handed from the worker to the controller's thread.
struct SyncController::Outcome {
    bool ok = false;
    QString message;
    int changedDeals = 0;
    SyncSummary summary;
    QString instanceUrl; // the instance the sign-in named, when it moved
    QString error;       // set by the runner if the work threw past every handler below
};

// Everything the worker needs, copied: it may still be ending after the controller went.
struct SyncController::Input {
    QString cachePath;
    CrmConnection connection;
    SyncOptions options;
    HttpOptions http;
    RetrySettings retry;
};

SyncController::SyncController(QString cachePath, TaskRunner &runner, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_runner(runner) {}

SyncController::SyncController(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_ownRunner(std::make_unique<TaskRunner>())
    , m_runner(*m_ownRunner) {}

SyncController::~SyncController() {
    if (m_task)
        m_task->cancel();
    // A sync thread may be handing over a rotated token: store it while waiting, or neither side moves.
    // It returns once the sync closed its cache and ended; its result is dropped with this object.
    if (m_handoff)
        m_handoff->serveUntilFinished();
}

bool SyncController::start(const CrmConnection &connection, const SyncOptions &options) {
    if (m_running)
        return false;
    m_running = true;
    emit started();
    // The store runs on this thread only; the worker never touches this object.
    m_handoff = std::make_shared<RefreshTokenHandoff>(
        [keeper = m_keeper, self = QPointer<SyncController>(this)](const QByteArray &token, QString *error) {
            if (keeper && !keeper(token, error))
                return false;
            if (self)
                emit self->refreshTokenChanged(token);
            return true;
        });
    const Input input{m_cachePath, connection, options, m_http, m_retry};
    // No title: the sync status shows the sync; the runner's status bar shows the other long work.
    m_task = m_runner.run<Outcome>(
        this, QString(),
        [input, handoff = m_handoff](TaskControl &control) {
            // Whatever happens, the handoff learns that no token follows, or waits on it would never end.
            const auto finished = qScopeGuard([&handoff] { handoff->finish(); });
            return work(input, *handoff, control);
        },
        [this](Outcome outcome) { end(outcome); }, TaskRunner::Long);
    m_task->setServeWhileWaiting([handoff = m_handoff] { handoff->serveUntilFinished(); });
    connect(m_task, &Task::progressed, this, [this](int done, int total, const QString &text) {
        emit progressed(text, total ? done * 100 / total : -1);
    });
    return true;
}

void SyncController::cancel() {
    if (m_task)
        m_task->cancel();
}

SyncController::Outcome SyncController::work(const Input &input, RefreshTokenHandoff &handoff,
                                             TaskControl &control) {
    Outcome outcome;
    const CrmConnection &connection = input.connection;
    const std::atomic_bool *cancel = &control.cancelFlag();
    int changedDeals = 0;
    SyncSummary &summary = outcome.summary;
    QElapsedTimer elapsed;
    elapsed.start();
    const SystemClock clock;
    std::unique_ptr<Database> db;
    std::optional<SyncRun> run;
    try {
        OpenResult opened = Database::open(input.cachePath, Database::Mode::CreateIfMissing);
        if (!opened.ok())
            throw SyncError(SyncError::Kind::Store, opened.error);
        db = std::move(opened.database);
        // What already was an alert, so the deals this sync turns dark can be told apart. A first sync
        // brings the whole pipeline in: nothing "went" dark then.
        const bool hadDeals = DealStore(*db).count() > 0;
        const QHash<qint64, HealthBand> alertsBefore = MetricsStore(*db).alertBands();
        CrmSession session(connection, cancel, input.http, input.retry);
        // The old refresh token is dead once the CRM hands out a new one: store the new one now, whichever
        // sync thread got it, not when the sync ends (a cancel, a failure or a closed window would lose it).
        session.keepRotatedTokensWith(handoff);
        run.emplace(*db, clock);
        run->cancel = cancel;
        run->onProgress = [&](const SyncProgress &progress) {
            const QString text = tr("Syncing %1 (%2 of %3): %Ln record(s)", nullptr, progress.records)
                                     .arg(progress.object)
                                     .arg(progress.objectIndex)
                                     .arg(progress.objectCount);
            control.progress(progress.objectIndex - 1, progress.objectCount, text);
        };
        // A moved instance must be kept even when the sync then failed.
        auto keepSignIn = [&] {
            if (!session.instanceUrl().isEmpty() && session.instanceUrl() != connection.baseUrl)
                outcome.instanceUrl = session.instanceUrl();
        };
        SyncReport report;
        try {
            report = runSync(session.connector(), *run, input.options);
        } catch (...) {
            keepSignIn();
            throw;
        }
        keepSignIn();
        outcome.ok = true;
        changedDeals = report.dealsRecomputed;
        if (hadDeals)
            summary.newAlerts = newAlertsSince(*db, alertsBefore, QDate::currentDate());
        outcome.message = tr("Synced %Ln record(s); %1", nullptr, report.records)
                              .arg(tr("%Ln deal(s) updated.", nullptr, report.dealsRecomputed));
    } catch (const SyncError &error) {
        summary.cancelled = error.kind() == SyncError::Kind::Cancelled;
        outcome.message = summary.cancelled ? tr("Sync cancelled. The next sync continues "
                                                 "where this one stopped.")
                                            : error.message();
    } catch (const StoreError &error) {
        outcome.message = tr("The cache could not be written: %1").arg(error.message());
    } catch (const std::exception &error) {
        // Out of memory, or a bug: the app must survive it, and the next sync starts from the bookmarks.
        outcome.message = tr("The sync stopped on an unexpected error (%1). Try again.")
                              .arg(QString::fromLocal8Bit(error.what()));
    } catch (...) {
        outcome.message = tr("The sync stopped on an unexpected error. Try again.");
    }
    outcome.changedDeals = changedDeals;
    summary.ok = outcome.ok;
    summary.message = outcome.message;
    summary.finishedAt = clock.now();
    summary.seconds = elapsed.elapsed() / 1000.0;
    summary.dealsRecomputed = changedDeals;
    if (run) {
        // A failed sync's warnings are worth reading too: they may say why it stopped.
        summary.records = run->report.records;
        summary.warningCount = run->report.warnings.count;
        summary.warnings = run->report.warnings.samples;
    }
    run.reset();
    if (db) {
        try {
            LastSyncStore(*db).save(summary);
        } catch (const std::exception &error) {
            // The panel then shows this sync until the window closes; the sync itself is not undone.
            qCWarning(lcSync) << "the last sync's summary was not stored:" << error.what();
        }
    }
    return outcome;
}

void SyncController::end(const Outcome &outcome) {
    m_running = false;
    if (!outcome.instanceUrl.isEmpty())
        emit instanceUrlChanged(outcome.instanceUrl);
    if (!outcome.error.isEmpty()) {
        SyncSummary summary = outcome.summary;
        summary.message = tr("The sync stopped on an unexpected error (%1). Try again.").arg(outcome.error);
        emit summarized(summary);
        emit finished(false, summary.message, 0);
        return;
    }
    emit summarized(outcome.summary);
    emit finished(outcome.ok, outcome.message, outcome.changedDeals);
}

} // namespace dp::sync
