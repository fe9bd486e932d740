// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a person does on the deal page: rate an interaction, and write, edit or delete coaching notes. Kept
// in one place, behind small functions: a rating goes through the sentiment RatingService, so it also
// teaches the learner and records a lexicon version.

#include "domain/Records.h"

#include <QList>
#include <memory>

namespace dp {

class Clock;
class Database;

namespace sentiment {
class Learner;
class RatingService;
struct LexiconChange;
} // namespace sentiment

// Stores `rater`'s rating of an interaction, replacing any earlier one of theirs: value +1 or −1, or 0 to
// take the rating back. Returns the new rating's id (0 when taken back); `rescoreNeeded` tells whether the
// learner moved enough that stored scores should be recomputed.
qint64 rateInteraction(sentiment::RatingService &ratings, qint64 interactionId, const QString &rater,
                       int value, const QString &note, bool *rescoreNeeded = nullptr);

class DealActions final {
public:
    // `ratings`, when given, is the application's one RatingService (so every view sees the same learner);
    // otherwise one is made on `db` at the first rating.
    DealActions(Database &db, const Clock &clock, QString user, sentiment::RatingService *ratings = nullptr);
    ~DealActions();

    const QString &user() const { return m_user; }
    qint64 rate(qint64 interactionId, int value, const QString &note, bool *rescoreNeeded = nullptr);
    // The learner the ratings teach, as it is now.
    const sentiment::Learner &learner();

    // Notes are the user's own; empty text is refused (returns 0 / false).
    qint64 addNote(qint64 dealId, const QString &body);
    // Only the author may change or delete a note: false otherwise.
    bool editNote(qint64 noteId, const QString &body);
    bool deleteNote(qint64 noteId);
    QList<CoachingNote> notes(qint64 dealId);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_user;
    sentiment::RatingService *m_ratings;
    std::unique_ptr<sentiment::RatingService> m_ownRatings; // refits the learner once, on first use
    sentiment::RatingService &ratings();
};

} // namespace dp
