// SPDX-License-Identifier: GPL-3.0-or-later
// Undo on the Alerts page rests on the store putting back exactly what was there: a snooze taken back
// leaves the snooze lists as before; "Mark all as seen" undone leaves every deal's seen record (band and
// time) as before, including deals that had none.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "store/AlertStore.h"
#include "store/Database.h"

#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");
const QDate kToday(2026, 11, 28);

QList<qint64> snoozeIds(const QList<AlertSnooze> &snoozes) {
    QList<qint64> ids;
    for (const AlertSnooze &s : snoozes)
        ids.append(s.id);
    return ids;
}

} // namespace

class TestAlertStore : public QObject {
    Q_OBJECT

    test::TempCache m_cache;
    QList<qint64> m_deals;

private slots:
    void initTestCase() {
        test::PipelineBuilder(m_cache.db())
            .deal(QStringLiteral("a"), kAsOf - 30 * kMillisPerDay, 1000)
            .deal(QStringLiteral("b"), kAsOf - 30 * kMillisPerDay, 2000)
            .deal(QStringLiteral("c"), kAsOf - 30 * kMillisPerDay, 3000);
        Statement ids(m_cache.db().handle(), "SELECT id FROM deals ORDER BY id");
        while (ids.step())
            m_deals.append(ids.int64(0));
        QCOMPARE(m_deals.size(), 3);
    }

    void aSnoozeTakenBackLeavesTheListsAsBefore() {
        AlertStore store(m_cache.db());
        const qint64 earlier = store.snooze(AlertSnooze{0,
                                                        m_deals[0],
                                                        {},
                                                        HealthBand::Dark,
                                                        QStringLiteral("Buyer on holiday"),
                                                        kToday.addDays(7),
                                                        QStringLiteral("manager"),
                                                        kAsOf - kMillisPerDay});
        const QList<qint64> before = snoozeIds(store.snoozes());
        const QList<qint64> activeBefore = store.activeSnoozes(kToday).keys();
        QCOMPARE(store.activeSnoozes(kToday).value(m_deals[0]).id, earlier);

        // A second snooze of the same deal replaces the active one; undoing it brings the first back.
        const qint64 later = store.snooze(AlertSnooze{0,
                                                      m_deals[0],
                                                      {},
                                                      HealthBand::Dark,
                                                      QStringLiteral("Waiting for legal"),
                                                      kToday.addDays(14),
                                                      QStringLiteral("manager"),
                                                      kAsOf});
        QCOMPARE(store.activeSnoozes(kToday).value(m_deals[0]).id, later);
        store.removeSnooze(later);
        QCOMPARE(snoozeIds(store.snoozes()), before);
        QCOMPARE(store.activeSnoozes(kToday).keys(), activeBefore);
        QCOMPARE(store.activeSnoozes(kToday).value(m_deals[0]).id, earlier);

        store.removeSnooze(earlier);
        QVERIFY(store.snoozes().isEmpty());
        QVERIFY(store.activeSnoozes(kToday).isEmpty());
    }

    void markingSeenUndoneRestoresEveryRecordExactly() {
        AlertStore store(m_cache.db());
        // a was seen as Watch a week ago, b never, c as Dark (and c is not among the alerts marked).
        store.markSeen({{m_deals[0], HealthBand::Watch}}, kAsOf - 7 * kMillisPerDay);
        store.markSeen({{m_deals[2], HealthBand::Dark}}, kAsOf - 3 * kMillisPerDay);
        const QHash<qint64, AlertSeen> before = store.seen();
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.value(m_deals[0]), (AlertSeen{HealthBand::Watch, kAsOf - 7 * kMillisPerDay}));

        const QHash<qint64, HealthBand> shown{{m_deals[0], HealthBand::Dark},
                                              {m_deals[1], HealthBand::AtRisk}};
        store.markSeen(shown, kAsOf);
        QCOMPARE(store.seen().size(), 3);
        QCOMPARE(store.seen().value(m_deals[1]), (AlertSeen{HealthBand::AtRisk, kAsOf}));

        store.restoreSeen(shown.keys(), before);
        QCOMPARE(store.seen(), before);
        QVERIFY(!store.seenBands().contains(m_deals[1])); // never seen, so new again
    }
};

QTEST_MAIN(TestAlertStore)
#include "test_alert_store.moc"
