// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sales-domain scorer: VADER 3.3.1 with the sales lexicon's words, plus its phrases and two sales rules
// (an unsubscribe request is negative however politely put; a scheduling message is not negative for the
// general-English words that come with it), applied per sentence. The pure VADER path is untouched: this is
// a separate scorer built on a lexicon with overrides.

#include "analytics/sentiment/LanguageDetector.h"
#include "analytics/sentiment/SalesLexicon.h"
#include "analytics/sentiment/SentenceSplitter.h"
#include "analytics/sentiment/VaderScorer.h"

#include <QList>
#include <QStringView>

namespace dp::sentiment {

struct SentenceScore {
    TextSpan span;         // in the scored text
    double compound = 0.0; // VADER's normalisation of the sentence's sum
    double sum = 0.0;      // the sum of valences with punctuation emphasis, before normalisation
    QList<Term> terms;     // positions in the scored text
};

struct SalesScore {
    // The mean compound of the sentences that carry sentiment (|compound| >= 0.05), 0 when none does, so a
    // long email is neither saturated by its length nor diluted by its neutral sentences.
    double compound = 0.0;
    Language language = Language::English;
    QList<SentenceScore> sentences; // every sentence scored, neutral ones included
    QList<Term> terms;              // the terms of all sentences, in text order
};

class SalesScorer final {
public:
    // VADER's built-in lexicon with the built-in sales lexicon.
    SalesScorer();
    SalesScorer(const VaderLexicon &base, const SalesLexicon &sales);

    // The whole text, sentence by sentence. Romanian text gets no score: the lexicons are English.
    SalesScore score(QStringView text) const;
    // Only the given parts of the text (an email without its quoted thread, a buyer's utterances); term
    // and sentence positions stay those of the whole text.
    SalesScore score(QStringView text, const QList<TextSpan> &parts) const;
    // One sentence as it is, without splitting: its terms are placed at offset + their position.
    SentenceScore scoreSentence(QStringView sentence, qsizetype offset = 0) const;

    const VaderScorer &vader() const { return m_vader; }

private:
    SalesLexicon m_sales;
    VaderScorer m_vader;
};

// The compound sign convention shared by every scorer: positive from 0.05, negative from -0.05.
inline constexpr double kNeutralBand = 0.05;

} // namespace dp::sentiment
