// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the main window shows about a cache, read in one go on a worker thread with its own
// connection: the pipeline rows, the teams and their managers, the alert state and when it was last synced.

#include "items/PipelineLoader.h"
#include "store/AlertStore.h"
#include "store/DirectoryStore.h"
#include "store/LastSyncStore.h"

#include <QHash>
#include <QList>
#include <optional>

namespace dp {

struct CacheContent {
    QString error; // set when the cache could not be read; the rest is then empty
    QList<PipelineRow> rows;
    QList<TeamManager> teams;
    QHash<qint64, AlertSnooze> activeSnoozes;
    QList<AlertSnooze> snoozes;
    QHash<qint64, HealthBand> seenBands;
    std::optional<Millis> lastSyncedAt;  // nothing when the cache was never synced
    std::optional<Millis> generatedAt;   // a demo's "now"
    std::optional<SyncSummary> lastSync; // for the "Last sync" panel
};

// Opens `path` itself, so it can run on any thread. `today` decides which snoozes are still active.
CacheContent loadCacheContent(const QString &path, const QDate &today);

} // namespace dp
