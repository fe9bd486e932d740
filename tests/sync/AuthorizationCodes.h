// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The authorisation side of an OAuth 2 test server (RFC 6749 §4.1 with PKCE, RFC 7636): the authorise
// request answers as a browser session that has signed in and allowed access (302 to the redirect_uri with
// code and state, or error=access_denied when the test says the user refused), and the code is redeemed
// once, by the same client, for the same redirect_uri, with the verifier whose S256 matches the challenge.
// Not thread safe: the servers call it under their own locks.

#include "LoopbackServer.h"

#include <QUrlQuery>
#include <map>

namespace dp::test {

class AuthorizationCodes final {
public:
    // codePrefix: what the server's codes look like (they are opaque; Salesforce's end in "==").
    explicit AuthorizationCodes(QByteArray codePrefix)
        : m_codePrefix(std::move(codePrefix)) {}

    void setDenied(bool denied) { m_denied = denied; }
    // GET …/authorize: the client must be the server's one.
    ServerReply authorize(const ServerRequest &request, const QByteArray &clientId);
    // grant_type=authorization_code: empty when the code, client, redirect and verifier are right (the code
    // is spent either way), otherwise why not.
    QString redeem(const QUrlQuery &form, const QByteArray &clientId);

    int issued() const { return m_serial; }
    int redeemed() const { return m_redeemed; }
    QStringList lastScopes() const { return m_lastScopes; }

private:
    struct Pending {
        QString clientId;
        QString redirectUri;
        QByteArray challenge;
    };
    QByteArray m_codePrefix;
    bool m_denied = false;
    int m_serial = 0;
    int m_redeemed = 0;
    QStringList m_lastScopes;
    std::map<QString, Pending> m_pending;
};

} // namespace dp::test
