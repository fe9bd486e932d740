// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's settings as the command line uses them, so one cache gives the same figures in the window
// and in `dealpulse export`: the going-dark days, the rhythm rule and "our email domains" of Settings →
// General, the forecast thresholds of Settings → Forecast. An explicit flag wins over a setting.

#include "analytics/HealthRules.h"
#include "settings/AppSettings.h"

#include <optional>

namespace dp {
class Database;
}

namespace dp::cli {

// Settings → General, as saved by the window.
AppSettings windowSettings();

// The health settings figures are computed with: the window's, with --going-dark-days when given.
HealthSettings healthSettings(const AppSettings &settings, std::optional<int> goingDarkDays);

// Brings the cache in step with the window's "our email domains" when they differ from those it was last
// classified with (the window does the same when it opens it): directions and the figures of the deals they
// move. Throws StoreError.
void applyWindowDomains(Database &db, const AppSettings &settings);

} // namespace dp::cli
