// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A prequential (test-then-train) run over labelled texts: each text is scored by VADER, by the sales
// layer and by the learner as it stands, and only then is its label learned. Shared by the command line
// and the benchmark so both measure the same thing.

#include "analytics/sentiment/Learner.h"
#include "analytics/sentiment/SalesScorer.h"
#include "analytics/sentiment/VaderScorer.h"

namespace dp::sentiment {

struct PrequentialScores {
    double vader = 0.0;
    double sales = 0.0;
    double adaptive = 0.0; // predicted before the label was learned; the guard applies
};

class Prequential final {
public:
    // intents: the sales layer's intent layer on (as the app scores) or off (to compare).
    explicit Prequential(const LearnerOptions &options = {}, bool intents = true);
    PrequentialScores step(QStringView text, bool positive);

private:
    VaderScorer m_vader;
    SalesScorer m_sales;
    Learner m_learner;
};

} // namespace dp::sentiment
