// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fails a test that stops making progress instead of leaving CI hanging (a deadlock never ends a test by
// itself). Progress is what the caller counts, e.g. the requests a test server answered: when the count has
// not moved for the limit, the watchdog says what stalled and aborts the test process.

#include <QString>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

class QProcess;

namespace dp::test {

inline constexpr std::chrono::seconds kStallLimit{30};

// Watches from a thread of its own while it lives, so it also catches a test whose main thread is stuck.
class StallWatchdog final {
public:
    StallWatchdog(QString what, std::function<qint64()> progress, std::chrono::seconds limit = kStallLimit);
    ~StallWatchdog();
    StallWatchdog(const StallWatchdog &) = delete;
    StallWatchdog &operator=(const StallWatchdog &) = delete;

private:
    void watch(const QString &what, const std::function<qint64()> &progress, std::chrono::seconds limit);

    std::mutex m_mutex;
    std::condition_variable m_stopped;
    bool m_stop = false;
    std::thread m_thread;
};

// Waits for a child process while progress() moves; when it stalls for the limit, kills the child and aborts
// the test process, naming what stalled.
void waitWhileProgressing(QProcess &process, const QString &what, const std::function<qint64()> &progress,
                          std::chrono::seconds limit = kStallLimit);

} // namespace dp::test
