// SPDX-License-Identifier: GPL-3.0-or-later
// A rebuilt cache synced again against the test HubSpot server (real HTTP on loopback): the sync starts
// over from no bookmark, finds the kept deals and emails by (source, remote_id) and updates them in place,
// so the cache ends up holding what a fresh sync holds, once each, with people's rows still on their ids.

#include "DamagedCache.h"
#include "SyncFixtures.h"
#include "TestSupport.h"
#include "store/CacheRebuild.h"
#include "store/DealStore.h"
#include "store/InteractionStore.h"

#include <QtTest>

using namespace dp;
using namespace dp::test;

namespace {

qint64 single(Database &db, const char *sql) {
    Statement statement(db.handle(), sql);
    return statement.singleInt64();
}

} // namespace

class TestCacheRebuildSync : public QObject {
    Q_OBJECT

private slots:
    void aSyncAfterTheRebuildDoublesNothing() {
        HubSpotServer server;
        DatasetShape shape;
        shape.deals = 30;
        shape.engagementsPerDeal = 8;
        fillHubSpot(server, shape);

        TempCache cache;
        const SyncOutcome first = syncHubSpot(cache.db(), server);
        QVERIFY2(first.ok, qPrintable(first.error));
        const qint64 dealCount = single(cache.db(), "SELECT count(*) FROM deals");
        const qint64 interactionCount = single(cache.db(), "SELECT count(*) FROM interactions");
        QVERIFY(single(cache.db(), "SELECT count(*) FROM sync_bookmarks") > 0);

        // People's rows on synced records.
        const qint64 noted = *DealStore(cache.db()).dealId(QStringLiteral("hubspot"), QStringLiteral("5000"));
        const qint64 rated =
            *InteractionStore(cache.db()).interactionId(QStringLiteral("hubspot"), QStringLiteral("20001"));
        QList<qint64> notes;
        for (int i = 0; i < 2; ++i) {
            Statement insert(cache.db().handle(),
                             "INSERT INTO coaching_notes(deal_id, author, body, created_at, updated_at)"
                             " VALUES (?1, 'maria', 'Ask for the budget', 1, 1)");
            insert.bind(1, noted).run();
            notes.append(cache.db().lastInsertRowId());
        }
        qint64 rating = 0;
        {
            Statement rate(cache.db().handle(), "INSERT INTO ratings(interaction_id, rater, value, rated_at)"
                                                " VALUES (?1, 'maria', -1, 1)");
            rate.bind(1, rated).run();
            rating = cache.db().lastInsertRowId();
            // A synced email nothing points at, marked so that its page can be found and damaged.
            Statement mark(cache.db().handle(), "UPDATE interactions SET body_html = ?1"
                                                " WHERE source = 'hubspot' AND remote_id = '20100'");
            mark.bind(1, QString::fromLatin1(fillerMarker(1))).run();
            QCOMPARE(cache.db().changes(), 1);
        } // no statement left open, so closing checkpoints the WAL into the file
        cache.close();
        QVERIFY(damagePageHolding(cache.path(), fillerMarker(1)));
        QVERIFY(!Database::open(cache.path(), Database::Mode::ReadOnly).database->quickCheck().isEmpty());

        RebuildReport report = CacheRebuild(cache.path()).build();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.peopleLost(), 0);
        QCOMPARE(CacheRebuild::swapIn(report, cache.path()), QString());
        cache.reopen();
        QCOMPARE(single(cache.db(), "SELECT count(*) FROM deals"), 1);
        QCOMPARE(single(cache.db(), "SELECT count(*) FROM sync_bookmarks"), 0);

        const SyncOutcome again = syncHubSpot(cache.db(), server);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(integrityCheck(cache.db()), QStringLiteral("ok"));
        QCOMPARE(single(cache.db(), "SELECT count(*) FROM deals"), dealCount);
        QCOMPARE(single(cache.db(), "SELECT count(*) FROM interactions"), interactionCount);
        QCOMPARE(test::ids(cache.db(), "SELECT id FROM deals WHERE remote_id = '5000'"),
                 QList<qint64>{noted});
        QCOMPARE(test::ids(cache.db(), "SELECT id FROM coaching_notes ORDER BY id"), notes);
        QCOMPARE(test::ids(cache.db(), "SELECT interaction_id FROM ratings"), QList<qint64>{rated});
        QCOMPARE(test::ids(cache.db(), "SELECT id FROM ratings"), QList<qint64>{rating});

        TempCache fresh;
        const SyncOutcome reference = syncHubSpot(fresh.db(), server);
        QVERIFY2(reference.ok, qPrintable(reference.error));
        const QString difference = cacheDifference(cache.db(), fresh.db());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestCacheRebuildSync)
#include "test_cache_rebuild_sync.moc"
