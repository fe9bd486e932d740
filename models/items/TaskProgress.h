// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What long work (demo generation, recomputing figures, a rebuild) hands back, and the progress report of
// work that does not take the runner's TaskControl yet (the status bar's tasks, the rebuild).

#include "tasks/Task.h"

#include <QString>
#include <atomic>

namespace dp {

struct TaskResult {
    bool ok = false;
    QString error; // shown to the user when not empty; the runner puts here why the work threw
};

// What the work calls to report progress; returns false once the user cancelled. It writes atomics that
// the GUI reads, or passes the reports on to a task of the runner.
class ProgressReport final {
public:
    ProgressReport(std::atomic<int> &done, std::atomic<int> &total, const std::atomic<bool> &cancelled)
        : m_done(&done)
        , m_total(&total)
        , m_cancelled(&cancelled) {}
    explicit ProgressReport(TaskControl &control)
        : m_control(&control) {}
    bool operator()(int done, int total) const {
        if (m_control)
            return m_control->progress(done, total);
        *m_done = done;
        *m_total = total;
        return !*m_cancelled;
    }
    bool cancelled() const { return m_control ? m_control->isCancelled() : bool(*m_cancelled); }

private:
    std::atomic<int> *m_done = nullptr;
    std::atomic<int> *m_total = nullptr;
    const std::atomic<bool> *m_cancelled = nullptr;
    TaskControl *m_control = nullptr;
};

} // namespace dp
