// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/FigureRefresh.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/OurDomains.h"
#include "store/Database.h"

namespace dp {

std::optional<FigureRefreshOutcome> refreshFigures(Database &db, const Clock &clock,
                                                   const FigureSettings &settings,
                                                   const std::function<bool(int done, int total)> &progress) {
    // The bar runs once from start to end: reclassifying (when the domains changed) takes its first part.
    constexpr int kScale = 1000;
    Transaction transaction(db);
    FigureRefreshOutcome outcome;
    const bool domainsChanged = ourDomainsDiffer(db, settings.ourDomains);
    const int phases = domainsChanged ? 2 : 1;
    const auto phase = [&progress, phases](int index) -> std::function<bool(int, int)> {
        if (!progress)
            return {};
        return [&progress, phases, index](int done, int total) {
            const int part = total > 0 ? int(qint64(done) * kScale / total) : 0;
            return progress(index * kScale + part, phases * kScale);
        };
    };
    if (domainsChanged) {
        const std::optional<OurDomainsChange> change = applyOurDomains(db, settings.ourDomains, phase(0));
        if (!change)
            return std::nullopt;
        outcome.directionsChanged = change->directionsChanged;
        outcome.domainsApplied = true;
    }
    AnalyticsEngine engine(db, clock);
    const std::optional<int> recomputed = engine.storedFiguresStale(settings.health)
                                              ? engine.recomputeAll(settings.health, phase(phases - 1))
                                              : engine.recomputeDirty(settings.health, phase(phases - 1));
    if (!recomputed)
        return std::nullopt;
    outcome.dealsRecomputed = *recomputed;
    transaction.commit();
    return outcome;
}

} // namespace dp
