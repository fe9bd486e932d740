// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/HtmlSanitizer.h"

#include "text/HighlightedText.h"
#include "text/HtmlGuard.h"

#include <gumbo.h>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <vector>

namespace dp {
namespace {

constexpr qsizetype kMaxHref = 2048; // a longer link is kept as its text
constexpr qsizetype kMaxAlt = 200;
// Qt's line breaking slows down sharply on a word that does not fit a line (100,000 characters: 0.8 s), so
// a run of this many characters without a break opportunity gets a zero-width space.
constexpr int kLongestWord = 200;
// Qt lays out a block (a paragraph) in one piece, lines joined by <br> included: 100,000 characters in one
// block take 60–140 ms. A block is ended (with an empty <div>, which ends the line as <br> would) once it
// holds this many characters, at the next space or <br>.
constexpr qsizetype kLongestBlock = 5'000;
// What a block or a line (<br>) costs to lay out beyond its characters, counted against the output cap:
// thousands of short blocks (a flattened table's rows) or lines take longer than their characters alone
// would.
constexpr qsizetype kBlockCost = 20;
// A table's cost (see SanitizeOptions::tableBudget): per element and, on top, per cell and per table (Qt
// makes each table a frame of its own).
constexpr qsizetype kElementCost = 8;
constexpr qsizetype kCellCost = 32;
constexpr qsizetype kTableCost = 400;

// Elements whose content is never shown: code, styles, embedded documents, controls and the document's head.
// SVG and MathML (any element outside the HTML namespace) too: the parser already moved out the HTML
// elements that break out of them.
bool dropsContent(const GumboElement &element) {
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return true;
    switch (element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_DATALIST:
        return true;
    case GUMBO_TAG_UNKNOWN: {
        // Outlook's <xml> blocks of document settings.
        GumboStringPiece name = element.original_tag;
        gumbo_tag_from_original_text(&name);
        return name.length == 3 && qstrnicmp(name.data, "xml", 3) == 0;
    }
    default:
        return false;
    }
}

// Where the text breaks into lines, in plain text and where an element is flattened.
bool isBlock(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

bool isTablePart(GumboTag tag) {
    return tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT ||
           tag == GUMBO_TAG_TR || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_CAPTION;
}

QString attribute(const GumboElement &element, const char *name) {
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

// The formatting kept, by the name written out; nullptr: the element's tag goes, its content stays.
// Formatting elements reach the parser as <span data-dp="b"> (see HtmlGuard.h).
const char *keptTag(const GumboElement &element) {
    switch (element.tag) {
    case GUMBO_TAG_SPAN: {
        static const char *const kFormatting[] = {"a", "b",     "big",    "code",   "em", "i",
                                                  "s", "small", "strike", "strong", "tt", "u"};
        const GumboAttribute *dp = gumbo_get_attribute(&element.attributes, "data-dp");
        if (!dp)
            return nullptr;
        for (const char *name : kFormatting) {
            if (qstrcmp(dp->value, name) == 0)
                return name;
        }
        return nullptr;
    }
    case GUMBO_TAG_A:
        return "a";
    case GUMBO_TAG_B:
        return "b";
    case GUMBO_TAG_STRONG:
        return "strong";
    case GUMBO_TAG_I:
        return "i";
    case GUMBO_TAG_EM:
        return "em";
    case GUMBO_TAG_U:
        return "u";
    case GUMBO_TAG_S:
        return "s";
    case GUMBO_TAG_STRIKE:
        return "strike";
    case GUMBO_TAG_DEL:
        return "del";
    case GUMBO_TAG_INS:
        return "ins";
    case GUMBO_TAG_SUB:
        return "sub";
    case GUMBO_TAG_SUP:
        return "sup";
    case GUMBO_TAG_SMALL:
        return "small";
    case GUMBO_TAG_BIG:
        return "big";
    case GUMBO_TAG_CODE:
        return "code";
    case GUMBO_TAG_TT:
        return "tt";
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_TEXTAREA:
        return "pre";
    case GUMBO_TAG_BLOCKQUOTE:
        return "blockquote";
    case GUMBO_TAG_UL:
        return "ul";
    case GUMBO_TAG_OL:
        return "ol";
    case GUMBO_TAG_LI:
        return "li";
    case GUMBO_TAG_DL:
        return "dl";
    case GUMBO_TAG_DT:
        return "dt";
    case GUMBO_TAG_DD:
        return "dd";
    case GUMBO_TAG_H1:
        return "h1";
    case GUMBO_TAG_H2:
        return "h2";
    case GUMBO_TAG_H3:
        return "h3";
    case GUMBO_TAG_H4:
        return "h4";
    case GUMBO_TAG_H5:
        return "h5";
    case GUMBO_TAG_H6:
        return "h6";
    case GUMBO_TAG_TABLE:
        return "table";
    case GUMBO_TAG_THEAD:
        return "thead";
    case GUMBO_TAG_TBODY:
        return "tbody";
    case GUMBO_TAG_TFOOT:
        return "tfoot";
    case GUMBO_TAG_TR:
        return "tr";
    case GUMBO_TAG_TD:
        return "td";
    case GUMBO_TAG_TH:
        return "th";
    case GUMBO_TAG_CAPTION:
        return "caption";
    case GUMBO_TAG_P:
        return "p";
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_CENTER:
        return "div";
    default:
        return nullptr;
    }
}

// "pos", "neg", "lpos" or "lneg" for a word marked by HighlightedText, else nullptr.
const char *markClass(const GumboElement &element) {
    const GumboAttribute *cls = gumbo_get_attribute(&element.attributes, "class");
    if (!cls)
        return nullptr;
    for (const char *mark : {"pos", "neg", "lpos", "lneg"}) {
        if (qstrcmp(cls->value, mark) == 0)
            return mark;
    }
    return nullptr;
}

// Only links a person can follow in a browser or mail program. The parser decoded the character references;
// control characters and white space that browsers ignore inside a scheme ("java\tscript:") are removed
// before looking at it.
QString safeHref(const QString &raw) {
    if (raw.size() > kMaxHref)
        return {};
    QString href;
    href.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.unicode() > 0x20)
            href += c;
    }
    const QString lower = href.left(8).toLower();
    if (lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://")) ||
        lower.startsWith(QLatin1String("mailto:")))
        return href;
    return {};
}

QString keptAttributes(const GumboElement &element) {
    QString out;
    if (element.tag == GUMBO_TAG_P || element.tag == GUMBO_TAG_DIV || element.tag == GUMBO_TAG_TD ||
        element.tag == GUMBO_TAG_TH) {
        const QString align = attribute(element, "align").trimmed().toLower();
        if (align == u"left" || align == u"right" || align == u"center" || align == u"justify")
            out += QLatin1String(" align=\"") + align + QLatin1Char('"');
    }
    if (element.tag == GUMBO_TAG_TD || element.tag == GUMBO_TAG_TH) {
        // A span of thousands of columns is a layout of thousands of columns.
        for (const char *name : {"colspan", "rowspan"}) {
            bool ok = false;
            const int span = attribute(element, name).trimmed().toInt(&ok);
            if (ok && span > 1)
                out += QLatin1Char(' ') + QLatin1String(name) + QLatin1String("=\"") +
                       QString::number(std::min(span, 20)) + QLatin1Char('"');
        }
    }
    return out;
}

// Walks the parsed tree without recursion (a tree can be as deep as the guard lets it) and writes the safe
// rich text, or plain text only.
class Writer final {
public:
    Writer(const SanitizeOptions &options, bool plainOnly)
        : m_options(options)
        , m_plain(plainOnly)
        , m_cut(plainOnly) {}

    void run(const GumboNode *root) {
        m_tableBudget = m_options.tableBudget;
        if (!m_plain)
            measureTables(root);
        std::vector<Frame> stack;
        stack.push_back({root});
        while (!stack.empty()) {
            const GumboVector &children = childrenOf(stack.back().node);
            if (stack.back().next < children.length) {
                const auto *child = static_cast<const GumboNode *>(children.data[stack.back().next++]);
                switch (child->type) {
                case GUMBO_NODE_TEXT:
                case GUMBO_NODE_WHITESPACE:
                    text(QString::fromUtf8(child->v.text.text));
                    break;
                case GUMBO_NODE_ELEMENT:
                    if (!dropsContent(child->v.element))
                        stack.push_back(enter(child));
                    break;
                default: // comments, CDATA (foreign content only), template contents
                    break;
                }
                continue;
            }
            leave(stack.back());
            stack.pop_back();
        }
        if (!m_cut)
            m_out.squeeze();
    }

    SanitizedHtml result() && {
        SanitizedHtml result;
        result.html = std::move(m_out);
        result.truncated = !m_plain && m_truncated;
        result.rest = std::move(m_text).trimmed();
        return result;
    }

private:
    struct Frame {
        const GumboNode *node = nullptr;
        unsigned next = 0;
        const char *close = nullptr; // the tag written for it, to close
        bool block = false;
        bool cell = false;
        bool flatTable = false;
        bool table = false;
        bool link = false;
    };

    // The size of every table's shown content, in one walk after the tree's order (children before parents).
    void measureTables(const GumboNode *root) {
        struct Entry {
            const GumboNode *node;
            unsigned next = 0;
            qsizetype size = 0;
        };
        std::vector<Entry> stack;
        stack.push_back({root});
        while (!stack.empty()) {
            Entry &top = stack.back();
            const GumboVector &children = childrenOf(top.node);
            if (top.next < children.length) {
                const auto *child = static_cast<const GumboNode *>(children.data[top.next++]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                    top.size += qsizetype(std::strlen(child->v.text.text));
                else if (child->type == GUMBO_NODE_ELEMENT && !dropsContent(child->v.element))
                    stack.push_back({child});
                continue;
            }
            const Entry done = top;
            stack.pop_back();
            qsizetype size = done.size;
            if (done.node->type == GUMBO_NODE_ELEMENT) {
                const GumboTag tag = done.node->v.element.tag;
                size += kElementCost + (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH ? kCellCost : 0) +
                        (tag == GUMBO_TAG_TABLE ? kTableCost : 0);
                if (tag == GUMBO_TAG_TABLE)
                    m_tableSizes.insert(done.node, size);
            }
            if (!stack.empty())
                stack.back().size += size;
        }
    }

    static const GumboVector &childrenOf(const GumboNode *node) {
        return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    }

    Frame enter(const GumboNode *node) {
        const GumboElement &element = node->v.element;
        Frame frame{node};
        frame.block = isBlock(element.tag);
        frame.cell = element.tag == GUMBO_TAG_TD || element.tag == GUMBO_TAG_TH;
        if (element.tag == GUMBO_TAG_IMG) {
            // Images are never fetched; their description, when there is one, stands in.
            const QString alt = attribute(element, "alt").simplified().left(kMaxAlt);
            if (!alt.isEmpty())
                text(QLatin1Char('[') + alt + QLatin1Char(']'));
            return frame;
        }
        if (element.tag == GUMBO_TAG_BR || element.tag == GUMBO_TAG_HR) {
            if (m_cut) {
                newline();
            } else if (element.tag == GUMBO_TAG_HR || m_blockRun < kLongestBlock) {
                m_out += element.tag == GUMBO_TAG_BR ? QLatin1String("<br>") : QLatin1String("<hr>");
                m_atBreak = true;
                m_wordRun = 0;
                ++m_blockRun;
                // A line costs about what a block does to lay out: 200,000 short lines of plain text took
                // 90 ms to show when only their characters counted against the cap.
                m_blockCost += kBlockCost;
            } else {
                blockBreak();
            }
            return frame;
        }
        if (m_cut) {
            if (frame.block)
                newline();
            return frame;
        }
        const char *name = keptTag(element);
        const char *mark =
            m_options.keepMarks && element.tag == GUMBO_TAG_SPAN && !name ? markClass(element) : nullptr;
        if (mark)
            name = "span";
        QString attributes;
        if (element.tag == GUMBO_TAG_TABLE) {
            const qsizetype cost = m_tableSizes.value(node) << std::min(m_tables, 16);
            if (m_flatTables > 0 || m_tables >= m_options.maxTableNesting ||
                m_depth + 4 > m_options.maxDepth || cost > m_tableBudget) {
                frame.flatTable = true;
                ++m_flatTables;
                name = nullptr;
            } else {
                m_tableBudget -= cost;
                frame.table = true;
                ++m_tables;
            }
        } else if (isTablePart(element.tag)) {
            // Inside a table that is kept the depth for its parts was set aside when it was entered.
            if (m_flatTables > 0 || m_tables == 0)
                name = nullptr;
        } else if (name && m_depth >= m_options.maxDepth) {
            name = nullptr;
        }
        if (name && qstrcmp(name, "a") == 0) {
            const QString href = safeHref(attribute(element, "href"));
            if (href.isEmpty() || m_inLink > 0) {
                name = nullptr; // an anchor without a safe target, or inside another, is just its text
            } else {
                // Nothing but the target is kept: a title would become a tooltip, which Qt reads as rich
                // text.
                attributes = QLatin1String(" href=\"") + escapeHtml(href) + QLatin1Char('"');
                frame.link = true;
                ++m_inLink;
            }
        } else if (mark) {
            attributes = QLatin1String(" class=\"") + QLatin1String(mark) + QLatin1Char('"');
        } else if (name) {
            attributes = keptAttributes(element);
        }
        if (!name) {
            if (frame.block)
                newline();
            return frame;
        }
        if (used() >= m_options.maxOutputChars) {
            cut();
            if (frame.block)
                newline();
            return frame;
        }
        m_out += QLatin1Char('<') + QLatin1String(name) + attributes + QLatin1Char('>');
        m_atBreak = frame.block || frame.cell;
        if (m_atBreak) {
            m_blockRun = m_wordRun = 0;
            m_blockCost += kBlockCost;
        }
        m_open.push_back(name);
        ++m_depth;
        frame.close = name;
        return frame;
    }

    void leave(const Frame &frame) {
        const bool written = frame.close && !m_cut;
        if (written) {
            m_out += QLatin1String("</") + QLatin1String(frame.close) + QLatin1Char('>');
            if (frame.block || frame.cell) {
                m_atBreak = true;
                m_blockRun = m_wordRun = 0;
            }
        }
        if (frame.close) {
            m_open.pop_back();
            --m_depth;
        }
        if (!written && frame.block)
            newline();
        else if (!written && frame.cell)
            space();
        if (frame.flatTable)
            --m_flatTables;
        if (frame.table)
            --m_tables;
        if (frame.link)
            --m_inLink;
    }

    // The output's size, counting what blocks cost to lay out beyond their characters.
    qsizetype used() const { return m_out.size() + m_blockCost; }

    // Stops writing rich text here: what is open is closed, the rest is collected as plain text.
    void cut() {
        if (m_cut)
            return;
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it)
            m_out += QLatin1String("</") + QLatin1String(*it) + QLatin1Char('>');
        m_cut = true;
        m_truncated = true;
    }

    // A line break where a block was flattened, or in the plain text.
    void newline() {
        if (m_cut) {
            while (m_text.endsWith(QLatin1Char(' ')))
                m_text.chop(1);
            if (!m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n')))
                m_text += QLatin1Char('\n');
            return;
        }
        if (!m_out.isEmpty() && !m_atBreak)
            blockBreak();
    }

    // Ends the block: an empty <div> starts a new one without an empty line.
    void blockBreak() {
        if (m_out.endsWith(QLatin1Char(' ')))
            m_out.chop(1);
        m_out += QLatin1String("<div></div>");
        m_blockCost += kBlockCost;
        m_atBreak = true;
        m_blockRun = m_wordRun = 0;
    }

    void space() {
        if (m_cut) {
            if (!m_text.isEmpty() && !m_text.back().isSpace())
                m_text += QLatin1Char(' ');
        } else if (!m_out.isEmpty() && !m_atBreak && !m_out.back().isSpace()) {
            m_out += QLatin1Char(' ');
            m_wordRun = 0;
        }
    }

    void text(const QString &text) {
        if (m_cut) {
            appendPlain(text);
            return;
        }
        if (m_atBreak && text.trimmed().isEmpty())
            return; // white space between blocks, which could otherwise become an empty line
        const qsizetype room = m_options.maxOutputChars - used();
        if (text.size() <= room) {
            appendText(text);
            return;
        }
        // Cut between words where there is one, never inside a surrogate pair.
        qsizetype at = std::max<qsizetype>(room, 0);
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), at);
        if (space > at / 2)
            at = space;
        if (at > 0 && text[at - 1].isHighSurrogate())
            --at;
        appendText(QStringView(text).first(at));
        cut();
        appendPlain(QStringView(text).sliced(at));
    }

    // Plain text with runs of white space as one space, as a browser shows them.
    void appendPlain(QStringView text) {
        for (const QChar c : text) {
            if (c.isSpace()) {
                if (!m_text.isEmpty() && !m_text.back().isSpace())
                    m_text += QLatin1Char(' ');
            } else {
                m_text += c;
            }
        }
    }

    // Escaped, with a zero-width space in a word too long to wrap, and a long block ended at a space.
    void appendEscaped(QStringView text) {
        qsizetype from = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            ++m_blockRun;
            if (c.isSpace() && m_blockRun >= kLongestBlock) {
                m_out += escapeHtml(text.sliced(from, i - from));
                blockBreak();
                from = i + 1;
            } else if (c.isSpace() || c == u'-' || c.unicode() == 0x200b) {
                m_wordRun = 0;
            } else if (++m_wordRun >= kLongestWord && !c.isHighSurrogate()) {
                m_out += escapeHtml(text.sliced(from, i + 1 - from));
                if (m_blockRun >= kLongestBlock)
                    blockBreak();
                else
                    m_out += QChar(0x200b);
                from = i + 1;
                m_wordRun = 0;
            }
        }
        m_out += escapeHtml(text.sliced(from));
    }

    void appendText(QStringView text) {
        if (text.isEmpty())
            return;
        m_atBreak = false;
        if (m_options.positiveWords.isEmpty() && m_options.negativeWords.isEmpty() &&
            m_options.learnedPositiveWords.isEmpty() && m_options.learnedNegativeWords.isEmpty()) {
            appendEscaped(text);
            return;
        }
        qsizetype i = 0;
        while (i < text.size()) {
            if (!text[i].isLetter()) {
                const qsizetype start = i;
                while (i < text.size() && !text[i].isLetter())
                    ++i;
                appendEscaped(text.sliced(start, i - start));
                continue;
            }
            const qsizetype start = i;
            while (i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'\''))
                ++i;
            const QStringView word = text.sliced(start, i - start);
            const QString key = word.toString().toLower();
            const char *cls = m_options.positiveWords.contains(key)          ? "pos"
                              : m_options.negativeWords.contains(key)        ? "neg"
                              : m_options.learnedPositiveWords.contains(key) ? "lpos"
                              : m_options.learnedNegativeWords.contains(key) ? "lneg"
                                                                             : nullptr;
            if (cls)
                m_out += QLatin1String("<span class=\"") + QLatin1String(cls) + QLatin1String("\">");
            appendEscaped(word);
            if (cls)
                m_out += QLatin1String("</span>");
        }
    }

    const SanitizeOptions &m_options;
    const bool m_plain;
    bool m_cut;
    bool m_truncated = false;
    bool m_atBreak = false; // the rich text ends in a line break, or a block starts or ends there
    QString m_out;
    QString m_text; // plain: everything; otherwise what comes after the cut
    std::vector<const char *> m_open;
    int m_depth = 0;
    int m_tables = 0;
    int m_flatTables = 0;
    qsizetype m_tableBudget = 0;
    QHash<const GumboNode *, qsizetype> m_tableSizes;
    int m_wordRun = 0;        // characters since the last break opportunity
    qsizetype m_blockRun = 0; // characters since the block began
    qsizetype m_blockCost = 0;
    int m_inLink = 0;
};

SanitizedHtml walk(QStringView html, const SanitizeOptions &options, bool plainOnly) {
    const QByteArray input = guardHtmlForParser(html);
    GumboOptions gumbo = kGumboDefaultOptions;
    gumbo.max_errors = 0; // we do not read them; recording one per unclosed tag costs memory
    GumboOutput *output = gumbo_parse_with_options(&gumbo, input.constData(), size_t(input.size()));
    Writer writer(options, plainOnly);
    writer.run(output->document);
    gumbo_destroy_output(&gumbo, output);
    return std::move(writer).result();
}

} // namespace

SanitizedHtml sanitizeEmail(QStringView html, const SanitizeOptions &options) {
    return walk(html, options, false);
}

QString sanitizeEmailHtml(QStringView html, const SanitizeOptions &options) {
    return walk(html, options, false).html;
}

QString htmlToPlainText(QStringView html) {
    return walk(html, {}, true).rest;
}

} // namespace dp
