// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/Money.h"

#include <QHash>

namespace dp {

QString formatMoney(double amount, const QString &currency, const QLocale &locale) {
    static const QHash<QString, QString> symbols{{QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")}};
    // "lei" is written after the number, which only a Romanian locale's currency format does; elsewhere the
    // prefix would read "lei81,000", so the code is written as for any other currency ("RON 81,000").
    if (currency == QLatin1String("RON") && locale.language() == QLocale::Romanian)
        return locale.toCurrencyString(amount, QStringLiteral("lei"), 0);
    const QString symbol =
        symbols.value(currency, currency.isEmpty() ? QString() : currency + QLatin1Char(' '));
    return locale.toCurrencyString(amount, symbol, 0);
}

} // namespace dp
