// SPDX-License-Identifier: GPL-3.0-or-later
// A CRM (or something pretending to be one) that answers with cursors that would keep a sync paging forever,
// or a Salesforce nextRecordsUrl that leads off the instance: each stops the sync with an error, quickly.

#include "SalesforceFixtures.h"
#include "SyncFixtures.h"
#include "TestSupport.h"

#include <QtTest>
#include <atomic>
#include <mutex>

using namespace dp;
using namespace dp::test;

namespace {

// Loops only as long as a client keeps asking: after this many answers the server gives in, so a client
// that follows the cursor blindly ends (and the test sees it did not stop) instead of hanging.
constexpr int kGiveUpAfter = 40;

SyncSetup salesforceSetup() {
    SyncSetup setup;
    setup.pageSize = 10; // LIMIT 10 over batches of 4: every query follows nextRecordsUrl
    return setup;
}

} // namespace

class TestHostileServer : public QObject {
    Q_OBJECT

private slots:
    void aRepeatedHubSpotCursorStopsTheListing() {
        HubSpotServer server;
        fillHubSpot(server);
        std::mutex mutex;
        QString first;
        int rewrites = 0;
        server.setListCursorRewrite([&](const QString &after) {
            std::lock_guard lock(mutex);
            if (first.isEmpty())
                first = after;
            return ++rewrites < kGiveUpAfter ? first : after;
        });
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.errorKind, sync::SyncError::Kind::Protocol);
        QVERIFY2(outcome.error.contains(QStringLiteral("same paging cursor")), qPrintable(outcome.error));
        QVERIFY2(rewrites < 5, qPrintable(QString::number(rewrites)));
    }

    void aSearchCursorThatDoesNotMoveStopsTheSearch() {
        HubSpotServer server;
        fillHubSpot(server);
        std::atomic_int searches{0};
        // Search pages that are empty yet point back to the offset just asked for.
        server.setFault([&searches](const ServerRequest &request, int) -> std::optional<ServerReply> {
            if (request.method != "POST" || !request.path.endsWith("/search") || ++searches >= kGiveUpAfter)
                return std::nullopt;
            return ServerReply::json(200, R"({"total":5,"results":[],"paging":{"next":{"after":"0"}}})");
        });
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("same paging cursor")), qPrintable(outcome.error));
        QVERIFY2(searches < 5, qPrintable(QString::number(searches)));
    }

    void aRepeatedNextRecordsUrlStopsTheQuery() {
        SalesforceServer server;
        fillSalesforce(server);
        QString first;
        int rewrites = 0;
        server.setNextRecordsUrlRewrite([&](const QString &url) {
            if (first.isEmpty())
                first = url;
            return ++rewrites < kGiveUpAfter ? first : url;
        });
        TempCache cache;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, salesforceSetup());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.errorKind, sync::SyncError::Kind::Protocol);
        QVERIFY2(outcome.error.contains(QStringLiteral("twice")), qPrintable(outcome.error));
        QVERIFY2(rewrites < 5, qPrintable(QString::number(rewrites)));
    }

    void aTotalTooLargeToCountGivesNoEstimate() {
        // A search "total" of 9.2e18 passes the range check; the time left must not overflow an int.
        TempCache cache;
        const FixedClock clock(0);
        sync::SyncRun run(cache.db(), clock);
        run.object = QStringLiteral("deals");
        run.objectTotal = std::numeric_limits<qint64>::max();
        std::optional<sync::SyncProgress> seen;
        run.onProgress = [&seen](const sync::SyncProgress &progress) { seen = progress; };
        run.beginPage();
        run.pageWritten(100);
        run.commitPages();
        QVERIFY(seen);
        QVERIFY(!seen->etaSeconds);
        run.objectTotal = 300;
        run.beginPage();
        run.pageWritten(100);
        run.commitPages();
        QVERIFY(seen->etaSeconds && *seen->etaSeconds >= 0);
    }

    void aNextRecordsUrlOffTheInstanceIsNotFollowed_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("another host") << QStringLiteral("https://evil.example/x");
        QTest::newRow("scheme-relative") << QStringLiteral("//evil.example/services/data/v62.0/query/x");
        QTest::newRow("dot segments") << QStringLiteral("/services/data/v62.0/../../x");
        QTest::newRow("encoded dot segments") << QStringLiteral("/services/data/v62.0/%2e%2e/%2e%2e/x");
        QTest::newRow("not the API") << QStringLiteral("/secur/frontdoor.jsp");
    }

    void aNextRecordsUrlOffTheInstanceIsNotFollowed() {
        QFETCH(QString, url);
        SalesforceServer server;
        fillSalesforce(server);
        server.setNextRecordsUrlRewrite([&](const QString &) { return url; });
        QList<QByteArray> targets;
        server.setFault([&](const ServerRequest &request, int) -> std::optional<ServerReply> {
            targets.append(request.target);
            return std::nullopt;
        });
        TempCache cache;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, salesforceSetup());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.errorKind, sync::SyncError::Kind::Protocol);
        QVERIFY2(outcome.error.contains(QStringLiteral("not a path on the instance")),
                 qPrintable(outcome.error));
        for (const QByteArray &target : std::as_const(targets))
            QVERIFY2(target.startsWith("/services/data/v") && !target.contains("..") &&
                         !target.contains("evil") && !target.contains("%2e"),
                     target.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "test_hostile_server.moc"
