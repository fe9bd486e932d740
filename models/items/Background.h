#pragma once
// Runs work on the global thread pool and hands its result back on the thread of `context`, so models and
// views never block on the cache. The result is dropped when `context` was destroyed meanwhile.

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
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, result, done = std::move(done)] {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace dp
