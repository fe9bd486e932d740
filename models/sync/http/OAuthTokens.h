// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bearer tokens: a fixed one (HubSpot private app, a Salesforce session id) or OAuth refresh-token grants
// that renew ahead of expiry, once more on a 401, and pass on what the token response carries (a rotated
// refresh token, Salesforce's instance_url).

#include "sync/http/ApiClient.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <mutex>
#include <optional>

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
    // onResponse sees every successful token response (after the refresh token was updated from it), one at
    // a time: it must not block.
    explicit OAuthRefresher(OAuthClient client, std::function<void(const QJsonObject &)> onResponse = {});
    // Called when a token response carried a new refresh token (the old one is dead from then on), with its
    // place in the order they were issued (1, 2, ...), before the thread that renewed goes on with the new
    // access token. Not under the refresh lock, so it may wait (for a keychain): other threads keep their
    // requests and renewals going meanwhile. May throw to stop the sync.
    using OnRotated = std::function<void(const QByteArray &refreshToken, quint64 generation)>;
    void setOnRotated(OnRotated onRotated) { m_onRotated = std::move(onRotated); }
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
    struct Rotation {
        QByteArray refreshToken;
        quint64 generation = 0;
    };
    // Called with m_mutex held: one grant at a time, since each may rotate the refresh token. Returns the
    // rotation the response carried, to announce once the lock is released.
    std::optional<Rotation> renew(ApiClient &client);
    void announce(const std::optional<Rotation> &rotation) const;

    mutable std::mutex m_mutex;
    OAuthClient m_client;
    std::function<void(const QJsonObject &)> m_onResponse;
    OnRotated m_onRotated;
    quint64 m_rotations = 0;
    QByteArray m_access;
    QDeadlineTimer m_renewAt{QDeadlineTimer::Forever};
    int m_refreshes = 0;
};

} // namespace dp::sync
