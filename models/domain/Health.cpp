#include "domain/Health.h"

#include <array>
#include <utility>

namespace dp {
namespace {

constexpr std::array<std::pair<HealthBand, const char *>, 5> kBands{{
    {HealthBand::Healthy, "healthy"},
    {HealthBand::Watch, "watch"},
    {HealthBand::AtRisk, "at_risk"},
    {HealthBand::Dark, "dark"},
    {HealthBand::Closed, "closed"},
}};

using Code = HealthReason::Code;
constexpr std::array<std::pair<Code, const char *>, 15> kCodes{{
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
}};

} // namespace

QString toKey(HealthBand band)
{
    for (const auto &[value, name] : kBands)
        if (value == band)
            return QString::fromLatin1(name);
    return {};
}

std::optional<HealthBand> healthBandFromKey(const QString &text)
{
    for (const auto &[value, name] : kBands)
        if (text == QLatin1String(name))
            return value;
    return std::nullopt;
}

QString reasonCodeName(HealthReason::Code code)
{
    for (const auto &[value, name] : kCodes)
        if (value == code)
            return QString::fromLatin1(name);
    return {};
}

std::optional<HealthReason::Code> reasonCodeFromName(const QString &name)
{
    for (const auto &[value, text] : kCodes)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

} // namespace dp
