// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

struct sqlite3;

namespace dp {

class Statement;

// What one deal's interactions add up to, as the SQL aggregate dp_deal_activity returns it (a blob of this
// struct). One C call per interaction instead of five SQL aggregates: the per-deal pass over millions of
// links is bound by per-row work, and this keeps it close to the cost of the bare scan.
struct ActivityTotals {
    qint64 lastInboundAt = 0;
    qint64 lastOutboundAt = 0;
    bool hasInbound = false;
    bool hasOutbound = false;
    int inboundRecent = 0;   // inbound after recent_from
    int outboundRecent = 0;  // outbound after recent_from
    int inboundPrevious = 0; // inbound in (previous_from, recent_from]
    // The newest inbound times, newest first: enough for the buyer's usual rhythm (analytics/InboundRhythm.h)
    // even when a few of them fall in one burst. Kept in the struct, so the blob stays one fixed size.
    static constexpr int kInboundTimesKept = 16;
    int latestInboundCount = 0;
    qint64 latestInbound[kInboundTimesKept] = {};
};

// One scored buyer-side interaction of a deal.
struct SentimentPoint {
    qint64 at = 0;
    double score = 0.0;
};

// dp_deal_activity(occurred_at, direction, kind, sentiment, recent_from, previous_from, sentiment_from),
// aggregate: the totals, and the buyer-side scores after sentiment_from.
void registerActivityAggregate(sqlite3 *db);

// The totals in a result column of dp_deal_activity (all zero for NULL: no interactions), and its points.
ActivityTotals activityTotals(const Statement &statement, int column, QList<SentimentPoint> *points);

} // namespace dp
