// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BookmarkStore.h"

#include "store/Database.h"

namespace dp {

std::optional<Bookmark> BookmarkStore::get(const QString &source, const QString &object) {
    Query query = m_db.query("SELECT stamp, last_id FROM sync_bookmarks WHERE source = ?1 AND object = ?2");
    query.bind(1, source).bind(2, object);
    std::optional<Bookmark> result;
    if (query.step())
        result = Bookmark{query.int64(0), query.text(1)};
    return result;
}

void BookmarkStore::set(const QString &source, const QString &object, const Bookmark &bookmark, Millis now) {
    m_db.cached(
            "INSERT INTO sync_bookmarks(source, object, stamp, last_id, updated_at) VALUES (?1, ?2, ?3, ?4, "
            "?5)"
            " ON CONFLICT(source, object) DO UPDATE SET stamp = excluded.stamp, last_id = excluded.last_id,"
            " updated_at = excluded.updated_at")
        .bind(1, source)
        .bind(2, object)
        .bind(3, bookmark.stamp)
        .bind(4, bookmark.lastId)
        .bind(5, now)
        .run();
}

std::optional<Millis> BookmarkStore::lastSyncedAt() {
    Query query = m_db.query("SELECT max(updated_at) FROM sync_bookmarks");
    query.step();
    return query.optionalInt64(0);
}

} // namespace dp
