// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/Prequential.h"

namespace dp::sentiment {

Prequential::Prequential(const LearnerOptions &options, bool intents)
    : m_vader(VaderLexicon::builtin())
    , m_learner(options) {
    m_sales.setIntentLayer(intents);
}

PrequentialScores Prequential::step(QStringView text, bool positive) {
    PrequentialScores scores;
    scores.vader = m_vader.score(text).compound;
    const SalesScore sales = m_sales.score(text);
    scores.sales = sales.compound;
    scores.adaptive = m_learner.score(text, sales.compound, sales.language);
    m_learner.learn({text.toString(), sales.compound, sales.language, positive, {}});
    return scores;
}

} // namespace dp::sentiment
