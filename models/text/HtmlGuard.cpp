// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/HtmlGuard.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dp {
namespace {

using Names = std::unordered_set<std::string_view>;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// clang-format off
// The parser's formatting elements, the ones its adoption agency and reconstruction work on.
const Names kFormatting{"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
                        "tt", "u"};
const Names kVoid{"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
                  "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"};
// Elements whose content the tokenizer reads as text up to their end tag, where the parser switches it so.
const Names kRawText{"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
                     "plaintext"};
// Elements whose content the reader does not show: left open to the end of the email, their start is dropped.
const Names kDroppedWhenUnclosed{"style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
                                 "noscript", "select", "svg", "math", "template"};
// The parser's "special" category (HTML, MathML and SVG names alike).
const Names kSpecial{
    "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
    "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
    "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
    "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link",
    "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol",
    "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary",
    "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc"};
const Names kDefaultScope{"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
                          "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc",
                          "title"};
// End tags that close their element when it is in (default) scope.
const Names kClosedInScope{"address", "article", "aside", "blockquote", "button", "center", "details",
                           "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer",
                           "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search",
                           "section", "summary", "ul", "applet", "marquee", "object", "template", "dd", "dt"};
const Names kTableParts{"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup"};
// Start tags that close an open <p> (the parser's list, less those it treats otherwise in quirks mode).
const Names kClosesP{"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
                     "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu",
                     "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5",
                     "h6", "pre", "listing", "form", "plaintext", "xmp"};
// clang-format on

bool isHeading(std::string_view name) {
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// What the model keeps of an element, so that its searches need no look-ups: the parser's "special"
// category and the scopes whose searches stop at it.
enum Flag : unsigned {
    Special = 1,
    DefaultScope = 2, // also ends the button and list item scopes
    ButtonScope = 4,
    ListItemScope = 8,
    TableScope = 16,
    Heading = 32,
};
constexpr unsigned kButtonScope = DefaultScope | ButtonScope;
constexpr unsigned kListItemScope = DefaultScope | ListItemScope;

unsigned flagsOf(std::string_view n) {
    unsigned flags = 0;
    if (kSpecial.contains(n))
        flags |= Special;
    if (kDefaultScope.contains(n))
        flags |= DefaultScope;
    if (n == "button")
        flags |= ButtonScope;
    if (n == "ol" || n == "ul")
        flags |= ListItemScope;
    if (n == "html" || n == "table" || n == "template")
        flags |= TableScope;
    if (isHeading(n))
        flags |= Heading;
    return flags;
}

struct Attribute {
    std::string_view name; // as written
    std::string_view value;
};

struct Tag {
    size_t end = 0;   // just past '>'
    std::string name; // lower case
    bool closing = false;
    bool selfClosing = false;
    bool complete = false;
    std::vector<Attribute> attributes;
};

// The model of the parser's stack of open elements. It is kept so that it never counts fewer elements than
// the parser has: where the parser might keep an element open, it is kept open here too.
class OpenElements final {
public:
    int depth() const { return m_depth; }
    // True when this model and the parser surely agree on how the next tags are read.
    bool plainContext() const { return m_foreign == 0 && m_select == 0 && !m_frameset; }

    void push(const std::string &name) {
        const int weight = name == "table" ? 3 : 1; // a table implies a <tbody> and a <tr>
        m_stack.push_back({name, weight, flagsOf(name)});
        m_depth += weight;
        count(name, +1);
    }

    // What the parser closes on its own before inserting a start tag.
    void closeBefore(const std::string &name) {
        if (!plainContext())
            return;
        if (name == "li") {
            closeItem({"li"});
        } else if (name == "dd" || name == "dt") {
            closeItem({"dd", "dt"});
        } else if (name == "td" || name == "th") {
            if (const auto at =
                    find([](const Entry &e) { return e.name == "td" || e.name == "th"; }, TableScope))
                popFrom(*at);
        } else if (name == "tr") {
            if (const auto at = find([](const Entry &e) { return e.name == "tr"; }, TableScope))
                popFrom(*at);
        } else if (name == "option" || name == "optgroup") {
            if (!m_stack.empty() && m_stack.back().name == "option")
                popFrom(m_stack.size() - 1);
        }
        if (kClosesP.contains(name)) {
            if (const auto at = find([](const Entry &e) { return e.name == "p"; }, kButtonScope))
                popFrom(*at);
            if (isHeading(name) && !m_stack.empty() && (m_stack.back().flags & Heading))
                popFrom(m_stack.size() - 1);
        }
    }

    void end(const std::string &name) {
        if (m_frameset) {
            if (name == "frameset" && !m_stack.empty() && m_stack.back().name == "frameset")
                popFrom(m_stack.size() - 1);
            return;
        }
        if (m_select > 0) {
            // In a select the parser ignores every other end tag.
            if (name == "select") {
                for (size_t i = m_stack.size(); i-- > 0;) {
                    const std::string &n = m_stack[i].name;
                    if (n == "select") {
                        popFrom(i);
                        return;
                    }
                    if (n != "option" && n != "optgroup")
                        return;
                }
            } else if ((name == "option" || name == "optgroup") && !m_stack.empty() &&
                       m_stack.back().name == name) {
                popFrom(m_stack.size() - 1);
            }
            return;
        }
        if (name == "body" || name == "html" || name == "br")
            return;
        if (name == "form") {
            // The parser takes the form out of the stack and leaves what is above it open.
            if (const auto at = find([](const Entry &e) { return e.name == "form"; }, DefaultScope))
                eraseAt(*at);
            return;
        }
        std::optional<size_t> at;
        if (isHeading(name))
            at = find([](const Entry &e) { return (e.flags & Heading) != 0; }, DefaultScope);
        else if (name == "p")
            at = find([](const Entry &e) { return e.name == "p"; }, kButtonScope);
        else if (name == "li")
            at = find([](const Entry &e) { return e.name == "li"; }, kListItemScope);
        else if (kTableParts.contains(name))
            at = find([&](const Entry &e) { return e.name == name; }, TableScope);
        else if (kClosedInScope.contains(name))
            at = find([&](const Entry &e) { return e.name == name; }, DefaultScope);
        else
            at = find([&](const Entry &e) { return e.name == name; }, Special);
        if (at)
            popFrom(*at);
    }

private:
    struct Entry {
        std::string name;
        int weight = 1;
        unsigned flags = 0;
    };

    // The topmost entry that matches, searching down from the top and stopping at a boundary.
    // The topmost entry that matches, searching down from the top and stopping at an entry with a flag of
    // `boundary`.
    template <typename Match> std::optional<size_t> find(Match match, unsigned boundary) const {
        for (size_t i = m_stack.size(); i-- > 0;) {
            if (match(m_stack[i]))
                return i;
            if (m_stack[i].flags & boundary)
                return std::nullopt;
        }
        return std::nullopt;
    }

    // li, dd, dt: the parser closes an open item unless a special element other than address, div or p
    // stands between.
    void closeItem(std::initializer_list<std::string_view> items) {
        for (size_t i = m_stack.size(); i-- > 0;) {
            const std::string &n = m_stack[i].name;
            for (const std::string_view item : items) {
                if (n == item) {
                    popFrom(i);
                    return;
                }
            }
            if ((m_stack[i].flags & Special) && n != "address" && n != "div" && n != "p")
                return;
        }
    }

    void popFrom(size_t index) {
        while (m_stack.size() > index)
            eraseAt(m_stack.size() - 1);
    }

    void eraseAt(size_t index) {
        m_depth -= m_stack[index].weight;
        count(m_stack[index].name, -1);
        m_stack.erase(m_stack.begin() + qsizetype(index));
    }

    void count(std::string_view name, int delta) {
        if (name == "svg" || name == "math")
            m_foreign += delta;
        else if (name == "select")
            m_select += delta;
        else if (name == "frameset" && delta > 0)
            m_frameset = true; // after a frameset the parser ignores almost everything; stay careful
    }

    std::vector<Entry> m_stack;
    int m_depth = 0;
    int m_foreign = 0;
    int m_select = 0;
    bool m_frameset = false;
};

class Guard final {
public:
    Guard(QByteArray in, const HtmlGuardLimits &limits)
        : m_in(std::move(in))
        , m_p(m_in.constData())
        , m_n(size_t(m_in.size()))
        , m_limits(limits) {}

    QByteArray run() {
        m_out.reserve(m_in.size() + m_in.size() / 8);
        size_t i = 0;
        while (i < m_n) {
            const void *found = std::memchr(m_p + i, '<', m_n - i);
            const size_t lt = found ? size_t(static_cast<const char *>(found) - m_p) : m_n;
            m_out.append(m_p + i, qsizetype(lt - i));
            if (lt >= m_n)
                break;
            i = markup(lt);
        }
        return m_out;
    }

private:
    char at(size_t i) const { return i < m_n ? m_p[i] : '\0'; }

    bool startsWith(size_t i, std::string_view s) const {
        return i + s.size() <= m_n && std::memcmp(m_p + i, s.data(), s.size()) == 0;
    }

    void copy(size_t from, size_t to) { m_out.append(m_p + from, qsizetype(to - from)); }

    // Handles the '<' at i; returns where to go on.
    size_t markup(size_t i) {
        if (startsWith(i, "<!--"))
            return comment(i);
        const char next = at(i + 1);
        if (next == '!' || next == '?' || (next == '/' && !isAlpha(at(i + 2)) && at(i + 2) != '>'))
            return bogusComment(i);
        if (next == '/' && at(i + 2) == '>') {
            copy(i, i + 3); // "</>" is ignored by the parser
            return i + 3;
        }
        if (!isAlpha(next) && next != '/') {
            m_out.append('<');
            return i + 1;
        }
        Tag tag = readTag(i);
        if (!tag.complete) {
            copy(i, m_n); // the parser drops a tag cut off by the end
            return m_n;
        }
        if (tag.closing)
            endTag(i, tag);
        else
            return startTag(i, tag);
        return tag.end;
    }

    size_t comment(size_t i) {
        size_t end = 0;
        if (at(i + 4) == '>')
            end = i + 5;
        else if (at(i + 4) == '-' && at(i + 5) == '>')
            end = i + 6;
        else if (i < m_noCommentEndFrom) {
            for (size_t j = i + 4; j + 2 < m_n;) {
                const void *dash = std::memchr(m_p + j, '-', m_n - j);
                if (!dash)
                    break;
                const size_t k = size_t(static_cast<const char *>(dash) - m_p);
                if (at(k + 1) == '-' && at(k + 2) == '>') {
                    end = k + 3;
                    break;
                }
                if (at(k + 1) == '-' && at(k + 2) == '!' && at(k + 3) == '>') {
                    end = k + 4;
                    break;
                }
                j = k + 1;
            }
            if (end == 0)
                m_noCommentEndFrom = i; // no comment that starts later ends either
        }
        if (end == 0)
            return i + 4; // unclosed: without its "<!--" the rest is read as HTML, not swallowed
        copy(i, end);
        return end;
    }

    // "<!DOCTYPE …>", "<?…>", "</ …>", CDATA outside foreign content: the parser skips to the next '>'. (In
    // foreign content CDATA runs to "]]>", later than this; what lies between is counted as tags here,
    // which only counts high.)
    size_t bogusComment(size_t i) {
        const void *gt = std::memchr(m_p + i, '>', m_n - i);
        if (!gt) {
            m_out.append("&lt;"); // unclosed: shown as the text it is rather than swallowing the rest
            return i + 1;
        }
        const size_t end = size_t(static_cast<const char *>(gt) - m_p) + 1;
        copy(i, end);
        return end;
    }

    // The tokenizer's tag states: name, then attributes whose quoted values may hold '>'.
    Tag readTag(size_t i) const {
        Tag tag;
        size_t j = i + 1;
        if (at(j) == '/') {
            tag.closing = true;
            ++j;
        }
        while (j < m_n && !isSpace(m_p[j]) && m_p[j] != '/' && m_p[j] != '>')
            tag.name += lower(m_p[j++]);
        for (;;) {
            while (j < m_n && (isSpace(m_p[j]) || m_p[j] == '/')) {
                tag.selfClosing = m_p[j] == '/' && at(j + 1) == '>';
                ++j;
            }
            if (j >= m_n)
                return tag;
            if (m_p[j] == '>') {
                tag.end = j + 1;
                tag.complete = true;
                return tag;
            }
            const size_t nameStart = j++; // a first '=' belongs to the name
            while (j < m_n && !isSpace(m_p[j]) && m_p[j] != '/' && m_p[j] != '>' && m_p[j] != '=')
                ++j;
            Attribute attribute{std::string_view(m_p + nameStart, j - nameStart), {}};
            size_t k = j;
            while (k < m_n && isSpace(m_p[k]))
                ++k;
            if (at(k) == '=') {
                j = k + 1;
                while (j < m_n && isSpace(m_p[j]))
                    ++j;
                if (at(j) == '"' || at(j) == '\'') {
                    const void *close = std::memchr(m_p + j + 1, m_p[j], m_n - j - 1);
                    if (!close)
                        return tag;
                    const size_t end = size_t(static_cast<const char *>(close) - m_p);
                    attribute.value = std::string_view(m_p + j + 1, end - j - 1);
                    j = end + 1;
                } else {
                    const size_t valueStart = j;
                    while (j < m_n && !isSpace(m_p[j]) && m_p[j] != '>')
                        ++j;
                    attribute.value = std::string_view(m_p + valueStart, j - valueStart);
                }
            }
            tag.attributes.push_back(attribute);
        }
    }

    void endTag(size_t i, const Tag &tag) {
        if (kFormatting.contains(tag.name)) {
            m_out.append("</span>");
            m_open.end("span");
            return;
        }
        copy(i, tag.end);
        m_open.end(tag.name);
    }

    size_t startTag(size_t i, const Tag &tag) {
        const std::string &name = tag.name;
        if (kVoid.contains(name) || name == "html" || name == "head" || name == "body" ||
            ((name == "svg" || name == "math") && tag.selfClosing)) {
            copy(i, tag.end);
            return tag.end;
        }
        if (kDroppedWhenUnclosed.contains(name) && !closedLater(name, tag.end))
            return tag.end;
        if (kRawText.contains(name) && m_open.plainContext())
            return rawText(i, tag);
        if (kFormatting.contains(name)) {
            if (m_open.depth() >= m_limits.maxOpenElements)
                return tag.end;
            m_out.append("<span data-dp=\"");
            m_out.append(name.data(), qsizetype(name.size()));
            m_out.append('"');
            if (name == "a")
                appendHref(tag);
            m_out.append('>');
            m_open.push("span");
            return tag.end;
        }
        m_open.closeBefore(name);
        if (m_open.depth() + (name == "table" ? 3 : 1) > m_limits.maxOpenElements)
            return tag.end; // too deep: the tag goes, its content stays
        copy(i, tag.end);
        m_open.push(name);
        return tag.end;
    }

    // Script, style, title, textarea, …: copied as they are up to their end tag, which the parser reads the
    // same way. An unclosed script swallows the rest, as in a browser; any other unclosed one loses its start
    // tag, so the rest shows.
    size_t rawText(size_t i, const Tag &tag) {
        if (tag.name == "plaintext") {
            copy(i, m_n);
            return m_n;
        }
        const std::string close = "</" + tag.name;
        size_t j = tag.end;
        while (j < m_n) {
            const void *lt = std::memchr(m_p + j, '<', m_n - j);
            if (!lt)
                break;
            const size_t k = size_t(static_cast<const char *>(lt) - m_p);
            bool match = k + close.size() <= m_n;
            for (size_t c = 0; match && c < close.size(); ++c)
                match = lower(m_p[k + c]) == close[c];
            const char after = at(k + close.size());
            if (match && (isSpace(after) || after == '/' || after == '>')) {
                const Tag endTag = readTag(k);
                const size_t end = endTag.complete ? endTag.end : m_n;
                copy(i, end);
                return end;
            }
            j = k + 1;
        }
        // No end: the parser reads all the rest as this element's text.
        if (tag.name == "script") {
            copy(i, m_n);
            return m_n;
        }
        m_lastClose[tag.name] = -1;
        return tag.end;
    }

    void appendHref(const Tag &tag) {
        for (const Attribute &a : tag.attributes) {
            if (a.name.size() != 4 || lower(a.name[0]) != 'h' || lower(a.name[1]) != 'r' ||
                lower(a.name[2]) != 'e' || lower(a.name[3]) != 'f')
                continue;
            m_out.append(" href=\"");
            for (const char c : a.value) {
                if (c == '"')
                    m_out.append("&quot;");
                else
                    m_out.append(c);
            }
            m_out.append('"');
            return; // the first wins, as in the parser
        }
    }

    // Whether "</name" occurs after `from` (found once per name, from the end).
    bool closedLater(const std::string &name, size_t from) {
        auto it = m_lastClose.find(name);
        if (it == m_lastClose.end()) {
            const std::string close = "</" + name;
            qsizetype last = -1;
            for (size_t k = m_n; k-- > 0 && last < 0;) {
                if (m_p[k] != '<' || k + close.size() > m_n)
                    continue;
                bool match = true;
                for (size_t c = 0; match && c < close.size(); ++c)
                    match = lower(m_p[k + c]) == close[c];
                if (match)
                    last = qsizetype(k);
            }
            it = m_lastClose.emplace(name, last).first;
        }
        return it->second >= 0 && size_t(it->second) >= from;
    }

    QByteArray m_in;
    const char *m_p;
    size_t m_n;
    HtmlGuardLimits m_limits;
    QByteArray m_out;
    OpenElements m_open;
    size_t m_noCommentEndFrom = SIZE_MAX;
    std::unordered_map<std::string, qsizetype> m_lastClose;
};

} // namespace

QByteArray guardHtmlForParser(QStringView html, const HtmlGuardLimits &limits) {
    return Guard(html.toUtf8(), limits).run();
}

} // namespace dp
