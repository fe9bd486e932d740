// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/DealSentiment.h"

#include <cmath>

namespace dp {

static_assert(ActivityStore::kSentimentHistory >= kSentimentWindow + kSentimentTrendLag,
              "the store must read back far enough for the previous sentiment");

std::optional<double> recencyWeightedSentiment(const QList<SentimentPoint> &points, Millis asOf) {
    double weighted = 0.0;
    double weights = 0.0;
    for (const SentimentPoint &point : points) {
        if (point.at > asOf || point.at <= asOf - kSentimentWindow)
            continue;
        const double weight = std::exp2(-double(asOf - point.at) / double(kSentimentHalfLife));
        weighted += weight * point.score;
        weights += weight;
    }
    if (weights <= 0.0)
        return std::nullopt;
    return weighted / weights;
}

void fillDealSentiment(DealActivityFacts &facts, Millis asOf) {
    facts.sentimentRecent = recencyWeightedSentiment(facts.buyerSentiment, asOf);
    facts.sentimentPrevious = recencyWeightedSentiment(facts.buyerSentiment, asOf - kSentimentTrendLag);
}

} // namespace dp
