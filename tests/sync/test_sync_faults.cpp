// Fault injection across whole syncs: for every N, the Nth HTTP request fails (and, separately, the Nth
// database commit), and the next sync must end with exactly the cache an undisturbed sync produces.

#include "SyncFixtures.h"
#include "TestSupport.h"

#include <QtTest>
#include <sqlite3.h>

using namespace dp;
using namespace dp::test;

namespace {

constexpr Millis kFirstStart = kBaseStamp + 50'000'000;
constexpr Millis kSecondStart = kFirstStart + 3'600'000;

const DatasetShape kShape{3, 6, 5, 4};

// The server after the first sync: changes, a new deal with engagements, an archived deal and email.
void changeServer(HubSpotServer &server) {
    const Millis at = kFirstStart + 60'000;
    server.put(QStringLiteral("deals"), 5001,
               {{QStringLiteral("amount"), QStringLiteral("9999")},
                {QStringLiteral("dealstage"), QStringLiteral("contractsent")}},
               at);
    server.put(QStringLiteral("deals"), 5100,
               {{QStringLiteral("dealname"), QStringLiteral("New deal")},
                {QStringLiteral("dealstage"), QStringLiteral("unknown-stage")},
                {QStringLiteral("hubspot_owner_id"), QStringLiteral("101")}},
               at + 1000);
    server.associate(QStringLiteral("deals"), 5100, QStringLiteral("contacts"), 1003);
    for (qint64 id = 30000; id < 30004; ++id) {
        server.put(QStringLiteral("emails"), id,
                   {{QStringLiteral("hs_timestamp"), QString::number(at)},
                    {QStringLiteral("hs_email_direction"), QStringLiteral("INCOMING_EMAIL")},
                    {QStringLiteral("hs_email_subject"), QStringLiteral("Yes")}},
                   at + id);
        server.associate(QStringLiteral("emails"), id, QStringLiteral("deals"), 5100);
        server.associate(QStringLiteral("emails"), id, QStringLiteral("contacts"), 1003);
    }
    server.archive(QStringLiteral("deals"), 5002, at);
    server.archive(QStringLiteral("emails"), 20000, at);
}

struct Reference {
    QStringList afterFirst;
    QStringList afterSecond;
    int firstRequests = 0;
    int secondRequests = 0;
    int firstCommits = 0;
    int secondCommits = 0;
};

int g_commits = 0;
int g_failAt = 0;
int countCommit(void *) {
    return ++g_commits == g_failAt ? 1 : 0; // non-zero turns this COMMIT into a ROLLBACK
}

SyncSetup setupAt(Millis start) {
    SyncSetup setup;
    setup.startedAt = start;
    return setup;
}

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

    HubSpotServer m_before;
    HubSpotServer m_after;
    Reference m_reference;

private slots:
    void initTestCase() {
        fillHubSpot(m_before, kShape);
        fillHubSpot(m_after, kShape);
        changeServer(m_after);
        TempCache cache;
        sqlite3_commit_hook(cache.db().handle(), countCommit, nullptr);
        g_commits = 0;
        g_failAt = 0;
        const SyncOutcome first = syncHubSpot(cache.db(), m_before, setupAt(kFirstStart));
        QVERIFY2(first.ok, qPrintable(first.error));
        m_reference.firstRequests = first.requests;
        m_reference.firstCommits = g_commits;
        m_reference.afterFirst = dumpCache(cache.db(), true);
        g_commits = 0;
        const SyncOutcome second = syncHubSpot(cache.db(), m_after, setupAt(kSecondStart));
        QVERIFY2(second.ok, qPrintable(second.error));
        m_reference.secondRequests = second.requests;
        m_reference.secondCommits = g_commits;
        m_reference.afterSecond = dumpCache(cache.db(), true);
        sqlite3_commit_hook(cache.db().handle(), nullptr, nullptr);
        QVERIFY(m_reference.firstRequests > 30);
        QVERIFY(m_reference.afterSecond != m_reference.afterFirst);
        QVERIFY(m_reference.afterSecond.join(QLatin1Char('\n')).contains(QStringLiteral("New deal")));
    }

    void everyFailedRequestConverges_data() {
        QTest::addColumn<bool>("second");
        QTest::newRow("first sync (listing)") << false;
        QTest::newRow("incremental sync (search)") << true;
    }
    void everyFailedRequestConverges() {
        QFETCH(bool, second);
        const int total = second ? m_reference.secondRequests : m_reference.firstRequests;
        HubSpotServer &server = second ? m_after : m_before;
        for (int n = 1; n <= total; ++n) {
            TempCache cache;
            if (second)
                QVERIFY(syncHubSpot(cache.db(), m_before, setupAt(kFirstStart)).ok);
            int seen = 0;
            server.setFault([&](const ServerRequest &, int) -> std::optional<ServerReply> {
                if (++seen != n)
                    return std::nullopt;
                return ServerReply::json(
                    400, R"({"status":"error","message":"injected","category":"VALIDATION_ERROR"})");
            });
            const Millis start = second ? kSecondStart : kFirstStart;
            const SyncOutcome failed = syncHubSpot(cache.db(), server, setupAt(start));
            server.setFault({});
            QVERIFY2(!failed.ok,
                     qPrintable(QStringLiteral("request %1 of %2 did not fail the sync").arg(n).arg(total)));
            const SyncOutcome recovered = syncHubSpot(cache.db(), server, setupAt(start));
            QVERIFY2(recovered.ok, qPrintable(recovered.error));
            const QStringList expected = second ? m_reference.afterSecond : m_reference.afterFirst;
            QVERIFY2(dumpCache(cache.db(), true) == expected,
                     qPrintable(QStringLiteral("cache differs after request %1 failed").arg(n)));
        }
    }

    void everyFailedCommitConverges_data() { everyFailedRequestConverges_data(); }
    void everyFailedCommitConverges() {
        QFETCH(bool, second);
        const int total = second ? m_reference.secondCommits : m_reference.firstCommits;
        HubSpotServer &server = second ? m_after : m_before;
        QVERIFY(total > 10);
        for (int n = 1; n <= total; ++n) {
            TempCache cache;
            if (second)
                QVERIFY(syncHubSpot(cache.db(), m_before, setupAt(kFirstStart)).ok);
            g_commits = 0;
            g_failAt = n;
            sqlite3_commit_hook(cache.db().handle(), countCommit, nullptr);
            const Millis start = second ? kSecondStart : kFirstStart;
            const SyncOutcome failed = syncHubSpot(cache.db(), server, setupAt(start));
            sqlite3_commit_hook(cache.db().handle(), nullptr, nullptr);
            g_failAt = 0;
            QVERIFY2(!failed.ok,
                     qPrintable(QStringLiteral("commit %1 of %2 did not fail the sync").arg(n).arg(total)));
            QCOMPARE(failed.errorKind, sync::SyncError::Kind::Store);
            const SyncOutcome recovered = syncHubSpot(cache.db(), server, setupAt(start));
            QVERIFY2(recovered.ok, qPrintable(recovered.error));
            const QStringList expected = second ? m_reference.afterSecond : m_reference.afterFirst;
            QVERIFY2(dumpCache(cache.db(), true) == expected,
                     qPrintable(QStringLiteral("cache differs after commit %1 failed").arg(n)));
            Statement check(cache.db().handle(), "PRAGMA integrity_check");
            QVERIFY(check.step());
            QCOMPARE(check.text(0), QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "test_sync_faults.moc"
