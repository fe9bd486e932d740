// SPDX-License-Identifier: GPL-3.0-or-later
// SyncController as the main window uses it: a sync on a worker thread with progress signals, a cancel
// that stops it promptly, and one actionable sentence at the end.

#include "StallWatchdog.h"
#include "SyncFixtures.h"
#include "TestSupport.h"

#include "store/DealStore.h"
#include "store/MetaStore.h"
#include "sync/MainLoopSecretStore.h"
#include "sync/SecretStore.h"
#include "sync/SyncController.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QSignalSpy>
#include <QtTest>
#include <atomic>
#include <new>

using namespace dp;
using namespace dp::test;
using namespace dp::sync;

namespace {

CrmConnection oauthTo(HubSpotServer &server) {
    server.setOAuth("client", "secret", "refresh-0", true);
    server.setAccessToken("");
    CrmConnection connection;
    connection.baseUrl = server.baseUrl();
    connection.clientId = "client";
    connection.clientSecret = "secret";
    connection.refreshToken = "refresh-0";
    return connection;
}

CrmConnection connectionTo(const HubSpotServer &server, const QByteArray &token = "test-token") {
    CrmConnection connection;
    connection.baseUrl = server.baseUrl();
    connection.accessToken = token;
    return connection;
}

} // namespace

class TestSyncController : public QObject {
    Q_OBJECT

private slots:
    // The English catalogue holds the plural forms ("3 attempts", "10 deals updated"), as in the app.
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void syncsOnAWorkerAndReportsProgress() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        SyncController controller(path);
        QSignalSpy progressed(&controller, &SyncController::progressed);
        QSignalSpy finished(&controller, &SyncController::finished);
        QVERIFY(controller.start(connectionTo(server), syncOptions()));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(connectionTo(server), syncOptions())); // one at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(2).toInt(), 10);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("10 deals updated")));
        QVERIFY(!progressed.isEmpty());
        QVERIFY(progressed.last().at(0).toString().startsWith(QStringLiteral("Syncing ")));
        QVERIFY(!controller.isRunning());
        auto opened = Database::open(path, Database::Mode::ReadWrite);
        QCOMPARE(DealStore(*opened.database).count(), 10);
    }

    void cancelStopsPromptlyAndSaysTheNextSyncContinues() {
        HubSpotServer server;
        fillHubSpot(server, {4, 100, 200, 8});
        // Slow the server down so the cancel lands mid-sync.
        server.setFault([](const ServerRequest &, int) -> std::optional<ServerReply> {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            return std::nullopt;
        });
        QTemporaryDir dir;
        SyncController controller(dir.filePath(QStringLiteral("c.sqlite")));
        QSignalSpy finished(&controller, &SyncController::finished);
        QSignalSpy progressed(&controller, &SyncController::progressed);
        QVERIFY(controller.start(connectionTo(server), syncOptions()));
        QVERIFY(progressed.wait(10000));
        QElapsedTimer timer;
        timer.start();
        controller.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
    }

    void failureEndsWithAnActionableMessage() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        SyncController controller(dir.filePath(QStringLiteral("c.sqlite")));
        controller.setRetrySettings(
            {2, std::chrono::milliseconds(1), std::chrono::milliseconds(2), std::chrono::milliseconds(10)});
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.start(connectionTo(server, "revoked"), syncOptions());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("Reconnect")));
    }

    // The demo is regenerated when it gets old: a CRM synced into it would be mixed with invented deals,
    // then lost. The welcome page's "Explore the demo" leaves the window on the demo, where F5 lands.
    void theDemoPipelineIsNeverSynced() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(opened.ok());
            MetaStore(*opened.database)
                .setValue(QStringLiteral("demo_now"), QStringLiteral("2026-12-01T00:00:00Z"));
        }
        SyncController controller(path);
        QSignalSpy finished(&controller, &SyncController::finished);
        QVERIFY(controller.start(connectionTo(server), syncOptions()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("demo pipeline")),
                 qPrintable(finished.first().at(1).toString()));
        auto opened = Database::open(path, Database::Mode::ReadWrite);
        QCOMPARE(DealStore(*opened.database).count(), 0);
        QCOMPARE(server.requestCount(), 0);
    }

    void aRotatedTokenIsStoredAtOnceEvenWhenTheSyncThenFails() {
        HubSpotServer server;
        fillHubSpot(server);
        const CrmConnection connection = oauthTo(server);
        // Everything after the sign-in is refused: the sync fails right after the rotation.
        server.setFault([](const ServerRequest &request, int) -> std::optional<ServerReply> {
            if (request.path.startsWith("/oauth/"))
                return std::nullopt;
            return ServerReply::json(403, R"({"status":"error","category":"MISSING_SCOPES","message":"no"})");
        });
        MemorySecretStore secrets;
        QTemporaryDir dir;
        SyncController controller(dir.filePath(QStringLiteral("c.sqlite")));
        controller.setRefreshTokenKeeper([&secrets](const QByteArray &token, QString *error) {
            return secrets.write(QStringLiteral("hubspot/refresh_token"), token, error);
        });
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.start(connection, syncOptions());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(server.currentRefreshToken() != "refresh-0");
        QCOMPARE(secrets.all().value(QStringLiteral("hubspot/refresh_token")), server.currentRefreshToken());
    }

    void aWindowClosedMidSyncStillStoresTheRotatedToken() {
        HubSpotServer server;
        fillHubSpot(server, {4, 100, 200, 8});
        const CrmConnection connection = oauthTo(server);
        // The keychain completes its jobs through this thread's event loop, as the real one does.
        auto memory = std::make_shared<MemorySecretStore>();
        MainLoopSecretStore secrets(memory);
        QTemporaryDir dir;
        auto controller = std::make_unique<SyncController>(dir.filePath(QStringLiteral("c.sqlite")));
        controller->setRefreshTokenKeeper([&secrets](const QByteArray &token, QString *error) {
            return secrets.write(QStringLiteral("hubspot/refresh_token"), token, error);
        });
        QSignalSpy finished(controller.get(), &SyncController::finished);
        controller->start(connection, syncOptions());
        // The sign-in rotated the token and the sync waits for this thread to store it; before any event loop
        // runs here, the window goes (the controller is deleted with it). Waiting for the sync without
        // storing the token would hang both threads.
        QElapsedTimer timer;
        timer.start();
        while (server.tokenRefreshes() == 0 && timer.elapsed() < 10000)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const StallWatchdog watchdog(QStringLiteral("closing the window mid-sync"), [] { return 0; });
        controller.reset();
        QCOMPARE(finished.size(), 0); // it was still running
        QCOMPARE(server.tokenRefreshes(), 1);
        QVERIFY(server.currentRefreshToken() != "refresh-0");
        QCOMPARE(memory->all().value(QStringLiteral("hubspot/refresh_token")), server.currentRefreshToken());
    }

    // The window's runner runs its sync as a long task: announced like any other, cancelled with it.
    void aSyncIsALongTaskOfTheRunnerItIsGiven() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        TaskRunner runner;
        SyncController controller(dir.filePath(QStringLiteral("c.sqlite")), runner);
        QSignalSpy started(&runner, &TaskRunner::started);
        QSignalSpy finished(&controller, &SyncController::finished);
        QSignalSpy progressed(&controller, &SyncController::progressed);
        QVERIFY(controller.start(connectionTo(server)));
        QCOMPARE(started.size(), 1);
        QCOMPARE(runner.running().size(), 1);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!progressed.isEmpty());
        QVERIFY(runner.running().isEmpty());
    }

    void cancellingTheRunnersTasksCancelsTheSync() {
        HubSpotServer server;
        fillHubSpot(server, {4, 100, 200, 8});
        server.setFault([](const ServerRequest &, int) -> std::optional<ServerReply> {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            return std::nullopt;
        });
        QTemporaryDir dir;
        TaskRunner runner;
        SyncController controller(dir.filePath(QStringLiteral("c.sqlite")), runner);
        QSignalSpy finished(&controller, &SyncController::finished);
        QSignalSpy progressed(&controller, &SyncController::progressed);
        QVERIFY(controller.start(connectionTo(server)));
        QVERIFY(progressed.wait(10000));
        runner.cancelAll();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
    }

    // The window deletes its runner before the page that holds the controller: the runner, waiting for the
    // sync, stores the token the sync is handing over, as the controller would.
    void theRunnerGoingFirstMidSyncStillStoresTheRotatedToken() {
        HubSpotServer server;
        fillHubSpot(server, {4, 100, 200, 8});
        const CrmConnection connection = oauthTo(server);
        auto memory = std::make_shared<MemorySecretStore>();
        MainLoopSecretStore secrets(memory);
        QTemporaryDir dir;
        auto runner = std::make_unique<TaskRunner>();
        SyncController controller(dir.filePath(QStringLiteral("c.sqlite")), *runner);
        controller.setRefreshTokenKeeper([&secrets](const QByteArray &token, QString *error) {
            return secrets.write(QStringLiteral("hubspot/refresh_token"), token, error);
        });
        QSignalSpy finished(&controller, &SyncController::finished);
        QSignalSpy rotated(&controller, &SyncController::refreshTokenChanged);
        controller.start(connection);
        QElapsedTimer timer;
        timer.start();
        while (server.tokenRefreshes() == 0 && timer.elapsed() < 10000)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const StallWatchdog watchdog(QStringLiteral("deleting the runner mid-sync"), [] { return 0; });
        runner.reset();
        QCOMPARE(finished.size(), 0); // its result went with the runner's task
        QCOMPARE(server.tokenRefreshes(), 1);
        QVERIFY(server.currentRefreshToken() != "refresh-0");
        QCOMPARE(memory->all().value(QStringLiteral("hubspot/refresh_token")), server.currentRefreshToken());
        QCOMPARE(rotated.size(), 1);
    }

    void aKeychainThatRefusesTheRotatedTokenIsTheSyncsError() {
        HubSpotServer server;
        fillHubSpot(server);
        const CrmConnection connection = oauthTo(server);
        MemorySecretStore secrets;
        secrets.setRefuseWrites(true);
        QTemporaryDir dir;
        SyncController controller(dir.filePath(QStringLiteral("c.sqlite")));
        controller.setRefreshTokenKeeper([&secrets](const QByteArray &token, QString *error) {
            return secrets.write(QStringLiteral("hubspot/refresh_token"), token, error);
        });
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.start(connection, syncOptions());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("keychain")) && message.contains(QStringLiteral("locked")),
                 qPrintable(message));
        QVERIFY(!message.contains(QString::fromLatin1(server.currentRefreshToken())));
    }

    void anUnexpectedExceptionOnTheWorkerIsASyncErrorNotACrash() {
        HubSpotServer server;
        fillHubSpot(server);
        const CrmConnection connection = oauthTo(server);
        QTemporaryDir dir;
        SyncController controller(dir.filePath(QStringLiteral("c.sqlite")));
        // Something deep in a sync throws what no one expects (out of memory).
        controller.setRefreshTokenKeeper(
            [](const QByteArray &, QString *) -> bool { throw std::bad_alloc(); });
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.start(connection, syncOptions());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("unexpected error")),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(!controller.isRunning());
    }

    void rotatedRefreshTokenIsHandedBackForTheKeychain() {
        HubSpotServer server;
        fillHubSpot(server);
        server.setOAuth("client", "secret", "refresh-0", true);
        server.setAccessToken("");
        QTemporaryDir dir;
        SyncController controller(dir.filePath(QStringLiteral("c.sqlite")));
        QSignalSpy finished(&controller, &SyncController::finished);
        QSignalSpy rotated(&controller, &SyncController::refreshTokenChanged);
        CrmConnection connection;
        connection.baseUrl = server.baseUrl();
        connection.clientId = "client";
        connection.clientSecret = "secret";
        connection.refreshToken = "refresh-0";
        controller.start(connection, syncOptions());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(rotated.size(), 1);
        QCOMPARE(rotated.first().at(0).toByteArray(), server.currentRefreshToken());
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "test_sync_controller.moc"
