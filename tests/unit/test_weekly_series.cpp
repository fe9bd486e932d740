// SPDX-License-Identifier: GPL-3.0-or-later
// Weekly inbound/outbound buckets: ISO weeks in the user's time zone, across DST changes and year ends.

#include "TestSupport.h"
#include "analytics/WeeklySeries.h"

#include <QtTest>

using namespace dp;

class TestWeeklySeries : public QObject {
    Q_OBJECT

private slots:
    void bucketsEndWithTheWeekOfAsOf() {
        const Millis asOf = test::at("2026-11-28T12:00:00Z"); // a Saturday
        const auto series = weeklySeries({}, asOf, 26, QTimeZone::utc());
        QCOMPARE(series.size(), 26);
        QCOMPARE(series.last().monday, QDate(2026, 11, 23));
        QCOMPARE(series.last().isoWeek, 48);
        QCOMPARE(series.first().monday, QDate(2026, 11, 23).addDays(-7 * 25));
    }

    void eventsLandInTheirLocalWeek() {
        // Sunday 23:30 in New York is already Monday in UTC: the user's zone decides the week.
        const QTimeZone newYork("America/New_York");
        QVERIFY(newYork.isValid());
        const Millis sundayEvening = test::at("2026-11-23T04:30:00Z"); // Sun 22 Nov 23:30 EST
        const Millis asOf = test::at("2026-11-28T12:00:00Z");
        const auto local = weeklySeries({{sundayEvening, true}}, asOf, 2, newYork);
        QCOMPARE(local[0].inbound, 1);
        QCOMPARE(local[1].inbound, 0);
        const auto utc = weeklySeries({{sundayEvening, true}}, asOf, 2, QTimeZone::utc());
        QCOMPARE(utc[1].inbound, 1);
    }

    void dstWeekKeepsEveryEvent() {
        // Europe/Bucharest leaves summer time on Sunday 25 October 2026: that week has 169 hours.
        const QTimeZone bucharest("Europe/Bucharest");
        QVERIFY(bucharest.isValid());
        const Millis mondayStart = test::at("2026-10-18T21:00:00Z"); // Mon 19 Oct 00:00 EEST
        const Millis sundayLate = test::at("2026-10-25T21:59:00Z");  // Sun 25 Oct 23:59 EET
        const Millis nextMonday = test::at("2026-10-25T22:00:00Z");  // Mon 26 Oct 00:00 EET
        const Millis asOf = test::at("2026-10-28T10:00:00Z");
        const auto series =
            weeklySeries({{mondayStart, true}, {sundayLate, false}, {nextMonday, true}}, asOf, 2, bucharest);
        QCOMPARE(series[0].monday, QDate(2026, 10, 19));
        QCOMPARE(series[0].inbound, 1);
        QCOMPARE(series[0].outbound, 1);
        QCOMPARE(series[1].inbound, 1);
        QCOMPARE(weeklySeriesStart(asOf, 2, bucharest), mondayStart);
    }

    void isoWeekOfYearEnd() {
        // 31 December 2026 is a Thursday in ISO week 53 of 2026.
        const auto series = weeklySeries({}, test::at("2026-12-31T12:00:00Z"), 1, QTimeZone::utc());
        QCOMPARE(series.first().isoWeek, 53);
        QCOMPARE(series.first().isoYear, 2026);
    }

    void eventsAfterAsOfOrBeforeTheWindowAreIgnored() {
        const Millis asOf = test::at("2026-11-28T12:00:00Z");
        const auto series = weeklySeries(
            {{asOf + 1, true}, {asOf - 400 * kMillisPerDay, true}, {asOf, false}}, asOf, 4, QTimeZone::utc());
        int inbound = 0;
        int outbound = 0;
        for (const WeekBucket &week : series) {
            inbound += week.inbound;
            outbound += week.outbound;
        }
        QCOMPARE(inbound, 0);
        QCOMPARE(outbound, 1);
    }
};

QTEST_GUILESS_MAIN(TestWeeklySeries)
#include "test_weekly_series.moc"
