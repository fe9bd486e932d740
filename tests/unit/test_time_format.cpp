// SPDX-License-Identifier: GPL-3.0-or-later
// ISO 8601 in and out: UTC with Z, offsets with and without a colon, dates, and refusals.

#include "domain/TimeFormat.h"

#include <QtTest>

using namespace dp;

class TestTimeFormat : public QObject {
    Q_OBJECT

private slots:
    void writesUtcWithZ() {
        QCOMPARE(isoUtc(0), QStringLiteral("1970-01-01T00:00:00Z"));
        QCOMPARE(isoUtc(1500), QStringLiteral("1970-01-01T00:00:01.500Z"));
    }

    void readsTheFormatsCrmsWrite() {
        const Millis expected = 1714644672000; // 2024-05-02T10:11:12Z
        QCOMPARE(parseIsoInstant(QStringLiteral("2024-05-02T10:11:12Z")), expected);
        QCOMPARE(parseIsoInstant(QStringLiteral("2024-05-02T10:11:12.000+0000")), expected);
        QCOMPARE(parseIsoInstant(QStringLiteral("2024-05-02T12:11:12+02:00")), expected);
        QCOMPARE(parseIsoInstant(QStringLiteral("2024-05-02")), 1714608000000);
    }

    void refusesWhatItCannotPlace() {
        QVERIFY(!parseIsoInstant(QStringLiteral("yesterday")));
        QVERIFY(!parseIsoInstant(QStringLiteral("2024-05-02T10:11:12"))); // no zone: ambiguous
        QVERIFY(!parseIsoInstant(QStringLiteral("2024-13-02")));
        QVERIFY(!parseIsoInstant(QString()));
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "test_time_format.moc"
