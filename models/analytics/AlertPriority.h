#pragma once
// How urgent a going-dark or at-risk deal is for the manager: amount × risk × closeness of the close date,
// so a large deal closing this month outranks a small one closing next year.

#include "domain/Health.h"

#include <QDate>
#include <optional>

namespace dp {

// risk: (100 − score) / 100. closeness: 1 when the close date is today or passed, halving every 30 days
// after (1 / (1 + days / 30)); 0.25 when there is no close date. A deal without an amount counts as 1 so it
// still ranks by risk and closeness, below deals with a real amount of any size.
double alertPriority(std::optional<double> amount, int score, const QDate &closeDate, const QDate &today);

} // namespace dp
