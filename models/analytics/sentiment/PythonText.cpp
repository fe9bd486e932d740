// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/PythonText.h"

#include <QChar>

#include <algorithm>
#include <iterator>

namespace dp::sentiment::py {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

// Unicode's Other_Lowercase and Other_Uppercase: CPython's str.islower()/isupper() use the derived
// Lowercase/Uppercase properties, which add these to the Ll/Lu categories that QChar reports.
constexpr Range kOtherLowercase[] = {
    {0x00AA, 0x00AA},   {0x00BA, 0x00BA},   {0x02B0, 0x02B8},   {0x02C0, 0x02C1},   {0x02E0, 0x02E4},
    {0x0345, 0x0345},   {0x037A, 0x037A},   {0x10FC, 0x10FC},   {0x1D2C, 0x1D6A},   {0x1D78, 0x1D78},
    {0x1D9B, 0x1DBF},   {0x2071, 0x2071},   {0x207F, 0x207F},   {0x2090, 0x209C},   {0x2170, 0x217F},
    {0x24D0, 0x24E9},   {0x2C7C, 0x2C7D},   {0xA69C, 0xA69D},   {0xA770, 0xA770},   {0xA7F2, 0xA7F4},
    {0xA7F8, 0xA7F9},   {0xAB5C, 0xAB5F},   {0xAB69, 0xAB69},   {0x10780, 0x10780}, {0x10783, 0x10785},
    {0x10787, 0x107B0}, {0x107B2, 0x107BA}, {0x1E030, 0x1E06D},
};
constexpr Range kOtherUppercase[] = {
    {0x2160, 0x216F}, {0x24B6, 0x24CF}, {0x1F130, 0x1F149}, {0x1F150, 0x1F169}, {0x1F170, 0x1F189},
};

template <std::size_t N> bool inRanges(const Range (&ranges)[N], char32_t c) {
    const auto it = std::upper_bound(std::begin(ranges), std::end(ranges), c,
                                     [](char32_t value, const Range &r) { return value < r.first; });
    return it != std::begin(ranges) && c <= std::prev(it)->last;
}

bool isPyLower(char32_t c) {
    return QChar::isLower(c) || inRanges(kOtherLowercase, c);
}

bool isPyUpper(char32_t c) {
    return QChar::isUpper(c) || inRanges(kOtherUppercase, c);
}

} // namespace

bool isNonAsciiSpace(char16_t c) {
    switch (c) {
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

QStringView strip(QStringView s) {
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isSpace(s[begin].unicode()))
        ++begin;
    while (end > begin && isSpace(s[end - 1].unicode()))
        --end;
    return s.sliced(begin, end - begin);
}

qsizetype codePointCount(QStringView s) {
    qsizetype n = s.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (QChar::isHighSurrogate(s[i].unicode()) && QChar::isLowSurrogate(s[i + 1].unicode())) {
            --n;
            ++i;
        }
    }
    return n;
}

QStringView stripPunctuation(QStringView s) {
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isPunctuation(s[begin].unicode()))
        ++begin;
    while (end > begin && isPunctuation(s[end - 1].unicode()))
        --end;
    return s.sliced(begin, end - begin);
}

bool isUpper(QStringView s) {
    bool cased = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s[i].unicode();
        if (c < 0x80) {
            if (c >= u'a' && c <= u'z')
                return false;
            cased = cased || (c >= u'A' && c <= u'Z');
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            ++i;
        }
        if (isPyLower(c) || QChar::isTitleCase(c))
            return false;
        cased = cased || isPyUpper(c);
    }
    return cased;
}

} // namespace dp::sentiment::py
