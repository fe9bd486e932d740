#pragma once
// Email HTML made safe to show: the result is a small rich-text subset that can neither load anything
// (no images, frames, objects, style sheets, CSS url() or style attributes at all) nor run anything
// (no script, no event handlers, links only to http, https and mailto). It is rebuilt from the parsed
// input, never copied through, so whatever the parser does not understand is dropped rather than passed on.
// The view that shows it must still refuse to load resources (defence in depth).

#include <QSet>
#include <QString>
#include <QStringView>

namespace dp {

struct SanitizeOptions {
    // Lower-case words to mark wherever they appear in the text, as <span class="pos"> or "neg".
    QSet<QString> positiveWords;
    QSet<QString> negativeWords;
};

QString sanitizeEmailHtml(QStringView html, const SanitizeOptions &options = {});

// The text content of an HTML fragment as the user would read it (for tests and previews).
QString htmlToPlainText(QStringView html);

} // namespace dp
