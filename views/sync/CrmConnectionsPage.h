// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings → CRM connection: HubSpot with a private-app token or an OAuth app, or Salesforce with an OAuth
// connected app (through its sign-in address) or an access token for an instance; a connection test, what
// to sync and "sync when Dealpulse starts". Secrets go only to the SecretStore (the OS keychain in the app);
// everything else to QSettings. One connection is active at a time: the one saved last.

#include "sync/CrmSession.h"
#include "sync/SecretStore.h"

#include <QWidget>
#include <atomic>
#include <thread>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace dp {

struct SavedCrmConnection {
    sync::CrmConnection connection;
    QStringList objects;
    bool syncOnStart = false;
};

// Where the OAuth refresh tokens are kept in the secret store (a sync that rotates one writes it back).
inline const QString kHubSpotRefreshTokenKey = QStringLiteral("hubspot/refresh_token");
inline const QString kSalesforceRefreshTokenKey = QStringLiteral("salesforce/refresh_token");
inline QString refreshTokenKey(sync::CrmConnection::Source source) {
    return source == sync::CrmConnection::Source::Salesforce ? kSalesforceRefreshTokenKey
                                                             : kHubSpotRefreshTokenKey;
}

class CrmConnectionsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrmConnectionsPage)

public:
    CrmConnectionsPage(sync::SecretStore &secrets, QSettings &settings, QWidget *parent = nullptr);
    ~CrmConnectionsPage() override;

    // The saved connection with its secrets, for "Sync now" and sync on start; nothing when none is
    // complete (error says why when the keychain failed).
    static std::optional<SavedCrmConnection> load(sync::SecretStore &secrets, QSettings &settings,
                                                  QString *error = nullptr);
    // Whether a connection was ever saved (settings only, without asking the keychain for its secrets).
    static bool isConfigured(QSettings &settings);
    // Shows the fields of this CRM's connection (as it was saved, or its first kind when none was).
    void chooseCrm(sync::CrmConnection::Source source);

    // A sync learnt where the Salesforce org lives now (every sign-in names it): remember it.
    static void storeInstanceUrl(QSettings &settings, const QString &instanceUrl);

signals:
    void saved();
    void testFinished(bool ok, const QString &message);

private:
    void testConnection();
    void waitForTest(); // for the running test, if any, storing what it hands over meanwhile
    void save();
    void updateFields();
    void loadFields();
    void showStatus(bool ok, const QString &message);
    sync::CrmConnection connectionFromFields();

    sync::SecretStore &m_secrets;
    QSettings &m_settings;
    QComboBox *m_kind;
    int m_shownKind = -1;
    QLineEdit *m_baseUrl;
    QLineEdit *m_loginUrl;
    QLineEdit *m_token;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_refreshToken;
    QList<QCheckBox *> m_objects;
    QCheckBox *m_syncOnStart;
    QFormLayout *m_form;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_status;
    std::thread m_tester;
    std::unique_ptr<sync::RefreshTokenHandoff> m_handoff; // the running test's, served on this thread
    std::atomic_bool m_cancelTest{false};
};

} // namespace dp
