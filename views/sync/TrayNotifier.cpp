// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/TrayNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace dp {

TrayNotifier::TrayNotifier(QWidget *window)
    : AlertNotifier(window)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(this)) {
    m_icon->setIcon(window->windowIcon().isNull() ? QApplication::windowIcon() : window->windowIcon());
    setAlertCount(0);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        m_showingMessage = false;
        updateVisible();
        emit notificationClicked();
    });
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason != QSystemTrayIcon::Trigger && reason != QSystemTrayIcon::DoubleClick)
            return;
        // Clicked after a notification: what it was about is on the Alerts page.
        const bool afterMessage = m_showingMessage;
        m_showingMessage = false;
        updateVisible();
        if (afterMessage)
            emit notificationClicked();
        else
            emit windowWanted();
    });
}

void TrayNotifier::notify(const QString &title, const QString &text) {
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        QApplication::alert(m_window);
        return;
    }
    m_showingMessage = true;
    updateVisible();
    m_icon->showMessage(title, text, QSystemTrayIcon::Information);
}

void TrayNotifier::setTrayIconWanted(bool wanted) {
    m_wanted = wanted;
    updateVisible();
}

void TrayNotifier::setAlertCount(int count) {
    m_icon->setToolTip(count > 0 ? tr("Dealpulse: %n new alert(s)", nullptr, count)
                                 : tr("Dealpulse: no new alerts"));
}

void TrayNotifier::updateVisible() {
    m_icon->setVisible(QSystemTrayIcon::isSystemTrayAvailable() && (m_wanted || m_showingMessage));
}

} // namespace dp
