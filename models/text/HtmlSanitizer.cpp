#include "text/HtmlSanitizer.h"

#include "text/HighlightedText.h"

#include <QHash>
#include <QList>

namespace dp {
namespace {

// Elements whose content is never shown: code, styles, embedded documents and the document's head.
bool dropsContent(QStringView tag) {
    static const QSet<QString> kTags{
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("iframe"),
        QStringLiteral("object"),   QStringLiteral("embed"),  QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("svg"),    QStringLiteral("math"),
        QStringLiteral("head"),     QStringLiteral("title"),  QStringLiteral("frameset"),
        QStringLiteral("frame"),    QStringLiteral("applet"), QStringLiteral("noembed"),
        QStringLiteral("noframes"), QStringLiteral("xml"),    QStringLiteral("audio"),
        QStringLiteral("video"),    QStringLiteral("canvas"), QStringLiteral("select")};
    return kTags.contains(tag.toString());
}

// The formatting kept, with the attributes each may keep. Anything else loses its tag but keeps its text.
const QHash<QString, QStringList> &allowedTags() {
    static const QHash<QString, QStringList> kTags = [] {
        QHash<QString, QStringList> tags;
        for (const char *name :
             {"b",   "strong", "i",     "em",    "u",     "s",     "strike", "del",    "ins",  "sub",
              "sup", "small",  "big",   "code",  "pre",   "tt",    "br",     "hr",     "span", "blockquote",
              "ul",  "ol",     "li",    "dl",    "dt",    "dd",    "h1",     "h2",     "h3",   "h4",
              "h5",  "h6",     "table", "thead", "tbody", "tfoot", "tr",     "caption"})
            tags.insert(QString::fromLatin1(name), {});
        for (const char *name : {"p", "div", "center"})
            tags.insert(QString::fromLatin1(name), {QStringLiteral("align")});
        for (const char *name : {"td", "th"})
            tags.insert(QString::fromLatin1(name),
                        {QStringLiteral("align"), QStringLiteral("colspan"), QStringLiteral("rowspan")});
        tags.insert(QStringLiteral("a"), {QStringLiteral("href"), QStringLiteral("title")});
        return tags;
    }();
    return kTags;
}

bool isVoid(QStringView tag) {
    return tag == u"br" || tag == u"hr" || tag == u"img" || tag == u"meta" || tag == u"link" ||
           tag == u"base" || tag == u"input" || tag == u"area" || tag == u"col" || tag == u"wbr" ||
           tag == u"source" || tag == u"track" || tag == u"param" || tag == u"keygen" || tag == u"embed" ||
           tag == u"frame";
}

QChar decodeNamed(QStringView name, bool &known) {
    static const QHash<QString, char16_t> kNames{
        {QStringLiteral("amp"), u'&'},     {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},      {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},   {QStringLiteral("nbsp"), 0xa0},
        {QStringLiteral("copy"), 0xa9},    {QStringLiteral("reg"), 0xae},
        {QStringLiteral("trade"), 0x2122}, {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("lsquo"), 0x2018}, {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("ldquo"), 0x201c}, {QStringLiteral("rdquo"), 0x201d},
        {QStringLiteral("bull"), 0x2022},  {QStringLiteral("euro"), 0x20ac},
        {QStringLiteral("pound"), 0xa3},   {QStringLiteral("colon"), u':'},
        {QStringLiteral("tab"), u'\t'},    {QStringLiteral("newline"), u'\n'},
        {QStringLiteral("middot"), 0xb7},  {QStringLiteral("laquo"), 0xab},
        {QStringLiteral("raquo"), 0xbb},   {QStringLiteral("zwnj"), 0x200c},
        {QStringLiteral("shy"), 0xad}};
    const auto it = kNames.constFind(name.toString().toLower());
    known = it != kNames.constEnd();
    return known ? QChar(*it) : QChar();
}

// Decodes character references, so that "javascript&#58;" is seen for what it is and text is re-escaped
// once, by us.
QString decodeEntities(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) {
            out += text[i];
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && end - i <= 10 && (text[end].isLetterOrNumber() || text[end] == u'#'))
            ++end;
        const QStringView name = text.sliced(i + 1, end - i - 1);
        const bool terminated = end < text.size() && text[end] == QLatin1Char(';');
        if (name.startsWith(u'#') && name.size() > 1) {
            bool ok = false;
            const uint code = (name[1] == u'x' || name[1] == u'X') ? name.sliced(2).toUInt(&ok, 16)
                                                                   : name.sliced(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i = terminated ? end : end - 1;
                continue;
            }
        } else if (!name.isEmpty()) {
            bool known = false;
            const QChar decoded = decodeNamed(name, known);
            if (known) {
                out += decoded;
                i = terminated ? end : end - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// Only links a person can follow in a browser or mail program; control characters and whitespace that
// browsers ignore inside a scheme ("java\tscript:") are removed before looking at it.
QString safeHref(QStringView raw) {
    QString href;
    for (const QChar c : decodeEntities(raw)) {
        if (c.unicode() > 0x20)
            href += c;
    }
    const QString lower = href.toLower();
    if (lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://")) ||
        lower.startsWith(QLatin1String("mailto:")))
        return href;
    return {};
}

struct Attribute {
    QString name; // lower case
    QString value;
};

struct Tag {
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    QList<Attribute> attributes;
};

class Parser final {
public:
    Parser(QStringView html, const SanitizeOptions &options)
        : m_in(html)
        , m_options(options) {}

    QString run() {
        while (m_at < m_in.size()) {
            if (m_in[m_at] == u'<' && tryMarkup())
                continue;
            const qsizetype next = nextMarkup(m_at + 1);
            appendText(m_in.sliced(m_at, next - m_at));
            m_at = next;
        }
        while (!m_open.isEmpty())
            m_out += QLatin1String("</") + m_open.takeLast() + QLatin1Char('>');
        return m_out;
    }

private:
    qsizetype nextMarkup(qsizetype from) const {
        const qsizetype next = m_in.indexOf(u'<', from);
        return next < 0 ? m_in.size() : next;
    }

    // Handles the markup at m_at ('<'); false when it is a lone '<' that belongs to the text.
    bool tryMarkup() {
        const QStringView rest = m_in.sliced(m_at);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = m_in.indexOf(u"-->", m_at + 4);
            m_at = end < 0 ? m_in.size() : end + 3;
            return true;
        }
        if (rest.size() < 2)
            return false;
        const QChar second = rest[1];
        if (second == u'!' || second == u'?') { // doctype, CDATA, processing instructions
            const qsizetype end = m_in.indexOf(u'>', m_at);
            m_at = end < 0 ? m_in.size() : end + 1;
            return true;
        }
        if (!(second.isLetter() || (second == u'/' && rest.size() > 2 && rest[2].isLetter())))
            return false;
        const Tag tag = readTag();
        handle(tag);
        return true;
    }

    Tag readTag() {
        Tag tag;
        qsizetype i = m_at + 1;
        if (m_in[i] == u'/') {
            tag.closing = true;
            ++i;
        }
        const qsizetype nameStart = i;
        while (i < m_in.size() && (m_in[i].isLetterOrNumber() || m_in[i] == u'-' || m_in[i] == u':'))
            ++i;
        tag.name = m_in.sliced(nameStart, i - nameStart).toString().toLower();
        // Attributes: name, optionally = and a quoted or bare value; quotes may hide '>'.
        while (i < m_in.size() && m_in[i] != u'>') {
            const QChar c = m_in[i];
            if (c.isSpace() || c == u'/') {
                if (c == u'/' && i + 1 < m_in.size() && m_in[i + 1] == u'>')
                    tag.selfClosing = true;
                ++i;
                continue;
            }
            const qsizetype attrStart = i;
            while (i < m_in.size() && !m_in[i].isSpace() && m_in[i] != u'=' && m_in[i] != u'>' &&
                   m_in[i] != u'/')
                ++i;
            Attribute attribute{m_in.sliced(attrStart, i - attrStart).toString().toLower(), {}};
            if (attrStart == i)
                ++i; // a stray character such as a quote: skip it
            while (i < m_in.size() && m_in[i].isSpace())
                ++i;
            if (i < m_in.size() && m_in[i] == u'=') {
                ++i;
                while (i < m_in.size() && m_in[i].isSpace())
                    ++i;
                if (i < m_in.size() && (m_in[i] == u'"' || m_in[i] == u'\'')) {
                    const QChar quote = m_in[i];
                    const qsizetype end = m_in.indexOf(quote, i + 1);
                    const qsizetype stop = end < 0 ? m_in.size() : end;
                    attribute.value = m_in.sliced(i + 1, stop - i - 1).toString();
                    i = end < 0 ? m_in.size() : end + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < m_in.size() && !m_in[i].isSpace() && m_in[i] != u'>')
                        ++i;
                    attribute.value = m_in.sliced(valueStart, i - valueStart).toString();
                }
            }
            if (!attribute.name.isEmpty())
                tag.attributes.append(attribute);
        }
        m_at = i < m_in.size() ? i + 1 : m_in.size();
        return tag;
    }

    void handle(const Tag &tag) {
        if (!tag.closing && dropsContent(tag.name)) {
            // An element that has no content (embed, frame) has no end tag to skip to.
            if (!tag.selfClosing && !isVoid(tag.name))
                skipPast(tag.name);
            return;
        }
        if (!tag.closing && tag.name == u"img") {
            // Images are never fetched; their description, when there is one, stands in.
            for (const Attribute &a : tag.attributes) {
                if (a.name == u"alt" && !a.value.trimmed().isEmpty())
                    appendText(QStringLiteral("[%1]").arg(a.value.trimmed()));
            }
            return;
        }
        const auto allowed = allowedTags().constFind(tag.name);
        if (allowed == allowedTags().constEnd())
            return;
        const QString name = tag.name == u"center" ? QStringLiteral("div") : tag.name;
        if (tag.closing) {
            const qsizetype open = m_open.lastIndexOf(name);
            if (open < 0)
                return;
            while (m_open.size() > open)
                m_out += QLatin1String("</") + m_open.takeLast() + QLatin1Char('>');
            return;
        }
        QString attributes;
        bool linked = false;
        for (const Attribute &a : tag.attributes) {
            if (!allowed->contains(a.name))
                continue;
            QString value = a.name == u"href" ? safeHref(a.value) : decodeEntities(a.value);
            if (a.name == u"href")
                linked = !value.isEmpty();
            if (value.isEmpty())
                continue;
            attributes +=
                QLatin1Char(' ') + a.name + QLatin1String("=\"") + escapeHtml(value) + QLatin1Char('"');
        }
        if (name == u"a" && !linked)
            return; // an anchor without a safe target is just its text
        m_out += QLatin1Char('<') + name + attributes + QLatin1Char('>');
        if (!isVoid(name) && !tag.selfClosing)
            m_open.append(name);
    }

    // Skips everything up to and including </name>, the way a browser reads script and style as raw text.
    void skipPast(const QString &name) {
        const QString close = QLatin1String("</") + name;
        qsizetype at = m_at;
        for (;;) {
            const qsizetype found = m_in.indexOf(close, at, Qt::CaseInsensitive);
            if (found < 0) {
                m_at = m_in.size();
                return;
            }
            const qsizetype after = found + close.size();
            if (after >= m_in.size() || !m_in[after].isLetterOrNumber()) {
                const qsizetype end = m_in.indexOf(u'>', after);
                m_at = end < 0 ? m_in.size() : end + 1;
                return;
            }
            at = after;
        }
    }

    void appendText(QStringView raw) {
        const QString text = decodeEntities(raw);
        if (m_options.positiveWords.isEmpty() && m_options.negativeWords.isEmpty()) {
            m_out += escapeHtml(text);
            return;
        }
        qsizetype i = 0;
        while (i < text.size()) {
            if (!text[i].isLetter()) {
                const qsizetype start = i;
                while (i < text.size() && !text[i].isLetter())
                    ++i;
                m_out += escapeHtml(QStringView(text).sliced(start, i - start));
                continue;
            }
            const qsizetype start = i;
            while (i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'\''))
                ++i;
            const QStringView word = QStringView(text).sliced(start, i - start);
            const QString key = word.toString().toLower();
            const char *cls = m_options.positiveWords.contains(key)   ? "pos"
                              : m_options.negativeWords.contains(key) ? "neg"
                                                                      : nullptr;
            if (cls)
                m_out += QLatin1String("<span class=\"") + QLatin1String(cls) + QLatin1String("\">");
            m_out += escapeHtml(word);
            if (cls)
                m_out += QLatin1String("</span>");
        }
    }

    QStringView m_in;
    const SanitizeOptions &m_options;
    qsizetype m_at = 0;
    QString m_out;
    QStringList m_open;
};

} // namespace

QString sanitizeEmailHtml(QStringView html, const SanitizeOptions &options) {
    return Parser(html, options).run();
}

QString htmlToPlainText(QStringView html) {
    // Through the sanitizer first, so that script and style text never counts as content.
    const QString safe = sanitizeEmailHtml(html);
    QString out;
    qsizetype i = 0;
    while (i < safe.size()) {
        if (safe[i] == u'<') {
            const qsizetype end = safe.indexOf(u'>', i);
            const QStringView tag = QStringView(safe).sliced(i, (end < 0 ? safe.size() : end + 1) - i);
            if (tag.startsWith(u"<br") || tag.startsWith(u"<p") || tag.startsWith(u"</p") ||
                tag.startsWith(u"<div") || tag.startsWith(u"<li") || tag.startsWith(u"<tr"))
                out += QLatin1Char('\n');
            i = end < 0 ? safe.size() : end + 1;
            continue;
        }
        const qsizetype next = safe.indexOf(u'<', i);
        out += decodeEntities(QStringView(safe).sliced(i, (next < 0 ? safe.size() : next) - i));
        i = next < 0 ? safe.size() : next;
    }
    return out.trimmed();
}

} // namespace dp
