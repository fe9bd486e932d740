// SPDX-License-Identifier: GPL-3.0-or-later
// The going-dark rule and the health score at their boundaries, without a database.

#include "TestSupport.h"
#include "analytics/HealthRules.h"
#include "analytics/HealthText.h"
#include "analytics/InboundRhythm.h"
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

// A buyer last heard of `silentDays` ago, who before that wrote `gaps` times, every `gapDays` days.
DealActivityFacts rhythmDeal(double gapDays, int gaps, int silentDays) {
    DealActivityFacts facts = healthyDeal();
    const Millis last = kAsOf - silentDays * kMillisPerDay;
    facts.lastInboundAt = last;
    facts.latestInbound.clear();
    for (int i = 0; i <= gaps; ++i)
        facts.latestInbound.append(last - Millis(i * gapDays * double(kMillisPerDay)));
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

    void rhythmIsReadFromTheLastGaps() {
        // Ten one-day gaps then, further back, slow ones: only the last ten count.
        QList<Millis> times;
        for (int i = 0; i <= 10; ++i)
            times.append(kAsOf - i * kMillisPerDay);
        for (int i = 1; i <= 4; ++i)
            times.append(times.last() - 30 * kMillisPerDay);
        const std::optional<InboundRhythm> rhythm = inboundRhythm(times);
        QVERIFY(rhythm);
        QCOMPARE(rhythm->gaps, kRhythmMaxGaps);
        QCOMPARE(rhythm->medianGap, kMillisPerDay);
        QCOMPARE(rhythm->longGap, kMillisPerDay);
        QCOMPARE(rhythm->silenceLimit, kRhythmFloor); // 1.5 days is under the week's floor
        QCOMPARE(usualReplyDays(*rhythm), 1);
    }

    void rhythmP90AndFactor() {
        // Gaps of 2, 2, 3, 3, 4, 4, 5, 5, 6 and 12 days: p90 (nearest rank) is the 9th, 6 days; limit 9 days.
        const int gapDays[] = {2, 12, 3, 5, 4, 2, 6, 3, 5, 4};
        QList<Millis> times{kAsOf};
        for (int days : gapDays)
            times.append(times.last() - days * kMillisPerDay);
        const std::optional<InboundRhythm> rhythm = inboundRhythm(times);
        QVERIFY(rhythm);
        QCOMPARE(rhythm->medianGap, 4 * kMillisPerDay);
        QCOMPARE(rhythm->longGap, 6 * kMillisPerDay);
        QCOMPARE(rhythm->silenceLimit, 9 * kMillisPerDay);
        QVERIFY(!silentBeyondRhythm(*rhythm, kAsOf, kAsOf + 9 * kMillisPerDay)); // must exceed it
        QVERIFY(silentBeyondRhythm(*rhythm, kAsOf, kAsOf + 9 * kMillisPerDay + 1));
    }

    void aBurstIsOneMoment() {
        // Five replies, each answered by a second buyer contact within the hour: four gaps of three days.
        QList<Millis> times;
        for (int i = 0; i < 5; ++i) {
            times.append(kAsOf - i * 3 * kMillisPerDay);
            times.append(kAsOf - i * 3 * kMillisPerDay - 60 * 60 * 1000);
        }
        const std::optional<InboundRhythm> rhythm = inboundRhythm(times);
        QVERIFY(rhythm);
        QCOMPARE(rhythm->gaps, 4);
        QCOMPARE(rhythm->medianGap, 3 * kMillisPerDay - 60 * 60 * 1000);
    }

    void fastResponderSilentTenDaysIsAtRiskByRhythm() {
        const DealActivityFacts facts = rhythmDeal(1.0, 10, 10);
        QVERIFY(!isGoingDark(facts, kAsOf, kDefaultGoingDarkDays));
        const DealMetrics m = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QCOMPARE(m.band, HealthBand::AtRisk);
        QVERIFY(m.score < 45);
        QCOMPARE(m.reasons.first(), (HealthReason{HealthReason::Code::SilentBeyondRhythm, 10, 1}));
        // One reason about silence, not two.
        QVERIFY(!hasReason(m, HealthReason::Code::NoInboundFor));

        // Switched off: the fixed rule alone, which sees ten quiet days and no more.
        HealthSettings off;
        off.rhythmRule = false;
        const DealMetrics fixedOnly = evaluateHealth(facts, kAsOf, off, std::nullopt);
        QVERIFY(fixedOnly.band != HealthBand::AtRisk && fixedOnly.band != HealthBand::Dark);
        QVERIFY(!hasReason(fixedOnly, HealthReason::Code::SilentBeyondRhythm));
        QVERIFY(hasReason(fixedOnly, HealthReason::Code::NoInboundFor));
    }

    void fastResponderGoneDarkIsDarkAndSaysTheRhythm() {
        const DealMetrics m = evaluateHealth(rhythmDeal(1.0, 10, 25), kAsOf, {}, std::nullopt);
        QCOMPARE(m.band, HealthBand::Dark);
        QVERIFY(m.score <= 35);
        QCOMPARE(m.reasons.first(), (HealthReason{HealthReason::Code::SilentBeyondRhythm, 25, 1}));
    }

    void slowSteadyBuyerIsLeftToTheFixedRule() {
        // Writes every 25 days, silent for 22: dark by the fixed rule, within their own rhythm.
        const DealMetrics m = evaluateHealth(rhythmDeal(25.0, 8, 22), kAsOf, {}, std::nullopt);
        QCOMPARE(m.band, HealthBand::Dark);
        QVERIFY(!hasReason(m, HealthReason::Code::SilentBeyondRhythm));
        QCOMPARE(m.reasons.first(), (HealthReason{HealthReason::Code::NoInboundFor, 22, 0}));
        // Silent for 12: neither rule.
        const DealMetrics quiet = evaluateHealth(rhythmDeal(25.0, 8, 12), kAsOf, {}, std::nullopt);
        QVERIFY(quiet.band != HealthBand::Dark && quiet.band != HealthBand::AtRisk);
        QVERIFY(!hasReason(quiet, HealthReason::Code::SilentBeyondRhythm));
    }

    void tooFewGapsLeaveTheFixedRuleAlone() {
        const DealActivityFacts facts = rhythmDeal(1.0, kRhythmMinGaps - 1, 10);
        QVERIFY(!inboundRhythm(facts.latestInbound));
        const DealMetrics m = evaluateHealth(facts, kAsOf, {}, std::nullopt);
        QVERIFY(!hasReason(m, HealthReason::Code::SilentBeyondRhythm));
        QVERIFY(m.band != HealthBand::AtRisk && m.band != HealthBand::Dark);
        // With the minimum, the rule speaks.
        QVERIFY(hasReason(evaluateHealth(rhythmDeal(1.0, kRhythmMinGaps, 10), kAsOf, {}, std::nullopt),
                          HealthReason::Code::SilentBeyondRhythm));
    }

    void silenceWithinTheFloorIsNotFlagged() {
        // A buyer who replies within the day, silent for six days: under the week's floor.
        const DealMetrics m = evaluateHealth(rhythmDeal(0.5, 10, 6), kAsOf, {}, std::nullopt);
        QVERIFY(!hasReason(m, HealthReason::Code::SilentBeyondRhythm));
    }

    void reasonsReadAsSentences() {
        installLanguage(QStringLiteral("en"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::NoInboundFor, 23, 0}),
                 QStringLiteral("No reply from the buyer in 23 days"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::ClosePushed, 1, 0}),
                 QStringLiteral("Close date pushed once"));
        QCOMPARE(bandLabel(HealthBand::Dark), QStringLiteral("Going dark"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::SilentBeyondRhythm, 9, 2}),
                 QStringLiteral("Usually replies within 2 days; silent for 9 days"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::SilentBeyondRhythm, 10, 1}),
                 QStringLiteral("Usually replies within 1 day; silent for 10 days"));
    }
};

QTEST_GUILESS_MAIN(TestHealthRules)
#include "test_health_rules.moc"
