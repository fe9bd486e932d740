// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Health.h"

#include "domain/EnumKeys.h"

namespace dp {
namespace {

constexpr EnumKeyTable<HealthBand, 5> kBands{{
    {HealthBand::Healthy, "healthy"},
    {HealthBand::Watch, "watch"},
    {HealthBand::AtRisk, "at_risk"},
    {HealthBand::Dark, "dark"},
    {HealthBand::Closed, "closed"},
}};

using Code = HealthReason::Code;
constexpr EnumKeyTable<Code, 16> kCodes{{
    {Code::NoInboundFor, "no_inbound_for"},
    {Code::NoInboundEver, "no_inbound_ever"},
    {Code::InboundFalling, "inbound_falling"},
    {Code::OutboundOnly, "outbound_only"},
    {Code::NoBuyerEngaged, "no_buyer_engaged"},
    {Code::SingleThreaded, "single_threaded"},
    {Code::ClosePushed, "close_pushed"},
    {Code::StalledInStage, "stalled_in_stage"},
    {Code::ClosePassed, "close_passed"},
    {Code::NegativeSentiment, "negative_sentiment"},
    {Code::SentimentFalling, "sentiment_falling"},
    {Code::RecentInbound, "recent_inbound"},
    {Code::ActiveBuyer, "active_buyer"},
    {Code::ClosedWon, "closed_won"},
    {Code::ClosedLost, "closed_lost"},
    {Code::SilentBeyondRhythm, "silent_beyond_rhythm"},
}};

} // namespace

QString toKey(HealthBand band) {
    return keyOf(kBands, band);
}
std::optional<HealthBand> healthBandFromKey(const QString &text) {
    return valueOfKey(kBands, text);
}
QString reasonCodeName(HealthReason::Code code) {
    return keyOf(kCodes, code);
}
std::optional<HealthReason::Code> reasonCodeFromName(const QString &name) {
    return valueOfKey(kCodes, name);
}

} // namespace dp
