// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sync's place in the status bar: "Sync now" with the saved CRM connection (secrets from the keychain),
// progress while it runs, a Cancel button, and the outcome in one sentence.

#include "analytics/HealthRules.h"
#include "sync/SecretStore.h"

#include <QSettings>
#include <QWidget>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace dp {

namespace sync {
class SyncController;
}

class SyncStatus final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatus)

public:
    // secrets: where the CRM secrets live (the OS keychain in the app, in memory in tests).
    explicit SyncStatus(std::unique_ptr<sync::SecretStore> secrets, QWidget *parent = nullptr);
    ~SyncStatus() override;

    // The cache a sync writes to; a running sync is cancelled first.
    void setCache(const QString &path);
    void setHealth(const HealthSettings &health) { m_health = health; }
    sync::SecretStore &secrets() { return *m_secrets; }
    QSettings &settings() { return m_settings; }
    bool isRunning() const;
    // True when the saved connection asks for a sync when the app starts.
    bool wantsSyncOnStart();

public slots:
    void syncNow();
    void cancel();

signals:
    // No complete connection is saved: the user must set one up (error: why, e.g. the keychain failed).
    void connectionNeeded(const QString &error);
    void finished(bool ok, const QString &message, int changedDeals);

private:
    void showRunning(bool running);

    std::unique_ptr<sync::SecretStore> m_secrets;
    QSettings m_settings;
    HealthSettings m_health;
    QString m_cachePath;
    sync::SyncController *m_controller = nullptr;
    QLabel *m_text;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace dp
