#include "sync/CrmSession.h"

#include "sync/HubSpotConnector.h"

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
    if (connection.source != CrmConnection::Source::HubSpot)
        throw SyncError(SyncError::Kind::Protocol,
                        QCoreApplication::translate("dp::sync::CrmSession",
                                                    "Salesforce sync is not available in this version."));
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
    m_api->setTokenSource(m_tokens.get());
    m_connector = std::make_unique<HubSpotConnector>(*m_api, settings);
}

CrmSession::~CrmSession() = default;

void CrmSession::testConnection() {
    static_cast<HubSpotConnector &>(*m_connector).testConnection();
}

QByteArray CrmSession::currentRefreshToken() const {
    if (const auto *oauth = dynamic_cast<const OAuthRefresher *>(m_tokens.get()))
        return oauth->refreshToken();
    return m_connection.refreshToken;
}

} // namespace dp::sync
