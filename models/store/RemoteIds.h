// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Resolving a (source, remote id) pair to the cache's row id, shared by the repositories.

#include "store/Database.h"

#include <optional>

namespace dp {

inline std::optional<qint64> lookupId(Statement &statement, const QString &source, const QString &remoteId) {
    Query query(statement);
    query.bind(1, source).bind(2, remoteId);
    std::optional<qint64> id;
    if (query.step())
        id = query.int64(0);
    return id;
}

} // namespace dp
