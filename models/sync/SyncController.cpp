// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncController.h"

#include "sync/SyncError.h"

#include "store/Database.h"

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
    try {
        OpenResult opened = Database::open(m_cachePath, Database::Mode::CreateIfMissing);
        if (!opened.ok())
            throw SyncError(SyncError::Kind::Store, opened.error);
        CrmSession session(connection, &m_cancel, m_http, m_retry);
        // The old refresh token is dead once the CRM hands out a new one: store the new one now, whichever
        // sync thread got it, not when the sync ends (a cancel, a failure or a closed window would lose it).
        session.keepRotatedTokensWith(*m_handoff);
        const SystemClock clock;
        SyncRun run(*opened.database, clock);
        run.cancel = &m_cancel;
        run.onProgress = [&](const SyncProgress &progress) {
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
            report = runSync(session.connector(), run, options);
        } catch (...) {
            keepSignIn();
            throw;
        }
        keepSignIn();
        ok = true;
        changedDeals = report.dealsRecomputed;
        message = tr("Synced %Ln record(s); %1", nullptr, report.records)
                      .arg(tr("%Ln deal(s) updated.", nullptr, report.dealsRecomputed));
    } catch (const SyncError &error) {
        message = error.kind() == SyncError::Kind::Cancelled ? tr("Sync cancelled. The next sync continues "
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
    m_handoff->finish();
    post([this, ok, message, changedDeals] {
        m_running = false;
        join();
        emit finished(ok, message, changedDeals);
    });
}

} // namespace dp::sync
