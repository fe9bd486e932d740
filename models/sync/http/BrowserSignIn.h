// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Signing in to HubSpot or Salesforce through the system browser (OAuth 2 authorisation code grant, RFC 6749,
// with PKCE, RFC 7636, and a loopback redirect, RFC 8252). Qt's QOAuth2AuthorizationCodeFlow builds the
// authorisation request (client id, scopes, state, redirect to a QOAuthHttpServerReplyHandler on 127.0.0.1);
// the answer that comes back and the code exchange are checked here, because Qt 6.4 drops a wrong state, a
// refused exchange or a garbled token response with no more than a log line, and a dialog waiting on those
// would wait forever. No widget: the dialog in views/sync only shows what this reports.

#include "sync/CrmSession.h"
#include "sync/http/Pkce.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace dp::sync {

struct SignInEndpoints {
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QStringList scopes;         // all must be granted
    QStringList optionalScopes; // HubSpot grants these when the app has them (transcripts)
};

// Where a connection signs in. HubSpot: app.hubspot.com for the authorisation and the API host for the
// token, or both on the connection's own API address when it has one (a proxy, the test servers).
// Salesforce: the connection's sign-in address (login.salesforce.com by default, test.salesforce.com for
// sandboxes).
SignInEndpoints signInEndpoints(const CrmConnection &connection);

struct SignInResult {
    QByteArray refreshToken;
    QByteArray accessToken;
    QString instanceUrl; // Salesforce: where the org's API lives
};

class BrowserSignIn final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignIn)

public:
    // Opens the authorisation page; false when no browser could be started. The product passes
    // QDesktopServices::openUrl, tests a client that follows the redirect.
    using OpenBrowser = std::function<bool(const QUrl &)>;

    BrowserSignIn(CrmConnection connection, OpenBrowser openBrowser, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // How long to wait for the browser and the token exchange together before giving up.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    const SignInEndpoints &endpoints() const { return m_endpoints; }

    // Starts listening on the loopback redirect and opens the browser. Reports through succeeded or failed,
    // exactly once.
    void start();
    // Opens the same authorisation page again (the user closed the tab).
    bool openBrowserAgain();
    // Stops waiting: reports failed with the user's cancellation unless already finished.
    void cancel();

    // The request sent to the browser (empty before start): for tests and for "copy the address".
    QUrl authorizationRequest() const { return m_authorizationRequest; }
    bool isFinished() const { return m_finished; }
    // The loopback redirect is open only while waiting for the browser.
    bool isListening() const;

signals:
    void succeeded(const dp::sync::SignInResult &result);
    void failed(const QString &message);

private:
    void handleRedirect(const QVariantMap &values);
    void exchange(const QString &code);
    void exchangeFinished(QNetworkReply *reply);
    void fail(const QString &message);
    void succeed(const SignInResult &result);
    void closeRedirect();
    QString crmName() const;

    CrmConnection m_connection;
    OpenBrowser m_openBrowser;
    SignInEndpoints m_endpoints;
    PkcePair m_pkce;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    QNetworkAccessManager *m_network;
    QOAuthHttpServerReplyHandler *m_redirect = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QPointer<QNetworkReply> m_exchange;
    QTimer m_deadline;
    QUrl m_authorizationRequest;
    QString m_redirectUri;
    bool m_redirected = false;
    bool m_finished = false;
};

} // namespace dp::sync
