// SPDX-License-Identifier: GPL-3.0-or-later
// Email HTML from anyone: the sanitizer must finish, bounded, on every body, and what it returns must be
// safe to hand to a rich-text widget: every tag in it one we allow, with only the attributes we allow, and
// links only to http, https and mailto, whatever the input spelled.

#include "FuzzInput.h"

#include "text/HtmlSanitizer.h"

#include <QRegularExpression>
#include <QSet>

namespace {

const QSet<QString> &allowedTags() {
    static const QSet<QString> kTags = [] {
        QSet<QString> tags;
        for (const char *name :
             {"b",    "strong",     "i",     "em",  "u",      "s",     "strike", "del",   "ins",
              "sub",  "sup",        "small", "big", "code",   "pre",   "tt",     "br",    "hr",
              "span", "blockquote", "ul",    "ol",  "li",     "dl",    "dt",     "dd",    "h1",
              "h2",   "h3",         "h4",    "h5",  "h6",     "table", "thead",  "tbody", "tfoot",
              "tr",   "caption",    "p",     "div", "center", "td",    "th",     "a"})
            tags.insert(QString::fromLatin1(name));
        return tags;
    }();
    return kTags;
}

const QSet<QString> &allowedAttributes() {
    static const QSet<QString> kAttributes{QStringLiteral("align"), QStringLiteral("colspan"),
                                           QStringLiteral("rowspan"), QStringLiteral("href"),
                                           QStringLiteral("class")};
    return kAttributes;
}

// Every '<' in the output opens a tag the sanitizer wrote (text has it escaped), so reading the tags back
// is enough to know what a rich-text widget would be given.
void checkTags(const QString &safe) {
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9]*)([^>]*)(>?)"));
    static const QRegularExpression attribute(QStringLiteral("\\s+([a-zA-Z-]+)=\"([^\"]*)\""));
    for (auto it = tag.globalMatch(safe); it.hasNext();) {
        const auto match = it.next();
        DP_FUZZ_CHECK(!match.captured(4).isEmpty());
        DP_FUZZ_CHECK(allowedTags().contains(match.captured(2).toLower()));
        QString rest = match.captured(3);
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        qsizetype consumed = 0;
        for (auto attrs = attribute.globalMatch(rest); attrs.hasNext();) {
            const auto attr = attrs.next();
            DP_FUZZ_CHECK(attr.capturedStart() == consumed);
            consumed = attr.capturedEnd();
            const QString name = attr.captured(1).toLower();
            DP_FUZZ_CHECK(allowedAttributes().contains(name));
            if (name == QLatin1String("href")) {
                const QString href = attr.captured(2).trimmed().toLower();
                DP_FUZZ_CHECK(href.startsWith(QLatin1String("http://")) ||
                              href.startsWith(QLatin1String("https://")) ||
                              href.startsWith(QLatin1String("mailto:")));
            }
        }
        DP_FUZZ_CHECK(rest.sliced(consumed).trimmed().isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString html = dp::fuzz::utf8(data, size);
    dp::SanitizeOptions options;
    options.positiveWords = {QStringLiteral("great"), QStringLiteral("thanks")};
    options.negativeWords = {QStringLiteral("cancel"), QStringLiteral("no")};
    const QString safe = dp::sanitizeEmailHtml(html, options);
    checkTags(safe);
    // What we made must read back to text without trouble (the reader's preview and search do this).
    (void)dp::htmlToPlainText(safe);
    (void)dp::htmlToPlainText(html);
    return 0;
}
