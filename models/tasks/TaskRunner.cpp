// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/TaskRunner.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QMutexLocker>
#include <QRunnable>

namespace dp {

bool TaskControl::progress(int done, int total) {
    m_state->done = done;
    m_state->total = total;
    if (!m_state->reportPending.exchange(true))
        m_notify();
    return !m_state->cancelled;
}

bool TaskControl::progress(int done, int total, const QString &text) {
    {
        QMutexLocker lock(&m_state->textLock);
        m_state->text = text;
    }
    return progress(done, total);
}

Task::Task(QString title, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_state(std::make_shared<detail::TaskState>()) {}

QString Task::text() const {
    QMutexLocker lock(&m_state->textLock);
    return m_state->text;
}

void Task::cancel() {
    m_state->cancelled = true;
}

void Task::reportProgress() {
    m_state->reportPending = false;
    if (m_running)
        emit progressed(done(), total(), text());
}

void Task::finish(const QString &failure) {
    m_running = false;
    m_failure = failure;
    // Taken out first: the receiver's code may start new tasks or even delete the runner.
    const std::function<void()> deliver = std::exchange(m_deliver, {});
    QPointer<Task> self(this);
    deliver();
    if (!self)
        return;
    emit finished(isCancelled());
    deleteLater();
}

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent) {
    // At least two: a quick page load must not wait behind a long recompute.
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    // Long work mostly waits (on a server, on the disk), and there is little of it at once (a sync, a team
    // sync, a check of the file): a thread each, made when needed.
    m_longPool.setMaxThreadCount(64);
}

TaskRunner::~TaskRunner() {
    cancelAll();
    for (Task *task : running()) {
        if (task->m_serve)
            std::exchange(task->m_serve, {})();
    }
    m_pool.waitForDone();
    m_longPool.waitForDone();
}

QList<Task *> TaskRunner::running() const {
    QList<Task *> tasks;
    for (Task *task : findChildren<Task *>(Qt::FindDirectChildrenOnly)) {
        if (task->isRunning())
            tasks.append(task);
    }
    return tasks;
}

void TaskRunner::cancelAll() {
    for (Task *task : running())
        task->cancel();
}

bool TaskRunner::waitForIdle(int msecs) {
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                            : QDeadlineTimer(msecs));
    return m_pool.waitForDone(int(deadline.remainingTime())) &&
           m_longPool.waitForDone(int(deadline.remainingTime()));
}

Task *TaskRunner::start(Task *task, Body body, Length length) {
    const std::shared_ptr<detail::TaskState> state = task->m_state;
    // The worker only names the task as the target of queued calls. The task cannot go before the worker's
    // last call: it deletes itself only in finish(), and the runner deletes it only after waiting for the
    // pool.
    Task *const post = task;
    (length == Long ? m_longPool : m_pool).start([state, post, body = std::move(body)] {
        TaskControl control(
            state, [post] { QMetaObject::invokeMethod(post, &Task::reportProgress, Qt::QueuedConnection); });
        const QString failure = body(control);
        QMetaObject::invokeMethod(
            post, [post, failure] { post->finish(failure); }, Qt::QueuedConnection);
    });
    emit started(task);
    return task;
}

} // namespace dp
