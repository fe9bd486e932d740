#pragma once
// Scores the interactions of a cache with the sales layer: the subject and authored part of an email or
// note, the buyer's utterances of a transcript. Kept out of dealpulse_sentiment (Qt Core only) in its own
// small library, since it reads and writes the cache.

#include "analytics/sentiment/SalesScorer.h"
#include "analytics/sentiment/TextCleaner.h"
#include "store/SentimentStore.h"

#include <optional>

namespace dp {

class Database;

namespace sentiment {

// The score of one interaction; empty when nothing in it is the buyer's to score (a transcript where
// only our side speaks) or its language has no lexicon (Romanian, left to the learner).
std::optional<double> scoreInteraction(const SalesScorer &scorer, const InteractionText &text,
                                       const OurSide &ours);

// The same scoring with the sentences and terms behind it, for the UI to highlight. Positions are in the
// transcript when there is one, else in `subject + "\n\n" + bodyText` (see scoredBodyOffset()).
std::optional<SalesScore> scoreInteractionDetail(const SalesScorer &scorer, const InteractionText &text,
                                                 const OurSide &ours);
// Where the body starts in the text an email or note is scored as.
inline qsizetype scoredBodyOffset(const InteractionText &text) {
    return text.subject.size() + 2;
}

struct RescoreSummary {
    int scored = 0;   // interactions given a score
    int unscored = 0; // interactions read that got none
};

// Scores the interactions without a score (all of them when `all`), writing each batch in its own
// transaction, so an interrupted run keeps what it wrote and the next run continues from there. The
// caller recomputes deal analytics afterwards: the update trigger marks the deals concerned.
RescoreSummary rescoreCache(Database &db, bool all, int batchSize = 500);

} // namespace sentiment
} // namespace dp
