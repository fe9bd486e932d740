// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything one sync needs to talk to a CRM, built from a connection description: its own libcurl handle,
// the retrying API client, the credentials and the connector. The CLI and SyncController both build one,
// on the thread that will use it.

#include "sync/engine/Connector.h"
#include "sync/http/ApiClient.h"
#include "sync/http/HttpClient.h"
#include "sync/http/OAuthTokens.h"
#include "sync/http/RefreshTokenHandoff.h"

#include <memory>

namespace dp::sync {

struct CrmConnection {
    enum class Source { HubSpot, Salesforce };
    Source source = Source::HubSpot;
    QString baseUrl;        // HubSpot API base, or Salesforce instance URL; empty: the real service
    QByteArray accessToken; // private-app token or a session id; empty: use OAuth below
    QByteArray clientId;
    QByteArray clientSecret;
    QByteArray refreshToken;
    QString loginUrl; // OAuth token host (HubSpot: the API base; Salesforce: login.salesforce.com, or
                      // test.salesforce.com for sandboxes)

    bool usesOAuth() const { return accessToken.isEmpty(); }
    bool hasCredentials() const {
        return !accessToken.isEmpty() ||
               (!clientId.isEmpty() && !clientSecret.isEmpty() && !refreshToken.isEmpty());
    }
};

QString sourceKey(CrmConnection::Source source); // "hubspot", "salesforce"

class CrmSession final {
public:
    CrmSession(const CrmConnection &connection, const std::atomic_bool *cancel, HttpOptions http = {},
               RetrySettings retry = {});
    ~CrmSession();

    Connector &connector() { return *m_connector; }
    ApiClient &api() { return *m_api; }
    // One cheap authenticated read; throws SyncError.
    void testConnection();
    // The refresh token now valid (it changes when the service rotates it): save it back to the keychain.
    QByteArray currentRefreshToken() const;
    // Called as soon as a token response rotates the refresh token (the old one is then invalid), on the
    // thread that renewed, before it goes on: the caller keeps the token even if the sync fails or is killed
    // afterwards. See OAuthRefresher::setOnRotated.
    void setOnRefreshTokenRotated(OAuthRefresher::OnRotated callback);
    // The usual keeper: each rotated token goes through the handoff to the thread that owns the keychain,
    // and a refusal stops the sync with a Credentials error.
    void keepRotatedTokensWith(RefreshTokenHandoff &handoff);
    // Salesforce names its instance in every token response.
    QString instanceUrl() const { return m_instanceUrl; }

private:
    void makeHubSpot(const RetrySettings &retry);
    void makeSalesforce(const RetrySettings &retry);

    CrmConnection m_connection;
    QString m_instanceUrl;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<TokenSource> m_tokens;
    std::unique_ptr<Connector> m_connector;
};

} // namespace dp::sync
