// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scores interactions before they are written, exactly as rescoreCache() would score them once stored.
// The learner and our side are read from the cache once, when it is made, and only read after: a sync's
// prefetch thread scores each page while the sync's thread writes the one before, so the rows arrive with
// their score instead of being read back, scored and updated one by one after the sync.

#include "analytics/sentiment/Learner.h"
#include "analytics/sentiment/SalesScorer.h"
#include "analytics/sentiment/TextCleaner.h"
#include "domain/Records.h"

#include <optional>

namespace dp {

class Database;

namespace sentiment {

class InteractionScorer {
public:
    explicit InteractionScorer(Database &db);

    // Empty when nothing in it is the buyer's to score (see interactionScore()).
    std::optional<double> score(const Interaction &interaction) const;

private:
    Learner m_learner;
    OurSide m_ours;
    SalesScorer m_scorer;
};

} // namespace sentiment
} // namespace dp
