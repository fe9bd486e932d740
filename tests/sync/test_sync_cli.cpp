// SPDX-License-Identifier: GPL-3.0-or-later
// `dealpulse sync` as a user or a script meets it: credentials from the environment, progress on stderr,
// exit codes, and a child killed with SIGKILL at random moments whose next sync still ends exactly right.

#include "StallWatchdog.h"
#include "SyncFixtures.h"
#include "TestSupport.h"
#include "settings/SettingsStore.h"
#include "sync/CrmChoices.h"

#include "store/DealStore.h"

#include <QElapsedTimer>
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

QProcessEnvironment environment(const QByteArray &token, const Env &extra = {}) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DEALPULSE_HUBSPOT_TOKEN", "DEALPULSE_HUBSPOT_CLIENT_ID",
                             "DEALPULSE_HUBSPOT_CLIENT_SECRET", "DEALPULSE_HUBSPOT_REFRESH_TOKEN"})
        env.remove(QLatin1String(name));
    if (!token.isEmpty())
        env.insert(QStringLiteral("DEALPULSE_HUBSPOT_TOKEN"), QString::fromLatin1(token));
    for (const auto &[name, value] : extra)
        env.insert(QLatin1String(name), value);
    return env;
}

void start(QProcess &process, const QStringList &arguments, const QByteArray &token, const Env &extra = {}) {
    process.setProcessEnvironment(environment(token, extra));
    process.start(qEnvironmentVariable("DEALPULSE_APP"), arguments);
    QVERIFY(process.waitForStarted());
}

// watched: a server whose requests count as progress; a sync that stops sending them for 30 s fails.
Run runSync(const QStringList &arguments, const QByteArray &token = "test-token", const Env &extra = {},
            const HubSpotServer *watched = nullptr) {
    QProcess process;
    start(process, QStringList{QStringLiteral("sync")} + arguments, token, extra);
    if (watched)
        waitWhileProgressing(process, QStringLiteral("dealpulse sync"),
                             [watched] { return watched->requestCount(); });
    else if (!process.waitForFinished(120000))
        qFatal("dealpulse sync did not finish");
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// The settings file the app's children read (the test's XDG_CONFIG_HOME, as ctest sets it).
QString appSettingsFile() {
    return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/Dealpulse/Dealpulse.conf");
}

QStringList syncArguments(const QString &db, const HubSpotServer &server) {
    return {QStringLiteral("--db"),       db,
            QStringLiteral("--source"),   QStringLiteral("hubspot"),
            QStringLiteral("--base-url"), server.baseUrl()};
}

} // namespace

class TestSyncCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString why;
        QVERIFY2(inTestKeychain(&why), qPrintable(why));
    }
    // Each test starts without the secrets an earlier one left (a kept refresh token would sign in instead).
    void init() { clearKeychain(); }
    void cleanup() { SettingsStore(appSettingsFile()).clear(); }

    // README: `dealpulse sync` uses the connection saved in the window's Settings → CRM, its secrets from the
    // keychain; credentials in the environment win.
    void syncsWithTheConnectionSavedInTheWindow() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        const Run nothingSaved = runSync({QStringLiteral("--db"), db}, QByteArray());
        QCOMPARE(nothingSaved.exitCode, 2);
        QVERIFY2(nothingSaved.err.contains(QStringLiteral("--source")), qPrintable(nothingSaved.err));

        CrmConnectionSettings saved;
        saved.kind = CrmConnectionKind::HubSpotToken;
        saved.baseUrl = server.baseUrl();
        saved.objects = sync::crmChoices();
        SettingsStore(appSettingsFile()).setCrmConnection(sync::CrmConnection::Source::HubSpot, saved);
        storeInKeychain(QStringLiteral("hubspot/access_token"), "test-token");
        const Run run = runSync({QStringLiteral("--db"), db}, QByteArray());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("recomputed 10 deals")), qPrintable(run.out));
        {
            auto opened = Database::open(db, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            QCOMPARE(DealStore(*opened.database).count(), 10);
        }

        // The saved token was revoked: the sync says so...
        storeInKeychain(QStringLiteral("hubspot/access_token"), "revoked-token");
        const Run revoked = runSync({QStringLiteral("--db"), db}, QByteArray());
        QCOMPARE(revoked.exitCode, 1);
        QVERIFY2(revoked.err.contains(QStringLiteral("Reconnect")), qPrintable(revoked.err));
        // ...and a token in the environment wins over it.
        const Run environment = runSync(syncArguments(db, server), "test-token");
        QVERIFY2(environment.exitCode == 0, qPrintable(environment.err));
    }

    void badArgumentsAndMissingCredentialsExitWithUsage() {
        HubSpotServer server;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        const Run noCredentials = runSync(syncArguments(db, server), QByteArray());
        QCOMPARE(noCredentials.exitCode, 2);
        QVERIFY(noCredentials.err.contains(QStringLiteral("DEALPULSE_HUBSPOT_TOKEN")));
        QCOMPARE(noCredentials.err.count(QLatin1Char('\n')), 1);
        const Run badSource =
            runSync({QStringLiteral("--db"), db, QStringLiteral("--source"), QStringLiteral("pipedrive")});
        QCOMPARE(badSource.exitCode, 2);
        const Run plainHttp =
            runSync({QStringLiteral("--db"), db, QStringLiteral("--source"), QStringLiteral("hubspot"),
                     QStringLiteral("--base-url"), QStringLiteral("http://api.example.com")});
        QCOMPARE(plainHttp.exitCode, 2);
        QVERIFY(plainHttp.err.contains(QStringLiteral("https")));
    }

    void syncsWithProgressOnStderrAndASummaryOnStdout() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        const Run run = runSync(syncArguments(db, server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("deals (4 of 8)")), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Synced ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("recomputed 10 deals")));
        auto opened = Database::open(db, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        QCOMPARE(DealStore(*opened.database).count(), 10);
    }

    void expiredCredentialsFailWithOneActionableLine() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        const Run run =
            runSync(syncArguments(dir.filePath(QStringLiteral("c.sqlite")), server), "wrong-token");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Reconnect")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("wrong-token")));
    }

    void aRotatedRefreshTokenIsKeptForTheNextRun() {
        HubSpotServer server;
        fillHubSpot(server);
        server.setOAuth("client", "secret", "refresh-0", true);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        const Env oauth{{"DEALPULSE_HUBSPOT_CLIENT_ID", QStringLiteral("client")},
                        {"DEALPULSE_HUBSPOT_CLIENT_SECRET", QStringLiteral("secret")},
                        {"DEALPULSE_HUBSPOT_REFRESH_TOKEN", QStringLiteral("refresh-0")}};
        const Run first = runSync(syncArguments(db, server), QByteArray(), oauth);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(server.currentRefreshToken() != "refresh-0");
        QVERIFY2(first.err.contains(QStringLiteral("notice: HubSpot replaced the refresh token")),
                 qPrintable(first.err));
        QVERIFY(!first.err.contains(QString::fromLatin1(server.currentRefreshToken())));
        // The same environment again: the old token is dead, the kept one signs in.
        const Run second = runSync(syncArguments(db, server), QByteArray(), oauth);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    }

    void rotatedTokensAndSessionsExpiringEvery30RequestsEndAsASyncWithout() {
        // Sessions end every 30 requests, so renewals land on the fetch thread, the prepare thread's own
        // connection and the main sync thread alike; each renewal rotates the refresh token, which the
        // test keychain completes through the main thread's event loop, as the real one does.
        const DatasetShape shape{4, 400, 800, 8};
        HubSpotServer plain;
        fillHubSpot(plain, shape);
        HubSpotServer rotating;
        fillHubSpot(rotating, shape);
        rotating.setOAuth("client", "secret", "refresh-0", true);
        rotating.setSessionLength(30);
        QTemporaryDir dir;
        const Env oauth{{"DEALPULSE_HUBSPOT_CLIENT_ID", QStringLiteral("client")},
                        {"DEALPULSE_HUBSPOT_CLIENT_SECRET", QStringLiteral("secret")},
                        {"DEALPULSE_HUBSPOT_REFRESH_TOKEN", QStringLiteral("refresh-0")}};
        const QString rotatingDb = dir.filePath(QStringLiteral("rotating.sqlite"));
        const QString plainDb = dir.filePath(QStringLiteral("plain.sqlite"));
        for (int pass = 0; pass < 2; ++pass) { // the first sync, then an incremental one
            if (pass == 1)
                for (HubSpotServer *server : {&plain, &rotating})
                    server->put(QStringLiteral("deals"), 5003,
                                {{QStringLiteral("dealname"), QStringLiteral("Renamed")}},
                                QDateTime::currentMSecsSinceEpoch() - 1000);
            const int refreshesBefore = rotating.tokenRefreshes();
            const int requestsBefore = rotating.requestCount();
            const Run withRotation =
                runSync(syncArguments(rotatingDb, rotating), QByteArray(), oauth, &rotating);
            QVERIFY2(withRotation.exitCode == 0, qPrintable(withRotation.err));
            const int requests = rotating.requestCount() - requestsBefore;
            const int refreshes = rotating.tokenRefreshes() - refreshesBefore;
            qInfo("pass %d: %d requests, %d sign-ins", pass, requests, refreshes);
            QVERIFY2(refreshes >= requests / 31, "a session ended every 30 requests");
            QVERIFY(refreshes >= (pass == 0 ? 4 : 1));
            const Run without = runSync(syncArguments(plainDb, plain));
            QVERIFY2(without.exitCode == 0, qPrintable(without.err));
            QCOMPARE(dumpCacheFile(rotatingDb), dumpCacheFile(plainDb));
            QCOMPARE(secretInKeychain(QStringLiteral("cli/hubspot/refresh_token")),
                     rotating.currentRefreshToken());
        }
        QVERIFY(dumpCacheFile(rotatingDb).join(QLatin1Char('\n')).contains(QStringLiteral("Renamed")));
    }

    void aKeychainThatWillNotKeepTheRotatedTokenFailsTheRun() {
        HubSpotServer server;
        fillHubSpot(server);
        server.setOAuth("client", "secret", "refresh-0", true);
        QTemporaryDir dir;
        // No session bus to reach the keychain through: every write is refused, as a locked keychain would.
        const Env oauth{{"DEALPULSE_HUBSPOT_CLIENT_ID", QStringLiteral("client")},
                        {"DEALPULSE_HUBSPOT_CLIENT_SECRET", QStringLiteral("secret")},
                        {"DEALPULSE_HUBSPOT_REFRESH_TOKEN", QStringLiteral("refresh-0")},
                        {"DBUS_SESSION_BUS_ADDRESS",
                         QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus"))}};
        const Run run =
            runSync(syncArguments(dir.filePath(QStringLiteral("c.sqlite")), server), QByteArray(), oauth);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(server.currentRefreshToken() != "refresh-0");
        QVERIFY2(run.err.contains(QStringLiteral("would not keep the new one")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!run.err.contains(QString::fromLatin1(server.currentRefreshToken())));
    }

    void killedAtRandomMomentsTheNextSyncEndsExactlyRight() {
        HubSpotServer server;
        fillHubSpot(server, {6, 200, 300, 12});
        QTemporaryDir dir;
        // How long an uninterrupted first sync takes here, so the kills land inside one.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runSync(syncArguments(dir.filePath(QStringLiteral("timing.sqlite")), server)).exitCode, 0);
        const qint64 fullSyncMs = timer.elapsed();

        qInfo() << "an uninterrupted sync takes" << fullSyncMs << "ms";
        QRandomGenerator random(20261128);
        int killedMidway = 0;
        // Even rounds kill a first sync of a new cache; odd rounds an incremental sync of the cache the round
        // before completed. A kill that came too late halves that kind's delay budget (machines differ).
        qint64 budget[2] = {fullSyncMs, std::max<qint64>(20, fullSyncMs / 3)};
        for (int round = 0; killedMidway < 6 && round < 24; ++round) {
            const int kind = round % 2;
            const QString db = dir.filePath(QStringLiteral("killed%1.sqlite").arg(round / 2));
            QProcess child;
            start(child, QStringList{QStringLiteral("sync")} + syncArguments(db, server), "test-token");
            const int delay = int(random.bounded(qint64(10), std::max<qint64>(20, budget[kind] * 9 / 10)));
            if (!child.waitForFinished(delay)) {
                ::kill(pid_t(child.processId()), SIGKILL);
                QVERIFY(child.waitForFinished(10000));
                ++killedMidway;
            } else {
                budget[kind] = std::max<qint64>(20, budget[kind] / 2);
            }
            // The CRM moves on: some deals and emails change, one deal is archived.
            const Millis now = QDateTime::currentMSecsSinceEpoch() - 1000;
            for (int i = 0; i < 15; ++i) {
                const qint64 deal = 5000 + random.bounded(300);
                server.put(QStringLiteral("deals"), deal,
                           {{QStringLiteral("amount"), QString::number(random.bounded(100000))}}, now);
                server.put(QStringLiteral("emails"), 20000 + random.bounded(3600) / 4 * 4,
                           {{QStringLiteral("hs_email_subject"), QStringLiteral("round %1").arg(round)}},
                           now);
            }
            server.archive(QStringLiteral("deals"), 5000 + round, now);

            const Run next = runSync(syncArguments(db, server));
            QVERIFY2(next.exitCode == 0, qPrintable(next.err));
            TempCache reference;
            SyncSetup setup;
            setup.pageSize = 100;
            QVERIFY(syncHubSpot(reference.db(), server, setup).ok);
            auto opened = Database::open(db, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            QCOMPARE(integrityCheck(*opened.database), QStringLiteral("ok"));
            const QString difference = cacheDifference(*opened.database, reference.db());
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(difference)));
        }
        QVERIFY2(killedMidway >= 6, "the sync finished too fast to be killed midway");
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "test_sync_cli.moc"
