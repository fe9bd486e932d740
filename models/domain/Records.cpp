// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Records.h"

#include "domain/EnumKeys.h"

namespace dp {
namespace {

constexpr EnumKeyTable<InteractionKind, 4> kKinds{{
    {InteractionKind::Email, "email"},
    {InteractionKind::Meeting, "meeting"},
    {InteractionKind::Call, "call"},
    {InteractionKind::Note, "note"},
}};
constexpr EnumKeyTable<Direction, 3> kDirections{{
    {Direction::Inbound, "inbound"},
    {Direction::Outbound, "outbound"},
    {Direction::Internal, "internal"},
}};
constexpr EnumKeyTable<DealField, 4> kFields{{
    {DealField::Stage, "stage"},
    {DealField::Amount, "amount"},
    {DealField::CloseDate, "close_date"},
    {DealField::ForecastCategory, "forecast_category"},
}};
constexpr EnumKeyTable<DirectionRule, 3> kDirectionRules{{
    {DirectionRule::Source, ""},
    {DirectionRule::Addresses, "addresses"},
    {DirectionRule::Forwarded, "forwarded"},
}};

} // namespace

QString toKey(InteractionKind kind) {
    return keyOf(kKinds, kind);
}
QString toKey(Direction direction) {
    return keyOf(kDirections, direction);
}
QString toKey(DealField field) {
    return keyOf(kFields, field);
}
std::optional<InteractionKind> interactionKindFromKey(const QString &text) {
    return valueOfKey(kKinds, text);
}
std::optional<Direction> directionFromKey(const QString &text) {
    return valueOfKey(kDirections, text);
}
std::optional<DealField> dealFieldFromKey(const QString &text) {
    return valueOfKey(kFields, text);
}
QString toKey(DirectionRule rule) {
    return keyOf(kDirectionRules, rule);
}
std::optional<DirectionRule> directionRuleFromKey(const QString &text) {
    return valueOfKey(kDirectionRules, text);
}

} // namespace dp
