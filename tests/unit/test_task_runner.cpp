// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "tasks/TaskRunner.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <stdexcept>

using namespace dp;

namespace {

struct Outcome {
    int value = 0;
    QString error;
};

} // namespace

class TestTaskRunner : public QObject {
    Q_OBJECT

private slots:
    void deliversTheResultOnTheRunnersThread() {
        TaskRunner runner;
        QObject receiver;
        Qt::HANDLE workThread = nullptr;
        Qt::HANDLE doneThread = nullptr;
        int delivered = 0;
        Task *task = runner.run<int>(
            &receiver,
            [&] {
                workThread = QThread::currentThreadId();
                return 42;
            },
            [&](int value) {
                doneThread = QThread::currentThreadId();
                delivered = value;
            });
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait());
        QCOMPARE(delivered, 42);
        QCOMPARE(doneThread, QThread::currentThreadId());
        QVERIFY(workThread != QThread::currentThreadId());
        QCOMPARE(finished.first().first().toBool(), false);
    }

    void dropsTheResultWhenTheReceiverWentMeanwhile() {
        TaskRunner runner;
        auto *receiver = new QObject;
        QSemaphore release;
        bool delivered = false;
        Task *task = runner.run<int>(
            receiver,
            [&] {
                release.acquire();
                return 1;
            },
            [&](int) { delivered = true; });
        QSignalSpy finished(task, &Task::finished);
        delete receiver;
        release.release();
        QVERIFY(finished.wait());
        QVERIFY(!delivered);
    }

    void reportsProgressAndStopsWhenCancelled() {
        TaskRunner runner;
        QObject receiver;
        QSemaphore reported;
        QSemaphore cancelled;
        int stoppedAt = -1;
        Task *task = runner.run<int>(
            &receiver, QStringLiteral("Counting"),
            [&](TaskControl &control) {
                for (int i = 0; i < 1000; ++i) {
                    if (!control.progress(i, 1000, QStringLiteral("item %1").arg(i)))
                        return i;
                    if (i == 3) {
                        reported.release();
                        cancelled.acquire(); // the GUI cancels here
                    }
                }
                return 1000;
            },
            [&](int at) { stoppedAt = at; });
        QCOMPARE(task->title(), QStringLiteral("Counting"));
        QSignalSpy progressed(task, &Task::progressed);
        QSignalSpy finished(task, &Task::finished);
        reported.acquire();
        QVERIFY(progressed.wait());
        QCOMPARE(progressed.last().at(1).toInt(), 1000);
        QVERIFY(progressed.last().at(2).toString().startsWith(QStringLiteral("item ")));
        task->cancel();
        cancelled.release();
        QVERIFY(finished.wait());
        QCOMPARE(stoppedAt, 4);
        QCOMPARE(finished.first().first().toBool(), true);
    }

    void aThrowingWorkBecomesAnErrorInTheResult() {
        TaskRunner runner;
        QObject receiver;
        Outcome outcome;
        bool delivered = false;
        Task *task = runner.run<Outcome>(
            &receiver, []() -> Outcome { throw StoreError(QStringLiteral("The disk is full.")); },
            [&](Outcome result) {
                outcome = result;
                delivered = true;
            });
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait());
        QVERIFY(delivered);
        QCOMPARE(outcome.error, QStringLiteral("The disk is full."));
    }

    void aThrowingWorkWithoutAnErrorFieldIsTheTasksFailure() {
        TaskRunner runner;
        QObject receiver;
        bool delivered = false;
        QString failure;
        Task *task = runner.run<int>(
            &receiver, []() -> int { throw std::runtime_error("boom"); }, [&](int) { delivered = true; });
        connect(task, &Task::finished, this, [&] { failure = task->failure(); });
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait());
        QVERIFY(!delivered);
        QVERIFY(failure.contains(QStringLiteral("boom")));
    }

    void runningListsTasksUntilTheyFinishAndStartedAnnouncesThem() {
        TaskRunner runner;
        QObject receiver;
        QSignalSpy started(&runner, &TaskRunner::started);
        QSemaphore release;
        Task *task = runner.run<int>(
            &receiver,
            [&] {
                release.acquire();
                return 0;
            },
            [](int) {});
        QCOMPARE(started.count(), 1);
        QCOMPARE(runner.running(), QList<Task *>{task});
        QSignalSpy finished(task, &Task::finished);
        release.release();
        QVERIFY(finished.wait());
        QVERIFY(runner.running().isEmpty());
    }

    void destroyingTheRunnerCancelsAndWaitsForItsWork() {
        std::atomic<bool> sawCancel{false};
        std::atomic<bool> ended{false};
        QSemaphore begun;
        bool delivered = false;
        QObject receiver;
        {
            TaskRunner runner;
            runner.run<int>(
                &receiver, QString(),
                [&](TaskControl &control) {
                    begun.release();
                    while (!control.isCancelled())
                        QThread::msleep(1);
                    sawCancel = true;
                    ended = true;
                    return 0;
                },
                [&](int) { delivered = true; });
            begun.acquire();
        }
        QVERIFY(ended);
        QVERIFY(sawCancel);
        QCoreApplication::processEvents();
        QVERIFY(!delivered); // its task went with the runner
    }

    // A sync or a check of the whole file must not hold up a page load: long work never takes a quick
    // worker, however much of it runs.
    void longWorkGetsAThreadOfItsOwnAndQuickWorkNeverWaitsBehindIt() {
        TaskRunner runner;
        QObject receiver;
        const int longCount = std::max(2, QThread::idealThreadCount()) + 2;
        QSemaphore begun;
        QSemaphore release;
        int longDone = 0;
        for (int i = 0; i < longCount; ++i)
            runner.run<int>(
                &receiver,
                [&] {
                    begun.release();
                    release.acquire();
                    return 0;
                },
                [&](int) { ++longDone; }, TaskRunner::Long);
        begun.acquire(longCount); // all of them at once, more than the quick workers
        int quick = 0;
        Task *task = runner.run<int>(
            &receiver, [] { return 7; }, [&](int value) { quick = value; });
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait());
        QCOMPARE(quick, 7);
        QCOMPARE(longDone, 0); // still waiting
        release.release(longCount);
        QVERIFY(runner.waitForIdle(10000));
        QTRY_COMPARE(longDone, longCount);
    }

    // Code that blocks on a flag (an HTTP request, the sync engine) watches the task's own.
    void theCancelFlagFollowsTheTask() {
        TaskRunner runner;
        QObject receiver;
        QSemaphore begun;
        bool sawCancel = false;
        Task *task = runner.run<int>(
            &receiver, QString(),
            [&](TaskControl &control) {
                const std::atomic<bool> &flag = control.cancelFlag();
                begun.release();
                while (!flag)
                    QThread::msleep(1);
                return 1;
            },
            [&](int) { sawCancel = true; });
        QSignalSpy finished(task, &Task::finished);
        begun.acquire();
        task->cancel();
        QVERIFY(finished.wait());
        QVERIFY(sawCancel);
    }

    // Work waiting for the runner's thread (a sync handing a rotated token to the keychain) while the runner
    // is destroyed: a bare wait would hang both threads, so the runner serves it instead.
    void destroyingTheRunnerServesWorkThatNeedsItsThread() {
        QSemaphore needsThread;
        QSemaphore served;
        std::atomic<bool> ended{false};
        bool cancelledWhenServed = false;
        QObject receiver;
        {
            TaskRunner runner;
            Task *task = runner.run<int>(
                &receiver, QString(),
                [&](TaskControl &) {
                    needsThread.release();
                    served.acquire(); // only the runner's thread can release it
                    ended = true;
                    return 0;
                },
                [](int) {}, TaskRunner::Long);
            task->setServeWhileWaiting([&, task] {
                cancelledWhenServed = task->isCancelled();
                needsThread.acquire();
                served.release();
            });
        }
        QVERIFY(ended);
        QVERIFY(cancelledWhenServed);
    }

    void waitForIdleWaitsForTheWorkers() {
        TaskRunner runner;
        QObject receiver;
        std::atomic<bool> ended{false};
        runner.run<int>(
            &receiver,
            [&] {
                QThread::msleep(20);
                ended = true;
                return 0;
            },
            [](int) {});
        QVERIFY(runner.waitForIdle(10000));
        QVERIFY(ended);
    }
};

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "test_task_runner.moc"
