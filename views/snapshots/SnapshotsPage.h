// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Snapshots page: the snapshot history of the open cache (made again when another opens, with its
// splitter where it was) and the weekly snapshot the forecast settings schedule, taken when its slot comes
// and after each sync.

#include "analytics/HealthRules.h"

#include <QTimeZone>
#include <QWidget>
#include <memory>

class QTimer;

namespace dp {

class CacheSession;
class Clock;
class SnapshotHistoryView;
class TaskRunner;
class WeeklySnapshots;

class SnapshotsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotsPage)

public:
    explicit SnapshotsPage(QWidget *parent = nullptr);
    ~SnapshotsPage() override;

    // The open cache: a history view reading it and the weekly snapshots taken in it, with these settings;
    // snapshots taken by hand are `user`'s. `session` and `runner` must outlive the page's use of them (until
    // closeCache()).
    void setCache(CacheSession &session, TaskRunner &runner, std::shared_ptr<const Clock> clock,
                  const HealthSettings &health, const QTimeZone &zone, const QString &user);
    // Drops the view and the weekly snapshots, before the cache's connections close.
    void closeCache();
    SnapshotHistoryView *view() const { return m_view; }
    // The settings the weekly snapshot is taken with.
    void setSettings(const HealthSettings &health, const QTimeZone &zone);
    // Snapshots taken by hand from now on are `user`'s.
    void setUser(const QString &user);

    // Takes a snapshot missed while the app was closed, then waits for the schedule's next slot (again
    // when the schedule may have moved).
    void armWeeklySnapshot();
    // Takes the weekly snapshot when it is due.
    void takeWeeklySnapshot(bool afterSync);

signals:
    // A weekly snapshot was stored (to share it with the team at once).
    void weeklySnapshotTaken();
    // For the status bar.
    void message(const QString &text, int timeoutMs);

private:
    SnapshotHistoryView *m_view = nullptr;
    std::unique_ptr<WeeklySnapshots> m_weekly;
    std::shared_ptr<const Clock> m_clock;
    HealthSettings m_health;
    QTimeZone m_zone;
    QTimer *m_weeklyTimer;
};

} // namespace dp
