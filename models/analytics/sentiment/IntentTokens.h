// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words as the sales intent patterns see them: lower case, Romanian diacritics folded (ș ş → s, ț ţ → t,
// ă â → a, î → i, so mail typed without them or with the old cedilla forms matches), and a lemma from a
// small suffix-stripping lemmatiser per language ("signed", "signing" → "sign"; "semnăm", "semnat" → "semn").

#include "analytics/sentiment/LanguageDetector.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace dp::sentiment {

struct IntentToken {
    QString folded; // lower case, diacritics folded, contractions' tails ("'re", "'s") removed
    QString lemma;  // folded, then suffix-stripped
    qsizetype begin = 0;
    qsizetype length = 0;
    bool clauseStart = false; // a comma, semicolon, colon or dash comes before it
};

// Letters and digits make words, and an apostrophe inside an English word keeps it whole ("don't");
// hyphens split ("scoateți-mă", "follow-up").
QList<IntentToken> intentTokens(QStringView text, Language language);

// The folded form and the lemma of one word, as intentTokens() makes them.
QString foldWord(QStringView word, Language language);
QString lemmatise(const QString &folded, Language language);

} // namespace dp::sentiment
