// SPDX-License-Identifier: GPL-3.0-or-later
// The Salesforce connector against the in-memory org on loopback: the mapping rules, incremental queryAll
// keysets with their bookmarks, and each Salesforce edge case of shared/crm-api.md (items 2–15).

#include "SalesforceFixtures.h"
#include "TestSupport.h"

#include "analytics/sentiment/CacheRescorer.h"
#include "store/BookmarkStore.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/InteractionStore.h"
#include "store/MetaStore.h"
#include "store/MetricsStore.h"
#include "store/SyncStore.h"
#include "sync/CrmChoices.h"
#include "sync/CrmLinks.h"
#include "sync/CrmSession.h"

#include <QtTest>
#include <ctime>

using namespace dp;
using namespace dp::test;
using sync::SyncError;

namespace {

const QString kSource = QStringLiteral("salesforce");

SyncSetup setupWith(Millis startedAt = 0) {
    SyncSetup setup;
    setup.pageSize = 10; // LIMIT 10 over batches of 4: every query follows nextRecordsUrl
    setup.startedAt = startedAt;
    return setup;
}

std::optional<DealRow> deal(Database &db, const QString &remoteId) {
    DealStore deals(db);
    const auto id = deals.dealId(kSource, remoteId);
    return id ? deals.find(*id) : std::nullopt;
}

QList<InteractionRow> timeline(Database &db, const QString &dealRemoteId) {
    DealStore deals(db);
    const auto id = deals.dealId(kSource, dealRemoteId);
    return id ? InteractionStore(db).timeline(*id) : QList<InteractionRow>();
}

std::optional<Interaction> interaction(Database &db, const QString &dealRemoteId, const QString &remoteId) {
    for (const InteractionRow &row : timeline(db, dealRemoteId))
        if (row.interaction.remoteId == remoteId)
            return row.interaction;
    return std::nullopt;
}

QStringList contactsOf(Database &db, const QString &dealRemoteId) {
    Statement query(db.handle(), "SELECT c.remote_id FROM deal_contacts x JOIN deals d ON d.id = x.deal_id"
                                 " JOIN contacts c ON c.id = x.contact_id WHERE d.remote_id = ?1 ORDER BY 1");
    query.bind(1, dealRemoteId);
    QStringList ids;
    while (query.step())
        ids.append(query.text(0));
    return ids;
}

// The buyer contacts an interaction is linked to, by remote id.
QStringList contactsOfInteraction(Database &db, const QString &remoteId) {
    Statement query(db.handle(), "SELECT c.remote_id FROM interaction_contacts x JOIN interactions i"
                                 " ON i.id = x.interaction_id JOIN contacts c ON c.id = x.contact_id"
                                 " WHERE i.remote_id = ?1 ORDER BY 1");
    query.bind(1, remoteId);
    QStringList ids;
    while (query.step())
        ids.append(query.text(0));
    return ids;
}

int buyersEngaged(Database &db, const QString &dealRemoteId) {
    const auto id = DealStore(db).dealId(kSource, dealRemoteId);
    const auto metrics = id ? MetricsStore(db).find(*id) : std::nullopt;
    return metrics ? metrics->buyerContactsEngaged60d : -1;
}

void putOpportunity(SalesforceServer &server, const QString &id, const QJsonObject &fields, Millis at) {
    QJsonObject all{{QStringLiteral("Name"), QStringLiteral("Deal ") + id.right(6)},
                    {QStringLiteral("StageName"), QStringLiteral("Qualification")},
                    {QStringLiteral("Amount"), 500.0},
                    {QStringLiteral("CloseDate"), QStringLiteral("2024-09-30")},
                    {QStringLiteral("OwnerId"), sfId("005", 1)},
                    {QStringLiteral("ForecastCategoryName"), QStringLiteral("Pipeline")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        all.insert(it.key(), it.value());
    server.put(QStringLiteral("Opportunity"), id, all, at);
}

std::optional<double> sentimentOf(Database &db, const QString &remoteId) {
    Statement query(db.handle(), "SELECT sentiment FROM interactions WHERE source = 'salesforce'"
                                 " AND remote_id = ?1");
    query.bind(1, remoteId);
    return query.step() ? query.optionalReal(0) : std::nullopt;
}

int scoredRows(Database &db) {
    Statement query(db.handle(), "SELECT count(*) FROM interactions WHERE sentiment IS NOT NULL");
    query.step();
    return int(query.int64(0));
}

// A connection signed in with the server's OAuth client, its instance left to the token responses.
sync::CrmConnection signInConnection(const SalesforceServer &server) {
    sync::CrmConnection connection;
    connection.source = sync::CrmConnection::Source::Salesforce;
    connection.clientId = "client";
    connection.clientSecret = "secret";
    connection.refreshToken = "refresh-0";
    connection.loginUrl = server.loginUrl();
    return connection;
}

// A whole sync during which, after the 8th batch, the access token dies and the org moves to another
// instance.
void syncThroughAMove(SalesforceServer &server, sync::CrmSession &session, Database &db) {
    server.setAfterBatch([&server](int batch) {
        if (batch == 8) {
            server.moveInstanceOnNextRefresh();
            server.expireAccessToken();
        }
    });
    const SystemClock clock;
    sync::SyncRun run(db, clock);
    sync::runSync(session.connector(), run, syncOptions());
}

ServerReply sfError(int status, const char *code, const char *message) {
    return ServerReply::json(status, QByteArray(R"([{"message":")") + message + R"(","errorCode":")" + code +
                                         R"("}])");
}

} // namespace

class TestSalesforceSync : public QObject {
    Q_OBJECT

private slots:
    void fullSyncMapsEveryRecordByTheRules() {
        SalesforceServer server;
        fillSalesforce(server);
        TempCache cache;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(DealStore(cache.db()).count(), 10);
        // Every query is a queryAll keyset ordered by (stamp, Id); batches came through nextRecordsUrl.
        for (const QByteArray &soql : server.queries())
            if (!soql.contains("FROM OpportunityStage") && !soql.contains("LIMIT 1") &&
                !soql.contains("FROM ContentDocumentLink"))
                QVERIFY2(soql.contains("ORDER BY") && soql.contains(", Id LIMIT 10"), soql.constData());
        QVERIFY(outcome.requests > server.queries().size());

        const DealRow d2 = *deal(cache.db(), sfDeal(2));
        QCOMPARE(d2.deal.stage, QStringLiteral("Proposal/Price Quote"));
        QCOMPARE(d2.deal.stageOrder, 3);
        QCOMPARE(d2.deal.stageProbability, std::optional<double>(0.75));
        QCOMPARE(d2.deal.forecastCategory, QStringLiteral("commit"));
        QCOMPARE(d2.deal.amount, std::optional<double>(3000));
        QCOMPARE(d2.deal.closeDate, QDate(2024, 7, 3));
        QCOMPARE(d2.accountName, QStringLiteral("Client 2"));
        QCOMPARE(d2.ownerEmail, QStringLiteral("rep2@seller.io"));
        QCOMPARE(d2.deal.createdAt, at("2024-04-01T09:00:00Z"));
        const DealRow d3 = *deal(cache.db(), sfDeal(3));
        QVERIFY(d3.deal.isClosed && d3.deal.isWon);
        QCOMPARE(d3.deal.forecastCategory, QStringLiteral("closed"));
        // The inactive user still gives the deal its owner.
        QCOMPARE(d3.ownerEmail, QStringLiteral("rep3@seller.io"));
        QCOMPARE(contactsOf(cache.db(), sfDeal(0)), (QStringList{sfContact(0), sfContact(1)}));

        // Deal 0: an Enhanced Email (its Task hidden behind the EmailMessage), a call, a meeting, a logged
        // email.
        const QList<InteractionRow> rows = timeline(cache.db(), sfDeal(0));
        QCOMPARE(rows.size(), 4);
        QVERIFY(!interaction(cache.db(), sfDeal(0), sfId("00T", 1)));
        const Interaction email = *interaction(cache.db(), sfDeal(0), sfId("02s", 1));
        QCOMPARE(email.kind, InteractionKind::Email);
        QCOMPARE(email.direction, Direction::Inbound); // Incoming = true on even deals
        QCOMPARE(email.fromAddress, QStringLiteral("buyer0@client0.com"));
        QCOMPARE(email.bodyHtml, QStringLiteral("<p>Thanks, see you soon.</p>"));
        QCOMPARE(interaction(cache.db(), sfDeal(1), sfId("02s", 5))->direction, Direction::Outbound);
        const Interaction call = *interaction(cache.db(), sfDeal(0), sfId("00T", 2));
        QCOMPARE(call.kind, InteractionKind::Call);
        QCOMPARE(call.durationSeconds, std::optional<int>(125));
        QCOMPARE(call.direction, Direction::Inbound); // connected: a conversation
        const Interaction meeting = *interaction(cache.db(), sfDeal(0), sfId("00U", 3));
        QCOMPARE(meeting.kind, InteractionKind::Meeting);
        QCOMPARE(meeting.durationSeconds, std::optional<int>(1800));
        QCOMPARE(meeting.occurredAt, sfStamp(3) - 7200000);
        // Stage, amount and close date history from OpportunityHistory.
        const QList<FieldChangeRow> history = DealStore(cache.db()).history(d2.id);
        QVERIFY(std::any_of(history.begin(), history.end(), [](const FieldChangeRow &row) {
            return row.field == DealField::Stage && row.newValue == u"Proposal/Price Quote";
        }));
        QVERIFY(std::any_of(history.begin(), history.end(), [](const FieldChangeRow &row) {
            return row.field == DealField::CloseDate && row.newValue == u"2024-07-03" &&
                   row.oldValue.isEmpty();
        }));
    }

    void incrementalSyncReadsOnlyChangesAndKeepsBookmarksBeforeItsStart() {
        SalesforceServer server;
        fillSalesforce(server);
        TempCache cache;
        const Millis start = kBaseStamp + 10'000'000;
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(start)).ok);
        const auto bookmark = BookmarkStore(cache.db()).get(kSource, QStringLiteral("Opportunity"));
        QVERIFY(bookmark && bookmark->stamp <= start);
        QCOMPARE(bookmark->lastId, sfDeal(9));
        // A deal changed after the sync started: stored, but the bookmark stays at the start.
        putOpportunity(server, sfDeal(1), {{QStringLiteral("StageName"), QStringLiteral("Closed Won")}},
                       start + 60'000);
        server.put(QStringLiteral("OpportunityHistory"), sfId("008", 900),
                   {{QStringLiteral("OpportunityId"), sfDeal(1)},
                    {QStringLiteral("StageName"), QStringLiteral("Closed Won")},
                    {QStringLiteral("Amount"), 2000.0},
                    {QStringLiteral("PrevAmount"), 2000.0},
                    {QStringLiteral("CloseDate"), QStringLiteral("2024-07-02")},
                    {QStringLiteral("PrevCloseDate"), QStringLiteral("2024-07-02")}},
                   start + 60'000);
        const int before = server.queries().size();
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(start + 120'000)).ok);
        QCOMPARE(deal(cache.db(), sfDeal(1))->deal.stage, QStringLiteral("Closed Won"));
        const auto next = BookmarkStore(cache.db()).get(kSource, QStringLiteral("Opportunity"));
        QCOMPARE(next->stamp, start + 60'000);
        // The second sync asked only from the bookmark minus the overlap.
        const QByteArray opportunityQuery = [&] {
            for (const QByteArray &soql : server.queries().mid(before))
                if (soql.contains("FROM Opportunity WHERE"))
                    return soql;
            return QByteArray();
        }();
        QVERIFY2(opportunityQuery.contains("SystemModstamp >= 2024-05-01T00:04:00Z"),
                 opportunityQuery.constData());
        // The stage change is in the history as a move from Qualification.
        const QList<FieldChangeRow> history = DealStore(cache.db()).history(deal(cache.db(), sfDeal(1))->id);
        QVERIFY(std::any_of(history.begin(), history.end(), [](const FieldChangeRow &row) {
            return row.field == DealField::Stage && row.oldValue == u"Qualification" &&
                   row.newValue == u"Closed Won";
        }));
    }

    void shortAndEmptyBatchesWithACursorAreNotTheEnd() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setShortBatches(true);
        TempCache cache;
        QVERIFY(syncSalesforce(cache.db(), server, setupWith()).ok);
        server.setShortBatches(false);
        TempCache clean;
        QVERIFY(syncSalesforce(clean.db(), server, setupWith()).ok);
        QCOMPARE(DealStore(cache.db()).count(), 10);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
    }

    void aRecordModifiedBetweenBatchesIsNeitherLostNorDoubled() {
        SalesforceServer server;
        fillSalesforce(server);
        const Millis start = QDateTime::currentMSecsSinceEpoch();
        // While the Opportunity query pages, an early deal moves to the end (a later stamp).
        bool moved = false;
        server.setAfterBatch([&](int) {
            if (moved || server.queries().isEmpty() || !server.queries().last().contains("FROM Opportunity "))
                return;
            moved = true;
            putOpportunity(server, sfDeal(0), {{QStringLiteral("Name"), QStringLiteral("Moved")}},
                           start + 1000);
        });
        TempCache cache;
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(start)).ok);
        QVERIFY(moved);
        QCOMPARE(DealStore(cache.db()).count(), 10);
        // The next sync reads it again (the bookmark stayed at the start) and it ends current.
        server.setAfterBatch({});
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(start + 5000)).ok);
        QCOMPARE(deal(cache.db(), sfDeal(0))->deal.name, QStringLiteral("Moved"));
        QCOMPARE(DealStore(cache.db()).count(), 10);
    }

    void aRecordStampedBeforeTheBookmarkIsPickedUpByTheOverlap() {
        SalesforceServer server;
        fillSalesforce(server);
        TempCache cache;
        const Millis start = kBaseStamp + 10'000'000;
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(start)).ok);
        putOpportunity(server, sfDeal(50), {}, start + 30'000);
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(start + 60'000)).ok);
        // Commit lag: a deal that becomes visible only now, stamped two minutes before the bookmark.
        putOpportunity(server, sfDeal(51), {{QStringLiteral("Name"), QStringLiteral("Late")}},
                       start - 90'000);
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(start + 120'000)).ok);
        QCOMPARE(deal(cache.db(), sfDeal(51))->deal.name, QStringLiteral("Late"));
    }

    void rateLimitsAreRetriedAndTheRequestLimitStops() {
        SalesforceServer server;
        fillSalesforce(server);
        int limited = 0;
        server.setFault([&](const ServerRequest &, int number) -> std::optional<ServerReply> {
            if (number % 5 != 0)
                return std::nullopt;
            ++limited;
            ServerReply reply = ServerReply::json(429, R"({"message":"slow down"})");
            if (number % 10 == 0)
                reply.headers.emplaceBack("Retry-After", "0");
            return reply;
        });
        TempCache cache;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(limited > 5);
        QCOMPARE(DealStore(cache.db()).count(), 10);

        server.setFault([](const ServerRequest &, int) -> std::optional<ServerReply> {
            return sfError(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
        });
        const SyncOutcome quota = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY(!quota.ok);
        QCOMPARE(quota.errorKind, SyncError::Kind::Quota);
        QVERIFY2(quota.error.contains(QStringLiteral("request limit")), qPrintable(quota.error));
        QCOMPARE(quota.requests, 1); // no retry against a used-up quota
    }

    void tokenExpiringMidPagingRefreshesOnceAndResumesAtTheCursor() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setOAuth("client", "secret", "refresh-0", false);
        server.setAfterBatch([&](int batch) {
            if (batch == 6)
                server.expireAccessToken(); // no expires_in: only a 401 tells
        });
        TempCache cache;
        SyncSetup setup = setupWith();
        setup.oauth = sync::OAuthClient{server.loginUrl() + QStringLiteral("/services/oauth2/token"),
                                        "client", "secret", "refresh-0"};
        const int queriesBefore = server.queries().size();
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setup);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(server.tokenRefreshes(), 2); // the first sign-in and once after the 401
        QCOMPARE(DealStore(cache.db()).count(), 10);
        // Resumed at the same nextRecordsUrl: no query was sent twice.
        const QList<QByteArray> queries = server.queries().mid(queriesBefore);
        QCOMPARE(QSet<QByteArray>(queries.begin(), queries.end()).size(), queries.size());
    }

    void invalidGrantStopsWithOneClearSentence() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setOAuth("client", "secret", "refresh-0", false);
        server.revokeRefreshToken();
        TempCache cache;
        SyncSetup setup = setupWith();
        setup.oauth = sync::OAuthClient{server.loginUrl() + QStringLiteral("/services/oauth2/token"),
                                        "client", "secret", "refresh-0"};
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setup);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.errorKind, SyncError::Kind::Credentials);
        QVERIFY2(outcome.error.contains(QStringLiteral("Reconnect Salesforce")), qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(QStringLiteral("refresh-0")));
        QCOMPARE(DealStore(cache.db()).count(), 0);
    }

    void rotatedRefreshTokenAndMovedInstanceAreKept() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setOAuth("client", "secret", "refresh-0", true);
        TempCache cache;
        sync::CrmSession session(signInConnection(server), nullptr, {}, setupWith().retry);
        syncThroughAMove(server, session, cache.db());
        QCOMPARE(DealStore(cache.db()).count(), 10);
        QVERIFY(server.instanceUrl().contains(QStringLiteral("localhost")));
        QCOMPARE(session.instanceUrl(), server.instanceUrl());
        QCOMPARE(session.currentRefreshToken(), server.currentRefreshToken());
        QVERIFY(session.currentRefreshToken() != "refresh-0");
    }

    void theInstanceTheSignInNamesIsKeptForLinksToDeals() {
        // OAuth without an instance: the token responses name it, the first and the moved one alike, and the
        // cache keeps the one in use, which "Open in Salesforce" builds its address on.
        SalesforceServer server;
        fillSalesforce(server);
        server.setOAuth("client", "secret", "refresh-0", false);
        TempCache cache;
        sync::CrmSession session(signInConnection(server), nullptr, {}, setupWith().retry);
        syncThroughAMove(server, session, cache.db());
        QCOMPARE(session.instanceUrl(), server.instanceUrl());
        QCOMPARE(MetaStore(cache.db()).value(sync::kSalesforceInstanceUrlKey), server.instanceUrl());

        const sync::CrmAccount account = sync::readCrmAccount(cache.db());
        const std::optional<QUrl> url = sync::crmDealUrl(kSource, sfDeal(2), account);
        QVERIFY(url);
        QCOMPARE(url->toString(), server.instanceUrl() + QStringLiteral("/lightning/r/Opportunity/") +
                                      sfDeal(2) + QStringLiteral("/view"));
    }

    void deletedAndMergedRecordsLeaveThePipeline() {
        SalesforceServer server;
        fillSalesforce(server);
        TempCache cache;
        const Millis start = kBaseStamp + 10'000'000;
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(start)).ok);
        QCOMPARE(timeline(cache.db(), sfDeal(0)).size(), 4);
        server.remove(QStringLiteral("Opportunity"), sfDeal(4), start + 1000);
        server.remove(QStringLiteral("Task"), sfId("00T", 2), start + 1000); // deal 0's call
        server.remove(QStringLiteral("OpportunityContactRole"), sfId("00K", 4),
                      start + 1000); // deal 1, contact 3
        // Contact 0 merged into contact 5: roles and activities move to the master.
        server.mergeContacts(sfContact(0), sfContact(5), start + 2000);
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith(start + 60'000));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!deal(cache.db(), sfDeal(4)) || deal(cache.db(), sfDeal(4))->deal.isDeleted);
        QCOMPARE(DealStore(cache.db()).count(), 9);
        QVERIFY(!interaction(cache.db(), sfDeal(0), sfId("00T", 2)));
        QCOMPARE(timeline(cache.db(), sfDeal(0)).size(), 3);
        QCOMPARE(contactsOf(cache.db(), sfDeal(1)), QStringList{sfContact(2)});
        QCOMPARE(contactsOf(cache.db(), sfDeal(0)), (QStringList{sfContact(1), sfContact(5)}));
        QVERIFY(!DirectoryStore(cache.db()).contactId(kSource, sfContact(0)));
        QVERIFY(outcome.report.deletions >= 3);
        // A fresh cache sees the same org.
        TempCache clean;
        QVERIFY(syncSalesforce(clean.db(), server, setupWith(start + 60'000)).ok);
        QCOMPARE(dumpCache(cache.db(), false, false), dumpCache(clean.db(), false, false));
    }

    void textIsStoredExactly() {
        SalesforceServer server;
        fillSalesforce(server, {2, 2, 1, 0});
        const QString unicode =
            QStringLiteral("Mulțumesc 👍🏽 — שלום عربى e\u0301\r\nline two\u0000after nul");
        QString html = QStringLiteral("<div><p>Unclosed <b>bold <img src=\"http://tracker/x.gif\">");
        html += QString(131072 - html.size(), QLatin1Char('x'));
        server.put(QStringLiteral("EmailMessage"), sfId("02s", 900),
                   {{QStringLiteral("Subject"), unicode},
                    {QStringLiteral("TextBody"), unicode},
                    {QStringLiteral("HtmlBody"), html},
                    {QStringLiteral("MessageDate"), QStringLiteral("2024-05-02T10:11:12.000+0000")},
                    {QStringLiteral("FromAddress"), QStringLiteral("Buyer0@Client0.com")},
                    {QStringLiteral("ToAddress"), QStringLiteral("Rep <rep0@seller.io>; cfo@client0.com")},
                    {QStringLiteral("Incoming"), true},
                    {QStringLiteral("RelatedToId"), sfDeal(0)}},
                   kBaseStamp + 900'000);
        TempCache cache;
        QVERIFY(syncSalesforce(cache.db(), server, setupWith()).ok);
        const Interaction email = *interaction(cache.db(), sfDeal(0), sfId("02s", 900));
        QCOMPARE(email.subject, unicode);
        QCOMPARE(email.bodyText, unicode);
        QCOMPARE(email.bodyHtml.size(), 131072);
        QCOMPARE(email.bodyHtml, html);
        QCOMPARE(email.fromAddress, QStringLiteral("buyer0@client0.com"));
        QCOMPARE(email.toAddresses,
                 (QStringList{QStringLiteral("rep0@seller.io"), QStringLiteral("cfo@client0.com")}));
        QCOMPARE(email.occurredAt, at("2024-05-02T10:11:12Z"));
    }

    void theSameIdTwiceOnABatchOrAcrossBatchesIsStoredOnce() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setDuplicateFirstRecord(true);
        TempCache cache;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        server.setDuplicateFirstRecord(false);
        TempCache clean;
        QVERIFY(syncSalesforce(clean.db(), server, setupWith()).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
        QCOMPARE(InteractionStore(cache.db()).count(), InteractionStore(clean.db()).count());
    }

    void timestampsAndDateOnlyCloseDatesNeverShift_data() {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("Auckland") << QByteArray("Pacific/Auckland");
        QTest::newRow("Los Angeles") << QByteArray("America/Los_Angeles");
    }
    void timestampsAndDateOnlyCloseDatesNeverShift() {
        QFETCH(QByteArray, zone);
        const QByteArray saved = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
        SalesforceServer server;
        fillSalesforce(server, {2, 2, 0, 0});
        // The night Europe and the US change their clocks, and a year's last day.
        putOpportunity(server, sfDeal(0), {{QStringLiteral("CloseDate"), QStringLiteral("2024-03-31")}},
                       kBaseStamp);
        putOpportunity(server, sfDeal(1), {{QStringLiteral("CloseDate"), QStringLiteral("2024-03-10")}},
                       kBaseStamp);
        putOpportunity(server, sfDeal(2), {{QStringLiteral("CloseDate"), QStringLiteral("2024-12-31")}},
                       kBaseStamp);
        server.put(QStringLiteral("Event"), sfId("00U", 1),
                   {{QStringLiteral("WhatId"), sfDeal(0)},
                    {QStringLiteral("StartDateTime"), QStringLiteral("2024-03-31T01:30:00.000+0000")},
                    {QStringLiteral("EndDateTime"), QStringLiteral("2024-03-31T02:30:00.000+0000")}},
                   kBaseStamp);
        TempCache cache;
        QVERIFY(syncSalesforce(cache.db(), server, setupWith()).ok);
        qputenv("TZ", saved);
        tzset();
        QCOMPARE(deal(cache.db(), sfDeal(0))->deal.closeDate, QDate(2024, 3, 31));
        QCOMPARE(deal(cache.db(), sfDeal(1))->deal.closeDate, QDate(2024, 3, 10));
        QCOMPARE(deal(cache.db(), sfDeal(2))->deal.closeDate, QDate(2024, 12, 31));
        const Interaction meeting = *interaction(cache.db(), sfDeal(0), sfId("00U", 1));
        QCOMPARE(meeting.occurredAt, at("2024-03-31T01:30:00Z"));
        QCOMPARE(meeting.durationSeconds, std::optional<int>(3600));
    }

    void amountsThatAreMissingOrJunkAreNull() {
        SalesforceServer server;
        fillSalesforce(server, {2, 2, 0, 0});
        const QList<std::pair<QJsonValue, std::optional<double>>> cases{
            {QJsonValue::Null, std::nullopt},
            {QStringLiteral(""), std::nullopt},
            {QStringLiteral("0"), 0.0},
            {0.0, 0.0},
            {QStringLiteral("12,5oo"), std::nullopt},
            {QStringLiteral("3092727991;3881228353"), std::nullopt},
            {1234.5, 1234.5},
        };
        for (int i = 0; i < cases.size(); ++i)
            putOpportunity(server, sfDeal(i), {{QStringLiteral("Amount"), cases[i].first}},
                           kBaseStamp + i * 1000);
        TempCache cache;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        for (int i = 0; i < cases.size(); ++i)
            QVERIFY2(deal(cache.db(), sfDeal(i))->deal.amount == cases[i].second,
                     qPrintable(QString::number(i)));
        QCOMPARE(outcome.report.warnings.count, 2); // the two junk amounts are reported
    }

    void emailTasksWithoutAnEmailMessageAndDrafts() {
        SalesforceServer server;
        fillSalesforce(server, {2, 4, 1, 4});
        // A draft EmailMessage is not an interaction.
        server.put(QStringLiteral("EmailMessage"), sfId("02s", 800),
                   {{QStringLiteral("Subject"), QStringLiteral("Draft")},
                    {QStringLiteral("Status"), QStringLiteral("5")},
                    {QStringLiteral("Incoming"), false},
                    {QStringLiteral("MessageDate"), QStringLiteral("2024-05-02T10:00:00.000+0000")},
                    {QStringLiteral("RelatedToId"), sfDeal(0)}},
                   kBaseStamp + 800'000);
        // A to-do Task is not an interaction either.
        server.put(QStringLiteral("Task"), sfId("00T", 800),
                   {{QStringLiteral("TaskSubtype"), QStringLiteral("Task")},
                    {QStringLiteral("Subject"), QStringLiteral("Send contract")},
                    {QStringLiteral("WhatId"), sfDeal(0)}},
                   kBaseStamp + 800'000);
        TempCache cache;
        QVERIFY(syncSalesforce(cache.db(), server, setupWith()).ok);
        // The logged email (Task 4, no EmailMessage) stays, as outbound from our side.
        const Interaction logged = *interaction(cache.db(), sfDeal(0), sfId("00T", 4));
        QCOMPARE(logged.kind, InteractionKind::Email);
        QCOMPARE(logged.direction, Direction::Outbound);
        QCOMPARE(logged.bodyText, QStringLiteral("Sent the price list."));
        QVERIFY(!interaction(cache.db(), sfDeal(0), sfId("02s", 800)));
        QVERIFY(!interaction(cache.db(), sfDeal(0), sfId("00T", 800)));
        QCOMPARE(timeline(cache.db(), sfDeal(0)).size(), 4);
        // The Enhanced Email's Task stays hidden when it is synced again (modified later).
        server.put(QStringLiteral("Task"), sfId("00T", 1),
                   {{QStringLiteral("Status"), QStringLiteral("Completed")}},
                   QDateTime::currentMSecsSinceEpoch() - 10'000);
        QVERIFY(syncSalesforce(cache.db(), server, setupWith()).ok);
        QVERIFY(!interaction(cache.db(), sfDeal(0), sfId("00T", 1)));
        QCOMPARE(timeline(cache.db(), sfDeal(0)).size(), 4);
    }

    void linksToRecordsNotSyncedYetAreCompletedLater() {
        SalesforceServer server;
        fillSalesforce(server, {2, 4, 2, 4});
        TempCache cache;
        // Activities first, as after an interrupted first sync: their deals and contacts are not cached.
        SyncSetup activitiesOnly = setupWith();
        activitiesOnly.objects = {QStringLiteral("Task"), QStringLiteral("Event")};
        const SyncOutcome early = syncSalesforce(cache.db(), server, activitiesOnly);
        QVERIFY2(early.ok, qPrintable(early.error));
        QVERIFY(early.report.pendingLinks > 0);
        // A task about a deal deleted before we ever saw it links to nothing and breaks nothing.
        server.put(QStringLiteral("Task"), sfId("00T", 700),
                   {{QStringLiteral("TaskSubtype"), QStringLiteral("Call")},
                    {QStringLiteral("WhatId"), sfId("006", 777)},
                    {QStringLiteral("CallDurationInSeconds"), 60}},
                   kBaseStamp + 700'000);
        server.put(QStringLiteral("Opportunity"), sfId("006", 777),
                   {{QStringLiteral("Name"), QStringLiteral("Gone")}, {QStringLiteral("IsDeleted"), true}},
                   kBaseStamp + 700'000);
        const SyncOutcome full = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY2(full.ok, qPrintable(full.error));
        QCOMPARE(full.report.pendingLinks, 1); // only the deleted deal's link waits
        QCOMPARE(timeline(cache.db(), sfDeal(0)).size(), 4);
        TempCache clean;
        QVERIFY(syncSalesforce(clean.db(), server, setupWith()).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
    }

    void unknownStagesStringProbabilitiesAndInactiveUsers() {
        SalesforceServer server;
        fillSalesforce(server, {2, 2, 0, 0});
        putOpportunity(server, sfDeal(0),
                       {{QStringLiteral("StageName"), QStringLiteral("Negotiation (renamed)")},
                        {QStringLiteral("Probability"), QStringLiteral("60")},
                        {QStringLiteral("ForecastCategoryName"), QStringLiteral("MostLikely")},
                        {QStringLiteral("OwnerId"), sfId("005", 2)}},
                       kBaseStamp);
        TempCache cache;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const DealRow row = *deal(cache.db(), sfDeal(0));
        QCOMPARE(row.deal.stage, QStringLiteral("Negotiation (renamed)"));
        QCOMPARE(row.deal.stageOrder, 0);
        QCOMPARE(row.deal.stageProbability, std::optional<double>(0.6));
        QCOMPARE(row.deal.forecastCategory, QStringLiteral("mostlikely"));
        QCOMPARE(row.ownerEmail, QStringLiteral("rep1@seller.io")); // an inactive user
        QVERIFY(
            outcome.report.warnings.samples.join(u'\n').contains(QStringLiteral("Negotiation (renamed)")));
    }

    void gatewayErrorsAndTruncatedBodiesAreRetried() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setFault([](const ServerRequest &, int number) -> std::optional<ServerReply> {
            ServerReply reply;
            switch (number % 7) {
            case 1:
                reply.status = 502;
                reply.headers.emplaceBack("Content-Type", "text/html");
                reply.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
                return reply;
            case 3:
                reply.status = 504;
                reply.headers.emplaceBack("Content-Type", "text/html");
                reply.body = "<html>Gateway Time-out</html>";
                return reply;
            case 5:
                reply = ServerReply::json(200, QByteArray(R"({"totalSize":3,"done":true,"records":[)") +
                                                   QByteArray(4000, ' ') + "]}");
                reply.fault = ServerReply::Fault::TruncatedChunked;
                return reply;
            default:
                return std::nullopt;
            }
        });
        TempCache cache;
        SyncSetup setup = setupWith();
        setup.retry.maxAttempts = 4;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setup);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        server.setFault({});
        TempCache clean;
        QVERIFY(syncSalesforce(clean.db(), server, setupWith()).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
    }

    void queryTimeoutHalvesTheWindow() {
        SalesforceServer server;
        fillSalesforce(server);
        // Only queries whose records lie within five seconds of each other finish.
        server.setQueryTimeoutAbove(5000);
        TempCache cache;
        const Millis start = kBaseStamp + 2 * 24 * 3600 * 1000LL;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith(start));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        server.setQueryTimeoutAbove({});
        TempCache clean;
        QVERIFY(syncSalesforce(clean.db(), server, setupWith(start)).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
        const QList<QByteArray> queries = server.queries();
        QVERIFY(std::any_of(queries.begin(), queries.end(),
                            [](const QByteArray &soql) { return soql.contains("SystemModstamp < "); }));
        // A query that never finishes stops the sync with a sentence, not a loop.
        server.setFault([](const ServerRequest &request, int) -> std::optional<ServerReply> {
            if (!request.path.endsWith("/queryAll"))
                return std::nullopt;
            return sfError(400, "QUERY_TIMEOUT", "Your query request was running for too long.");
        });
        const SyncOutcome stuck = syncSalesforce(cache.db(), server, setupWith(start + 1000));
        QVERIFY(!stuck.ok);
        QVERIFY2(stuck.error.contains(QStringLiteral("timed out")), qPrintable(stuck.error));
    }

    void aStaleNextRecordsUrlQueriesAgainFromTheLastPage() {
        SalesforceServer server;
        fillSalesforce(server);
        int invalidated = 0;
        server.setAfterBatch([&](int batch) {
            if (batch % 5 == 0) {
                server.invalidateCursors();
                ++invalidated;
            }
        });
        TempCache cache;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(invalidated > 3);
        server.setAfterBatch({});
        TempCache clean;
        QVERIFY(syncSalesforce(clean.db(), server, setupWith()).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
    }

    void emailMessagesAreLinkedToTheirBuyerContacts() {
        SalesforceServer server;
        fillSalesforce(server);
        const QString deal = sfId("006", 900);
        const QString email = sfId("02s", 900);
        const Millis sent = sfStamp(300);
        putOpportunity(server, deal, {}, sent);
        // A buyer's reply: from contact 4's address in other capitals; on copy an alias the org matched to
        // contact 7, the rep (a user, not a buyer) and a contact not synced yet.
        server.put(QStringLiteral("EmailMessage"), email,
                   {{QStringLiteral("Subject"), QStringLiteral("Budget approved")},
                    {QStringLiteral("TextBody"), QStringLiteral("We are in.")},
                    {QStringLiteral("MessageDate"), sfInstant(sent)},
                    {QStringLiteral("FromAddress"), QStringLiteral("BUYER4@client1.com")},
                    {QStringLiteral("ToAddress"), QStringLiteral("rep0@seller.io")},
                    {QStringLiteral("CcAddress"), QStringLiteral("cfo.alias@client1.com; late@client1.com")},
                    {QStringLiteral("Incoming"), true},
                    {QStringLiteral("Status"), QStringLiteral("3")},
                    {QStringLiteral("RelatedToId"), deal}},
                   sent);
        auto relate = [&](int number, const QString &to, const char *type, Millis at) {
            server.put(QStringLiteral("EmailMessageRelation"), sfId("0EM", number),
                       {{QStringLiteral("EmailMessageId"), email},
                        {QStringLiteral("RelationId"), to},
                        {QStringLiteral("RelationType"), QLatin1String(type)}},
                       at);
        };
        relate(9001, sfContact(7), "CcAddress", sent);
        relate(9002, sfId("005", 1), "ToAddress", sent);
        relate(9003, sfContact(40), "CcAddress", sent);
        TempCache cache;
        const Millis start = sent + 600'000;
        const SyncOutcome first = syncSalesforce(cache.db(), server, setupWith(start));
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(contactsOfInteraction(cache.db(), email), (QStringList{sfContact(4), sfContact(7)}));
        QCOMPARE(buyersEngaged(cache.db(), deal), 2);
        QCOMPARE(first.report.pendingLinks, 1); // the email ↔ contact 40 waits for the contact
        // The fixture's Enhanced Emails reach their buyer too (relation and address agree).
        QCOMPARE(contactsOfInteraction(cache.db(), sfId("02s", 1)), QStringList{sfContact(0)});

        // Contact 40 arrives; the org drops the relation to contact 7.
        server.put(QStringLiteral("Contact"), sfContact(40),
                   {{QStringLiteral("FirstName"), QStringLiteral("Late")},
                    {QStringLiteral("LastName"), QStringLiteral("Buyer")},
                    {QStringLiteral("Email"), QStringLiteral("late.buyer@client1.com")}},
                   start + 1000);
        server.remove(QStringLiteral("EmailMessageRelation"), sfId("0EM", 9001), start + 1000);
        const SyncOutcome second = syncSalesforce(cache.db(), server, setupWith(start + 120'000));
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.report.pendingLinks, 0);
        QCOMPARE(contactsOfInteraction(cache.db(), email), (QStringList{sfContact(4), sfContact(40)}));
        QCOMPARE(buyersEngaged(cache.db(), deal), 2);

        // The email changes and is written again: its links stay what the relations and addresses say.
        server.put(QStringLiteral("EmailMessage"), email, {{QStringLiteral("Subject"), QStringLiteral("Re")}},
                   start + 130'000);
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(start + 240'000)).ok);
        QCOMPARE(contactsOfInteraction(cache.db(), email), (QStringList{sfContact(4), sfContact(40)}));
    }

    void dealCurrencyComesFromTheRecordOrTheOrg() {
        {
            // One currency for the whole org: Opportunity has no CurrencyIsoCode, so it is never asked for.
            SalesforceServer server;
            fillSalesforce(server);
            server.setOrgCurrency(QStringLiteral("EUR"));
            TempCache cache;
            const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith());
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
            QCOMPARE(deal(cache.db(), sfDeal(2))->deal.currency, QStringLiteral("EUR"));
            QCOMPARE(deal(cache.db(), sfDeal(7))->deal.currency, QStringLiteral("EUR"));
            QCOMPARE(server.describeCount(), 1);
            for (const QByteArray &soql : server.queries())
                QVERIFY2(!soql.contains(",CurrencyIsoCode"), soql.constData());
        }
        {
            // Multi-currency: each opportunity names its own.
            SalesforceServer server;
            fillSalesforce(server);
            server.setMultiCurrency(true);
            server.setOrgCurrency(QStringLiteral("EUR"));
            for (int d = 0; d < 10; ++d)
                server.put(QStringLiteral("Opportunity"), sfDeal(d),
                           {{QStringLiteral("CurrencyIsoCode"),
                             d == 3 ? QStringLiteral("JPY") : QStringLiteral("GBP")}},
                           sfStamp(d));
            TempCache cache;
            const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith());
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
            QCOMPARE(deal(cache.db(), sfDeal(2))->deal.currency, QStringLiteral("GBP"));
            QCOMPARE(deal(cache.db(), sfDeal(3))->deal.currency, QStringLiteral("JPY"));
            bool askedForCurrency = false;
            for (const QByteArray &soql : server.queries())
                askedForCurrency |= soql.contains("FROM Opportunity ") && soql.contains("CurrencyIsoCode");
            QVERIFY(askedForCurrency);
            // A second sync describes again: an org can turn multi-currency on between syncs.
            QVERIFY(syncSalesforce(cache.db(), server, setupWith()).ok);
            QCOMPARE(server.describeCount(), 2);
        }
    }

    void notesOnOpportunitiesAreInteractions() {
        SalesforceServer server;
        fillSalesforce(server);
        TempCache cache;
        const Millis start = kBaseStamp + 10'000'000;
        const SyncOutcome first = syncSalesforce(cache.db(), server, setupWith(start));
        QVERIFY2(first.ok, qPrintable(first.error));
        // An Enhanced Note: its title, its body read from the blob as text, its deal and buyer.
        const auto enhanced = interaction(cache.db(), sfDeal(1), sfId("069", 2));
        QVERIFY(enhanced);
        QCOMPARE(enhanced->kind, InteractionKind::Note);
        QCOMPARE(enhanced->direction, Direction::Internal);
        QCOMPARE(enhanced->subject, QStringLiteral("Call prep 1"));
        QCOMPARE(enhanced->bodyText, QStringLiteral("Budget confirmed & signed off.\nLegal next week."));
        QCOMPARE(contactsOfInteraction(cache.db(), sfId("069", 2)), QStringList{sfContact(2)});
        QVERIFY(interaction(cache.db(), sfDeal(4), sfId("069", 5)));
        // A classic note.
        const auto classic = interaction(cache.db(), sfDeal(3), sfId("002", 4));
        QVERIFY(classic);
        QCOMPARE(classic->kind, InteractionKind::Note);
        QCOMPARE(classic->bodyText, QStringLiteral("Asked for 10% off."));
        QCOMPARE(timeline(cache.db(), sfDeal(0)).size(), 4); // no note there

        // An idle second sync deletes and rewrites nothing, though it reads a superseded Task again in the
        // overlap window.
        {
            TempCache idle;
            QVERIFY(syncSalesforce(idle.db(), server, setupWith(start)).ok);
            const QStringList before = dumpCache(idle.db());
            const SyncOutcome again = syncSalesforce(idle.db(), server, setupWith(start + 120'000));
            QVERIFY2(again.ok, qPrintable(again.error));
            QCOMPARE(again.report.deletions, 0);
            QCOMPARE(dumpCache(idle.db()), before);
            QCOMPARE(again.report.dealsRecomputed, 0);
        }
        // Later: one note edited, one Enhanced and one classic note deleted.
        const Millis later = start + 60'000;
        server.put(QStringLiteral("ContentNote"), sfId("069", 2),
                   {{QStringLiteral("Content"), QStringLiteral("Budget <b>cut</b> by half")}}, later);
        server.remove(QStringLiteral("ContentNote"), sfId("069", 5), later);
        server.remove(QStringLiteral("Note"), sfId("002", 4), later);
        const qsizetype queriesBefore = server.queries().size();
        const SyncOutcome second = syncSalesforce(cache.db(), server, setupWith(start + 120'000));
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(interaction(cache.db(), sfDeal(1), sfId("069", 2))->bodyText,
                 QStringLiteral("Budget cut by half"));
        QVERIFY(!interaction(cache.db(), sfDeal(4), sfId("069", 5)));
        QVERIFY(!interaction(cache.db(), sfDeal(3), sfId("002", 4)));
        QCOMPARE(second.report.deletions, 2);
        // The links asked for in the second sync: the edited note's, not the deleted one's.
        QByteArrayList linkQueries;
        for (const QByteArray &soql : server.queries().mid(queriesBefore))
            if (soql.contains("FROM ContentDocumentLink"))
                linkQueries.append(soql);
        QCOMPARE(linkQueries.size(), 1);
        QVERIFY(linkQueries.first().contains("'069000000000002AAA'"));
        QVERIFY(!linkQueries.first().contains("'069000000000005AAA'"));
    }

    void scoresGivenWhileFetchingAreThoseOfTheCache() {
        SalesforceServer server;
        fillSalesforce(server, {2, 4, 2, 0}); // deal 0: buyer0@client0.com; reps rep0, rep1 @seller.io
        const QString deal = sfDeal(0);
        const QString buyer = QStringLiteral("buyer0@client0.com");
        const Millis at = kBaseStamp + 3'600'000;
        auto email = [&](qint64 n, const QString &from, const QString &text, Millis stamp) {
            const bool incoming = from == buyer;
            server.put(QStringLiteral("EmailMessage"), sfId("02s", n),
                       {{QStringLiteral("Subject"), QStringLiteral("Re: the proposal")},
                        {QStringLiteral("TextBody"), text},
                        {QStringLiteral("MessageDate"), sfInstant(at)},
                        {QStringLiteral("FromAddress"), from},
                        {QStringLiteral("ToAddress"), incoming ? QStringLiteral("rep0@seller.io") : buyer},
                        {QStringLiteral("Incoming"), incoming},
                        {QStringLiteral("Status"), QStringLiteral("3")},
                        {QStringLiteral("RelatedToId"), deal}},
                       stamp);
        };
        email(1, buyer, QStringLiteral("This is great, we love it and want to move forward!"), at + 1);
        email(2, buyer, QStringLiteral("Honestly the price is terrible and we are very disappointed."),
              at + 2);
        email(3, QStringLiteral("rep0@seller.io"), QStringLiteral("We are thrilled to work with you!"),
              at + 3);
        server.put(QStringLiteral("Task"), sfId("00T", 4),
                   {{QStringLiteral("WhatId"), deal},
                    {QStringLiteral("WhoId"), sfContact(0)},
                    {QStringLiteral("TaskSubtype"), QStringLiteral("Call")},
                    {QStringLiteral("Subject"), QStringLiteral("Check-in call")},
                    {QStringLiteral("Description"),
                     QStringLiteral("They said the rollout was a disaster and they are frustrated.")},
                    {QStringLiteral("Status"), QStringLiteral("Completed")},
                    {QStringLiteral("CompletedDateTime"), sfInstant(at)},
                    {QStringLiteral("OwnerId"), sfId("005", 1)}},
                   at + 4);
        server.put(QStringLiteral("Event"), sfId("00U", 5),
                   {{QStringLiteral("WhatId"), deal},
                    {QStringLiteral("Subject"), QStringLiteral("Demo")},
                    {QStringLiteral("Description"),
                     QStringLiteral("Excellent demo, they were delighted with the reporting.")},
                    {QStringLiteral("StartDateTime"), sfInstant(at - 7'200'000)},
                    {QStringLiteral("EndDateTime"), sfInstant(at - 5'400'000)}},
                   at + 5);
        server.put(QStringLiteral("ContentNote"), sfId("069", 6),
                   {{QStringLiteral("Title"), QStringLiteral("Legal")},
                    {QStringLiteral("TextPreview"), QStringLiteral("Legal is blocking")},
                    {QStringLiteral("Content"),
                     QStringLiteral("<p>Legal is blocking us and the budget was cut. Bad news.</p>")}},
                   at + 6);
        server.put(
            QStringLiteral("ContentDocumentLink"), sfId("06A", 60),
            {{QStringLiteral("ContentDocumentId"), sfId("069", 6)}, {QStringLiteral("LinkedEntityId"), deal}},
            at + 6);
        server.put(
            QStringLiteral("Note"), sfId("002", 7),
            {{QStringLiteral("ParentId"), deal},
             {QStringLiteral("Title"), QStringLiteral("Pilot")},
             {QStringLiteral("Body"), QStringLiteral("They are happy with the pilot, good progress.")}},
            at + 7);
        TempCache cache;
        // The rows carry their scores when their page commits, before the sync's own rescoring of what
        // arrived unscored.
        int scoredWhenWritten = 0;
        SyncSetup setup = setupWith(at + 60'000);
        setup.prepare = [&](sync::SyncRun &run) {
            run.afterCommit = [&] { scoredWhenWritten = scoredRows(cache.db()); };
        };
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setup);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(sentimentOf(cache.db(), sfId("02s", 1)).value_or(0) > 0.3);
        QVERIFY(sentimentOf(cache.db(), sfId("02s", 2)).value_or(0) < -0.3);
        // A call and a meeting without a transcript carry only our rep's note: no buyer words, no score.
        QVERIFY(!sentimentOf(cache.db(), sfId("00T", 4)).has_value());
        QVERIFY(!sentimentOf(cache.db(), sfId("00U", 5)).has_value());
        QVERIFY(sentimentOf(cache.db(), sfId("069", 6)).value_or(0) < 0);
        QVERIFY(sentimentOf(cache.db(), sfId("002", 7)).value_or(0) > 0);
        QVERIFY(scoredWhenWritten >= 5);
        QCOMPARE(scoredRows(cache.db()), scoredWhenWritten);
        QVERIFY(outcome.report.interactionsScored >= 5);
        QCOMPARE(sentiment::rescoreCache(cache.db(), true).changed, 0);

        // A changed text takes its new score; an unchanged one keeps its own.
        const auto kept = sentimentOf(cache.db(), sfId("02s", 1));
        email(2, buyer, QStringLiteral("Thanks, this works wonderfully for us."), at + 120'000);
        email(1, buyer, QStringLiteral("This is great, we love it and want to move forward!"), at + 121'000);
        QVERIFY(syncSalesforce(cache.db(), server, setupWith(at + 180'000)).ok);
        QCOMPARE(sentimentOf(cache.db(), sfId("02s", 1)), kept);
        QVERIFY(sentimentOf(cache.db(), sfId("02s", 2)).value_or(0) > 0.3);
        QCOMPARE(sentiment::rescoreCache(cache.db(), true).changed, 0);
    }

    void settingsChoicesBringTheNewObjects() {
        using sync::CrmConnection;
        const QStringList emails =
            sync::objectsToSync(CrmConnection::Source::Salesforce, {QStringLiteral("emails")});
        QVERIFY(emails.indexOf(QStringLiteral("EmailMessageRelation")) >
                emails.indexOf(QStringLiteral("EmailMessage")));
        const QStringList notes =
            sync::objectsToSync(CrmConnection::Source::Salesforce, {QStringLiteral("notes")});
        QVERIFY(notes.contains(QStringLiteral("ContentNote")) && notes.contains(QStringLiteral("Note")));
        QVERIFY(!emails.contains(QStringLiteral("ContentNote")));
    }

    void objectsTheOrgDoesNotHaveAreSkipped() {
        // Notes or Enhanced Email turned off: the rest of the sync goes on, with a warning.
        SalesforceServer server;
        fillSalesforce(server);
        server.setUnsupportedObject(QStringLiteral("ContentNote"));
        server.setUnsupportedObject(QStringLiteral("EmailMessageRelation"));
        TempCache cache;
        const SyncOutcome outcome = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(DealStore(cache.db()).count(), 10);
        QVERIFY(interaction(cache.db(), sfDeal(3), sfId("002", 4)));
        QVERIFY(!interaction(cache.db(), sfDeal(1), sfId("069", 2)));
        QVERIFY(outcome.report.warnings.samples.join(u'\n').contains(
            QStringLiteral("ContentNote is not available")));
        // An object every org has is not optional.
        server.setUnsupportedObject(QStringLiteral("Opportunity"));
        TempCache other;
        QVERIFY(!syncSalesforce(other.db(), server, setupWith()).ok);
    }

    void malformedQueryAndMissingAccessStopClearly() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setFault([](const ServerRequest &, int) -> std::optional<ServerReply> {
            return sfError(400, "INVALID_FIELD", "No such column 'TaskSubtype' on entity 'Task'.");
        });
        TempCache cache;
        const SyncOutcome invalid = syncSalesforce(cache.db(), server, setupWith());
        QVERIFY(!invalid.ok);
        QCOMPARE(invalid.errorKind, SyncError::Kind::Protocol);
        QVERIFY2(invalid.error.contains(QStringLiteral("TaskSubtype")), qPrintable(invalid.error));
        server.setFault([](const ServerRequest &, int) -> std::optional<ServerReply> {
            return sfError(403, "API_DISABLED_FOR_ORG",
                           "API is not enabled for this Organization or Partner");
        });
        const SyncOutcome denied = syncSalesforce(cache.db(), server, setupWith());
        QCOMPARE(denied.errorKind, SyncError::Kind::Scopes);
        QVERIFY(denied.error.contains(QStringLiteral("API Enabled")));
    }
};

QTEST_GUILESS_MAIN(TestSalesforceSync)
#include "test_salesforce_sync.moc"
