// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FeedbackStore.h"

#include "store/Database.h"

namespace dp {

qint64 FeedbackStore::addRating(const Rating &rating) {
    Statement &insert = m_db.cached("INSERT INTO ratings(interaction_id, rater, value, note, rated_at)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, rating.interactionId).bind(2, rating.rater).bind(3, rating.value).bind(4, rating.note);
    insert.bind(5, rating.ratedAt).run();
    return m_db.lastInsertRowId();
}

void FeedbackStore::removeRating(qint64 ratingId) {
    m_db.cached("DELETE FROM ratings WHERE id = ?1").bind(1, ratingId).run();
}

QList<Rating> FeedbackStore::ratings(qint64 interactionId) {
    Statement &query = m_db.cached("SELECT interaction_id, rater, value, note, rated_at FROM ratings"
                                   " WHERE interaction_id = ?1 ORDER BY rated_at, id");
    query.bind(1, interactionId);
    QList<Rating> result;
    while (query.step())
        result.append(
            Rating{query.int64(0), query.text(1), int(query.int64(2)), query.text(3), query.int64(4)});
    return result;
}

qint64 FeedbackStore::addNote(qint64 dealId, const QString &author, const QString &body, Millis at) {
    Statement &insert =
        m_db.cached("INSERT INTO coaching_notes(deal_id, author, body, created_at, updated_at)"
                    " VALUES (?1, ?2, ?3, ?4, ?4)");
    insert.bind(1, dealId).bind(2, author).bind(3, body).bind(4, at).run();
    return m_db.lastInsertRowId();
}

bool FeedbackStore::editNote(qint64 noteId, const QString &author, const QString &body, Millis at) {
    m_db.cached("UPDATE coaching_notes SET body = ?3, updated_at = ?4 WHERE id = ?1 AND author = ?2")
        .bind(1, noteId)
        .bind(2, author)
        .bind(3, body)
        .bind(4, at)
        .run();
    return m_db.changes() > 0;
}

bool FeedbackStore::deleteNote(qint64 noteId, const QString &author) {
    m_db.cached("DELETE FROM coaching_notes WHERE id = ?1 AND author = ?2")
        .bind(1, noteId)
        .bind(2, author)
        .run();
    return m_db.changes() > 0;
}

QList<CoachingNote> FeedbackStore::notes(qint64 dealId) {
    Statement &query =
        m_db.cached("SELECT id, deal_id, author, body, created_at, updated_at FROM coaching_notes"
                    " WHERE deal_id = ?1 ORDER BY created_at DESC, id DESC");
    query.bind(1, dealId);
    QList<CoachingNote> result;
    while (query.step())
        result.append(CoachingNote{query.int64(0), query.int64(1), query.text(2), query.text(3),
                                   query.int64(4), query.int64(5)});
    return result;
}

} // namespace dp
