#pragma once
// Bearer tokens: a fixed one (HubSpot private app, a Salesforce session id) or OAuth refresh-token grants
// that renew ahead of expiry, once more on a 401, and pass on what the token response carries (a rotated
// refresh token, Salesforce's instance_url).

#include "sync/ApiClient.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <mutex>

namespace dp::sync {

class FixedToken final : public TokenSource {
public:
    explicit FixedToken(QByteArray token)
        : m_token(std::move(token)) {}
    QByteArray token(ApiClient &) override { return m_token; }
    void refresh(ApiClient &, const QByteArray &) override {}
    bool canRefresh() const override { return false; }

private:
    QByteArray m_token;
};

struct OAuthClient {
    QString tokenUrl; // e.g. https://api.hubapi.com/oauth/v1/token
    QByteArray clientId;
    QByteArray clientSecret;
    QByteArray refreshToken;
};

class OAuthRefresher final : public TokenSource {
public:
    // onResponse sees every successful token response (after the refresh token was updated from it).
    explicit OAuthRefresher(OAuthClient client, std::function<void(const QJsonObject &)> onResponse = {});
    QByteArray token(ApiClient &client) override;
    void refresh(ApiClient &client, const QByteArray &rejected) override;
    bool canRefresh() const override { return true; }

    QByteArray refreshToken() const {
        std::lock_guard lock(m_mutex);
        return m_client.refreshToken;
    }
    int refreshes() const {
        std::lock_guard lock(m_mutex);
        return m_refreshes;
    }

private:
    // Called with m_mutex held: one grant at a time, since each may rotate the refresh token. Recursive:
    // onResponse, called in order under it, may ask for the refresh token.
    void renew(ApiClient &client);

    mutable std::recursive_mutex m_mutex;
    OAuthClient m_client;
    std::function<void(const QJsonObject &)> m_onResponse;
    QByteArray m_access;
    QDeadlineTimer m_renewAt{QDeadlineTimer::Forever};
    int m_refreshes = 0;
};

} // namespace dp::sync
