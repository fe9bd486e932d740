// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bundled demo pipeline, in a cache file of its own (never the user's): made on first use, and made
// anew once its story is old, since it ends at the moment it was generated and weeks later every deal
// would look dark. `dealpulse --demo` and the welcome page's "Explore the demo pipeline" share it.

#include "domain/Clock.h"
#include "items/TaskProgress.h"

#include <QString>

namespace dp {

// True when the demo at `path` was generated more than a week before `now` (or cannot be read).
bool demoCacheIsStale(const QString &path, Millis now);
// Writes the demo pipeline, scored and with its figures, into a new cache at `path`, on the calling thread
// (a worker's) with a connection of its own. A cancelled or failed demo is removed whole, so the next try
// begins again rather than opening half a pipeline.
TaskResult createDemoCache(const QString &path, Millis now, TaskControl &control);
// The cache file with its -wal and -shm.
void removeCacheFiles(const QString &path);

} // namespace dp
