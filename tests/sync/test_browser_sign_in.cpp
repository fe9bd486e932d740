// SPDX-License-Identifier: GPL-3.0-or-later
// The browser sign-in's protocol without a window: the PKCE pair (RFC 7636's own example), where each CRM
// signs in, the authorisation request it sends, and the whole flow against the test servers' authorisation
// and token endpoints through a stand-in browser, including every way the answer can go wrong.

#include "HubSpotServer.h"
#include "SalesforceServer.h"
#include "TestBrowser.h"

#include "sync/http/BrowserSignIn.h"
#include "sync/http/Pkce.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace dp;
using namespace dp::test;
using Source = sync::CrmConnection::Source;

Q_DECLARE_METATYPE(dp::sync::SignInResult)

namespace {

sync::CrmConnection hubSpotAt(const HubSpotServer &server) {
    sync::CrmConnection connection;
    connection.source = Source::HubSpot;
    connection.baseUrl = server.baseUrl();
    connection.clientId = "client";
    connection.clientSecret = "secret";
    return connection;
}

sync::CrmConnection salesforceAt(const SalesforceServer &server) {
    sync::CrmConnection connection;
    connection.source = Source::Salesforce;
    connection.loginUrl = server.loginUrl();
    connection.clientId = "client";
    connection.clientSecret = "secret";
    return connection;
}

// Runs a sign-in to its end; the message when it failed, empty when it succeeded (result then set).
QString runSignIn(sync::BrowserSignIn &signIn, sync::SignInResult *result = nullptr) {
    QSignalSpy ok(&signIn, &sync::BrowserSignIn::succeeded);
    QSignalSpy failed(&signIn, &sync::BrowserSignIn::failed);
    signIn.start();
    if (ok.isEmpty() && failed.isEmpty())
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!ok.isEmpty() || !failed.isEmpty(), 20000); }();
    if (ok.size() + failed.size() != 1)
        return QStringLiteral("reported %1 times").arg(ok.size() + failed.size());
    if (!failed.isEmpty())
        return failed.first().first().toString();
    if (result)
        *result = ok.first().first().value<sync::SignInResult>();
    return {};
}

} // namespace

class TestBrowserSignIn : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<sync::SignInResult>(); }

    void pkceMatchesTheRfcExample() {
        // RFC 7636, appendix B.
        QCOMPARE(sync::pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void pkcePairsAreFreshAndWellFormed() {
        const sync::PkcePair a = sync::makePkcePair();
        const sync::PkcePair b = sync::makePkcePair();
        QVERIFY(a.verifier != b.verifier);
        const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        for (const sync::PkcePair &pair : {a, b}) {
            QVERIFY2(unreserved.match(QString::fromLatin1(pair.verifier)).hasMatch(), pair.verifier);
            QVERIFY2(unreserved.match(QString::fromLatin1(pair.challenge)).hasMatch(), pair.challenge);
            QCOMPARE(pair.challenge, sync::pkceChallenge(pair.verifier));
        }
    }

    void endpointsFollowTheConnection() {
        sync::CrmConnection hubSpot;
        sync::SignInEndpoints endpoints = sync::signInEndpoints(hubSpot);
        QCOMPARE(endpoints.authorizeUrl, QUrl(QStringLiteral("https://app.hubspot.com/oauth/authorize")));
        QCOMPARE(endpoints.tokenUrl, QUrl(QStringLiteral("https://api.hubapi.com/oauth/v1/token")));
        for (const char *scope :
             {"crm.objects.deals.read", "crm.objects.contacts.read", "crm.objects.companies.read",
              "sales-email-read", "crm.objects.owners.read"})
            QVERIFY2(endpoints.scopes.contains(QLatin1String(scope)), scope);
        QCOMPARE(endpoints.optionalScopes,
                 QStringList{QStringLiteral("crm.extensions_calling_transcripts.read")});
        hubSpot.baseUrl = QStringLiteral("http://127.0.0.1:4321/");
        endpoints = sync::signInEndpoints(hubSpot);
        QCOMPARE(endpoints.authorizeUrl, QUrl(QStringLiteral("http://127.0.0.1:4321/oauth/authorize")));
        QCOMPARE(endpoints.tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:4321/oauth/v1/token")));

        sync::CrmConnection salesforce;
        salesforce.source = Source::Salesforce;
        endpoints = sync::signInEndpoints(salesforce);
        QCOMPARE(endpoints.authorizeUrl,
                 QUrl(QStringLiteral("https://login.salesforce.com/services/oauth2/authorize")));
        QCOMPARE(endpoints.tokenUrl,
                 QUrl(QStringLiteral("https://login.salesforce.com/services/oauth2/token")));
        QCOMPARE(endpoints.scopes, (QStringList{QStringLiteral("api"), QStringLiteral("refresh_token")}));
        QVERIFY(endpoints.optionalScopes.isEmpty());
        salesforce.loginUrl = QStringLiteral("https://test.salesforce.com");
        QCOMPARE(sync::signInEndpoints(salesforce).tokenUrl,
                 QUrl(QStringLiteral("https://test.salesforce.com/services/oauth2/token")));
    }

    void theAuthorizationRequestCarriesPkceStateAndALoopbackRedirect() {
        sync::CrmConnection connection;
        connection.clientId = "my app/id";
        connection.clientSecret = "secret";
        QUrl opened;
        sync::BrowserSignIn signIn(connection, [&](const QUrl &url) {
            opened = url;
            return true;
        });
        QSignalSpy failed(&signIn, &sync::BrowserSignIn::failed);
        signIn.start();
        QVERIFY(failed.isEmpty());
        QCOMPARE(opened, signIn.authorizationRequest());
        QCOMPARE(opened.scheme() + QStringLiteral("://") + opened.host() + opened.path(),
                 QStringLiteral("https://app.hubspot.com/oauth/authorize"));
        const QUrlQuery query(opened);
        const auto value = [&](const char *key) {
            return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        };
        QCOMPARE(value("response_type"), QStringLiteral("code"));
        QCOMPARE(value("client_id"), QStringLiteral("my app/id"));
        QCOMPARE(value("scope"), QStringLiteral("crm.objects.deals.read crm.objects.contacts.read "
                                                "crm.objects.companies.read sales-email-read "
                                                "crm.objects.owners.read"));
        QCOMPARE(value("optional_scope"), QStringLiteral("crm.extensions_calling_transcripts.read"));
        QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                    .match(value("code_challenge"))
                    .hasMatch());
        QVERIFY(value("state").size() >= 16);
        const QUrl redirect(value("redirect_uri"));
        QCOMPARE(redirect.scheme(), QStringLiteral("http"));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QVERIFY(!query.hasQueryItem(QStringLiteral("client_secret"))); // never through the browser
        QVERIFY(signIn.isListening());

        // Cancelling closes the port and says so, once.
        signIn.cancel();
        signIn.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Sign-in cancelled."));
        QVERIFY(!signIn.isListening());

        // A second sign-in gets a state and a challenge of its own.
        QUrl second;
        sync::BrowserSignIn again(connection, [&](const QUrl &url) {
            second = url;
            return true;
        });
        again.start();
        QVERIFY(QUrlQuery(second).queryItemValue(QStringLiteral("state")) != value("state"));
        QVERIFY(QUrlQuery(second).queryItemValue(QStringLiteral("code_challenge")) !=
                value("code_challenge"));
    }

    void hubSpotSignInBringsARefreshTokenTheRefreshGrantAccepts() {
        HubSpotServer server;
        server.setOAuth("client", "secret", {}, false);
        TestBrowser browser;
        sync::BrowserSignIn signIn(hubSpotAt(server), browser.opener());
        sync::SignInResult result;
        QCOMPARE(runSignIn(signIn, &result), QString());
        QCOMPARE(server.signInsCompleted(), 1);
        QCOMPARE(server.requestCount("/oauth/v1/token"), 1); // Qt's flow did not spend the code as well
        QCOMPARE(result.refreshToken, server.currentRefreshToken());
        QVERIFY(!result.accessToken.isEmpty());
        QVERIFY(result.instanceUrl.isEmpty());
        QCOMPARE(server.requestedScopes(), signIn.endpoints().scopes);
        QTRY_VERIFY(!signIn.isListening());

        // The token works for a sync's session.
        sync::CrmConnection connection = hubSpotAt(server);
        connection.refreshToken = result.refreshToken;
        sync::CrmSession session(connection, nullptr);
        session.testConnection();
    }

    void salesforceSignInBringsTheInstanceToo() {
        SalesforceServer server;
        server.setOAuth("client", "secret", {}, false);
        TestBrowser browser;
        sync::BrowserSignIn signIn(salesforceAt(server), browser.opener());
        sync::SignInResult result;
        QCOMPARE(runSignIn(signIn, &result), QString());
        QCOMPARE(server.signInsCompleted(), 1);
        QCOMPARE(result.refreshToken, server.currentRefreshToken());
        QCOMPARE(result.instanceUrl, server.instanceUrl());
        QCOMPARE(server.requestedScopes(),
                 (QStringList{QStringLiteral("api"), QStringLiteral("refresh_token")}));
    }

    void aRefusalOrAForgedAnswerSavesNothing_data() {
        QTest::addColumn<bool>("salesforce");
        QTest::addColumn<QString>("tamper"); // what the browser changes
        QTest::addColumn<QString>("expected");
        for (const bool salesforce : {false, true}) {
            const char *crm = salesforce ? "Salesforce" : "HubSpot";
            QTest::addRow("%s: user denied", crm)
                << salesforce << QStringLiteral("deny")
                << QStringLiteral("Access was not allowed in %1").arg(QLatin1String(crm));
            QTest::addRow("%s: wrong state", crm)
                << salesforce << QStringLiteral("state") << QStringLiteral("does not belong to this sign-in");
            QTest::addRow("%s: wrong verifier", crm)
                << salesforce << QStringLiteral("challenge")
                << QStringLiteral("%1 refused the sign-in code (HTTP 400").arg(QLatin1String(crm));
            QTest::addRow("%s: wrong client", crm)
                << salesforce << QStringLiteral("client")
                << QStringLiteral("No answer came from %1").arg(QLatin1String(crm));
        }
    }

    void aRefusalOrAForgedAnswerSavesNothing() {
        QFETCH(bool, salesforce);
        QFETCH(QString, tamper);
        QFETCH(QString, expected);
        HubSpotServer hubSpot;
        SalesforceServer sf;
        hubSpot.setOAuth("client", "secret", {}, false);
        sf.setOAuth("client", "secret", {}, false);
        hubSpot.setSignInDenied(tamper == u"deny");
        sf.setSignInDenied(tamper == u"deny");
        TestBrowser browser;
        browser.setTamper([&](const QUrl &url) {
            if (tamper == u"state")
                return TestBrowser::withQueryValue(url, QStringLiteral("state"), QStringLiteral("forged"));
            if (tamper == u"challenge") // the code then goes with a verifier that does not match
                return TestBrowser::withQueryValue(url, QStringLiteral("code_challenge"),
                                                   QString::fromLatin1(sync::makePkcePair().challenge));
            if (tamper == u"client") // the server shows an error page: no redirect ever comes
                return TestBrowser::withQueryValue(url, QStringLiteral("client_id"), QStringLiteral("other"));
            return url;
        });
        sync::BrowserSignIn signIn(salesforce ? salesforceAt(sf) : hubSpotAt(hubSpot), browser.opener());
        signIn.setTimeout(std::chrono::milliseconds(1500));
        const QString message = runSignIn(signIn);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(hubSpot.signInsCompleted() + sf.signInsCompleted(), 0);
        QVERIFY(hubSpot.currentRefreshToken().isEmpty());
        QVERIFY(sf.currentRefreshToken().isEmpty());
        QVERIFY(!signIn.isListening());
    }

    void hostileTokenResponsesAreRefusedClearly_data() {
        QTest::addColumn<bool>("salesforce");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QString garbled = QStringLiteral("answered the sign-in with something that is not a token");
        QTest::addRow("html") << false << 200 << QByteArray("<html>maintenance</html>") << garbled;
        QTest::addRow("array") << false << 200 << QByteArray("[1,2]") << garbled;
        QTest::addRow("truncated json")
            << false << 200 << QByteArray("{\"access_token\":\"a\",\"refresh_") << garbled;
        QTest::addRow("token not a string")
            << false << 200 << QByteArray("{\"access_token\":\"a\",\"refresh_token\":7}")
            << QStringLiteral("gave no refresh token");
        QTest::addRow("no refresh token")
            << false << 200 << QByteArray("{\"access_token\":\"a\",\"expires_in\":1800}")
            << QStringLiteral("gave no refresh token");
        QTest::addRow("control characters")
            << false << 200 << QByteArray("{\"access_token\":\"a\",\"refresh_token\":\"r\\u0000\\n\"}")
            << garbled;
        QTest::addRow("huge token") << false << 200
                                    << QByteArray("{\"access_token\":\"a\",\"refresh_token\":\"") +
                                           QByteArray(100000, 'r') + QByteArray("\"}")
                                    << garbled;
        QTest::addRow("huge body") << false << 200 << QByteArray(2 * 1024 * 1024, ' ') << garbled;
        QTest::addRow("server error") << false << 502 << QByteArray("<html>Bad gateway</html>")
                                      << QStringLiteral("HubSpot refused the sign-in code (HTTP 502)");
        QTest::addRow("salesforce without instance")
            << true << 200 << QByteArray("{\"access_token\":\"a\",\"refresh_token\":\"r\"}")
            << QStringLiteral("did not say where your org is");
        QTest::addRow("salesforce instance elsewhere")
            << true << 200
            << QByteArray("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"instance_url\":\"http://"
                          "evil.example\"}")
            << QStringLiteral("did not say where your org is");
    }

    void hostileTokenResponsesAreRefusedClearly() {
        QFETCH(bool, salesforce);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        HubSpotServer hubSpot;
        SalesforceServer sf;
        hubSpot.setOAuth("client", "secret", {}, false);
        sf.setOAuth("client", "secret", {}, false);
        const auto fault = [&](const ServerRequest &request, int) -> std::optional<ServerReply> {
            if (request.method != "POST")
                return std::nullopt;
            ServerReply reply = ServerReply::json(status, body);
            return reply;
        };
        hubSpot.setFault(fault);
        sf.setFault(fault);
        TestBrowser browser;
        sync::BrowserSignIn signIn(salesforce ? salesforceAt(sf) : hubSpotAt(hubSpot), browser.opener());
        const QString message = runSignIn(signIn);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.size() < 600);
    }

    void noBrowserNoWaiting() {
        HubSpotServer server;
        sync::BrowserSignIn signIn(hubSpotAt(server), [](const QUrl &) { return false; });
        QVERIFY(runSignIn(signIn).contains(QStringLiteral("No web browser could be opened")));
        QVERIFY(!signIn.isListening());
    }

    void plainHttpElsewhereIsRefused() {
        sync::CrmConnection connection;
        connection.baseUrl = QStringLiteral("http://crm.example.com");
        connection.clientId = "client";
        bool opened = false;
        sync::BrowserSignIn signIn(connection, [&](const QUrl &) { return opened = true; });
        QVERIFY(runSignIn(signIn).contains(QStringLiteral("is not allowed")));
        QVERIFY(!opened);
    }
};

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "test_browser_sign_in.moc"
