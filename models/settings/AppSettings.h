// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user's general settings as one value: what Settings → General edits, what the window and the command
// line compute figures with. Read and written through SettingsStore.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "analytics/AlertPriority.h"
#include "analytics/FigureRefresh.h"
#include "analytics/HealthRules.h"

namespace dp {

struct AppSettings {
    int goingDarkDays = kDefaultGoingDarkDays; // 14–42
    bool rhythmRule = true;                    // also flag a buyer silent far beyond their own rhythm
    QStringList ourEmailDomains;               // extra domains our side writes from, lower case
    QByteArray timeZoneId;                     // IANA id; empty: the system's
    QString language;                          // "en", "ro"; empty: the system's
    QString formats;   // dates, numbers, amounts: "en_US", "en_GB", "ro_RO"; empty: the system's
    QString cachePath; // empty: the default location
    // For ranking alerts across currencies: the currency amounts are compared in (empty: the one most open
    // deals are in) and how many units of it one unit of another currency is worth (none by default).
    QString reportingCurrency;
    QMap<QString, double> exchangeRates;
    int syncIntervalMinutes = 30; // background sync; 0: off
    bool trayIcon = false;        // unless stored: on when the desktop has a system tray (the GUI says)

    // The time zone times are shown in: the override, or the system's.
    QTimeZone timeZone() const;
    CurrencyRates currencyRates() const;
    // The settings the health figures are computed with: every place that computes them takes these, so
    // none of them forgets one.
    HealthSettings health() const;
    // What the stored figures are kept in step with (health and our email domains).
    FigureSettings figures() const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace dp
