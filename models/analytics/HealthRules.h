// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The going-dark rule and the health score: pure functions of a deal's activity facts, so every threshold
// is tested without a database. The definitions are the product's promise; README.md documents them.

#include "domain/Health.h"
#include "store/ActivityStore.h"

#include <optional>

namespace dp {

inline constexpr int kDefaultGoingDarkDays = 21;
inline constexpr int kMinGoingDarkDays = 14;
inline constexpr int kMaxGoingDarkDays = 42;

struct HealthSettings {
    int goingDarkDays = kDefaultGoingDarkDays;
    // Also flag a buyer silent for much longer than they usually are (analytics/InboundRhythm.h).
    bool rhythmRule = true;
};

// Whole days from `from` to `to` (24-hour periods, so a DST change never makes a day short or long).
int elapsedDays(Millis from, Millis to);

// An open deal whose last inbound interaction (or, with none ever, its creation) is at least
// goingDarkDays × 24 hours before asOf.
bool isGoingDark(const DealActivityFacts &facts, Millis asOf, int goingDarkDays);

// stageMedian: how long deals usually stay in this deal's stage; nothing when too few deals tell.
DealMetrics evaluateHealth(const DealActivityFacts &facts, Millis asOf, const HealthSettings &settings,
                           std::optional<Millis> stageMedian);

} // namespace dp
