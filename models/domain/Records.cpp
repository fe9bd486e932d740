#include "domain/Records.h"

#include <array>
#include <utility>

namespace dp {
namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names)
        if (candidate == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[candidate, name] : names)
        if (text == QLatin1String(name))
            return candidate;
    return std::nullopt;
}

constexpr std::array<std::pair<InteractionKind, const char *>, 4> kKinds{{
    {InteractionKind::Email, "email"},
    {InteractionKind::Meeting, "meeting"},
    {InteractionKind::Call, "call"},
    {InteractionKind::Note, "note"},
}};
constexpr std::array<std::pair<Direction, const char *>, 3> kDirections{{
    {Direction::Inbound, "inbound"},
    {Direction::Outbound, "outbound"},
    {Direction::Internal, "internal"},
}};
constexpr std::array<std::pair<DealField, const char *>, 4> kFields{{
    {DealField::Stage, "stage"},
    {DealField::Amount, "amount"},
    {DealField::CloseDate, "close_date"},
    {DealField::ForecastCategory, "forecast_category"},
}};

} // namespace

QString toKey(InteractionKind kind) { return nameOf(kKinds, kind); }
QString toKey(Direction direction) { return nameOf(kDirections, direction); }
QString toKey(DealField field) { return nameOf(kFields, field); }
std::optional<InteractionKind> interactionKindFromKey(const QString &text) { return valueOf(kKinds, text); }
std::optional<Direction> directionFromKey(const QString &text) { return valueOf(kDirections, text); }
std::optional<DealField> dealFieldFromKey(const QString &text) { return valueOf(kFields, text); }

} // namespace dp
