// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CrmSession.h"

#include "sync/engine/SyncError.h"
#include "sync/hubspot/HubSpotConnector.h"
#include "sync/salesforce/SalesforceConnector.h"

#include <QCoreApplication>

namespace dp::sync {

QString sourceKey(CrmConnection::Source source) {
    return source == CrmConnection::Source::HubSpot ? QStringLiteral("hubspot")
                                                    : QStringLiteral("salesforce");
}

CrmSession::CrmSession(const CrmConnection &connection, const std::atomic_bool *cancel, HttpOptions http,
                       RetrySettings retry)
    : m_connection(connection)
    , m_http(std::make_unique<HttpClient>(http, cancel)) {
    if (connection.source == CrmConnection::Source::Salesforce)
        makeSalesforce(retry);
    else
        makeHubSpot(retry);
    m_api->setTokenSource(m_tokens.get());
}

void CrmSession::makeHubSpot(const RetrySettings &retry) {
    const CrmConnection &connection = m_connection;
    HubSpotSettings settings;
    if (!connection.baseUrl.isEmpty())
        settings.baseUrl = connection.baseUrl;
    m_api = std::make_unique<ApiClient>(*m_http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), retry);
    if (connection.usesOAuth()) {
        QString tokenHost = connection.loginUrl.isEmpty() ? settings.baseUrl : connection.loginUrl;
        while (tokenHost.endsWith(QLatin1Char('/')))
            tokenHost.chop(1);
        m_tokens = std::make_unique<OAuthRefresher>(OAuthClient{tokenHost + QStringLiteral("/oauth/v1/token"),
                                                                connection.clientId, connection.clientSecret,
                                                                connection.refreshToken});
    } else {
        m_tokens = std::make_unique<FixedToken>(connection.accessToken);
    }
    m_connector = std::make_unique<HubSpotConnector>(*m_api, settings);
}

void CrmSession::makeSalesforce(const RetrySettings &retry) {
    const CrmConnection &connection = m_connection;
    SalesforceSettings settings;
    settings.instanceUrl = connection.baseUrl;
    m_instanceUrl = connection.baseUrl;
    m_api = std::make_unique<ApiClient>(*m_http, QStringLiteral("Salesforce"), salesforceErrorInterpreter(),
                                        retry);
    auto connector = std::make_unique<SalesforceConnector>(*m_api, settings);
    SalesforceConnector *salesforce = connector.get();
    m_connector = std::move(connector);
    if (connection.usesOAuth()) {
        QString loginUrl = connection.loginUrl.isEmpty() ? kSalesforceDefaultLoginUrl : connection.loginUrl;
        while (loginUrl.endsWith(QLatin1Char('/')))
            loginUrl.chop(1);
        // Every token response names the instance (it can move): requests follow it, and the caller
        // stores it again.
        m_tokens = std::make_unique<OAuthRefresher>(
            OAuthClient{loginUrl + QStringLiteral("/services/oauth2/token"), connection.clientId,
                        connection.clientSecret, connection.refreshToken},
            [this, salesforce](const QJsonObject &response) {
                const QString instance = response.value(QStringLiteral("instance_url")).toString();
                if (instance.isEmpty())
                    return;
                salesforce->setInstanceUrl(instance);
                m_instanceUrl = salesforce->instanceUrl();
            });
    } else {
        m_tokens = std::make_unique<FixedToken>(connection.accessToken);
    }
}

CrmSession::~CrmSession() = default;

void CrmSession::testConnection() {
    if (auto *salesforce = dynamic_cast<SalesforceConnector *>(m_connector.get()))
        salesforce->testConnection();
    else
        static_cast<HubSpotConnector &>(*m_connector).testConnection();
}

void CrmSession::setOnRefreshTokenRotated(OAuthRefresher::OnRotated callback) {
    if (auto *oauth = dynamic_cast<OAuthRefresher *>(m_tokens.get()))
        oauth->setOnRotated(std::move(callback));
}

void CrmSession::keepRotatedTokensWith(RefreshTokenHandoff &handoff) {
    setOnRefreshTokenRotated([&handoff](const QByteArray &token, quint64 generation) {
        QString error;
        if (!handoff.keep(token, generation, &error))
            throw SyncError(SyncError::Kind::Credentials,
                            QCoreApplication::translate(
                                "dp::sync::CrmSession",
                                "The CRM replaced the sign-in token, but the keychain would not store the "
                                "new one (%1). Fix the keychain, then reconnect the account in Settings.")
                                .arg(error));
    });
}

QByteArray CrmSession::currentRefreshToken() const {
    if (const auto *oauth = dynamic_cast<const OAuthRefresher *>(m_tokens.get()))
        return oauth->refreshToken();
    return m_connection.refreshToken;
}

} // namespace dp::sync
