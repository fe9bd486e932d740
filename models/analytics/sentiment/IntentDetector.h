// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sales intent in a buyer's sentence: commitments, next steps, new stakeholders and procurement progress;
// status quo, delays, blocked budgets, a competitor chosen, the champion gone, unsubscribe requests. The
// patterns come from a data file per language (IntentPatterns); this class matches them over lemmatised
// words and decides what a match counts as:
// - negated (a negator among the four words before it, in its clause, or inside its gaps): what the
//   file says the family becomes ("we will not be moving forward": a commitment negated is the status quo),
//   else nothing;
// - conditional (a condition word anywhere in the sentence: "unless the budget is approved", "we might
//   sign if..."): reported, but not counted.

#include "analytics/sentiment/IntentPatterns.h"
#include "analytics/sentiment/IntentTokens.h"
#include "analytics/sentiment/SentenceSplitter.h"

#include <QList>
#include <QStringView>

namespace dp::sentiment {

struct IntentMatch {
    IntentFamily family = IntentFamily::Commitment;
    double valence = 0.0;  // the family's valence, what the match adds to its sentence's sum
    TextSpan span;         // from the first matched word to the last, offsets in the detected text
    QList<TextSpan> words; // the matched words themselves (the gaps left out)
    bool conditional = false;
    bool negated = false; // a negated match of another family, counted as this one
};

class IntentDetector final {
public:
    // The built-in patterns of both languages.
    IntentDetector();
    IntentDetector(const IntentPatterns &english, const IntentPatterns &romanian);

    // One sentence; match positions are offset + their place in it. Overlapping matches: the one that
    // starts first wins, then the longer one.
    QList<IntentMatch> detect(QStringView sentence, Language language, qsizetype offset = 0) const;
    // The same, on the sentence's words as intentTokens() made them for `language` (to share them with
    // another reader of the sentence).
    QList<IntentMatch> detect(const IntentTokens &words, Language language, qsizetype offset = 0) const;
    // A whole text, sentence by sentence.
    QList<IntentMatch> detectText(QStringView text, Language language) const;

private:
    const IntentPatterns *m_english;
    const IntentPatterns *m_romanian;
};

// Only the matches that count for a score (not conditional).
inline bool counts(const IntentMatch &match) {
    return !match.conditional;
}

} // namespace dp::sentiment
