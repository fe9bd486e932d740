// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a connector's objects in order on the calling thread (the CLI's, or SyncController's worker with its
// own connection), then has what arrived scored and the figures of the deals the sync touched recomputed,
// through the hooks its starter supplied.

#include "sync/engine/Connector.h"
#include "sync/engine/SyncHooks.h"

namespace dp::sync {

struct SyncOptions {
    QStringList objects; // empty: all the connector offers
    SyncHooks hooks;     // scoring and recompute; the run's connector reads them from SyncRun::hooks
};

// Throws SyncError (a StoreError is turned into one). The report is complete when it returns.
SyncReport runSync(Connector &connector, SyncRun &run, const SyncOptions &options = {});

} // namespace dp::sync
