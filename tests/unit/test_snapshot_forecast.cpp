// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast accuracy on hand-made histories, win likelihoods per health band and the health-adjusted view,
// and how deals get their forecast category.

#include "TestSupport.h"
#include "forecast/ForecastAccuracy.h"
#include "forecast/ForecastCategory.h"
#include "forecast/HealthAdjusted.h"

#include <QtTest>

using namespace dp;

namespace {

const ForecastPeriod kQ4{QDate(2026, 10, 1), QDate(2026, 12, 31)};

SnapshotDeal deal(const char *id, const char *owner, ForecastCategory category, double amount,
                  HealthBand band = HealthBand::Healthy) {
    SnapshotDeal d;
    d.source = QStringLiteral("crm");
    d.remoteId = QString::fromLatin1(id);
    d.ownerEmail = QString::fromLatin1(owner);
    d.forecastCategory = category;
    d.amount = amount;
    d.currency = QStringLiteral("USD");
    d.closeDate = QDate(2026, 12, 15);
    d.band = band;
    return d;
}

SnapshotDeal ended(SnapshotDeal d, bool won) {
    d.isClosed = true;
    d.isWon = won;
    d.forecastCategory = won ? ForecastCategory::Closed : ForecastCategory::Omitted;
    d.band = HealthBand::Closed;
    return d;
}

const AccuracyLine *find(const QList<AccuracyLine> &lines, const QString &owner, RollupKind kind) {
    for (const AccuracyLine &line : lines)
        if (line.ownerEmail == owner && line.kind == kind)
            return &line;
    return nullptr;
}

} // namespace

class TestSnapshotForecast : public QObject {
    Q_OBJECT

private slots:
    void accuracyFormula() {
        QCOMPARE(forecastAccuracy(100, 100), 1.0);
        QCOMPARE(forecastAccuracy(100, 80), 0.8);
        QCOMPARE(forecastAccuracy(100, 125), 0.75);
        QCOMPARE(forecastAccuracy(100, 250), 0.0); // never below zero
        QCOMPARE(forecastAccuracy(0, 0), 1.0);
        QCOMPARE(forecastAccuracy(0, 10), 0.0);
    }

    void accuracyPerRollupAndRepOnAHandMadeHistory() {
        // Week 1: ann commits 100 and calls 50 best case; bob commits 200.
        const QList<SnapshotDeal> week1{deal("a1", "ann@x.io", ForecastCategory::Commit, 100),
                                        deal("a2", "ann@x.io", ForecastCategory::BestCase, 50),
                                        deal("b1", "bob@x.io", ForecastCategory::Commit, 200)};
        // The quarter ends: ann wins both (a2 for 60), bob loses his.
        QList<SnapshotDeal> outcome{ended(week1[0], true), ended(week1[1], true), ended(week1[2], false)};
        outcome[1].amount = 60;
        const QList<AccuracyLine> lines = forecastAccuracy(week1, outcome, kQ4);

        const AccuracyLine *teamCommit = find(lines, QString(), RollupKind::Commit);
        QVERIFY(teamCommit);
        QCOMPARE(teamCommit->forecast, 300.0);
        QCOMPARE(teamCommit->actual, 160.0);
        QCOMPARE(teamCommit->accuracy, std::max(0.0, 1.0 - 140.0 / 160.0));
        const AccuracyLine *annBest = find(lines, QStringLiteral("ann@x.io"), RollupKind::BestCase);
        QCOMPARE(annBest->forecast, 150.0);
        QCOMPARE(annBest->actual, 160.0);
        QCOMPARE(annBest->accuracy, 1.0 - 10.0 / 160.0);
        const AccuracyLine *bobCommit = find(lines, QStringLiteral("bob@x.io"), RollupKind::Commit);
        QCOMPARE(bobCommit->actual, 0.0);
        QCOMPARE(bobCommit->accuracy, 0.0);
        QCOMPARE(lines.first().ownerEmail, QString()); // the whole team first
        QVERIFY(periodClosed(kQ4, QDate(2027, 1, 1)));
        QVERIFY(!periodClosed(kQ4, QDate(2026, 12, 31)));
    }

    void winLikelihoodsComeFromEarlierSnapshotsWithSampleSizes() {
        const QList<SnapshotDeal> earlier{deal("h1", "a", ForecastCategory::Commit, 1, HealthBand::Healthy),
                                          deal("h2", "a", ForecastCategory::Commit, 1, HealthBand::Healthy),
                                          deal("h3", "a", ForecastCategory::Commit, 1, HealthBand::Healthy),
                                          deal("d1", "a", ForecastCategory::Commit, 1, HealthBand::Dark),
                                          deal("d2", "a", ForecastCategory::Commit, 1, HealthBand::Dark),
                                          deal("open", "a", ForecastCategory::Commit, 1, HealthBand::Dark)};
        const QList<SnapshotDeal> now{ended(earlier[0], true),  ended(earlier[1], true),
                                      ended(earlier[2], false), ended(earlier[3], false),
                                      ended(earlier[4], true),  earlier[5]};
        const WinLikelihoods likelihoods = learnWinLikelihoods({earlier}, outcomesOf(now));
        QCOMPARE(likelihoods.record(HealthBand::Healthy).samples(), 3);
        QCOMPARE(likelihoods.likelihood(HealthBand::Healthy), std::optional(2.0 / 3.0));
        QCOMPARE(likelihoods.record(HealthBand::Dark).samples(), 2); // the open one has no outcome yet
        QCOMPARE(likelihoods.likelihood(HealthBand::Dark), std::optional(0.5));
        // A band without samples borrows the overall rate.
        QCOMPARE(likelihoods.record(HealthBand::Watch).samples(), 0);
        QCOMPARE(likelihoods.likelihood(HealthBand::Watch), std::optional(3.0 / 5.0));
        QVERIFY(!WinLikelihoods().likelihood(HealthBand::Healthy));
    }

    void healthAdjustedWeighsOpenDealsByBand() {
        WinLikelihoods likelihoods;
        likelihoods.observe(HealthBand::Healthy, true);
        likelihoods.observe(HealthBand::Dark, false);
        likelihoods.observe(HealthBand::Dark, false);
        likelihoods.observe(HealthBand::Dark, false);
        likelihoods.observe(HealthBand::Dark, true);
        const QList<SnapshotDeal> deals{deal("a", "x", ForecastCategory::Commit, 100, HealthBand::Healthy),
                                        deal("b", "x", ForecastCategory::Commit, 200, HealthBand::Dark),
                                        ended(deal("c", "x", ForecastCategory::Commit, 50), true)};
        const auto adjusted = healthAdjusted(deals, likelihoods, kQ4);
        const AdjustedLine commit = adjusted.value(QStringLiteral("USD")).value(RollupKind::Commit);
        QCOMPARE(commit.amount, 350.0);
        QCOMPARE(commit.adjusted(), std::optional(100.0 * 1.0 + 200.0 * 0.25 + 50.0));
        QVERIFY(!healthAdjusted(deals, WinLikelihoods(), kQ4)
                     .value(QStringLiteral("USD"))
                     .value(RollupKind::Commit)
                     .adjusted());
    }

    void forecastCategoryFromTheCrmElseFromProbability() {
        QCOMPARE(forecastCategoryOf(false, false, QStringLiteral("BEST_CASE"), 0.1),
                 ForecastCategory::BestCase);
        QCOMPARE(forecastCategoryOf(false, false, QStringLiteral("Commit"), std::nullopt),
                 ForecastCategory::Commit);
        QCOMPARE(forecastCategoryOf(false, false, QString(), 0.8), ForecastCategory::Commit);
        QCOMPARE(forecastCategoryOf(false, false, QString(), 75.0), ForecastCategory::BestCase); // percent
        QCOMPARE(forecastCategoryOf(false, false, QString(), 0.2), ForecastCategory::Pipeline);
        QCOMPARE(forecastCategoryOf(false, false, QString(), 0.0), ForecastCategory::Omitted);
        QCOMPARE(forecastCategoryOf(false, false, QString(), std::nullopt), ForecastCategory::Pipeline);
        QCOMPARE(forecastCategoryOf(true, true, QStringLiteral("commit"), 1.0), ForecastCategory::Closed);
        QCOMPARE(forecastCategoryOf(true, false, QStringLiteral("commit"), 0.0), ForecastCategory::Omitted);
        QCOMPARE(forecastCategoryOf(false, false, QStringLiteral("Closed"), 0.6), ForecastCategory::BestCase);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotForecast)
#include "test_snapshot_forecast.moc"
