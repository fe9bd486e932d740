// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ratings feed the learner: rating an interaction (+1/-1) stores the rating, refits the learner from all
// stored ratings and records a lexicon version when the learned weights change; deleting the rating, a
// term reset and undoing a version go the same way. The learner is a pure function of the stored ratings
// and resets (refit() is deterministic), so removing a rating gives back exactly the weights from before
// it. Each language has its own model: a Romanian rating teaches only the Romanian one, which starts, as the
// English one does, from its base lexicon's scores.

#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/Learner.h"
#include "domain/Clock.h"
#include "store/LexiconStore.h"

#include <QList>
#include <QString>
#include <optional>

namespace dp {

class Database;

namespace sentiment {

// What one call changed in the learned weights.
struct LexiconChange {
    std::optional<qint64> versionId; // empty when no weight moved (nothing recorded)
    Language language = Language::English;
    QList<TermDelta> deltas; // the terms that moved visibly, largest move first
    // True when stored interaction scores may have changed, so a rescoring is due: the model of the
    // language changed while its guard lets it decide, or the guard switched.
    bool rescoreNeeded = false;
};

struct RatingResult {
    qint64 ratingId = 0;
    LexiconChange change;
};

// A learned term as the Lexicon view lists it.
struct LearnedTerm {
    QString term;
    double weight = 0.0;
};

class RatingService final {
public:
    // Refits the learner from the stored ratings and resets.
    RatingService(Database &db, const Clock &clock, const LearnerOptions &options = {});

    // value is +1 or -1. Throws StoreError when the interaction does not exist.
    RatingResult rate(qint64 interactionId, const QString &rater, int value, const QString &note = {});
    // Returns no change when the rating does not exist.
    LexiconChange removeRating(qint64 ratingId);
    // Forgets what the ratings so far taught the term; later ratings teach it again.
    LexiconChange resetTerm(Language language, const QString &term);
    // Reverts the cause of a version (removes its rating, puts back a removed rating with its id, lifts or
    // restores a reset) as a new version. No change for a version already undone or unknown.
    LexiconChange undoVersion(qint64 versionId);

    // Refits from the stored ratings after another connection changed them (a team sync pulled the team's);
    // records no version, those ratings' own desktops did. True when a rescoring is due, as in
    // LexiconChange::rescoreNeeded, for any language.
    bool reload();

    const Learner &learner() const { return m_learner; }
    Database &database() const { return m_db; }
    // Terms whose learned weight is at least kShownWeight, strongest first (then by name).
    QList<LearnedTerm> learnedTerms(Language language) const;
    // The language the learner files an interaction's ratings under.
    Language interactionLanguage(qint64 interactionId);

private:
    QList<LearnerExample> examples();
    LexiconChange refitAndRecord(LexiconVersion version, Language language);

    Database &m_db;
    const Clock &m_clock;
    LearnerOptions m_options;
    Learner m_learner;
    SalesScorer m_scorer;
    OurSide m_ours;
};

// The learner refitted from the cache's stored ratings and resets.
Learner storedLearner(Database &db, const LearnerOptions &options = {});

} // namespace sentiment
} // namespace dp
