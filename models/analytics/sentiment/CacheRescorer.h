// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scores the interactions of a cache: the subject and authored part of an email or note, the buyer's
// utterances of a transcript, with the sales layer and the rating learner over it. Kept out of
// dealpulse_sentiment (Qt Core only) in its own small library, since it reads and writes the cache.

#include "analytics/sentiment/Learner.h"
#include "analytics/sentiment/SalesScorer.h"
#include "analytics/sentiment/TextCleaner.h"
#include "store/SentimentStore.h"

#include <functional>
#include <optional>

namespace dp {

class Database;

namespace sentiment {

// What of an interaction is scored, and how the sales layer scored it.
struct InteractionAnalysis {
    // The subject, two line breaks, then the body (an email or note), or the transcript: the text that
    // `score` and `parts` are positioned in.
    QString whole;
    qsizetype bodyOffset = 0; // where the body starts in `whole` (0 for a transcript)
    bool transcript = false;
    QList<TextSpan> parts; // the buyer's text: empty when there is none (only our side speaks)
    SalesScore score;
    QString learnerText; // the parts joined by line breaks: what the learner reads
};

InteractionAnalysis analyseInteraction(const SalesScorer &scorer, const InteractionText &text,
                                       const OurSide &ours);

// The rating example of an analysed interaction; empty when it has no buyer text to learn from.
std::optional<LearnerExample> learnerExample(const InteractionAnalysis &analysis, bool positive);

// The score stored for an interaction: the learner's (which is the scorer's compound until the learner's
// guard trusts its own decisions). Empty when nothing is the buyer's to score.
std::optional<double> interactionScore(const InteractionAnalysis &analysis, const Learner &learner);
// The scorer alone, without ratings.
std::optional<double> scoreInteraction(const SalesScorer &scorer, const InteractionText &text,
                                       const OurSide &ours);

// A term that drove an interaction's score, placed in the field the user reads.
struct DrivingTerm {
    enum class Field { Subject, Body, Transcript };
    Field field = Field::Body;
    qsizetype begin = 0; // UTF-16 offset in that field
    qsizetype length = 0;
    QString term;         // as scored ("not a priority", "great", a learned bigram "went with")
    double valence = 0.0; // the lexicon's contribution to the sum, or the learned weight's to the decision
    bool learned = false; // from the learner's weights rather than the lexicons
};

// The lexicon terms of the score, then the learned terms of the buyer text (weights of at least
// kShownWeight) when the learner's guard is active, in text order within each field.
QList<DrivingTerm> drivingTerms(const InteractionAnalysis &analysis, const Learner &learner);
QList<DrivingTerm> drivingTerms(const InteractionText &text, const OurSide &ours, const Learner &learner);

// Learned weights below this are not shown as terms.
inline constexpr double kShownWeight = 0.005;

// Who is on our side in this cache.
OurSide ourSide(Database &db);

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
    int changed = 0;  // interactions whose stored score changed
    bool cancelled = false;
};

// Called after each batch with how many interactions were read of how many; returns false to cancel.
using RescoreProgress = std::function<bool(int done, int total)>;

// Scores the interactions without a score (all of them when `all`) with the learner, writing each batch
// in its own transaction, so an interrupted or cancelled run keeps what it wrote and the next run continues
// from there. A row whose score does not change is not written, so only deals whose buyer sentiment moved
// are marked for recomputation; the caller runs AnalyticsEngine::recomputeDirty() afterwards. A complete
// run over all interactions records the lexicon version it scored with (see scoredLexiconVersion()). After a
// schema step marked the cache's scores as made by an older scorer (step 15), the first run scores all
// interactions whatever `all` says.
RescoreSummary rescoreCache(Database &db, const Learner &learner, bool all,
                            const RescoreProgress &progress = {}, int batchSize = 500);
// The same with the learner refitted from the cache's stored ratings.
RescoreSummary rescoreCache(Database &db, bool all, int batchSize = 500);

// The lexicon version the stored scores were last completely computed with (0: before any version).
qint64 scoredLexiconVersion(Database &db);
// True when a lexicon version was recorded after the last complete rescoring (one was cancelled or
// interrupted, or none has run since).
bool rescoreOutstanding(Database &db);

} // namespace sentiment
} // namespace dp
