#include "analytics/AlertPriority.h"

#include <algorithm>

namespace dp {

double alertPriority(std::optional<double> amount, int score, const QDate &closeDate, const QDate &today) {
    const double risk = std::clamp(100 - score, 0, 100) / 100.0;
    double closeness = 0.25;
    if (closeDate.isValid()) {
        const auto days = std::max<qint64>(0, today.daysTo(closeDate));
        closeness = 1.0 / (1.0 + double(days) / 30.0);
    }
    const double value = amount && *amount > 0 ? *amount : 1.0;
    return value * risk * closeness;
}

} // namespace dp
