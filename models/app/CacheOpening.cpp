// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CacheOpening.h"

namespace dp {

CacheSession::Opened openCacheSession(const QString &path, CacheOpening how,
                                      std::unique_ptr<CacheLock> heldLock) {
    return CacheSession::open(path,
                              how == CacheOpening::CreateIfMissing ? Database::Mode::CreateIfMissing
                                                                   : Database::Mode::ReadWrite,
                              std::move(heldLock));
}

} // namespace dp
