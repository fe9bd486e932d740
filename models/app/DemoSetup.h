// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Explore the demo pipeline": the demo cache claimed for this window (its lock taken before it is made
// again, so no other window opens a half-made demo), and made on the task runner when missing or stale.

#include "domain/Clock.h"

#include <QString>
#include <functional>
#include <memory>

class QObject;

namespace dp {

class CacheLock;
class Task;
class TaskRunner;

struct DemoClaim {
    // Out of line: CacheLock stays an incomplete type to those that only pass the claim on.
    DemoClaim();
    ~DemoClaim();
    DemoClaim(DemoClaim &&) noexcept;
    DemoClaim &operator=(DemoClaim &&) noexcept;

    QString path;                    // the demo cache, absolute
    std::unique_ptr<CacheLock> lock; // held for `path`; null when another window has it
    QString error;                   // why it is not ours
    bool needsMaking = false;        // missing, or generated more than a week before now
};

struct DemoMade {
    bool ok = false;
    bool cancelled = false;
    QString error;
};

class DemoSetup final {
public:
    // Where the demo cache lives, absolute.
    static QString path();
    static DemoClaim claim(Millis now);
    // Makes the demo anew at `path` (an old one is removed first); `done` runs while `receiver` lives.
    static Task *make(TaskRunner &runner, QObject *receiver, const QString &title, const QString &path,
                      Millis now, std::function<void(DemoMade)> done);
};

} // namespace dp
