// SPDX-License-Identifier: GPL-3.0-or-later
// Rebuilding a damaged cache, on real files: people's rows survive under their ids with the CRM rows they
// point at, the sync starts over, the damaged file is kept unchanged as the backup, damage among people's
// own rows costs only those rows, and what is not a cache is refused untouched.

#include "DamagedCache.h"
#include "TestSupport.h"
#include "store/CacheLock.h"
#include "store/CacheRebuild.h"
#include "store/DealStore.h"
#include "store/InteractionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace dp;

namespace {

QByteArray digest(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int fileMode(const QString &path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

qint64 single(Database &db, const char *sql) {
    Statement statement(db.handle(), sql);
    return statement.singleInt64();
}

std::unique_ptr<Database> open(const QString &path, Database::Mode mode = Database::Mode::ReadWrite) {
    OpenResult opened = Database::open(path, mode);
    if (!opened.ok())
        qWarning() << opened.error;
    return std::move(opened.database);
}

// A damaged cache in `dir`: people's rows, and a damaged page among the CRM's emails nothing points at.
test::PeoplesRows makeDamaged(const QString &path, int extraNotes = 0, int fillerEmails = 400,
                              int extraSnapshotDeals = 0) {
    test::PeoplesRows rows;
    {
        const auto db = open(path, Database::Mode::CreateIfMissing);
        rows = test::fillPeopleAndCrm(*db, fillerEmails, extraNotes, extraSnapshotDeals);
    } // closed: the WAL is in the file
    return rows;
}

} // namespace

class TestCacheRebuild : public QObject {
    Q_OBJECT

private slots:
    void keepsPeoplesRowsAndStartsTheSyncOver() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const test::PeoplesRows rows = makeDamaged(path);
        QVERIFY(test::damagePageHolding(path, test::fillerMarker(200)));
        QVERIFY(!open(path, Database::Mode::ReadOnly)->quickCheck().isEmpty());
        const QByteArray before = digest(path);

        // The window holds the cache's lock throughout; the rebuild leaves it alone.
        CacheLock lock(path);
        QCOMPARE(lock.tryLock(), CacheLock::Outcome::Locked);

        QList<int> steps;
        RebuildReport report = CacheRebuild(path).build([&steps](int done, int) {
            steps.append(done);
            return true;
        });
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(!steps.isEmpty());
        QCOMPARE(digest(path), before); // building only reads the damaged file
        QVERIFY(QFileInfo::exists(report.rebuiltPath));
        QCOMPARE(report.peopleKept(), rows.total() + 1); // + our email domains
        QCOMPARE(report.peopleLost(), 0);
        QCOMPARE(report.count(QStringLiteral("deals"))->kept, 2);
        QCOMPARE(report.count(QStringLiteral("interactions"))->kept, 1);

        QCOMPARE(CacheRebuild::swapIn(report, path), QString());
        QVERIFY(QFileInfo::exists(report.backupPath));
        QVERIFY(report.backupPath.startsWith(path + QStringLiteral(".backup-")));
        QCOMPARE(digest(report.backupPath), before);
        QVERIFY(!QFileInfo::exists(CacheRebuild::rebuiltPathFor(path)));
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(QFileInfo::exists(CacheLock::lockPath(path)));

        const auto db = open(path);
        QVERIFY(db);
        QCOMPARE(db->quickCheck(), QStringList());
        QCOMPARE(single(*db, "PRAGMA foreign_key_check"), 0);
        QCOMPARE(test::ids(*db, "SELECT id FROM ratings ORDER BY id"), rows.ratings);
        QCOMPARE(test::ids(*db, "SELECT id FROM coaching_notes ORDER BY id"), rows.notes);
        QCOMPARE(test::ids(*db, "SELECT id FROM alert_snoozes ORDER BY id"), rows.snoozes);
        QCOMPARE(test::ids(*db, "SELECT deal_id FROM alert_seen ORDER BY deal_id"), rows.seenDeals);
        QCOMPARE(test::ids(*db, "SELECT id FROM snapshots ORDER BY id"), rows.snapshots);
        QCOMPARE(single(*db, "SELECT count(*) FROM snapshot_deals"), rows.snapshotDeals);
        QCOMPARE(test::ids(*db, "SELECT id FROM lexicon_versions ORDER BY id"), rows.versions);
        QCOMPARE(single(*db, "SELECT undoes FROM lexicon_versions ORDER BY id DESC LIMIT 1"),
                 rows.versions.first());
        QCOMPARE(single(*db, "SELECT count(*) FROM lexicon_term_deltas"), rows.deltas);
        QCOMPARE(test::ids(*db, "SELECT id FROM lexicon_term_resets ORDER BY id"), rows.resets);
        {
            Statement query(db->handle(), "SELECT value FROM meta WHERE key = 'our_email_domains'");
            QVERIFY(query.step());
            QCOMPARE(query.text(0), QStringLiteral("seller.io"));
        }
        // The CRM rows they point at, and nothing more of the CRM.
        QCOMPARE(test::ids(*db, "SELECT id FROM deals ORDER BY id"), rows.keptDeals);
        QCOMPARE(test::ids(*db, "SELECT id FROM interactions ORDER BY id"), rows.keptInteractions);
        QCOMPARE(single(*db, "SELECT count(*) FROM interaction_deals"), 1);
        QCOMPARE(
            single(*db, "SELECT count(*) FROM deals WHERE owner_id IS NOT NULL AND account_id IS NOT NULL"),
            2);
        for (const char *sql :
             {"SELECT count(*) FROM sync_bookmarks", "SELECT count(*) FROM sync_list_progress",
              "SELECT count(*) FROM sync_pending_links", "SELECT count(*) FROM contacts",
              "SELECT count(*) FROM teams", "SELECT count(*) FROM meta WHERE key = 'fts_indexed_through'"})
            QVERIFY2(single(*db, sql) == 0, sql);
        QCOMPARE(single(*db, "SELECT count(*) FROM dirty_deals"), 2); // figures recomputed on open

        // The next sync finds the kept rows by (source, remote_id) and updates them in place.
        {
            Transaction transaction(*db);
            DealStore deals(*db);
            DealRow kept = *deals.find(rows.keptDeals.first());
            kept.deal.name = QStringLiteral("Renamed in the CRM");
            kept.deal.accountRemoteId.clear();
            kept.deal.ownerRemoteId.clear();
            deals.upsert(kept.deal);
            Deal other;
            other.source = kept.deal.source;
            other.remoteId = QStringLiteral("other");
            other.name = QStringLiteral("Deal other");
            other.createdAt = kept.deal.createdAt;
            deals.upsert(other);
            Interaction email;
            email.source = kept.deal.source;
            email.remoteId = QStringLiteral("i1");
            email.occurredAt = kept.deal.createdAt;
            InteractionStore(*db).upsert(email);
            transaction.commit();
        }
        QCOMPARE(single(*db, "SELECT count(*) FROM deals"), 3);
        QCOMPARE(single(*db, "SELECT count(*) FROM deals WHERE remote_id = 'keep-1'"), 1);
        QCOMPARE(test::ids(*db, "SELECT id FROM deals WHERE name = 'Renamed in the CRM'"),
                 QList<qint64>{rows.keptDeals.first()});
        QCOMPARE(single(*db, "SELECT count(*) FROM interactions"), 1);
        QCOMPARE(test::ids(*db, "SELECT interaction_id FROM ratings"), rows.keptInteractions);

        // The backup opens as the damaged cache it was.
        const auto backup = open(report.backupPath, Database::Mode::ReadOnly);
        QVERIFY(backup);
        QVERIFY(!backup->quickCheck().isEmpty());
    }

    void damageAmongPeoplesRowsCostsOnlyThoseRows_data() {
        QTest::addColumn<int>("marked");
        QTest::newRow("in the middle") << 150;
        QTest::newRow("on the first page") << 0; // nothing read yet when the damage is met
        QTest::newRow("on the last page") << 299;
    }

    void damageAmongPeoplesRowsCostsOnlyThoseRows() {
        QFETCH(int, marked);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const test::PeoplesRows rows = makeDamaged(path, 300, 20);
        QVERIFY(test::damagePageHolding(path, test::noteMarker(marked)));

        RebuildReport report = CacheRebuild(path).build();
        QVERIFY2(report.ok(), qPrintable(report.error));
        const RebuildCount *notes = report.count(QStringLiteral("coaching_notes"));
        QCOMPARE(notes->unreadable, 1);
        // A 4 KiB page holds a few notes of a kilobyte (the first also the three short ones): the rest,
        // before and after it, are kept.
        QVERIFY2(notes->kept >= rows.notes.size() - 8, qPrintable(QString::number(notes->kept)));
        QVERIFY(notes->kept < rows.notes.size());
        QCOMPARE(report.count(QStringLiteral("ratings"))->kept, 1);
        QVERIFY(report.peopleLost() >= 1);
        QCOMPARE(CacheRebuild::swapIn(report, path), QString());
        const auto db = open(path);
        QCOMPARE(db->quickCheck(), QStringList());
        const QList<qint64> kept = test::ids(*db, "SELECT id FROM coaching_notes ORDER BY id");
        if (marked != 0)
            QCOMPARE(kept.first(), rows.notes.first());
        if (marked != 299)
            QCOMPARE(kept.last(), rows.notes.last()); // the rows after the damage too
    }

    void damageInsideASnapshotCostsOnlyTheRowsOnThatPage() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const test::PeoplesRows rows = makeDamaged(path, 0, 20, 300);
        QVERIFY(test::damagePageHolding(path, test::snapshotMarker(150)));

        RebuildReport report = CacheRebuild(path).build();
        QVERIFY2(report.ok(), qPrintable(report.error));
        const RebuildCount *deals = report.count(QStringLiteral("snapshot_deals"));
        QCOMPARE(deals->unreadable, 1);
        // Read up to the damaged page, then from the snapshot's other end back to it.
        QVERIFY2(deals->kept >= rows.snapshotDeals - 5, qPrintable(QString::number(deals->kept)));
        QVERIFY(deals->kept < rows.snapshotDeals);
        QCOMPARE(report.count(QStringLiteral("snapshots"))->kept, 1);
    }

    void rowsStillOnlyInTheWalAreKept() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        makeDamaged(path, 0, 10);
        auto holder = open(path);
        Statement(holder->handle(), "PRAGMA wal_autocheckpoint=0").step();
        Statement(holder->handle(),
                  "INSERT INTO coaching_notes(deal_id, author, body, created_at, updated_at)"
                  " SELECT min(id), 'maria', 'only in the WAL', 1, 1 FROM deals")
            .run();
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        RebuildReport report = CacheRebuild(path).build();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.count(QStringLiteral("coaching_notes"))->kept, 4);
        holder.reset(); // the caller closes every connection before the swap
        QCOMPARE(CacheRebuild::swapIn(report, path), QString());
        const auto db = open(path);
        QCOMPARE(single(*db, "SELECT count(*) FROM coaching_notes WHERE body = 'only in the WAL'"), 1);
    }

    void cancelLeavesNothingBehind() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        makeDamaged(path, 0, 10);
        const QByteArray before = digest(path);
        const RebuildReport report = CacheRebuild(path).build([](int done, int) { return done < 2; });
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
        QVERIFY(report.rebuiltPath.isEmpty());
        QVERIFY(!QFileInfo::exists(CacheRebuild::rebuiltPathFor(path)));
        QCOMPARE(digest(path), before);
        RebuildReport copy = report;
        QVERIFY(!CacheRebuild::swapIn(copy, path).isEmpty());
        QCOMPARE(digest(path), before);
    }

    void refusesWhatIsNotACacheAndLeavesItUntouched() {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database at all, just words");
        }
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            sqlite3 *raw = nullptr;
            // Somebody else's SQLite file, without Dealpulse's mark.
            QCOMPARE(sqlite3_open(QFile::encodeName(other).constData(), &raw), SQLITE_OK);
            sqlite3_exec(raw, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
            sqlite3_close(raw);
        }
        for (const QString &path : {text, other, dir.filePath(QStringLiteral("missing.sqlite"))}) {
            const QByteArray before = digest(path);
            const RebuildReport report = CacheRebuild(path).build();
            QVERIFY(!report.ok());
            QVERIFY(!report.error.isEmpty());
            QVERIFY(report.error.contains(path));
            QCOMPARE(digest(path), before);
            QVERIFY(!QFileInfo::exists(CacheRebuild::rebuiltPathFor(path)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCacheRebuild)
#include "test_cache_rebuild.moc"
