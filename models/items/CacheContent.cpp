// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/CacheContent.h"

#include "domain/TimeFormat.h"
#include "store/BookmarkStore.h"
#include "store/Database.h"
#include "store/MetaStore.h"
#include "tasks/FailureText.h"

namespace dp {

CacheContent loadCacheContent(const QString &path, const QDate &today) {
    CacheContent content;
    OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
    if (!opened.ok()) {
        content.error = opened.error;
        return content;
    }
    Database &db = *opened.database;
    try {
        content.rows = loadPipeline(db);
        DirectoryStore directory(db);
        content.teams = directory.teamManagers();
        AlertStore alerts(db);
        content.activeSnoozes = alerts.activeSnoozes(today);
        content.snoozes = alerts.snoozes();
        content.seenBands = alerts.seenBands();
        content.lastSyncedAt = BookmarkStore(db).lastSyncedAt();
        if (const auto generated = MetaStore(db).demoNow())
            content.generatedAt = parseIsoInstant(*generated);
        content.lastSync = LastSyncStore(db).load();
    } catch (const std::exception &error) {
        content = CacheContent{};
        content.error = failureText(error);
    }
    return content;
}

} // namespace dp
