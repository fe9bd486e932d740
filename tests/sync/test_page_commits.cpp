// SPDX-License-Identifier: GPL-3.0-or-later
// PageCommits: pages gather in one transaction until it holds enough records (or is old enough), a
// rollback drops only what was not committed, and each commit indexes the new rows for search.

#include "TestSupport.h"

#include "store/InteractionStore.h"
#include "sync/engine/PageCommits.h"

#include <QtTest>

using namespace dp;
using namespace dp::sync;
using namespace dp::test;

namespace {

// A page of one interaction, written as a connector writes one.
void writeEmail(Database &db, int n) {
    Interaction email;
    email.source = QStringLiteral("hubspot");
    email.remoteId = QString::number(n);
    email.kind = InteractionKind::Email;
    email.direction = Direction::Inbound;
    email.occurredAt = at("2026-11-02T09:00:00Z") + n;
    email.subject = QStringLiteral("Budget approved %1").arg(n);
    InteractionStore(db).upsert(email);
}

qint64 indexedThrough(Database &db) {
    Statement query(db.handle(), "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta"
                                 " WHERE key = 'fts_indexed_through'), 0)");
    return query.singleInt64();
}

} // namespace

class TestPageCommits : public QObject {
    Q_OBJECT

private slots:
    void pagesGatherUntilTheTransactionHoldsEnoughRecords() {
        TempCache cache;
        PageCommits commits(cache.db());
        commits.setRecordsPerCommit(3);
        commits.setMaxAge(std::nullopt);
        for (int page = 1; page <= 2; ++page) {
            commits.beginPage();
            writeEmail(cache.db(), page);
            QVERIFY(!commits.pageWritten(1));
            QVERIFY(inTransaction(cache.db()));
        }
        commits.beginPage();
        writeEmail(cache.db(), 3);
        QVERIFY(commits.pageWritten(1));
        QVERIFY(!inTransaction(cache.db()));
        // The commit indexed the three rows for search at once.
        QCOMPARE(indexedThrough(cache.db()), 3);
        QVERIFY(!commits.commit()); // nothing open
    }

    void aRollbackDropsOnlyWhatWasNotCommitted() {
        TempCache cache;
        {
            PageCommits commits(cache.db());
            commits.setRecordsPerCommit(2);
            commits.setMaxAge(std::nullopt);
            for (int page = 1; page <= 3; ++page) {
                commits.beginPage();
                writeEmail(cache.db(), page);
                commits.pageWritten(1);
            }
            commits.rollback();
            QVERIFY(!inTransaction(cache.db()));
            QCOMPARE(InteractionStore(cache.db()).count(), 2);
            commits.beginPage();
            writeEmail(cache.db(), 4);
            commits.pageWritten(1);
        } // destroyed with a page open: it rolls back too
        QVERIFY(!inTransaction(cache.db()));
        QCOMPARE(InteractionStore(cache.db()).count(), 2);
    }

    void anOldTransactionCommitsAtItsNextPage() {
        TempCache cache;
        PageCommits commits(cache.db());
        commits.setRecordsPerCommit(1000);
        commits.setMaxAge(std::chrono::milliseconds(0));
        commits.beginPage();
        writeEmail(cache.db(), 1);
        QVERIFY(commits.pageWritten(1));
        QVERIFY(!inTransaction(cache.db()));
    }
};

QTEST_GUILESS_MAIN(TestPageCommits)
#include "test_page_commits.moc"
