// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How urgent a going-dark or at-risk deal is for the manager: value × risk × closeness of the close date,
// so a large deal closing this month outranks a small one closing next year.
//
// Amounts in different currencies are never multiplied as if they were one: each deal's amount is first
// put on the reporting currency's scale (AlertValuation):
//  - in the reporting currency: as it is;
//  - with an exchange rate the user set: converted (amount × rate);
//  - without a rate: by its size among its own currency's open deals — amount ÷ the median open amount in
//    its currency × the median open amount in the reporting currency. A deal twice the size of a typical
//    EUR deal counts as twice a typical USD deal, which keeps the ranking within each currency by amount
//    and needs no rate the user never gave.
// The reporting currency is the user's, or else the currency most open deals are in.

#include "domain/Health.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace dp {

// Exchange rates as the user sets them: how many units of the reporting currency one unit of a currency
// is worth. Codes are ISO 4217, upper case.
struct CurrencyRates {
    QString reporting; // empty: the currency most open deals are in
    QHash<QString, double> perUnit;
};

// One open deal's amount, for the medians.
struct OpenAmount {
    QString currency;
    double amount = 0;
};

class AlertValuation final {
public:
    enum class Basis { Reporting, Converted, Relative, NoAmount };
    struct Value {
        double value = 0; // on the reporting currency's scale
        Basis basis = Basis::NoAmount;
        double relative = 0; // Relative: amount ÷ its currency's median open amount
    };

    AlertValuation(const CurrencyRates &rates, const QList<OpenAmount> &openAmounts);

    Value value(std::optional<double> amount, const QString &currency) const;
    QString reportingCurrency() const { return m_reporting; }

private:
    QString m_reporting;
    QHash<QString, double> m_rates;
    QHash<QString, double> m_medians; // per currency, of positive open amounts
    double m_reportingMedian = 1;
};

// risk: (100 − score) / 100. closeness: 1 when the close date is today or passed, halving every 30 days
// after (1 / (1 + days / 30)); 0.25 when there is no close date. A deal without an amount (value 0 or
// less) ranks below every deal with one, and among those without by risk and closeness.
double alertPriority(double value, int score, const QDate &closeDate, const QDate &today);

} // namespace dp
