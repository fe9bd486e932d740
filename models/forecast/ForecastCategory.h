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

// Probability thresholds for deals whose CRM has no category: from 0.8 commit, from 0.5 best case, above 0
// (or unknown) pipeline, exactly 0 omitted.
ForecastCategory categoryFromProbability(std::optional<double> probability);

ForecastCategory forecastCategoryOf(bool isClosed, bool isWon, const QString &crmCategory,
                                    std::optional<double> stageProbability);
inline ForecastCategory forecastCategoryOf(const Deal &deal) {
    return forecastCategoryOf(deal.isClosed, deal.isWon, deal.forecastCategory, deal.stageProbability);
}

} // namespace dp
