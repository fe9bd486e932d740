// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include "analytics/HealthRules.h"

#include <QSettings>
#include <QSystemTrayIcon>
#include <algorithm>

namespace dp {
namespace {

// The keys the launcher reads too; keep them in step with app/GuiLauncher.cpp.
const QString kGoingDarkDays = QStringLiteral("goingDarkDays");
const QString kRhythmRule = QStringLiteral("rhythmRule");
const QString kOurDomains = QStringLiteral("ourEmailDomains");
const QString kTimeZone = QStringLiteral("timeZone");
const QString kLanguage = QStringLiteral("language");
const QString kFormats = QStringLiteral("formats");
const QString kCachePath = QStringLiteral("cachePath");
const QString kReportingCurrency = QStringLiteral("reportingCurrency");
const QString kExchangeRates = QStringLiteral("exchangeRates");
const QString kSyncInterval = QStringLiteral("sync/intervalMinutes");
const QString kTrayIcon = QStringLiteral("trayIcon");

} // namespace

AppSettings AppSettings::load() {
    const QSettings settings;
    AppSettings s;
    s.goingDarkDays = std::clamp(settings.value(kGoingDarkDays, kDefaultGoingDarkDays).toInt(),
                                 kMinGoingDarkDays, kMaxGoingDarkDays);
    s.rhythmRule = settings.value(kRhythmRule, HealthSettings{}.rhythmRule).toBool();
    s.ourEmailDomains = settings.value(kOurDomains).toStringList();
    s.timeZoneId = settings.value(kTimeZone).toByteArray();
    s.language = settings.value(kLanguage).toString();
    s.formats = settings.value(kFormats).toString();
    s.cachePath = settings.value(kCachePath).toString();
    s.reportingCurrency = settings.value(kReportingCurrency).toString();
    const QVariantMap rates = settings.value(kExchangeRates).toMap();
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        if (const double rate = it.value().toDouble(); rate > 0)
            s.exchangeRates.insert(it.key(), rate);
    s.syncIntervalMinutes =
        std::clamp(settings.value(kSyncInterval, s.syncIntervalMinutes).toInt(), 0, 24 * 60);
    s.trayIcon = settings.value(kTrayIcon, QSystemTrayIcon::isSystemTrayAvailable()).toBool();
    return s;
}

void AppSettings::save() const {
    QSettings settings;
    settings.setValue(kGoingDarkDays, goingDarkDays);
    settings.setValue(kRhythmRule, rhythmRule);
    settings.setValue(kOurDomains, ourEmailDomains);
    settings.setValue(kTimeZone, timeZoneId);
    settings.setValue(kLanguage, language);
    settings.setValue(kFormats, formats);
    settings.setValue(kCachePath, cachePath);
    settings.setValue(kReportingCurrency, reportingCurrency);
    QVariantMap rates;
    for (auto it = exchangeRates.cbegin(); it != exchangeRates.cend(); ++it)
        rates.insert(it.key(), it.value());
    settings.setValue(kExchangeRates, rates);
    settings.setValue(kSyncInterval, syncIntervalMinutes);
    settings.setValue(kTrayIcon, trayIcon);
}

CurrencyRates AppSettings::currencyRates() const {
    CurrencyRates rates;
    rates.reporting = reportingCurrency;
    for (auto it = exchangeRates.cbegin(); it != exchangeRates.cend(); ++it)
        rates.perUnit.insert(it.key(), it.value());
    return rates;
}

HealthSettings AppSettings::health() const {
    HealthSettings health;
    health.goingDarkDays = goingDarkDays;
    health.rhythmRule = rhythmRule;
    return health;
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
