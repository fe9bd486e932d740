// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/HighlightedText.h"

#include <algorithm>

namespace dp {
namespace {

// breakLines: plain text's line breaks become <br>; in HTML text they are only white space.
void appendEscaped(QString &out, QStringView text, bool breakLines = true) {
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\n':
            out += breakLines ? QLatin1String("<br>") : QLatin1String("\n");
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
}

QList<Highlight> usable(QList<Highlight> highlights, qsizetype textSize) {
    std::sort(highlights.begin(), highlights.end(),
              [](const Highlight &a, const Highlight &b) { return a.position < b.position; });
    QList<Highlight> result;
    qsizetype end = 0;
    for (const Highlight &h : highlights) {
        if (h.position < end || h.length <= 0 || h.position + h.length > textSize)
            continue;
        result.append(h);
        end = h.position + h.length;
    }
    return result;
}

QLatin1String markClass(const Highlight &h) {
    if (h.learned)
        return h.valence >= 0 ? QLatin1String("lpos") : QLatin1String("lneg");
    return h.valence >= 0 ? QLatin1String("pos") : QLatin1String("neg");
}

// Appends text[from, to) with the highlights that lie inside it.
void appendWithHighlights(QString &out, QStringView text, qsizetype from, qsizetype to,
                          const QList<Highlight> &highlights) {
    qsizetype at = from;
    for (const Highlight &h : highlights) {
        if (h.position < from || h.position + h.length > to)
            continue;
        appendEscaped(out, text.sliced(at, h.position - at));
        out += QLatin1String("<span class=\"") + markClass(h) + QLatin1String("\">");
        appendEscaped(out, text.sliced(h.position, h.length));
        out += QLatin1String("</span>");
        at = h.position + h.length;
    }
    appendEscaped(out, text.sliced(at, to - at));
}

// The length of a "Speaker (Organisation):" prefix at the start of a line, 0 when the line has none.
qsizetype speakerPrefix(QStringView line) {
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon > 60)
        return 0;
    const QStringView name = line.first(colon);
    // A sentence with a colon in it is not a speaker: names are short and do not end a sentence.
    if (name.contains(QLatin1Char('.')) || name.count(QLatin1Char(' ')) > 5)
        return 0;
    return colon + 1;
}

} // namespace

QString escapeHtml(QStringView text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    appendEscaped(out, text, false);
    return out;
}

QString plainTextToHtml(QStringView text, const QList<Highlight> &highlights) {
    QString out;
    out.reserve(text.size() + text.size() / 4 + 32);
    out += QLatin1String("<div>");
    appendWithHighlights(out, text, 0, text.size(), usable(highlights, text.size()));
    out += QLatin1String("</div>");
    return out;
}

QString transcriptToHtml(QStringView transcript, const QList<Highlight> &highlights) {
    const QList<Highlight> marks = usable(highlights, transcript.size());
    QString out;
    out.reserve(transcript.size() + transcript.size() / 4 + 64);
    qsizetype lineStart = 0;
    while (lineStart <= transcript.size()) {
        qsizetype lineEnd = transcript.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = transcript.size();
        const QStringView line = transcript.sliced(lineStart, lineEnd - lineStart);
        if (!line.trimmed().isEmpty()) {
            out += QLatin1String("<p>");
            const qsizetype prefix = speakerPrefix(line);
            if (prefix > 0) {
                out += QLatin1String("<b>");
                appendEscaped(out, line.first(prefix));
                out += QLatin1String("</b>");
            }
            appendWithHighlights(out, transcript, lineStart + prefix, lineEnd, marks);
            out += QLatin1String("</p>");
        }
        lineStart = lineEnd + 1;
    }
    return out;
}

} // namespace dp
