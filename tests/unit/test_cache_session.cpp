// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CacheSession.h"
#include "store/MetaStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dp;

class TestCacheSession : public QObject {
    Q_OBJECT

private slots:
    void opensMigratedAndLocked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        CacheSession::Opened opened = CacheSession::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(opened.session, qPrintable(opened.error));
        QCOMPARE(opened.session->path(), path);
        QVERIFY(!opened.session->isReadOnly());
        QVERIFY(QFile::exists(CacheLock::lockPath(path)));

        // A second window on the same cache is refused, with who holds it.
        CacheSession::Opened second = CacheSession::open(path);
        QVERIFY(!second.session);
        QVERIFY(second.heldElsewhere);
        QVERIFY(!second.error.isEmpty());
    }

    void workersGetTheirOwnConnection() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        CacheSession::Opened opened = CacheSession::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(opened.session);
        MetaStore(opened.session->database()).setDemoNow(QStringLiteral("2026-01-05T09:00:00Z"));
        OpenResult worker = opened.session->openForWorker();
        QVERIFY2(worker.ok(), qPrintable(worker.error));
        QVERIFY(worker.database.get() != &opened.session->database());
        QCOMPARE(MetaStore(*worker.database).demoNow(),
                 std::optional<QString>(QStringLiteral("2026-01-05T09:00:00Z")));
    }

    void aHeldLockMovesToTheNewSession() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        auto lock = std::make_unique<CacheLock>(path);
        QCOMPARE(lock->tryLock(), CacheLock::Outcome::Locked);
        CacheSession::Opened opened =
            CacheSession::open(path, Database::Mode::CreateIfMissing, std::move(lock));
        QVERIFY2(opened.session, qPrintable(opened.error));
        std::unique_ptr<CacheLock> released = opened.session->releaseLock();
        QVERIFY(released);
        opened.session.reset();
        // Still held by `released`: nobody else gets it.
        QVERIFY(CacheSession::open(path).heldElsewhere);
        released.reset();
        QVERIFY(CacheSession::open(path).session);
    }

    void aFileThatIsNoCacheIsRefusedWithItsReason() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        CacheSession::Opened opened = CacheSession::open(path);
        QVERIFY(!opened.session);
        QVERIFY(!opened.heldElsewhere);
        QCOMPARE(opened.status, OpenResult::Status::NotSqlite);
        QVERIFY(!opened.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCacheSession)
#include "test_cache_session.moc"
