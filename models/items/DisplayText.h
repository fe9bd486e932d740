// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words and numbers shared by the pipeline, roll-up and alert models, in the user's language and locale.

#include "items/Money.h"

#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace dp {

// "$1,200,000 + £300,000": sums in several currencies, largest first.
QString formatAmounts(const QMap<QString, double> &byCurrency, const QLocale &locale = QLocale());
// The forecast category keys in the order a forecast reads: commit first.
const QStringList &forecastKeys();
// "Commit", "Best case", … for the CRM's key.
QString forecastLabel(const QString &category);
// "+0.42" / "−0.31" with a true minus sign; empty when the deal has no scored interactions yet.
QString formatSentiment(std::optional<double> sentiment);

} // namespace dp
