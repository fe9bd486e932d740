// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small facts about the cache itself (when it was generated or last synced, for which "now").

#include <QString>
#include <optional>

namespace dp {

class Database;

class MetaStore final {
public:
    explicit MetaStore(Database &db)
        : m_db(db) {}

    std::optional<QString> value(const QString &key);
    void setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace dp
