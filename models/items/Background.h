#pragma once
// Runs work on the global thread pool and hands its result back on the application's thread, so models and
// views never block on the cache. The result is dropped when `context` (an object of that thread) was
// destroyed meanwhile.

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace dp {

template <typename Result>
void runInBackground(QObject *context, std::function<Result()> work, std::function<void(Result)> done) {
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<Result>(work());
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
