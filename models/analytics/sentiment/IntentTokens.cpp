// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/IntentTokens.h"

#include <array>
#include <string_view>

namespace dp::sentiment {
namespace {

QChar folded(QChar c) {
    switch (c.unicode()) {
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
// it negates ("don't", "won't").
QString dropContraction(QString word) {
    const qsizetype apostrophe = word.lastIndexOf(u'\'');
    if (apostrophe <= 0 || word.endsWith(QStringLiteral("n't")))
        return word;
    const QStringView tail = QStringView(word).sliced(apostrophe);
    if (tail == u"'s" || tail == u"'re" || tail == u"'ll" || tail == u"'d" || tail == u"'ve" || tail == u"'m")
        word.truncate(apostrophe);
    return word;
}

} // namespace

QString foldWord(QStringView word, Language language) {
    QString out;
    out.reserve(word.size());
    for (const QChar c : word)
        out.append(folded(c));
    return language == Language::English ? dropContraction(std::move(out)) : out;
}

QString lemmatise(const QString &word, Language language) {
    const auto strip = [&word](const auto &suffixes) {
        for (const std::u16string_view suffix : suffixes) {
            const QStringView s(suffix.data(), qsizetype(suffix.size()));
            if (word.size() - s.size() >= 3 && word.endsWith(s)) {
                // "process" keeps its double s; "approves" loses "es".
                if (s == u"s" && word.endsWith(u"ss"))
                    return word;
                return word.left(word.size() - s.size());
            }
        }
        return word;
    };
    return language == Language::English ? strip(kEnglishSuffixes) : strip(kRomanianSuffixes);
}

QList<IntentToken> intentTokens(QStringView text, Language language) {
    QList<IntentToken> tokens;
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
        while (i < n) {
            if (text[i].isLetterOrNumber()) {
                ++i;
            } else if (language == Language::English && isApostrophe(text[i]) && i + 1 < n &&
                       text[i + 1].isLetter()) {
                i += 2;
            } else {
                break;
            }
        }
        IntentToken token;
        token.folded = foldWord(text.sliced(begin, i - begin), language);
        token.lemma = lemmatise(token.folded, language);
        token.begin = begin;
        token.length = i - begin;
        token.clauseStart = clauseBreak;
        clauseBreak = false;
        tokens.append(std::move(token));
    }
    return tokens;
}

} // namespace dp::sentiment
