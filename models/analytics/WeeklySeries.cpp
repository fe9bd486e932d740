#include "analytics/WeeklySeries.h"

#include <QDateTime>

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
    for (const ActivityEvent &event : events) {
        if (event.at > asOf)
            continue;
        // Calendar days, not 24-hour periods: a week in the user's zone may be 167 or 169 hours long.
        const qint64 days = firstMonday.daysTo(localDate(event.at, zone));
        if (days < 0 || days >= 7LL * weeks)
            continue;
        WeekBucket &bucket = buckets[days / 7];
        ++(event.inbound ? bucket.inbound : bucket.outbound);
    }
    return buckets;
}

} // namespace dp
