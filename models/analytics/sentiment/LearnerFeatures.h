// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text features of the learner: the distinct unigrams and bigrams of a text's lower-cased words,
// each worth 1/sqrt(count) so that long and short texts weigh alike.

#include <QStringList>
#include <QStringView>

namespace dp::sentiment {

struct LearnerFeatures {
    QStringList names;  // sorted, distinct: "deal", "deal breaker" (a bigram has one space)
    double value = 0.0; // 1/sqrt(names.size()), 0 when there are none
};

LearnerFeatures learnerFeatures(QStringView text);

} // namespace dp::sentiment
