#pragma once
// Runs long work (demo generation, recomputing figures) on a worker thread while a progress dialog with a
// Cancel button keeps the window responsive. The work opens its own database connection.

#include <QString>
#include <atomic>
#include <functional>

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

// Returns true when the work finished and succeeded; shows its error, if any, in a message box.
bool runWithProgress(const QString &title, const std::function<TaskResult(const ProgressReport &)> &work);

} // namespace dp
