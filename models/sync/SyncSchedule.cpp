// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncSchedule.h"

#include "sync/engine/SyncLog.h"

#include <QNetworkInformation>
#include <algorithm>

namespace dp::sync {

SyncSchedule::SyncSchedule(QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_sinceLastSync.start();
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // The timer is stopped while a sync runs; the check stays so a late tick can never start a second.
        if (pause() == Pause::None)
            emit syncDue();
    });
}

void SyncSchedule::setInterval(std::chrono::milliseconds interval) {
    m_interval = std::max(interval, std::chrono::milliseconds(0));
    arm();
}

void SyncSchedule::setNetwork(bool online, bool metered) {
    m_online = online;
    m_metered = metered;
    arm();
}

bool SyncSchedule::followSystemNetwork() {
    stopFollowingSystemNetwork();
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend()) {
        qCInfo(lcSync) << "no network information backend: background syncs do not pause for the network";
        return false;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    auto update = [this, info] {
        using Reachability = QNetworkInformation::Reachability;
        // Unknown is what a backend says before it knows: no reason to hold the sync back.
        const bool online = !info->supports(QNetworkInformation::Feature::Reachability) ||
                            (info->reachability() != Reachability::Disconnected &&
                             info->reachability() != Reachability::Local);
        const bool metered = info->supports(QNetworkInformation::Feature::Metered) && info->isMetered();
        setNetwork(online, metered);
    };
    m_network.append(connect(info, &QNetworkInformation::reachabilityChanged, this, update));
    m_network.append(connect(info, &QNetworkInformation::isMeteredChanged, this, update));
    update();
    return true;
}

void SyncSchedule::stopFollowingSystemNetwork() {
    for (const QMetaObject::Connection &connection : std::as_const(m_network))
        disconnect(connection);
    m_network.clear();
}

void SyncSchedule::syncStarted() {
    m_running = true;
    arm();
}

void SyncSchedule::syncFinished() {
    m_running = false;
    m_sinceLastSync.restart();
    arm();
}

SyncSchedule::Pause SyncSchedule::pause() const {
    if (m_interval.count() == 0)
        return Pause::Off;
    if (m_running)
        return Pause::Running;
    if (!m_online)
        return Pause::Offline;
    if (m_metered)
        return Pause::Metered;
    return Pause::None;
}

void SyncSchedule::arm() {
    const Pause now = pause();
    if (now != Pause::None) {
        m_timer.stop();
    } else {
        // Due one interval after the last sync ended: a sync missed while offline runs as soon as the
        // connection is back. QTimer takes an int of milliseconds; a day is plenty.
        const qint64 remaining = std::max<qint64>(0, m_interval.count() - m_sinceLastSync.elapsed());
        m_timer.start(int(std::min<qint64>(remaining, 24LL * 3600 * 1000)));
    }
    if (now != m_reportedPause) {
        m_reportedPause = now;
        emit pauseChanged(now);
    }
}

} // namespace dp::sync
