// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the deal page's chart draws, computed here so the widget only draws: inbound/outbound per ISO week,
// where the going-dark window lies on the same axis, and the buyer's sentiment week by week.

#include "analytics/WeeklySeries.h"
#include "domain/Records.h"

#include <QList>
#include <QTimeZone>
#include <optional>

namespace dp {

// One interaction as the chart needs it.
struct ChartEvent {
    Millis at = 0;
    Direction direction = Direction::Internal;
    std::optional<double> sentiment;
};

struct DealActivityChart {
    QList<WeekBucket> weeks; // oldest first; the last one contains asOf
    // The going-dark window (asOf − N days, asOf] in the bars' coordinates: bar i is centred on x = i and
    // spans [i − 0.5, i + 0.5), so the window can be shaded behind the bars.
    double darkWindowFrom = 0.0;
    double darkWindowTo = 0.0;
    int goingDarkDays = 21;
    // Per week: the mean sentiment of the buyer's scored inbound interactions in the 28 days up to the end
    // of that week (or asOf for the current week) — the same figure as the deal's "sentiment" as of then;
    // empty when there is none.
    QList<std::optional<double>> sentiment;
    int maxWeekTotal = 0; // the highest inbound + outbound of a week, for the axis
};

DealActivityChart dealActivityChart(const QList<ChartEvent> &events, Millis asOf, int weeks,
                                    int goingDarkDays, const QTimeZone &zone);

} // namespace dp
