// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Conversions between cache instants (UTC milliseconds) and the ISO 8601 text used on the command line and
// in exports.

#include "domain/Clock.h"

#include <QString>
#include <optional>

namespace dp {

// The instants Dealpulse reads and writes: years 1 to 9999, what ISO 8601 text holds. Anything outside (a
// server's INT64_MIN) is refused rather than handed to date arithmetic that could overflow.
inline constexpr Millis kEarliestInstant = -62135596800000LL; // 0001-01-01T00:00:00Z
inline constexpr Millis kLatestInstant = 253402300799999LL;   // 9999-12-31T23:59:59.999Z

// "2026-11-28T07:39:45Z" (milliseconds appear only when non-zero); empty outside the range above.
QString isoUtc(Millis at);

// Accepts ISO 8601 with Z or an offset ("+02:00", "+0000"), with or without milliseconds, and a bare date
// (taken as midnight UTC). Returns nothing for anything else, and for instants outside the range above.
std::optional<Millis> parseIsoInstant(const QString &text);

} // namespace dp
