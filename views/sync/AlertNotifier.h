// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the window tells the user about new alerts while they look elsewhere: a desktop notification and,
// optionally, a tray icon with the alert count. An interface, so tests put a recorder in its place.

#include <QObject>

namespace dp {

class AlertNotifier : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    explicit AlertNotifier(QObject *parent = nullptr)
        : QObject(parent) {}

    virtual void notify(const QString &title, const QString &text) = 0;
    // The tray icon, shown or not, and the count its tooltip gives.
    virtual void setTrayIconWanted(bool wanted) { Q_UNUSED(wanted) }
    virtual void setAlertCount(int count) { Q_UNUSED(count) }

signals:
    // The user clicked the notification: the Alerts page should come up.
    void notificationClicked();
    // The user clicked the tray icon: the window should come up.
    void windowWanted();
};

} // namespace dp
