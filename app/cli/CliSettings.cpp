// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSettings.h"

#include "analytics/FigureRefresh.h"
#include "analytics/OurDomains.h"
#include "settings/SettingsStore.h"
#include "store/Database.h"

namespace dp::cli {

AppSettings windowSettings() {
    return SettingsStore().app();
}

HealthSettings healthSettings(const AppSettings &settings, std::optional<int> goingDarkDays) {
    HealthSettings health = settings.health();
    if (goingDarkDays)
        health.goingDarkDays = *goingDarkDays;
    return health;
}

void applyWindowDomains(Database &db, const AppSettings &settings) {
    if (!ourDomainsDiffer(db, settings.ourEmailDomains))
        return;
    // With the window's health settings, as the window's own refresh stores them.
    refreshFigures(db, SystemClock(), settings.figures(), {});
}

} // namespace dp::cli
