#include "items/DealActions.h"

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/FeedbackStore.h"
#include "store/TimelineStore.h"

namespace dp {

qint64 rateInteraction(Database &db, qint64 interactionId, const QString &rater, int value,
                       const QString &note, Millis at) {
    Transaction transaction(db, Transaction::JoinOuter);
    FeedbackStore feedback(db);
    for (const RatingRow &earlier : TimelineStore(db).interactionRatings(interactionId, rater))
        feedback.removeRating(earlier.id);
    qint64 id = 0;
    if (value != 0)
        id = feedback.addRating(Rating{interactionId, rater, value > 0 ? 1 : -1, note.trimmed(), at});
    transaction.commit();
    return id;
}

DealActions::DealActions(Database &db, const Clock &clock, QString user)
    : m_db(db)
    , m_clock(clock)
    , m_user(std::move(user)) {}

qint64 DealActions::rate(qint64 interactionId, int value, const QString &note) {
    return rateInteraction(m_db, interactionId, m_user, value, note, m_clock.now());
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
