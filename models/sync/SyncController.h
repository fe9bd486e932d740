#pragma once
// The GUI's handle on a sync: starts one on a worker thread with its own cache connection and its own
// libcurl handle, relays progress, can cancel at any moment, and ends with one actionable sentence.
// Signals are emitted on the controller's thread.

#include "sync/CrmSession.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <atomic>
#include <thread>

namespace dp::sync {

class SyncController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    explicit SyncController(QString cachePath, QObject *parent = nullptr);
    ~SyncController() override; // cancels a running sync and waits for it

    bool isRunning() const { return m_running; }
    // Ignored while a sync runs (returns false).
    bool start(const CrmConnection &connection, const SyncOptions &options = {});
    void cancel();
    // Retry timing for the worker's client (tests shorten it).
    void setRetrySettings(const RetrySettings &settings) { m_retry = settings; }

signals:
    void started();
    // For a status bar: "Syncing deals (4 of 8): 1,200 records", percent of objects done.
    void progressed(const QString &text, int percent);
    // ok: the cache is complete; otherwise message says what to do (reconnect, add scopes, wait, ...).
    // changedDeals: how many deals' figures were recomputed, so views know whether to reload.
    void finished(bool ok, const QString &message, int changedDeals);
    // A rotated OAuth refresh token: store it (keychain) or the next sync cannot sign in.
    void refreshTokenChanged(const QByteArray &refreshToken);
    // The Salesforce instance the sign-in named, when it differs from the one the sync started with: store
    // it, so the next sync (and a fixed token) goes there.
    void instanceUrlChanged(const QString &instanceUrl);

private:
    void work(CrmConnection connection, SyncOptions options);
    void join();

    QString m_cachePath;
    RetrySettings m_retry;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_running{false};
    std::thread m_worker;
};

} // namespace dp::sync
