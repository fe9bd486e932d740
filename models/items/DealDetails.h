// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the deal page shows, read in one go (on a worker): the deal and its health in words, the
// history of its close date, stage and amount, every interaction newest first, the chart series and the
// coaching notes.

#include "analytics/DealActivityChart.h"
#include "analytics/sentiment/TextCleaner.h"
#include "domain/Health.h"
#include "store/DealStore.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace dp {

class Clock;
class Database;

struct DealRequest {
    qint64 dealId = 0;
    int goingDarkDays = 21;
    QString user; // whose ratings the timeline shows; who may edit which notes
    QTimeZone zone = QTimeZone::systemTimeZone();
    int weeks = 26;
};

// One interaction of the timeline with what the page says about it.
struct TimelineEntry {
    qint64 id = 0;
    Interaction interaction;
    std::optional<double> sentiment;
    int rating = 0; // the user's own rating: +1, -1 or 0 for none
    QString ratingNote;
    QList<Rating> othersRatings; // the team's other members' current ratings, oldest first
};

struct DealDetails {
    DealRequest request;
    DealRow deal;
    std::optional<DealMetrics> metrics; // empty until the analytics ran for the deal
    Millis asOf = 0;                    // the instant the figures and the chart describe
    QString bandText;
    QStringList reasons;
    QList<bool> reasonIsGood;      // per reason: a healthy sign rather than a warning
    QList<FieldChangeRow> history; // oldest first
    QList<TimelineEntry> timeline; // newest first
    DealActivityChart chart;
    QList<CoachingNote> notes;     // newest first
    sentiment::OurSide ours;       // to tell the buyer's lines of a transcript from ours
    QHash<QString, QString> names; // lower-case address → name, for participantsText()
};

// Empty when the deal is not in the cache. asOf is the stored figures' instant, or the clock's now.
std::optional<DealDetails> loadDealDetails(Database &db, const DealRequest &request, const Clock &clock);

// "From Dana Ortiz to Alison Engel, cc Sam Lee", worded for the interaction's kind; names from
// `names` (lower-case address → name), else the address.
QString participantsText(const Interaction &interaction, const QHash<QString, QString> &names);

// "Close date pushed from 31 Oct 2026 to 15 Dec 2026" and the like, in the user's language.
QString describeChange(const FieldChangeRow &change, const QString &currency);

} // namespace dp
