// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorizationCodes.h"

#include <QCryptographicHash>
#include <QUrl>

namespace dp::test {
namespace {

ServerReply page(int status, const QByteArray &text) {
    ServerReply reply;
    reply.status = status;
    reply.headers.append({QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")});
    reply.body = text;
    return reply;
}

bool isLoopbackRedirect(const QString &uri) {
    const QUrl url(uri);
    return url.isValid() && url.scheme() == u"http" && url.host() == u"127.0.0.1" && url.port() > 0;
}

} // namespace

ServerReply AuthorizationCodes::authorize(const ServerRequest &request, const QByteArray &clientId) {
    const auto value = [&](const char *key) { return request.query.value(QLatin1String(key)); };
    const QString redirectUri = value("redirect_uri");
    // Errors about the client or the redirect are shown to the user, never sent to an unchecked redirect.
    if (clientId.isEmpty() || value("client_id").toUtf8() != clientId)
        return page(400, "invalid_client_id: this app is unknown");
    if (!isLoopbackRedirect(redirectUri))
        return page(400, "redirect_uri_mismatch: only http://127.0.0.1:<port> is registered");
    const QString state = value("state");
    QByteArray location = redirectUri.toUtf8() + (redirectUri.contains(QLatin1Char('?')) ? '&' : '?');
    const auto add = [&](const char *key, const QString &text) {
        location += QByteArray(key) + '=' + QUrl::toPercentEncoding(text) + '&';
    };
    if (value("response_type") != u"code" || value("code_challenge_method") != u"S256" ||
        value("code_challenge").size() != 43) {
        add("error", QStringLiteral("invalid_request"));
        add("error_description", QStringLiteral("PKCE with S256 is required"));
    } else if (m_denied) {
        add("error", QStringLiteral("access_denied"));
        add("error_description", QStringLiteral("end-user denied authorization"));
    } else {
        const QString code =
            QString::fromLatin1(m_codePrefix) + QString::number(++m_serial) + QStringLiteral("/x+==");
        m_pending[code] = Pending{value("client_id"), redirectUri, value("code_challenge").toLatin1()};
        m_lastScopes = value("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        add("code", code);
    }
    if (!state.isEmpty())
        add("state", state);
    location.chop(1);
    ServerReply reply;
    reply.status = 302;
    reply.headers.append({QByteArray("Location"), location});
    reply.headers.append({QByteArray("Content-Type"), QByteArray("text/html")});
    reply.body = "<html><body>Redirecting…</body></html>";
    return reply;
}

QString AuthorizationCodes::redeem(const QUrlQuery &form, const QByteArray &clientId) {
    const auto field = [&](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto found = m_pending.find(field("code"));
    if (found == m_pending.end())
        return QStringLiteral("unknown or spent authorization code");
    const Pending pending = found->second;
    m_pending.erase(found); // a code is good for one try
    if (field("client_id").toUtf8() != clientId || pending.clientId.toUtf8() != clientId)
        return QStringLiteral("client_id does not match the authorization");
    if (field("redirect_uri") != pending.redirectUri)
        return QStringLiteral("redirect_uri does not match the authorization");
    const QByteArray verifier = field("code_verifier").toLatin1();
    const QByteArray challenge =
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (verifier.size() < 43 || verifier.size() > 128 || challenge != pending.challenge)
        return QStringLiteral("invalid code verifier");
    ++m_redeemed;
    return {};
}

} // namespace dp::test
