// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One piece of work running off the GUI thread, as two sides see it: the work holds a TaskControl (report
// progress, notice a cancel), the GUI holds the Task (show progress, offer Cancel, learn the end).

#include <QMutex>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace dp {

class TaskRunner;

namespace detail {
// Shared by the worker and the Task, so a progress report never touches a Task the GUI already deleted.
struct TaskState {
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> reportPending{false}; // one queued progress signal at a time, however fast the work
    QMutex textLock;
    QString text;
};
} // namespace detail

// What the work receives on its worker thread.
class TaskControl final {
public:
    explicit TaskControl(std::shared_ptr<detail::TaskState> state, std::function<void()> notify)
        : m_state(std::move(state))
        , m_notify(std::move(notify)) {}

    bool isCancelled() const { return m_state->cancelled; }
    // The same as a flag, for code that watches one while it blocks (the HTTP client, the sync engine).
    const std::atomic<bool> &cancelFlag() const { return m_state->cancelled; }
    // Reports how far the work is (total 0: not known); false once the user cancelled, so a loop can stop:
    // `if (!control.progress(i, n)) return {};`
    bool progress(int done, int total);
    bool progress(int done, int total, const QString &text);

private:
    std::shared_ptr<detail::TaskState> m_state;
    std::function<void()> m_notify;
};

// Lives on the thread that started it; deleted (later) once it finished.
class Task final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Task)

public:
    const QString &title() const { return m_title; }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_state->cancelled; }
    int done() const { return m_state->done; }
    int total() const { return m_state->total; }
    QString text() const;
    // Set when the work threw and its result type has no `error` to carry that.
    const QString &failure() const { return m_failure; }

    // For work that needs the runner's thread while it runs (a sync waits there for the keychain to store a
    // rotated token, and the keychain completes through that thread): what the runner does instead of a
    // bare wait when it must wait for the work (when it is destroyed), after cancelling it. `serve` runs on
    // the runner's thread and returns once the work needs that thread no more.
    void setServeWhileWaiting(std::function<void()> serve) { m_serve = std::move(serve); }

public slots:
    // The work sees it at its next progress report or isCancelled(); its result is still delivered.
    void cancel();

signals:
    void progressed(int done, int total, const QString &text);
    // After the result went to its receiver (or would have, had the receiver lived).
    void finished(bool cancelled);

private:
    friend class TaskRunner;
    Task(QString title, QObject *parent);
    void reportProgress();
    void finish(const QString &failure);

    QString m_title;
    bool m_running = true;
    QString m_failure;
    std::shared_ptr<detail::TaskState> m_state;
    std::function<void()> m_deliver; // hands the result to the receiver, on this object's thread
    std::function<void()> m_serve;
};

} // namespace dp
