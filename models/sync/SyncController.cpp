// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncController.h"

#include "sync/NewAlerts.h"
#include "sync/engine/SyncError.h"
#include "sync/engine/SyncLog.h"

#include "store/Database.h"
#include "store/DealStore.h"
#include "store/MetricsStore.h"

#include <QElapsedTimer>
#include <QLocale>

namespace dp::sync {
SyncController::SyncController(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath)) {}

SyncController::~SyncController() {
    cancel();
    // A sync thread may be handing over a rotated token: store it while waiting, or neither side moves.
    if (m_handoff)
        m_handoff->serveUntilFinished();
    join();
}

void SyncController::join() {
    if (m_worker.joinable())
        m_worker.join();
}

bool SyncController::start(const CrmConnection &connection, const SyncOptions &options) {
    if (m_running)
        return false;
    join();
    m_cancel = false;
    m_running = true;
    emit started();
    m_handoff = std::make_unique<RefreshTokenHandoff>([this](const QByteArray &token, QString *error) {
        if (m_keeper && !m_keeper(token, error))
            return false;
        emit refreshTokenChanged(token);
        return true;
    });
    m_worker = std::thread([this, connection, options] { work(connection, options); });
    return true;
}

void SyncController::cancel() {
    m_cancel = true;
}

void SyncController::work(CrmConnection connection, SyncOptions options) {
    // Everything here runs on the worker; results go back through queued calls to this object's thread.
    auto post = [this](auto function) {
        QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
    };
    bool ok = false;
    QString message;
    int changedDeals = 0;
    SyncSummary summary;
    QElapsedTimer elapsed;
    elapsed.start();
    const SystemClock clock;
    std::unique_ptr<Database> db;
    std::optional<SyncRun> run;
    try {
        OpenResult opened = Database::open(m_cachePath, Database::Mode::CreateIfMissing);
        if (!opened.ok())
            throw SyncError(SyncError::Kind::Store, opened.error);
        db = std::move(opened.database);
        // What already was an alert, so the deals this sync turns dark can be told apart. A first sync
        // brings the whole pipeline in: nothing "went" dark then.
        const bool hadDeals = DealStore(*db).count() > 0;
        const QHash<qint64, HealthBand> alertsBefore = MetricsStore(*db).alertBands();
        CrmSession session(connection, &m_cancel, m_http, m_retry);
        // The old refresh token is dead once the CRM hands out a new one: store the new one now, whichever
        // sync thread got it, not when the sync ends (a cancel, a failure or a closed window would lose it).
        session.keepRotatedTokensWith(*m_handoff);
        run.emplace(*db, clock);
        run->cancel = &m_cancel;
        run->onProgress = [&](const SyncProgress &progress) {
            const QString text = tr("Syncing %1 (%2 of %3): %Ln record(s)", nullptr, progress.records)
                                     .arg(progress.object)
                                     .arg(progress.objectIndex)
                                     .arg(progress.objectCount);
            const int percent =
                progress.objectCount ? (progress.objectIndex - 1) * 100 / progress.objectCount : -1;
            post([this, text, percent] { emit progressed(text, percent); });
        };
        // A moved instance must be kept even when the sync then failed.
        auto keepSignIn = [&] {
            if (!session.instanceUrl().isEmpty() && session.instanceUrl() != connection.baseUrl)
                post([this, url = session.instanceUrl()] { emit instanceUrlChanged(url); });
        };
        SyncReport report;
        try {
            report = runSync(session.connector(), *run, options);
        } catch (...) {
            keepSignIn();
            throw;
        }
        keepSignIn();
        ok = true;
        changedDeals = report.dealsRecomputed;
        if (hadDeals)
            summary.newAlerts = newAlertsSince(*db, alertsBefore, QDate::currentDate());
        message = tr("Synced %Ln record(s); %1", nullptr, report.records)
                      .arg(tr("%Ln deal(s) updated.", nullptr, report.dealsRecomputed));
    } catch (const SyncError &error) {
        summary.cancelled = error.kind() == SyncError::Kind::Cancelled;
        message = summary.cancelled ? tr("Sync cancelled. The next sync continues "
                                         "where this one stopped.")
                                    : error.message();
    } catch (const StoreError &error) {
        message = tr("The cache could not be written: %1").arg(error.message());
    } catch (const std::exception &error) {
        // Out of memory, or a bug: the app must survive it, and the next sync starts from the bookmarks.
        message = tr("The sync stopped on an unexpected error (%1). Try again.")
                      .arg(QString::fromLocal8Bit(error.what()));
    } catch (...) {
        message = tr("The sync stopped on an unexpected error. Try again.");
    }
    summary.ok = ok;
    summary.message = message;
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
    m_handoff->finish();
    post([this, ok, message, changedDeals, summary] {
        m_running = false;
        join();
        emit summarized(summary);
        emit finished(ok, message, changedDeals);
    });
}

} // namespace dp::sync
