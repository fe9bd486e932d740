// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DemoSetup.h"

#include "items/DemoCache.h"
#include "store/CacheLocation.h"
#include "store/CacheLock.h"
#include "tasks/TaskRunner.h"

#include <QFileInfo>
#include <atomic>

namespace dp {

DemoClaim::DemoClaim() = default;
DemoClaim::~DemoClaim() = default;
DemoClaim::DemoClaim(DemoClaim &&) noexcept = default;
DemoClaim &DemoClaim::operator=(DemoClaim &&) noexcept = default;

QString DemoSetup::path() {
    return QFileInfo(defaultDemoCachePath()).absoluteFilePath();
}

DemoClaim DemoSetup::claim(Millis now) {
    DemoClaim claim;
    claim.path = path();
    auto lock = std::make_unique<CacheLock>(claim.path);
    if (lock->tryLock() == CacheLock::Outcome::HeldElsewhere) {
        claim.error = lock->heldMessage();
        return claim;
    }
    claim.lock = std::move(lock);
    claim.needsMaking = !QFileInfo::exists(claim.path) || demoCacheIsStale(claim.path, now);
    return claim;
}

Task *DemoSetup::make(TaskRunner &runner, QObject *receiver, const QString &title, const QString &path,
                      Millis now, std::function<void(DemoMade)> done) {
    return runner.run<DemoMade>(
        receiver, title,
        [path, now](TaskControl &control) {
            removeCacheFiles(path); // an old demo is made anew
            // createDemoCache reports through counters of its own: the demo shows a busy bar, and a cancel
            // takes effect once it has been made (it is then removed again).
            std::atomic<int> done{0};
            std::atomic<int> total{0};
            std::atomic<bool> cancelled{false};
            const TaskResult result = createDemoCache(path, now, ProgressReport(done, total, cancelled));
            DemoMade made;
            made.ok = result.ok && !control.isCancelled();
            made.cancelled = control.isCancelled();
            made.error = result.error;
            if (result.ok && made.cancelled)
                removeCacheFiles(path);
            return made;
        },
        std::move(done));
}

} // namespace dp
