// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DealActions.h"

#include "analytics/sentiment/RatingService.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "store/FeedbackStore.h"
#include "store/TimelineStore.h"

namespace dp {

qint64 rateInteraction(sentiment::RatingService &ratings, qint64 interactionId, const QString &rater,
                       int value, const QString &note, bool *rescoreNeeded) {
    bool rescore = false;
    for (const RatingRow &earlier :
         TimelineStore(ratings.database()).interactionRatings(interactionId, rater))
        rescore = ratings.removeRating(earlier.id).rescoreNeeded || rescore;
    qint64 id = 0;
    if (value != 0) {
        const sentiment::RatingResult result = ratings.rate(interactionId, rater, value, note.trimmed());
        id = result.ratingId;
        rescore = result.change.rescoreNeeded || rescore;
    }
    if (rescoreNeeded)
        *rescoreNeeded = rescore;
    return id;
}

DealActions::DealActions(Database &db, const Clock &clock, QString user, sentiment::RatingService *ratings)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_ratings(ratings) {}

DealActions::~DealActions() = default;

sentiment::RatingService &DealActions::ratings() {
    if (!m_ratings) {
        m_ownRatings = std::make_unique<sentiment::RatingService>(m_db, m_clock);
        m_ratings = m_ownRatings.get();
    }
    return *m_ratings;
}

qint64 DealActions::rate(qint64 interactionId, int value, const QString &note, bool *rescoreNeeded) {
    return rateInteraction(ratings(), interactionId, m_user, value, note, rescoreNeeded);
}

const sentiment::Learner &DealActions::learner() {
    return ratings().learner();
}

qint64 DealActions::addNote(qint64 dealId, const QString &body) {
    if (body.trimmed().isEmpty())
        return 0;
    return FeedbackStore(m_db).addNote(dealId, m_user, body.trimmed(), m_clock.now());
}

bool DealActions::editNote(qint64 noteId, const QString &body) {
    if (body.trimmed().isEmpty())
        return false;
    return FeedbackStore(m_db).editNote(noteId, m_user, body.trimmed(), m_clock.now());
}

bool DealActions::deleteNote(qint64 noteId) {
    return FeedbackStore(m_db).deleteNote(noteId, m_user);
}

QList<CoachingNote> DealActions::notes(qint64 dealId) {
    return FeedbackStore(m_db).notes(dealId);
}

} // namespace dp
