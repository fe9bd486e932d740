// SPDX-License-Identifier: GPL-3.0-or-later
// --as-of reconstruction: a deal's stage, amount, close date, forecast category and closing as they stood at
// a past instant, from hand-made field histories (boundaries included), and snapshots built from them.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/DealAsOf.h"
#include "forecast/SnapshotCapture.h"
#include "store/DealStore.h"

#include <QtTest>

using namespace dp;

namespace {

const Millis kT = test::at("2026-06-01T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

FieldChangeRow change(DealField field, const char *from, const char *to, Millis at) {
    return FieldChangeRow{field, QString::fromUtf8(from), QString::fromUtf8(to), at};
}

// An open deal today with a history of two changes per field, at kT and kT + 10 days.
DealFields today() {
    DealFields fields;
    fields.pipeline = QStringLiteral("Sales");
    fields.stage = QStringLiteral("Negotiation");
    fields.stageProbability = 0.8;
    fields.crmCategory = QStringLiteral("commit");
    fields.amount = 30000;
    fields.closeDate = QDate(2026, 9, 30);
    return fields;
}

QList<FieldChangeRow> history() {
    return {
        change(DealField::Stage, "Demo", "Proposal", kT),
        change(DealField::Amount, "20000", "25000.5", kT),
        change(DealField::CloseDate, "2026-06-30", "2026-07-31", kT),
        change(DealField::ForecastCategory, "pipeline", "best_case", kT),
        change(DealField::Stage, "Proposal", "Negotiation", kT + 10 * kDay),
        change(DealField::Amount, "25000.5", "30000", kT + 10 * kDay),
        change(DealField::CloseDate, "2026-07-31", "2026-09-30", kT + 10 * kDay),
        change(DealField::ForecastCategory, "best_case", "commit", kT + 10 * kDay),
    };
}

// What DealHistoryAsOf hands over: only the changes after the instant.
QList<FieldChangeRow> after(const QList<FieldChangeRow> &changes, Millis at) {
    QList<FieldChangeRow> result;
    for (const FieldChangeRow &row : changes)
        if (row.changedAt > at)
            result.append(row);
    return result;
}

const QHash<QString, double> kProbabilities{{QStringLiteral("Sales\x1f") + QStringLiteral("Demo"), 0.4},
                                            {QStringLiteral("Sales\x1f") + QStringLiteral("Proposal"), 0.6}};

DealFields asOf(Millis at, const DealFields &current = today(),
                const QList<FieldChangeRow> &changes = history()) {
    bool stageRecorded = false;
    for (const FieldChangeRow &row : changes)
        stageRecorded = stageRecorded || (row.field == DealField::Stage && row.changedAt <= at);
    return dealFieldsAsOf(current, after(changes, at), stageRecorded, at, kProbabilities);
}

Deal dealOf(Database &db, const QString &remoteId) {
    DealStore deals(db);
    return deals.find(*deals.dealId(test::PipelineBuilder::kSource, remoteId))->deal;
}

void record(Database &db, const QString &remoteId, DealField field, const QString &from, const QString &to,
            Millis at) {
    DealStore(db).recordChange(test::PipelineBuilder::kSource, FieldChange{remoteId, field, from, to, at});
}

QHash<QString, SnapshotDeal> snapshotAt(Database &db, Millis at, QStringList *order = nullptr,
                                        const CategoryThresholds &categories = {}) {
    LiveSnapshot live(db, CaptureOptions{at, {}, categories});
    QHash<QString, SnapshotDeal> deals;
    live.forEach({}, [&](const SnapshotDeal &deal) {
        deals.insert(deal.remoteId, deal);
        if (order)
            order->append(deal.remoteId);
    });
    return deals;
}

} // namespace

class SnapshotAsOfTest : public QObject {
    Q_OBJECT

private slots:
    void beforeTheFirstChangeEveryFieldHasItsOldValue() {
        const DealFields then = asOf(kT - 1);
        QCOMPARE(then.stage, QStringLiteral("Demo"));
        QCOMPARE(then.stageProbability, std::optional<double>(0.4));
        QCOMPARE(then.amount, std::optional<double>(20000));
        QCOMPARE(then.closeDate, QDate(2026, 6, 30));
        QCOMPARE(then.crmCategory, QStringLiteral("pipeline"));
        QVERIFY(!then.isClosed);
    }

    void aChangeExactlyAtTheMomentHasHappened() {
        const DealFields then = asOf(kT);
        QCOMPARE(then.stage, QStringLiteral("Proposal"));
        QCOMPARE(then.stageProbability, std::optional<double>(0.6));
        QCOMPARE(then.amount, std::optional<double>(25000.5));
        QCOMPARE(then.closeDate, QDate(2026, 7, 31));
        QCOMPARE(then.crmCategory, QStringLiteral("best_case"));
    }

    void betweenChangesTheEarlierOnesNewValueHolds() {
        const DealFields then = asOf(kT + 10 * kDay - 1);
        QCOMPARE(then.stage, QStringLiteral("Proposal"));
        QCOMPARE(then.amount, std::optional<double>(25000.5));
        QCOMPARE(then.closeDate, QDate(2026, 7, 31));
        QCOMPARE(then.crmCategory, QStringLiteral("best_case"));
    }

    void fromTheLastChangeOnTodaysFieldsHold() {
        QCOMPARE(asOf(kT + 10 * kDay), today());
        QCOMPARE(asOf(kT + 300 * kDay), today());
        // Without any history, every instant sees today's fields.
        QCOMPARE(asOf(kT - 100 * kDay, today(), {}), today());
    }

    void aMissingOldValueIsNoValue() {
        const QList<FieldChangeRow> changes{change(DealField::Amount, "", "30000", kT),
                                            change(DealField::CloseDate, "", "2026-09-30", kT)};
        const DealFields then = asOf(kT - 1, today(), changes);
        QCOMPARE(then.amount, std::nullopt);
        QVERIFY(!then.closeDate.isValid());
        QCOMPARE(asOf(kT, today(), changes).amount, std::optional<double>(30000));
    }

    void aPastStageWithoutAKnownProbabilityHasNone() {
        const QList<FieldChangeRow> changes{change(DealField::Stage, "Scoping", "Negotiation", kT)};
        QCOMPARE(asOf(kT - 1, today(), changes).stageProbability, std::nullopt);
        QCOMPARE(asOf(kT, today(), changes).stageProbability, std::optional<double>(0.8));
    }

    void aDealIsClosedFromTheMomentItsStageMovedToClosed() {
        DealFields won = today();
        won.stage = QStringLiteral("Closed Won");
        won.isClosed = true;
        won.isWon = true;
        const QList<FieldChangeRow> changes{
            change(DealField::Stage, "Proposal", "Negotiation", kT - 5 * kDay),
            change(DealField::Stage, "Negotiation", "Closed Won", kT)};
        const DealFields before = asOf(kT - 1, won, changes);
        QVERIFY(!before.isClosed);
        QVERIFY(!before.isWon);
        QCOMPARE(before.stage, QStringLiteral("Negotiation"));
        const DealFields at = asOf(kT, won, changes);
        QVERIFY(at.isClosed);
        QVERIFY(at.isWon);
        QCOMPARE(at.stage, QStringLiteral("Closed Won"));

        DealFields lost = won;
        lost.stage = QStringLiteral("Closed Lost");
        lost.isWon = false;
        const QList<FieldChangeRow> lostChanges{change(DealField::Stage, "Demo", "Closed Lost", kT)};
        QVERIFY(!asOf(kT - 1, lost, lostChanges).isClosed);
        QVERIFY(asOf(kT, lost, lostChanges).isClosed);
        QVERIFY(!asOf(kT, lost, lostChanges).isWon);
    }

    void withoutStageHistoryAClosedDealClosedOnItsCloseDate() {
        DealFields won = today();
        won.isClosed = true;
        won.isWon = true;
        won.closeDate = QDate(2026, 6, 1);
        QVERIFY(!asOf(test::at("2026-05-31T23:59:59Z"), won, {}).isClosed);
        QVERIFY(asOf(test::at("2026-06-01T00:00:00Z"), won, {}).isClosed);
        QVERIFY(asOf(test::at("2026-06-01T00:00:00Z"), won, {}).isWon);
    }

    void snapshotAsOfAPastMomentUsesThatMomentsFields() {
        test::TempCache cache;
        Database &db = cache.db();
        test::PipelineBuilder(db)
            .deal(QStringLiteral("open"), kT - 60 * kDay, 50000)
            .stageChange(QStringLiteral("open"), kT - 60 * kDay, QString(), QStringLiteral("Demo"))
            .stageChange(QStringLiteral("open"), kT, QStringLiteral("Demo"), QStringLiteral("Proposal"))
            .closeDateChange(QStringLiteral("open"), kT + 5 * kDay, QStringLiteral("2026-06-30"),
                             QStringLiteral("2027-01-31"))
            .closedDeal(QStringLiteral("won"), kT - 90 * kDay, true)
            .stageChange(QStringLiteral("won"), kT - 90 * kDay, QString(), QStringLiteral("Proposal"))
            .stageChange(QStringLiteral("won"), kT + 2 * kDay, QStringLiteral("Proposal"),
                         QStringLiteral("Closed Won"))
            .deal(QStringLiteral("later"), kT + 1, 1000);
        record(db, QStringLiteral("open"), DealField::Amount, QStringLiteral("40000"),
               QStringLiteral("50000"), kT + 1);
        record(db, QStringLiteral("open"), DealField::ForecastCategory, QStringLiteral("omitted"),
               QStringLiteral("pipeline"), kT + 1);
        // Two later deals: one in Demo today (which tells what Demo's probability is), one that was in Demo
        // until kT + 36 days and is in Negotiation now; neither has a CRM category.
        Deal demoNow = dealOf(db, QStringLiteral("open"));
        demoNow.remoteId = QStringLiteral("demo-now");
        demoNow.stage = QStringLiteral("Demo");
        demoNow.stageProbability = 0.4;
        demoNow.forecastCategory.clear();
        demoNow.createdAt = kT + 30 * kDay;
        DealStore(db).upsert(demoNow);
        Deal moved = demoNow;
        moved.remoteId = QStringLiteral("moved");
        moved.stage = QStringLiteral("Negotiation");
        moved.stageProbability = 0.8;
        DealStore(db).upsert(moved);
        record(db, QStringLiteral("moved"), DealField::Stage, QStringLiteral("Demo"),
               QStringLiteral("Negotiation"), kT + 36 * kDay);

        QStringList order;
        const QHash<QString, SnapshotDeal> then = snapshotAt(db, kT, &order);
        QVERIFY2(!then.contains(QStringLiteral("later")), "created after the moment");
        QVERIFY(!then.contains(QStringLiteral("moved")));
        const SnapshotDeal open = then.value(QStringLiteral("open"));
        QCOMPARE(open.stage, QStringLiteral("Proposal"));
        QCOMPARE(open.amount, std::optional<double>(40000));
        QCOMPARE(open.closeDate, QDate(2026, 6, 30));
        QCOMPARE(open.forecastCategory, ForecastCategory::Omitted);
        const SnapshotDeal won = then.value(QStringLiteral("won"));
        QVERIFY2(!won.isClosed, "won two days after the moment");
        QCOMPARE(won.stage, QStringLiteral("Proposal"));
        QVERIFY(won.band != HealthBand::Closed);
        QCOMPARE(won.forecastCategory, ForecastCategory::Pipeline);
        QCOMPARE(order, (QStringList{QStringLiteral("open"), QStringLiteral("won")}));

        // Today: the change at kT + 1 has happened, the deal is won and grouped with the closed ones.
        order.clear();
        const QHash<QString, SnapshotDeal> now = snapshotAt(db, kT + 40 * kDay, &order);
        QCOMPARE(now.value(QStringLiteral("open")).amount, std::optional<double>(50000));
        QCOMPARE(now.value(QStringLiteral("open")).closeDate, QDate(2027, 1, 31));
        QCOMPARE(now.value(QStringLiteral("open")).forecastCategory, ForecastCategory::Pipeline);
        QVERIFY(now.value(QStringLiteral("won")).isClosed);
        QCOMPARE(now.value(QStringLiteral("won")).band, HealthBand::Closed);
        QCOMPARE(now.value(QStringLiteral("won")).forecastCategory, ForecastCategory::Closed);
        QCOMPARE(order.last(), QStringLiteral("won"));

        QCOMPARE(now.value(QStringLiteral("moved")).forecastCategory, ForecastCategory::Commit);

        // A past stage without a CRM category takes the probability its stage has today, mapped by the
        // editable thresholds.
        QCOMPARE(snapshotAt(db, kT + 35 * kDay).value(QStringLiteral("moved")).forecastCategory,
                 ForecastCategory::Pipeline);
        const QHash<QString, SnapshotDeal> lenient = snapshotAt(db, kT + 35 * kDay, nullptr, {0.9, 0.3});
        QCOMPARE(lenient.value(QStringLiteral("moved")).stage, QStringLiteral("Demo"));
        QCOMPARE(lenient.value(QStringLiteral("moved")).forecastCategory, ForecastCategory::BestCase);
        QCOMPARE(lenient.value(QStringLiteral("demo-now")).forecastCategory, ForecastCategory::BestCase);
    }
};

QTEST_GUILESS_MAIN(SnapshotAsOfTest)
#include "test_snapshot_asof.moc"
