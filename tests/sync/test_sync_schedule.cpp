// SPDX-License-Identifier: GPL-3.0-or-later
// The background sync's timing on its own: due after the interval, never while a sync runs, paused while
// offline or metered, off at zero. Driven by signals and the armed state, with no timed assertion.

#include "sync/SyncSchedule.h"

#include <QSignalSpy>
#include <QtTest>

using namespace dp::sync;
using namespace std::chrono_literals;

class TestSyncSchedule : public QObject {
    Q_OBJECT

private slots:
    void dueAfterTheIntervalAndNeverWhileASyncRuns() {
        SyncSchedule schedule;
        schedule.stopFollowingSystemNetwork();
        QSignalSpy due(&schedule, &SyncSchedule::syncDue);
        QCOMPARE(schedule.pause(), SyncSchedule::Pause::Off);
        QVERIFY(!schedule.isArmed());

        schedule.setInterval(1ms);
        QCOMPARE(schedule.pause(), SyncSchedule::Pause::None);
        QVERIFY(schedule.isArmed());
        QVERIFY(due.wait(5000));
        QCOMPARE(due.size(), 1);

        // The owner started the sync: nothing is due until it ends, however long it runs.
        schedule.syncStarted();
        QCOMPARE(schedule.pause(), SyncSchedule::Pause::Running);
        QVERIFY(!schedule.isArmed());
        schedule.syncFinished();
        QVERIFY(schedule.isArmed());
        QVERIFY(due.wait(5000));
        QCOMPARE(due.size(), 2);

        // A sync that did not start (no connection yet) waits an interval, like one that ran.
        schedule.syncSkipped();
        QVERIFY(schedule.isArmed());
    }

    void pausedOfflineOrMeteredAndOffAtZero() {
        SyncSchedule schedule;
        schedule.stopFollowingSystemNetwork();
        QSignalSpy pauses(&schedule, &SyncSchedule::pauseChanged);
        schedule.setInterval(30min);
        QVERIFY(schedule.isArmed());

        schedule.setNetwork(false, false);
        QCOMPARE(schedule.pause(), SyncSchedule::Pause::Offline);
        QVERIFY(!schedule.isArmed());
        schedule.setNetwork(true, true);
        QCOMPARE(schedule.pause(), SyncSchedule::Pause::Metered);
        QVERIFY(!schedule.isArmed());

        // Back on an ordinary connection with the interval long past: the missed sync is due at once.
        schedule.setInterval(1ms);
        QVERIFY(!schedule.isArmed());
        QSignalSpy due(&schedule, &SyncSchedule::syncDue);
        schedule.setNetwork(true, false);
        QCOMPARE(schedule.pause(), SyncSchedule::Pause::None);
        QVERIFY(due.wait(5000));

        schedule.setInterval(0ms);
        QCOMPARE(schedule.pause(), SyncSchedule::Pause::Off);
        QVERIFY(!schedule.isArmed());
        QCOMPARE(pauses.last().at(0).value<SyncSchedule::Pause>(), SyncSchedule::Pause::Off);
    }

    void withoutANetworkBackendItNeverPausesForTheNetwork() {
        // Whatever this machine offers: a schedule that found no backend (or one that knows nothing yet)
        // keeps syncing rather than waiting for news that never comes.
        SyncSchedule schedule;
        const bool followed = schedule.followSystemNetwork();
        schedule.setInterval(30min);
        if (!followed)
            QCOMPARE(schedule.pause(), SyncSchedule::Pause::None);
        else
            QVERIFY(schedule.pause() != SyncSchedule::Pause::Off);
    }
};

QTEST_GUILESS_MAIN(TestSyncSchedule)
#include "test_sync_schedule.moc"
