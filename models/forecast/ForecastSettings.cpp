// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/ForecastSettings.h"

namespace dp {
namespace {

const QString kCommitFrom = QStringLiteral("forecast/commitFromProbability");
const QString kBestCaseFrom = QStringLiteral("forecast/bestCaseFromProbability");
const QString kAutoEnabled = QStringLiteral("snapshots/weeklyEnabled");
const QString kAutoDay = QStringLiteral("snapshots/weeklyDay");
const QString kAutoHour = QStringLiteral("snapshots/weeklyHour");

} // namespace

ForecastSettings ForecastSettings::load(const QSettings &settings) {
    ForecastSettings result;
    CategoryThresholds thresholds;
    bool commitOk = false;
    bool bestCaseOk = false;
    thresholds.commitFrom = settings.value(kCommitFrom, thresholds.commitFrom).toDouble(&commitOk);
    thresholds.bestCaseFrom = settings.value(kBestCaseFrom, thresholds.bestCaseFrom).toDouble(&bestCaseOk);
    if (commitOk && bestCaseOk && thresholds.isValid())
        result.categories = thresholds;

    result.schedule.enabled = settings.value(kAutoEnabled, result.schedule.enabled).toBool();
    bool ok = false;
    const int day = settings.value(kAutoDay, int(result.schedule.day)).toInt(&ok);
    if (ok && day >= Qt::Monday && day <= Qt::Sunday)
        result.schedule.day = Qt::DayOfWeek(day);
    const int hour = settings.value(kAutoHour, result.schedule.hour).toInt(&ok);
    if (ok && hour >= 0 && hour <= 23)
        result.schedule.hour = hour;
    return result;
}

void ForecastSettings::save(QSettings &settings) const {
    settings.setValue(kCommitFrom, categories.commitFrom);
    settings.setValue(kBestCaseFrom, categories.bestCaseFrom);
    settings.setValue(kAutoEnabled, schedule.enabled);
    settings.setValue(kAutoDay, int(schedule.day));
    settings.setValue(kAutoHour, schedule.hour);
}

} // namespace dp
