// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/InteractionScorer.h"

#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/RatingService.h"

namespace dp::sentiment {

InteractionScorer::InteractionScorer(Database &db)
    : m_learner(storedLearner(db))
    , m_ours(ourSide(db)) {}

std::optional<double> InteractionScorer::score(const Interaction &interaction) const {
    // The same fields, in the same form, as SentimentStore::texts() reads back from the cache.
    const InteractionText text{0, toKey(interaction.kind), interaction.subject, interaction.bodyText,
                               interaction.transcript};
    return interactionScore(analyseInteraction(m_scorer, text, m_ours), m_learner);
}

} // namespace dp::sentiment
