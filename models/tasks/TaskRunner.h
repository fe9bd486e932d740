// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way work leaves the GUI thread: a pool of worker threads owned by whoever owns the runner (the
// window, the CLI), so closing it cancels and waits for every task it started and no worker outlives it.
//
// run() takes the work and what to do with its result. The result is delivered on the runner's thread, and
// only while `receiver` lives: a page closed meanwhile never sees a result meant for it. Work that throws
// never ends a worker (that would terminate the app): a Result with a QString `error` member comes back
// default-made with `error` saying what went wrong; otherwise Task::failure() says it and done is not called.
//
// Quick work (a page's rows, a search) shares a few workers. Long work (a sync, a whole-file check, anything
// waiting on a server) gets a thread of its own, so quick work never queues behind it.

#include "tasks/FailureText.h"
#include "tasks/Task.h"

#include <QPointer>
#include <QThreadPool>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace dp {

class TaskRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRunner)

public:
    enum Length { Quick, Long };

    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override; // cancels every task and waits for its worker

    template <typename Result>
    Task *run(QObject *receiver, const QString &title, std::function<Result(TaskControl &)> work,
              std::function<void(Result)> done, Length length = Quick);
    // For work that reports no progress and cannot stop early.
    template <typename Result>
    Task *run(QObject *receiver, std::function<Result()> work, std::function<void(Result)> done,
              Length length = Quick) {
        return run<Result>(
            receiver, QString(), [work = std::move(work)](TaskControl &) { return work(); }, std::move(done),
            length);
    }

    // The tasks started and not yet finished, oldest first.
    QList<Task *> running() const;
    void cancelAll();
    // Waits for every worker to end (before the cache file is replaced, say); false on timeout. Results of
    // the finished work are still delivered afterwards, through the event loop.
    bool waitForIdle(int msecs);

signals:
    // Every task run() starts, so one place (the status bar) can show the ones with a title.
    void started(dp::Task *task);

private:
    // The type-erased body: runs the work, stores its result for Task::m_deliver; returns a failure text
    // when it threw and the result could not say so.
    using Body = std::function<QString(TaskControl &)>;
    Task *start(Task *task, Body body, Length length);

    QThreadPool m_pool;
    QThreadPool m_longPool;
};

template <typename Result>
Task *TaskRunner::run(QObject *receiver, const QString &title, std::function<Result(TaskControl &)> work,
                      std::function<void(Result)> done, Length length) {
    auto *task = new Task(title, this);
    // Written by the worker before it posts the end, read on this thread after: the post orders the two.
    auto result = std::make_shared<std::optional<Result>>();
    task->m_deliver = [guard = QPointer<QObject>(receiver), result, done = std::move(done)] {
        if (guard && *result && done)
            done(std::move(**result));
    };
    return start(
        task,
        [result, work = std::move(work)](TaskControl &control) -> QString {
            QString failure;
            try {
                result->emplace(work(control));
                return {};
            } catch (const std::exception &error) {
                failure = failureText(error);
            } catch (...) {
                failure = unknownFailureText();
            }
            if constexpr (requires(Result r) { r.error = failure; }) {
                try {
                    result->emplace();
                    (*result)->error = failure;
                    return {};
                } catch (...) {
                    result->reset();
                }
            }
            return failure;
        },
        length);
}

} // namespace dp
