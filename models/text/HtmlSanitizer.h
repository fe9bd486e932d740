// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Email HTML made safe to show: the result is a small rich-text subset that can neither load anything
// (no images, frames, objects, style sheets, CSS url() or style attributes at all) nor run anything
// (no script, no event handlers, links only to http, https and mailto). It is rebuilt from the tree an HTML5
// parser (Gumbo, the WHATWG algorithm with every named character reference) builds, never copied through,
// so whatever is not understood is dropped rather than passed on. Images become their description in
// brackets, as text. The result is also small enough to lay out quickly whatever the input: nesting, tables
// and size are capped, deeper content is flattened into text, a body over the size cap is cut between words
// with the rest kept as plain text, and words too long to wrap get break opportunities (U+200B). All of it
// takes time linear in the input.
// The view that shows it must still refuse to load resources (defence in depth).

#include <QSet>
#include <QString>
#include <QStringView>

namespace dp {

struct SanitizeOptions {
    // Lower-case words to mark wherever they appear in the text, as <span class="pos"> or "neg".
    QSet<QString> positiveWords;
    QSet<QString> negativeWords;
    // The same for terms learned from ratings, as <span class="lpos"> or "lneg".
    QSet<QString> learnedPositiveWords;
    QSet<QString> learnedNegativeWords;
    // Keep <span class="pos|neg|lpos|lneg"> as written: only for rich text Dealpulse wrote itself
    // (plain text escaped with its marks, see HighlightedText.h), which goes through here for the caps.
    // Never for an email's HTML, whose sender would choose what is marked.
    bool keepMarks = false;
    // The caps that bound the layout of the result (measured by tests/bench/bench_email_html).
    qsizetype maxOutputChars = 48'000; // about (a block counts 20 more); the rest goes to SanitizedHtml::rest
    int maxDepth = 32;                 // elements kept inside each other; deeper ones keep their text only
    int maxTableNesting = 4;           // deeper tables become their text, a line a row
    // Qt lays out a table's content again for each table around it, so what tables hold is budgeted: a
    // table costs its size (text, plus a little per element and more per cell) times 2^(nesting − 1), and
    // one that does not fit what is left is flattened like a too deep one.
    qsizetype tableBudget = 30'000;
};

struct SanitizedHtml {
    QString html;
    bool truncated = false; // the body was over a cap and cut
    QString rest;           // when truncated: the text after the cut, as plain text
};

SanitizedHtml sanitizeEmail(QStringView html, const SanitizeOptions &options = {});

// The same, without what was cut.
QString sanitizeEmailHtml(QStringView html, const SanitizeOptions &options = {});

// The text content of an HTML fragment as the user would read it (for tests and previews); not capped.
QString htmlToPlainText(QStringView html);

} // namespace dp
