// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DemoCache.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "demo/DemoGenerator.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"
#include "store/MetaStore.h"
#include "tasks/FailureText.h"

#include <QFile>

namespace dp {

void removeCacheFiles(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

bool demoCacheIsStale(const QString &path, Millis now) {
    constexpr Millis kDemoShelfLife = 7 * kMillisPerDay;
    OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
    if (!opened.ok())
        return true;
    try {
        const std::optional<QString> generatedAt = MetaStore(*opened.database).demoNow();
        const std::optional<Millis> at = generatedAt ? parseIsoInstant(*generatedAt) : std::nullopt;
        return !at || now - *at > kDemoShelfLife;
    } catch (const StoreError &) {
        return true; // unreadable: made anew
    }
}

namespace {

TaskResult createDemoCache(const QString &path, Millis now, const std::function<bool(int, int)> &progress,
                           const std::function<bool()> &cancelled) {
    TaskResult result;
    {
        OpenResult opened = Database::open(path);
        if (!opened.ok()) {
            result.error = opened.error;
        } else {
            try {
                DemoOptions options;
                options.now = now;
                DemoGenerator(*opened.database, options).run(progress);
                if (!cancelled()) {
                    sentiment::rescoreCache(*opened.database, false); // before health, which reads it
                    const FixedClock clock(options.now);
                    AnalyticsEngine(*opened.database, clock).recomputeAll(HealthSettings{});
                    result.ok = true;
                }
            } catch (const std::exception &error) {
                result.error = failureText(error);
            }
        }
    } // closed before its files go
    if (!result.ok)
        removeCacheFiles(path);
    return result;
}

} // namespace

TaskResult createDemoCache(const QString &path, Millis now, TaskControl &control) {
    return createDemoCache(
        path, now, [&control](int done, int total) { return control.progress(done, total); },
        [&control] { return control.isCancelled(); });
}

} // namespace dp
