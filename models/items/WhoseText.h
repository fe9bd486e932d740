// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words that say whose an item is, on the deal page and the Snapshots page: who rated an interaction,
// who wrote a coaching note, who took a snapshot. This desktop's user is "you"; anyone else is named as their
// item is kept (the team login, an email, once judgments come from the team server). Names come from the
// cache and the team server: the views show them as plain text.

#include "domain/Records.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace dp::whose {

// The rating panel's lines: the user's own rating (+1, −1 or 0 for none), then each other person's current
// rating of the interaction with its note, oldest first; at most a few named, the rest counted.
QString ratingsText(int ownRating, const QList<Rating> &others);

// "you, 7 Dec 2026 14:05" or "ana@firm.ro, 7 Dec 2026 14:05, edited 8 Dec 2026 09:12": a note's author and
// dates, in the user's locale and `zone`.
QString noteByline(const CoachingNote &note, bool mine, const QTimeZone &zone);

// The Snapshots page's "Taken by": "You", the taker as stored, or a dash when the cache does not say.
QString snapshotTaker(const QString &takenBy, bool mine);

} // namespace dp::whose
