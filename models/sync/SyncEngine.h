// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a connector's objects in order on the calling thread (the CLI's, or SyncController's worker with its
// own connection), then recomputes the figures of the deals the sync touched.

#include "sync/Connector.h"

#include "analytics/HealthRules.h"

namespace dp::sync {

struct SyncOptions {
    QStringList objects;   // empty: all the connector offers
    HealthSettings health; // the going-dark setting the recompute uses
};

// Throws SyncError (a StoreError is turned into one). The report is complete when it returns.
SyncReport runSync(Connector &connector, SyncRun &run, const SyncOptions &options = {});

} // namespace dp::sync
