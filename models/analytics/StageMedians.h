// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How long deals usually stay in each stage, learnt from the cache's own stage history.

#include "store/ActivityStore.h"

#include <QHash>
#include <optional>

namespace dp {

class StageMedians final {
public:
    // Fewer completed stays than this and a stage has no median: too few deals to call one "stalled".
    static constexpr int kMinSamples = 5;

    explicit StageMedians(const QList<StageStay> &stays);
    std::optional<Millis> median(const QString &stage) const;

private:
    QHash<QString, Millis> m_medians;
};

} // namespace dp
