// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The automatic weekly snapshot as the window runs it: the due check and the snapshot on the task runner
// (evaluating every deal takes seconds on a large cache), and when the next scheduled slot comes, for a
// timer.

#include "forecast/WeeklySnapshot.h"

#include <QString>
#include <QTimeZone>
#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace dp {

class CacheSession;
class Task;
class TaskRunner;

struct WeeklySnapshotResult {
    bool taken = false; // a snapshot was due and is now stored
    QString error;      // why the due check or the snapshot failed
};

class WeeklySnapshots final {
public:
    WeeklySnapshots(const CacheSession &session, TaskRunner &runner, std::shared_ptr<const Clock> clock);

    // Takes the snapshot when it is due for `trigger`, quietly (no title: the status bar stays free for the
    // manager's own work). `done` runs while `receiver` lives.
    Task *takeIfDue(QObject *receiver, WeeklySnapshotter::Trigger trigger, const ForecastSettings &forecast,
                    const HealthSettings &health, const QTimeZone &zone,
                    std::function<void(WeeklySnapshotResult)> done);

    // How long until the next scheduled slot after `now`, clamped to what a timer can wait (at least a
    // second, at most eight days; the timer arms itself again after firing); nothing when the schedule is
    // off.
    static std::optional<Millis> delayToNextSlot(const SnapshotSchedule &schedule, const QTimeZone &zone,
                                                 Millis now);

private:
    QString m_path;
    TaskRunner &m_runner;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace dp
