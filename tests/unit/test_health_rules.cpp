// SPDX-License-Identifier: GPL-3.0-or-later
// The going-dark rule and the health score at their boundaries, without a database.

#include "TestSupport.h"
#include "analytics/HealthRules.h"
#include "analytics/HealthText.h"
#include "translations/Language.h"

#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");

// A busy, healthy open deal; each test spoils one thing.
DealActivityFacts healthyDeal() {
    DealActivityFacts facts;
    facts.dealId = 7;
    facts.createdAt = kAsOf - 90 * kMillisPerDay;
    facts.stage = QStringLiteral("Proposal");
    facts.closeDate = QDate(2026, 12, 20);
    facts.lastInboundAt = kAsOf - 2 * kMillisPerDay;
    facts.lastOutboundAt = kAsOf - 1 * kMillisPerDay;
    facts.inbound28d = 6;
    facts.outbound28d = 5;
    facts.inboundPrevious28d = 5;
    facts.buyerContactsEngaged60d = 3;
    facts.stageEnteredAt = kAsOf - 10 * kMillisPerDay;
    return facts;
}

bool hasReason(const DealMetrics &metrics, HealthReason::Code code) {
    for (const HealthReason &reason : metrics.reasons)
        if (reason.code == code)
            return true;
    return false;
}

} // namespace

class TestHealthRules : public QObject {
    Q_OBJECT

private slots:
    void healthyDealIsHealthyAndSaysWhy() {
        const DealMetrics m = evaluateHealth(healthyDeal(), kAsOf, {}, std::nullopt);
        QCOMPARE(m.band, HealthBand::Healthy);
        QCOMPARE(m.score, 100);
        QVERIFY(hasReason(m, HealthReason::Code::RecentInbound));
        QVERIFY(!m.reasons.isEmpty());
    }

    void goingDarkStartsAtExactlyNDays() {
        DealActivityFacts facts = healthyDeal();
        facts.lastInboundAt = kAsOf - 21 * kMillisPerDay + 1; // one millisecond short
        QVERIFY(!isGoingDark(facts, kAsOf, 21));
        QVERIFY(evaluateHealth(facts, kAsOf, {21}, std::nullopt).band != HealthBand::Dark);
        facts.lastInboundAt = kAsOf - 21 * kMillisPerDay; // exactly 21 days
        QVERIFY(isGoingDark(facts, kAsOf, 21));
        const DealMetrics m = evaluateHealth(facts, kAsOf, {21}, std::nullopt);
        QCOMPARE(m.band, HealthBand::Dark);
        QCOMPARE(m.reasons.first(), (HealthReason{HealthReason::Code::NoInboundFor, 21, 0}));
        QVERIFY(m.score <= 35);
    }

    void thresholdIsTheSetting() {
        DealActivityFacts facts = healthyDeal();
        facts.lastInboundAt = kAsOf - 30 * kMillisPerDay;
        QVERIFY(isGoingDark(facts, kAsOf, 14));
        QVERIFY(isGoingDark(facts, kAsOf, 30));
        QVERIFY(!isGoingDark(facts, kAsOf, 31));
        QVERIFY(!isGoingDark(facts, kAsOf, 42));
    }

    void noInboundEverCountsFromCreation() {
        DealActivityFacts facts = healthyDeal();
        facts.lastInboundAt.reset();
        facts.inbound28d = facts.inboundPrevious28d = 0;
        facts.createdAt = kAsOf - 20 * kMillisPerDay;
        QVERIFY(!isGoingDark(facts, kAsOf, 21));
        facts.createdAt = kAsOf - 21 * kMillisPerDay;
        QVERIFY(isGoingDark(facts, kAsOf, 21));
        const DealMetrics m = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QCOMPARE(m.band, HealthBand::Dark);
        QCOMPARE(m.reasons.first().code, HealthReason::Code::NoInboundEver);
        QCOMPARE(m.reasons.first().value, 21);
    }

    void closedDealsAreNeverDark() {
        DealActivityFacts facts = healthyDeal();
        facts.isClosed = true;
        facts.isWon = false;
        facts.lastInboundAt = kAsOf - 200 * kMillisPerDay;
        QVERIFY(!isGoingDark(facts, kAsOf, 21));
        const DealMetrics m = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QCOMPARE(m.band, HealthBand::Closed);
        QCOMPARE(m.reasons, (QList<HealthReason>{HealthReason{HealthReason::Code::ClosedLost, 0, 0}}));
    }

    void singleThreadedAndNoBuyerEngaged() {
        DealActivityFacts facts = healthyDeal();
        facts.buyerContactsEngaged60d = 1;
        DealMetrics m = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QVERIFY(hasReason(m, HealthReason::Code::SingleThreaded));
        QCOMPARE(m.score, 90);
        facts.buyerContactsEngaged60d = 0;
        m = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QVERIFY(hasReason(m, HealthReason::Code::NoBuyerEngaged));
        QCOMPARE(m.score, 85);
    }

    void outboundOnlyStretch() {
        DealActivityFacts facts = healthyDeal();
        facts.inbound28d = 0;
        facts.outbound28d = 5;
        facts.lastInboundAt = kAsOf - 29 * kMillisPerDay;
        const DealMetrics m = evaluateHealth(facts, kAsOf, {28}, std::nullopt);
        QVERIFY(hasReason(m, HealthReason::Code::OutboundOnly));
        QCOMPARE(m.band, HealthBand::Dark);
    }

    void inboundFalling() {
        DealActivityFacts facts = healthyDeal();
        facts.inbound28d = 2;
        facts.inboundPrevious28d = 8;
        const DealMetrics m = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QVERIFY(hasReason(m, HealthReason::Code::InboundFalling));
        QCOMPARE(describe(HealthReason{HealthReason::Code::InboundFalling, 2, 8}),
                 QStringLiteral("Buyer engagement fell from 8 to 2 in the last 4 weeks"));
    }

    void closeDatePushesCostMoreTheMoreThereAre() {
        DealActivityFacts facts = healthyDeal();
        facts.closeDatePushes = 1;
        const int once = evaluateHealth(facts, kAsOf, {}, std::nullopt).score;
        facts.closeDatePushes = 3;
        const DealMetrics thrice = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QVERIFY(thrice.score < once);
        QVERIFY(hasReason(thrice, HealthReason::Code::ClosePushed));
    }

    void stalledAgainstTheStageMedian() {
        DealActivityFacts facts = healthyDeal();
        facts.stageEnteredAt = kAsOf - 45 * kMillisPerDay;
        QVERIFY(
            !hasReason(evaluateHealth(facts, kAsOf, {}, std::nullopt), HealthReason::Code::StalledInStage));
        QVERIFY(!hasReason(evaluateHealth(facts, kAsOf, {}, 30 * kMillisPerDay),
                           HealthReason::Code::StalledInStage));
        const DealMetrics m = evaluateHealth(facts, kAsOf, {}, 20 * kMillisPerDay);
        QVERIFY(hasReason(m, HealthReason::Code::StalledInStage));
        QCOMPARE(m.daysInStage, 45);
    }

    void closeDateInThePastWhileOpen() {
        DealActivityFacts facts = healthyDeal();
        facts.closeDate = QDate(2026, 11, 27);
        QVERIFY(hasReason(evaluateHealth(facts, kAsOf, {}, std::nullopt), HealthReason::Code::ClosePassed));
        facts.closeDate = QDate(2026, 11, 28); // today is not passed
        QVERIFY(!hasReason(evaluateHealth(facts, kAsOf, {}, std::nullopt), HealthReason::Code::ClosePassed));
    }

    void negativeSentimentLowersTheScoreOnlyOnceScored() {
        DealActivityFacts facts = healthyDeal();
        QVERIFY(!evaluateHealth(facts, kAsOf, {}, std::nullopt).sentimentRecent);
        facts.sentimentRecent = -0.5;
        facts.sentimentPrevious = 0.4;
        const DealMetrics m = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QVERIFY(hasReason(m, HealthReason::Code::NegativeSentiment));
        QVERIFY(hasReason(m, HealthReason::Code::SentimentFalling));
        QVERIFY(qAbs(*m.sentimentTrend + 0.9) < 1e-9);
    }

    void bandsFollowTheScore() {
        DealActivityFacts facts = healthyDeal();
        facts.buyerContactsEngaged60d = 1;                // 10 points
        facts.closeDatePushes = 1;                        // 5 points
        facts.lastInboundAt = kAsOf - 14 * kMillisPerDay; // 14 points: 71
        QCOMPARE(evaluateHealth(facts, kAsOf, {}, std::nullopt).band, HealthBand::Healthy);
        facts.lastInboundAt = kAsOf - 15 * kMillisPerDay; // 16 points: 69
        const DealMetrics watch = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QCOMPARE(watch.score, 69);
        QCOMPARE(watch.band, HealthBand::Watch);
        facts.buyerContactsEngaged60d = 0;                // 15 points
        facts.closeDatePushes = 3;                        // 15 points
        facts.lastInboundAt = kAsOf - 20 * kMillisPerDay; // 26 points: 44, not yet dark
        const DealMetrics atRisk = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QCOMPARE(atRisk.score, 44);
        QCOMPARE(atRisk.band, HealthBand::AtRisk);
    }

    void reasonsReadAsSentences() {
        installLanguage(QStringLiteral("en"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::NoInboundFor, 23, 0}),
                 QStringLiteral("No reply from the buyer in 23 days"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::ClosePushed, 1, 0}),
                 QStringLiteral("Close date pushed once"));
        QCOMPARE(bandLabel(HealthBand::Dark), QStringLiteral("Going dark"));
    }
};

QTEST_GUILESS_MAIN(TestHealthRules)
#include "test_health_rules.moc"
