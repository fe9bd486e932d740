// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/StageMedians.h"

#include <algorithm>

namespace dp {

StageMedians::StageMedians(const QList<StageStay> &stays) {
    QHash<QString, QList<Millis>> durations;
    for (const StageStay &stay : stays)
        durations[stay.stage].append(stay.duration);
    for (auto it = durations.begin(); it != durations.end(); ++it) {
        QList<Millis> &values = it.value();
        if (values.size() < kMinSamples)
            continue;
        const auto middle = values.begin() + values.size() / 2;
        std::nth_element(values.begin(), middle, values.end());
        m_medians.insert(it.key(), *middle);
    }
}

std::optional<Millis> StageMedians::median(const QString &stage) const {
    const auto it = m_medians.constFind(stage);
    return it == m_medians.constEnd() ? std::nullopt : std::optional<Millis>(*it);
}

} // namespace dp
