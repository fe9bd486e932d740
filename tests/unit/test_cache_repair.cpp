// SPDX-License-Identifier: GPL-3.0-or-later
// The window's cache repair: a rebuild on the task runner that keeps people's rows, put in the damaged
// file's place only once no worker reads the cache; a cancelled rebuild leaves no file behind.

#include "DamagedCache.h"
#include "TestSupport.h"
#include "app/CacheRepair.h"
#include "app/CacheSession.h"
#include "store/AlertStore.h"
#include "tasks/TaskRunner.h"

#include <QSemaphore>
#include <QtTest>

using namespace dp;

class TestCacheRepair : public QObject {
    Q_OBJECT

    // A damaged cache with people's rows; returns what it holds.
    test::PeoplesRows makeDamaged(test::TempCache &cache) {
        const test::PeoplesRows rows = test::fillPeopleAndCrm(cache.db());
        cache.close();
        if (!test::damagePageHolding(cache.path(), test::fillerMarker(100)))
            qFatal("no page to damage");
        return rows;
    }

private slots:
    void rebuiltOnTheRunnerThenSwappedIn() {
        test::TempCache cache;
        const test::PeoplesRows rows = makeDamaged(cache);
        TaskRunner runner;
        QObject receiver;
        std::optional<CacheRepairResult> result;
        Task *task =
            CacheRepair::startRebuild(runner, &receiver, QStringLiteral("Rebuilding"), cache.path(), {},
                                      std::make_shared<FixedClock>(test::at("2026-11-28T12:00:00Z")),
                                      [&result](CacheRepairResult r) { result = std::move(r); });
        QCOMPARE(task->title(), QStringLiteral("Rebuilding"));
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error));
        QVERIFY(QFile::exists(result->report.rebuiltPath));

        const CacheRepair::Swap swap = CacheRepair::swapIn(runner, result->report, cache.path(), 10000);
        QCOMPARE(swap.status, CacheRepair::SwapStatus::Done);
        QVERIFY(QFile::exists(result->report.backupPath));
        CacheSession::Opened opened = CacheSession::open(cache.path());
        QVERIFY2(opened.session, qPrintable(opened.error));
        QCOMPARE(AlertStore(opened.session->database()).snoozes().size(), rows.snoozes.size());
    }

    void aBusyWorkerKeepsTheDamagedFileInPlace() {
        test::TempCache cache;
        makeDamaged(cache);
        CacheRepairResult built = CacheRepair::rebuild(cache.path(), {}, FixedClock(0), false, {});
        QVERIFY2(built.ok(), qPrintable(built.error));
        TaskRunner runner;
        QSemaphore release;
        QObject receiver;
        runner.run<int>(
            &receiver,
            [&release] {
                release.acquire();
                return 0;
            },
            [](int) {});
        const QString rebuilt = built.report.rebuiltPath;
        const CacheRepair::Swap swap = CacheRepair::swapIn(runner, built.report, cache.path(), 50);
        release.release();
        QCOMPARE(swap.status, CacheRepair::SwapStatus::WorkersBusy);
        QVERIFY(!QFile::exists(rebuilt)); // not left beside the cache
        QVERIFY(built.report.backupPath.isEmpty());
        QVERIFY(runner.waitForIdle(10000));
    }

    void aCancelledRebuildLeavesNoFile() {
        test::TempCache cache;
        makeDamaged(cache);
        const CacheRepairResult cancelled =
            CacheRepair::rebuild(cache.path(), {}, FixedClock(0), false, [](int, int) { return false; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error.isEmpty());
        QVERIFY(!QFile::exists(CacheRebuild::rebuiltPathFor(cache.path())));
    }

    void aCopyOfTheFileAsItIs() {
        test::TempCache cache;
        makeDamaged(cache);
        QString error;
        const QString copy = CacheRepair::backUp(cache.path(), &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        QVERIFY(QFile::exists(copy));
    }
};

QTEST_GUILESS_MAIN(TestCacheRepair)
#include "test_cache_repair.moc"
