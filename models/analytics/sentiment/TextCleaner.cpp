// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/TextCleaner.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace dp::sentiment {
namespace {

// A closing followed by at most this many short lines is a signature, not a sentence of the message.
constexpr int kSignatureLines = 5;
constexpr qsizetype kSignatureLineLength = 60;

struct Line {
    qsizetype begin = 0;
    qsizetype length = 0;
};

QList<Line> linesOf(QStringView text) {
    QList<Line> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'\n') {
            lines.append({start, i - start});
            start = i + 1;
        }
    }
    return lines;
}

// Reply and forward headers of the common clients, in English and Romanian: Gmail, Apple Mail and
// Thunderbird ("On … wrote:", "În … a scris:", "Pe … a scris:"), Outlook ("-----Original Message-----",
// "-----Mesaj original-----", or a "From:/Sent:" block, "De la:/Trimis:" in Romanian), and forwards.
bool startsQuotedThread(QStringView line, QStringView nextLine) {
    static const QRegularExpression wrote(
        QStringLiteral("^(On\\b.*\\bwrote|(În|In|Pe|La)\\b.*\\ba scris):?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression separator(
        QStringLiteral("^(-{3,}\\s*(Original Message|Forwarded message|Mesaj original|Mesaj redirecționat|"
                       "Mesaj redirectionat|Mesaj transmis)\\s*-{3,}|_{10,}|Begin forwarded message:?)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (wrote.match(line).hasMatch() || separator.match(line).hasMatch())
        return true;
    // "On Tue, 3 Mar 2026 at 10:02, Alison Engel <alison@…>" wrapped before "wrote:" (or "a scris:").
    const bool opensHeader = line.startsWith(u"On ") || line.startsWith(u"În ") || line.startsWith(u"In ") ||
                             line.startsWith(u"Pe ");
    if (opensHeader && (nextLine.endsWith(u"wrote:") || nextLine.endsWith(u"a scris:")))
        return true;
    // Outlook's reply header, in English and Romanian.
    if (line.startsWith(u"From: "))
        return nextLine.startsWith(u"Sent: ") || nextLine.startsWith(u"Date: ");
    if (line.startsWith(u"De la: "))
        return nextLine.startsWith(u"Trimis: ") || nextLine.startsWith(u"Data: ");
    return false;
}

bool isSignatureMarker(QStringView line) {
    static const QRegularExpression sentFrom(
        QStringLiteral("^(Sent from|Get Outlook for|Trimis de pe|Trimis din|Descarcă Outlook)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return line == u"--" || line == u"-- " || line == u"—" || sentFrom.match(line).hasMatch();
}

bool isClosing(QStringView line) {
    static const QRegularExpression closing(
        QStringLiteral(
            "^(thanks( again| so much)?|thank you|many thanks|best|best regards|regards|kind regards|"
            "warm regards|warmly|cheers|sincerely|all the best|talk soon|br|"
            "mulțumesc( frumos| mult)?|multumesc( frumos| mult)?|mersi|cu stimă|cu stima|cu drag|"
            "toate cele bune|numai bine|o zi bună|o zi buna|salutări|salutari|cu respect)[,.!]?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return closing.match(line).hasMatch();
}

QString letters(QStringView s) {
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

bool organisationIsOurs(const QString &organisation, const OurSide &ours) {
    const QString org = letters(organisation);
    if (org.isEmpty())
        return false;
    return std::any_of(ours.domains.cbegin(), ours.domains.cend(), [&org](const QString &domain) {
        const QString label = letters(QStringView(domain).left(domain.indexOf(u'.')));
        return !label.isEmpty() && (label.startsWith(org) || org.startsWith(label));
    });
}

} // namespace

QList<TextSpan> authoredEmailSpans(QStringView body) {
    const QList<Line> lines = linesOf(body);
    QList<TextSpan> spans;
    qsizetype end = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = body.sliced(lines[i].begin, lines[i].length).trimmed();
        const QStringView next = i + 1 < lines.size()
                                     ? body.sliced(lines[i + 1].begin, lines[i + 1].length).trimmed()
                                     : QStringView();
        if (startsQuotedThread(line, next) || isSignatureMarker(line)) {
            end = i;
            break;
        }
        if (isClosing(line)) {
            // Only when what follows looks like a name block, not more of the message.
            qsizetype rest = 0;
            bool short_ = true;
            for (qsizetype k = i + 1; k < lines.size(); ++k) {
                const QStringView after = body.sliced(lines[k].begin, lines[k].length).trimmed();
                if (startsQuotedThread(after, {}) || isSignatureMarker(after))
                    break;
                if (after.isEmpty())
                    continue;
                ++rest;
                short_ = short_ && after.size() <= kSignatureLineLength;
            }
            if (short_ && rest <= kSignatureLines) {
                end = i;
                break;
            }
        }
    }
    // Contiguous unquoted lines form one span, so sentences wrapped over lines stay whole.
    qsizetype spanStart = -1;
    qsizetype spanEnd = -1;
    for (qsizetype i = 0; i < end; ++i) {
        const QStringView line = body.sliced(lines[i].begin, lines[i].length).trimmed();
        if (line.startsWith(u'>')) {
            if (spanStart >= 0)
                spans.append({spanStart, spanEnd - spanStart});
            spanStart = -1;
            continue;
        }
        if (spanStart < 0)
            spanStart = lines[i].begin;
        spanEnd = lines[i].begin + lines[i].length;
    }
    if (spanStart >= 0 && spanEnd > spanStart)
        spans.append({spanStart, spanEnd - spanStart});
    return spans;
}

QList<Utterance> transcriptUtterances(QStringView transcript, const OurSide &ours) {
    // "Name (Organisation): text" or "Name: text"; a name is short and has no sentence punctuation.
    static const QRegularExpression speakerLine(
        QStringLiteral("^\\s*([^:()\\n.!?]{1,60}?)\\s*(?:\\(([^()\\n]{1,60})\\))?\\s*:\\s"));
    QList<Utterance> utterances;
    for (const Line &line : linesOf(transcript)) {
        const QStringView text = transcript.sliced(line.begin, line.length);
        if (text.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = speakerLine.match(text);
        if (!match.hasMatch()) {
            if (!utterances.isEmpty()) {
                TextSpan &span = utterances.back().span;
                span.length = line.begin + line.length - span.begin;
            }
            continue;
        }
        Utterance utterance;
        utterance.speaker = match.captured(1).trimmed();
        utterance.organisation = match.captured(2).trimmed();
        const qsizetype begin = line.begin + match.capturedEnd(0);
        utterance.span = {begin, line.begin + line.length - begin};
        utterance.buyer = !ours.names.contains(utterance.speaker.toLower()) &&
                          !organisationIsOurs(utterance.organisation, ours);
        utterances.append(utterance);
    }
    return utterances;
}

} // namespace dp::sentiment
