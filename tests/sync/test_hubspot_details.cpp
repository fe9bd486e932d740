// SPDX-License-Identifier: GPL-3.0-or-later
// What the HubSpot connector brings besides the records themselves, against the in-memory HubSpot: call
// transcripts (stored, shown with their speakers, scored), deal property history (from HubSpot, else from
// successive syncs, never doubled), links HubSpot no longer lists, and the mapping rules of HubSpotMapping.h
// not covered by test_hubspot_sync.

#include "SyncFixtures.h"
#include "TestSupport.h"

#include "analytics/sentiment/CacheRescorer.h"
#include "items/DealDetails.h"
#include "items/TimelineModel.h"
#include "store/DealStore.h"
#include "store/InteractionStore.h"
#include "store/MetricsStore.h"
#include "store/SyncStore.h"

#include <QtTest>

using namespace dp;
using namespace dp::test;

namespace {

const QString kHubSpot = QStringLiteral("hubspot");
const QString kDeals = QStringLiteral("deals");
const QString kCalls = QStringLiteral("calls");
const QString kEmails = QStringLiteral("emails");
const QString kContacts = QStringLiteral("contacts");

qint64 dealId(Database &db, qint64 remoteId) {
    const auto id = DealStore(db).dealId(kHubSpot, QString::number(remoteId));
    if (!id)
        qFatal("deal %lld not cached", remoteId);
    return *id;
}

struct Stored {
    QString transcript;
    std::optional<double> sentiment;
    QStringList deals;
    QStringList contacts;
};

std::optional<Stored> stored(Database &db, qint64 remoteId) {
    Statement query(
        db.handle(),
        "SELECT i.transcript, i.sentiment,"
        " (SELECT group_concat(d.remote_id) FROM interaction_deals l JOIN deals d ON d.id = l.deal_id"
        "  WHERE l.interaction_id = i.id),"
        " (SELECT group_concat(c.remote_id) FROM interaction_contacts l JOIN contacts c"
        "  ON c.id = l.contact_id WHERE l.interaction_id = i.id)"
        " FROM interactions i WHERE i.source = 'hubspot' AND i.remote_id = ?1");
    query.bind(1, QString::number(remoteId));
    if (!query.step())
        return std::nullopt;
    Stored row{query.text(0), query.optionalReal(1),
               query.text(2).split(QLatin1Char(','), Qt::SkipEmptyParts),
               query.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts)};
    row.deals.sort();
    row.contacts.sort();
    return row;
}

DealDetails details(Database &db, qint64 remoteDealId, Millis now) {
    DealRequest request;
    request.dealId = dealId(db, remoteDealId);
    request.zone = QTimeZone(QByteArrayLiteral("UTC"));
    const FixedClock clock(now);
    auto loaded = loadDealDetails(db, request, clock);
    if (!loaded)
        qFatal("deal %lld did not load", remoteDealId);
    return *loaded;
}

// The deal page's timeline content of one interaction, as the deal view shows it.
QString timelineHtml(Database &db, qint64 remoteDealId, qint64 interactionRemoteId, Millis now) {
    const DealDetails page = details(db, remoteDealId, now);
    TimelineModel model;
    model.setEntries(page.timeline, page.ours, page.names, QTimeZone(QByteArrayLiteral("UTC")));
    for (int row = 0; row < model.rowCount(); ++row)
        if (page.timeline[row].interaction.remoteId == QString::number(interactionRemoteId))
            return model.data(model.index(row), TimelineModel::ContentHtmlRole).toString();
    return {};
}

QStringList historyLines(Database &db, qint64 remoteDealId) {
    QStringList lines;
    for (const FieldChangeRow &row : DealStore(db).history(dealId(db, remoteDealId)))
        lines.append(QStringLiteral("%1|%2|%3|%4")
                         .arg(toKey(row.field), row.oldValue, row.newValue)
                         .arg(row.changedAt));
    return lines;
}

QJsonObject speaker(const char *id, const char *name, const char *email) {
    QJsonObject object{{QStringLiteral("id"), QLatin1String(id)},
                       {QStringLiteral("name"), QLatin1String(name)}};
    if (email)
        object.insert(QStringLiteral("email"), QLatin1String(email));
    return object;
}

QJsonObject utterance(const QJsonValue &who, const QString &text, qint64 start) {
    return {{QStringLiteral("speaker"), who},
            {QStringLiteral("text"), text},
            {QStringLiteral("languageCode"), QStringLiteral("en-US")},
            {QStringLiteral("startTimeMillis"), start},
            {QStringLiteral("endTimeMillis"), start + 4000}};
}

void putCall(HubSpotServer &server, qint64 id, const QString &transcriptId, Millis at, qint64 deal,
             qint64 contact) {
    QMap<QString, QString> props{
        {QStringLiteral("hs_timestamp"), QString::number(at)},
        {QStringLiteral("hs_call_title"), QStringLiteral("Pricing call")},
        {QStringLiteral("hs_call_body"), QStringLiteral("Walked through the quote.")},
        {QStringLiteral("hs_call_status"), QStringLiteral("COMPLETED")},
        {QStringLiteral("hs_call_direction"), QStringLiteral("OUTBOUND")}};
    if (!transcriptId.isEmpty()) {
        props.insert(QStringLiteral("hs_call_has_transcript"), QStringLiteral("true"));
        props.insert(QStringLiteral("hs_call_transcription_id"), transcriptId);
    }
    server.put(kCalls, id, props, at);
    server.associate(kCalls, id, kDeals, deal);
    server.associate(kCalls, id, kContacts, contact);
}

SyncSetup at(Millis start) {
    SyncSetup setup;
    setup.startedAt = start;
    return setup;
}

constexpr Millis kStart = kBaseStamp + 10'000'000;
// After every engagement fillHubSpot() makes, so the figures computed at the sync count them.
constexpr Millis kLaterStart = kBaseStamp + 100'000'000;

QStringList sorted(QStringList lines) {
    lines.sort();
    return lines;
}

} // namespace

class TestHubSpotDetails : public QObject {
    Q_OBJECT

private slots:
    void callTranscriptsAreStoredShownAndScored() {
        HubSpotServer server;
        fillHubSpot(server,
                    {2, 4, 1, 0}); // deal 5000: Buyer0@Client0.com, Buyer1@Client1.com; reps rep0, rep1
        // Utterances out of order, a speaker with only an email, one with punctuation in the name, text on
        // two lines.
        server.putTranscript(
            QStringLiteral("t-1"), 1,
            {utterance(speaker("12", "Buyer Zero", "Buyer0@Client0.com"),
                       QStringLiteral("Honestly this is too expensive and we are disappointed."), 65'000),
             utterance(speaker("11", "Rep 0", "rep0@seller.io"),
                       QStringLiteral("Great to see you, we are thrilled to show the plan!"), 1'000),
             utterance(QJsonObject{{QStringLiteral("id"), QStringLiteral("13")},
                                   {QStringLiteral("email"), QStringLiteral("dana.ortiz@client0.com")}},
                       QStringLiteral("Procurement: needs the\nsecurity review first."), 3'725'000),
             utterance(speaker("14", "Dr. J. Smith", nullptr), QStringLiteral("Agreed."), 3'726'000)});
        putCall(server, 1, QStringLiteral("t-1"), kBaseStamp + 5000, 5000, 1000);
        putCall(server, 2, QStringLiteral("t-gone"), kBaseStamp + 6000, 5000, 1000); // the transcript 404s
        putCall(server, 3, QString(), kBaseStamp + 7000, 5000, 1000);                // no transcript
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server, at(kStart));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(server.requestCount("/crm/v3/extensions/calling/transcripts/"), 2);
        QVERIFY(outcome.report.warnings.samples.join(QLatin1Char('\n')).contains(QStringLiteral("t-gone")));

        const QString expected = QStringLiteral(
            "Rep 0 (seller): [0:01] Great to see you, we are thrilled to show the plan!\n"
            "Buyer Zero (client0): [1:05] Honestly this is too expensive and we are disappointed.\n"
            "dana ortiz (client0): [1:02:05] Procurement: needs the security review first.\n"
            "Dr J Smith: [1:02:06] Agreed.");
        QCOMPARE(stored(cache.db(), 1)->transcript, expected);
        QCOMPARE(stored(cache.db(), 2)->transcript, QString());
        QVERIFY(stored(cache.db(), 2)); // the call itself is synced
        QCOMPARE(stored(cache.db(), 3)->transcript, QString());

        // The deal view: the call's notes, then the transcript with each speaker in bold.
        const QString html = timelineHtml(cache.db(), 5000, 1, kStart);
        QVERIFY2(html.contains(QStringLiteral("Walked through the quote.")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<h4>Transcript</h4>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<b>Buyer Zero (client0):</b>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<b>Rep 0 (seller):</b>")), qPrintable(html));

        // The sync scores what it brought, reading the buyer's utterances only: ours are glowing, the
        // buyer's are not.
        QVERIFY(outcome.report.interactionsScored >= 1);
        const auto scored = stored(cache.db(), 1)->sentiment;
        QVERIFY(scored);
        QVERIFY2(*scored < 0, qPrintable(QString::number(*scored)));

        // Re-read with the transcript unchanged: the score stays. The second call's transcript appears
        // meanwhile; the first one's read fails: what was stored stays.
        server.putTranscript(QStringLiteral("t-gone"), 2,
                             {utterance(speaker("12", "Buyer Zero", "buyer0@client0.com"),
                                        QStringLiteral("Thanks, this looks great."), 0)});
        putCall(server, 1, QStringLiteral("t-1"), kStart + 1000, 5000, 1000);
        putCall(server, 2, QStringLiteral("t-gone"), kStart + 2000, 5000, 1000);
        server.setFault([](const ServerRequest &request, int) -> std::optional<ServerReply> {
            if (!request.path.endsWith("/transcripts/t-1"))
                return std::nullopt;
            return ServerReply::json(
                404, R"({"status":"error","message":"not found","category":"OBJECT_NOT_FOUND"})");
        });
        const SyncOutcome again = syncHubSpot(cache.db(), server, at(kStart + 60'000));
        QVERIFY2(again.ok, qPrintable(again.error));
        server.setFault({});
        QCOMPARE(stored(cache.db(), 1)->transcript, expected);
        QCOMPARE(stored(cache.db(), 1)->sentiment, scored);
        QCOMPARE(stored(cache.db(), 2)->transcript,
                 QStringLiteral("Buyer Zero (client0): [0:00] Thanks, this looks great."));
        const auto rescored = stored(cache.db(), 2)->sentiment; // its new transcript was scored by the sync
        QVERIFY(rescored);
        QVERIFY2(*rescored > 0, qPrintable(QString::number(*rescored)));
    }

    void transcriptsTheAppMayNotReadLeaveTheCallsSynced() {
        HubSpotServer server;
        fillHubSpot(server, {2, 4, 1, 0});
        server.setTranscriptsForbidden(true);
        putCall(server, 1, QStringLiteral("t-1"), kBaseStamp + 5000, 5000, 1000);
        putCall(server, 2, QStringLiteral("t-2"), kBaseStamp + 6000, 5000, 1000);
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server, at(kStart));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(stored(cache.db(), 1) && stored(cache.db(), 2));
        // Asked once, then no more for the rest of the sync; the user is told why transcripts are missing.
        QCOMPARE(server.requestCount("/crm/v3/extensions/calling/transcripts/"), 1);
        QVERIFY(
            outcome.report.warnings.samples.join(QLatin1Char('\n')).contains(QStringLiteral("transcripts")));
    }

    void dealHistoryComesFromHubSpotAndIsNeverDoubled() {
        HubSpotServer server;
        fillHubSpot(server, {2, 4, 0, 0});
        const Millis t0 = kStart - 3'000'000, t1 = kStart - 2'000'000, t2 = kStart - 120'000;
        server.put(kDeals, 1,
                   {{QStringLiteral("dealname"), QStringLiteral("Acme renewal")},
                    {QStringLiteral("dealstage"), QStringLiteral("appointmentscheduled")},
                    {QStringLiteral("pipeline"), QStringLiteral("default")},
                    {QStringLiteral("hubspot_owner_id"), QStringLiteral("100")},
                    {QStringLiteral("amount"), QString()},
                    {QStringLiteral("closedate"), QStringLiteral("2024-07-31T00:00:00Z")}},
                   t0);
        server.put(kDeals, 1,
                   {{QStringLiteral("closedate"), QStringLiteral("2024-08-30T00:00:00Z")},
                    {QStringLiteral("amount"), QStringLiteral("5000")},
                    {QStringLiteral("dealstage"), QStringLiteral("qualifiedtobuy")}},
                   t1);
        // Stamped inside the next syncs' overlap window, so they read it again.
        server.put(kDeals, 1, {{QStringLiteral("closedate"), QStringLiteral("1727654400000")}}, t2);
        TempCache cache;
        QVERIFY(syncHubSpot(cache.db(), server, at(kStart)).ok);
        const QStringList expected{
            QStringLiteral("close_date||2024-07-31|%1").arg(t0),
            QStringLiteral("stage||Appointment Scheduled|%1").arg(t0),
            QStringLiteral("close_date|2024-07-31|2024-08-30|%1").arg(t1),
            QStringLiteral("amount||5000.00|%1").arg(t1),
            QStringLiteral("stage|Appointment Scheduled|Qualified To Buy|%1").arg(t1),
            QStringLiteral("close_date|2024-08-30|2024-09-30|%1").arg(t2),
        };
        QCOMPARE(sorted(historyLines(cache.db(), 1)), sorted(expected));
        QCOMPARE(MetricsStore(cache.db()).find(dealId(cache.db(), 1))->closeDatePushes, 2);
        // The deal page words each change.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QStringList words;
        for (const FieldChangeRow &row : details(cache.db(), 1, kStart).history)
            words.append(describeChange(row, QString()));
        QVERIFY2(words.contains(QStringLiteral("Close date pushed from 31/07/2024 to 30/08/2024")),
                 qPrintable(words.join(QLatin1Char('\n'))));
        QVERIFY2(words.contains(QStringLiteral("Stage moved from Appointment Scheduled to Qualified To Buy")),
                 qPrintable(words.join(QLatin1Char('\n'))));

        // Incremental syncs re-read the deal in their overlap: nothing is added twice.
        QVERIFY(syncHubSpot(cache.db(), server, at(kStart + 30'000)).ok);
        QCOMPARE(sorted(historyLines(cache.db(), 1)), sorted(expected));
        // Two pushes between syncs, read through search: both are history, not just the last value.
        const Millis t3 = kStart + 40'000, t4 = kStart + 50'000;
        server.put(kDeals, 1, {{QStringLiteral("closedate"), QStringLiteral("2024-10-31")}}, t3);
        server.put(kDeals, 1, {{QStringLiteral("closedate"), QStringLiteral("2024-11-29")}}, t4);
        const SyncOutcome third = syncHubSpot(cache.db(), server, at(kStart + 60'000));
        QVERIFY2(third.ok, qPrintable(third.error));
        QVERIFY(syncHubSpot(cache.db(), server, at(kStart + 90'000)).ok);
        QStringList more = expected;
        more << QStringLiteral("close_date|2024-09-30|2024-10-31|%1").arg(t3)
             << QStringLiteral("close_date|2024-10-31|2024-11-29|%1").arg(t4);
        QCOMPARE(sorted(historyLines(cache.db(), 1)), sorted(more));
        QCOMPARE(MetricsStore(cache.db()).find(dealId(cache.db(), 1))->closeDatePushes, 4);
        // A fresh cache ends with the same history.
        TempCache fresh;
        QVERIFY(syncHubSpot(fresh.db(), server, at(kStart + 90'000)).ok);
        QCOMPARE(dumpCache(fresh.db()), dumpCache(cache.db()));
    }

    void withoutHubSpotHistorySuccessiveSyncsMakeItAndHubSpotsReplacesIt() {
        HubSpotServer server;
        fillHubSpot(server, {2, 4, 0, 0});
        server.setHistoryOmitted(true);
        server.put(kDeals, 1,
                   {{QStringLiteral("dealname"), QStringLiteral("Acme")},
                    {QStringLiteral("dealstage"), QStringLiteral("qualifiedtobuy")},
                    {QStringLiteral("pipeline"), QStringLiteral("default")},
                    {QStringLiteral("amount"), QStringLiteral("5000")}},
                   kStart - 3'000'000);
        TempCache cache;
        QVERIFY(syncHubSpot(cache.db(), server, at(kStart)).ok);
        QCOMPARE(historyLines(cache.db(), 1), QStringList());
        // Changed after the first sync: the new value against the cached one, at the record's stamp.
        const Millis changed = kStart + 10'000;
        server.put(kDeals, 1,
                   {{QStringLiteral("amount"), QStringLiteral("6000")},
                    {QStringLiteral("dealstage"), QStringLiteral("closedwon")}},
                   changed);
        QVERIFY(syncHubSpot(cache.db(), server, at(kStart + 60'000)).ok);
        QVERIFY(syncHubSpot(cache.db(), server, at(kStart + 90'000)).ok); // re-reads it in the overlap
        QStringList derived{QStringLiteral("amount|5000.00|6000.00|%1").arg(changed),
                            QStringLiteral("stage|Qualified To Buy|Closed Won|%1").arg(changed)};
        QCOMPARE(sorted(historyLines(cache.db(), 1)), sorted(derived));

        // HubSpot's own history arrives, stamped a little before the modification: it replaces the
        // derived change of that field instead of doubling it; the stage keeps its derived change.
        server.setHistoryOmitted(false);
        server.setHistory(
            1, QStringLiteral("amount"),
            {{QStringLiteral("5000"), kStart - 3'000'000}, {QStringLiteral("6000"), changed - 400}});
        server.setHistory(1, QStringLiteral("dealstage"), {});
        server.put(kDeals, 1, {{QStringLiteral("dealname"), QStringLiteral("Acme (renewal)")}},
                   kStart + 100'000);
        QVERIFY(syncHubSpot(cache.db(), server, at(kStart + 120'000)).ok);
        QCOMPARE(sorted(historyLines(cache.db(), 1)),
                 sorted(QStringList{QStringLiteral("amount||5000.00|%1").arg(kStart - 3'000'000),
                                    QStringLiteral("amount|5000.00|6000.00|%1").arg(changed - 400),
                                    QStringLiteral("stage|Qualified To Buy|Closed Won|%1").arg(changed)}));
    }

    void linksHubSpotNoLongerListsAreRemoved() {
        HubSpotServer server;
        // Deal 5000: contacts 1000 and 1001, email 20000 (a reply from 1000) and call 20001, both with 1000.
        fillHubSpot(server, {2, 6, 2, 2});
        TempCache cache;
        QVERIFY(syncHubSpot(cache.db(), server, at(kLaterStart)).ok);
        // A first sync lists every record with its associations: no v4 association reads.
        QCOMPARE(server.requestCount("/crm/v4/associations/"), 0);
        const qint64 deal = dealId(cache.db(), 5000);
        QCOMPARE(SyncStore(cache.db()).buyerAddressesOfDeals(kHubSpot, {QStringLiteral("5000")}),
                 (QSet<QString>{QStringLiteral("buyer0@client0.com"), QStringLiteral("buyer1@client1.com")}));
        QCOMPARE(MetricsStore(cache.db()).find(deal)->buyerContactsEngaged60d, 1);
        QCOMPARE(MetricsStore(cache.db()).find(deal)->inbound28d, 2);

        // In HubSpot: contact 1001 leaves the deal and 1500 (not synced yet) joins it; the email moves to
        // deal 5001; the call loses its contact. Association changes touch the records' stamps.
        const Millis later = kLaterStart + 10'000;
        server.dissociate(kDeals, 5000, kContacts, 1001);
        server.associate(kDeals, 5000, kContacts, 1500);
        server.dissociate(kEmails, 20000, kDeals, 5000);
        server.associate(kEmails, 20000, kDeals, 5001);
        server.dissociate(kCalls, 20001, kContacts, 1000);
        server.put(kDeals, 5000, {}, later);
        server.put(kEmails, 20000, {}, later);
        server.put(kCalls, 20001, {}, later);
        // A forwarded email from the contact who left: no longer the deal's buyer, so ours.
        server.put(kEmails, 30000,
                   {{QStringLiteral("hs_timestamp"), QString::number(later)},
                    {QStringLiteral("hs_email_direction"), QStringLiteral("FORWARDED_EMAIL")},
                    {QStringLiteral("hs_email_from_email"), QStringLiteral("buyer1@client1.com")}},
                   later);
        server.associate(kEmails, 30000, kDeals, 5000);
        const SyncOutcome second = syncHubSpot(cache.db(), server, at(kLaterStart + 60'000));
        QVERIFY2(second.ok, qPrintable(second.error));
        // Search results carry no associations: the changed records' links come from the v4 endpoint.
        QVERIFY(server.requestCount("/crm/v4/associations/") > 0);
        QCOMPARE(SyncStore(cache.db()).buyerAddressesOfDeals(kHubSpot, {QStringLiteral("5000")}),
                 QSet<QString>{QStringLiteral("buyer0@client0.com")});
        QCOMPARE(second.report.pendingLinks, 1); // 5000 ↔ 1500 waits for the contact
        QCOMPARE(stored(cache.db(), 20000)->deals, QStringList{QStringLiteral("5001")});
        QCOMPARE(stored(cache.db(), 20001)->contacts, QStringList());
        QCOMPARE(stored(cache.db(), 30000)->deals, QStringList{QStringLiteral("5000")});
        {
            Statement direction(cache.db().handle(),
                                "SELECT direction FROM interactions WHERE remote_id = '30000'");
            QVERIFY(direction.step());
            QCOMPARE(direction.text(0), QStringLiteral("outbound"));
        }
        // The figures no longer count what left: no buyer contact engaged, only the call inbound.
        QCOMPARE(MetricsStore(cache.db()).find(deal)->buyerContactsEngaged60d, 0);
        QCOMPARE(MetricsStore(cache.db()).find(deal)->inbound28d, 1);
        QVERIFY(details(cache.db(), 5001, kLaterStart + 60'000).timeline.size() == 3);

        // The contact arrives: the waiting link is made.
        server.put(kContacts, 1500, {{QStringLiteral("email"), QStringLiteral("New.Buyer@client0.com")}},
                   kLaterStart + 70'000);
        const SyncOutcome third = syncHubSpot(cache.db(), server, at(kLaterStart + 120'000));
        QVERIFY2(third.ok, qPrintable(third.error));
        QCOMPARE(third.report.pendingLinks, 0);
        QCOMPARE(
            SyncStore(cache.db()).buyerAddressesOfDeals(kHubSpot, {QStringLiteral("5000")}),
            (QSet<QString>{QStringLiteral("buyer0@client0.com"), QStringLiteral("new.buyer@client0.com")}));
        // Only a buyer contact leaves an inbound call of deal 5001: its figures are recomputed all the same.
        const qint64 other = dealId(cache.db(), 5001);
        QCOMPARE(MetricsStore(cache.db()).find(other)->buyerContactsEngaged60d,
                 2); // 1000 (email), 1002 (call)
        server.dissociate(kCalls, 20003, kContacts, 1002);
        server.put(kCalls, 20003, {}, kLaterStart + 130'000);
        QVERIFY(syncHubSpot(cache.db(), server, at(kLaterStart + 180'000)).ok);
        QCOMPARE(MetricsStore(cache.db()).find(other)->buyerContactsEngaged60d, 1);
        TempCache fresh;
        QVERIFY(syncHubSpot(fresh.db(), server, at(kLaterStart + 180'000)).ok);
        QCOMPARE(dumpCache(cache.db()), dumpCache(fresh.db()));
    }

    void forwardedEmailCountsOnlyThisDealsBuyers() {
        HubSpotServer server;
        fillHubSpot(server, {2, 6, 3, 0}); // 5000: buyer0, buyer1; 5001: buyer2, buyer3
        auto forwarded = [&](qint64 id, const QString &from) {
            server.put(kEmails, id,
                       {{QStringLiteral("hs_timestamp"), QString::number(kBaseStamp)},
                        {QStringLiteral("hs_email_direction"), QStringLiteral("FORWARDED_EMAIL")},
                        {QStringLiteral("hs_email_from_email"), from}},
                       kBaseStamp + id);
            server.associate(kEmails, id, kDeals, 5000);
        };
        forwarded(1, QStringLiteral("Buyer Two <buyer2@client2.com>")); // a buyer, but of another deal
        forwarded(2, QStringLiteral("Buyer One <BUYER1@Client1.com>")); // this deal's, with a display name
        forwarded(3, QString());                                        // no sender at all
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server, at(kStart));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        auto direction = [&](qint64 id) {
            Statement query(cache.db().handle(),
                            "SELECT direction, from_address FROM interactions WHERE remote_id = ?1");
            query.bind(1, QString::number(id));
            return query.step() ? query.text(0) + QLatin1Char('|') + query.text(1) : QString();
        };
        QCOMPARE(direction(1), QStringLiteral("outbound|buyer2@client2.com"));
        QCOMPARE(direction(2), QStringLiteral("inbound|buyer1@client1.com"));
        QCOMPARE(direction(3), QStringLiteral("outbound|"));
    }

    // The sync scores each page as it fetches it, with the learner and our side as they were when the
    // engagements began: the scores must be exactly those a rescoring of the whole cache gives.
    void scoresGivenWhileFetchingAreThoseOfTheCache() {
        HubSpotServer server;
        fillHubSpot(server, {2, 4, 1, 0}); // deal 5000: buyer0, buyer1; reps rep0, rep1
        auto email = [&](qint64 id, const QString &from, const QString &text, Millis stamp) {
            server.put(kEmails, id,
                       {{QStringLiteral("hs_timestamp"), QString::number(kBaseStamp + id)},
                        {QStringLiteral("hs_email_direction"), QStringLiteral("INCOMING_EMAIL")},
                        {QStringLiteral("hs_email_subject"), QStringLiteral("Re: the proposal")},
                        {QStringLiteral("hs_email_text"), text},
                        {QStringLiteral("hs_email_from_email"), from},
                        {QStringLiteral("hs_email_to_email"), QStringLiteral("rep0@seller.io")}},
                       stamp);
            server.associate(kEmails, id, kDeals, 5000);
        };
        const QString buyer = QStringLiteral("buyer0@client0.com");
        email(1, buyer, QStringLiteral("This is great, we love it and want to move forward!"),
              kBaseStamp + 1);
        email(2, buyer, QStringLiteral("Honestly the price is terrible and we are very disappointed."),
              kBaseStamp + 2);
        // A transcript: only the buyer's words count, so our side must be known when the page is scored.
        server.putTranscript(
            QStringLiteral("t-3"), 3,
            {utterance(speaker("11", "Rep 0", "rep0@seller.io"),
                       QStringLiteral("We are thrilled, this is a wonderful, amazing fit!"), 1'000),
             utterance(speaker("12", "Buyer Zero", "buyer0@client0.com"),
                       QStringLiteral("Not convinced, the price is a terrible problem."), 5'000)});
        putCall(server, 3, QStringLiteral("t-3"), kBaseStamp + 3, 5000, 1000);
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server, at(kStart));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(stored(cache.db(), 1)->sentiment.value_or(0) > 0.3);
        QVERIFY(stored(cache.db(), 2)->sentiment.value_or(0) < -0.3);
        QVERIFY(stored(cache.db(), 3)->sentiment.value_or(0) < 0);
        QVERIFY(outcome.report.interactionsScored >= 3);
        QCOMPARE(sentiment::rescoreCache(cache.db(), true).changed, 0);

        // A changed text takes its new score; an unchanged one keeps its own.
        const auto kept = stored(cache.db(), 1)->sentiment;
        email(2, buyer, QStringLiteral("Thanks, this works wonderfully for us."), kStart + 1000);
        email(1, buyer, QStringLiteral("This is great, we love it and want to move forward!"), kStart + 2000);
        QVERIFY(syncHubSpot(cache.db(), server, at(kStart + 60'000)).ok);
        QCOMPARE(stored(cache.db(), 1)->sentiment, kept);
        QVERIFY(stored(cache.db(), 2)->sentiment.value_or(0) > 0.3);
        QCOMPARE(sentiment::rescoreCache(cache.db(), true).changed, 0);
    }

    void interactionTimesFollowTheRulesAndOddOnesAreReported() {
        HubSpotServer server;
        fillHubSpot(server, {2, 4, 1, 0});
        auto note = [&](qint64 id, const QString &timestamp) {
            server.put(QStringLiteral("notes"), id,
                       {{QStringLiteral("hs_timestamp"), timestamp},
                        {QStringLiteral("hs_note_body"), QStringLiteral("x")}},
                       kBaseStamp + id);
            server.associate(QStringLiteral("notes"), id, kDeals, 5000);
        };
        note(1, QStringLiteral("2024-05-02T10:11:12.000+0000"));
        note(2, QStringLiteral("1714644672000"));
        note(3, QStringLiteral("2024-05-02T12:11:12+02:00"));
        note(4, QStringLiteral("last tuesday")); // not a time: the creation time, and a warning
        // A meeting without a start time falls back to hs_timestamp.
        server.put(QStringLiteral("meetings"), 5,
                   {{QStringLiteral("hs_timestamp"), QStringLiteral("2024-05-03T09:00:00Z")},
                    {QStringLiteral("hs_meeting_outcome"), QStringLiteral("COMPLETED")}},
                   kBaseStamp + 5);
        server.associate(QStringLiteral("meetings"), 5, kDeals, 5000);
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server, at(kStart));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        auto occurred = [&](qint64 id) {
            Statement query(cache.db().handle(), "SELECT occurred_at FROM interactions WHERE remote_id = ?1");
            query.bind(1, QString::number(id));
            return query.step() ? query.int64(0) : -1;
        };
        const Millis expected = 1714644672000; // 2024-05-02T10:11:12Z
        QCOMPARE(occurred(1), expected);
        QCOMPARE(occurred(2), expected);
        QCOMPARE(occurred(3), expected);
        QCOMPARE(occurred(4), kBaseStamp + 4); // created then
        QCOMPARE(occurred(5), Millis(1714726800000));
        QCOMPARE(outcome.report.warnings.count, 1);
        QVERIFY(outcome.report.warnings.samples.first().contains(QStringLiteral("notes 4")));
    }
};

QTEST_GUILESS_MAIN(TestHubSpotDetails)
#include "test_hubspot_details.moc"
