// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient and ApiClient against a real loopback server: connection reuse, the https rule, retries with
// backoff on 429/502/503/504, Retry-After, truncated and non-JSON bodies, stalls, and the stops that must not
// retry (daily quota, missing scopes, invalid_grant), with no token ever in a message or a log line.

#include "LoopbackServer.h"

#include "sync/http/ApiClient.h"
#include "sync/http/OAuthTokens.h"
#include "sync/hubspot/HubSpotConnector.h"
#include "translations/Language.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace dp;
using namespace dp::sync;
using dp::test::LoopbackServer;
using dp::test::ServerReply;
using dp::test::ServerRequest;

namespace {

const QByteArray kOk = R"({"results":[1,2,3]})";

RetrySettings fastRetries(int attempts = 4) {
    return RetrySettings{attempts, std::chrono::milliseconds(2), std::chrono::milliseconds(10),
                         std::chrono::milliseconds(3000)};
}

// Answers each request with the next scripted reply, then with 200 kOk.
struct Script {
    std::mutex mutex;
    QList<ServerReply> replies;
    QList<ServerRequest> seen;

    ServerReply next(const ServerRequest &request) {
        std::lock_guard lock(mutex);
        seen.append(request);
        return replies.isEmpty() ? ServerReply::json(200, kOk) : replies.takeFirst();
    }
};

ServerReply status(int code, const QByteArray &body = "{}",
                   const QByteArray &contentType = "application/json") {
    ServerReply reply;
    reply.status = code;
    reply.headers.emplaceBack("Content-Type", contentType);
    reply.body = body;
    return reply;
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message) {
    g_log.append(message);
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT

private slots:
    // The English catalogue holds the plural forms ("3 attempts", "10 deals updated"), as in the app.
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void reusesOneConnectionForManyRequests() {
        Script script;
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        HttpClient http;
        for (int i = 0; i < 5; ++i) {
            const HttpResult result = http.perform({"GET", server.baseUrl() + QStringLiteral("/x"), {}, {}});
            QVERIFY(result.ok());
            QCOMPARE(result.httpStatus, 200);
            QCOMPARE(result.body, kOk);
            QCOMPARE(result.header("content-type"), QByteArray("application/json;charset=utf-8"));
        }
        QCOMPARE(server.connectionsAccepted(), 1);
        QVERIFY(script.seen.first().header("accept-encoding").contains("gzip"));
    }

    void refusesPlainHttpOffThisComputer() {
        QVERIFY(!isAllowedUrl(QStringLiteral("http://api.hubapi.com/crm/v3/owners")));
        QVERIFY(!isAllowedUrl(QStringLiteral("ftp://127.0.0.1/")));
        QVERIFY(isAllowedUrl(QStringLiteral("https://api.hubapi.com/crm/v3/owners")));
        QVERIFY(isAllowedUrl(QStringLiteral("http://127.0.0.1:8080/x")));
        QVERIFY(isAllowedUrl(QStringLiteral("http://localhost:8080/x")));
        HttpClient http;
        const HttpResult result = http.perform({"GET", QStringLiteral("http://example.com/"), {}, {}});
        QCOMPARE(result.status, HttpResult::Status::Refused);
    }

    void retriesGatewayErrorsTruncatedAndNonJsonBodies() {
        Script script;
        ServerReply truncated = ServerReply::json(200, kOk + QByteArray(2000, ' '));
        truncated.fault = ServerReply::Fault::TruncatedBody;
        ServerReply chunked = ServerReply::json(200, kOk + QByteArray(2000, ' '));
        chunked.fault = ServerReply::Fault::TruncatedChunked;
        ServerReply dropped;
        dropped.fault = ServerReply::Fault::Drop;
        script.replies = {status(502, "<html><body>Bad gateway</body></html>", "text/html"),
                          status(504, "<html>Gateway Timeout</html>", "text/html"),
                          status(503),
                          truncated,
                          chunked,
                          dropped,
                          status(200, "<html>maintenance</html>", "text/html")};
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        HttpClient http;
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries(8));
        const QJsonDocument json = api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/a")));
        QCOMPARE(json.object().value(QStringLiteral("results")).toArray().size(), 3);
        QCOMPARE(api.requestsSent(), 8);
    }

    void givesUpAfterTheLastAttemptWithAClearMessage() {
        Script script;
        for (int i = 0; i < 5; ++i)
            script.replies.append(status(503));
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        HttpClient http;
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries(3));
        try {
            api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/a")));
            QFAIL("expected a SyncError");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncError::Kind::Unreachable);
            QVERIFY2(error.message().contains(QStringLiteral("3 attempts")), qPrintable(error.message()));
        }
        QCOMPARE(api.requestsSent(), 3);
    }

    void stalledReplyTimesOutAndIsRetried() {
        Script script;
        ServerReply stall;
        stall.fault = ServerReply::Fault::Stall;
        script.replies = {stall};
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        HttpOptions options;
        options.stallTimeout = std::chrono::milliseconds(300);
        HttpClient http(options);
        const HttpResult first = http.perform({"GET", server.baseUrl() + QStringLiteral("/a"), {}, {}});
        QCOMPARE(first.status, HttpResult::Status::Timeout);
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries());
        QVERIFY(api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/a"))).isObject());
    }

    void honoursRetryAfterAndBacksOffWithoutIt() {
        Script script;
        ServerReply limited =
            status(429, R"({"status":"error","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})");
        ServerReply withRetryAfter = limited;
        withRetryAfter.headers.emplaceBack("Retry-After", "1");
        script.replies = {withRetryAfter, limited};
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        HttpClient http;
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/a"))).isObject());
        QVERIFY2(timer.elapsed() >= 950, "Retry-After: 1 was not waited for");
        QCOMPARE(api.requestsSent(), 3);
        QCOMPARE(parseRetryAfter("120", 0), std::chrono::milliseconds(120000));
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", 1445412480000),
                 std::chrono::milliseconds(10000));
        QVERIFY(!parseRetryAfter("soon", 0));
    }

    void stopsAtOnceOnTheDailyQuotaMissingScopesAndInvalidGrant() {
        const QList<std::pair<ServerReply, SyncError::Kind>> cases{
            {status(
                 429,
                 R"({"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","policyName":"DAILY"})"),
             SyncError::Kind::Quota},
            {status(
                 403,
                 R"({"status":"error","message":"This app has not been granted all required scopes","category":"MISSING_SCOPES","errors":[]})"),
             SyncError::Kind::Scopes},
            {status(
                 400,
                 R"({"status":"BAD_REFRESH_TOKEN","error":"invalid_grant","message":"missing or unknown refresh token"})"),
             SyncError::Kind::Credentials},
        };
        for (const auto &[reply, kind] : cases) {
            Script script;
            script.replies = {reply};
            LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
            HttpClient http;
            ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries());
            try {
                api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/a")));
                QFAIL("expected a SyncError");
            } catch (const SyncError &error) {
                QCOMPARE(error.kind(), kind);
                QVERIFY(!error.message().isEmpty());
            }
            QCOMPARE(api.requestsSent(), 1);
        }
    }

    void refreshesOnceOn401AndRepeatsTheSameRequest() {
        std::mutex mutex;
        QByteArray valid = "first";
        QList<QByteArray> targets;
        int refreshes = 0;
        LoopbackServer server([&](const ServerRequest &r) {
            std::lock_guard lock(mutex);
            if (r.path == "/oauth/v1/token") {
                ++refreshes;
                valid = "second";
                return ServerReply::json(
                    200, R"({"access_token":"second","refresh_token":"r2","expires_in":1800})");
            }
            targets.append(r.target);
            if (r.header("authorization") != "Bearer " + valid)
                return ServerReply::json(401, R"({"status":"error","category":"EXPIRED_AUTHENTICATION"})");
            return ServerReply::json(200, kOk);
        });
        HttpClient http;
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries());
        OAuthRefresher tokens(
            OAuthClient{server.baseUrl() + QStringLiteral("/oauth/v1/token"), "id", "secret", "r1"});
        api.setTokenSource(&tokens);
        QVERIFY(api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/page?after=42"))).isObject());
        // First call refreshes up front (no token yet); the server then accepts it.
        QCOMPARE(refreshes, 1);
        QCOMPARE(tokens.refreshToken(), QByteArray("r2"));
        {
            std::lock_guard lock(mutex);
            valid = "revoked-elsewhere";
        }
        try {
            api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/page?after=43")));
        } catch (const SyncError &) {
        }
        std::lock_guard lock(mutex);
        // The 401 led to exactly one refresh, and the request was repeated at the same cursor.
        QCOMPARE(refreshes, 2);
        QCOMPARE(targets.mid(targets.size() - 2), (QList<QByteArray>{"/page?after=43", "/page?after=43"}));
    }

    void aTokenRefusedOnTwoThreadsIsRefreshedOnce() {
        int refreshes = 0;
        LoopbackServer server([&](const ServerRequest &r) {
            if (r.path == "/oauth/v1/token") {
                ++refreshes;
                // Tokens t1, t2, ... in order.
                return ServerReply::json(200, "{\"access_token\":\"t" + QByteArray::number(refreshes) +
                                                  "\",\"expires_in\":1800}");
            }
            return ServerReply::json(200, kOk);
        });
        HttpClient http;
        HttpClient otherHttp;
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries());
        OAuthRefresher tokens(
            OAuthClient{server.baseUrl() + QStringLiteral("/oauth/v1/token"), "id", "secret", "r1"});
        api.setTokenSource(&tokens);
        ApiClient other(otherHttp, api); // what a second thread uses
        QCOMPARE(other.tokenSource(), &tokens);
        QCOMPARE(tokens.token(api), QByteArray("t1"));
        // Both threads sent t1 and were refused: the first renews it, the second takes the new token.
        tokens.refresh(api, "t1");
        tokens.refresh(other, "t1");
        QCOMPARE(tokens.refreshes(), 2);
        QCOMPARE(tokens.token(api), QByteArray("t2"));
        // A refusal of the current token renews it.
        tokens.refresh(other, "t2");
        QCOMPARE(tokens.token(api), QByteArray("t3"));
        // Requests through either client are counted together.
        QVERIFY(api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/page"))).isObject());
        QCOMPARE(other.requestsSent(), 4);
        QCOMPARE(api.requestsSent(), 4);
    }

    void tokensNeverReachMessagesOrLogs() {
        Script script;
        for (int i = 0; i < 4; ++i)
            script.replies.append(status(503));
        script.replies.append(status(401, R"({"status":"error","category":"EXPIRED_AUTHENTICATION"})"));
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        QLoggingCategory::setFilterRules(QStringLiteral("dealpulse.sync.debug=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        HttpClient http;
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries(6));
        FixedToken tokens("pat-na1-SECRET-TOKEN");
        api.setTokenSource(&tokens);
        QString message;
        try {
            api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/crm/v3/owners?limit=1")));
        } catch (const SyncError &error) {
            message = error.message();
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!message.isEmpty());
        QVERIFY(!g_log.isEmpty());
        QVERIFY(!message.contains(QStringLiteral("SECRET")));
        for (const QString &line : g_log)
            QVERIFY2(!line.contains(QStringLiteral("SECRET")), qPrintable(line));
        QCOMPARE(script.seen.first().header("authorization"), QByteArray("Bearer pat-na1-SECRET-TOKEN"));
    }

    void aGzipBombStopsAtTheSizeCapWithAClearError() {
        // 32 MB of zeros deflate to about 32 KB; the client may keep at most 1 MB of it.
        const QByteArray inflated(32 * 1024 * 1024, '\0');
        ServerReply bomb = status(200, qCompress(inflated, 9).mid(4)); // qCompress: 4 length bytes, then zlib
        bomb.headers.emplaceBack("Content-Encoding", "deflate");
        QVERIFY(bomb.body.size() < 200 * 1024);
        Script script;
        script.replies = {bomb, bomb};
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        HttpOptions options;
        options.maxResponseBytes = 1024 * 1024;
        HttpClient http(options);
        const HttpResult result = http.perform({"GET", server.baseUrl() + QStringLiteral("/bomb"), {}, {}});
        QCOMPARE(result.status, HttpResult::Status::TooLarge);
        QVERIFY(result.body.size() <= options.maxResponseBytes);
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries());
        try {
            api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/bomb")));
            QFAIL("expected a SyncError");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncError::Kind::Protocol);
            QVERIFY2(error.message().contains(QStringLiteral("larger than")), qPrintable(error.message()));
        }
        QCOMPARE(api.requestsSent(), 1); // the same flood is not asked for again
        // Below the cap the same encoding is read whole.
        const QByteArray small(512 * 1024, 'x');
        ServerReply fine = status(200, qCompress(small, 9).mid(4));
        fine.headers.emplaceBack("Content-Encoding", "deflate");
        script.replies = {fine};
        const HttpResult read = http.perform({"GET", server.baseUrl() + QStringLiteral("/fine"), {}, {}});
        QVERIFY(read.ok());
        QCOMPARE(read.body, small);
    }

    void aTrickleHitsTheTotalDeadline() {
        // A byte every 100 ms never trips the stall limit (1 byte/s for the stall time), only the deadline.
        ServerReply trickle = status(200, QByteArray(40, ' ')); // 4 s at the trickle's pace
        trickle.fault = ServerReply::Fault::Trickle;
        Script script;
        script.replies = {trickle, trickle};
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        HttpOptions options;
        options.totalTimeout = std::chrono::milliseconds(1000);
        HttpClient http(options);
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = http.perform({"GET", server.baseUrl() + QStringLiteral("/slow"), {}, {}});
        QCOMPARE(result.status, HttpResult::Status::Deadline);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries());
        timer.restart();
        try {
            api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/slow")));
            QFAIL("expected a SyncError");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncError::Kind::Unreachable);
            QVERIFY2(error.message().contains(QStringLiteral("took more than")), qPrintable(error.message()));
        }
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(api.requestsSent(), 1);
    }

    void loopbackRequestsNeverGoThroughAProxy() {
        // A "proxy" that records whoever connects; the token must not reach it.
        LoopbackServer proxy([](const ServerRequest &) { return status(200, R"({"proxied":true})"); });
        Script script;
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        const QByteArray savedHttp = qgetenv("http_proxy");
        const QByteArray savedAll = qgetenv("ALL_PROXY");
        qputenv("http_proxy", proxy.baseUrl().toUtf8());
        qputenv("ALL_PROXY", proxy.baseUrl().toUtf8());
        HttpClient http;
        const HttpResult result = http.perform(
            {"GET", server.baseUrl() + QStringLiteral("/x"), {{"Authorization", "Bearer LOOP"}}, {}});
        const HttpResult byName =
            http.perform({"GET",
                          server.baseUrl().replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost")) +
                              QStringLiteral("/y"),
                          {},
                          {}});
        qputenv("http_proxy", savedHttp);
        qputenv("ALL_PROXY", savedAll);
        if (savedHttp.isNull())
            qunsetenv("http_proxy");
        if (savedAll.isNull())
            qunsetenv("ALL_PROXY");
        QVERIFY(result.ok());
        QCOMPARE(result.body, kOk);
        QCOMPARE(proxy.connectionsAccepted(), 0);
        QCOMPARE(script.seen.size(), byName.ok() ? 2 : 1);
        QVERIFY(noProxyList().startsWith("127.0.0.1,localhost,::1"));
    }

    void hugeRetryAfterWaitsTheLongestAllowed() {
        QCOMPARE(parseRetryAfter("1e300", 0), std::chrono::milliseconds(std::numeric_limits<qint64>::max()));
        QCOMPARE(parseRetryAfter("inf", 0), std::chrono::milliseconds(std::numeric_limits<qint64>::max()));
        QVERIFY(!parseRetryAfter("nan", 0));
        QVERIFY(!parseRetryAfter("-1e300", 0));
        Script script;
        ServerReply busy = status(503, "{}");
        busy.headers.emplaceBack("Retry-After", "1e300");
        script.replies = {busy};
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        HttpClient http;
        RetrySettings retry = fastRetries();
        retry.maxRetryAfter = std::chrono::milliseconds(400);
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), retry);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/a"))).isObject());
        // Waited, and for the cap: not skipped (a negative wait) and not forever.
        QVERIFY2(timer.elapsed() >= 350 && timer.elapsed() < 5000,
                 qPrintable(QString::number(timer.elapsed())));
    }

    void hugeExpiresInKeepsTheTokenUntilA401() {
        std::atomic_int grants{0};
        LoopbackServer server([&](const ServerRequest &request) {
            if (request.path == "/oauth/v1/token") {
                ++grants;
                return status(200, R"({"access_token":"a1","expires_in":1e300,"refresh_token":"r1"})");
            }
            return status(200, kOk);
        });
        HttpClient http;
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries());
        OAuthRefresher tokens(
            OAuthClient{server.baseUrl() + QStringLiteral("/oauth/v1/token"), "c", "s", "r0"});
        api.setTokenSource(&tokens);
        for (int i = 0; i < 3; ++i)
            QVERIFY(api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/a"))).isObject());
        QCOMPARE(grants.load(), 1);
        QCOMPARE(tokens.refreshToken(), QByteArray("r1"));
    }

    void cancelStopsWaitingAndRequests() {
        Script script;
        ServerReply slow = status(429, "{}");
        slow.headers.emplaceBack("Retry-After", "30");
        script.replies = {slow};
        LoopbackServer server([&](const ServerRequest &r) { return script.next(r); });
        std::atomic_bool cancel{false};
        HttpClient http({}, &cancel);
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter(), fastRetries());
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        try {
            api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/a")));
            QFAIL("expected a cancel");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncError::Kind::Cancelled);
        }
        canceller.join();
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
