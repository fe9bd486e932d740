// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/SentenceSplitter.h"

#include <QString>

#include <algorithm>
#include <array>

namespace dp::sentiment {
namespace {

// Lines at least this long, not ending in punctuation, are taken for a paragraph wrapped by the mail client.
constexpr qsizetype kWrappedLine = 60;

constexpr std::array<std::u16string_view, 24> kAbbreviations = {
    u"e.g", u"i.e", u"etc",  u"vs",     u"mr", u"mrs", u"ms",  u"dr",  u"jr",  u"sr", u"st",  u"inc",
    u"ltd", u"co",  u"corp", u"approx", u"no", u"a.m", u"p.m", u"u.s", u"fig", u"cf", u"est", u"dept"};

bool isTerminal(QChar c) {
    return c == u'.' || c == u'!' || c == u'?';
}
bool isCloser(QChar c) {
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201D' || c == u'\u2019';
}

// Whether the word ending just before `dot` is an abbreviation or an initial ("J. Smith").
bool abbreviationBefore(QStringView text, qsizetype dot) {
    qsizetype b = dot;
    while (b > 0 && !text[b - 1].isSpace() && text[b - 1] != u'(')
        --b;
    const QString word = text.sliced(b, dot - b).toString().toLower();
    if (word.size() == 1 && word[0].isLetter())
        return true;
    return std::any_of(kAbbreviations.begin(), kAbbreviations.end(), [&word](std::u16string_view a) {
        return QStringView(a.data(), qsizetype(a.size())) == word;
    });
}

void addTrimmed(QStringView text, qsizetype begin, qsizetype end, QList<TextSpan> &out) {
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    if (end > begin)
        out.append({begin, end - begin});
}

} // namespace

QList<TextSpan> splitSentences(QStringView text) {
    QList<TextSpan> sentences;
    const qsizetype n = text.size();
    qsizetype start = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            const QStringView line = text.sliced(lineStart, i - lineStart).trimmed();
            qsizetype next = i + 1;
            while (next < n && text[next].isSpace() && text[next] != u'\n')
                ++next;
            const bool blank = next >= n || text[next] == u'\n' || line.isEmpty();
            const bool wrapped =
                line.size() >= kWrappedLine && !line.back().isPunct() && next < n && text[next].isLower();
            if (blank || !wrapped) {
                addTrimmed(text, start, i, sentences);
                start = i + 1;
            }
            lineStart = i + 1;
            continue;
        }
        if (!isTerminal(c))
            continue;
        qsizetype end = i + 1;
        while (end < n && (isTerminal(text[end]) || isCloser(text[end])))
            ++end;
        if (end < n && !text[end].isSpace()) {
            i = end - 1;
            continue; // "3.5", "e.g.x", "example.com"
        }
        qsizetype next = end;
        while (next < n && text[next].isSpace() && text[next] != u'\n')
            ++next;
        const bool lowerFollows = next < n && text[next].isLower();
        if (c == u'.' && (abbreviationBefore(text, i) || lowerFollows)) {
            i = end - 1;
            continue;
        }
        addTrimmed(text, start, end, sentences);
        start = end;
        i = end - 1;
    }
    addTrimmed(text, start, n, sentences);
    return sentences;
}

} // namespace dp::sentiment
