// SPDX-License-Identifier: GPL-3.0-or-later
// Snoozing, unsnoozing and marking alerts seen through the application layer, as the Alerts page does it:
// the lists come back read from the cache after each write, and a refused write is an error, not a throw.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "app/AlertCommands.h"
#include "app/CacheSession.h"

#include <QtTest>

using namespace dp;

namespace {

const Millis kNow = test::at("2026-11-28T12:00:00Z");

} // namespace

class TestAlertCommands : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CacheSession> openSession(test::TempCache &cache) {
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("a"), kNow - 60 * kMillisPerDay)
            .deal(QStringLiteral("b"), kNow - 40 * kMillisPerDay);
        cache.close();
        CacheSession::Opened opened = CacheSession::open(cache.path());
        if (!opened.session)
            qFatal("%s", qPrintable(opened.error));
        return std::move(opened.session);
    }

private slots:
    void snoozeAndUndoComeBackAsLists() {
        test::TempCache cache;
        auto session = openSession(cache);
        auto clock = std::make_shared<FixedClock>(kNow);
        AlertCommands commands(*session, clock, QStringLiteral("mara"));
        commands.setTimeZone(QTimeZone::utc());
        QCOMPARE(commands.today(), QDate(2026, 11, 28));

        const AlertOutcome snoozed =
            commands.snooze(1, HealthBand::Dark, QStringLiteral("Buyer on holiday"), QDate(2026, 12, 8));
        QVERIFY2(snoozed.ok(), qPrintable(snoozed.error));
        QVERIFY(snoozed.snoozeId > 0);
        QCOMPARE(snoozed.lists.snoozes.size(), 1);
        QCOMPARE(snoozed.lists.snoozes.first().reason, QStringLiteral("Buyer on holiday"));
        QCOMPARE(snoozed.lists.snoozes.first().snoozedBy, QStringLiteral("mara"));
        QCOMPARE(snoozed.lists.snoozes.first().snoozedAt, kNow);
        QVERIFY(snoozed.lists.activeSnoozes.contains(1));

        // On its resume day the snooze is no longer in force, but still listed for review.
        clock->set(kNow + 10 * kMillisPerDay);
        const AlertOutcome later = commands.reload();
        QVERIFY(later.ok());
        QVERIFY(later.lists.activeSnoozes.isEmpty());
        QCOMPARE(later.lists.snoozes.size(), 1);

        const AlertOutcome undone = commands.undoSnooze(snoozed.snoozeId);
        QVERIFY(undone.ok());
        QVERIFY(undone.lists.snoozes.isEmpty());
        QVERIFY(AlertStore(session->database()).snoozes().isEmpty());
    }

    void markSeenCanBePutBackExactly() {
        test::TempCache cache;
        auto session = openSession(cache);
        AlertCommands commands(*session, std::make_shared<FixedClock>(kNow), QString());
        AlertStore(session->database())
            .markSeen(QHash<qint64, HealthBand>{{2, HealthBand::AtRisk}}, kNow - kMillisPerDay);
        const QHash<qint64, AlertSeen> before = AlertStore(session->database()).seen();

        const AlertOutcome seen =
            commands.markSeen(QHash<qint64, HealthBand>{{1, HealthBand::Dark}, {2, HealthBand::Dark}});
        QVERIFY(seen.ok());
        QCOMPARE(seen.seenBefore, before);
        QCOMPARE(seen.lists.seenBands.value(1), HealthBand::Dark);
        QCOMPARE(seen.lists.seenBands.value(2), HealthBand::Dark);

        const AlertOutcome restored = commands.restoreSeen({1, 2}, seen.seenBefore);
        QVERIFY(restored.ok());
        QCOMPARE(AlertStore(session->database()).seen(), before);
        QCOMPARE(restored.lists.seenBands.value(2), HealthBand::AtRisk);
        QVERIFY(!restored.lists.seenBands.contains(1));
    }

    void aRefusedWriteIsAnError() {
        test::TempCache cache;
        auto session = openSession(cache);
        AlertCommands commands(*session, std::make_shared<FixedClock>(kNow), QString());
        // As a full disk would.
        session->database().exec("CREATE TRIGGER fail_snooze BEFORE INSERT ON alert_snoozes"
                                 " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
        const AlertOutcome refused =
            commands.snooze(1, HealthBand::Dark, QStringLiteral("Holiday"), QDate(2026, 12, 8));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("database or disk is full")),
                 qPrintable(refused.error));
        QVERIFY(refused.lists.snoozes.isEmpty());
        QVERIFY(AlertStore(session->database()).snoozes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertCommands)
#include "test_alert_commands.moc"
