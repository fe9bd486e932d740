// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings → CRM connection: HubSpot with a private-app token or an OAuth app, or Salesforce with an OAuth
// connected app (through its sign-in address) or an access token for an instance; a connection test, what
// to sync and "sync when Dealpulse starts". An OAuth app signs in through the browser (SignInDialog); pasting
// its refresh token stays possible as an advanced choice. Secrets go only to the SecretStore (the OS keychain
// in the app); everything else to the SettingsStore. One connection is active at a time: the one saved last
// (loadSavedCrmConnection reads it).

#include "settings/CrmConnectionSettings.h"
#include "settings/SavedCrmConnection.h"
#include "sync/CrmSession.h"
#include "sync/SecretStore.h"
#include "sync/http/BrowserSignIn.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dp {

class SettingsStore;
class TaskRunner;

class CrmConnectionsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrmConnectionsPage)

public:
    // A connection test runs on `runner`, which must outlive the page.
    CrmConnectionsPage(sync::SecretStore &secrets, SettingsStore &settings, TaskRunner &runner,
                       QWidget *parent = nullptr);
    ~CrmConnectionsPage() override;

    // Shows the fields of this CRM's connection (as it was saved, or its first kind when none was).
    void chooseCrm(sync::CrmConnection::Source source);

    // How "Sign in with the browser" opens the CRM's page: QDesktopServices::openUrl unless a test says.
    void setBrowserOpener(sync::BrowserSignIn::OpenBrowser openBrowser) {
        m_openBrowser = std::move(openBrowser);
    }

signals:
    void saved();
    void testFinished(bool ok, const QString &message);
    // The browser sign-in ended: ok when the refresh token is in the keychain and the connection saved.
    void signInFinished(bool ok, const QString &message);

private:
    // CrmConnectionsPageSignIn.cpp
    void signIn();
    void keepSignIn(sync::CrmConnection::Source source, const sync::SignInResult &result);

    void testConnection();
    void waitForTest(); // for the running test, if any, storing what it hands over meanwhile
    bool save();        // false when the keychain refused (the status says so)
    void updateFields();
    void loadFields();
    void showStatus(bool ok, const QString &message);
    sync::CrmConnection connectionFromFields();

    sync::SecretStore &m_secrets;
    SettingsStore &m_settings;
    QComboBox *m_kind;
    int m_shownKind = -1;
    QLineEdit *m_baseUrl;
    QLineEdit *m_loginUrl;
    QLineEdit *m_token;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_refreshToken;
    QPushButton *m_signIn;
    QCheckBox *m_pasteRefreshToken; // advanced: a refresh token obtained elsewhere
    sync::BrowserSignIn::OpenBrowser m_openBrowser;
    QList<QCheckBox *> m_objects;
    QCheckBox *m_syncOnStart;
    QFormLayout *m_form;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_status;
    TaskRunner &m_runner;
    // The running test's, served on this thread; its task holds it too, so it goes on this thread once the
    // test's worker is done with it, even after the page.
    std::shared_ptr<sync::RefreshTokenHandoff> m_handoff;
    std::shared_ptr<std::atomic_bool> m_cancelTest; // the running test's
};

} // namespace dp
