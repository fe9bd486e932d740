// SPDX-License-Identifier: GPL-3.0-or-later
// The window's start against caches it cannot use, through the real binary in --screenshot mode (which must
// fail fast with a message and an exit code, never wait on a box nobody sees): a file that is not a cache, a
// cache another window holds, a damaged cache.

#include "AppProcess.h"
#include "TestSupport.h"
#include "store/CacheLock.h"
#include "store/DealStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace dp;

namespace {

void createCache(const QString &path, int deals) {
    OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    Transaction transaction(*opened.database);
    DealStore store(*opened.database);
    for (int i = 0; i < deals; ++i) {
        Deal deal;
        deal.source = QStringLiteral("hubspot");
        deal.remoteId = QStringLiteral("d%1").arg(i);
        deal.name = QStringLiteral("Deal %1 ").arg(i) + QString(300, QLatin1Char('x'));
        deal.stage = QStringLiteral("Proposal");
        deal.createdAt = test::at("2026-09-01T09:00:00Z");
        store.upsert(deal);
    }
    transaction.commit();
}

} // namespace

class TestCacheLaunch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static test::AppRun picture(const QString &cache, const QString &png) {
        // A hang is the fault under test: well under the usual timeout.
        return test::runApp({QStringLiteral("--db"), cache, QStringLiteral("--screenshot"), png,
                             QStringLiteral("--size"), QStringLiteral("800x600")},
                            {}, 60000);
    }

private slots:
    void aFileThatIsNotACacheFailsAtOnce() {
        QFile notes(file("notes.sqlite"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Meeting notes, not a database.\n");
        notes.close();
        QElapsedTimer timer;
        timer.start();
        const test::AppRun run = picture(file("notes.sqlite"), file("notes.png"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not a Dealpulse cache")), qPrintable(run.err));
        QVERIFY2(timer.elapsed() < 30000, "fails fast");
        QVERIFY(!QFileInfo::exists(file("notes.png")));
        QVERIFY(!QFileInfo::exists(CacheLock::lockPath(file("notes.sqlite"))));
    }

    void aCacheHeldByAnotherWindowIsRefusedNamingIt() {
        createCache(file("held.sqlite"), 3);
        CacheLock lock(file("held.sqlite"));
        QCOMPARE(lock.tryLock(), CacheLock::Outcome::Locked);
        const test::AppRun run = picture(file("held.sqlite"), file("held.png"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("already open")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(file("held.png")));
    }

    void aRunningWindowHoldsItsCacheUntilItIsGone() {
        createCache(file("window.sqlite"), 3);
        QProcess window;
        window.start(qEnvironmentVariable("DEALPULSE_APP"),
                     {QStringLiteral("--db"), file("window.sqlite"), QStringLiteral("--size"),
                      QStringLiteral("800x600")});
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(CacheLock::lockPath(file("window.sqlite"))), 60000);
        const test::AppRun second = picture(file("window.sqlite"), file("second.png"));
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QString::number(window.processId())), qPrintable(second.err));
        // A window that crashed leaves its lock file; the next start takes it over.
        window.kill();
        QVERIFY(window.waitForFinished());
        QVERIFY(QFileInfo::exists(CacheLock::lockPath(file("window.sqlite"))));
        const test::AppRun third = picture(file("window.sqlite"), file("third.png"));
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QVERIFY(QFileInfo::exists(file("third.png")));
        QVERIFY(!QFileInfo::exists(CacheLock::lockPath(file("window.sqlite"))));
    }

    void aReadOnlyCacheOpensAndSaysSo() {
        if (::geteuid() == 0)
            QSKIP("root writes any file whatever its permissions");
        const QString path = file("readonly.sqlite");
        createCache(path, 3);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const test::AppRun run = picture(path, file("readonly.png"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
        QVERIFY(QFileInfo::exists(file("readonly.png")));
    }

    void aDamagedCacheIsReported() {
        const QString path = file("damaged.sqlite");
        createCache(path, 3000);
        QFile cache(path);
        const qint64 pageSize = 4096;
        const qint64 pages = cache.size() / pageSize;
        QVERIFY(pages > 100);
        QVERIFY(cache.open(QIODevice::ReadWrite));
        for (const qint64 page : {pages * 4 / 10, pages / 2, pages * 6 / 10}) {
            QVERIFY(cache.seek(page * pageSize));
            cache.write(QByteArray(int(pageSize), '\x5A'));
        }
        cache.close();
        const test::AppRun run = picture(path, file("damaged.png"));
        QVERIFY2(run.err.contains(QLatin1String("is damaged")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCacheLaunch)
#include "test_cache_launch.moc"
