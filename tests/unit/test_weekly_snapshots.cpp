// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly snapshot as the window runs it: taken on the task runner once when due, not again that week,
// and the timer's wait until the next slot.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "app/CacheSession.h"
#include "app/WeeklySnapshots.h"
#include "tasks/TaskRunner.h"

#include <QtTest>

using namespace dp;

namespace {

const Millis kMonday9 = test::at("2026-11-23T09:00:00Z");

} // namespace

class TestWeeklySnapshots : public QObject {
    Q_OBJECT

private slots:
    void takenOnceWhenDue() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).deal(QStringLiteral("a"), kMonday9 - 30 * kMillisPerDay);
        cache.close();
        CacheSession::Opened opened = CacheSession::open(cache.path());
        QVERIFY2(opened.session, qPrintable(opened.error));
        TaskRunner runner;
        WeeklySnapshots weekly(*opened.session, runner, std::make_shared<FixedClock>(kMonday9 + 1000));
        ForecastSettings forecast;
        forecast.schedule = SnapshotSchedule{true, Qt::Monday, 9};
        QObject receiver;
        const auto take = [&] {
            std::optional<WeeklySnapshotResult> result;
            Task *task =
                weekly.takeIfDue(&receiver, WeeklySnapshotter::Trigger::Timer, forecast, {}, QTimeZone::utc(),
                                 [&result](WeeklySnapshotResult r) { result = r; });
            if (!task->title().isEmpty())
                qFatal("the weekly snapshot is quiet work");
            QSignalSpy finished(task, &Task::finished);
            if (!finished.wait(10000))
                qFatal("the weekly snapshot did not finish");
            return result.value_or(WeeklySnapshotResult{false, QStringLiteral("no result")});
        };
        const WeeklySnapshotResult first = take();
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY(first.taken);
        QCOMPARE(listSnapshots(opened.session->database()).size(), 1);
        const WeeklySnapshotResult second = take();
        QVERIFY(second.error.isEmpty());
        QVERIFY(!second.taken);
        QCOMPARE(listSnapshots(opened.session->database()).size(), 1);
    }

    void aCacheThatCannotBeOpenedIsAnError() {
        test::TempCache cache;
        cache.close();
        CacheSession::Opened opened = CacheSession::open(cache.path());
        QVERIFY(opened.session);
        TaskRunner runner;
        WeeklySnapshots weekly(*opened.session, runner, std::make_shared<FixedClock>(kMonday9));
        opened.session.reset();
        QVERIFY(QFile::remove(cache.path()));
        QVERIFY(QDir().mkpath(cache.path())); // a folder where the file was
        std::optional<WeeklySnapshotResult> result;
        QObject receiver;
        Task *task =
            weekly.takeIfDue(&receiver, WeeklySnapshotter::Trigger::AfterSync, ForecastSettings{}, {},
                             QTimeZone::utc(), [&result](WeeklySnapshotResult r) { result = r; });
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(result);
        QVERIFY(!result->taken);
        QVERIFY(!result->error.isEmpty());
    }

    void theTimerWaitsForTheNextSlot() {
        const SnapshotSchedule monday{true, Qt::Monday, 9};
        QCOMPARE(WeeklySnapshots::delayToNextSlot(monday, QTimeZone::utc(), kMonday9 - 3600 * 1000),
                 std::optional<Millis>(3600 * 1000));
        // Just past the slot: a week, the longest wait.
        QCOMPARE(WeeklySnapshots::delayToNextSlot(monday, QTimeZone::utc(), kMonday9),
                 std::optional<Millis>(7 * kMillisPerDay));
        // Never less than a second, so a timer does not spin.
        QCOMPARE(WeeklySnapshots::delayToNextSlot(monday, QTimeZone::utc(), kMonday9 - 10),
                 std::optional<Millis>(1000));
        QCOMPARE(WeeklySnapshots::delayToNextSlot(SnapshotSchedule{false, Qt::Monday, 9}, QTimeZone::utc(),
                                                  kMonday9),
                 std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestWeeklySnapshots)
#include "test_weekly_snapshots.moc"
