// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The desktop's own notifications through QSystemTrayIcon. Qt shows a message only from a visible tray
// icon: without the optional icon, it appears with the notification and goes once the user came back.
// Without a system tray, the window asks for attention in the task bar instead.

#include "sync/AlertNotifier.h"

class QSystemTrayIcon;
class QWidget;

namespace dp {

class TrayNotifier final : public AlertNotifier {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(QWidget *window);

    void notify(const QString &title, const QString &text) override;
    void setTrayIconWanted(bool wanted) override;
    void setAlertCount(int count) override;

private:
    void updateVisible();

    QWidget *m_window;
    QSystemTrayIcon *m_icon;
    bool m_wanted = false;
    bool m_showingMessage = false;
};

} // namespace dp
