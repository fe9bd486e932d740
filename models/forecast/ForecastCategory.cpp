// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/ForecastCategory.h"

#include "domain/EnumKeys.h"

#include <QCoreApplication>

namespace dp {
namespace {

constexpr EnumKeyTable<ForecastCategory, 5> kKeys{{
    {ForecastCategory::Commit, "commit"},
    {ForecastCategory::BestCase, "best_case"},
    {ForecastCategory::Pipeline, "pipeline"},
    {ForecastCategory::Omitted, "omitted"},
    {ForecastCategory::Closed, "closed"},
}};

} // namespace

QString toKey(ForecastCategory category) {
    return keyOf(kKeys, category);
}

std::optional<ForecastCategory> forecastCategoryFromKey(const QString &text) {
    return valueOfKey(kKeys, text);
}

QString categoryLabel(ForecastCategory category) {
    switch (category) {
    case ForecastCategory::Commit:
        return QCoreApplication::translate("Forecast", "Commit");
    case ForecastCategory::BestCase:
        return QCoreApplication::translate("Forecast", "Best case");
    case ForecastCategory::Pipeline:
        return QCoreApplication::translate("Forecast", "Pipeline");
    case ForecastCategory::Omitted:
        return QCoreApplication::translate("Forecast", "Omitted");
    case ForecastCategory::Closed:
        return QCoreApplication::translate("Forecast", "Closed");
    }
    return {};
}

std::optional<ForecastCategory> parseCrmCategory(const QString &text) {
    // HubSpot writes BEST_CASE, Salesforce "Best Case" or BestCase; one folded spelling covers them all.
    QString folded;
    for (const QChar c : text)
        if (c.isLetter())
            folded += c.toLower();
    if (folded == QLatin1String("commit"))
        return ForecastCategory::Commit;
    if (folded == QLatin1String("bestcase"))
        return ForecastCategory::BestCase;
    if (folded == QLatin1String("pipeline"))
        return ForecastCategory::Pipeline;
    if (folded == QLatin1String("omitted"))
        return ForecastCategory::Omitted;
    if (folded == QLatin1String("closed"))
        return ForecastCategory::Closed;
    return std::nullopt;
}

ForecastCategory categoryFromProbability(std::optional<double> probability,
                                         const CategoryThresholds &thresholds) {
    if (!probability)
        return ForecastCategory::Pipeline;
    // Salesforce gives percentages, HubSpot fractions.
    const double fraction = *probability > 1.0 ? *probability / 100.0 : *probability;
    if (fraction >= thresholds.commitFrom)
        return ForecastCategory::Commit;
    if (fraction >= thresholds.bestCaseFrom)
        return ForecastCategory::BestCase;
    if (fraction > 0.0)
        return ForecastCategory::Pipeline;
    return ForecastCategory::Omitted;
}

ForecastCategory forecastCategoryOf(bool isClosed, bool isWon, const QString &crmCategory,
                                    std::optional<double> stageProbability,
                                    const CategoryThresholds &thresholds) {
    // Forecasting tools count only won deals as closed; a lost deal drops out of every roll-up.
    if (isClosed)
        return isWon ? ForecastCategory::Closed : ForecastCategory::Omitted;
    const std::optional<ForecastCategory> crm = parseCrmCategory(crmCategory);
    // A CRM saying "closed" on an open deal is stale; fall back to the probability.
    if (crm && *crm != ForecastCategory::Closed)
        return *crm;
    return categoryFromProbability(stageProbability, thresholds);
}

} // namespace dp
