// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/http/OAuthTokens.h"

#include "domain/CheckedNumber.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace dp::sync {
namespace {

// Renew this long before the token expires, so a page never starts with a token about to die.
constexpr qint64 kRenewAheadMs = 5 * 60 * 1000;

QByteArray formValue(const QByteArray &value) {
    return QUrl::toPercentEncoding(QString::fromUtf8(value));
}

} // namespace

OAuthRefresher::OAuthRefresher(OAuthClient client, std::function<void(const QJsonObject &)> onResponse)
    : m_client(std::move(client))
    , m_onResponse(std::move(onResponse)) {}

QByteArray OAuthRefresher::token(ApiClient &client) {
    std::optional<Rotation> rotation;
    QByteArray access;
    {
        std::lock_guard lock(m_mutex);
        if (m_access.isEmpty() || m_renewAt.hasExpired())
            rotation = renew(client);
        access = m_access;
    }
    announce(rotation);
    return access;
}

void OAuthRefresher::refresh(ApiClient &client, const QByteArray &rejected) {
    std::optional<Rotation> rotation;
    {
        std::lock_guard lock(m_mutex);
        // Two threads refused the same token: the first one renews it, the second uses the new one.
        if (!m_access.isEmpty() && m_access != rejected)
            return;
        rotation = renew(client);
    }
    announce(rotation);
}

void OAuthRefresher::announce(const std::optional<Rotation> &rotation) const {
    if (rotation && m_onRotated)
        m_onRotated(rotation->refreshToken, rotation->generation);
}

std::optional<OAuthRefresher::Rotation> OAuthRefresher::renew(ApiClient &client) {
    ApiCall call;
    call.method = "POST";
    call.url = m_client.tokenUrl;
    call.contentType = "application/x-www-form-urlencoded";
    call.authorize = false;
    call.body = "grant_type=refresh_token&client_id=" + formValue(m_client.clientId) +
                "&client_secret=" + formValue(m_client.clientSecret) +
                "&refresh_token=" + formValue(m_client.refreshToken);
    const QJsonObject response = client.call(call).object();
    const QByteArray access = response.value(QStringLiteral("access_token")).toString().toUtf8();
    if (access.isEmpty())
        throw SyncError(SyncError::Kind::Credentials,
                        QCoreApplication::translate("dp::sync::OAuthRefresher",
                                                    "The sign-in service returned no access token. "
                                                    "Reconnect the account in Settings."));
    m_access = access;
    ++m_refreshes;
    // Rotation: the old refresh token stops working once a new one is issued.
    std::optional<Rotation> rotation;
    const QByteArray rotated = response.value(QStringLiteral("refresh_token")).toString().toUtf8();
    if (!rotated.isEmpty() && rotated != m_client.refreshToken) {
        m_client.refreshToken = rotated;
        rotation = Rotation{rotated, ++m_rotations};
    }
    // Salesforce sends no expires_in: keep the token until a 401 says otherwise. So does a lifetime too
    // large to count in milliseconds (1e300): the 401 still tells when it ends.
    const qint64 expiresInMs =
        toInt64Checked(response.value(QStringLiteral("expires_in")).toDouble(0) * 1000).value_or(0);
    m_renewAt = expiresInMs > 0 ? QDeadlineTimer(std::max<qint64>(0, expiresInMs - kRenewAheadMs))
                                : QDeadlineTimer(QDeadlineTimer::Forever);
    if (m_onResponse)
        m_onResponse(response);
    return rotation;
}

} // namespace dp::sync
