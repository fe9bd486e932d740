#pragma once
// What a person does on the deal page: rate an interaction, and write, edit or delete coaching notes. Kept
// in one place, behind small functions, so that where a rating goes (today the ratings table; later also
// the sentiment learner) can change without touching the page.

#include "domain/Records.h"

#include <QList>

namespace dp {

class Clock;
class Database;

// Stores `rater`'s rating of an interaction, replacing any earlier one of theirs: value +1 or −1, or 0 to
// take the rating back. Returns the new rating's id (0 when taken back).
qint64 rateInteraction(Database &db, qint64 interactionId, const QString &rater, int value,
                       const QString &note, Millis at);

class DealActions final {
public:
    DealActions(Database &db, const Clock &clock, QString user);

    const QString &user() const { return m_user; }
    qint64 rate(qint64 interactionId, int value, const QString &note);

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
};

} // namespace dp
