#pragma once
// Conversions between cache instants (UTC milliseconds) and the ISO 8601 text used on the command line and
// in exports.

#include "domain/Clock.h"

#include <QString>
#include <optional>

namespace dp {

// "2026-11-28T07:39:45Z" (milliseconds appear only when non-zero).
QString isoUtc(Millis at);

// Accepts ISO 8601 with Z or an offset ("+02:00", "+0000"), with or without milliseconds, and a bare date
// (taken as midnight UTC). Returns nothing for anything else.
std::optional<Millis> parseIsoInstant(const QString &text);

} // namespace dp
