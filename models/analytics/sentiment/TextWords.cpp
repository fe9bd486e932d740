// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/TextWords.h"

#include "analytics/sentiment/PythonText.h"

namespace dp::sentiment {

QList<Word> textWords(QStringView text) {
    QList<Word> words;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && py::isSpace(text[i].unicode()))
            ++i;
        const qsizetype start = i;
        while (i < n && !py::isSpace(text[i].unicode()))
            ++i;
        if (i == start)
            break;
        qsizetype b = start;
        qsizetype e = i;
        // Curly apostrophes are folded to ASCII so "can’t" and "can't" are one word.
        while (b < e &&
               (py::isPunctuation(text[b].unicode()) || text[b] == u'\u2019' || text[b] == u'\u201C'))
            ++b;
        while (e > b && (py::isPunctuation(text[e - 1].unicode()) || text[e - 1] == u'\u2019' ||
                         text[e - 1] == u'\u201D'))
            --e;
        if (e == b)
            continue;
        QString lower = text.sliced(b, e - b).toString().toLower();
        lower.replace(u'\u2019', u'\'');
        words.append({std::move(lower), b, e - b});
    }
    return words;
}

} // namespace dp::sentiment
