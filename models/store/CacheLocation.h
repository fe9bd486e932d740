// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dp {

// Where the cache lives when the user does not say: under the platform's application data folder.
QString defaultCachePath();
QString defaultDemoCachePath();

// Copies the cache file (and its -wal, which may hold the latest changes) beside it as
// FILE.backup-YYYYMMDD-HHMMSS, byte for byte: a damaged cache is kept as it is for recovery tools. Returns
// the copy's path, or an empty string with *error set.
QString backUpCacheFiles(const QString &cachePath, QString *error);

} // namespace dp
