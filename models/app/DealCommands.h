// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a person does on the deal page, with its errors as values: read the deal (on a worker, with a
// connection of its own), rate an interaction, and add, edit or delete a coaching note (on the GUI thread's
// connection). The rules are items/DealActions'; this adds the connection and turns failures into text.

#include "app/Outcome.h"
#include "items/DealDetails.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace dp {

class Clock;
class Database;
class DealActions;

namespace sentiment {
class Learner;
class RatingService;
class SalesScorer;
} // namespace sentiment

// A deal read for its page; `details` null with `error` saying why.
struct DealLoad {
    std::shared_ptr<const DealDetails> details;
    // Made when asked for (the first load): the words behind each score, for the timeline.
    std::shared_ptr<const sentiment::SalesScorer> scorer;
    QString error;
};

class DealCommands final {
public:
    // `db` is the GUI thread's connection to the cache at `cachePath`; `ratings`, when given, the
    // application's one RatingService (so every page sees the same learner). `clock` must be safe to read
    // from a worker.
    DealCommands(Database &db, QString cachePath, const Clock &clock, QString user,
                 sentiment::RatingService *ratings = nullptr);
    ~DealCommands();
    DealCommands(const DealCommands &) = delete;
    DealCommands &operator=(const DealCommands &) = delete;

    const QString &user() const { return m_user; }
    const Clock &clock() const { return m_clock; }

    // Reads a deal on the calling thread (a worker) through a connection it opens there.
    static DealLoad load(const QString &cachePath, const DealRequest &request, const Clock &clock,
                         bool withScorer);
    // The same for this cache, for a worker: captures nothing of this object.
    std::function<DealLoad()> loader(const DealRequest &request, bool withScorer) const;

    // +1 or −1 replaces the user's earlier rating of the interaction, 0 takes it back. The value: whether
    // stored scores may now differ (the learner moved enough that a rescore is due).
    Outcome<bool> rate(qint64 interactionId, int value, const QString &note);
    // A copy of the learner the ratings teach (cheap: its weights are shared until it learns again), for
    // the timeline to mark the terms it learned; null when it could not be read.
    std::shared_ptr<const sentiment::Learner> learner();
    // The value: whether the note was stored (empty text is refused; only the author edits or deletes).
    Outcome<bool> addNote(qint64 dealId, const QString &text);
    Outcome<bool> editNote(qint64 noteId, const QString &text);
    Outcome<bool> deleteNote(qint64 noteId);
    Outcome<QList<CoachingNote>> notes(qint64 dealId);

private:
    QString m_cachePath;
    const Clock &m_clock;
    QString m_user;
    std::unique_ptr<DealActions> m_actions;
};

} // namespace dp
