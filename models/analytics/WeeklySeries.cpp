// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/WeeklySeries.h"

#include <QDateTime>
#include <algorithm>

namespace dp {
namespace {

QDate localDate(Millis at, const QTimeZone &zone) {
    return QDateTime::fromMSecsSinceEpoch(at, zone).date();
}

QDate mondayOf(QDate date) {
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

Millis weeklySeriesStart(Millis asOf, int weeks, const QTimeZone &zone) {
    const QDate firstMonday = mondayOf(localDate(asOf, zone)).addDays(-7 * (weeks - 1));
    return QDateTime(firstMonday, QTime(0, 0), zone).toMSecsSinceEpoch();
}

QList<WeekBucket> weeklySeries(const QList<ActivityEvent> &events, Millis asOf, int weeks,
                               const QTimeZone &zone) {
    QList<WeekBucket> buckets;
    if (weeks <= 0)
        return buckets;
    const QDate lastMonday = mondayOf(localDate(asOf, zone));
    const QDate firstMonday = lastMonday.addDays(-7 * (weeks - 1));
    buckets.reserve(weeks);
    for (int i = 0; i < weeks; ++i) {
        WeekBucket bucket;
        bucket.monday = firstMonday.addDays(7 * i);
        bucket.isoWeek = bucket.monday.weekNumber(&bucket.isoYear);
        buckets.append(bucket);
    }
    // Each week starts at Monday midnight in the user's zone: calendar days, not 24-hour periods, since a
    // week may be 167 or 169 hours long. The starts are converted once, so an event costs a binary search
    // rather than a time-zone conversion.
    QList<Millis> starts;
    starts.reserve(weeks + 1);
    for (int i = 0; i <= weeks; ++i)
        starts.append(QDateTime(firstMonday.addDays(7 * i), QTime(0, 0), zone).toMSecsSinceEpoch());
    for (const ActivityEvent &event : events) {
        if (event.at > asOf || event.at < starts.first() || event.at >= starts.last())
            continue;
        const qsizetype week =
            std::upper_bound(starts.cbegin(), starts.cend(), event.at) - starts.cbegin() - 1;
        WeekBucket &bucket = buckets[week];
        ++(event.inbound ? bucket.inbound : bucket.outbound);
    }
    return buckets;
}

} // namespace dp
