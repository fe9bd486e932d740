// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ActivityAggregate.h"

#include "store/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dp {
namespace {

std::string_view textOf(sqlite3_value *value) {
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? std::string_view(text, size_t(sqlite3_value_bytes(value))) : std::string_view();
}

// The aggregate's context: SQLite zero-fills it, so `points` starts null and is made on first use.
struct State {
    ActivityTotals totals;
    std::vector<SentimentPoint> *points;
};

// Keeps the newest inbound times, newest first: rows come in no particular order, so each is placed by an
// insertion into the short sorted array (a handful of moves at most).
void keepInboundTime(ActivityTotals *totals, qint64 at) {
    constexpr int kept = ActivityTotals::kInboundTimesKept;
    int count = totals->latestInboundCount;
    if (count == kept && at <= totals->latestInbound[kept - 1])
        return;
    int position = std::min(count, kept - 1);
    while (position > 0 && totals->latestInbound[position - 1] < at) {
        totals->latestInbound[position] = totals->latestInbound[position - 1];
        --position;
    }
    totals->latestInbound[position] = at;
    totals->latestInboundCount = std::min(count + 1, kept);
}

void addInteraction(sqlite3_context *context, int, sqlite3_value **arguments) {
    auto *state = static_cast<State *>(sqlite3_aggregate_context(context, sizeof(State)));
    if (!state) {
        sqlite3_result_error_nomem(context);
        return;
    }
    ActivityTotals *totals = &state->totals;
    const qint64 at = sqlite3_value_int64(arguments[0]);
    const std::string_view direction = textOf(arguments[1]);
    const std::string_view kind = textOf(arguments[2]);
    const qint64 recentFrom = sqlite3_value_int64(arguments[4]);
    const qint64 previousFrom = sqlite3_value_int64(arguments[5]);
    const qint64 sentimentFrom = sqlite3_value_int64(arguments[6]);
    const bool inbound = direction == "inbound";
    // Buyer-side scores: inbound mail, and calls and meetings, whose score is that of the buyer's words.
    if (at > sentimentFrom && sqlite3_value_type(arguments[3]) != SQLITE_NULL &&
        (inbound || kind == "call" || kind == "meeting")) {
        if (!state->points)
            state->points = new std::vector<SentimentPoint>;
        state->points->push_back({at, sqlite3_value_double(arguments[3])});
    }
    if (direction == "outbound") {
        totals->lastOutboundAt = totals->hasOutbound ? std::max(totals->lastOutboundAt, at) : at;
        totals->hasOutbound = true;
        totals->outboundRecent += at > recentFrom;
        return;
    }
    if (!inbound)
        return;
    totals->lastInboundAt = totals->hasInbound ? std::max(totals->lastInboundAt, at) : at;
    totals->hasInbound = true;
    keepInboundTime(totals, at);
    if (at > recentFrom)
        ++totals->inboundRecent;
    else if (at > previousFrom)
        ++totals->inboundPrevious;
}

void finish(sqlite3_context *context) {
    // A zero size asks for the context without allocating it: no rows were added, so the result is NULL.
    auto *state = static_cast<State *>(sqlite3_aggregate_context(context, 0));
    if (!state) {
        sqlite3_result_null(context);
        return;
    }
    // The blob: the totals, then the sentiment points in the order the rows came.
    const std::unique_ptr<std::vector<SentimentPoint>> points(state->points);
    const size_t pointBytes = points ? points->size() * sizeof(SentimentPoint) : 0;
    std::string blob(sizeof(ActivityTotals) + pointBytes, '\0');
    std::memcpy(blob.data(), &state->totals, sizeof(ActivityTotals));
    if (pointBytes > 0)
        std::memcpy(blob.data() + sizeof(ActivityTotals), points->data(), pointBytes);
    sqlite3_result_blob64(context, blob.data(), blob.size(), SQLITE_TRANSIENT);
}

} // namespace

void registerActivityAggregate(sqlite3 *db) {
    const int status = sqlite3_create_function_v2(db, "dp_deal_activity", 7,
                                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                                  nullptr, nullptr, addInteraction, finish, nullptr);
    if (status != SQLITE_OK)
        throw StoreError(QStringLiteral("Cannot register dp_deal_activity: %1")
                             .arg(QString::fromUtf8(sqlite3_errstr(status))));
}

ActivityTotals activityTotals(const Statement &statement, int column, QList<SentimentPoint> *points) {
    ActivityTotals totals;
    const QByteArrayView bytes = statement.blob(column);
    if (bytes.size() < qsizetype(sizeof(ActivityTotals)))
        return totals;
    std::memcpy(&totals, bytes.data(), sizeof(ActivityTotals));
    const qsizetype count =
        (bytes.size() - qsizetype(sizeof(ActivityTotals))) / qsizetype(sizeof(SentimentPoint));
    points->resize(count);
    if (count > 0)
        std::memcpy(points->data(), bytes.data() + sizeof(ActivityTotals),
                    size_t(count) * sizeof(SentimentPoint));
    return totals;
}

} // namespace dp
