// SPDX-License-Identifier: GPL-3.0-or-later
// The automatic weekly snapshot: due at the set day and hour (or at the first run after it), after a sync
// once a week has passed, never twice for one week; and the editable settings it and capture read.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "forecast/WeeklySnapshot.h"
#include "settings/SettingsStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace dp;

namespace {

constexpr Millis kHour = 60 * 60 * 1000;
constexpr Millis kDay = kMillisPerDay;
// A Monday.
const Millis kMonday9 = test::at("2026-11-23T09:00:00Z");

SnapshotSchedule mondayAt(int hour) {
    return SnapshotSchedule{true, Qt::Monday, hour};
}

} // namespace

class WeeklySnapshotTest : public QObject {
    Q_OBJECT

private slots:
    void scheduledMomentsInTheUsersTimeZone() {
        const WeeklySnapshotPolicy utc(mondayAt(9), QTimeZone::utc());
        QCOMPARE(utc.lastScheduledAt(kMonday9), kMonday9);                // exactly at the hour: this week's
        QCOMPARE(utc.lastScheduledAt(kMonday9 - 1), kMonday9 - 7 * kDay); // a moment before: last week's
        QCOMPARE(utc.nextScheduledAt(kMonday9), kMonday9 + 7 * kDay);
        QCOMPARE(utc.nextScheduledAt(kMonday9 - 1), kMonday9);
        QCOMPARE(utc.lastScheduledAt(kMonday9 + 6 * kDay), kMonday9); // Sunday

        // 09:00 in Bucharest (UTC+2 in November) is 07:00 UTC.
        const WeeklySnapshotPolicy bucharest(mondayAt(9), QTimeZone("Europe/Bucharest"));
        QCOMPARE(bucharest.lastScheduledAt(kMonday9), kMonday9 - 2 * kHour);

        const WeeklySnapshotPolicy friday(SnapshotSchedule{true, Qt::Friday, 17}, QTimeZone::utc());
        QCOMPARE(friday.lastScheduledAt(kMonday9), test::at("2026-11-20T17:00:00Z"));
        QCOMPARE(friday.nextScheduledAt(kMonday9), test::at("2026-11-27T17:00:00Z"));
    }

    void dueOnScheduleOncePerWeekAndCatchesUpAfterADownTime() {
        const WeeklySnapshotPolicy policy(mondayAt(9), QTimeZone::utc());
        QVERIFY2(policy.dueOnSchedule(kMonday9, std::nullopt), "never taken");
        QVERIFY(policy.dueOnSchedule(kMonday9, kMonday9 - 7 * kDay));
        QVERIFY(!policy.dueOnSchedule(kMonday9 - 1, kMonday9 - 7 * kDay));
        QVERIFY(!policy.dueOnSchedule(kMonday9 + kHour, kMonday9));
        QVERIFY(!policy.dueOnSchedule(kMonday9 + 6 * kDay, kMonday9 + 1));
        // The app was closed on Monday; on Wednesday it takes the week's snapshot.
        QVERIFY(policy.dueOnSchedule(kMonday9 + 2 * kDay, kMonday9 - 7 * kDay));
        const WeeklySnapshotPolicy off(SnapshotSchedule{false, Qt::Monday, 9}, QTimeZone::utc());
        QVERIFY(!off.dueOnSchedule(kMonday9, std::nullopt));
        QVERIFY(!off.dueAfterSync(kMonday9, std::nullopt));
    }

    void dueAfterASyncOnceAWeekHasPassed() {
        const WeeklySnapshotPolicy policy(mondayAt(9), QTimeZone::utc());
        QVERIFY(policy.dueAfterSync(kMonday9, std::nullopt));
        QVERIFY(!policy.dueAfterSync(kMonday9 + 7 * kDay - 1, kMonday9));
        QVERIFY(policy.dueAfterSync(kMonday9 + 7 * kDay, kMonday9));
    }

    void snapshotterTakesOneLabelledSnapshotAndRemembersIt() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).deal(QStringLiteral("a"), kMonday9 - 30 * kDay);
        FixedClock clock(kMonday9 - kHour);
        ForecastSettings settings;
        settings.schedule = mondayAt(9);
        WeeklySnapshotter snapshotter(cache.db(), clock, settings, {}, QTimeZone::utc());

        // An hour before Monday's slot the first run finds no automatic snapshot at all and takes one.
        std::optional<TakenSnapshot> taken = snapshotter.runIfDue(WeeklySnapshotter::Trigger::Timer);
        QVERIFY(taken);
        QCOMPARE(taken->deals, 1);
        QCOMPARE(snapshotter.lastAutomatic(), std::optional<Millis>(kMonday9 - kHour));
        QVERIFY(!snapshotter.runIfDue(WeeklySnapshotter::Trigger::Timer));
        QVERIFY(!snapshotter.runIfDue(WeeklySnapshotter::Trigger::AfterSync));

        clock.set(kMonday9);
        QVERIFY2(snapshotter.runIfDue(WeeklySnapshotter::Trigger::Timer), "Monday 09:00 slot");
        clock.set(kMonday9 + 3 * kDay);
        QVERIFY(!snapshotter.runIfDue(WeeklySnapshotter::Trigger::Timer));
        QVERIFY(!snapshotter.runIfDue(WeeklySnapshotter::Trigger::AfterSync));
        clock.set(kMonday9 + 7 * kDay - 1);
        QVERIFY(!snapshotter.runIfDue(WeeklySnapshotter::Trigger::AfterSync));
        clock.set(kMonday9 + 7 * kDay);
        QVERIFY2(snapshotter.runIfDue(WeeklySnapshotter::Trigger::AfterSync), "a week after the last one");

        const QList<SnapshotListing> listed = listSnapshots(cache.db());
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.first().header.label, QStringLiteral("Weekly snapshot 2026-W49"));
        QCOMPARE(listed.last().header.label, QStringLiteral("Weekly snapshot 2026-W48"));
        QCOMPARE(listed.first().header.asOf, kMonday9 + 7 * kDay);
        QVERIFY(!listed.first().header.takenBy.isEmpty());
    }

    void settingsRoundTripAndRejectNonsense() {
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings.forecast(), ForecastSettings{});
        ForecastSettings edited;
        edited.categories = {0.7, 0.4};
        edited.schedule = SnapshotSchedule{false, Qt::Thursday, 16};
        settings.setForecast(edited);
        QCOMPARE(settings.forecast(), edited);

        settings.flush();
        {
            QSettings raw(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat); // edited by hand
            raw.setValue(QStringLiteral("forecast/bestCaseFromProbability"), 0.95);     // above commit
            raw.setValue(QStringLiteral("snapshots/weeklyHour"), 24);
            raw.setValue(QStringLiteral("snapshots/weeklyDay"), 9);
        }
        const ForecastSettings loaded = SettingsStore(dir.filePath(QStringLiteral("s.ini"))).forecast();
        QCOMPARE(loaded.categories, CategoryThresholds{});
        QCOMPARE(loaded.schedule.hour, SnapshotSchedule{}.hour);
        QCOMPARE(loaded.schedule.day, SnapshotSchedule{}.day);
        QCOMPARE(loaded.schedule.enabled, false);

        QCOMPARE(categoryFromProbability(0.75, edited.categories), ForecastCategory::Commit);
        QCOMPARE(categoryFromProbability(0.75), ForecastCategory::BestCase);
        QCOMPARE(categoryFromProbability(45.0, edited.categories), ForecastCategory::BestCase);
        QCOMPARE(categoryFromProbability(0.39, edited.categories), ForecastCategory::Pipeline);
    }
};

QTEST_GUILESS_MAIN(WeeklySnapshotTest)
#include "test_weekly_snapshot.moc"
