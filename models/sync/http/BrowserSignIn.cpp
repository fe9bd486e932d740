// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/http/BrowserSignIn.h"

#include "sync/http/HttpClient.h"
#include "sync/hubspot/HubSpotConnector.h"
#include "sync/salesforce/SalesforceConnector.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace dp::sync {
namespace {

using Source = CrmConnection::Source;

// A token response is a few hundred bytes; anything this large is not one.
constexpr qint64 kMaxTokenResponse = 256 * 1024;
// Refresh tokens are short opaque strings; a longer one (or one with spaces or control characters) is junk
// that must not reach the keychain.
constexpr qsizetype kMaxTokenLength = 4096;

const QString kHubSpotAuthorizeUrl = QStringLiteral("https://app.hubspot.com/oauth/authorize");

QString withoutTrailingSlashes(QString url) {
    url = url.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

bool isPlainToken(const QByteArray &token) {
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return false;
    return std::all_of(token.begin(), token.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

QByteArray formValue(const QString &value) {
    return QUrl::toPercentEncoding(value);
}

// What a server says in its own words, kept short and printable: it is shown in a label.
QString sanitized(QString text) {
    text = text.simplified();
    text.removeIf([](QChar c) { return !c.isPrint(); });
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

// The reason in an OAuth error body: RFC 6749's error/error_description, or HubSpot's message.
QString errorReason(const QByteArray &body) {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char *key : {"error_description", "message", "error"}) {
        const QString value = object.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return sanitized(value);
    }
    return {};
}

QString randomState() {
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

SignInEndpoints signInEndpoints(const CrmConnection &connection) {
    SignInEndpoints endpoints;
    if (connection.source == Source::Salesforce) {
        const QString login = withoutTrailingSlashes(connection.loginUrl).isEmpty()
                                  ? kSalesforceDefaultLoginUrl
                                  : withoutTrailingSlashes(connection.loginUrl);
        endpoints.authorizeUrl = QUrl(login + QStringLiteral("/services/oauth2/authorize"));
        endpoints.tokenUrl = QUrl(login + QStringLiteral("/services/oauth2/token"));
        endpoints.scopes = {QStringLiteral("api"), QStringLiteral("refresh_token")};
        return endpoints;
    }
    // The same host rule as CrmSession's token refresh, so sign-in and sync talk to the same service.
    QString own = withoutTrailingSlashes(connection.loginUrl);
    if (own.isEmpty())
        own = withoutTrailingSlashes(connection.baseUrl);
    if (own.isEmpty() || own == kHubSpotDefaultBaseUrl) {
        endpoints.authorizeUrl = QUrl(kHubSpotAuthorizeUrl);
        endpoints.tokenUrl = QUrl(kHubSpotDefaultBaseUrl + QStringLiteral("/oauth/v1/token"));
    } else {
        endpoints.authorizeUrl = QUrl(own + QStringLiteral("/oauth/authorize"));
        endpoints.tokenUrl = QUrl(own + QStringLiteral("/oauth/v1/token"));
    }
    // What the sync reads: deals and their pipelines, contacts (HubSpot files calls, meetings and notes
    // under the contacts scope), companies, emails and owners. Call transcripts are extra: the sync goes on
    // without them, so an app that lacks that scope can still connect.
    endpoints.scopes = {QStringLiteral("crm.objects.deals.read"), QStringLiteral("crm.objects.contacts.read"),
                        QStringLiteral("crm.objects.companies.read"), QStringLiteral("sales-email-read"),
                        QStringLiteral("crm.objects.owners.read")};
    endpoints.optionalScopes = {QStringLiteral("crm.extensions_calling_transcripts.read")};
    return endpoints;
}

BrowserSignIn::BrowserSignIn(CrmConnection connection, OpenBrowser openBrowser, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_openBrowser(std::move(openBrowser))
    , m_endpoints(signInEndpoints(m_connection))
    , m_network(new QNetworkAccessManager(this)) {
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const int minutes = int(std::max<qint64>(1, (m_timeout.count() + 59999) / 60000));
        fail(tr("No answer came from %1 within %n minute(s). Sign in again when you are ready.", "", minutes)
                 .arg(crmName()));
    });
}

BrowserSignIn::~BrowserSignIn() {
    m_finished = true; // nothing is reported from here on
    if (m_exchange)
        m_exchange->abort();
    closeRedirect();
}

QString BrowserSignIn::crmName() const {
    return m_connection.source == Source::Salesforce ? QStringLiteral("Salesforce")
                                                     : QStringLiteral("HubSpot");
}

bool BrowserSignIn::isListening() const {
    return m_redirect && m_redirect->isListening();
}

void BrowserSignIn::start() {
    if (m_flow || m_finished)
        return;
    if (m_connection.clientId.isEmpty()) {
        fail(tr("Enter the client ID of your %1 app first.").arg(crmName()));
        return;
    }
    for (const QUrl &url : {m_endpoints.authorizeUrl, m_endpoints.tokenUrl}) {
        if (!isAllowedUrl(url.toString())) {
            fail(tr("The sign-in address %1 is not allowed: it must start with https:// (plain http only to "
                    "this computer).")
                     .arg(sanitized(url.toString())));
            return;
        }
    }
    // As the sync's libcurl does (noProxyList): this computer is never reached through a proxy.
    const QString tokenHost = m_endpoints.tokenUrl.host();
    if (tokenHost == u"127.0.0.1" || tokenHost == u"localhost" || tokenHost == u"::1")
        m_network->setProxy(QNetworkProxy::NoProxy);
    // Any free port on the loopback interface only: nothing outside this computer can send the answer.
    m_redirect = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_redirect->isListening()) {
        fail(tr("Dealpulse could not open a local port to receive the answer from %1.").arg(crmName()));
        return;
    }
    m_redirect->setCallbackText(
        tr("Dealpulse received the answer from %1. You can close this tab and go back to Dealpulse.")
            .arg(crmName())
            .toHtmlEscaped());

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(m_endpoints.authorizeUrl);
    m_flow->setAccessTokenUrl(m_endpoints.tokenUrl);
    m_flow->setClientIdentifier(QString::fromUtf8(m_connection.clientId));
    m_flow->setScope(m_endpoints.scopes.join(QLatin1Char(' ')));
    m_flow->setReplyHandler(m_redirect);
    m_flow->setState(randomState());
    m_pkce = makePkcePair();
    // Qt 6.4 has no PKCE of its own: the challenge joins the authorisation request here.
    m_flow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!m_endpoints.optionalScopes.isEmpty())
                parameters->insert(QStringLiteral("optional_scope"),
                                   m_endpoints.optionalScopes.join(QLatin1Char(' ')));
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
            [this](const QUrl &url) { m_authorizationRequest = url; });
    m_flow->grant();
    // The answer is checked and the code exchanged here, not by Qt (see the header): Qt's own handling
    // would also spend the code, without the verifier.
    disconnect(m_redirect, &QAbstractOAuthReplyHandler::callbackReceived, m_flow, nullptr);
    disconnect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, nullptr, nullptr);
    connect(m_redirect, &QAbstractOAuthReplyHandler::callbackReceived, this, &BrowserSignIn::handleRedirect);
    m_redirectUri = m_redirect->callback();
    if (m_authorizationRequest.isEmpty()) {
        fail(tr("Dealpulse could not build the sign-in address for %1.").arg(crmName()));
        return;
    }
    m_deadline.start(m_timeout);
    if (!m_openBrowser || !m_openBrowser(m_authorizationRequest))
        fail(tr("No web browser could be opened. Set a default browser for this computer, then sign in "
                "again."));
}

bool BrowserSignIn::openBrowserAgain() {
    if (m_finished || m_redirected || m_authorizationRequest.isEmpty() || !m_openBrowser)
        return false;
    return m_openBrowser(m_authorizationRequest);
}

void BrowserSignIn::cancel() {
    fail(tr("Sign-in cancelled."));
}

void BrowserSignIn::handleRedirect(const QVariantMap &values) {
    if (m_finished || m_redirected)
        return;
    // As Qt does: the handler hands the query values over still percent-encoded.
    const auto value = [&](const char *key) {
        return QUrl::fromPercentEncoding(values.value(QLatin1String(key)).toString().toUtf8());
    };
    const QString error = value("error");
    const QString code = value("code");
    const QString state = value("state");
    // A browser also asks the redirect port for its icon: that is no answer.
    if (error.isEmpty() && code.isEmpty() && state.isEmpty())
        return;
    m_redirected = true;
    closeRedirect();
    // The state ties the answer to this request: any other (a page that knows the port, an old tab) could
    // carry someone else's code or a forged refusal.
    if (state != m_flow->state() && !(state.isEmpty() && !error.isEmpty())) {
        fail(tr("The answer that reached Dealpulse does not belong to this sign-in (its state does not "
                "match), so it was not used. Sign in again."));
        return;
    }
    if (error == u"access_denied") {
        fail(tr("Access was not allowed in %1. Sign in again and allow access to connect Dealpulse.")
                 .arg(crmName()));
        return;
    }
    if (!error.isEmpty()) {
        const QString description = sanitized(value("error_description"));
        fail(tr("%1 refused the sign-in (%2). Sign in again.")
                 .arg(crmName(), description.isEmpty()
                                     ? sanitized(error)
                                     : sanitized(error) + QStringLiteral(": ") + description));
        return;
    }
    if (code.isEmpty()) {
        fail(tr("%1 sent no authorisation code back. Sign in again.").arg(crmName()));
        return;
    }
    exchange(code);
}

void BrowserSignIn::exchange(const QString &code) {
    QNetworkRequest request(m_endpoints.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    // A token endpoint that redirects is not one to hand a code and a secret to.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray body = "grant_type=authorization_code&code=" + formValue(code) +
                      "&redirect_uri=" + formValue(m_redirectUri) +
                      "&client_id=" + formValue(QString::fromUtf8(m_connection.clientId)) +
                      "&code_verifier=" + m_pkce.verifier;
    if (!m_connection.clientSecret.isEmpty())
        body += "&client_secret=" + formValue(QString::fromUtf8(m_connection.clientSecret));
    m_exchange = m_network->post(request, body);
    QNetworkReply *reply = m_exchange;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > kMaxTokenResponse)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { exchangeFinished(reply); });
}

void BrowserSignIn::exchangeFinished(QNetworkReply *reply) {
    reply->deleteLater();
    if (m_finished)
        return;
    const QString garbled = tr("%1 answered the sign-in with something that is not a token. Sign in again; "
                               "if it keeps happening, check the sign-in address.")
                                .arg(crmName());
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->read(kMaxTokenResponse + 1);
    if (body.size() > kMaxTokenResponse || reply->bytesAvailable() > 0) {
        fail(garbled);
        return;
    }
    if (!statusAttribute.isValid()) {
        fail(tr("Dealpulse could not reach the %1 sign-in service (%2).")
                 .arg(crmName(), sanitized(reply->errorString())));
        return;
    }
    const int status = statusAttribute.toInt();
    if (status < 200 || status >= 300) {
        const QString reason = errorReason(body);
        fail(tr("%1 refused the sign-in code (HTTP %2%3). Sign in again.")
                 .arg(crmName(), QString::number(status),
                      reason.isEmpty() ? QString() : QStringLiteral(": ") + reason));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(garbled);
        return;
    }
    const QJsonObject response = document.object();
    SignInResult result;
    result.accessToken = response.value(QStringLiteral("access_token")).toString().toUtf8();
    result.refreshToken = response.value(QStringLiteral("refresh_token")).toString().toUtf8();
    if (!isPlainToken(result.accessToken)) {
        fail(garbled);
        return;
    }
    if (result.refreshToken.isEmpty()) {
        fail(tr("%1 signed you in but gave no refresh token, so Dealpulse could not sync without asking you "
                "again. Check that the app allows the scopes listed here, then sign in again.")
                 .arg(crmName()));
        return;
    }
    if (!isPlainToken(result.refreshToken)) {
        fail(garbled);
        return;
    }
    if (m_connection.source == Source::Salesforce) {
        const QString instance = response.value(QStringLiteral("instance_url")).toString();
        const QUrl parsed(instance);
        if (instance.isEmpty() || !parsed.isValid() || parsed.host().isEmpty() || !isAllowedUrl(instance)) {
            fail(tr("Salesforce signed you in but did not say where your org is (no usable instance_url). "
                    "Sign in again."));
            return;
        }
        result.instanceUrl = withoutTrailingSlashes(instance);
    }
    succeed(result);
}

void BrowserSignIn::closeRedirect() {
    if (m_redirect && m_redirect->isListening())
        m_redirect->close();
}

void BrowserSignIn::fail(const QString &message) {
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    closeRedirect();
    if (m_exchange)
        m_exchange->abort();
    emit failed(message);
}

void BrowserSignIn::succeed(const SignInResult &result) {
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    closeRedirect();
    emit succeeded(result);
}

} // namespace dp::sync
