// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lexicon versions of the rating learner (schema step 3): what caused each change of the learned
// weights and how far each term moved, the per-term resets, and the rated interactions the learner is
// refitted from.

#include "domain/Records.h"
#include "store/SentimentStore.h"

#include <QList>
#include <QString>
#include <optional>

namespace dp {

class Database;

// One change of the learned weights of one language's model.
struct LexiconVersion {
    enum class Cause { Rated, Unrated, Reset, Unreset };

    qint64 id = 0;
    Millis createdAt = 0;
    QString language; // "en" / "ro"
    Cause cause = Cause::Rated;
    std::optional<qint64> undoes; // the version this one undid
    // For Rated / Unrated: the rating as it was (it may since have been deleted).
    std::optional<qint64> ratingId;
    std::optional<qint64> interactionId;
    QString rater;
    int value = 0;
    QString note;
    std::optional<Millis> ratedAt;
    // For Reset / Unreset.
    std::optional<qint64> resetId;
    QString term;
    std::optional<qint64> throughRatingId;
    std::optional<Millis> resetAt;
    // Read back only: the rated interaction's subject, and whether its cause is no longer in effect (a later
    // version undid it, or its rating was deleted, its reset lifted, by other means).
    QString interactionSubject;
    bool undone = false;
};

struct TermDelta {
    QString term;
    double before = 0.0;
    double after = 0.0;
};

// A term's move in one version, for its history.
struct TermMove {
    LexiconVersion version;
    TermDelta delta;
};

struct TermReset {
    qint64 id = 0;
    QString language;
    QString term;
    qint64 throughRatingId = 0; // ratings with an id up to this no longer teach the term
    Millis resetAt = 0;
};

// A stored rating with the text of the interaction it rates.
struct RatedInteraction {
    qint64 ratingId = 0;
    Rating rating;
    InteractionText text;
};

class LexiconStore final {
public:
    explicit LexiconStore(Database &db)
        : m_db(db) {}

    qint64 addVersion(const LexiconVersion &version, const QList<TermDelta> &deltas);
    std::optional<LexiconVersion> version(qint64 versionId);
    // Newest first.
    QList<LexiconVersion> versions();
    QList<TermDelta> deltas(qint64 versionId);
    // Newest first.
    QList<TermMove> termHistory(const QString &language, const QString &term);
    std::optional<qint64> latestVersionId();

    qint64 addReset(const QString &language, const QString &term, qint64 throughRatingId, Millis at);
    void restoreReset(const TermReset &reset); // with its former id
    void removeReset(qint64 resetId);
    std::optional<TermReset> reset(qint64 resetId);
    QList<TermReset> resets();

    // Every live rating with its interaction's text, oldest first (rated_at, then id): the learner's order.
    QList<RatedInteraction> ratedInteractions();
    std::optional<RatedInteraction> ratedInteraction(qint64 ratingId);
    // A deleted rating put back with its former id, so that undoing its deletion restores exactly.
    void restoreRating(qint64 ratingId, const Rating &rating);
    // A new rating, with an id no rating ever had (ratings' ids are otherwise reused after a deletion, and
    // versions and resets refer to ratings by id).
    qint64 addRating(const Rating &rating);
    // The highest rating id ever given out.
    qint64 lastRatingId();

private:
    QList<LexiconVersion> readVersions(const char *where, qint64 key);

    Database &m_db;
};

} // namespace dp
