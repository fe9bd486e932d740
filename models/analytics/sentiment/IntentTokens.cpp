// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/IntentTokens.h"

#include <array>
#include <string_view>

namespace dp::sentiment {
namespace {

QChar folded(QChar c) {
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? QChar(u + (u'a' - u'A')) : c;
    switch (u) {
    case u'ă':
    case u'â':
    case u'Ă':
    case u'Â':
        return u'a';
    case u'î':
    case u'Î':
        return u'i';
    case u'ș':
    case u'ş':
    case u'Ș':
    case u'Ş':
        return u's';
    case u'ț':
    case u'ţ':
    case u'Ț':
    case u'Ţ':
        return u't';
    case u'’':
        return u'\'';
    default:
        return c.toLower();
    }
}

bool isApostrophe(QChar c) {
    return c == u'\'' || c == u'’';
}

// Longest first within each list; a suffix is stripped only when at least three letters stay.
constexpr std::array<std::u16string_view, 5> kEnglishSuffixes = {u"ing", u"ed", u"es", u"s", u"e"};
constexpr std::array<std::u16string_view, 25> kRomanianSuffixes = {
    u"urilor", u"eaza", u"ilor", u"elor", u"ului", u"esc", u"este", u"ati", u"ate",
    u"ata",    u"ile",  u"ele",  u"lor",  u"ul",   u"ii",  u"le",   u"am",  u"at",
    u"em",     u"im",   u"ez",   u"a",    u"e",    u"i",   u"u"};

// English contractions keep their first word: "we're" → "we", "james's" → "james"; "n't" stays, since
// it negates ("don't", "won't"). Returns the length without the tail.
qsizetype withoutContraction(QStringView word) {
    const qsizetype apostrophe = word.lastIndexOf(u'\'');
    if (apostrophe <= 0 || word.endsWith(u"n't"))
        return word.size();
    const QStringView tail = word.sliced(apostrophe);
    if (tail == u"'s" || tail == u"'re" || tail == u"'ll" || tail == u"'d" || tail == u"'ve" || tail == u"'m")
        return apostrophe;
    return word.size();
}

// The length of the word's lemma: the word without the first suffix of its language's list that leaves at
// least three letters.
qsizetype lemmaLength(QStringView word, Language language) {
    const auto strip = [word](const auto &suffixes) {
        for (const std::u16string_view suffix : suffixes) {
            if (word.size() - qsizetype(suffix.size()) >= 3 && endsWithUnits(word, suffix)) {
                // "process" keeps its double s; "approves" loses "es".
                if (suffix == u"s" && endsWithUnits(word, u"ss"))
                    return word.size();
                return word.size() - qsizetype(suffix.size());
            }
        }
        return word.size();
    };
    return language == Language::English ? strip(kEnglishSuffixes) : strip(kRomanianSuffixes);
}

} // namespace

QString foldWord(QStringView word, Language language) {
    QString out;
    out.reserve(word.size());
    for (const QChar c : word)
        out.append(folded(c));
    if (language == Language::English)
        out.truncate(withoutContraction(out));
    return out;
}

QString lemmatise(QStringView word, Language language) {
    return word.left(lemmaLength(word, language)).toString();
}

void intentTokens(QStringView text, Language language, IntentTokens &result) {
    // Folding maps each UTF-16 unit to one unit, so the folded text keeps the text's offsets.
    result.tokens.clear();
    result.folded.resize(text.size());
    QChar *out = result.folded.data();
    for (qsizetype k = 0; k < text.size(); ++k)
        out[k] = folded(text[k]);
    const QStringView all(result.folded.constData(), result.folded.size());

    bool clauseBreak = true;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (!c.isLetterOrNumber()) {
            if (c == u',' || c == u';' || c == u':' || c == u'(' || c == u')' || c == u'–' || c == u'—')
                clauseBreak = true;
            ++i;
            continue;
        }
        const qsizetype begin = i;
        bool apostrophe = false;
        while (i < n) {
            if (text[i].isLetterOrNumber()) {
                ++i;
            } else if (language == Language::English && isApostrophe(text[i]) && i + 1 < n &&
                       text[i + 1].isLetter()) {
                apostrophe = true;
                i += 2;
            } else {
                break;
            }
        }
        IntentToken token;
        QStringView word = all.sliced(begin, i - begin);
        if (apostrophe)
            word = word.left(withoutContraction(word));
        token.folded = word;
        token.lemma = word.left(lemmaLength(word, language));
        token.begin = begin;
        token.length = i - begin;
        token.clauseStart = clauseBreak;
        token.apostrophe = apostrophe;
        clauseBreak = false;
        result.tokens.append(token);
    }
}

} // namespace dp::sentiment
