// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The five forecast categories and how a deal gets one: the CRM's own field where it has one, else the stage
// probability, with closed deals always closed (won) or omitted (lost).

#include "domain/Records.h"

#include <QString>
#include <array>
#include <optional>

namespace dp {

enum class ForecastCategory { Commit, BestCase, Pipeline, Omitted, Closed };

inline constexpr std::array kForecastCategories{ForecastCategory::Commit, ForecastCategory::BestCase,
                                                ForecastCategory::Pipeline, ForecastCategory::Omitted,
                                                ForecastCategory::Closed};

QString toKey(ForecastCategory category); // "commit", "best_case", "pipeline", "omitted", "closed"
std::optional<ForecastCategory> forecastCategoryFromKey(const QString &text);
// "Commit", "Best case", … in the user's language.
QString categoryLabel(ForecastCategory category);

// Reads a CRM's spelling of a category ("BEST_CASE", "Best Case", "bestcase", "Closed"); nothing when
// unknown.
std::optional<ForecastCategory> parseCrmCategory(const QString &text);

// How a stage probability maps to a category for deals whose CRM has no category (editable in settings):
// from commitFrom commit, from bestCaseFrom best case, above 0 (or unknown) pipeline, exactly 0 omitted.
// Fractions of 1; probabilities above 1 are read as percentages.
struct CategoryThresholds {
    double commitFrom = 0.8;
    double bestCaseFrom = 0.5;

    // Both in (0, 1] and best case not above commit.
    bool isValid() const { return bestCaseFrom > 0 && commitFrom <= 1.0 && bestCaseFrom <= commitFrom; }
    friend bool operator==(const CategoryThresholds &, const CategoryThresholds &) = default;
};

ForecastCategory categoryFromProbability(std::optional<double> probability,
                                         const CategoryThresholds &thresholds = {});

ForecastCategory forecastCategoryOf(bool isClosed, bool isWon, const QString &crmCategory,
                                    std::optional<double> stageProbability,
                                    const CategoryThresholds &thresholds = {});
inline ForecastCategory forecastCategoryOf(const Deal &deal, const CategoryThresholds &thresholds = {}) {
    return forecastCategoryOf(deal.isClosed, deal.isWon, deal.forecastCategory, deal.stageProbability,
                              thresholds);
}

} // namespace dp
