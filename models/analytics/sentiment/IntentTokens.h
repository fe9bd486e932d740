// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words as the sales intent patterns see them: lower case, Romanian diacritics folded (ș ş → s, ț ţ → t,
// ă â → a, î → i, so mail typed without them or with the old cedilla forms matches), and a lemma from a
// small suffix-stripping lemmatiser per language ("signed", "signing" → "sign"; "semnăm", "semnat" → "semn").
// A sentence is folded once into one buffer and its words are views into it: the detector runs on every
// buyer sentence, so it allocates nothing per word.

#include "analytics/sentiment/LanguageDetector.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <string_view>

namespace dp::sentiment {

struct IntentToken {
    QStringView folded;  // lower case, diacritics folded, contractions' tails ("'re", "'s") removed
    QStringView lemma;   // folded without its suffix: always a prefix of `folded`
    qsizetype begin = 0; // the word in the original text
    qsizetype length = 0;
    bool clauseStart = false; // a comma, semicolon, colon, bracket or dash comes before it
    bool apostrophe = false;  // an English word with an apostrophe inside ("don't", "we're")
};

// A sentence's words; it lives where it is made, since the words are views into its own buffer. A
// sentence fits without a heap allocation.
struct IntentTokens {
    IntentTokens() = default;
    Q_DISABLE_COPY_MOVE(IntentTokens)

    QVarLengthArray<QChar, 512> folded; // the whole text folded, offsets as in the text
    QVarLengthArray<IntentToken, 64> tokens;
};

// Letters and digits make words, and an apostrophe inside an English word keeps it whole ("don't");
// hyphens split ("scoateți-mă", "follow-up").
void intentTokens(QStringView text, Language language, IntentTokens &out);

// The folded form and the lemma of one word, as intentTokens() makes them (for the patterns' words).
QString foldWord(QStringView word, Language language);
QString lemmatise(QStringView folded, Language language);

// A word's first three UTF-16 units (fewer for a shorter word) as one number: the key the patterns are
// indexed by, looked up without building a string.
inline quint64 wordKey(QStringView word) {
    const qsizetype n = std::min<qsizetype>(3, word.size());
    quint64 key = quint64(n) << 48;
    for (qsizetype i = 0; i < n; ++i)
        key |= quint64(word[i].unicode()) << (16 * i);
    return key;
}

// The key with the word's whole length in it too: equal words have equal keys, and most unequal ones not,
// so a set of them rejects most words without comparing strings.
inline quint64 exactWordKey(QStringView word) {
    return wordKey(word) | (quint64(std::min<qsizetype>(word.size(), 0xfff)) << 52);
}

// `word` ends with `suffix`, compared unit by unit inline (the suffixes are short, the words many).
inline bool endsWithUnits(QStringView word, std::u16string_view suffix) {
    const auto n = qsizetype(suffix.size());
    if (word.size() < n)
        return false;
    const char16_t *tail = word.utf16() + (word.size() - n);
    for (qsizetype i = 0; i < n; ++i) {
        if (tail[i] != suffix[std::size_t(i)])
            return false;
    }
    return true;
}

} // namespace dp::sentiment
