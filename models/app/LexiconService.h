// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Lexicon page does, with its errors as values: list the learned terms, versions and a term's
// history of one language; reset a term or undo a version through the application's RatingService; and
// the rescoring that follows a change, as work for the task runner (its own connection, progress, cancel).

#include "analytics/HealthRules.h"
#include "analytics/sentiment/RatingService.h"
#include "analytics/sentiment/RescoreJob.h"
#include "app/Outcome.h"
#include "items/LexiconVersionsModel.h"

#include <functional>

namespace dp {

class Clock;
class TaskControl;

class LexiconService final {
public:
    // `ratings` works on the GUI thread's connection of the cache at `cachePath`; both must outlive this.
    LexiconService(sentiment::RatingService &ratings, QString cachePath);

    sentiment::RatingService &ratings() const { return m_ratings; }

    // The SHA-256 of the learned weights, as `dealpulse team status` prints it.
    QString digest() const;
    Outcome<QList<sentiment::LearnedTerm>> terms(sentiment::Language language) const;
    // In the store's order.
    Outcome<QList<LexiconVersionRow>> versions(sentiment::Language language) const;
    Outcome<QList<TermMove>> termHistory(sentiment::Language language, const QString &term) const;
    // True when a version was recorded after the last complete rescoring.
    Outcome<bool> rescoreOutstanding() const;

    // Learns again from the stored ratings after a team sync pulled some; true when a rescoring is due.
    Outcome<bool> reloadLearner();
    Outcome<sentiment::LexiconChange> resetTerm(sentiment::Language language, const QString &term);
    Outcome<sentiment::LexiconChange> undoVersion(qint64 versionId);

    // Rescores every interaction with the learner as it is now and recomputes the deals that moved, on the
    // worker that runs it: reports progress, stops at a cancel (keeping what it wrote). "Now" comes from
    // `clock`, which must outlive the work, or from the system clock when null.
    std::function<sentiment::RescoreJobResult(TaskControl &)> rescoreWork(const HealthSettings &settings,
                                                                          const Clock *clock = nullptr) const;

private:
    sentiment::RatingService &m_ratings;
    QString m_cachePath;
};

} // namespace dp
