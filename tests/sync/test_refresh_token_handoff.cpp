// SPDX-License-Identifier: GPL-3.0-or-later
// RefreshTokenHandoff on its own: tokens handed over from several threads are stored by the owner thread in
// the order the CRM issued them, a refusal reaches the thread that waits, and the owner serves while it
// waits for the sync's threads to end. And OAuthRefresher announces a rotation outside its lock, so other
// threads keep their requests going while one waits for the keychain.

#include "LoopbackServer.h"

#include "sync/http/ApiClient.h"
#include "sync/http/HttpClient.h"
#include "sync/http/OAuthTokens.h"
#include "sync/http/RefreshTokenHandoff.h"
#include "sync/hubspot/HubSpotConnector.h"

#include <QtTest>
#include <atomic>
#include <thread>

using namespace dp;
using namespace dp::sync;
using namespace dp::test;

class TestRefreshTokenHandoff : public QObject {
    Q_OBJECT

private slots:
    void tokensHandedOverLateNeverReplaceANewerOne() {
        QList<QByteArray> written;
        RefreshTokenHandoff handoff([&written](const QByteArray &token, QString *) {
            written.append(token);
            return true;
        });
        QString error;
        // Generation 3 arrives first (its thread was quicker), then 2: the store keeps 3.
        QVERIFY(handoff.keep("token-3", 3, &error));
        QVERIFY(handoff.keep("token-2", 2, &error));
        QCOMPARE(written, QList<QByteArray>{"token-3"});
    }

    void theOwnerServesWhileItWaitsForTheSyncThreads() {
        QList<QByteArray> written;
        RefreshTokenHandoff handoff([&written](const QByteArray &token, QString *) {
            written.append(token);
            return true;
        });
        std::atomic_int kept{0};
        std::thread sync([&] {
            QString error;
            for (quint64 generation = 1; generation <= 3; ++generation)
                kept += handoff.keep("token-" + QByteArray::number(generation), generation, &error) ? 1 : 0;
            handoff.finish();
        });
        // No event loop runs here: only serveUntilFinished() can store them.
        handoff.serveUntilFinished();
        sync.join();
        QCOMPARE(kept.load(), 3);
        QCOMPARE(written.last(), QByteArray("token-3"));
    }

    void aRefusalReachesTheThreadThatWaits() {
        RefreshTokenHandoff handoff([](const QByteArray &, QString *error) {
            *error = QStringLiteral("the keychain is locked");
            return false;
        });
        bool stored = true;
        QString error;
        std::thread sync([&] {
            stored = handoff.keep("token-1", 1, &error);
            handoff.finish();
        });
        handoff.serveUntilFinished();
        sync.join();
        QVERIFY(!stored);
        QCOMPARE(error, QStringLiteral("the keychain is locked"));
    }

    void anExceptionInTheStoreIsARefusalNotAHang() {
        RefreshTokenHandoff handoff([](const QByteArray &, QString *) -> bool { throw std::bad_alloc(); });
        QString error;
        QVERIFY(!handoff.keep("token-1", 1, &error));
        QVERIFY2(error.contains(QStringLiteral("unexpected")), qPrintable(error));
    }

    void queuedTokensAreStoredByTheOwnersEventLoop() {
        QByteArray written;
        RefreshTokenHandoff handoff([&written](const QByteArray &token, QString *) {
            written = token;
            return true;
        });
        std::atomic_bool done{false};
        std::thread sync([&] {
            QString error;
            handoff.keep("token-1", 1, &error);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000); // QTRY runs this thread's event loop
        sync.join();
        QCOMPARE(written, QByteArray("token-1"));
    }

    void aRotationIsAnnouncedOutsideTheRefreshLock() {
        std::atomic_int grants{0};
        LoopbackServer server([&](const ServerRequest &) {
            const QByteArray n = QByteArray::number(++grants);
            return ServerReply::json(200, "{\"access_token\":\"a" + n + "\",\"refresh_token\":\"r" + n +
                                              "\",\"expires_in\":1800}");
        });
        HttpClient http;
        HttpClient otherHttp;
        ApiClient api(http, QStringLiteral("HubSpot"), hubSpotErrorInterpreter());
        ApiClient other(otherHttp, api);
        OAuthRefresher tokens(
            OAuthClient{server.baseUrl() + QStringLiteral("/oauth/v1/token"), "id", "secret", "r0"});
        std::atomic_bool announcing{false};
        std::atomic_bool release{false};
        quint64 announced = 0;
        QByteArray announcedToken;
        tokens.setOnRotated([&](const QByteArray &token, quint64 generation) {
            announcedToken = token;
            announced = generation;
            announcing = true;
            while (!release) // a keychain that takes its time
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        std::thread first([&] { tokens.token(api); });
        QTRY_VERIFY_WITH_TIMEOUT(announcing, 10000);
        // While the first thread waits for the keychain, another gets the new access token at once.
        QCOMPARE(tokens.token(other), QByteArray("a1"));
        release = true;
        first.join();
        QCOMPARE(announced, quint64(1));
        QCOMPARE(announcedToken, QByteArray("r1"));
        QCOMPARE(tokens.refreshToken(), QByteArray("r1"));
    }
};

QTEST_GUILESS_MAIN(TestRefreshTokenHandoff)
#include "test_refresh_token_handoff.moc"
