// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The forecast settings a user can edit: how stage probabilities map to forecast categories, and when the
// automatic weekly snapshot is taken. Read and written through SettingsStore (models/settings).

#include "forecast/ForecastCategory.h"

#include <Qt>

namespace dp {

struct SnapshotSchedule {
    bool enabled = true;
    Qt::DayOfWeek day = Qt::Monday;
    int hour = 7; // local time, 0–23: before a Monday forecast call

    friend bool operator==(const SnapshotSchedule &, const SnapshotSchedule &) = default;
};

struct ForecastSettings {
    CategoryThresholds categories;
    SnapshotSchedule schedule;

    friend bool operator==(const ForecastSettings &, const ForecastSettings &) = default;
};

} // namespace dp
