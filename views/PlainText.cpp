// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainText.h"

#include <QTextDocument>

namespace dp {

QString plainToolTip(const QString &text) {
    // "<p>…</p>" with the text escaped and its line breaks kept: always taken for rich text.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace dp
