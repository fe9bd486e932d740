// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a sync asks of the rest of the application: scoring the interactions it brings, and recomputing the
// figures of the deals it touched. Whoever starts a sync supplies them (models/app's analyticsSyncHooks()),
// so the sync library knows neither the sentiment scorer nor the analytics engine. A hook left empty is
// skipped: interactions arrive unscored, figures stay as they were.

#include "domain/Clock.h"
#include "domain/Records.h"

#include <functional>
#include <optional>

namespace dp {

class Database;

namespace sync {

// Scores one interaction as it will be stored; empty when nothing in it is the buyer's to score.
using InteractionScore = std::function<std::optional<double>(const Interaction &)>;

struct SyncHooks {
    // Made on the sync's thread when an interaction object starts (owners, users and contacts are synced by
    // then), reading from the cache what it needs. The function it returns is called from a prefetcher's
    // prepare thread while the sync's thread writes, so it only reads what it captured.
    std::function<InteractionScore(Database &db)> scorer;
    // After every object: scores what is still unscored in the cache (a changed text clears a score, and a
    // connector may leave scoring to here). Stops early once keepGoing() says false. Returns how many it
    // scored.
    std::function<int(Database &db, const std::function<bool()> &keepGoing)> scoreUnscored;
    // Last: recomputes the figures of the deals the sync marked dirty, as of the clock's now. Returns how
    // many.
    std::function<int(Database &db, const Clock &clock)> recomputeDirty;
};

} // namespace sync
} // namespace dp
