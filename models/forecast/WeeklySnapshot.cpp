// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/WeeklySnapshot.h"

#include "domain/TimeFormat.h"
#include "store/MetaStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dp {
namespace {

constexpr Millis kWeek = 7 * kMillisPerDay;
const QString kLastAutomaticKey = QStringLiteral("weekly_snapshot_taken_at");

} // namespace

Millis WeeklySnapshotPolicy::scheduledInWeekOf(const QDate &day) const {
    const QDate date = day.addDays(int(m_schedule.day) - day.dayOfWeek());
    // A wall-clock hour skipped by a DST change resolves to the next valid instant.
    return QDateTime(date, QTime(m_schedule.hour, 0), m_zone).toMSecsSinceEpoch();
}

Millis WeeklySnapshotPolicy::lastScheduledAt(Millis now) const {
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, m_zone).date();
    const Millis thisWeek = scheduledInWeekOf(today);
    return thisWeek <= now ? thisWeek : scheduledInWeekOf(today.addDays(-7));
}

Millis WeeklySnapshotPolicy::nextScheduledAt(Millis now) const {
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, m_zone).date();
    const Millis thisWeek = scheduledInWeekOf(today);
    return thisWeek > now ? thisWeek : scheduledInWeekOf(today.addDays(7));
}

bool WeeklySnapshotPolicy::dueOnSchedule(Millis now, std::optional<Millis> lastAutomatic) const {
    if (!m_schedule.enabled)
        return false;
    return !lastAutomatic || *lastAutomatic < lastScheduledAt(now);
}

bool WeeklySnapshotPolicy::dueAfterSync(Millis now, std::optional<Millis> lastAutomatic) const {
    if (!m_schedule.enabled)
        return false;
    return !lastAutomatic || now - *lastAutomatic >= kWeek;
}

WeeklySnapshotter::WeeklySnapshotter(Database &db, const Clock &clock, const ForecastSettings &settings,
                                     const HealthSettings &health, const QTimeZone &zone)
    : m_db(db)
    , m_clock(clock)
    , m_settings(settings)
    , m_health(health)
    , m_zone(zone) {}

std::optional<Millis> WeeklySnapshotter::lastAutomatic() const {
    const std::optional<QString> text = MetaStore(m_db).value(kLastAutomaticKey);
    return text ? parseIsoInstant(*text) : std::nullopt;
}

std::optional<TakenSnapshot> WeeklySnapshotter::runIfDue(Trigger trigger) {
    const WeeklySnapshotPolicy policy(m_settings.schedule, m_zone);
    const Millis now = m_clock.now();
    const std::optional<Millis> last = lastAutomatic();
    const bool due =
        trigger == Trigger::Timer ? policy.dueOnSchedule(now, last) : policy.dueAfterSync(now, last);
    if (!due)
        return std::nullopt;
    TakeOptions options;
    options.takenAt = now;
    options.takenBy = QCoreApplication::translate("WeeklySnapshot", "Dealpulse (automatic)");
    options.label = labelFor(now, m_zone);
    options.asOf = now;
    options.health = m_health;
    options.categories = m_settings.categories;
    const TakenSnapshot taken = takeSnapshot(m_db, options);
    MetaStore(m_db).setValue(kLastAutomaticKey, isoUtc(now));
    return taken;
}

QString WeeklySnapshotter::labelFor(Millis at, const QTimeZone &zone) {
    int year = 0;
    const int week = QDateTime::fromMSecsSinceEpoch(at, zone).date().weekNumber(&year);
    return QCoreApplication::translate("WeeklySnapshot", "Weekly snapshot %1-W%2")
        .arg(year)
        .arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace dp
