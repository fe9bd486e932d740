// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the cache against hostile conditions, on real files: private permissions, a damaged page in the
// middle, a read-only file or folder, a full disk, and a second window on the same cache.

#include "TestSupport.h"
#include "store/CacheLocation.h"
#include "store/CacheLock.h"
#include "store/DealStore.h"
#include "store/MetaStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace dp;

namespace {

int fileMode(const QString &path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

bool setMode(const QString &path, int mode) {
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

// Permission bits do not stop root, so the tests of a file we may not write cannot run as root.
bool runningAsRoot() {
    return ::geteuid() == 0;
}

Deal deal(int i) {
    Deal deal;
    deal.source = QStringLiteral("hubspot");
    deal.remoteId = QStringLiteral("d%1").arg(i);
    // Long names fill many pages, so the file has a middle to damage.
    deal.name = QStringLiteral("Deal %1 ").arg(i) + QString(300, QLatin1Char('x'));
    deal.stage = QStringLiteral("Proposal");
    deal.amount = 1000.0 + i;
    deal.currency = QStringLiteral("USD");
    deal.createdAt = test::at("2026-09-01T09:00:00Z");
    return deal;
}

void fill(Database &db, int deals) {
    Transaction transaction(db);
    DealStore store(db);
    for (int i = 0; i < deals; ++i)
        store.upsert(deal(i));
    transaction.commit();
}

qint64 single(Database &db, const char *sql) {
    Statement statement(db.handle(), sql);
    return statement.singleInt64();
}

// Whether another process sees SQLite's shared lock on the cache. POSIX locks belong to a process and are
// invisible to it, so a child asks; a WAL connection holds that lock for as long as it is open.
bool anotherProcessSeesASharedLock(const QString &path) {
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
        struct flock lock {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 0x40000000; // SQLite's lock bytes start at 1 GiB: pending, reserved, then shared
        lock.l_len = 512;
        const bool locked = fd >= 0 && ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
        ::_exit(locked ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::unique_ptr<Database> openOrFail(const QString &path, Database::Mode mode) {
    OpenResult opened = Database::open(path, mode);
    if (!opened.ok())
        qWarning() << opened.error;
    return std::move(opened.database);
}

} // namespace

class TestCacheOpen : public QObject {
    Q_OBJECT

    mode_t m_umask = 0;

private slots:
    void initTestCase() {
        // The usual umask, under which SQLite made the cache readable by everyone.
        m_umask = ::umask(022);
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void aNewCacheAndItsWalAndShmAreTheOwnersAlone() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        const auto db = openOrFail(path, Database::Mode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(!db->isReadOnly());
        MetaStore(*db).setValue(QStringLiteral("k"), QStringLiteral("v")); // a write, so the WAL exists
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(fileMode(path + QStringLiteral("-wal")), 0600);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        QCOMPARE(fileMode(path + QStringLiteral("-shm")), 0600);
    }

    void theDefaultFolderIsTheOwnersAlone() {
        // XDG_DATA_HOME points into the test's own home (see DealpulseTesting.cmake).
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(folder).removeRecursively();
        const QString path = defaultCachePath();
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(folder).absolutePath());
        QCOMPARE(fileMode(folder), 0700);
        // A folder an older Dealpulse left open to everyone is closed.
        QVERIFY(setMode(folder, 0755));
        defaultDemoCachePath();
        QCOMPARE(fileMode(folder), 0700);
    }

    void aDamagedPageInTheMiddleIsFoundByTheCheck() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        qint64 pageSize = 0;
        qint64 pageCount = 0;
        {
            const auto db = openOrFail(path, Database::Mode::CreateIfMissing);
            QVERIFY(db);
            fill(*db, 3000);
            QCOMPARE(db->quickCheck(), QStringList());
            pageSize = single(*db, "PRAGMA page_size");
            pageCount = single(*db, "PRAGMA page_count");
        } // the last connection checkpoints the WAL into the file and removes it
        QVERIFY(pageCount > 100);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (const qint64 page : {pageCount * 4 / 10, pageCount / 2, pageCount * 6 / 10}) {
            QVERIFY(file.seek(page * pageSize));
            file.write(QByteArray(int(pageSize), '\x5A'));
        }
        file.close();

        // Opening reads only the first pages: it still succeeds, which is why the check exists.
        const auto db = openOrFail(path, Database::Mode::ReadWrite);
        QVERIFY(db);
        const QStringList problems = db->quickCheck();
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.size() <= 10);
        const auto limited = db->quickCheck(1);
        QCOMPARE(limited.size(), 1);
    }

    void readOnlyModeReadsAndRefusesWritesClearly() {
        test::TempCache cache;
        fill(cache.db(), 5);
        cache.close();
        const auto db = openOrFail(cache.path(), Database::Mode::ReadOnly);
        QVERIFY(db);
        QVERIFY(db->isReadOnly());
        QCOMPARE(single(*db, "SELECT count(*) FROM deals"), 5);
        try {
            DealStore(*db).upsert(deal(99));
            QFAIL("a write on a read-only cache must fail");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("read-only")), qPrintable(error.message()));
        }
        QCOMPARE(single(*db, "SELECT count(*) FROM deals"), 5);
    }

    void aFileWeMayNotWriteOpensReadOnly() {
        if (runningAsRoot())
            QSKIP("root writes any file whatever its permissions");
        test::TempCache cache;
        fill(cache.db(), 5);
        cache.close();
        QVERIFY(setMode(cache.path(), 0400));
        const auto db = openOrFail(cache.path(), Database::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(db->isReadOnly());
        QCOMPARE(single(*db, "SELECT count(*) FROM deals"), 5);
        QVERIFY_THROWS_EXCEPTION(StoreError, DealStore(*db).upsert(deal(99)));
    }

    void aFolderWeMayNotWriteOpensReadOnly() {
        if (runningAsRoot())
            QSKIP("root writes any folder whatever its permissions");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            const auto db = openOrFail(path, Database::Mode::CreateIfMissing);
            QVERIFY(db);
            fill(*db, 5);
        }
        QVERIFY(setMode(dir.path(), 0500)); // no -wal or -shm can be made beside it
        const auto db = openOrFail(path, Database::Mode::ReadWrite);
        const bool opened = db != nullptr;
        const bool readOnly = opened && db->isReadOnly();
        const qint64 count = opened ? single(*db, "SELECT count(*) FROM deals") : -1;
        QVERIFY(setMode(dir.path(), 0700));
        QVERIFY(opened);
        QVERIFY(readOnly);
        QCOMPARE(count, 5);
    }

    void aFullDiskIsAClearErrorAndLeavesTheCacheAsItWas() {
        test::TempCache cache;
        fill(cache.db(), 10);
        // The file may not grow past a few more pages: what a full disk does to a sync's writes.
        const qint64 pages = single(cache.db(), "PRAGMA page_count");
        const QByteArray limit = "PRAGMA max_page_count=" + QByteArray::number(pages + 2);
        cache.db().exec(limit.constData());
        try {
            Transaction transaction(cache.db());
            DealStore store(cache.db());
            for (int i = 100; i < 2000; ++i)
                store.upsert(deal(i));
            transaction.commit();
            QFAIL("the writes should not fit");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("disk holding the cache is full")),
                     qPrintable(error.message()));
        }
        QCOMPARE(single(cache.db(), "SELECT count(*) FROM deals"), 10);
        QCOMPARE(cache.db().quickCheck(), QStringList());
        cache.reopen();
        QCOMPARE(single(cache.db(), "SELECT count(*) FROM deals"), 10);
        QCOMPARE(cache.db().quickCheck(), QStringList());
    }

    void aSecondHolderOfTheCacheIsToldWhoHasIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            CacheLock first(path);
            QCOMPARE(first.tryLock(), CacheLock::Outcome::Locked);
            QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
            CacheLock second(path);
            QCOMPARE(second.tryLock(), CacheLock::Outcome::HeldElsewhere);
            const QString message = second.heldMessage();
            QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())),
                     qPrintable(message));
            QVERIFY(message.contains(path));
        }
        // Released with the window: the next one takes it.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        CacheLock again(path);
        QCOMPARE(again.tryLock(), CacheLock::Outcome::Locked);
    }

    void aLockLeftByAProcessThatIsGoneIsTakenOver() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        // QLockFile's own format: pid, application name, host name. No process has pid 0x7ffffff0.
        QFile stale(CacheLock::lockPath(path));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("2147483632\ndealpulse\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        stale.close();
        CacheLock lock(path);
        QCOMPARE(lock.tryLock(), CacheLock::Outcome::Locked);
    }

    void openingTheCacheAgainKeepsTheLocksOfTheConnectionAlreadyOpen() {
        // Each task opens its own connection while the window's stays open. Had the second open touched the
        // file through a handle of its own, closing that handle would drop the window's locks, and another
        // process (dealpulse team status, say) could take the cache for unused and delete its WAL.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        std::unique_ptr<Database> window = openOrFail(path, Database::Mode::CreateIfMissing);
        QVERIFY(window);
        fill(*window, 3);
        QCOMPARE(single(*window, "SELECT count(*) FROM deals"), 3);
        QVERIFY(anotherProcessSeesASharedLock(path));
        std::unique_ptr<Database> task = openOrFail(path, Database::Mode::ReadWrite);
        QVERIFY(task);
        task.reset();
        QVERIFY(anotherProcessSeesASharedLock(path));
    }

    void aFileThatIsNotSqliteFailsAtOnce() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
        file.close();
        const OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
        QCOMPARE(opened.status, OpenResult::Status::NotSqlite);
        QVERIFY(opened.error.contains(QLatin1String("not a Dealpulse cache")));
    }
};

QTEST_GUILESS_MAIN(TestCacheOpen)
#include "test_cache_open.moc"
