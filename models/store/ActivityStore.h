// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Gathers, in a few set-based queries, the facts the health rules need for each deal as of an instant.
// The rules themselves live in analytics; this is only the SQL.

#include "domain/Clock.h"
#include "store/ActivityAggregate.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace dp {

class Database;

struct DealActivityFacts {
    qint64 dealId = 0;
    Millis createdAt = 0;
    bool isClosed = false;
    bool isWon = false;
    QString stage;
    QDate closeDate;
    std::optional<Millis> lastInboundAt;
    std::optional<Millis> lastOutboundAt;
    // The newest inbound times up to asOf, newest first (at most ActivityTotals::kInboundTimesKept).
    QList<Millis> latestInbound;
    int inbound28d = 0; // in (asOf − 28 days, asOf]
    int outbound28d = 0;
    int inboundPrevious28d = 0; // in (asOf − 56 days, asOf − 28 days]
    int buyerContactsEngaged60d = 0;
    int closeDatePushes = 0;
    std::optional<Millis> stageEnteredAt; // last stage change at or before asOf
    // The scores of buyer-side interactions (inbound mail, calls and meetings, whose score is the buyer's
    // utterances') in (asOf − kSentimentHistory, asOf], oldest first; analytics weighs them by recency.
    QList<SentimentPoint> buyerSentiment;
    std::optional<double> sentimentRecent;   // the deal's sentiment as of asOf (filled by analytics)
    std::optional<double> sentimentPrevious; // the same as of 28 days earlier
};

// How long a deal stayed in a stage before it moved on (for the stage medians).
struct StageStay {
    QString stage;
    Millis duration = 0;
};

// One interaction as the weekly charts need it.
struct ActivityEvent {
    Millis at = 0;
    bool inbound = false; // otherwise outbound; internal ones are left out
};

class ActivityStore final {
public:
    // How far back facts() reads buyer sentiment.
    static constexpr Millis kSentimentHistory = 84 * kMillisPerDay;

    explicit ActivityStore(Database &db)
        : m_db(db) {}

    enum class Scope { AllDeals, DirtyDeals };

    // Told how many of `total` deals have been read; returns false to stop reading.
    using ReadProgress = std::function<bool(qsizetype done, qsizetype total)>;

    // Deals created after asOf and deleted deals are left out. Interactions after asOf are ignored.
    QList<DealActivityFacts> facts(Millis asOf, Scope scope);
    // The same, asking `progress` every few hundred deals; nothing when it asked to stop.
    std::optional<QList<DealActivityFacts>> facts(Millis asOf, Scope scope, const ReadProgress &progress);
    // Completed stays in stages, from the field history up to asOf.
    QList<StageStay> completedStageStays(Millis asOf);
    // Inbound and outbound interactions in [from, to] of one deal, of one rep's deals, or of a team's deals.
    // An interaction concerning several deals of the same rep counts once for the rep.
    QList<ActivityEvent> dealEvents(qint64 dealId, Millis from, Millis to);
    QList<ActivityEvent> ownerEvents(qint64 ownerId, Millis from, Millis to);
    QList<ActivityEvent> teamEvents(qint64 teamId, Millis from, Millis to);

private:
    Database &m_db;
};

} // namespace dp
