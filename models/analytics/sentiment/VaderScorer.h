// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A C++ port of VADER 3.3.1's SentimentIntensityAnalyzer.polarity_scores() (Hutto & Gilbert, ICWSM 2014),
// faithful to the reference down to its quirks, so scores match the published implementation.

#include "analytics/sentiment/VaderLexicon.h"
#include "analytics/sentiment/VaderScores.h"

#include <QList>
#include <QStringView>

namespace dp::sentiment {

class VaderScorer final {
public:
    // Keeps a (cheap, shared) copy of the lexicon.
    explicit VaderScorer(const VaderLexicon &lexicon);

    // Scores one text. When `terms` is given, it receives the tokens with a non-zero final valence, in
    // text order. Safe to call from several threads at once: nothing is shared but the immutable lexicon.
    VaderScores score(QStringView text, QList<Term> *terms = nullptr) const;

    const VaderLexicon &lexicon() const { return m_lexicon; }

private:
    VaderLexicon m_lexicon;
};

} // namespace dp::sentiment
