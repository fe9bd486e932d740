// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AlertPriority.h"

#include <algorithm>

namespace dp {
namespace {

QString normalisedCode(const QString &currency) {
    return currency.trimmed().toUpper();
}

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace

AlertValuation::AlertValuation(const CurrencyRates &rates, const QList<OpenAmount> &openAmounts) {
    for (auto it = rates.perUnit.cbegin(); it != rates.perUnit.cend(); ++it)
        if (it.value() > 0)
            m_rates.insert(normalisedCode(it.key()), it.value());

    QHash<QString, QList<double>> amounts;
    for (const OpenAmount &open : openAmounts)
        if (open.amount > 0)
            amounts[normalisedCode(open.currency)].append(open.amount);

    m_reporting = normalisedCode(rates.reporting);
    if (m_reporting.isEmpty()) {
        // The currency most open deals are in (ties: alphabetical, so the choice is stable).
        qsizetype most = -1;
        QStringList codes = amounts.keys();
        codes.sort();
        for (const QString &code : codes) {
            if (amounts.value(code).size() > most) {
                most = amounts.value(code).size();
                m_reporting = code;
            }
        }
    }
    m_rates.insert(m_reporting, 1.0);

    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        m_medians.insert(it.key(), median(it.value()));

    // The typical open deal on the reporting scale: the median of every amount that can be converted.
    QList<double> converted;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        if (const auto rate = m_rates.constFind(it.key()); rate != m_rates.cend())
            for (double amount : it.value())
                converted.append(amount * *rate);
    m_reportingMedian = converted.isEmpty() ? 1.0 : median(converted);
}

AlertValuation::Value AlertValuation::value(std::optional<double> amount, const QString &currency) const {
    Value result;
    if (!amount || *amount <= 0)
        return result;
    const QString code = normalisedCode(currency);
    if (const auto rate = m_rates.constFind(code); rate != m_rates.cend()) {
        result.value = *amount * *rate;
        result.basis = code == m_reporting ? Basis::Reporting : Basis::Converted;
        return result;
    }
    const double typical = m_medians.value(code, 0);
    result.relative = typical > 0 ? *amount / typical : 1.0;
    result.value = result.relative * m_reportingMedian;
    result.basis = Basis::Relative;
    return result;
}

double alertPriority(double value, int score, const QDate &closeDate, const QDate &today) {
    const double risk = std::clamp(100 - score, 0, 100) / 100.0;
    double closeness = 0.25;
    if (closeDate.isValid()) {
        const auto days = std::max<qint64>(0, today.daysTo(closeDate));
        closeness = 1.0 / (1.0 + double(days) / 30.0);
    }
    // Far below any real amount, yet above zero so risk and closeness still order these deals.
    constexpr double kNoAmountWeight = 1e-6;
    return (value > 0 ? value : kNoAmountWeight) * risk * closeness;
}

} // namespace dp
