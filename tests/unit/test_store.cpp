// SPDX-License-Identifier: GPL-3.0-or-later
// The repositories: idempotent upserts by (source, remote id), links, history, search, feedback, bookmarks.

#include "TestSupport.h"
#include "store/BookmarkStore.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/FeedbackStore.h"
#include "store/InteractionStore.h"
#include "store/MetricsStore.h"
#include "store/SearchStore.h"
#include "store/SyncStore.h"

#include <QtTest>
#include <sqlite3.h>

using namespace dp;

namespace {

const QString kSource = QStringLiteral("hubspot");

int countRows(Database &db, const char *sql) {
    Statement statement(db.handle(), sql);
    statement.step();
    return int(statement.int64(0));
}

void seedDirectory(Database &db) {
    DirectoryStore directory(db);
    directory.upsertTeam({kSource, QStringLiteral("t1"), QStringLiteral("East")});
    directory.upsertOwner({kSource, QStringLiteral("o1"), QStringLiteral("Ana Pop"),
                           QStringLiteral("Ana@Seller.io"), QStringLiteral("t1"), true});
    directory.setTeamManager(kSource, QStringLiteral("t1"), QStringLiteral("o1"));
    directory.upsertAccount(
        {kSource, QStringLiteral("a1"), QStringLiteral("Acme, Inc."), {QStringLiteral("ACME.com")}});
    directory.upsertContact({kSource, QStringLiteral("c1"), QStringLiteral("a1"), QStringLiteral("Dana"),
                             QStringLiteral("Whit"), QStringLiteral("Dana@Acme.com"), QStringLiteral("CFO")});
    directory.upsertContact({kSource, QStringLiteral("c2"), QStringLiteral("a1"), QStringLiteral("Ion"),
                             QStringLiteral("Rus"), QStringLiteral("ion@acme.com"), QStringLiteral("IT")});
}

Deal sampleDeal() {
    Deal deal;
    deal.source = kSource;
    deal.remoteId = QStringLiteral("d1");
    deal.name = QStringLiteral("Acme renewal");
    deal.accountRemoteId = QStringLiteral("a1");
    deal.ownerRemoteId = QStringLiteral("o1");
    deal.stage = QStringLiteral("Proposal");
    deal.amount = 12000.0;
    deal.currency = QStringLiteral("USD");
    deal.closeDate = QDate(2026, 12, 31);
    deal.createdAt = test::at("2026-09-01T09:00:00Z");
    return deal;
}

Interaction sampleEmail() {
    Interaction email;
    email.source = kSource;
    email.remoteId = QStringLiteral("e1");
    email.kind = InteractionKind::Email;
    email.direction = Direction::Inbound;
    email.occurredAt = test::at("2026-11-02T10:00:00Z");
    email.subject = QStringLiteral("Re: pricing");
    email.bodyText = QStringLiteral("The budget freeze is over; legal approved the terms.");
    email.fromAddress = QStringLiteral("dana@acme.com");
    email.toAddresses = {QStringLiteral("ana@seller.io")};
    email.dealRemoteIds = {QStringLiteral("d1")};
    email.contactRemoteIds = {QStringLiteral("c1")};
    return email;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void upsertingTheSameRecordsTwiceChangesNothing() {
        test::TempCache cache;
        seedDirectory(cache.db());
        DealStore deals(cache.db());
        InteractionStore interactions(cache.db());
        const qint64 dealId = deals.upsert(sampleDeal());
        const UpsertOutcome first = interactions.upsert(sampleEmail());
        QVERIFY(first.created);
        MetricsStore(cache.db()).clearDirty();

        seedDirectory(cache.db());
        QCOMPARE(deals.upsert(sampleDeal()), dealId);
        const UpsertOutcome second = interactions.upsert(sampleEmail());
        QCOMPARE(second.id, first.id);
        QVERIFY(!second.created);
        QVERIFY(!second.changed);
        QCOMPARE(countRows(cache.db(), "SELECT count(*) FROM deals"), 1);
        QCOMPARE(countRows(cache.db(), "SELECT count(*) FROM interactions"), 1);
        QCOMPARE(countRows(cache.db(), "SELECT count(*) FROM interaction_deals"), 1);
        QCOMPARE(countRows(cache.db(), "SELECT count(*) FROM contacts"), 2);
        QCOMPARE(countRows(cache.db(), "SELECT count(*) FROM account_domains"), 1);
        // Nothing changed, so nothing needs recomputing.
        QCOMPARE(MetricsStore(cache.db()).dirtyCount(), 0);
    }

    void changedRecordUpdatesInPlaceAndMarksItsDealDirty() {
        test::TempCache cache;
        seedDirectory(cache.db());
        const qint64 dealId = DealStore(cache.db()).upsert(sampleDeal());
        InteractionStore interactions(cache.db());
        const qint64 id = interactions.upsert(sampleEmail()).id;
        MetricsStore(cache.db()).clearDirty();

        Interaction edited = sampleEmail();
        edited.bodyText = QStringLiteral("We went with another vendor.");
        const UpsertOutcome outcome = interactions.upsert(edited);
        QCOMPARE(outcome.id, id);
        QVERIFY(outcome.changed);
        QCOMPARE(MetricsStore(cache.db()).dirtyCount(), 1);
        QCOMPARE(interactions.timeline(dealId).first().interaction.bodyText, edited.bodyText);
    }

    // Links mark their deals for a recompute in the store's own statements (no trigger per link row): a
    // contact added to an interaction, and a link that waited for its contact to be synced.
    void newLinksMarkTheirDealsDirty() {
        test::TempCache cache;
        seedDirectory(cache.db());
        DealStore(cache.db()).upsert(sampleDeal());
        InteractionStore interactions(cache.db());
        MetricsStore metrics(cache.db());
        metrics.clearDirty();
        QVERIFY(interactions.upsert(sampleEmail()).created);
        QCOMPARE(metrics.dirtyCount(), 1);

        metrics.clearDirty();
        Interaction withSecondContact = sampleEmail();
        withSecondContact.contactRemoteIds.append(QStringLiteral("c2"));
        QVERIFY(interactions.upsert(withSecondContact).changed);
        QCOMPARE(metrics.dirtyCount(), 1);

        metrics.clearDirty();
        Interaction waiting = sampleEmail();
        waiting.remoteId = QStringLiteral("e2");
        waiting.contactRemoteIds = {QStringLiteral("c3")}; // not synced yet
        const UpsertOutcome outcome = interactions.upsert(waiting);
        QCOMPARE(outcome.unresolvedContacts, QStringList{QStringLiteral("c3")});
        bool mayHavePending = false;
        SyncStore(cache.db()).keepUnresolvedLinks(kSource, waiting.remoteId, outcome, mayHavePending);
        metrics.clearDirty();
        DirectoryStore(cache.db())
            .upsertContact({kSource, QStringLiteral("c3"), QStringLiteral("a1"), QStringLiteral("Ada"),
                            QStringLiteral("Ro"), QStringLiteral("ada@acme.com"), QStringLiteral("COO")});
        QCOMPARE(metrics.dirtyCount(), 0);
        QCOMPARE(SyncStore(cache.db()).resolvePendingLinks(kSource), 1);
        QCOMPARE(metrics.dirtyCount(), 1);
    }

    void dealFieldsRoundTripIncludingNullAmount() {
        test::TempCache cache;
        seedDirectory(cache.db());
        Deal deal = sampleDeal();
        deal.amount.reset();
        DealStore deals(cache.db());
        const qint64 id = deals.upsert(deal);
        const auto row = deals.find(id);
        QVERIFY(row);
        QVERIFY(!row->deal.amount.has_value());
        QCOMPARE(row->deal.closeDate, QDate(2026, 12, 31));
        QCOMPARE(row->accountName, QStringLiteral("Acme, Inc."));
        QCOMPARE(row->ownerEmail, QStringLiteral("ana@seller.io"));
        QCOMPARE(row->teamName, QStringLiteral("East"));
        QCOMPARE(row->deal.ownerRemoteId, QStringLiteral("o1"));
    }

    void linksAreReplacedAndUnknownOnesReported() {
        test::TempCache cache;
        seedDirectory(cache.db());
        DealStore(cache.db()).upsert(sampleDeal());
        InteractionStore interactions(cache.db());
        Interaction email = sampleEmail();
        email.contactRemoteIds = {QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c-missing")};
        email.dealRemoteIds = {QStringLiteral("d1"), QStringLiteral("d-missing")};
        const UpsertOutcome outcome = interactions.upsert(email);
        QCOMPARE(outcome.unresolvedDeals, QStringList{QStringLiteral("d-missing")});
        QCOMPARE(outcome.unresolvedContacts, QStringList{QStringLiteral("c-missing")});
        QCOMPARE(countRows(cache.db(), "SELECT count(*) FROM interaction_contacts"), 2);

        email.contactRemoteIds = {QStringLiteral("c2")};
        QVERIFY(interactions.upsert(email).changed);
        QCOMPARE(countRows(cache.db(), "SELECT count(*) FROM interaction_contacts"), 1);
    }

    void oneEmailCanConcernSeveralDeals() {
        test::TempCache cache;
        seedDirectory(cache.db());
        DealStore deals(cache.db());
        const qint64 first = deals.upsert(sampleDeal());
        Deal second = sampleDeal();
        second.remoteId = QStringLiteral("d2");
        second.name = QStringLiteral("Acme expansion");
        const qint64 secondId = deals.upsert(second);
        Interaction email = sampleEmail();
        email.dealRemoteIds = {QStringLiteral("d1"), QStringLiteral("d2")};
        InteractionStore interactions(cache.db());
        interactions.upsert(email);
        QCOMPARE(interactions.timeline(first).size(), 1);
        QCOMPARE(interactions.timeline(secondId).size(), 1);
    }

    void fieldHistoryIsIdempotent() {
        test::TempCache cache;
        seedDirectory(cache.db());
        DealStore deals(cache.db());
        const qint64 id = deals.upsert(sampleDeal());
        const FieldChange push{QStringLiteral("d1"), DealField::CloseDate, QStringLiteral("2026-11-30"),
                               QStringLiteral("2026-12-31"), test::at("2026-11-01T00:00:00Z")};
        QVERIFY(deals.recordChange(kSource, push));
        QVERIFY(deals.recordChange(kSource, push));
        QVERIFY(
            !deals.recordChange(kSource, FieldChange{QStringLiteral("nope"), DealField::Stage, {}, {}, 1}));
        QCOMPARE(deals.history(id).size(), 1);
        QCOMPARE(deals.history(id).first().field, DealField::CloseDate);
    }

    void fullTextSearchFollowsEdits() {
        test::TempCache cache;
        seedDirectory(cache.db());
        const qint64 dealId = DealStore(cache.db()).upsert(sampleDeal());
        InteractionStore interactions(cache.db());
        const qint64 id = interactions.upsert(sampleEmail()).id;
        SearchStore search(cache.db());
        QCOMPARE(search.interactions(QStringLiteral("legal approv")), QList<qint64>{id});
        QCOMPARE(search.deals(QStringLiteral("budget freeze")), QList<qint64>{dealId});
        QCOMPARE(search.deals(QStringLiteral("renewal")), QList<qint64>{dealId}); // the deal's own name

        Interaction edited = sampleEmail();
        edited.bodyText = QStringLiteral("Circle back next quarter.");
        interactions.upsert(edited);
        QVERIFY(search.interactions(QStringLiteral("legal")).isEmpty());
        QCOMPARE(search.interactions(QStringLiteral("quarter")), QList<qint64>{id});
    }

    void searchIndexCatchesUpWithEditsMadeBeforeIndexing() {
        test::TempCache cache;
        seedDirectory(cache.db());
        DealStore(cache.db()).upsert(sampleDeal());
        InteractionStore interactions(cache.db());
        SearchStore search(cache.db());
        const qint64 indexed = interactions.upsert(sampleEmail()).id;
        search.indexPending();

        // Written, then edited, then deleted, all before the next indexing: the index must end up exact.
        Interaction fresh = sampleEmail();
        fresh.remoteId = QStringLiteral("e2");
        fresh.bodyText = QStringLiteral("Dealbreaker on integration.");
        const qint64 edited = interactions.upsert(fresh).id;
        fresh.bodyText = QStringLiteral("Signed and countersigned.");
        interactions.upsert(fresh);
        Interaction doomed = sampleEmail();
        doomed.remoteId = QStringLiteral("e3");
        doomed.bodyText = QStringLiteral("Temporary words");
        const qint64 doomedId = interactions.upsert(doomed).id;
        Statement(cache.db().handle(), "DELETE FROM interactions WHERE remote_id = 'e3'").run();

        QVERIFY(search.interactions(QStringLiteral("dealbreaker")).isEmpty());
        QCOMPARE(search.interactions(QStringLiteral("countersigned")), QList<qint64>{edited});
        QVERIFY(search.interactions(QStringLiteral("temporary")).isEmpty());
        QVERIFY(doomedId > indexed);

        // Edits of indexed rows are mirrored at once.
        Interaction changed = sampleEmail();
        changed.bodyText = QStringLiteral("Procurement wants a discount.");
        interactions.upsert(changed);
        QCOMPARE(search.interactions(QStringLiteral("procurement")), QList<qint64>{indexed});
        QVERIFY(search.interactions(QStringLiteral("freeze")).isEmpty());
        cache.db().exec("INSERT INTO interactions_fts(interactions_fts, rank) VALUES ('integrity-check', 1)");
    }

    void searchSyntaxInUserTextIsNeutralised() {
        test::TempCache cache;
        SearchStore search(cache.db());
        // Quotes, operators and column filters would be FTS syntax errors if passed through.
        QVERIFY(search.interactions(QStringLiteral("\"unbalanced AND OR NOT subject: (")).isEmpty());
        QCOMPARE(SearchStore::toMatchExpression(QStringLiteral("po's \"way")),
                 QStringLiteral("\"po\"* \"s\"* \"way\"*"));
        QVERIFY(SearchStore::toMatchExpression(QStringLiteral("  ** ")).isEmpty());
    }

    void coachingNotesBelongToTheirAuthor() {
        test::TempCache cache;
        seedDirectory(cache.db());
        const qint64 dealId = DealStore(cache.db()).upsert(sampleDeal());
        FeedbackStore feedback(cache.db());
        const qint64 note =
            feedback.addNote(dealId, QStringLiteral("manager"), QStringLiteral("Multi-thread this"),
                             test::at("2026-11-20T08:00:00Z"));
        QVERIFY(!feedback.editNote(note, QStringLiteral("someone else"), QStringLiteral("x"), 2));
        QVERIFY(feedback.editNote(note, QStringLiteral("manager"), QStringLiteral("Find a second contact"),
                                  test::at("2026-11-21T08:00:00Z")));
        QCOMPARE(feedback.notes(dealId).first().body, QStringLiteral("Find a second contact"));
        QVERIFY(!feedback.deleteNote(note, QStringLiteral("someone else")));
        QVERIFY(feedback.deleteNote(note, QStringLiteral("manager")));
        QVERIFY(feedback.notes(dealId).isEmpty());
    }

    void ratingsAcceptOnlyPlusOrMinusOne() {
        test::TempCache cache;
        seedDirectory(cache.db());
        DealStore(cache.db()).upsert(sampleDeal());
        const qint64 interaction = InteractionStore(cache.db()).upsert(sampleEmail()).id;
        FeedbackStore feedback(cache.db());
        feedback.addRating(Rating{interaction, QStringLiteral("manager"), -1, QStringLiteral("misread"), 5});
        QCOMPARE(feedback.ratings(interaction).size(), 1);
        QVERIFY_THROWS_EXCEPTION(
            StoreError, feedback.addRating(Rating{interaction, QStringLiteral("manager"), 3, {}, 6}));
    }

    void bookmarksRoundTrip() {
        test::TempCache cache;
        BookmarkStore bookmarks(cache.db());
        QVERIFY(!bookmarks.get(kSource, QStringLiteral("deals")));
        bookmarks.set(kSource, QStringLiteral("deals"), Bookmark{1234, QStringLiteral("512")}, 99);
        bookmarks.set(kSource, QStringLiteral("deals"), Bookmark{5678, QStringLiteral("600")}, 100);
        const auto bookmark = bookmarks.get(kSource, QStringLiteral("deals"));
        QVERIFY(bookmark);
        QCOMPARE(bookmark->stamp, 5678);
        QCOMPARE(bookmark->lastId, QStringLiteral("600"));
    }

    // A count read through a cached statement must not leave that statement on its row: it would hold a
    // read transaction, and the WAL could never be checkpointed back into the file while the app runs.
    void countsLeaveNoReadTransactionOpen() {
        test::TempCache cache;
        seedDirectory(cache.db());
        DealStore(cache.db()).upsert(sampleDeal());
        InteractionStore(cache.db()).upsert(sampleEmail());
        QCOMPARE(DealStore(cache.db()).count(), 1);
        QCOMPARE(InteractionStore(cache.db()).count(), 1);
        QVERIFY(MetricsStore(cache.db()).dirtyCount() >= 1);
        auto other = Database::open(cache.path());
        QVERIFY(other.ok());
        other.database->exec("INSERT INTO meta(key, value) VALUES ('written', 'elsewhere')");
        Statement checkpoint(other.database->handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(checkpoint.step());
        QCOMPARE(checkpoint.int64(0), 0); // not blocked by a reader
    }

    void contactsByAddressAreFoundThroughTheEmailIndex() {
        test::TempCache cache;
        DirectoryStore directory(cache.db());
        Transaction transaction(cache.db());
        for (int i = 0; i < 3000; ++i)
            directory.upsertContact({QStringLiteral("salesforce"),
                                     QStringLiteral("003%1").arg(i, 5, 10, QLatin1Char('0')),
                                     {},
                                     {},
                                     {},
                                     QStringLiteral("buyer%1@client.com").arg(i),
                                     {}});
        // Two contacts share one address; case does not matter.
        directory.upsertContact({QStringLiteral("salesforce"),
                                 QStringLiteral("003-shared"),
                                 {},
                                 {},
                                 {},
                                 QStringLiteral("Buyer42@Client.com"),
                                 {}});
        transaction.commit();
        // Counts the virtual machine's steps: reading every contact of the source per address (what an
        // ORDER BY on remote_id once made SQLite do) takes tens of thousands.
        int steps = 0;
        sqlite3_progress_handler(
            cache.db().handle(), 1, [](void *count) { return ++*static_cast<int *>(count), 0; }, &steps);
        const QStringList found =
            SyncStore(cache.db())
                .contactsWithAddresses(QStringLiteral("salesforce"), {QStringLiteral("buyer42@client.com"),
                                                                      QStringLiteral("nobody@x.com")});
        sqlite3_progress_handler(cache.db().handle(), 0, nullptr, nullptr);
        QCOMPARE(found, (QStringList{QStringLiteral("003-shared"), QStringLiteral("00300042")}));
        QVERIFY2(steps < 1000, qPrintable(QString::number(steps)));
    }

    void valuesAreBoundNotConcatenated() {
        test::TempCache cache;
        seedDirectory(cache.db());
        Deal deal = sampleDeal();
        deal.name = QStringLiteral("Robert'); DROP TABLE deals;--");
        DealStore deals(cache.db());
        const qint64 id = deals.upsert(deal);
        QCOMPARE(deals.find(id)->deal.name, deal.name);
        QCOMPARE(countRows(cache.db(), "SELECT count(*) FROM deals"), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
