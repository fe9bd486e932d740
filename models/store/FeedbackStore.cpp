// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FeedbackStore.h"

#include "store/Database.h"
#include "store/TeamOutboxStore.h"

namespace dp {

qint64 FeedbackStore::addRating(const Rating &rating) {
    // The rating and its outbox entry are written together (or join the caller's transaction).
    Transaction transaction(m_db, Transaction::JoinOuter);
    const std::optional<QString> changeId =
        TeamOutboxStore(m_db).queueRating(rating.interactionId, rating.value, rating.note, rating.ratedAt);
    Statement &insert = m_db.cached("INSERT INTO ratings(interaction_id, rater, value, note, rated_at,"
                                    " team_change_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, rating.interactionId).bind(2, rating.rater).bind(3, rating.value).bind(4, rating.note);
    insert.bind(5, rating.ratedAt).bind(6, changeId).run();
    const qint64 id = m_db.lastInsertRowId();
    transaction.commit();
    return id;
}

void FeedbackStore::removeRating(qint64 ratingId) {
    Transaction transaction(m_db, Transaction::JoinOuter);
    std::optional<std::pair<qint64, Millis>> rated; // interaction, instant
    {
        Query query = m_db.query("SELECT interaction_id, rated_at FROM ratings WHERE id = ?1");
        query.bind(1, ratingId);
        if (query.step())
            rated = std::pair(query.int64(0), Millis(query.int64(1)));
    }
    // Value 0 withdraws the rater's rating of the interaction on the team server.
    if (rated)
        TeamOutboxStore(m_db).queueRating(rated->first, 0, {}, rated->second);
    m_db.cached("DELETE FROM ratings WHERE id = ?1").bind(1, ratingId).run();
    transaction.commit();
}

QList<Rating> FeedbackStore::ratings(qint64 interactionId) {
    Query query = m_db.query("SELECT interaction_id, rater, value, note, rated_at FROM ratings"
                             " WHERE interaction_id = ?1 ORDER BY rated_at, id");
    query.bind(1, interactionId);
    QList<Rating> result;
    while (query.step())
        result.append(
            Rating{query.int64(0), query.text(1), int(query.int64(2)), query.text(3), query.int64(4)});
    return result;
}

qint64 FeedbackStore::addNote(qint64 dealId, const QString &author, const QString &body, Millis at) {
    Transaction transaction(m_db, Transaction::JoinOuter);
    Statement &insert =
        m_db.cached("INSERT INTO coaching_notes(deal_id, author, body, created_at, updated_at)"
                    " VALUES (?1, ?2, ?3, ?4, ?4)");
    insert.bind(1, dealId).bind(2, author).bind(3, body).bind(4, at).run();
    const qint64 id = m_db.lastInsertRowId();
    TeamOutboxStore(m_db).queueNoteVersion(id, false);
    transaction.commit();
    return id;
}

bool FeedbackStore::editNote(qint64 noteId, const QString &author, const QString &body, Millis at) {
    Transaction transaction(m_db, Transaction::JoinOuter);
    m_db.cached("UPDATE coaching_notes SET body = ?3, updated_at = ?4 WHERE id = ?1 AND author = ?2")
        .bind(1, noteId)
        .bind(2, author)
        .bind(3, body)
        .bind(4, at)
        .run();
    if (m_db.changes() == 0)
        return false;
    TeamOutboxStore(m_db).queueNoteVersion(noteId, false);
    transaction.commit();
    return true;
}

bool FeedbackStore::deleteNote(qint64 noteId, const QString &author) {
    Transaction transaction(m_db, Transaction::JoinOuter);
    // The deletion travels as a last version of the note, so it is read before the row goes.
    if (noteAuthor(noteId) != author)
        return false;
    TeamOutboxStore(m_db).queueNoteVersion(noteId, true);
    m_db.cached("DELETE FROM coaching_notes WHERE id = ?1 AND author = ?2")
        .bind(1, noteId)
        .bind(2, author)
        .run();
    transaction.commit();
    return true;
}

std::optional<QString> FeedbackStore::noteAuthor(qint64 noteId) {
    Query query = m_db.query("SELECT author FROM coaching_notes WHERE id = ?1");
    query.bind(1, noteId);
    std::optional<QString> author;
    if (query.step())
        author = query.text(0);
    return author;
}

QList<CoachingNote> FeedbackStore::notes(qint64 dealId) {
    Query query = m_db.query("SELECT id, deal_id, author, body, created_at, updated_at FROM coaching_notes"
                             " WHERE deal_id = ?1 ORDER BY created_at DESC, id DESC");
    query.bind(1, dealId);
    QList<CoachingNote> result;
    while (query.step())
        result.append(CoachingNote{query.int64(0), query.int64(1), query.text(2), query.text(3),
                                   query.int64(4), query.int64(5)});
    return result;
}

} // namespace dp
