// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A deal's buyer sentiment: the recency-weighted mean of its buyer-side interaction scores, so that the
// last few mails say more than those of a month ago, and its trend against the same measure 28 days
// earlier.

#include "domain/Clock.h"
#include "store/ActivityStore.h"

#include <QList>
#include <optional>

namespace dp {

// Each score weighs 2^(−age / kSentimentHalfLife); scores older than kSentimentWindow count no more.
inline constexpr Millis kSentimentHalfLife = 14 * kMillisPerDay;
inline constexpr Millis kSentimentWindow = 56 * kMillisPerDay;
// The trend compares with the sentiment this long before.
inline constexpr Millis kSentimentTrendLag = 28 * kMillisPerDay;

// Empty when no buyer-side score falls in (asOf − kSentimentWindow, asOf].
std::optional<double> recencyWeightedSentiment(const QList<SentimentPoint> &points, Millis asOf);

// Fills facts.sentimentRecent (as of asOf) and facts.sentimentPrevious (as of asOf − kSentimentTrendLag)
// from facts.buyerSentiment.
void fillDealSentiment(DealActivityFacts &facts, Millis asOf);

} // namespace dp
