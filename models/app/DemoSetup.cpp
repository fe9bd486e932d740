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
            // A cancelled demo is removed whole by createDemoCache.
            const TaskResult result = createDemoCache(path, now, control);
            DemoMade made;
            made.cancelled = control.isCancelled();
            made.ok = result.ok && !made.cancelled;
            made.error = result.error;
            return made;
        },
        std::move(done));
}

} // namespace dp
