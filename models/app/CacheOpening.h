// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the window asks for a cache: one that must exist, or one made when missing (a new location chosen in
// the settings).

#include "app/CacheSession.h"

namespace dp {

enum class CacheOpening { Existing, CreateIfMissing };

// CacheSession::open for the window: read-write, adopting `heldLock` when it is this cache's.
CacheSession::Opened openCacheSession(const QString &path, CacheOpening how,
                                      std::unique_ptr<CacheLock> heldLock = {});

} // namespace dp
