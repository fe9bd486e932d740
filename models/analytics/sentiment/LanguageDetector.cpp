// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/LanguageDetector.h"

#include "analytics/sentiment/PythonText.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace dp::sentiment {
namespace {

// Frequent function words that the other language does not use ("a", "in", "nu" overlap and are left out).
// Mail typed without diacritics has only these to go by, so the list is longer than English's.
constexpr std::array<std::u16string_view, 49> kRomanian = {
    u"si",      u"și",     u"şi",      u"este",   u"sunt",      u"să",        u"sa",   u"că",     u"ca",
    u"pentru",  u"cu",     u"pe",      u"la",     u"mulțumesc", u"multumesc", u"vă",   u"va",     u"noi",
    u"din",     u"mai",    u"care",    u"dar",    u"putem",     u"ne",        u"nu",   u"avem",   u"ofertă",
    u"bună",    u"de",     u"fost",    u"un",     u"o",         u"al",        u"ale",  u"lui",    u"acest",
    u"asta",    u"acum",   u"doar",    u"dupa",   u"după",      u"pana",      u"până", u"nostru", u"noastra",
    u"noastră", u"vostru", u"voastra", u"voastră"};
constexpr std::array<std::u16string_view, 26> kEnglish = {
    u"the",  u"and",  u"to",   u"of", u"is",  u"you", u"we",  u"for",  u"that",
    u"it",   u"with", u"this", u"be", u"are", u"not", u"our", u"your", u"will",
    u"have", u"can",  u"was",  u"on", u"i",   u"my",  u"me",  u"would"};

bool isRomanianLetter(char16_t c) {
    // ă â î ș ț in both cases, and the cedilla forms ş ţ that older keyboards still produce.
    switch (c) {
    case u'ă':
    case u'Ă':
    case u'â':
    case u'Â':
    case u'î':
    case u'Î':
    case u'ș':
    case u'Ș':
    case u'ş':
    case u'Ş':
    case u'ț':
    case u'Ț':
    case u'ţ':
    case u'Ţ':
        return true;
    default:
        return false;
    }
}

// The definite article is a suffix in Romanian: "bugetul", "proiectului", "furnizorilor". English words
// ending in "ul" are nearly all "-ful", which is left out.
bool hasRomanianArticle(QStringView word) {
    if (word.size() < 5)
        return false;
    if (word.endsWith(u"ul"))
        return !word.endsWith(u"ful");
    return word.endsWith(u"ului") || word.endsWith(u"ilor") || word.endsWith(u"elor");
}

template <std::size_t N> bool contains(const std::array<std::u16string_view, N> &words, QStringView word) {
    return std::any_of(words.begin(), words.end(), [word](std::u16string_view w) {
        return QStringView(w.data(), qsizetype(w.size())) == word;
    });
}

} // namespace

Language detectLanguage(QStringView text) {
    int romanian = 0;
    int english = 0;
    for (const QChar c : text)
        romanian += isRomanianLetter(c.unicode()) ? 2 : 0;
    for (const QStringView raw : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        QVarLengthArray<char16_t, 32> lower;
        py::appendLower(py::stripPunctuation(raw.trimmed()), lower);
        const QStringView word(lower.constData(), lower.size());
        romanian += contains(kRomanian, word) || hasRomanianArticle(word) ? 1 : 0;
        english += contains(kEnglish, word) ? 1 : 0;
    }
    // Ties (no evidence at all, a name, a number) stay English, the lexicon's language.
    return romanian > english ? Language::Romanian : Language::English;
}

QStringView languageCode(Language language) {
    return language == Language::Romanian ? QStringView(u"ro") : QStringView(u"en");
}

} // namespace dp::sentiment
