// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Brings the stored figures in step with the user's settings, at start and whenever a setting that moves
// them changes: our email domains (OurDomains.h), then the going-dark days and the day (every deal), or
// else only the deals writes touched. All in one transaction, so a cancelled refresh changes nothing at all:
// the cache keeps the figures, directions and domains it had.

#include "analytics/HealthRules.h"
#include "domain/Clock.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace dp {

class Database;

struct FigureSettings {
    HealthSettings health;
    QStringList ourDomains; // as in the settings; the owners' own domains are always ours
};

struct FigureRefreshOutcome {
    int dealsRecomputed = 0;
    int directionsChanged = 0;
    bool domainsApplied = false;
};

// `progress` (may be empty) gets (done, total) and returns false to stop; then nothing is returned.
std::optional<FigureRefreshOutcome> refreshFigures(Database &db, const Clock &clock,
                                                   const FigureSettings &settings,
                                                   const std::function<bool(int done, int total)> &progress);

} // namespace dp
