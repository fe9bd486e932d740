// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing two snapshots: one test per kind of change, the cumulative roll-ups, and waterfalls that add up.

#include "TestSupport.h"
#include "forecast/DiffExport.h"
#include "forecast/ForecastRollup.h"
#include "forecast/SnapshotDiff.h"

#include <QJsonArray>
#include <QtTest>

using namespace dp;

namespace {

const ForecastPeriod kQ4{QDate(2026, 10, 1), QDate(2026, 12, 31)};

SnapshotDeal deal(const char *id, ForecastCategory category, std::optional<double> amount,
                  QDate close = QDate(2026, 12, 15)) {
    SnapshotDeal d;
    d.source = QStringLiteral("crm");
    d.remoteId = QString::fromLatin1(id);
    d.name = QStringLiteral("Deal ") + d.remoteId;
    d.ownerEmail = QStringLiteral("rep@x.io");
    d.forecastCategory = category;
    d.amount = amount;
    d.currency = QStringLiteral("USD");
    d.closeDate = close;
    d.isClosed = category == ForecastCategory::Closed;
    d.isWon = d.isClosed;
    return d;
}

SnapshotDeal closed(SnapshotDeal d, bool won) {
    d.isClosed = true;
    d.isWon = won;
    d.forecastCategory = won ? ForecastCategory::Closed : ForecastCategory::Omitted;
    d.band = HealthBand::Closed;
    return d;
}

SnapshotDiff compare(const QList<SnapshotDeal> &from, const QList<SnapshotDeal> &to) {
    return compareSnapshots({}, from, {}, to, kQ4);
}

QList<ChangeKind> kinds(const SnapshotDiff &diff) {
    QList<ChangeKind> result;
    for (const DealChange &change : diff.changes)
        result.append(change.kind);
    return result;
}

double stepSum(const Waterfall &fall) {
    double sum = 0;
    for (const WaterfallStep &step : fall.steps)
        sum += step.amount;
    return sum;
}

} // namespace

class TestSnapshotDiff : public QObject {
    Q_OBJECT

private slots:
    void unchangedDealsReportNothing() {
        const QList<SnapshotDeal> deals{deal("a", ForecastCategory::Commit, 100)};
        QVERIFY(compare(deals, deals).changes.isEmpty());
    }

    void added() {
        const SnapshotDiff diff = compare({}, {deal("a", ForecastCategory::Pipeline, 100)});
        QCOMPARE(kinds(diff), QList<ChangeKind>{ChangeKind::Added});
        QCOMPARE(diff.changes.first().after, QStringLiteral("pipeline"));
        QCOMPARE(diff.changes.first().amountAfter, std::optional<double>(100));
    }

    void wonLostAndDeleted() {
        const SnapshotDeal a = deal("a", ForecastCategory::Commit, 100);
        const SnapshotDeal b = deal("b", ForecastCategory::BestCase, 200);
        const SnapshotDeal c = deal("c", ForecastCategory::Pipeline, 300);
        const SnapshotDiff diff = compare({a, b, c}, {closed(a, true), closed(b, false)});
        QCOMPARE(kinds(diff), (QList<ChangeKind>{ChangeKind::Won, ChangeKind::Lost, ChangeKind::Deleted}));
        QCOMPARE(diff.changesOf(ChangeKind::Won).first().remoteId, QStringLiteral("a"));
        QCOMPARE(diff.changesOf(ChangeKind::Lost).first().remoteId, QStringLiteral("b"));
        QCOMPARE(diff.changesOf(ChangeKind::Deleted).first().remoteId, QStringLiteral("c"));
        QCOMPARE(diff.changesOf(ChangeKind::Deleted).first().amountBefore, std::optional<double>(300));
    }

    void pushedOutAndPulledInAcrossThePeriodEnd() {
        SnapshotDeal out = deal("out", ForecastCategory::Commit, 100, QDate(2026, 12, 31));
        SnapshotDeal in = deal("in", ForecastCategory::Commit, 100, QDate(2027, 1, 1));
        SnapshotDeal within = deal("within", ForecastCategory::Commit, 100, QDate(2026, 11, 1));
        SnapshotDeal out2 = out, in2 = in, within2 = within;
        out2.closeDate = QDate(2027, 1, 1);
        in2.closeDate = QDate(2026, 12, 31);
        within2.closeDate = QDate(2026, 12, 1); // moved, but not across the end
        const SnapshotDiff diff = compare({out, in, within}, {out2, in2, within2});
        QCOMPARE(kinds(diff), (QList<ChangeKind>{ChangeKind::PushedOut, ChangeKind::PulledIn}));
        QCOMPARE(diff.changes[0].remoteId, QStringLiteral("out"));
        QCOMPARE(diff.changes[0].before, QStringLiteral("2026-12-31"));
        QCOMPARE(diff.changes[0].after, QStringLiteral("2027-01-01"));
        QCOMPARE(diff.changes[1].remoteId, QStringLiteral("in"));
    }

    void amountUpAndDown() {
        const SnapshotDeal up = deal("up", ForecastCategory::Commit, 100);
        const SnapshotDeal down = deal("down", ForecastCategory::Commit, 100);
        const SnapshotDeal filled = deal("filled", ForecastCategory::Commit, std::nullopt);
        SnapshotDeal up2 = up, down2 = down, filled2 = filled;
        up2.amount = 150.5;
        down2.amount = 40;
        filled2.amount = 10;
        const SnapshotDiff diff = compare({up, down, filled}, {up2, down2, filled2});
        QCOMPARE(kinds(diff),
                 (QList<ChangeKind>{ChangeKind::AmountUp, ChangeKind::AmountUp, ChangeKind::AmountDown}));
        QCOMPARE(diff.changesOf(ChangeKind::AmountUp)[1].after, QStringLiteral("150.5"));
        QCOMPARE(diff.changesOf(ChangeKind::AmountUp)[0].before, QString()); // no amount before
        QCOMPARE(diff.changesOf(ChangeKind::AmountDown).first().after, QStringLiteral("40"));
    }

    void forecastCategoryMoved() {
        const SnapshotDeal a = deal("a", ForecastCategory::BestCase, 100);
        SnapshotDeal a2 = a;
        a2.forecastCategory = ForecastCategory::Commit;
        const SnapshotDiff diff = compare({a}, {a2});
        QCOMPARE(kinds(diff), QList<ChangeKind>{ChangeKind::CategoryMoved});
        QCOMPARE(diff.changes.first().before, QStringLiteral("best_case"));
        QCOMPARE(diff.changes.first().after, QStringLiteral("commit"));
    }

    void healthBandMovedForExampleWentDark() {
        SnapshotDeal a = deal("a", ForecastCategory::Commit, 100);
        a.band = HealthBand::Watch;
        SnapshotDeal a2 = a;
        a2.band = HealthBand::Dark;
        const SnapshotDiff diff = compare({a}, {a2});
        QCOMPARE(kinds(diff), QList<ChangeKind>{ChangeKind::HealthMoved});
        QCOMPARE(diff.changes.first().after, QStringLiteral("dark"));
        // Closing is reported as won or lost, not also as a band or category move.
        QCOMPARE(kinds(compare({a}, {closed(a, true)})), QList<ChangeKind>{ChangeKind::Won});
    }

    void rollupsAreCumulativeAndPerPeriodAndCurrency() {
        CurrencyRollups rollups(kQ4);
        rollups.add(deal("won", ForecastCategory::Closed, 1000));
        rollups.add(deal("commit", ForecastCategory::Commit, 200));
        rollups.add(deal("best", ForecastCategory::BestCase, 30));
        rollups.add(deal("pipe", ForecastCategory::Pipeline, 4));
        rollups.add(deal("noamount", ForecastCategory::Pipeline, std::nullopt));
        rollups.add(deal("omitted", ForecastCategory::Omitted, 50000));
        rollups.add(deal("nextq", ForecastCategory::Commit, 70000, QDate(2027, 1, 2)));
        SnapshotDeal euro = deal("euro", ForecastCategory::Commit, 5);
        euro.currency = QStringLiteral("EUR");
        rollups.add(euro);
        const ForecastRollup usd = rollups.byCurrency().value(QStringLiteral("USD"));
        QCOMPARE(usd.rollup(RollupKind::Commit).amount, 1200.0);
        QCOMPARE(usd.rollup(RollupKind::BestCase).amount, 1230.0);
        QCOMPARE(usd.rollup(RollupKind::Pipeline).amount, 234.0); // open only, omitted left out
        QCOMPARE(usd.rollup(RollupKind::Pipeline).deals, 4);
        QCOMPARE(usd.rollup(RollupKind::Pipeline).withoutAmount, 1);
        QCOMPARE(rollups.byCurrency().value(QStringLiteral("EUR")).rollup(RollupKind::Commit).amount, 5.0);
        QCOMPARE(ForecastPeriod::quarterOf(QDate(2026, 11, 28)), kQ4);
    }

    void totalsBeforeAfterAndWaterfallsAddUp() {
        const SnapshotDeal won = deal("won", ForecastCategory::Commit, 100);
        const SnapshotDeal pushed = deal("pushed", ForecastCategory::Commit, 200);
        const SnapshotDeal grown = deal("grown", ForecastCategory::BestCase, 300);
        const SnapshotDeal promoted = deal("promoted", ForecastCategory::Pipeline, 400);
        const SnapshotDeal dropped = deal("dropped", ForecastCategory::Commit, 500);
        SnapshotDeal pushed2 = pushed, grown2 = grown, promoted2 = promoted;
        pushed2.closeDate = QDate(2027, 2, 1);
        grown2.amount = 350;
        promoted2.forecastCategory = ForecastCategory::Commit;
        const SnapshotDeal added = deal("added", ForecastCategory::Commit, 60);
        const SnapshotDiff diff = compare({won, pushed, grown, promoted, dropped},
                                          {closed(won, true), pushed2, grown2, promoted2, added});

        const ForecastRollup before = diff.before.byCurrency().value(QStringLiteral("USD"));
        const ForecastRollup after = diff.after.byCurrency().value(QStringLiteral("USD"));
        QCOMPARE(before.rollup(RollupKind::Commit).amount, 800.0);
        QCOMPARE(after.rollup(RollupKind::Commit).amount, 100.0 + 400 + 60);
        for (RollupKind kind : kRollupKinds) {
            const Waterfall fall = diff.waterfalls.value(QStringLiteral("USD")).value(kind);
            QCOMPARE(fall.before, before.rollup(kind).amount);
            QCOMPARE(fall.after, after.rollup(kind).amount);
            QCOMPARE(fall.before + stepSum(fall), fall.after);
        }
        const Waterfall commit = diff.waterfalls.value(QStringLiteral("USD")).value(RollupKind::Commit);
        QHash<ChangeKind, double> steps;
        for (const WaterfallStep &step : commit.steps)
            steps.insert(step.cause, step.amount);
        QCOMPARE(steps.value(ChangeKind::Added), 60.0);
        QCOMPARE(steps.value(ChangeKind::Deleted), -500.0);
        QCOMPARE(steps.value(ChangeKind::PushedOut), -200.0);
        QCOMPARE(steps.value(ChangeKind::CategoryMoved), 400.0);
        QVERIFY(!steps.contains(ChangeKind::Won)); // closed won stays inside the commit roll-up

        // The JSON carries the same figures for a chart; the CSV one row per change.
        const QJsonObject json = diffJson(diff);
        QCOMPARE(json.value(QStringLiteral("changes")).toArray().size(), diff.changes.size());
        QCOMPARE(json[QStringLiteral("totals")][QStringLiteral("USD")][QStringLiteral("rollups")]
                     [QStringLiteral("commit")][QStringLiteral("before")]
                         .toDouble(),
                 800.0);
        QCOMPARE(diffCsv(diff).count("\r\n"), diff.changes.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "test_snapshot_diff.moc"
