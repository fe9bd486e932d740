// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs work on the global thread pool and hands its result back on the application's thread, so models and
// views never block on the cache. The result is dropped when `context` (an object of that thread) was
// destroyed meanwhile.
//
// Work that throws must not end the pool's thread (that terminates the app): the exception is caught here.
// A Result with a QString `error` member comes back default-made with `error` saying what went wrong; any
// other Result is not delivered at all (the failure is logged), since nothing in it could say so.

#include "tasks/FailureText.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <exception>
#include <functional>
#include <memory>

namespace dp {

template <typename Result>
void runInBackground(QObject *context, std::function<Result()> work, std::function<void(Result)> done) {
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        std::shared_ptr<Result> result;
        QString failure;
        try {
            result = std::make_shared<Result>(work());
        } catch (const std::exception &error) {
            failure = failureText(error);
        } catch (...) {
            failure = unknownFailureText();
        }
        if (!result) {
            if constexpr (requires(Result r) { r.error = failure; }) {
                try {
                    result = std::make_shared<Result>();
                    result->error = failure;
                } catch (...) {
                    qCWarning(lcTasks, "Background work failed and its failure could not be reported: %s",
                              qUtf8Printable(failure));
                    return;
                }
            } else {
                qCWarning(lcTasks, "Background work failed: %s", qUtf8Printable(failure));
                return;
            }
        }
        // Posted to the application object, which outlives every view: `guard` is only looked at on the
        // thread that may delete its object, never from this worker, where the object could go between check
        // and use.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, result, done = std::move(done)] {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace dp
