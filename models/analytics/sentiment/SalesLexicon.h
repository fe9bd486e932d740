// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sales-domain vocabulary layered over VADER: words added to or removed from its lexicon, and phrases
// with a valence or a role in the sales rules. Parsed from resources/sentiment/sales_lexicon.tsv, whose
// header explains each kind of entry.

#include "analytics/sentiment/VaderLexicon.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dp::sentiment {

enum class PhraseKind {
    Valence,     // a phrase with its own valence
    Neutral,     // its words carry nothing together
    Unsubscribe, // a request to stop contact
    Competitor,  // a competing option: good words near it are about the competitor
    Scheduling,  // moving or arranging a meeting
};

struct SalesPhrase {
    QStringList words; // lower case, punctuation stripped
    double valence = 0.0;
    PhraseKind kind = PhraseKind::Valence;
};

// Immutable once built; copies share nothing but are cheap enough (a few hundred entries).
class SalesLexicon final {
public:
    // The lexicon embedded in this library's resources, parsed once per process.
    static SalesLexicon builtin();
    // Malformed lines are skipped with a warning.
    static SalesLexicon fromText(QStringView text);

    // The word-level changes, for VaderLexicon::withOverrides().
    const LexiconOverrides &overrides() const { return m_overrides; }
    const QList<SalesPhrase> &phrases() const { return m_phrases; }
    // Indices into phrases() of the phrases starting with this word, longest first.
    QList<int> phrasesStartingWith(const QString &word) const { return m_byFirstWord.value(word); }

private:
    LexiconOverrides m_overrides;
    QList<SalesPhrase> m_phrases;
    QHash<QString, QList<int>> m_byFirstWord;
};

} // namespace dp::sentiment
