// SPDX-License-Identifier: GPL-3.0-or-later
// The analytics over a real cache: counts and windows at their boundaries, as-of instants, engagement,
// pushes, and recomputing only what a write touched.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/WeeklySeries.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/MetricsStore.h"

#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

DealMetrics metricsOf(const QList<DealMetrics> &all, Database &db, const QString &remoteId) {
    const qint64 id = *DealStore(db).dealId(test::PipelineBuilder::kSource, remoteId);
    for (const DealMetrics &m : all)
        if (m.dealId == id)
            return m;
    qFatal("no metrics for %s", qPrintable(remoteId));
}

} // namespace

class TestAnalytics : public QObject {
    Q_OBJECT

private slots:
    void windowsAreHalfOpenAtTwentyEightDays() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("d"), kAsOf - 100 * kDay)
            .email(QStringLiteral("d"), kAsOf - 28 * kDay, 1) // exactly 28 days: outside (asOf − 28d, asOf]
            .email(QStringLiteral("d"), kAsOf - 28 * kDay + 1, 1) // inside
            .email(QStringLiteral("d"), kAsOf, 2)                 // asOf itself: inside
            .email(QStringLiteral("d"), kAsOf - 3 * kDay, 0)      // outbound
            .email(QStringLiteral("d"), kAsOf - 56 * kDay + 1, 1) // previous window
            .email(QStringLiteral("d"), kAsOf + 1, 3);            // after asOf: ignored
        FixedClock clock(kAsOf);
        const DealMetrics m = metricsOf(AnalyticsEngine(cache.db(), clock).evaluate(kAsOf, {}), cache.db(),
                                        QStringLiteral("d"));
        QCOMPARE(m.inbound28d, 2);
        QCOMPARE(m.outbound28d, 1);
        QCOMPARE(m.inboundPrevious28d, 2);
        QCOMPARE(m.lastInboundAt, kAsOf);
        QCOMPARE(m.lastOutboundAt, kAsOf - 3 * kDay);
        QCOMPARE(m.buyerContactsEngaged60d, 2);
    }

    void asOfBeforeLaterInteractionsIgnoresThem() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("d"), kAsOf - 100 * kDay)
            .email(QStringLiteral("d"), kAsOf - 40 * kDay, 1)
            .email(QStringLiteral("d"), kAsOf - 1 * kDay, 1); // the buyer came back yesterday
        FixedClock clock(kAsOf);
        AnalyticsEngine engine(cache.db(), clock);
        QCOMPARE(metricsOf(engine.evaluate(kAsOf, {}), cache.db(), QStringLiteral("d")).band,
                 HealthBand::Healthy);
        const Millis twoDaysAgo = kAsOf - 2 * kDay;
        const DealMetrics before =
            metricsOf(engine.evaluate(twoDaysAgo, {}), cache.db(), QStringLiteral("d"));
        QCOMPARE(before.band, HealthBand::Dark);
        QCOMPARE(before.lastInboundAt, kAsOf - 40 * kDay);
        QCOMPARE(before.asOf, twoDaysAgo);
    }

    void dealsCreatedAfterAsOfAreLeftOut() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("old"), kAsOf - 10 * kDay)
            .deal(QStringLiteral("new"), kAsOf);
        FixedClock clock(kAsOf);
        QCOMPARE(AnalyticsEngine(cache.db(), clock).evaluate(kAsOf - kDay, {}).size(), 1);
        QCOMPARE(AnalyticsEngine(cache.db(), clock).evaluate(kAsOf, {}).size(), 2);
    }

    void noInboundEverIsDarkFromCreationAtTheSetting() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("quiet"), kAsOf - 14 * kDay)
            .email(QStringLiteral("quiet"), kAsOf - 13 * kDay, 0)
            .email(QStringLiteral("quiet"), kAsOf - 6 * kDay, 0);
        FixedClock clock(kAsOf);
        AnalyticsEngine engine(cache.db(), clock);
        QCOMPARE(metricsOf(engine.evaluate(kAsOf, {14}), cache.db(), QStringLiteral("quiet")).band,
                 HealthBand::Dark);
        const DealMetrics lenient =
            metricsOf(engine.evaluate(kAsOf, {15}), cache.db(), QStringLiteral("quiet"));
        QVERIFY(lenient.band != HealthBand::Dark);
        QVERIFY(!lenient.lastInboundAt);
    }

    void meetingsAndNoShowsCountByTheirDirection() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("d"), kAsOf - 60 * kDay)
            .meeting(QStringLiteral("d"), kAsOf - 5 * kDay, QStringLiteral("completed"), 2)
            .meeting(QStringLiteral("d"), kAsOf - 2 * kDay, QStringLiteral("no_show"), 3)
            .meeting(QStringLiteral("d"), kAsOf + 5 * kDay, QStringLiteral("scheduled"), 1); // not yet
        FixedClock clock(kAsOf);
        const DealMetrics m = metricsOf(AnalyticsEngine(cache.db(), clock).evaluate(kAsOf, {}), cache.db(),
                                        QStringLiteral("d"));
        QCOMPARE(m.inbound28d, 1);
        QCOMPARE(m.outbound28d, 1);
        QCOMPARE(m.lastInboundAt, kAsOf - 5 * kDay);
        QCOMPARE(m.buyerContactsEngaged60d, 1); // the no-show contact did not engage
    }

    void pushesCountOnlyLaterCloseDatesUpToAsOf() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("d"), kAsOf - 90 * kDay)
            .email(QStringLiteral("d"), kAsOf - 1 * kDay, 1)
            .closeDateChange(QStringLiteral("d"), kAsOf - 80 * kDay, QString(), QStringLiteral("2026-10-31"))
            .closeDateChange(QStringLiteral("d"), kAsOf - 50 * kDay, QStringLiteral("2026-10-31"),
                             QStringLiteral("2026-11-30"))
            .closeDateChange(QStringLiteral("d"), kAsOf - 20 * kDay, QStringLiteral("2026-11-30"),
                             QStringLiteral("2026-11-15")) // pulled in: not a push
            .closeDateChange(QStringLiteral("d"), kAsOf - 2 * kDay, QStringLiteral("2026-11-15"),
                             QStringLiteral("2027-01-31"));
        FixedClock clock(kAsOf);
        AnalyticsEngine engine(cache.db(), clock);
        QCOMPARE(metricsOf(engine.evaluate(kAsOf, {}), cache.db(), QStringLiteral("d")).closeDatePushes, 2);
        QCOMPARE(metricsOf(engine.evaluate(kAsOf - 10 * kDay, {}), cache.db(), QStringLiteral("d"))
                     .closeDatePushes,
                 1);
    }

    void daysInStageFromTheLastStageChange() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("d"), kAsOf - 90 * kDay)
            .stageChange(QStringLiteral("d"), kAsOf - 60 * kDay, QStringLiteral("Discovery"),
                         QStringLiteral("Demo"))
            .stageChange(QStringLiteral("d"), kAsOf - 33 * kDay, QStringLiteral("Demo"),
                         QStringLiteral("Proposal"));
        FixedClock clock(kAsOf);
        const DealMetrics m = metricsOf(AnalyticsEngine(cache.db(), clock).evaluate(kAsOf, {}), cache.db(),
                                        QStringLiteral("d"));
        QCOMPARE(m.daysInStage, 33);
    }

    void recomputeTouchesOnlyDirtyDealsAndStoresFigures() {
        test::TempCache cache;
        test::PipelineBuilder builder(cache.db());
        builder.deal(QStringLiteral("a"), kAsOf - 50 * kDay).deal(QStringLiteral("b"), kAsOf - 50 * kDay);
        FixedClock clock(kAsOf);
        AnalyticsEngine engine(cache.db(), clock);
        QCOMPARE(engine.recomputeAll({}), 2);
        QVERIFY(!engine.storedFiguresStale({}));
        QVERIFY(engine.storedFiguresStale({30}));
        QCOMPARE(engine.recomputeDirty({}), 0);

        builder.email(QStringLiteral("b"), kAsOf - kDay, 2);
        QCOMPARE(MetricsStore(cache.db()).dirtyCount(), 1);
        QCOMPARE(engine.recomputeDirty({}), 1);
        const qint64 b = *DealStore(cache.db()).dealId(test::PipelineBuilder::kSource, QStringLiteral("b"));
        const DealMetrics stored = *MetricsStore(cache.db()).find(b);
        QCOMPARE(stored.inbound28d, 1);
        const DealMetrics fresh = metricsOf(engine.evaluate(kAsOf, {}), cache.db(), QStringLiteral("b"));
        QVERIFY(!fresh.reasons.isEmpty());
        QCOMPARE(stored.reasons, fresh.reasons); // the stored reasons read back exactly
        QCOMPARE(stored.band, fresh.band);
        QCOMPARE(stored.score, fresh.score);
        QCOMPARE(MetricsStore(cache.db()).dirtyCount(), 0);

        clock.advance(kDay);
        QVERIFY(engine.storedFiguresStale({})); // a new day moves every window
    }

    void rhythmRuleOverTheCache() {
        test::TempCache cache;
        test::PipelineBuilder builder(cache.db());
        builder.deal(QStringLiteral("fast"), kAsOf - 120 * kDay)
            .deal(QStringLiteral("slow"), kAsOf - 300 * kDay)
            .deal(QStringLiteral("few"), kAsOf - 60 * kDay);
        // The fast buyer replied daily for three weeks (more replies than the aggregate keeps, written out
        // of order), then went quiet ten days ago; the fixed rule does not see it yet.
        for (int i = 30; i >= 10; i -= 2)
            builder.email(QStringLiteral("fast"), kAsOf - i * kDay, 1);
        for (int i = 29; i >= 11; i -= 2)
            builder.email(QStringLiteral("fast"), kAsOf - i * kDay, 2);
        builder.email(QStringLiteral("fast"), kAsOf - 10 * kDay - 3600 * 1000, 0); // ours, in between
        // The slow buyer writes every 25 days and was last heard of 22 days ago.
        for (int i = 0; i < 8; ++i)
            builder.email(QStringLiteral("slow"), kAsOf - (22 + 25 * i) * kDay, 1);
        // Three gaps only.
        for (int i = 0; i < 4; ++i)
            builder.email(QStringLiteral("few"), kAsOf - (10 + i) * kDay, 1);
        FixedClock clock(kAsOf);
        AnalyticsEngine engine(cache.db(), clock);
        const QList<DealMetrics> all = engine.evaluate(kAsOf, {});

        const DealMetrics fast = metricsOf(all, cache.db(), QStringLiteral("fast"));
        QCOMPARE(fast.band, HealthBand::AtRisk);
        QCOMPARE(fast.reasons.first(), (HealthReason{HealthReason::Code::SilentBeyondRhythm, 10, 1}));
        const DealMetrics slow = metricsOf(all, cache.db(), QStringLiteral("slow"));
        QCOMPARE(slow.band, HealthBand::Dark);
        QCOMPARE(slow.reasons.first(), (HealthReason{HealthReason::Code::NoInboundFor, 22, 0}));
        const DealMetrics few = metricsOf(all, cache.db(), QStringLiteral("few"));
        QCOMPARE(few.reasons.first().code, HealthReason::Code::NoInboundFor);
        QVERIFY(few.band != HealthBand::AtRisk && few.band != HealthBand::Dark);

        HealthSettings off;
        off.rhythmRule = false;
        QCOMPARE(
            metricsOf(engine.evaluate(kAsOf, off), cache.db(), QStringLiteral("fast")).reasons.first().code,
            HealthReason::Code::NoInboundFor);

        // Stored figures follow the switch: computed with it on, they are stale for it off, and back.
        QCOMPARE(engine.recomputeAll({}), 3);
        QVERIFY(!engine.storedFiguresStale({}));
        QVERIFY(engine.storedFiguresStale(off));
        engine.recomputeAll(off);
        QVERIFY(!engine.storedFiguresStale(off));
        QVERIFY(engine.storedFiguresStale({}));
    }

    void closedDealsAreBandedClosed() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).closedDeal(QStringLiteral("won"), kAsOf - 200 * kDay, true);
        FixedClock clock(kAsOf);
        const DealMetrics m = metricsOf(AnalyticsEngine(cache.db(), clock).evaluate(kAsOf, {}), cache.db(),
                                        QStringLiteral("won"));
        QCOMPARE(m.band, HealthBand::Closed);
        QCOMPARE(m.score, 100);
    }

    void weeklySeriesPerDealRepAndTeam() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("a"), kAsOf - 50 * kDay)
            .deal(QStringLiteral("b"), kAsOf - 50 * kDay)
            .email(QStringLiteral("a"), kAsOf - 1 * kDay, 1)
            .email(QStringLiteral("b"), kAsOf - 2 * kDay, 0)
            .email(QStringLiteral("b"), kAsOf - 9 * kDay, 2);
        ActivityStore activity(cache.db());
        const Millis from = weeklySeriesStart(kAsOf, 4, QTimeZone::utc());
        const qint64 deal =
            *DealStore(cache.db()).dealId(test::PipelineBuilder::kSource, QStringLiteral("b"));
        const qint64 owner =
            *DirectoryStore(cache.db()).ownerId(test::PipelineBuilder::kSource, QStringLiteral("rep"));
        const qint64 team =
            *DirectoryStore(cache.db()).teamId(test::PipelineBuilder::kSource, QStringLiteral("team"));
        const auto total = [](const QList<WeekBucket> &weeks) {
            int in = 0, out = 0;
            for (const WeekBucket &w : weeks) {
                in += w.inbound;
                out += w.outbound;
            }
            return std::pair(in, out);
        };
        QCOMPARE(total(weeklySeries(activity.dealEvents(deal, from, kAsOf), kAsOf, 4, QTimeZone::utc())),
                 std::pair(1, 1));
        QCOMPARE(total(weeklySeries(activity.ownerEvents(owner, from, kAsOf), kAsOf, 4, QTimeZone::utc())),
                 std::pair(2, 1));
        QCOMPARE(total(weeklySeries(activity.teamEvents(team, from, kAsOf), kAsOf, 4, QTimeZone::utc())),
                 std::pair(2, 1));
        QVERIFY(activity.teamEvents(team + 100, from, kAsOf).isEmpty());
    }

    void deletedDealsLeaveTheFigures() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).deal(QStringLiteral("gone"), kAsOf - 20 * kDay);
        FixedClock clock(kAsOf);
        AnalyticsEngine engine(cache.db(), clock);
        engine.recomputeAll({});
        DealStore deals(cache.db());
        const qint64 id = *deals.dealId(test::PipelineBuilder::kSource, QStringLiteral("gone"));
        QVERIFY(MetricsStore(cache.db()).find(id));
        Deal deal = deals.find(id)->deal;
        deal.isDeleted = true;
        deals.upsert(deal);
        engine.recomputeDirty({});
        QVERIFY(!MetricsStore(cache.db()).find(id));
        QVERIFY(engine.evaluate(kAsOf, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "test_analytics.moc"
