#include "AppSettings.h"

#include "analytics/HealthRules.h"

#include <QSettings>
#include <algorithm>

namespace dp {
namespace {

// The keys the launcher reads too; keep them in step with app/GuiLauncher.cpp.
const QString kGoingDarkDays = QStringLiteral("goingDarkDays");
const QString kOurDomains = QStringLiteral("ourEmailDomains");
const QString kTimeZone = QStringLiteral("timeZone");
const QString kLanguage = QStringLiteral("language");
const QString kCachePath = QStringLiteral("cachePath");

} // namespace

AppSettings AppSettings::load() {
    const QSettings settings;
    AppSettings s;
    s.goingDarkDays = std::clamp(settings.value(kGoingDarkDays, kDefaultGoingDarkDays).toInt(),
                                 kMinGoingDarkDays, kMaxGoingDarkDays);
    s.ourEmailDomains = settings.value(kOurDomains).toStringList();
    s.timeZoneId = settings.value(kTimeZone).toByteArray();
    s.language = settings.value(kLanguage).toString();
    s.cachePath = settings.value(kCachePath).toString();
    return s;
}

void AppSettings::save() const {
    QSettings settings;
    settings.setValue(kGoingDarkDays, goingDarkDays);
    settings.setValue(kOurDomains, ourEmailDomains);
    settings.setValue(kTimeZone, timeZoneId);
    settings.setValue(kLanguage, language);
    settings.setValue(kCachePath, cachePath);
}

QTimeZone AppSettings::timeZone() const {
    if (!timeZoneId.isEmpty()) {
        const QTimeZone zone(timeZoneId);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

} // namespace dp
