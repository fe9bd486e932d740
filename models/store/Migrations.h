// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbered schema migrations. The cache's version is PRAGMA user_version; each step runs in one
// transaction, so a failed step leaves the cache at the version before it.

namespace dp {

class Database;

namespace Migrations {

int latestVersion();
// Brings the cache up to latestVersion(). Throws StoreError when a step fails (after rolling it back).
void apply(Database &db);

} // namespace Migrations
} // namespace dp
