// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inbound/outbound counts per ISO week in the user's time zone, for the charts. The chart only draws this.

#include "store/ActivityStore.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace dp {

struct WeekBucket {
    QDate monday; // first day of the ISO week, in the user's time zone
    int isoYear = 0;
    int isoWeek = 0;
    int inbound = 0;
    int outbound = 0;

    friend bool operator==(const WeekBucket &, const WeekBucket &) = default;
};

// `weeks` buckets, oldest first, the last one being the week that contains asOf. Events outside them and
// after asOf are ignored.
QList<WeekBucket> weeklySeries(const QList<ActivityEvent> &events, Millis asOf, int weeks,
                               const QTimeZone &zone);

// The instant the oldest bucket starts, so callers fetch just the events they need.
Millis weeklySeriesStart(Millis asOf, int weeks, const QTimeZone &zone);

} // namespace dp
