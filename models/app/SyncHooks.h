// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hooks every sync runs with: interactions scored by the sentiment scorer as they arrive, what is left
// unscored scored after, and the touched deals' figures recomputed with the going-dark setting in force.

#include "sync/engine/SyncHooks.h"

#include "analytics/HealthRules.h"

namespace dp::app {

sync::SyncHooks analyticsSyncHooks(const HealthSettings &health);

} // namespace dp::app
