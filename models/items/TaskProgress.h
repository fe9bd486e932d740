// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What long work (demo generation, recomputing figures, sync) reports while it runs on a worker thread,
// and what it hands back. Shared by the start-up progress dialog and the status bar's progress bar.

#include <QString>
#include <atomic>

namespace dp {

struct TaskResult {
    bool ok = false;
    QString error; // shown to the user when not empty
};

// What the work calls to report progress; returns false once the user cancelled.
class ProgressReport final {
public:
    ProgressReport(std::atomic<int> &done, std::atomic<int> &total, const std::atomic<bool> &cancelled)
        : m_done(done)
        , m_total(total)
        , m_cancelled(cancelled) {}
    bool operator()(int done, int total) const {
        m_done = done;
        m_total = total;
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    std::atomic<int> &m_done;
    std::atomic<int> &m_total;
    const std::atomic<bool> &m_cancelled;
};

} // namespace dp
