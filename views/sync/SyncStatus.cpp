// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncStatus.h"

#include "settings/SavedCrmConnection.h"
#include "sync/LastSyncDialog.h"
#include "sync/SyncController.h"

#include "app/SyncHooks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace dp {
SyncStatus::SyncStatus(std::unique_ptr<sync::SecretStore> secrets, TaskRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_secrets(std::move(secrets))
    , m_runner(runner)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_lastSyncButton(new QToolButton(this)) {
    setObjectName(QStringLiteral("syncStatus"));
    m_text->setObjectName(QStringLiteral("syncProgressText"));
    m_text->setTextFormat(Qt::PlainText); // progress quotes the CRM's errors and record names
    m_bar->setObjectName(QStringLiteral("syncProgress"));
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setRange(0, 100);
    m_bar->setMaximumWidth(160);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setText(tr("Cancel sync"));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatus::cancel);
    m_lastSyncButton->setObjectName(QStringLiteral("lastSyncButton"));
    m_lastSyncButton->setAutoRaise(true);
    m_lastSyncButton->setAccessibleName(tr("Last sync"));
    m_lastSyncButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_lastSyncButton->setToolTip(tr("When the last sync ended, what it wrote, its warnings and errors"));
    connect(m_lastSyncButton, &QToolButton::clicked, this, &SyncStatus::openLastSync);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_lastSyncButton);
    showRunning(false);
}

SyncStatus::~SyncStatus() {
    // Before m_secrets goes: a running sync may still be storing a rotated refresh token through it, and
    // deleting the controller waits for that (the window closed mid-sync must not lose the token).
    delete m_controller;
}

void SyncStatus::setCache(const QString &path) {
    if (path == m_cachePath && m_controller)
        return;
    delete m_controller; // cancels and waits for a running sync
    if (path != m_cachePath)
        m_lastSync.reset(); // another cache's: the new one's comes with its content
    m_cachePath = path;
    m_controller = new sync::SyncController(path, m_runner, this);
    connect(m_controller, &sync::SyncController::progressed, this, [this](const QString &text, int percent) {
        m_text->setText(text);
        m_bar->setValue(percent);
    });
    connect(m_controller, &sync::SyncController::instanceUrlChanged, this,
            [this](const QString &url) { m_settings.setSalesforceInstanceUrl(url); });
    connect(m_controller, &sync::SyncController::started, this, &SyncStatus::started);
    connect(m_controller, &sync::SyncController::summarized, this, [this](const SyncSummary &summary) {
        m_lastSync = summary;
        emit summarized(summary);
    });
    connect(m_controller, &sync::SyncController::finished, this,
            [this](bool ok, const QString &message, int changedDeals) {
                showRunning(false);
                emit finished(ok, message, changedDeals);
            });
    showRunning(false);
}

bool SyncStatus::isRunning() const {
    return m_controller && m_controller->isRunning();
}

bool SyncStatus::wantsSyncOnStart() {
    const std::optional<SavedCrmConnection> saved = loadSavedCrmConnection(m_settings, *m_secrets);
    return saved && saved->syncOnStart;
}

void SyncStatus::setSecretStore(std::unique_ptr<sync::SecretStore> secrets) {
    if (!isRunning())
        m_secrets = std::move(secrets);
}

void SyncStatus::setLastSync(const std::optional<SyncSummary> &summary) {
    m_lastSync = summary;
    updateLastSyncButton();
}

bool SyncStatus::syncQuietly() {
    if (!m_controller || isRunning())
        return false;
    QString error;
    if (!loadSavedCrmConnection(m_settings, *m_secrets, &error))
        return false;
    syncNow();
    return isRunning();
}

LastSyncDialog *SyncStatus::openLastSync() {
    if (!m_lastSync)
        return nullptr;
    auto *dialog = new LastSyncDialog(*m_lastSync, m_zone, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void SyncStatus::updateLastSyncButton() {
    if (!m_lastSync) {
        m_lastSyncButton->hide();
        return;
    }
    const bool troubled = !m_lastSync->ok || m_lastSync->warningCount > 0;
    m_lastSyncButton->setIcon(troubled ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    if (m_lastSync->cancelled)
        m_lastSyncButton->setText(tr("Last sync cancelled"));
    else if (!m_lastSync->ok)
        m_lastSyncButton->setText(tr("Last sync failed"));
    else if (m_lastSync->warningCount > 0)
        m_lastSyncButton->setText(tr("Last sync: %n warning(s)", nullptr, m_lastSync->warningCount));
    else
        m_lastSyncButton->setText(tr("Last sync"));
    m_lastSyncButton->setAccessibleName(m_lastSyncButton->text());
    m_lastSyncButton->setVisible(!m_cancel->isVisibleTo(this)); // hidden while a sync runs
}

void SyncStatus::syncNow() {
    if (!m_controller || isRunning())
        return;
    QString error;
    const std::optional<SavedCrmConnection> saved = loadSavedCrmConnection(m_settings, *m_secrets, &error);
    if (!saved) {
        emit connectionNeeded(error);
        return;
    }
    // The sync's own thread stores a rotated refresh token at once; a keychain failure ends the sync with
    // that error, which finished() shows.
    m_controller->setRefreshTokenKeeper(
        [secrets = m_secrets.get(), key = refreshTokenKey(saved->connection.source)](
            const QByteArray &token, QString *error) { return secrets->write(key, token, error); });
    m_text->setText(tr("Starting the sync…"));
    m_bar->setValue(0);
    showRunning(true);
    if (!m_controller->start(saved->connection,
                             sync::SyncOptions{saved->objects, app::analyticsSyncHooks(m_health)}))
        showRunning(false);
}

void SyncStatus::cancel() {
    if (m_controller)
        m_controller->cancel();
}

void SyncStatus::showRunning(bool running) {
    m_text->setVisible(running);
    m_bar->setVisible(running);
    m_cancel->setVisible(running);
    updateLastSyncButton();
}

} // namespace dp
