// SPDX-License-Identifier: GPL-3.0-or-later
// `dealpulse sync --source salesforce` as a user or a script meets it: credentials from the environment
// (a session id with --instance-url, or OAuth through the login URL), progress on stderr, exit codes, and a
// child killed with SIGKILL at random moments whose next sync still ends exactly right.

#include "SalesforceFixtures.h"
#include "StallWatchdog.h"
#include "TestSupport.h"

#include "store/DealStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>
#include <csignal>

using namespace dp;
using namespace dp::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

using Env = QList<std::pair<const char *, QString>>;

QProcessEnvironment environment(const Env &variables) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DEALPULSE_SALESFORCE_TOKEN", "DEALPULSE_SALESFORCE_CLIENT_ID",
                             "DEALPULSE_SALESFORCE_CLIENT_SECRET", "DEALPULSE_SALESFORCE_REFRESH_TOKEN",
                             "DEALPULSE_SALESFORCE_LOGIN_URL"})
        env.remove(QLatin1String(name));
    for (const auto &[name, value] : variables)
        env.insert(QLatin1String(name), value);
    return env;
}

Env tokenEnv() {
    return {{"DEALPULSE_SALESFORCE_TOKEN", QStringLiteral("test-token")}};
}

void start(QProcess &process, const QStringList &arguments, const Env &variables) {
    process.setProcessEnvironment(environment(variables));
    process.start(qEnvironmentVariable("DEALPULSE_APP"), QStringList{QStringLiteral("sync")} + arguments);
    QVERIFY(process.waitForStarted());
}

// watched: a server whose requests count as progress; a sync that stops sending them for 30 s fails.
Run runSync(const QStringList &arguments, const Env &variables, const SalesforceServer *watched = nullptr) {
    QProcess process;
    start(process, arguments, variables);
    if (watched)
        waitWhileProgressing(process, QStringLiteral("dealpulse sync"),
                             [watched] { return watched->requestCount(); });
    else if (!process.waitForFinished(120000))
        qFatal("dealpulse sync did not finish");
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QStringList syncArguments(const QString &db, const QString &instanceUrl = {}) {
    QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("--source"),
                          QStringLiteral("salesforce")};
    if (!instanceUrl.isEmpty())
        arguments << QStringLiteral("--instance-url") << instanceUrl;
    return arguments;
}

int dealCount(const QString &path) {
    auto opened = Database::open(path, Database::Mode::ReadWrite);
    return opened.ok() ? DealStore(*opened.database).count() : -1;
}

} // namespace

class TestSalesforceCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString why;
        QVERIFY2(inTestKeychain(&why), qPrintable(why));
    }
    // Each test starts without the secrets an earlier one left (a kept refresh token would sign in instead).
    void init() { clearKeychain(); }

    void missingCredentialsOrInstanceExitWithUsage() {
        SalesforceServer server;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        const Run none = runSync(syncArguments(db, server.instanceUrl()), {});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("DEALPULSE_SALESFORCE_TOKEN")));
        QCOMPARE(none.err.count(QLatin1Char('\n')), 1);
        const Run noInstance = runSync(syncArguments(db), tokenEnv());
        QCOMPARE(noInstance.exitCode, 2);
        QVERIFY(noInstance.err.contains(QStringLiteral("--instance-url")));
        const Run plainHttp =
            runSync(syncArguments(db, QStringLiteral("http://acme.my.salesforce.com")), tokenEnv());
        QCOMPARE(plainHttp.exitCode, 2);
        QVERIFY(plainHttp.err.contains(QStringLiteral("https")));
    }

    void syncsWithATokenShowingProgressOnStderr() {
        SalesforceServer server;
        fillSalesforce(server);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        const Run run = runSync(syncArguments(db, server.instanceUrl()), tokenEnv());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Opportunity (5 of 14)")), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Synced ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("recomputed 10 deals")));
        QCOMPARE(dealCount(db), 10);
    }

    void signsInThroughTheLoginUrlAndFollowsTheInstance() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setOAuth("client", "secret", "refresh-0", false);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        const Env oauth{{"DEALPULSE_SALESFORCE_CLIENT_ID", QStringLiteral("client")},
                        {"DEALPULSE_SALESFORCE_CLIENT_SECRET", QStringLiteral("secret")},
                        {"DEALPULSE_SALESFORCE_REFRESH_TOKEN", QStringLiteral("refresh-0")},
                        {"DEALPULSE_SALESFORCE_LOGIN_URL", server.loginUrl()}};
        const Run run = runSync(syncArguments(db), oauth);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(server.tokenRefreshes(), 1);
        QCOMPARE(dealCount(db), 10);

        server.revokeRefreshToken();
        const Run revoked = runSync(syncArguments(db), oauth);
        QCOMPARE(revoked.exitCode, 1);
        QCOMPARE(revoked.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(revoked.err.contains(QStringLiteral("Reconnect Salesforce")), qPrintable(revoked.err));
        QVERIFY(!revoked.err.contains(QStringLiteral("refresh-0")));
    }

    void rotatedTokensAndSessionsExpiringEvery30RequestsEndAsASyncWithout() {
        // Sessions end every 30 requests, so renewals land on the fetch thread, the prepare thread's own
        // connection and the main sync thread alike; each renewal rotates the refresh token, which the
        // test keychain completes through the main thread's event loop, as the real one does.
        const SalesforceShape shape{4, 40, 60, 4};
        SalesforceServer plain;
        fillSalesforce(plain, shape);
        SalesforceServer rotating;
        fillSalesforce(rotating, shape);
        rotating.setOAuth("client", "secret", "5Aep-original", true);
        rotating.setSessionLength(30);
        QTemporaryDir dir;
        const Env oauth{{"DEALPULSE_SALESFORCE_CLIENT_ID", QStringLiteral("client")},
                        {"DEALPULSE_SALESFORCE_CLIENT_SECRET", QStringLiteral("secret")},
                        {"DEALPULSE_SALESFORCE_REFRESH_TOKEN", QStringLiteral("5Aep-original")},
                        {"DEALPULSE_SALESFORCE_LOGIN_URL", rotating.loginUrl()}};
        const QString rotatingDb = dir.filePath(QStringLiteral("rotating.sqlite"));
        const QString plainDb = dir.filePath(QStringLiteral("plain.sqlite"));
        for (int pass = 0; pass < 2; ++pass) { // the first sync, then an incremental one
            if (pass == 1)
                for (SalesforceServer *server : {&plain, &rotating})
                    server->put(QStringLiteral("Opportunity"), sfDeal(3),
                                {{QStringLiteral("Name"), QStringLiteral("Renamed")}},
                                QDateTime::currentMSecsSinceEpoch() - 1000);
            const int refreshesBefore = rotating.tokenRefreshes();
            const int requestsBefore = rotating.requestCount();
            const Run withRotation = runSync(syncArguments(rotatingDb), oauth, &rotating);
            QVERIFY2(withRotation.exitCode == 0, qPrintable(withRotation.err));
            const int requests = rotating.requestCount() - requestsBefore;
            const int refreshes = rotating.tokenRefreshes() - refreshesBefore;
            qInfo("pass %d: %d requests, %d sign-ins", pass, requests, refreshes);
            QVERIFY2(refreshes >= requests / 31, "a session ended every 30 requests");
            QVERIFY(refreshes >= (pass == 0 ? 4 : 1));
            const Run without = runSync(syncArguments(plainDb, plain.instanceUrl()), tokenEnv());
            QVERIFY2(without.exitCode == 0, qPrintable(without.err));
            QCOMPARE(dumpCacheFile(rotatingDb), dumpCacheFile(plainDb));
            QCOMPARE(secretInKeychain(QStringLiteral("cli/salesforce/refresh_token")),
                     rotating.currentRefreshToken());
        }
        QVERIFY(dumpCacheFile(rotatingDb).join(QLatin1Char('\n')).contains(QStringLiteral("Renamed")));
    }

    void aRotatedRefreshTokenIsKeptInTheKeychainForLaterRuns() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setOAuth("client", "secret", "5Aep-original", true);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        Env oauth{{"DEALPULSE_SALESFORCE_CLIENT_ID", QStringLiteral("client")},
                  {"DEALPULSE_SALESFORCE_CLIENT_SECRET", QStringLiteral("secret")},
                  {"DEALPULSE_SALESFORCE_REFRESH_TOKEN", QStringLiteral("5Aep-original")},
                  {"DEALPULSE_SALESFORCE_LOGIN_URL", server.loginUrl()}};
        auto kept = [&] { return secretInKeychain(QStringLiteral("cli/salesforce/refresh_token")); };
        const Run first = runSync(syncArguments(db), oauth);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QByteArray rotated = server.currentRefreshToken();
        QVERIFY(rotated != "5Aep-original");
        QCOMPARE(kept(), rotated);
        // One line says where the new token went; no token is ever printed.
        QCOMPARE(first.err.count(QStringLiteral("notice:")), 1);
        QVERIFY2(first.err.contains(QStringLiteral("refresh token; the new one is saved in")),
                 qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("cli/salesforce/refresh_token")), qPrintable(first.err));
        for (const Run &run : {first})
            QVERIFY(!(run.out + run.err).contains(QString::fromLatin1(rotated)) &&
                    !(run.out + run.err).contains(QStringLiteral("5Aep-original")));

        // The script still passes the old token, which Salesforce no longer accepts: the kept one is used.
        const Run second = runSync(syncArguments(db), oauth);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(server.tokenRefreshes(), 2);
        QCOMPARE(kept(), server.currentRefreshToken()); // rotated again, kept again
        QVERIFY(!second.err.contains(QString::fromLatin1(server.currentRefreshToken())));

        // No refresh token in the environment at all: the kept one.
        oauth.removeIf([](const auto &variable) {
            return QByteArray(variable.first) == "DEALPULSE_SALESFORCE_REFRESH_TOKEN";
        });
        const Run third = runSync(syncArguments(db), oauth);
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));

        // A new sign-in given in the environment wins over the kept token.
        server.setOAuth("client", "secret", "5Aep-reconnected", false);
        oauth.append({"DEALPULSE_SALESFORCE_REFRESH_TOKEN", QStringLiteral("5Aep-reconnected")});
        const Run fourth = runSync(syncArguments(db), oauth);
        QVERIFY2(fourth.exitCode == 0, qPrintable(fourth.err));
        QVERIFY(!fourth.err.contains(QStringLiteral("notice:")));
        QCOMPARE(dealCount(db), 10);
    }

    void theRequestLimitFailsWithOneLine() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setFault([](const ServerRequest &, int) -> std::optional<ServerReply> {
            return ServerReply::json(
                403, R"([{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}])");
        });
        QTemporaryDir dir;
        const Run run = runSync(syncArguments(dir.filePath(QStringLiteral("c.sqlite")), server.instanceUrl()),
                                tokenEnv());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("request limit")), qPrintable(run.err));
    }

    void killedAtRandomMomentsTheNextSyncEndsExactlyRight() {
        SalesforceServer server;
        fillSalesforce(server, {6, 200, 300, 8});
        server.setBatchSize(200);
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runSync(syncArguments(dir.filePath(QStringLiteral("timing.sqlite")), server.instanceUrl()),
                         tokenEnv())
                     .exitCode,
                 0);
        const qint64 fullSyncMs = timer.elapsed();
        qInfo() << "an uninterrupted sync takes" << fullSyncMs << "ms";
        QRandomGenerator random(20261129);
        int killedMidway = 0;
        qint64 budget = fullSyncMs;
        for (int round = 0; killedMidway < 4 && round < 16; ++round) {
            const QString db = dir.filePath(QStringLiteral("killed%1.sqlite").arg(round));
            QProcess child;
            start(child, syncArguments(db, server.instanceUrl()), tokenEnv());
            const int delay = int(random.bounded(qint64(10), std::max<qint64>(20, budget * 9 / 10)));
            if (!child.waitForFinished(delay)) {
                ::kill(pid_t(child.processId()), SIGKILL);
                QVERIFY(child.waitForFinished(10000));
                ++killedMidway;
            } else {
                budget = std::max<qint64>(20, budget / 2);
            }
            // The org moves on: deals and emails change, one deal is deleted.
            const Millis now = QDateTime::currentMSecsSinceEpoch() - 1000;
            for (int i = 0; i < 10; ++i) {
                server.put(QStringLiteral("Opportunity"), sfDeal(int(random.bounded(300))),
                           {{QStringLiteral("Amount"), double(random.bounded(100000))}}, now);
                server.put(QStringLiteral("EmailMessage"), sfId("02s", 1 + random.bounded(600) / 4 * 4),
                           {{QStringLiteral("Subject"), QStringLiteral("round %1").arg(round)}}, now);
            }
            server.remove(QStringLiteral("Opportunity"), sfDeal(round), now);

            const Run next = runSync(syncArguments(db, server.instanceUrl()), tokenEnv());
            QVERIFY2(next.exitCode == 0, qPrintable(next.err));
            TempCache reference;
            SyncSetup setup;
            setup.pageSize = 500;
            QVERIFY(syncSalesforce(reference.db(), server, setup).ok);
            auto opened = Database::open(db, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            QCOMPARE(integrityCheck(*opened.database), QStringLiteral("ok"));
            const QString difference = cacheDifference(*opened.database, reference.db());
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(difference)));
        }
        QVERIFY2(killedMidway >= 4, "the sync finished too fast to be killed midway");
    }
};

QTEST_GUILESS_MAIN(TestSalesforceCli)
#include "test_salesforce_cli.moc"
