// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WeeklySnapshots.h"

#include "app/CacheSession.h"
#include "tasks/TaskRunner.h"

#include <algorithm>

namespace dp {

WeeklySnapshots::WeeklySnapshots(const CacheSession &session, TaskRunner &runner,
                                 std::shared_ptr<const Clock> clock)
    : m_path(session.path())
    , m_runner(runner)
    , m_clock(std::move(clock)) {}

Task *WeeklySnapshots::takeIfDue(QObject *receiver, WeeklySnapshotter::Trigger trigger,
                                 const ForecastSettings &forecast, const HealthSettings &health,
                                 const QTimeZone &zone, std::function<void(WeeklySnapshotResult)> done) {
    return m_runner.run<WeeklySnapshotResult>(
        receiver,
        [path = m_path, clock = m_clock, forecast, health, zone, trigger] {
            WeeklySnapshotResult result;
            OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
            if (!opened.ok()) {
                result.error = opened.error;
                return result;
            }
            // Throwing is fine: the runner turns it into `error`.
            result.taken = WeeklySnapshotter(*opened.database, *clock, forecast, health, zone)
                               .runIfDue(trigger)
                               .has_value();
            return result;
        },
        std::move(done));
}

std::optional<Millis> WeeklySnapshots::delayToNextSlot(const SnapshotSchedule &schedule,
                                                       const QTimeZone &zone, Millis now) {
    if (!schedule.enabled)
        return std::nullopt;
    const WeeklySnapshotPolicy policy(schedule, zone);
    return std::clamp<Millis>(policy.nextScheduledAt(now) - now, 1000, 8 * kMillisPerDay);
}

} // namespace dp
