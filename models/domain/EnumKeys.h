// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stable text keys for enums, as stored in the cache and written in exports: one table per enum, read both
// ways.

#include <QLatin1String>
#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace dp {

template <typename Enum, std::size_t N> using EnumKeyTable = std::array<std::pair<Enum, const char *>, N>;

template <typename Enum, std::size_t N> QString keyOf(const EnumKeyTable<Enum, N> &table, Enum value) {
    for (const auto &[candidate, key] : table)
        if (candidate == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOfKey(const EnumKeyTable<Enum, N> &table, const QString &text) {
    for (const auto &[candidate, key] : table)
        if (text == QLatin1String(key))
            return candidate;
    return std::nullopt;
}

} // namespace dp
