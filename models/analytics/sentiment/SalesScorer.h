// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sales-domain scorer: VADER 3.3.1 with the sales lexicon's words, plus its phrases and two sales rules
// (an unsubscribe request is negative however politely put; a scheduling message is not negative for the
// general-English words that come with it), applied per sentence. The pure VADER path is untouched: this is
// a separate scorer built on a lexicon with overrides.
// Over it, the sales intent layer (IntentDetector): each counted intent match adds its family's valence
// (from the pattern file, VADER's scale: "competitor chosen" -3.0, "next step scheduled" +1.5) to its
// sentence's sum before VADER's normalisation, as one more term, and its words are taken out of what the
// lexicons read, so "moving forward" in "we will not be moving forward" is not also scored by the phrases.
// Romanian sentences are scored by the Romanian base lexicon with VADER's rules for Romanian (RomanianScorer)
// and their intents, the same way; the English lexicons and phrases never read them.

#include "analytics/sentiment/IntentDetector.h"
#include "analytics/sentiment/LanguageDetector.h"
#include "analytics/sentiment/RomanianScorer.h"
#include "analytics/sentiment/SalesLexicon.h"
#include "analytics/sentiment/SentenceSplitter.h"
#include "analytics/sentiment/VaderScorer.h"

#include <QList>
#include <QStringView>

namespace dp::sentiment {

struct SentenceScore {
    TextSpan span;              // in the scored text
    double compound = 0.0;      // VADER's normalisation of the sentence's sum
    double sum = 0.0;           // the sum of valences with punctuation emphasis, before normalisation
    QList<Term> terms;          // positions in the scored text
    QList<IntentMatch> intents; // counted and conditional ones; only counted ones are in `terms`
};

struct SalesScore {
    // The mean compound of the sentences that carry sentiment (|compound| >= 0.05), 0 when none does, so a
    // long email is neither saturated by its length nor diluted by its neutral sentences.
    double compound = 0.0;
    Language language = Language::English;
    QList<SentenceScore> sentences; // every sentence scored, neutral ones included
    QList<Term> terms;              // the terms of all sentences, in text order
    QList<IntentMatch> intents;     // the intents of all sentences, in text order
};

// Whether any intent of the score counts for it.
bool hasCountedIntent(const SalesScore &score);

class SalesScorer final {
public:
    // VADER's built-in lexicon with the built-in sales lexicon, and the built-in Romanian lexicon.
    SalesScorer();
    SalesScorer(const VaderLexicon &base, const SalesLexicon &sales,
                const RomanianLexicon &romanian = RomanianLexicon::builtin());

    // The whole text, sentence by sentence, in the language detectLanguage() finds in it.
    SalesScore score(QStringView text) const;
    // Only the given parts of the text (an email without its quoted thread, a buyer's utterances); term
    // and sentence positions stay those of the whole text.
    SalesScore score(QStringView text, const QList<TextSpan> &parts) const;
    // The whole text in the given language, whatever detectLanguage() would say.
    SalesScore score(QStringView text, Language language) const;
    // One sentence as it is, without splitting: its terms are placed at offset + their position.
    SentenceScore scoreSentence(QStringView sentence, qsizetype offset = 0,
                                Language language = Language::English) const;

    const VaderScorer &vader() const { return m_vader; }
    // On by default; off, the scores are those from before the layer (for benchmarks and the accuracy
    // report's "before").
    void setIntentLayer(bool on) { m_intentLayer = on; }
    bool intentLayer() const { return m_intentLayer; }
    // On by default; off, Romanian is scored by its intents alone, as before the Romanian lexicon (for the
    // accuracy report's "before").
    void setRomanianLexicon(bool on) { m_romanianLexicon = on; }

private:
    SentenceScore scoreRomanian(QStringView sentence, qsizetype offset) const;
    SalesScore scoreParts(QStringView text, const QList<TextSpan> &parts, Language language) const;

    SalesLexicon m_sales;
    VaderScorer m_vader;
    RomanianScorer m_romanian;
    IntentDetector m_intents;
    bool m_intentLayer = true;
    bool m_romanianLexicon = true;
};

// The compound sign convention shared by every scorer: positive from 0.05, negative from -0.05.
inline constexpr double kNeutralBand = 0.05;

} // namespace dp::sentiment
