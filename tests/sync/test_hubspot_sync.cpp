// SPDX-License-Identifier: GPL-3.0-or-later
// The HubSpot connector against the in-memory HubSpot on loopback: the mapping rules, incremental sync
// with its bookmarks, and each HubSpot edge case of shared/crm-api.md.

#include "SyncFixtures.h"
#include "TestSupport.h"

#include "analytics/OurDomains.h"
#include "store/BookmarkStore.h"
#include "store/DealStore.h"
#include "store/InteractionStore.h"
#include "store/MetaStore.h"
#include "store/MetricsStore.h"
#include "store/SyncStore.h"
#include "sync/CrmLinks.h"
#include "sync/CrmValues.h"

#include <QtTest>

using namespace dp;
using namespace dp::test;
using sync::SyncError;

namespace {

const QString kEmails = QStringLiteral("emails");
const QString kDeals = QStringLiteral("deals");

DealRow dealRow(Database &db, qint64 remoteId) {
    DealStore deals(db);
    const auto id = deals.dealId(QStringLiteral("hubspot"), QString::number(remoteId));
    if (!id)
        qFatal("deal %lld not cached", remoteId);
    return *deals.find(*id);
}

std::optional<InteractionRow> interaction(Database &db, qint64 dealRemoteId, qint64 remoteId) {
    DealStore deals(db);
    const auto id = deals.dealId(QStringLiteral("hubspot"), QString::number(dealRemoteId));
    if (!id)
        return std::nullopt;
    for (const InteractionRow &row : InteractionStore(db).timeline(*id))
        if (row.interaction.remoteId == QString::number(remoteId))
            return row;
    return std::nullopt;
}

int liveDeals(Database &db) {
    return DealStore(db).count();
}

QStringList dealIds(Database &db) {
    QStringList ids;
    DealStore(db).forEach([&](const DealRow &row) { ids.append(row.deal.remoteId); });
    return ids;
}

// Adds a deal with the given properties (merged over sensible defaults) and one email.
void putDeal(HubSpotServer &server, qint64 id, const QMap<QString, QString> &properties, Millis at) {
    QMap<QString, QString> all{{QStringLiteral("dealname"), QStringLiteral("Deal %1").arg(id)},
                               {QStringLiteral("dealstage"), QStringLiteral("qualifiedtobuy")},
                               {QStringLiteral("pipeline"), QStringLiteral("default")},
                               {QStringLiteral("hubspot_owner_id"), QStringLiteral("100")}};
    for (auto it = properties.begin(); it != properties.end(); ++it)
        all.insert(it.key(), it.value());
    server.put(kDeals, id, all, at);
}

} // namespace

class TestHubSpotSync : public QObject {
    Q_OBJECT

private slots:
    void fullSyncMapsEveryRecordByTheRules() {
        HubSpotServer server;
        fillHubSpot(server);
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(liveDeals(cache.db()), 10);
        QCOMPARE(InteractionStore(cache.db()).count(), 40);
        // Two kept-alive connections: the listing's, and the one its associations are read over meanwhile.
        QCOMPARE(server.http().connectionsAccepted(), 2);
        // Stage label from the pipeline, owner by id (the archived owner's deal keeps its email).
        const DealRow d3 = dealRow(cache.db(), 5003);
        QCOMPARE(d3.deal.stage, QStringLiteral("Closed Won"));
        QVERIFY(d3.deal.isClosed && d3.deal.isWon);
        QCOMPARE(d3.ownerEmail, QStringLiteral("rep3@seller.io"));
        QCOMPARE(d3.teamName, QStringLiteral("West"));
        QCOMPARE(d3.deal.amount, std::optional<double>(4000));
        QCOMPARE(d3.deal.closeDate, QDate(2024, 7, 4));
        QCOMPARE(d3.deal.pipeline, QStringLiteral("Sales Pipeline"));
        // Engagements: call duration from milliseconds, meeting time is its start, email directions.
        const auto call = interaction(cache.db(), 5000, 20001);
        QVERIFY(call);
        QCOMPARE(call->interaction.durationSeconds, std::optional<int>(125));
        QCOMPARE(call->interaction.direction, Direction::Inbound); // completed: a conversation
        const auto meeting = interaction(cache.db(), 5000, 20002);
        QVERIFY(meeting);
        QCOMPARE(meeting->interaction.occurredAt, kBaseStamp + 200000 + 20002 * 1000 - 7200000);
        const auto reply = interaction(cache.db(), 5002, 20008);
        QCOMPARE(reply->interaction.direction, Direction::Inbound);
        const auto sent = interaction(cache.db(), 5001, 20004);
        QCOMPARE(sent->interaction.direction, Direction::Outbound);
        const auto note = interaction(cache.db(), 5000, 20003);
        QCOMPARE(note->interaction.direction, Direction::Internal);
        // Figures were computed for the synced deals.
        QVERIFY(MetricsStore(cache.db()).find(d3.id));
        QCOMPARE(outcome.report.dealsRecomputed, 10);
        // A second sync changes nothing.
        const QStringList before = dumpCache(cache.db());
        const SyncOutcome again = syncHubSpot(cache.db(), server);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(dumpCache(cache.db()), before);
        QCOMPARE(again.report.dealsRecomputed, 0);
    }

    void valuesAreStoredFaithfullyAndNeverAbortTheSync() {
        HubSpotServer server;
        fillHubSpot(server, {2, 2, 0, 0});
        putDeal(server, 1, {{QStringLiteral("amount"), QString()}}, kBaseStamp);
        putDeal(server, 2, {{QStringLiteral("amount"), QStringLiteral("0")}}, kBaseStamp);
        putDeal(server, 3, {{QStringLiteral("amount"), QStringLiteral("3092727991;3881228353")}}, kBaseStamp);
        putDeal(server, 4,
                {{QStringLiteral("amount"), QStringLiteral("1250.75")},
                 {QStringLiteral("deal_currency_code"), QStringLiteral("EUR")}},
                kBaseStamp);
        putDeal(server, 5, {{QStringLiteral("dealstage"), QStringLiteral("1234567")}}, kBaseStamp);
        // Close dates: midnight UTC ISO, epoch-ms, a bare date, an offset, garbage.
        putDeal(server, 6, {{QStringLiteral("closedate"), QStringLiteral("2024-06-30T00:00:00.000Z")}},
                kBaseStamp);
        putDeal(server, 7, {{QStringLiteral("closedate"), QStringLiteral("1719705600000")}}, kBaseStamp);
        putDeal(server, 8, {{QStringLiteral("closedate"), QStringLiteral("2024-03-31")}}, kBaseStamp);
        putDeal(server, 9, {{QStringLiteral("closedate"), QStringLiteral("2024-10-27T01:30:00+0000")}},
                kBaseStamp);
        putDeal(server, 10, {{QStringLiteral("closedate"), QStringLiteral("next quarter")}}, kBaseStamp);
        // In a time zone far from UTC, where a local conversion would move each date by a day.
        qputenv("TZ", "Pacific/Kiritimati");
        tzset();
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        qputenv("TZ", "UTC");
        tzset();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(dealRow(cache.db(), 1).deal.amount, std::nullopt);
        QCOMPARE(dealRow(cache.db(), 2).deal.amount, std::optional<double>(0));
        QCOMPARE(dealRow(cache.db(), 3).deal.amount, std::nullopt);
        QCOMPARE(dealRow(cache.db(), 4).deal.amount, std::optional<double>(1250.75));
        QCOMPARE(dealRow(cache.db(), 4).deal.currency, QStringLiteral("EUR"));
        QCOMPARE(dealRow(cache.db(), 5).deal.stage, QStringLiteral("1234567"));
        QCOMPARE(dealRow(cache.db(), 6).deal.closeDate, QDate(2024, 6, 30));
        QCOMPARE(dealRow(cache.db(), 7).deal.closeDate, QDate(2024, 6, 30));
        QCOMPARE(dealRow(cache.db(), 8).deal.closeDate, QDate(2024, 3, 31));
        QCOMPARE(dealRow(cache.db(), 9).deal.closeDate, QDate(2024, 10, 27));
        QVERIFY(!dealRow(cache.db(), 10).deal.closeDate.isValid());
        // Junk amount, unknown stage and unreadable close date are reported, not fatal.
        QCOMPARE(outcome.report.warnings.count, 3);
        QCOMPARE(sync::parseProbability(QStringLiteral("0.6")), std::optional<double>(0.6));
        QCOMPARE(sync::parseProbability(QStringLiteral("60")), std::optional<double>(0.6));
    }

    void forwardedEmailIsInboundOnlyFromTheDealsBuyer() {
        HubSpotServer server;
        fillHubSpot(server, {2, 4, 1, 0});
        // Deal 5000 has contacts 1000 and 1001 (Buyer0@Client0.com, Buyer1@Client1.com).
        auto email = [&](qint64 id, const QString &direction, const QString &from, const QString &to) {
            QMap<QString, QString> props{{QStringLiteral("hs_timestamp"), QString::number(kBaseStamp)},
                                         {QStringLiteral("hs_email_from_email"), from},
                                         {QStringLiteral("hs_email_to_email"), to},
                                         {QStringLiteral("hs_email_subject"), QStringLiteral("fwd")}};
            if (!direction.isEmpty())
                props.insert(QStringLiteral("hs_email_direction"), direction);
            server.put(kEmails, id, props, kBaseStamp + id);
            server.associate(kEmails, id, kDeals, 5000);
        };
        email(1, QStringLiteral("FORWARDED_EMAIL"), QStringLiteral("BUYER1@client1.COM"),
              QStringLiteral("rep0@seller.io"));
        email(2, QStringLiteral("FORWARDED_EMAIL"), QStringLiteral("someone@else.com"),
              QStringLiteral("rep0@seller.io"));
        email(3, QString(), QStringLiteral("buyer0@client0.com"), QStringLiteral("rep0@seller.io"));
        email(4, QString(), QStringLiteral("rep0@seller.io"), QStringLiteral("Buyer0 <buyer0@client0.com>"));
        email(5, QString(), QStringLiteral("rep0@seller.io"), QStringLiteral("rep1@seller.io"));
        email(6, QStringLiteral("INCOMING_EMAIL"), QStringLiteral("buyer0@client0.com"),
              QStringLiteral("rep0@seller.io"));
        TempCache cache;
        SyncSetup first;
        first.startedAt = kBaseStamp + 10'000'000;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server, first);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(interaction(cache.db(), 5000, 1)->interaction.direction, Direction::Inbound);
        QCOMPARE(interaction(cache.db(), 5000, 2)->interaction.direction, Direction::Outbound);
        QCOMPARE(interaction(cache.db(), 5000, 3)->interaction.direction, Direction::Inbound);
        QCOMPARE(interaction(cache.db(), 5000, 4)->interaction.direction, Direction::Outbound);
        QCOMPARE(interaction(cache.db(), 5000, 5)->interaction.direction, Direction::Internal);
        // Which rule decided each: HubSpot's own label, the forwarded rule, or the addresses.
        const auto rule = [&cache](int id) {
            Statement query(cache.db().handle(),
                            "SELECT direction_rule FROM interactions WHERE remote_id = ?1");
            query.bind(1, QString::number(id));
            return query.step() ? query.text(0) : QStringLiteral("?");
        };
        QCOMPARE(rule(1), QStringLiteral("forwarded"));
        QCOMPARE(rule(3), QStringLiteral("addresses"));
        QCOMPARE(rule(6), QString());

        // Declared ours (say, a subsidiary's domain), client0.com no longer writes as the buyer: the email
        // the addresses decided is decided again; the one HubSpot labelled incoming keeps its label; and a
        // later sync reads the same domains.
        QVERIFY(applyOurDomains(cache.db(), {QStringLiteral("client0.com")}, {}));
        QCOMPARE(interaction(cache.db(), 5000, 3)->interaction.direction, Direction::Internal);
        QCOMPARE(interaction(cache.db(), 5000, 6)->interaction.direction, Direction::Inbound);
        QCOMPARE(interaction(cache.db(), 5000, 1)->interaction.direction, Direction::Inbound);
        server.put(kEmails, 3,
                   {{QStringLiteral("hs_timestamp"), QString::number(kBaseStamp)},
                    {QStringLiteral("hs_email_from_email"), QStringLiteral("buyer0@client0.com")},
                    {QStringLiteral("hs_email_to_email"), QStringLiteral("rep0@seller.io")},
                    {QStringLiteral("hs_email_subject"), QStringLiteral("fwd, edited")}},
                   first.startedAt + 60'000);
        SyncSetup later;
        later.startedAt = first.startedAt + 120'000'000;
        QVERIFY(syncHubSpot(cache.db(), server, later).ok);
        QCOMPARE(interaction(cache.db(), 5000, 3)->interaction.subject, QStringLiteral("fwd, edited"));
        QCOMPARE(interaction(cache.db(), 5000, 3)->interaction.direction, Direction::Internal);
    }

    void theAccountIdIsKeptForLinksToDeals() {
        HubSpotServer server;
        fillHubSpot(server);
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(server.requestCount("/account-info/v3/details"), 1);
        QCOMPARE(MetaStore(cache.db()).value(sync::kHubSpotPortalIdKey), QStringLiteral("62515"));
        const QString dealId = dealIds(cache.db()).value(0);
        const std::optional<QUrl> url =
            sync::crmDealUrl(QStringLiteral("hubspot"), dealId, sync::readCrmAccount(cache.db()));
        QVERIFY(url);
        QCOMPARE(url->toString(),
                 QStringLiteral("https://app.hubspot.com/contacts/62515/record/0-3/") + dealId);
    }

    void aHostileAccountIdIsNotKeptAndTheSyncGoesOn() {
        HubSpotServer server;
        fillHubSpot(server);
        server.setPortalId(QStringLiteral("62515/../../evil?x=1"));
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(liveDeals(cache.db()), 10);
        QVERIFY(!MetaStore(cache.db()).value(sync::kHubSpotPortalIdKey));
        QVERIFY(outcome.report.warnings.count >= 1);
        QVERIFY(!sync::crmDealUrl(QStringLiteral("hubspot"), dealIds(cache.db()).value(0),
                                  sync::readCrmAccount(cache.db())));
    }

    void incrementalSyncReadsOnlyChangesAndKeepsBookmarksBeforeItsStart() {
        HubSpotServer server;
        fillHubSpot(server);
        TempCache cache;
        const Millis firstStart = kBaseStamp + 10'000'000;
        SyncSetup setup;
        setup.startedAt = firstStart;
        QVERIFY(syncHubSpot(cache.db(), server, setup).ok);
        QCOMPARE(BookmarkStore(cache.db()).get(QStringLiteral("hubspot"), kDeals)->stamp, firstStart);
        // A change after the first sync, stamped later than the second sync's start (clock skew).
        putDeal(server, 5001, {{QStringLiteral("amount"), QStringLiteral("777")}}, firstStart + 60'000);
        putDeal(server, 5002, {{QStringLiteral("dealstage"), QStringLiteral("contractsent")}},
                firstStart + 90'000'000);
        setup.startedAt = firstStart + 120'000;
        const int searchesBefore = server.requestCount("/crm/v3/objects/deals/search");
        const SyncOutcome second = syncHubSpot(cache.db(), server, setup);
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(server.requestCount("/crm/v3/objects/deals/search") > searchesBefore);
        QCOMPARE(dealRow(cache.db(), 5001).deal.amount, std::optional<double>(777));
        QCOMPARE(dealRow(cache.db(), 5002).deal.stage, QStringLiteral("Contract Sent"));
        // Never past the sync's own start, even though a record carries a later stamp.
        QCOMPARE(BookmarkStore(cache.db()).get(QStringLiteral("hubspot"), kDeals)->stamp, setup.startedAt);
        // HubSpot's history of the deal: the values it was created with, then amount 2000 → 777 when it
        // changed.
        const auto history = DealStore(cache.db()).history(dealRow(cache.db(), 5001).id);
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.last().field, DealField::Amount);
        QCOMPARE(history.last().oldValue, QStringLiteral("2000.00"));
        QCOMPARE(history.last().newValue, QStringLiteral("777.00"));
        QCOMPARE(history.last().changedAt, firstStart + 60'000);
    }

    void searchCapAndMoreThan10000RecordsSharingOneStamp() {
        HubSpotServer server;
        fillHubSpot(server, {2, 2, 0, 0});
        TempCache cache;
        SyncSetup setup;
        setup.pageSize = 200;
        setup.startedAt = kBaseStamp + 1'000'000;
        setup.objects = {QStringLiteral("owners"), QStringLiteral("pipelines"), kDeals};
        QVERIFY(syncHubSpot(cache.db(), server, setup).ok);
        // A bulk import: 10,050 deals with one modified stamp, plus a later one.
        const Millis bulk = setup.startedAt + 1000;
        for (int i = 0; i < 10050; ++i)
            putDeal(server, 100000 + i, {}, bulk);
        putDeal(server, 200000, {}, bulk + 5000);
        setup.startedAt = bulk + 60'000;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server, setup);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(liveDeals(cache.db()), 10051);
        // The server answers 400 to any page past 10,000 (which would have failed the sync); the stamp
        // shared by 10,050 records was walked by hs_object_id instead.
        QVERIFY(server.requestCount("/crm/v3/objects/deals/search") >= 10050 / 200);
    }

    void shortAndEmptyPagesWithACursorAreNotTheEnd() {
        HubSpotServer server;
        fillHubSpot(server);
        server.setShortPages(true);
        TempCache cache;
        SyncSetup setup;
        setup.pageSize = 100;
        QVERIFY(syncHubSpot(cache.db(), server, setup).ok);
        QCOMPARE(liveDeals(cache.db()), 10);
        QCOMPARE(InteractionStore(cache.db()).count(), 40);
    }

    void aRecordModifiedBetweenPagesIsNeitherLostNorDoubled() {
        HubSpotServer server;
        fillHubSpot(server, {2, 4, 0, 0});
        for (int i = 0; i < 12; ++i)
            putDeal(server, 1 + i, {}, kBaseStamp + i * 1000);
        TempCache cache;
        SyncSetup setup;
        setup.startedAt = kBaseStamp + 100'000;
        setup.objects = {QStringLiteral("owners"), QStringLiteral("pipelines"), kDeals};
        QVERIFY(syncHubSpot(cache.db(), server, setup).ok);
        // Every deal changes; while the second sync pages, the first deal changes again and moves to
        // the end of the order, which under offset paging would push an unread deal back out of view.
        for (int i = 0; i < 12; ++i)
            putDeal(server, 1 + i, {{QStringLiteral("amount"), QString::number(i)}},
                    setup.startedAt + 1000 + i * 1000);
        server.setAfterPage([&](int page) {
            if (page == 1)
                putDeal(server, 1, {{QStringLiteral("amount"), QStringLiteral("99")}},
                        setup.startedAt + 50'000);
        });
        setup.startedAt += 100'000;
        QVERIFY(syncHubSpot(cache.db(), server, setup).ok);
        server.setAfterPage({});
        for (int i = 1; i < 12; ++i)
            QCOMPARE(dealRow(cache.db(), 1 + i).deal.amount, std::optional<double>(i));
        QCOMPARE(dealRow(cache.db(), 1).deal.amount, std::optional<double>(99));
        QCOMPARE(liveDeals(cache.db()), 12);
    }

    void aRecordStampedBeforeTheBookmarkIsPickedUpByTheOverlap() {
        HubSpotServer server;
        fillHubSpot(server);
        TempCache cache;
        SyncSetup setup;
        setup.startedAt = kBaseStamp + 10'000'000;
        QVERIFY(syncHubSpot(cache.db(), server, setup).ok);
        // Search lag: the change is stamped before the bookmark but only becomes searchable afterwards.
        putDeal(server, 5004, {{QStringLiteral("dealname"), QStringLiteral("Late")}},
                setup.startedAt + 10'000);
        server.setSearchHidden({5004});
        setup.startedAt += 20'000;
        QVERIFY(syncHubSpot(cache.db(), server, setup).ok);
        QCOMPARE(dealRow(cache.db(), 5004).deal.name, QStringLiteral("Deal 4"));
        server.setSearchHidden({});
        setup.startedAt += 20'000;
        QVERIFY(syncHubSpot(cache.db(), server, setup).ok);
        QCOMPARE(dealRow(cache.db(), 5004).deal.name, QStringLiteral("Late"));
    }

    void rateLimitsAreRetriedAndTheDailyQuotaStops() {
        HubSpotServer server;
        fillHubSpot(server);
        int limited = 0;
        // Every fifth request to arrive is limited, but never a retry: with two connections, arrival numbers
        // alone could land on one request's every attempt.
        QSet<QByteArray> limitedOnce;
        server.setFault([&](const ServerRequest &request, int number) -> std::optional<ServerReply> {
            const QByteArray key = request.method + ' ' + request.target + ' ' + request.body;
            if (number % 5 != 0 || limitedOnce.contains(key))
                return std::nullopt;
            limitedOnce.insert(key);
            ++limited;
            ServerReply reply = ServerReply::json(
                429,
                R"({"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})");
            if (number % 10 == 0)
                reply.headers.emplaceBack("Retry-After", "0");
            return reply;
        });
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(limited > 5);
        QCOMPARE(liveDeals(cache.db()), 10);

        server.setFault([](const ServerRequest &request, int) -> std::optional<ServerReply> {
            if (!request.path.contains("/deals"))
                return std::nullopt;
            return ServerReply::json(
                429,
                R"({"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","policyName":"DAILY"})");
        });
        putDeal(server, 5001, {{QStringLiteral("amount"), QStringLiteral("5")}},
                QDateTime::currentMSecsSinceEpoch() - 1000);
        const SyncOutcome quota = syncHubSpot(cache.db(), server);
        QVERIFY(!quota.ok);
        QCOMPARE(quota.errorKind, SyncError::Kind::Quota);
        QVERIFY(quota.error.contains(QStringLiteral("daily")));
    }

    void tokenExpiringMidPagingRefreshesAndResumes() {
        HubSpotServer server;
        fillHubSpot(server);
        server.setOAuth("client", "secret", "refresh-0", true);
        server.setAccessToken("");
        // The access token dies after a few pages, as after 30 minutes.
        server.setAfterPage([&](int page) {
            if (page == 4)
                server.setAccessToken("expired-by-now");
        });
        TempCache cache;
        SyncSetup setup;
        setup.oauth = sync::OAuthClient{server.baseUrl() + QStringLiteral("/oauth/v1/token"), "client",
                                        "secret", "refresh-0"};
        const SyncOutcome outcome = syncHubSpot(cache.db(), server, setup);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(server.tokenRefreshes(), 2);
        QCOMPARE(liveDeals(cache.db()), 10);
        QCOMPARE(InteractionStore(cache.db()).count(), 40);
        // The rotated refresh token replaced the old one; reusing the old one is invalid_grant.
        const SyncOutcome stale = syncHubSpot(cache.db(), server, setup);
        QVERIFY(!stale.ok);
        QCOMPARE(stale.errorKind, SyncError::Kind::Credentials);
        QVERIFY(stale.error.contains(QStringLiteral("Reconnect")));
    }

    void missingScopesStopWithAClearMessage() {
        HubSpotServer server;
        fillHubSpot(server);
        server.setFault([](const ServerRequest &request, int) -> std::optional<ServerReply> {
            if (!request.path.startsWith("/crm/v3/objects/emails"))
                return std::nullopt;
            return ServerReply::json(
                403,
                R"({"status":"error","message":"This app has not been granted all required scopes to make this call.","correlationId":"x","category":"MISSING_SCOPES","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredGranularScopes":["sales-email-read"]}}]})");
        });
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.errorKind, SyncError::Kind::Scopes);
        QVERIFY(outcome.error.contains(QStringLiteral("scopes")));
    }

    void archivedRecordsLeaveThePipelineAndItsFigures() {
        HubSpotServer server;
        fillHubSpot(server);
        TempCache cache;
        QVERIFY(syncHubSpot(cache.db(), server).ok);
        const qint64 dealId = dealRow(cache.db(), 5001).id;
        QVERIFY(MetricsStore(cache.db()).find(dealId));
        QVERIFY(interaction(cache.db(), 5002, 20008));
        server.archive(kDeals, 5001, QDateTime::currentMSecsSinceEpoch());
        server.archive(kEmails, 20008, QDateTime::currentMSecsSinceEpoch());
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.report.deletions, 2);
        QVERIFY(!dealIds(cache.db()).contains(QStringLiteral("5001")));
        QCOMPARE(liveDeals(cache.db()), 9);
        QVERIFY(!MetricsStore(cache.db()).find(dealId));
        QVERIFY(!interaction(cache.db(), 5002, 20008));
        QCOMPARE(InteractionStore(cache.db()).count(), 39);
    }

    void textIsStoredExactly() {
        HubSpotServer server;
        fillHubSpot(server, {2, 2, 1, 0});
        const QString unicode = QStringLiteral("Merci 🎉 — שלום עולם — e\u0301te\u0301\r\nline two\u0000end");
        QString html = QStringLiteral("<html><body><p>Unclosed <b>tag <div>");
        while (html.size() < 131072)
            html += QStringLiteral("<span>lorem ipsum ✓</span>");
        html.truncate(131072);
        server.put(kEmails, 1,
                   {{QStringLiteral("hs_timestamp"), QStringLiteral("2024-05-01T10:11:12.345Z")},
                    {QStringLiteral("hs_email_subject"), unicode},
                    {QStringLiteral("hs_email_text"), unicode},
                    {QStringLiteral("hs_email_html"), html},
                    {QStringLiteral("hs_email_direction"), QStringLiteral("INCOMING_EMAIL")}},
                   kBaseStamp);
        server.associate(kEmails, 1, kDeals, 5000);
        TempCache cache;
        QVERIFY(syncHubSpot(cache.db(), server).ok);
        const auto email = interaction(cache.db(), 5000, 1);
        QVERIFY(email);
        QCOMPARE(email->interaction.subject, unicode);
        QCOMPARE(email->interaction.bodyText, unicode);
        QCOMPARE(email->interaction.bodyHtml.size(), 131072);
        QCOMPARE(email->interaction.bodyHtml, html);
        QCOMPARE(email->interaction.occurredAt, parseCrmInstantOrDie("2024-05-01T10:11:12.345Z"));
    }

    void theSameIdTwiceOnAPageOrAcrossPagesIsStoredOnce() {
        HubSpotServer server;
        fillHubSpot(server);
        server.setDuplicateFirstRecord(true);
        TempCache cache;
        QVERIFY(syncHubSpot(cache.db(), server).ok);
        QCOMPARE(liveDeals(cache.db()), 10);
        QCOMPARE(InteractionStore(cache.db()).count(), 40);
        server.setDuplicateFirstRecord(false);
        TempCache clean;
        QVERIFY(syncHubSpot(clean.db(), server).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
    }

    void linksToRecordsNotSyncedYetAreCompletedLater() {
        HubSpotServer server;
        fillHubSpot(server, {2, 4, 1, 0});
        // An email on deal 7000 and on five contacts, two of them not created yet; three associations a page.
        server.setAssociationPageSize(3);
        server.put(kEmails, 1,
                   {{QStringLiteral("hs_timestamp"), QString::number(kBaseStamp)},
                    {QStringLiteral("hs_email_direction"), QStringLiteral("EMAIL")}},
                   kBaseStamp);
        server.associate(kEmails, 1, kDeals, 7000);
        server.associate(kEmails, 1, kDeals, 5000);
        for (qint64 contact : {1000, 1001, 1002, 1003, 1500, 1501})
            server.associate(kEmails, 1, QStringLiteral("contacts"), contact);
        TempCache cache;
        const SyncOutcome first = syncHubSpot(cache.db(), server);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.report.pendingLinks, 3);
        // The listed email carries its two deals, and three of its six contacts with a cursor: only the
        // contacts are read again, in full, from the v4 endpoint (two pages of three).
        QCOMPARE(server.requestCount("/crm/v4/associations/emails/deals"), 0);
        QCOMPARE(server.requestCount("/crm/v4/associations/emails/contacts"), 2);
        QVERIFY(interaction(cache.db(), 5000, 1));
        // The deal and contacts arrive later: the email joins them without being modified itself.
        const Millis later = QDateTime::currentMSecsSinceEpoch() - 1000;
        putDeal(server, 7000, {}, later);
        server.put(QStringLiteral("contacts"), 1500, {{QStringLiteral("email"), QStringLiteral("x@y.com")}},
                   later);
        server.put(QStringLiteral("contacts"), 1501, {{QStringLiteral("email"), QStringLiteral("z@y.com")}},
                   later);
        const SyncOutcome second = syncHubSpot(cache.db(), server);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.report.pendingLinks, 0);
        QVERIFY(interaction(cache.db(), 7000, 1));
        TempCache clean;
        QVERIFY(syncHubSpot(clean.db(), server).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
    }

    void gatewayErrorsAndTruncatedBodiesAreRetried() {
        HubSpotServer server;
        fillHubSpot(server);
        // Half the distinct requests fail once, with each fault in turn, and succeed when retried. Counted
        // per request rather than by arrival: the listing and its associations come over two connections, so
        // arrival numbers would not say which attempts belong to one request.
        QHash<QByteArray, int> attempts;
        int distinct = 0;
        server.setFault([&](const ServerRequest &request, int) -> std::optional<ServerReply> {
            if (attempts[request.method + ' ' + request.target + ' ' + request.body]++ > 0)
                return std::nullopt;
            ServerReply reply;
            switch (distinct++ % 6) {
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
                reply = ServerReply::json(200, QByteArray(R"({"results":[)") + QByteArray(4000, ' ') + "]}");
                reply.fault = ServerReply::Fault::TruncatedChunked;
                return reply;
            default:
                return std::nullopt;
            }
        });
        TempCache cache;
        SyncSetup setup;
        setup.retry.maxAttempts = 4;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server, setup);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        server.setFault({});
        TempCache clean;
        QVERIFY(syncHubSpot(clean.db(), server).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
    }

    // A list page is only checked where it arrives (and parsed on another thread): a whole answer that is not
    // JSON, or JSON cut short inside a well-framed reply, must be fetched again, never taken as the listing's
    // last page because no cursor was found in it.
    void listPagesThatAreNotJsonAreFetchedAgain() {
        HubSpotServer server;
        fillHubSpot(server);
        QHash<QByteArray, int> attempts;
        int listPages = 0;
        server.setFault([&](const ServerRequest &request, int) -> std::optional<ServerReply> {
            if (request.method != "GET" || !request.path.startsWith("/crm/v3/objects/") ||
                attempts[request.target]++ > 0)
                return std::nullopt;
            ++listPages;
            if (listPages % 2 == 0)
                return ServerReply::json(200, "{\"results\":[{\"id\":\"1\",\"properties\":{\"hs_email_s");
            ServerReply reply;
            reply.headers.emplaceBack("Content-Type", "text/html");
            reply.body = "<html><body>Service temporarily unavailable</body></html>";
            return reply;
        });
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(listPages > 10);
        server.setFault({});
        TempCache clean;
        QVERIFY(syncHubSpot(clean.db(), server).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(clean.db()));
    }

private:
    static Millis parseCrmInstantOrDie(const char *text) {
        return *sync::parseCrmInstant(QString::fromLatin1(text));
    }
};

QTEST_GUILESS_MAIN(TestHubSpotSync)
#include "test_hubspot_sync.moc"
