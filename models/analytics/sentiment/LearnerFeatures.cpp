// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/LearnerFeatures.h"

#include "analytics/sentiment/TextWords.h"

#include <algorithm>
#include <cmath>

namespace dp::sentiment {

LearnerFeatures learnerFeatures(QStringView text) {
    const QList<Word> words = textWords(text);
    LearnerFeatures features;
    features.names.reserve(words.size() * 2);
    for (qsizetype i = 0; i < words.size(); ++i) {
        features.names.append(words[i].lower);
        if (i + 1 < words.size())
            features.names.append(words[i].lower + u' ' + words[i + 1].lower);
    }
    std::sort(features.names.begin(), features.names.end());
    features.names.erase(std::unique(features.names.begin(), features.names.end()), features.names.end());
    features.value = features.names.isEmpty() ? 0.0 : 1.0 / std::sqrt(double(features.names.size()));
    return features;
}

} // namespace dp::sentiment
