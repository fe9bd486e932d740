// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/HealthRules.h"

#include "analytics/InboundRhythm.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace dp {
namespace {

using Code = HealthReason::Code;

// Penalties, in score points out of 100. Silence from the buyer weighs most: inbound shows the buyer cares.
constexpr int kSilenceGraceDays = 7;
constexpr int kSilencePointsPerDay = 2;
constexpr int kSilenceMaxPoints = 50;
constexpr int kInboundFallingPoints = 10;
constexpr int kOutboundOnlyPoints = 10;
constexpr int kOutboundOnlyMinTouches = 3;
constexpr int kNoBuyerEngagedPoints = 15;
constexpr int kSingleThreadedPoints = 10;
constexpr int kPointsPerPush = 5;
constexpr int kMaxPushPoints = 15;
constexpr int kStalledPoints = 10;
constexpr int kStalledMinDays = 14;
constexpr int kClosePassedPoints = 10;
constexpr int kNegativeSentimentPoints = 10;
constexpr int kVeryNegativeSentimentPoints = 15;
constexpr int kSentimentFallingPoints = 5;

// Silence far beyond the buyer's own rhythm weighs as much as about 17 days of plain silence.
constexpr int kRhythmPoints = 20;

// A dark deal never scores above a deal that is merely at risk.
constexpr int kDarkScoreCeiling = 35;

constexpr int kHealthyFrom = 70;
constexpr int kWatchFrom = 45;
// A deal silent beyond its buyer's rhythm is at risk, never better: just under the watch band.
constexpr int kRhythmScoreCeiling = kWatchFrom - 1;

} // namespace

int elapsedDays(Millis from, Millis to) {
    return int((to - from) / kMillisPerDay);
}

bool isGoingDark(const DealActivityFacts &facts, Millis asOf, int goingDarkDays) {
    if (facts.isClosed)
        return false;
    const Millis since = facts.lastInboundAt.value_or(facts.createdAt);
    return asOf - since >= Millis(goingDarkDays) * kMillisPerDay;
}

DealMetrics evaluateHealth(const DealActivityFacts &facts, Millis asOf, const HealthSettings &settings,
                           std::optional<Millis> stageMedian) {
    DealMetrics m;
    m.dealId = facts.dealId;
    m.asOf = asOf;
    m.goingDarkDays = settings.goingDarkDays;
    m.lastInboundAt = facts.lastInboundAt;
    m.lastOutboundAt = facts.lastOutboundAt;
    m.inbound28d = facts.inbound28d;
    m.outbound28d = facts.outbound28d;
    m.inboundPrevious28d = facts.inboundPrevious28d;
    m.buyerContactsEngaged60d = facts.buyerContactsEngaged60d;
    m.closeDatePushes = facts.closeDatePushes;
    const Millis stageEnteredAt = facts.stageEnteredAt.value_or(facts.createdAt);
    m.daysInStage = std::max(0, elapsedDays(stageEnteredAt, asOf));
    m.sentimentRecent = facts.sentimentRecent;
    if (facts.sentimentRecent && facts.sentimentPrevious)
        m.sentimentTrend = *facts.sentimentRecent - *facts.sentimentPrevious;

    if (facts.isClosed) {
        m.band = HealthBand::Closed;
        m.score = facts.isWon ? 100 : 0;
        m.reasons.append(HealthReason{facts.isWon ? Code::ClosedWon : Code::ClosedLost, 0, 0});
        return m;
    }

    int score = 100;
    auto penalise = [&](int points, HealthReason reason) {
        score -= points;
        m.reasons.append(reason);
    };

    const int silentDays = std::max(0, elapsedDays(facts.lastInboundAt.value_or(facts.createdAt), asOf));
    const int silencePoints =
        std::clamp((silentDays - kSilenceGraceDays) * kSilencePointsPerDay, 0, kSilenceMaxPoints);
    // Silence beyond the buyer's own rhythm says more than the bare number of days, so it takes the place
    // of the plain silence reason (one reason about silence, never two) and costs at least kRhythmPoints.
    std::optional<InboundRhythm> rhythm;
    if (settings.rhythmRule && facts.lastInboundAt)
        rhythm = inboundRhythm(facts.latestInbound);
    const bool beyondRhythm = rhythm && silentBeyondRhythm(*rhythm, *facts.lastInboundAt, asOf);
    if (!facts.lastInboundAt)
        penalise(silencePoints, {Code::NoInboundEver, silentDays, 0});
    else if (beyondRhythm)
        penalise(std::max(silencePoints, kRhythmPoints),
                 {Code::SilentBeyondRhythm, silentDays, usualReplyDays(*rhythm)});
    else if (silencePoints > 0)
        penalise(silencePoints, {Code::NoInboundFor, silentDays, 0});

    if (facts.inbound28d == 0 && facts.outbound28d >= kOutboundOnlyMinTouches)
        penalise(kOutboundOnlyPoints, {Code::OutboundOnly, facts.outbound28d, 0});
    else if (facts.inboundPrevious28d >= 2 && facts.inbound28d * 2 <= facts.inboundPrevious28d)
        penalise(kInboundFallingPoints, {Code::InboundFalling, facts.inbound28d, facts.inboundPrevious28d});

    if (facts.buyerContactsEngaged60d == 0)
        penalise(kNoBuyerEngagedPoints, {Code::NoBuyerEngaged, 0, 0});
    else if (facts.buyerContactsEngaged60d == 1)
        penalise(kSingleThreadedPoints, {Code::SingleThreaded, 1, 0});

    if (facts.closeDatePushes > 0)
        penalise(std::min(kMaxPushPoints, facts.closeDatePushes * kPointsPerPush),
                 {Code::ClosePushed, facts.closeDatePushes, 0});

    if (stageMedian) {
        const int medianDays = std::max(1, elapsedDays(0, *stageMedian));
        if (m.daysInStage >= kStalledMinDays && m.daysInStage > 2 * medianDays)
            penalise(kStalledPoints, {Code::StalledInStage, m.daysInStage, medianDays});
    }

    // Close dates are calendar dates; "today" is the UTC date of asOf, the same day the CRM means.
    const QDate today = QDateTime::fromMSecsSinceEpoch(asOf, QTimeZone::utc()).date();
    if (facts.closeDate.isValid() && facts.closeDate < today)
        penalise(kClosePassedPoints, {Code::ClosePassed, int(facts.closeDate.daysTo(today)), 0});

    if (facts.sentimentRecent && *facts.sentimentRecent <= -0.05) {
        const int points =
            *facts.sentimentRecent <= -0.3 ? kVeryNegativeSentimentPoints : kNegativeSentimentPoints;
        penalise(points, {Code::NegativeSentiment, int(*facts.sentimentRecent * 100), 0});
    }
    if (m.sentimentTrend && *m.sentimentTrend <= -0.25)
        penalise(kSentimentFallingPoints, {Code::SentimentFalling, int(*m.sentimentTrend * 100), 0});

    m.score = std::clamp(score, 0, 100);
    // "Going dark" keeps the meaning the manager set in Settings (N days), which filters, snapshots ("what
    // went dark") and the chart's line all show. Silence beyond the buyer's rhythm is the earlier warning:
    // at risk, which the alerts list carries, with a score low enough to rank among the at-risk deals.
    if (isGoingDark(facts, asOf, settings.goingDarkDays)) {
        m.band = HealthBand::Dark;
        m.score = std::min(m.score, kDarkScoreCeiling);
    } else if (beyondRhythm) {
        m.band = HealthBand::AtRisk;
        m.score = std::min(m.score, kRhythmScoreCeiling);
    } else if (m.score >= kHealthyFrom) {
        m.band = HealthBand::Healthy;
    } else if (m.score >= kWatchFrom) {
        m.band = HealthBand::Watch;
    } else {
        m.band = HealthBand::AtRisk;
    }

    // A healthy deal says why it is healthy too, so the band is never a bare colour.
    if (m.reasons.isEmpty() || m.band == HealthBand::Healthy) {
        if (facts.lastInboundAt && silencePoints == 0)
            m.reasons.prepend(HealthReason{Code::RecentInbound, silentDays, 0});
        if (facts.inbound28d > 0 && m.reasons.size() < 3)
            m.reasons.append(HealthReason{Code::ActiveBuyer, facts.inbound28d, 0});
    }
    return m;
}

} // namespace dp
