// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The few Python 3 string semantics VADER's reference implementation relies on (str.split(), str.isupper(),
// str.strip(string.punctuation), len() in code points), so the port tokenises exactly as the reference does
// rather than as QString would.

#include <QString>
#include <QStringView>

namespace dp::sentiment::py {

bool isNonAsciiSpace(char16_t c);

// str.isspace() for one UTF-16 unit: every Python white space character lies in the BMP. Includes the
// ASCII separators U+001C..U+001F, which QChar::isSpace() does not. Inline: it runs once per character.
inline bool isSpace(char16_t c) {
    if (c < 0x80)
        return c == u' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return isNonAsciiSpace(c);
}

// s.strip() with no argument.
QStringView strip(QStringView s);

// Membership in string.punctuation (ASCII only).
inline bool isPunctuation(char16_t c) {
    return (c >= u'!' && c <= u'/') || (c >= u':' && c <= u'@') || (c >= u'[' && c <= u'`') ||
           (c >= u'{' && c <= u'~');
}

// len(s) of the equivalent Python str: a surrogate pair is one character.
qsizetype codePointCount(QStringView s);

// s.strip(string.punctuation).
QStringView stripPunctuation(QStringView s);

// s.isupper(): at least one cased character and no lowercase or titlecase one, using Unicode's derived
// Lowercase/Uppercase properties as CPython does (so "Ⅻ" and "ⓐ" count), not just the Lu/Ll categories.
bool isUpper(QStringView s);

// Appends s.lower() to out (any container of char16_t). ASCII, by far the common case, is lowered without
// allocating; anything else goes through QString::toLower(), which applies the same full case mappings as
// Python except the context-dependent final sigma, immaterial here since no key contains Greek.
template <typename Buffer> void appendLower(QStringView s, Buffer &out) {
    for (const QChar c : s) {
        if (c.unicode() >= 0x80) {
            for (const QChar lower : s.toString().toLower())
                out.append(lower.unicode());
            return;
        }
    }
    for (const QChar c : s)
        out.append(c.unicode() >= u'A' && c.unicode() <= u'Z' ? char16_t(c.unicode() + 32) : c.unicode());
}

} // namespace dp::sentiment::py
