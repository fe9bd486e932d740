// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where each incremental sync of a (source, object) got to: a keyset position (modified stamp, last id).

#include "domain/Clock.h"

#include <QString>
#include <optional>

namespace dp {

class Database;

struct Bookmark {
    Millis stamp = 0;
    QString lastId;
};

class BookmarkStore final {
public:
    explicit BookmarkStore(Database &db)
        : m_db(db) {}

    std::optional<Bookmark> get(const QString &source, const QString &object);
    // Call inside the transaction that writes the page the bookmark describes.
    void set(const QString &source, const QString &object, const Bookmark &bookmark, Millis now);
    // When any sync last wrote a page; nothing when the cache was never synced.
    std::optional<Millis> lastSyncedAt();

private:
    Database &m_db;
};

} // namespace dp
