// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The automatic weekly snapshot: due once the scheduled day and hour of this week has come (or, if the app
// was not running then, as soon as it runs), and after a sync whenever a week has passed since the last
// automatic one. "Now" comes from the injected clock; the schedule is read in the user's time zone.

#include "forecast/ForecastSettings.h"
#include "forecast/SnapshotArchive.h"

#include <QTimeZone>
#include <optional>

namespace dp {

class Clock;
class Database;

class WeeklySnapshotPolicy final {
public:
    WeeklySnapshotPolicy(const SnapshotSchedule &schedule, const QTimeZone &zone)
        : m_schedule(schedule)
        , m_zone(zone) {}

    // The latest scheduled moment at or before `now`.
    Millis lastScheduledAt(Millis now) const;
    // The first scheduled moment after `now`, for a timer.
    Millis nextScheduledAt(Millis now) const;
    // The scheduled moment has come and no automatic snapshot was taken since.
    bool dueOnSchedule(Millis now, std::optional<Millis> lastAutomatic) const;
    // A week (7 × 24 hours) has passed since the last automatic snapshot, or there never was one.
    bool dueAfterSync(Millis now, std::optional<Millis> lastAutomatic) const;

private:
    Millis scheduledInWeekOf(const QDate &day) const;

    SnapshotSchedule m_schedule;
    QTimeZone m_zone;
};

// Takes the automatic snapshot when the policy says so and remembers when, in the cache itself (so two
// copies of the app on one cache do not both take it).
class WeeklySnapshotter final {
public:
    enum class Trigger { Timer, AfterSync };

    WeeklySnapshotter(Database &db, const Clock &clock, const ForecastSettings &settings,
                      const HealthSettings &health, const QTimeZone &zone = QTimeZone::systemTimeZone());

    std::optional<Millis> lastAutomatic() const;
    // Nothing when disabled or not due.
    std::optional<TakenSnapshot> runIfDue(Trigger trigger);
    // The snapshot's label, e.g. "Weekly snapshot 2026-W48".
    static QString labelFor(Millis at, const QTimeZone &zone);

private:
    Database &m_db;
    const Clock &m_clock;
    ForecastSettings m_settings;
    HealthSettings m_health;
    QTimeZone m_zone;
};

} // namespace dp
