// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DisplayText.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace dp {

QString formatAmounts(const QMap<QString, double> &byCurrency, const QLocale &locale) {
    if (byCurrency.isEmpty())
        return formatMoney(0, QString(), locale);
    QList<std::pair<double, QString>> sums;
    for (auto it = byCurrency.constBegin(); it != byCurrency.constEnd(); ++it)
        sums.append({it.value(), it.key()});
    std::sort(sums.begin(), sums.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[amount, currency] : sums)
        parts.append(formatMoney(amount, currency, locale));
    return parts.join(QStringLiteral(" + "));
}

const QStringList &forecastKeys() {
    static const QStringList keys{QStringLiteral("commit"), QStringLiteral("best_case"),
                                  QStringLiteral("pipeline"), QStringLiteral("omitted"),
                                  QStringLiteral("closed")};
    return keys;
}

QString forecastLabel(const QString &category) {
    // The context stays the pipeline model's, where these words were first translated.
    if (category == QLatin1String("commit"))
        return QCoreApplication::translate("dp::PipelineModel", "Commit");
    if (category == QLatin1String("best_case"))
        return QCoreApplication::translate("dp::PipelineModel", "Best case");
    if (category == QLatin1String("pipeline"))
        return QCoreApplication::translate("dp::PipelineModel", "Pipeline");
    if (category == QLatin1String("omitted"))
        return QCoreApplication::translate("dp::PipelineModel", "Omitted");
    if (category == QLatin1String("closed"))
        return QCoreApplication::translate("dp::PipelineModel", "Closed");
    return category;
}

QString formatSentiment(std::optional<double> sentiment) {
    if (!sentiment)
        return {};
    const QString number = QLocale().toString(qAbs(*sentiment), 'f', 2);
    if (*sentiment < -0.005)
        return QChar(0x2212) + number;
    if (*sentiment > 0.005)
        return QLatin1Char('+') + number;
    return number;
}

} // namespace dp
