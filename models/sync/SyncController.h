// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GUI's handle on a sync: runs one as a long task of the window's runner, with its own cache connection
// and its own libcurl handle, relays progress, can cancel at any moment, and ends with one actionable
// sentence. Signals are emitted on the controller's thread.

#include "sync/CrmSession.h"
#include "sync/engine/SyncEngine.h"

#include "store/LastSyncStore.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace dp {
class Task;
class TaskControl;
class TaskRunner;
} // namespace dp

namespace dp::sync {

class SyncController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    // The runner must outlive the controller's syncs; it serves a running sync's token handoff when it goes
    // first.
    SyncController(QString cachePath, TaskRunner &runner, QObject *parent = nullptr);
    // With a runner of its own, for callers that have none to share (the tests).
    explicit SyncController(QString cachePath, QObject *parent = nullptr);
    ~SyncController() override; // cancels a running sync and waits for it

    bool isRunning() const { return m_running; }
    // Ignored while a sync runs (returns false). The options carry the hooks that score what arrives and
    // recompute the figures (app::analyticsSyncHooks()); without them the sync only writes what the CRM sent.
    bool start(const CrmConnection &connection, const SyncOptions &options = {});
    void cancel();
    // Retry timing for the worker's client (tests shorten it).
    void setRetrySettings(const RetrySettings &settings) { m_retry = settings; }
    // Limits of the worker's client (tests make them small).
    void setHttpOptions(const HttpOptions &options) { m_http = options; }
    // Stores a rotated refresh token (in the keychain), on the controller's thread: the sync's threads hand
    // it over there (RefreshTokenHandoff) the moment the CRM rotates it, because the old one is dead from
    // then on. The token is kept even if the sync then fails, is cancelled or the window closes (the
    // destructor serves it while it waits). false (with error) stops the sync with that error. Takes effect
    // from the next start().
    using RefreshTokenKeeper = RefreshTokenHandoff::Store;
    void setRefreshTokenKeeper(RefreshTokenKeeper keeper) { m_keeper = std::move(keeper); }

signals:
    void started();
    // For a status bar: "Syncing deals (4 of 8): 1,200 records", percent of objects done.
    void progressed(const QString &text, int percent);
    // ok: the cache is complete; otherwise message says what to do (reconnect, add scopes, wait, ...).
    // changedDeals: how many deals' figures were recomputed, so views know whether to reload.
    void finished(bool ok, const QString &message, int changedDeals);
    // Just before finished(): the whole outcome (warnings, deals newly dark or at risk), as also stored in
    // the cache for the "Last sync" panel.
    void summarized(const dp::SyncSummary &summary);
    // A rotated OAuth refresh token, after the keeper stored it (for views that show it; nothing needs to
    // store it again).
    void refreshTokenChanged(const QByteArray &refreshToken);
    // The Salesforce instance the sign-in named, when it differs from the one the sync started with: store
    // it, so the next sync (and a fixed token) goes there.
    void instanceUrlChanged(const QString &instanceUrl);

private:
    struct Input;
    struct Outcome;
    // On the worker: the sync itself, then its summary stored in the cache.
    static Outcome work(const Input &input, RefreshTokenHandoff &handoff, TaskControl &control);
    void end(const Outcome &outcome);

    QString m_cachePath;
    std::unique_ptr<TaskRunner> m_ownRunner;
    TaskRunner &m_runner;
    RetrySettings m_retry;
    HttpOptions m_http;
    RefreshTokenKeeper m_keeper;
    // The running sync's, served on this thread; shared with the worker, which may end after this object.
    std::shared_ptr<RefreshTokenHandoff> m_handoff;
    QPointer<Task> m_task;
    bool m_running = false;
};

} // namespace dp::sync
