// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// VADER's rules for Romanian over the Romanian base lexicon (resources/sentiment/vader_lexicon_ro.txt, see
// resources/sentiment/ro/README.md): the same scale and steps as the English port, on Romanian words.
// - Words are matched with their diacritics folded as the intent layer folds them (IntentTokens), so mail
//   typed without diacritics or with the old cedilla forms (ş ţ) scores as mail typed with them.
// - A negation among the three words before a lexicon word flips it by VADER's -0.74, once: Romanian
//   negation is concordant ("nu am nicio problemă" negates once), so several negations do not cancel. "nu",
//   "nici", "fără", "nicio"... and the elided "n-" ("n-am", "n-a") negate; "nu numai", "nu doar" do not.
// - Degree words before a lexicon word add or take VADER's 0.293 in the direction of its valence ("foarte",
//   "extrem de", "super"; "puțin", "cam", "destul de"), scaled 0.95 and 0.9 at two and three words away. A
//   degree word that is itself a lexicon word ("super", "teribil") counts as its valence when no lexicon word
//   follows it ("Super!").
// - The contrastive "dar" / "însă", as VADER's "but": the words before the first one count half, the words
//   after it half as much again.
// - ALL CAPS words among mixed case are emphasised by VADER's 0.733.
// - A courtesy opener ("Mulțumesc," "Mersi!") is a greeting, not praise, as "Thanks," is for the sales
//   scorer in English; so are the good words of greetings and sign-offs ("Bună ziua", "O zi bună", "Toate
//   cele bune", "Numai bine").

#include "analytics/sentiment/IntentTokens.h"
#include "analytics/sentiment/VaderScores.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace dp::sentiment {

// Folded word form → valence. Immutable and implicitly shared.
class RomanianLexicon final {
public:
    // The lexicon embedded in this library's resources, parsed once per process.
    static RomanianLexicon builtin();
    // Lines "form <TAB> valence [<TAB> source]"; "#" starts a comment; malformed lines are skipped.
    static RomanianLexicon fromText(QStringView text);

    // The valence of a word, matched with its diacritics folded and in any case.
    std::optional<double> valence(QStringView word) const;
    qsizetype wordCount() const { return m_words ? m_words->size() : 0; }

private:
    friend class RomanianScorer;
    std::shared_ptr<const QHash<QString, double>> m_words;
};

class RomanianScorer final {
public:
    explicit RomanianScorer(const RomanianLexicon &lexicon);

    // The sum of the sentence's word valences after the rules, before punctuation emphasis and
    // normalisation; `terms` receives the words with a non-zero valence, at their positions in `sentence`.
    double score(QStringView sentence, QList<Term> *terms = nullptr) const;
    // The same on the sentence's words as intentTokens() made them for Romanian, without the words whose
    // offsets are in `skipped` (sorted; the words of an intent, whose meaning is the intent's).
    double score(QStringView sentence, const IntentTokens &words, const QList<qsizetype> &skipped,
                 QList<Term> *terms = nullptr) const;

    const RomanianLexicon &lexicon() const { return m_lexicon; }

private:
    RomanianLexicon m_lexicon;
};

} // namespace dp::sentiment
