// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/DealActivityChart.h"

#include <QDateTime>
#include <algorithm>

namespace dp {
namespace {

constexpr Millis k28Days = 28 * kMillisPerDay;

// An instant's position on the bars' axis: fractional days since the first Monday, in weeks, less half a
// bar. Calendar days in the user's zone, like the buckets.
double axisPosition(Millis at, const QDate &firstMonday, const QTimeZone &zone) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
    const double dayFraction = local.time().msecsSinceStartOfDay() / double(kMillisPerDay);
    return (double(firstMonday.daysTo(local.date())) + dayFraction) / 7.0 - 0.5;
}

} // namespace

DealActivityChart dealActivityChart(const QList<ChartEvent> &events, Millis asOf, int weeks,
                                    int goingDarkDays, const QTimeZone &zone) {
    DealActivityChart chart;
    chart.goingDarkDays = goingDarkDays;
    QList<ActivityEvent> activity;
    activity.reserve(events.size());
    for (const ChartEvent &event : events) {
        if (event.direction != Direction::Internal)
            activity.append(ActivityEvent{event.at, event.direction == Direction::Inbound});
    }
    chart.weeks = weeklySeries(activity, asOf, weeks, zone);
    if (chart.weeks.isEmpty())
        return chart;
    for (const WeekBucket &week : chart.weeks)
        chart.maxWeekTotal = std::max(chart.maxWeekTotal, week.inbound + week.outbound);

    const QDate firstMonday = chart.weeks.first().monday;
    const double axisEnd = double(chart.weeks.size()) - 0.5;
    chart.darkWindowTo = std::min(axisPosition(asOf, firstMonday, zone), axisEnd);
    chart.darkWindowFrom =
        std::max(axisPosition(asOf - goingDarkDays * kMillisPerDay, firstMonday, zone), -0.5);

    // The buyer's scored interactions, oldest first, then a 28-day window slid to the end of each week.
    QList<std::pair<Millis, double>> scored;
    for (const ChartEvent &event : events) {
        if (event.direction == Direction::Inbound && event.sentiment && event.at <= asOf)
            scored.append({event.at, *event.sentiment});
    }
    std::sort(scored.begin(), scored.end());
    chart.sentiment.reserve(chart.weeks.size());
    for (const WeekBucket &week : chart.weeks) {
        const Millis weekEnd = QDateTime(week.monday.addDays(7), QTime(0, 0), zone).toMSecsSinceEpoch() - 1;
        const Millis end = std::min(weekEnd, asOf);
        double sum = 0.0;
        int count = 0;
        for (const auto &[at, value] : scored) {
            if (at > end)
                break;
            if (at > end - k28Days) {
                sum += value;
                ++count;
            }
        }
        chart.sentiment.append(count > 0 ? std::optional<double>(sum / count) : std::nullopt);
    }
    return chart;
}

} // namespace dp
