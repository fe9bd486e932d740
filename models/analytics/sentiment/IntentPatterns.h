// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sales intent patterns of one language, parsed from resources/sentiment/intents_<lang>.txt, whose
// header documents the format: the families' valences, what a negated match becomes, the negators, the
// words that make a sentence conditional, and multi-word patterns over lemmas, prefixes and gaps.

#include "analytics/sentiment/LanguageDetector.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace dp::sentiment {

// What a sales manager flags in a buyer's sentence. The first four are good signs, the rest bad ones.
enum class IntentFamily {
    Commitment,
    NextStep,
    NewStakeholder,
    ProcurementProgress,
    StatusQuo,
    Delay,
    BudgetBlocked,
    CompetitorChosen,
    ChampionLeft,
    Unsubscribe,
};
inline constexpr int kIntentFamilies = 10;

// The key in the pattern files and the labelled sets: "next_step", "competitor", ...
QStringView intentKey(IntentFamily family);
std::optional<IntentFamily> intentFromKey(QStringView key);
inline bool isPositiveIntent(IntentFamily family) {
    return int(family) <= int(IntentFamily::ProcurementProgress);
}

struct PatternElement {
    enum class Kind {
        Word,    // one of `words` (lemmas) or of `prefixes` (of the folded word)
        Gap,     // zero to kMaxGap words of any kind
        Negator, // a negator of the language ("not", "n't", "nu")
    };
    Kind kind = Kind::Word;
    QStringList words;
    QStringList prefixes;
};
inline constexpr int kMaxGap = 4;

struct IntentPattern {
    // Empty for a "none" pattern: words that look like an intent's but are not ("sign on" in "single
    // sign-on"); its match takes the words so that no other pattern can, and counts as nothing.
    std::optional<IntentFamily> family;
    QList<PatternElement> elements; // starts and ends with a Word or Negator element
    QString source;                 // the line as written, for messages
};

class IntentPatterns final {
public:
    // The patterns embedded in this library's resources, parsed once per process.
    static const IntentPatterns &builtin(Language language);
    // Malformed lines are skipped with a warning naming the line.
    static IntentPatterns fromText(QStringView text, Language language);

    Language language() const { return m_language; }
    const QList<IntentPattern> &patterns() const { return m_patterns; }
    double valence(IntentFamily family) const { return m_valences[std::size_t(family)]; }
    // What a negated match of the family counts as; empty when it counts as nothing.
    std::optional<IntentFamily> negated(IntentFamily family) const { return m_negated[std::size_t(family)]; }
    bool isNegator(QStringView folded) const;
    bool isCondition(QStringView folded) const;
    struct WordRole {
        bool negator = false;
        bool condition = false;
    };
    // Both at once, with one hash look-up for most words (neither).
    WordRole roleOf(QStringView folded) const;
    // What a word's first three letters (wordKey()) tell: the indices into patterns() that may start at
    // it, and whether it may be a negator or a condition word (then roleOf() says for sure).
    struct KeyEntry {
        QList<int> patterns;
        bool mayHaveRole = false;
    };
    // Null for most words: nothing starts with them and they are no negator or condition.
    const KeyEntry *lookup(QStringView folded) const;
    const QList<int> *candidates(QStringView folded) const;
    bool hasNegatorSuffixes() const { return !m_negatorSuffixes.isEmpty(); }
    const QList<int> &negatorFirst() const { return m_negatorFirst; }

private:
    Language m_language = Language::English;
    QList<IntentPattern> m_patterns;
    std::array<double, kIntentFamilies> m_valences{};
    std::array<std::optional<IntentFamily>, kIntentFamilies> m_negated{};
    QSet<quint64> m_roleKeys;      // exactWordKey() of each negator and condition: most words are neither
    QStringList m_negators;        // sorted, for a binary search with a view
    QStringList m_negatorSuffixes; // "n't": looked for in words with an apostrophe (contractions) only
    QStringList m_conditions;      // sorted
    QHash<quint64, KeyEntry> m_byKey;
    QList<int> m_negatorFirst;
};

} // namespace dp::sentiment
