// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SyncHooks.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/InteractionScorer.h"
#include "analytics/sentiment/RatingService.h"

#include <memory>

namespace dp::app {

sync::SyncHooks analyticsSyncHooks(const HealthSettings &health) {
    sync::SyncHooks hooks;
    hooks.scorer = [](Database &db) -> sync::InteractionScore {
        // Shared so the function can be copied onto the prefetcher's thread; it is only read there.
        auto scorer = std::make_shared<const sentiment::InteractionScorer>(db);
        return [scorer](const Interaction &interaction) { return scorer->score(interaction); };
    };
    hooks.scoreUnscored = [](Database &db, const std::function<bool()> &keepGoing) {
        return sentiment::rescoreCache(db, sentiment::storedLearner(db), false,
                                       [keepGoing](int, int) { return keepGoing(); })
            .scored;
    };
    hooks.recomputeDirty = [health](Database &db, const Clock &clock) {
        return AnalyticsEngine(db, clock).recomputeDirty(health);
    };
    return hooks;
}

} // namespace dp::app
