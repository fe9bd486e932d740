// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/BackgroundSync.h"

#include "AlertsPage.h"
#include "MainWindow.h"
#include "items/AlertNotice.h"
#include "sync/SyncStatus.h"
#include "sync/TrayNotifier.h"

namespace dp {

BackgroundSync::BackgroundSync(MainWindow *window, SyncStatus *status)
    : QObject(window)
    , m_window(window)
    , m_status(status)
    , m_schedule(new sync::SyncSchedule(this)) {
    setObjectName(QStringLiteral("backgroundSync"));
    m_schedule->followSystemNetwork();
    connect(m_schedule, &sync::SyncSchedule::syncDue, this, [this] {
        if (!m_status->syncQuietly())
            m_schedule->syncSkipped();
    });
    // Every sync counts, F5's too: the next one is due an interval after it, and none starts meanwhile.
    connect(m_status, &SyncStatus::started, m_schedule, &sync::SyncSchedule::syncStarted);
    connect(m_status, &SyncStatus::finished, m_schedule, &sync::SyncSchedule::syncFinished);
    connect(m_status, &SyncStatus::summarized, this, [this](const SyncSummary &summary) {
        if (const std::optional<AlertNotice> notice = alertNotice(summary.newAlerts))
            m_notifier->notify(notice->title, notice->text);
    });
    connect(m_window, &MainWindow::contentLoaded, this, &BackgroundSync::contentLoaded);
    connect(m_window->alertsPage(), &AlertsPage::newCountChanged, this,
            [this](int count) { m_notifier->setAlertCount(count); });
    setNotifier(new TrayNotifier(m_window));
}

void BackgroundSync::setNotifier(AlertNotifier *notifier) {
    delete m_notifier;
    m_notifier = notifier;
    m_notifier->setParent(this);
    connect(m_notifier, &AlertNotifier::notificationClicked, this, &BackgroundSync::showAlerts);
    connect(m_notifier, &AlertNotifier::windowWanted, this, &BackgroundSync::raiseWindow);
    m_notifier->setTrayIconWanted(m_trayWanted);
    m_notifier->setAlertCount(m_window->alertsPage()->newCount());
}

void BackgroundSync::apply(const AppSettings &settings) {
    m_schedule->setInterval(std::chrono::minutes(settings.syncIntervalMinutes));
    m_trayWanted = settings.trayIcon;
    m_notifier->setTrayIconWanted(m_trayWanted);
    m_status->setTimeZone(settings.timeZone());
}

void BackgroundSync::contentLoaded() {
    // The cache's own record, unless this window saw a later sync end (its record may not have been
    // written).
    const std::optional<SyncSummary> &stored = m_window->content().lastSync;
    const std::optional<SyncSummary> &shown = m_status->lastSync();
    if (!shown || (stored && stored->finishedAt >= shown->finishedAt))
        m_status->setLastSync(stored);
}

void BackgroundSync::raiseWindow() {
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void BackgroundSync::showAlerts() {
    raiseWindow();
    m_window->showPage(m_window->alertsPage());
}

} // namespace dp
