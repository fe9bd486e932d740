// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the window does about syncs while the user works elsewhere: syncs every few minutes through the
// status bar's sync (so progress and Cancel are the usual ones), raises one notification when a sync turned
// deals dark or at risk (a click opens the Alerts page), and keeps the optional tray icon's count.

#include "settings/AppSettings.h"
#include "sync/SyncSchedule.h"

#include <QObject>

namespace dp {

class AlertNotifier;
class MainWindow;
class SyncStatus;

class BackgroundSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundSync)

public:
    BackgroundSync(MainWindow *window, SyncStatus *status);

    // The interval, the tray icon and the time zone of the Last sync panel.
    void apply(const AppSettings &settings);
    sync::SyncSchedule *schedule() const { return m_schedule; }
    // Takes the notifier (the desktop's by default; tests give a recorder).
    void setNotifier(AlertNotifier *notifier);
    AlertNotifier *notifier() const { return m_notifier; }

private:
    void raiseWindow();
    void showAlerts();
    void contentLoaded();

    MainWindow *m_window;
    SyncStatus *m_status;
    sync::SyncSchedule *m_schedule;
    AlertNotifier *m_notifier = nullptr;
    bool m_trayWanted = false;
};

} // namespace dp
