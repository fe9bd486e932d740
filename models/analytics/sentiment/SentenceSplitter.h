// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cuts a long text (an email body, an utterance) into sentences, so that VADER's rules, which were made
// for one sentence or tweet ("but" scope, "!" emphasis), act where they belong.

#include <QList>
#include <QStringView>

namespace dp::sentiment {

struct TextSpan {
    qsizetype begin = 0;
    qsizetype length = 0;
};

// Sentences of the text in order, trimmed of surrounding white space, none empty. A sentence ends at
// ".", "!" or "?" (runs of them, closing quotes and brackets included) followed by white space, unless the
// word before is a common abbreviation ("e.g.", "Dr.", "approx.") or the next word starts in lower case;
// at a blank line; and at a line break after a short line (a greeting, a list item, a sign-off) or a line
// ending in punctuation, but not inside a paragraph wrapped at a fixed width.
QList<TextSpan> splitSentences(QStringView text);

} // namespace dp::sentiment
