// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Going dark against the buyer's own rhythm: how long this buyer usually leaves between replies, read from
// the deal's last gaps between inbound interactions, and whether the current silence is far beyond it. A
// buyer who always answers within a day and has been quiet for ten is a warning the fixed going-dark rule
// (21 days) misses; one who writes every 25 days is not.

#include "domain/Clock.h"

#include <QList>
#include <optional>

namespace dp {

// Inbound interactions closer than this to the next newer one are one moment (a burst: two buyer contacts
// answering the same thread within the hour), so a burst does not read as a buyer who replies in minutes.
inline constexpr Millis kRhythmSameMoment = 4 * 60 * 60 * 1000;
// The rhythm is that of the last gaps only: a buyer's habits change over a long deal.
inline constexpr int kRhythmMaxGaps = 10;
// Fewer gaps tell too little (one slow answer would be the rhythm): the fixed rule alone then.
inline constexpr int kRhythmMinGaps = 4;
// The current silence must exceed 1.5 × the buyer's long gap (p90): a gap that long is rare for them, half
// again as long has not happened in their recent history.
inline constexpr double kRhythmFactor = 1.5;
// And never less than a week, which absorbs a weekend and a few days away for the fastest buyer; it is also
// where silence starts to cost health points (HealthRules.cpp).
inline constexpr Millis kRhythmFloor = 7 * kMillisPerDay;

struct InboundRhythm {
    int gaps = 0;            // how many gaps it was read from
    Millis medianGap = 0;    // the buyer's usual gap
    Millis longGap = 0;      // the 90th percentile (nearest rank): the buyer "usually replies within" this
    Millis silenceLimit = 0; // max(kRhythmFactor × longGap, kRhythmFloor)
};

// latestInbound: inbound times, newest first (DealActivityFacts::latestInbound). Nothing with fewer than
// kRhythmMinGaps gaps.
std::optional<InboundRhythm> inboundRhythm(const QList<Millis> &latestInbound);

// The current silence (asOf − the newest inbound) exceeds the rhythm's limit.
bool silentBeyondRhythm(const InboundRhythm &rhythm, Millis lastInboundAt, Millis asOf);

// Whole days, rounded up, the buyer usually replies within (at least 1): the words say "within 2 days" for
// a long gap of 1.2 days.
int usualReplyDays(const InboundRhythm &rhythm);

} // namespace dp
