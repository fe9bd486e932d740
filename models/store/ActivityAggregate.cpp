#include "store/ActivityAggregate.h"

#include "store/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace dp {
namespace {

std::string_view textOf(sqlite3_value *value) {
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? std::string_view(text, size_t(sqlite3_value_bytes(value))) : std::string_view();
}

void addInteraction(sqlite3_context *context, int, sqlite3_value **arguments) {
    auto *totals = static_cast<ActivityTotals *>(sqlite3_aggregate_context(context, sizeof(ActivityTotals)));
    if (!totals) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const qint64 at = sqlite3_value_int64(arguments[0]);
    const std::string_view direction = textOf(arguments[1]);
    const qint64 recentFrom = sqlite3_value_int64(arguments[2]);
    const qint64 previousFrom = sqlite3_value_int64(arguments[3]);
    if (direction == "outbound") {
        totals->lastOutboundAt = totals->hasOutbound ? std::max(totals->lastOutboundAt, at) : at;
        totals->hasOutbound = true;
        totals->outboundRecent += at > recentFrom;
        return;
    }
    if (direction != "inbound")
        return;
    totals->lastInboundAt = totals->hasInbound ? std::max(totals->lastInboundAt, at) : at;
    totals->hasInbound = true;
    if (at > recentFrom)
        ++totals->inboundRecent;
    else if (at > previousFrom)
        ++totals->inboundPrevious;
}

void finish(sqlite3_context *context) {
    // A zero size asks for the context without allocating it: no rows were added, so the result is NULL.
    auto *totals = static_cast<ActivityTotals *>(sqlite3_aggregate_context(context, 0));
    if (!totals) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_blob(context, totals, int(sizeof(ActivityTotals)), SQLITE_TRANSIENT);
}

} // namespace

void registerActivityAggregate(sqlite3 *db) {
    const int status = sqlite3_create_function_v2(db, "dp_deal_activity", 4,
                                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                                  nullptr, nullptr, addInteraction, finish, nullptr);
    if (status != SQLITE_OK)
        throw StoreError(QStringLiteral("Cannot register dp_deal_activity: %1")
                             .arg(QString::fromUtf8(sqlite3_errstr(status))));
}

ActivityTotals activityTotals(const Statement &statement, int column) {
    ActivityTotals totals;
    const QByteArrayView bytes = statement.blob(column);
    if (bytes.size() == qsizetype(sizeof(ActivityTotals)))
        std::memcpy(&totals, bytes.data(), sizeof(ActivityTotals));
    return totals;
}

} // namespace dp
