// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbered schema migrations, the files of models/store/migrations compiled into the resources. The cache's
// version is PRAGMA user_version; each step runs in one transaction, so a failed step leaves the cache at
// the version before it.

#include <QList>

namespace dp {

class Database;

namespace Migrations {

int latestVersion();
// The numbers of the steps, in the order they apply.
QList<int> versions();
// Brings the cache up to latestVersion(). Throws StoreError when a step fails (after rolling it back).
void apply(Database &db);

} // namespace Migrations
} // namespace dp
