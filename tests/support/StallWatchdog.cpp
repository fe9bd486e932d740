// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallWatchdog.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtGlobal>

namespace dp::test {

StallWatchdog::StallWatchdog(QString what, std::function<qint64()> progress, std::chrono::seconds limit)
    : m_thread([this, what = std::move(what), progress = std::move(progress), limit] {
        watch(what, progress, limit);
    }) {}

StallWatchdog::~StallWatchdog() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_stopped.notify_all();
    m_thread.join();
}

void StallWatchdog::watch(const QString &what, const std::function<qint64()> &progress,
                          std::chrono::seconds limit) {
    qint64 last = progress();
    QElapsedTimer still;
    still.start();
    std::unique_lock lock(m_mutex);
    while (!m_stopped.wait_for(lock, std::chrono::seconds(1), [this] { return m_stop; })) {
        const qint64 now = progress();
        if (now != last) {
            last = now;
            still.restart();
        } else if (still.elapsed() >= std::chrono::milliseconds(limit).count()) {
            qFatal("%s made no progress for %lld s: stalled (a deadlock?)", qPrintable(what),
                   qlonglong(limit.count()));
        }
    }
}

void waitWhileProgressing(QProcess &process, const QString &what, const std::function<qint64()> &progress,
                          std::chrono::seconds limit) {
    qint64 last = progress();
    QElapsedTimer still;
    still.start();
    while (!process.waitForFinished(1000)) {
        if (process.state() == QProcess::NotRunning)
            return;
        const qint64 now = progress();
        if (now != last) {
            last = now;
            still.restart();
        } else if (still.elapsed() >= std::chrono::milliseconds(limit).count()) {
            process.kill();
            process.waitForFinished();
            qFatal("%s made no progress for %lld s: stalled (a deadlock?)", qPrintable(what),
                   qlonglong(limit.count()));
        }
    }
}

} // namespace dp::test
