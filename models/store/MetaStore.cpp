// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MetaStore.h"

#include "store/Database.h"

namespace dp {

std::optional<QString> MetaStore::value(const QString &key) {
    Query query = m_db.query("SELECT value FROM meta WHERE key = ?1");
    query.bind(1, key);
    std::optional<QString> result;
    if (query.step())
        result = query.text(0);
    return result;
}

void MetaStore::setValue(const QString &key, const QString &value) {
    m_db.cached("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = "
                "excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

} // namespace dp
