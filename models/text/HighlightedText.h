// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain text turned into the rich text the timeline shows: escaped, line breaks kept, the words that drove a
// sentiment score marked, and a transcript's speakers set in bold.

#include <QList>
#include <QString>
#include <QStringView>

namespace dp {

// A span of the text to mark; positive valence is shown as class "pos", negative as class "neg", so the
// view chooses the colours through the document's style sheet. A term the learner learned from ratings is
// "lpos" or "lneg", so the view can set it apart from the lexicons' words by more than its colour.
struct Highlight {
    qsizetype position = 0;
    qsizetype length = 0;
    double valence = 0.0;
    bool learned = false;
};

// Escapes `text` for rich text, keeps its line breaks and wraps every highlight in
// <span class="pos|neg|lpos|lneg">.
// Highlights that overlap or fall outside the text are ignored.
QString plainTextToHtml(QStringView text, const QList<Highlight> &highlights = {});

// The same for a transcript of "Speaker (Organisation): words" lines: each speaker's name is bold.
QString transcriptToHtml(QStringView transcript, const QList<Highlight> &highlights = {});

// Escapes &, <, > and " for rich text (line breaks stay as they are).
QString escapeHtml(QStringView text);

} // namespace dp
