// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the deal page needs beside the timeline itself: the names behind the addresses on a deal's
// interactions, and one person's ratings of them.

#include "domain/Records.h"

#include <QHash>
#include <QList>

namespace dp {

class Database;

struct RatingRow {
    qint64 id = 0;
    Rating rating;
};

class TimelineStore final {
public:
    explicit TimelineStore(Database &db)
        : m_db(db) {}

    // Lower-case address → name, for the buyer contacts on the deal or on its interactions and for our reps.
    QHash<QString, QString> peopleNames(qint64 dealId);
    // The ratings `rater` gave to the interactions of a deal, oldest first.
    QList<RatingRow> dealRatings(qint64 dealId, const QString &rater);
    // The ratings everyone but `rater` gave to the interactions of a deal (pulled from the team server),
    // oldest first: one per rater and interaction, as a pull keeps them.
    QList<RatingRow> othersDealRatings(qint64 dealId, const QString &rater);
    // The ratings `rater` gave to one interaction.
    QList<RatingRow> interactionRatings(qint64 interactionId, const QString &rater);

private:
    Database &m_db;
};

} // namespace dp
