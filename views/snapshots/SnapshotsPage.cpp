// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshots/SnapshotsPage.h"

#include "WindowMemory.h"
#include "app/CacheSession.h"
#include "app/SnapshotService.h"
#include "app/WeeklySnapshots.h"
#include "forecast/ForecastSettings.h"
#include "settings/SettingsStore.h"
#include "snapshots/SnapshotHistoryView.h"

#include <QTimer>
#include <QVBoxLayout>

namespace dp {

SnapshotsPage::SnapshotsPage(QWidget *parent)
    : QWidget(parent)
    , m_weeklyTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("snapshotsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_weeklyTimer->setSingleShot(true);
    connect(m_weeklyTimer, &QTimer::timeout, this, [this] {
        takeWeeklySnapshot(false);
        armWeeklySnapshot();
    });
}

SnapshotsPage::~SnapshotsPage() {
    closeCache();
}

void SnapshotsPage::setCache(CacheSession &session, TaskRunner &runner, std::shared_ptr<const Clock> clock,
                             const HealthSettings &health, const QTimeZone &zone, const QString &user) {
    closeCache();
    m_clock = std::move(clock);
    setSettings(health, zone);
    auto service =
        std::make_unique<SnapshotService>(session.database(), *m_clock, health, SettingsStore().forecast());
    service->setUser(user);
    m_view = new SnapshotHistoryView(std::move(service), this);
    m_view->setObjectName(QStringLiteral("snapshotsView"));
    layout()->addWidget(m_view);
    windowMemory::restoreSplitters(SettingsStore(), m_view);
    m_weekly = std::make_unique<WeeklySnapshots>(session, runner, m_clock);
}

void SnapshotsPage::closeCache() {
    delete m_view;
    m_view = nullptr; // not left dangling should the next view fail to read the cache
    m_weekly.reset();
}

void SnapshotsPage::setUser(const QString &user) {
    if (m_view)
        m_view->setUser(user);
}

void SnapshotsPage::setSettings(const HealthSettings &health, const QTimeZone &zone) {
    m_health = health;
    m_zone = zone;
}

void SnapshotsPage::takeWeeklySnapshot(bool afterSync) {
    if (!m_weekly)
        return;
    m_weekly->takeIfDue(
        this, afterSync ? WeeklySnapshotter::Trigger::AfterSync : WeeklySnapshotter::Trigger::Timer,
        SettingsStore().forecast(), m_health, m_zone, [this](const WeeklySnapshotResult &result) {
            if (!result.error.isEmpty())
                emit message(tr("The weekly snapshot could not be taken: %1").arg(result.error), 15000);
            if (!result.taken)
                return;
            if (m_view)
                m_view->reload();
            emit weeklySnapshotTaken();
        });
}

void SnapshotsPage::armWeeklySnapshot() {
    takeWeeklySnapshot(false);
    if (!m_clock)
        return;
    const std::optional<Millis> delay =
        WeeklySnapshots::delayToNextSlot(SettingsStore().forecast().schedule, m_zone, m_clock->now());
    if (delay)
        m_weeklyTimer->start(int(*delay)); // at most eight days: fits QTimer's int of milliseconds
    else
        m_weeklyTimer->stop();
}

} // namespace dp
