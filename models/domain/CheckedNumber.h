// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbers from servers arrive as doubles (JSON, Retry-After, expires_in) and may be anything: 1e300, -inf,
// NaN. Casting one that does not fit to an integer is undefined behaviour, so every such conversion goes
// through here and gets nothing back instead.

#include <QtGlobal>
#include <cmath>
#include <limits>
#include <optional>

namespace dp {

// The value truncated toward zero, as a cast would give; nothing when it is not finite or does not fit.
template <typename Integer> std::optional<Integer> toIntegerChecked(double value) {
    static_assert(std::numeric_limits<Integer>::is_integer);
    if (!std::isfinite(value))
        return std::nullopt;
    const double truncated = std::trunc(value);
    // The limits as doubles: min() is a power of two and exact; max()+1 is one too, and the first double
    // that no longer fits (max() itself rounds up to it for 64 bits).
    constexpr double lowest = double(std::numeric_limits<Integer>::min());
    constexpr double pastHighest = (double(std::numeric_limits<Integer>::max() / 2) + 1.0) * 2.0;
    if (truncated < lowest || truncated >= pastHighest)
        return std::nullopt;
    return Integer(truncated);
}

inline std::optional<qint64> toInt64Checked(double value) {
    return toIntegerChecked<qint64>(value);
}

inline std::optional<int> toIntChecked(double value) {
    return toIntegerChecked<int>(value);
}

} // namespace dp
