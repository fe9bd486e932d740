// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An amount in its currency, in the user's locale: "$48,000", "48.000 €".

#include <QLocale>
#include <QString>

namespace dp {

// QLocale formats an amount but does not know which symbol an ISO code has, so the common ones are named;
// any other code is written before the number.
QString formatMoney(double amount, const QString &currency, const QLocale &locale = QLocale());

} // namespace dp
