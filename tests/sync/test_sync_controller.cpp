// SyncController as the main window uses it: a sync on a worker thread with progress signals, a cancel
// that stops it promptly, and one actionable sentence at the end.

#include "SyncFixtures.h"
#include "TestSupport.h"

#include "store/DealStore.h"
#include "sync/SyncController.h"

#include <QSignalSpy>
#include <QtTest>

using namespace dp;
using namespace dp::test;
using namespace dp::sync;

namespace {

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
    void syncsOnAWorkerAndReportsProgress() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        SyncController controller(path);
        QSignalSpy progressed(&controller, &SyncController::progressed);
        QSignalSpy finished(&controller, &SyncController::finished);
        QVERIFY(controller.start(connectionTo(server)));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(connectionTo(server))); // one at a time
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
        QVERIFY(controller.start(connectionTo(server)));
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
        controller.start(connectionTo(server, "revoked"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("Reconnect")));
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
        controller.start(connection);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(rotated.size(), 1);
        QCOMPARE(rotated.first().at(0).toByteArray(), server.currentRefreshToken());
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "test_sync_controller.moc"
