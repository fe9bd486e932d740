// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"

namespace dp {

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

FigureSettings AppSettings::figures() const {
    FigureSettings figures;
    figures.health = health();
    figures.ourDomains = ourEmailDomains;
    return figures;
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
