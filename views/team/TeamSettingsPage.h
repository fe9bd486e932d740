// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings → Team: the team server's address, the user's login and password (kept only in the keychain,
// under the key `dealpulse team` reads too), Save, and a Test connection that runs off the GUI thread and
// shows the server's schema version and the user's role, or why it failed.

#include "team/TeamSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dp {

namespace sync {
class SecretStore;
}
class TaskRunner;

class TeamSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamSettingsPage)

public:
    // Test connection runs on the runner, which must outlive the page.
    TeamSettingsPage(sync::SecretStore &secrets, const team::TeamSettings &settings, TaskRunner &runner,
                     QWidget *parent = nullptr);

    team::TeamSettings settingsFromFields() const;
    // Writes the settings, and the password to the keychain when one was typed; false (with the reason
    // shown) when the keychain refused.
    bool save();
    void testConnection();
    // Saves when a field differs from what is stored (OK in the settings dialog).
    void saveIfChanged();

protected:
    // In the settings dialog, OK saves what was changed here too, as on the other pages.
    void showEvent(QShowEvent *event) override;

signals:
    void saved(const dp::team::TeamSettings &settings);
    void testFinished(bool ok, const QString &message);

private:
    QByteArray password() const;
    void showStatus(bool ok, const QString &message);

    sync::SecretStore &m_secrets;
    TaskRunner &m_runner;
    team::TeamSettings m_initial;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_save;
    QPushButton *m_test;
    QLabel *m_status;
};

} // namespace dp
