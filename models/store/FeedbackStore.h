// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What people add on top of the CRM: ratings of interactions and coaching notes on deals. Each change is
// also queued for the team server (TeamOutboxStore) in the same transaction.

#include "domain/Records.h"

#include <QList>
#include <optional>

namespace dp {

class Database;

class FeedbackStore final {
public:
    explicit FeedbackStore(Database &db)
        : m_db(db) {}

    qint64 addRating(const Rating &rating);
    void removeRating(qint64 ratingId);
    QList<Rating> ratings(qint64 interactionId);

    qint64 addNote(qint64 dealId, const QString &author, const QString &body, Millis at);
    // Only the author may change or delete a note; false when the note is not theirs or does not exist.
    bool editNote(qint64 noteId, const QString &author, const QString &body, Millis at);
    bool deleteNote(qint64 noteId, const QString &author);
    QList<CoachingNote> notes(qint64 dealId);
    std::optional<QString> noteAuthor(qint64 noteId);

private:
    Database &m_db;
};

} // namespace dp
