// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When the next background sync is due: every `interval` after the last one ended (whoever started it),
// never while one runs, and not while the system says the connection is offline or metered. It only says
// syncDue(); the owner starts the sync through the same path as "Sync now" and reports back with
// syncStarted()/syncFinished().

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace dp::sync {

class SyncSchedule final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSchedule)

public:
    enum class Pause { None, Off, Running, Offline, Metered };
    Q_ENUM(Pause)

    explicit SyncSchedule(QObject *parent = nullptr);

    // Zero: no background sync.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    // What the network allows; the system's word once followSystemNetwork() found a backend.
    void setNetwork(bool online, bool metered);
    // Follows QNetworkInformation when Qt has a backend for this system (false when none loads: the
    // schedule then never pauses for the network). stopFollowingSystemNetwork() lets a test decide.
    bool followSystemNetwork();
    void stopFollowingSystemNetwork();

    void syncStarted();
    void syncFinished();
    // The due sync did not start (no connection saved yet): the next try is an interval later.
    void syncSkipped() { syncFinished(); }

    Pause pause() const;
    // Whether a tick is waiting.
    bool isArmed() const { return m_timer.isActive(); }

signals:
    void syncDue();
    void pauseChanged(dp::sync::SyncSchedule::Pause pause);

private:
    void arm();

    QTimer m_timer;
    QElapsedTimer m_sinceLastSync; // monotonic: a changed wall clock moves nothing
    std::chrono::milliseconds m_interval{0};
    bool m_running = false;
    bool m_online = true;
    bool m_metered = false;
    QList<QMetaObject::Connection> m_network;
    Pause m_reportedPause = Pause::Off;
};

} // namespace dp::sync
