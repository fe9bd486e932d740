// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Resolving a (source, remote id) pair to the cache's row id, shared by the repositories.

#include "store/Database.h"

#include <optional>

namespace dp {

inline std::optional<qint64> lookupId(Statement &query, const QString &source, const QString &remoteId) {
    query.bind(1, source).bind(2, remoteId);
    std::optional<qint64> id;
    if (query.step())
        id = query.int64(0);
    query.reset();
    return id;
}

} // namespace dp
