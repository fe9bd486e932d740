// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/Money.h"

#include <QHash>

namespace dp {

QString formatMoney(double amount, const QString &currency, const QLocale &locale) {
    static const QHash<QString, QString> symbols{{QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")},
                                                 {QStringLiteral("RON"), QStringLiteral("lei")}};
    const QString symbol =
        symbols.value(currency, currency.isEmpty() ? QString() : currency + QLatin1Char(' '));
    return locale.toCurrencyString(amount, symbol, 0);
}

} // namespace dp
