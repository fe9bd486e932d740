// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection across whole syncs, for each CRM: for every N, the Nth HTTP request fails (and,
// separately, the Nth database commit, with a commit per page and with pages grouped as the app groups
// them), and the next sync must end with exactly the cache an undisturbed sync produces.

#include "SalesforceFixtures.h"
#include "SyncFixtures.h"
#include "TestSupport.h"

#include <QtTest>
#include <memory>
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

// The org after the first sync: a changed deal with its history row, a new deal (unknown stage) with a
// contact role and emails, a deleted deal, a deleted call, and a contact merged into another.
void changeSalesforce(SalesforceServer &server) {
    const Millis at = kFirstStart + 60'000;
    server.put(QStringLiteral("Opportunity"), sfDeal(1),
               {{QStringLiteral("Amount"), 9999.0},
                {QStringLiteral("StageName"), QStringLiteral("Proposal/Price Quote")}},
               at);
    server.put(QStringLiteral("OpportunityHistory"), sfId("008", 901),
               {{QStringLiteral("OpportunityId"), sfDeal(1)},
                {QStringLiteral("StageName"), QStringLiteral("Proposal/Price Quote")},
                {QStringLiteral("Amount"), 9999.0},
                {QStringLiteral("PrevAmount"), 2000.0},
                {QStringLiteral("CloseDate"), QStringLiteral("2024-07-02")},
                {QStringLiteral("PrevCloseDate"), QStringLiteral("2024-07-02")}},
               at);
    server.put(QStringLiteral("Opportunity"), sfDeal(100),
               {{QStringLiteral("Name"), QStringLiteral("New deal")},
                {QStringLiteral("StageName"), QStringLiteral("Unknown stage")},
                {QStringLiteral("OwnerId"), sfId("005", 2)}},
               at + 1000);
    server.put(QStringLiteral("OpportunityContactRole"), sfId("00K", 900),
               {{QStringLiteral("OpportunityId"), sfDeal(100)}, {QStringLiteral("ContactId"), sfContact(3)}},
               at + 1000);
    for (int i = 0; i < 4; ++i)
        server.put(QStringLiteral("EmailMessage"), sfId("02s", 900 + i),
                   {{QStringLiteral("Subject"), QStringLiteral("Yes")},
                    {QStringLiteral("Incoming"), true},
                    {QStringLiteral("MessageDate"), sfInstant(at)},
                    {QStringLiteral("FromAddress"), QStringLiteral("buyer3@client0.com")},
                    {QStringLiteral("RelatedToId"), sfDeal(100)}},
                   at + 2000 + i * 1000);
    // The new emails' sender as the org matched it, a relation to a contact created after the email, and an
    // Enhanced Note on the new deal.
    server.put(QStringLiteral("EmailMessageRelation"), sfId("0EM", 900),
               {{QStringLiteral("EmailMessageId"), sfId("02s", 900)},
                {QStringLiteral("RelationId"), sfContact(4)},
                {QStringLiteral("RelationType"), QStringLiteral("FromAddress")}},
               at + 3000);
    server.put(QStringLiteral("EmailMessageRelation"), sfId("0EM", 901),
               {{QStringLiteral("EmailMessageId"), sfId("02s", 901)},
                {QStringLiteral("RelationId"), sfContact(60)},
                {QStringLiteral("RelationType"), QStringLiteral("CcAddress")}},
               at + 3000);
    server.put(QStringLiteral("Contact"), sfContact(60),
               {{QStringLiteral("LastName"), QStringLiteral("Later")},
                {QStringLiteral("Email"), QStringLiteral("later@client0.com")}},
               at + 20'000);
    server.put(QStringLiteral("ContentNote"), sfId("069", 900),
               {{QStringLiteral("Title"), QStringLiteral("Kickoff")},
                {QStringLiteral("Content"), QStringLiteral("<p>Champion found</p>")}},
               at + 4000);
    server.put(QStringLiteral("ContentDocumentLink"), sfId("06A", 900),
               {{QStringLiteral("ContentDocumentId"), sfId("069", 900)},
                {QStringLiteral("LinkedEntityId"), sfDeal(100)}},
               at + 4000);
    server.remove(QStringLiteral("Opportunity"), sfDeal(2), at);
    server.remove(QStringLiteral("Task"), sfId("00T", 2), at);
    server.mergeContacts(sfContact(0), sfContact(5), at + 10'000);
}

// One CRM as this test drives it: its org before and after the changes, synced on a fixed clock.
class Backend {
public:
    using Fault = std::function<std::optional<ServerReply>(const ServerRequest &, int)>;
    virtual ~Backend() = default;
    // Records per transaction in the syncs that follow (1: a commit, so a fault point, after every page).
    int recordsPerCommit = 1;
    virtual SyncOutcome sync(Database &db, bool after, Millis start) = 0;
    virtual void setFault(bool after, Fault fault) = 0;
    // A reply that stops a sync at once (no retry would help).
    virtual ServerReply refusal() const = 0;
};

SyncSetup setupAt(Millis start, int recordsPerCommit) {
    SyncSetup setup;
    setup.startedAt = start;
    setup.recordsPerCommit = recordsPerCommit;
    return setup;
}

class HubSpotBackend final : public Backend {
public:
    HubSpotBackend() {
        fillHubSpot(m_before, kShape);
        fillHubSpot(m_after, kShape);
        changeServer(m_after);
        // A listed record carries one association of a type: the deals, with two contacts each, have theirs
        // read again from the v4 endpoint, page by page, so the first sync's faults reach those requests too.
        m_before.setAssociationPageSize(1);
        m_after.setAssociationPageSize(1);
    }
    SyncOutcome sync(Database &db, bool after, Millis start) override {
        return syncHubSpot(db, after ? m_after : m_before, setupAt(start, recordsPerCommit));
    }
    void setFault(bool after, Fault fault) override {
        (after ? m_after : m_before).setFault(std::move(fault));
    }
    ServerReply refusal() const override {
        return ServerReply::json(400,
                                 R"({"status":"error","message":"injected","category":"VALIDATION_ERROR"})");
    }

private:
    HubSpotServer m_before;
    HubSpotServer m_after;
};

class SalesforceBackend final : public Backend {
public:
    SalesforceBackend() {
        const SalesforceShape shape{3, 6, 5, 4};
        fillSalesforce(m_before, shape);
        fillSalesforce(m_after, shape);
        changeSalesforce(m_after);
    }
    SyncOutcome sync(Database &db, bool after, Millis start) override {
        SyncSetup setup = setupAt(start, recordsPerCommit);
        setup.pageSize = 5; // LIMIT 5 over batches of 4: keyset re-queries and nextRecordsUrl both happen
        return syncSalesforce(db, after ? m_after : m_before, setup);
    }
    void setFault(bool after, Fault fault) override {
        (after ? m_after : m_before).setFault(std::move(fault));
    }
    ServerReply refusal() const override {
        return ServerReply::json(400, R"([{"message":"injected","errorCode":"MALFORMED_QUERY"}])");
    }

private:
    SalesforceServer m_before;
    SalesforceServer m_after;
};

// Ten records per commit: a few pages each, in this small org.
constexpr int kGroupedRecords = 10;

struct Reference {
    QStringList afterFirst;
    QStringList afterSecond;
    int firstRequests = 0;
    int secondRequests = 0;
    // Commits of an undisturbed sync, by records per commit.
    std::map<int, int> firstCommits;
    std::map<int, int> secondCommits;
};

int g_commits = 0;
int g_failAt = 0;
int countCommit(void *) {
    return ++g_commits == g_failAt ? 1 : 0; // non-zero turns this COMMIT into a ROLLBACK
}

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

    std::map<QString, std::unique_ptr<Backend>> m_backends;
    std::map<QString, Reference> m_references;

    void addRows() {
        QTest::addColumn<QString>("crm");
        QTest::addColumn<bool>("second");
        for (const QString &crm : {QStringLiteral("hubspot"), QStringLiteral("salesforce")}) {
            QTest::newRow(qPrintable(crm + QStringLiteral(": first sync"))) << crm << false;
            QTest::newRow(qPrintable(crm + QStringLiteral(": incremental sync"))) << crm << true;
        }
    }

private slots:
    void initTestCase() {
        m_backends[QStringLiteral("hubspot")] = std::make_unique<HubSpotBackend>();
        m_backends[QStringLiteral("salesforce")] = std::make_unique<SalesforceBackend>();
        for (auto &[crm, backend] : m_backends) {
            Reference &reference = m_references[crm];
            for (const int recordsPerCommit : {1, kGroupedRecords}) {
                backend->recordsPerCommit = recordsPerCommit;
                TempCache cache;
                sqlite3_commit_hook(cache.db().handle(), countCommit, nullptr);
                g_commits = 0;
                g_failAt = 0;
                const SyncOutcome first = backend->sync(cache.db(), false, kFirstStart);
                QVERIFY2(first.ok, qPrintable(first.error));
                reference.firstRequests = first.requests;
                reference.firstCommits[recordsPerCommit] = g_commits;
                g_commits = 0;
                const QStringList afterFirst = dumpCache(cache.db(), true);
                const SyncOutcome second = backend->sync(cache.db(), true, kSecondStart);
                QVERIFY2(second.ok, qPrintable(second.error));
                reference.secondRequests = second.requests;
                reference.secondCommits[recordsPerCommit] = g_commits;
                const QStringList afterSecond = dumpCache(cache.db(), true);
                sqlite3_commit_hook(cache.db().handle(), nullptr, nullptr);
                // However the pages are grouped, the cache ends the same.
                if (recordsPerCommit == 1) {
                    reference.afterFirst = afterFirst;
                    reference.afterSecond = afterSecond;
                }
                QCOMPARE(afterFirst, reference.afterFirst);
                QCOMPARE(afterSecond, reference.afterSecond);
            }
            backend->recordsPerCommit = 1;
            QVERIFY(reference.firstRequests > 30);
            QVERIFY(reference.firstCommits.at(kGroupedRecords) < reference.firstCommits.at(1));
            QVERIFY(reference.afterSecond != reference.afterFirst);
            QVERIFY(reference.afterSecond.join(QLatin1Char('\n')).contains(QStringLiteral("New deal")));
        }
    }

    void everyFailedRequestConverges_data() { addRows(); }
    void everyFailedRequestConverges() {
        QFETCH(QString, crm);
        QFETCH(bool, second);
        Backend &backend = *m_backends.at(crm);
        const Reference &reference = m_references.at(crm);
        const int total = second ? reference.secondRequests : reference.firstRequests;
        for (int n = 1; n <= total; ++n) {
            TempCache cache;
            if (second)
                QVERIFY(backend.sync(cache.db(), false, kFirstStart).ok);
            int seen = 0;
            backend.setFault(second, [&](const ServerRequest &, int) -> std::optional<ServerReply> {
                if (++seen != n)
                    return std::nullopt;
                return backend.refusal();
            });
            const Millis start = second ? kSecondStart : kFirstStart;
            const SyncOutcome failed = backend.sync(cache.db(), second, start);
            backend.setFault(second, {});
            QVERIFY2(!failed.ok,
                     qPrintable(QStringLiteral("request %1 of %2 did not fail the sync").arg(n).arg(total)));
            const SyncOutcome recovered = backend.sync(cache.db(), second, start);
            QVERIFY2(recovered.ok, qPrintable(recovered.error));
            const QStringList expected = second ? reference.afterSecond : reference.afterFirst;
            QVERIFY2(dumpCache(cache.db(), true) == expected,
                     qPrintable(QStringLiteral("cache differs after request %1 failed").arg(n)));
        }
    }

    void everyFailedCommitConverges_data() {
        QTest::addColumn<QString>("crm");
        QTest::addColumn<bool>("second");
        QTest::addColumn<int>("recordsPerCommit");
        for (const QString &crm : {QStringLiteral("hubspot"), QStringLiteral("salesforce")})
            for (const int records : {1, kGroupedRecords}) {
                const QString grouping =
                    records == 1 ? QStringLiteral(", a commit per page") : QStringLiteral(", pages grouped");
                QTest::newRow(qPrintable(crm + QStringLiteral(": first sync") + grouping))
                    << crm << false << records;
                QTest::newRow(qPrintable(crm + QStringLiteral(": incremental sync") + grouping))
                    << crm << true << records;
            }
    }
    void everyFailedCommitConverges() {
        QFETCH(QString, crm);
        QFETCH(bool, second);
        QFETCH(int, recordsPerCommit);
        Backend &backend = *m_backends.at(crm);
        backend.recordsPerCommit = recordsPerCommit;
        const auto restore = qScopeGuard([&backend] { backend.recordsPerCommit = 1; });
        const Reference &reference = m_references.at(crm);
        const int total = (second ? reference.secondCommits : reference.firstCommits).at(recordsPerCommit);
        QVERIFY(total > 5);
        for (int n = 1; n <= total; ++n) {
            TempCache cache;
            if (second)
                QVERIFY(backend.sync(cache.db(), false, kFirstStart).ok);
            g_commits = 0;
            g_failAt = n;
            sqlite3_commit_hook(cache.db().handle(), countCommit, nullptr);
            const Millis start = second ? kSecondStart : kFirstStart;
            const SyncOutcome failed = backend.sync(cache.db(), second, start);
            sqlite3_commit_hook(cache.db().handle(), nullptr, nullptr);
            g_failAt = 0;
            QVERIFY2(!failed.ok,
                     qPrintable(QStringLiteral("commit %1 of %2 did not fail the sync").arg(n).arg(total)));
            QCOMPARE(failed.errorKind, sync::SyncError::Kind::Store);
            const SyncOutcome recovered = backend.sync(cache.db(), second, start);
            QVERIFY2(recovered.ok, qPrintable(recovered.error));
            const QStringList expected = second ? reference.afterSecond : reference.afterFirst;
            QVERIFY2(dumpCache(cache.db(), true) == expected,
                     qPrintable(QStringLiteral("cache differs after commit %1 failed").arg(n)));
            QCOMPARE(integrityCheck(cache.db()), QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "test_sync_faults.moc"
