// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sync's place in the status bar: "Sync now" with the saved CRM connection (secrets from the keychain),
// progress while it runs, a Cancel button, and the outcome in one sentence; once a sync ended, a button to
// the "Last sync" panel with its warnings and errors.

#include "analytics/HealthRules.h"
#include "items/AlertNotice.h" // SyncSummary
#include "settings/SettingsStore.h"
#include "sync/SecretStore.h"

#include <QTimeZone>
#include <QWidget>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace dp {
class LastSyncDialog;
class TaskRunner;
} // namespace dp

namespace dp {

namespace sync {
class SyncController;
}

class SyncStatus final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatus)

public:
    // secrets: where the CRM secrets live (the OS keychain in the app, in memory in tests). runner: the
    // window's, which runs each sync and must outlive this widget's syncs (it waits for them when it goes
    // first).
    SyncStatus(std::unique_ptr<sync::SecretStore> secrets, TaskRunner &runner, QWidget *parent = nullptr);
    ~SyncStatus() override;

    // The cache a sync writes to; a running sync is cancelled first.
    void setCache(const QString &path);
    void setHealth(const HealthSettings &health) { m_health = health; }
    sync::SecretStore &secrets() { return *m_secrets; }
    // Another place for the secrets (tests use memory instead of the keychain); not while a sync runs.
    void setSecretStore(std::unique_ptr<sync::SecretStore> secrets);
    SettingsStore &settings() { return m_settings; }
    bool isRunning() const;
    // True when the saved connection asks for a sync when the app starts.
    bool wantsSyncOnStart();
    // The last sync's summary (read from the cache when it opens; each sync's own when it ends).
    void setLastSync(const std::optional<SyncSummary> &summary);
    const std::optional<SyncSummary> &lastSync() const { return m_lastSync; }
    // The zone the Last sync panel gives times in.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // A background sync: like syncNow(), but without a saved connection it does nothing (no question to
    // a user who did not ask). false when it did not start.
    bool syncQuietly();
    // Opens the Last sync panel (not modal); nothing when no sync ended yet.
    LastSyncDialog *openLastSync();

public slots:
    void syncNow();
    void cancel();

signals:
    void started();
    // Before finished(): the sync's whole outcome.
    void summarized(const dp::SyncSummary &summary);
    // No complete connection is saved: the user must set one up (error: why, e.g. the keychain failed).
    void connectionNeeded(const QString &error);
    void finished(bool ok, const QString &message, int changedDeals);

private:
    void showRunning(bool running);
    void updateLastSyncButton();

    std::unique_ptr<sync::SecretStore> m_secrets;
    TaskRunner &m_runner;
    SettingsStore m_settings;
    HealthSettings m_health;
    QString m_cachePath;
    sync::SyncController *m_controller = nullptr;
    QLabel *m_text;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QToolButton *m_lastSyncButton;
    std::optional<SyncSummary> m_lastSync;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace dp
