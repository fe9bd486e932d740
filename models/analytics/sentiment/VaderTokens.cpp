// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/VaderTokens.h"

#include "analytics/sentiment/PythonText.h"

namespace dp::sentiment::detail {

VaderTokens::VaderTokens(QStringView text, const LexiconData &data)
    : m_data(data)
    , m_text(text) {
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && py::isSpace(text[i].unicode()))
            ++i;
        if (i == n)
            break;
        qsizetype end = i;
        while (end < n && !py::isSpace(text[end].unicode()))
            ++end;

        QStringView token = text.sliced(i, end - i);
        const QStringView stripped = py::stripPunctuation(token);
        if (py::codePointCount(stripped) > 2)
            token = stripped;

        Token t;
        t.begin = token.data() - text.data();
        t.length = token.size();
        t.lowerBegin = m_lower.size();
        py::appendLower(token, m_lower);
        t.lowerLength = m_lower.size() - t.lowerBegin;
        t.upper = py::isUpper(token);
        m_tokens.append(t);
        i = end;
    }

    // Looked up only now that the lower-case buffer has stopped growing, so its views stay valid.
    qsizetype upperCount = 0;
    for (qsizetype k = 0; k < m_tokens.size(); ++k) {
        m_tokens[k].entry = data.find(lower(k));
        upperCount += m_tokens[k].upper;
    }
    m_capDifferential = upperCount > 0 && upperCount < m_tokens.size();
}

const double *VaderTokens::matchPhrase(qint32 Entry::*list, qsizetype first, qsizetype count) const {
    const Entry *head = entry(first);
    if (!head || head->*list < 0)
        return nullptr;
    for (const Phrase &phrase : m_data.phrases[head->*list]) {
        if (phrase.rest.size() != count - 1)
            continue;
        bool match = true;
        for (qsizetype k = 0; match && k < phrase.rest.size(); ++k)
            match = lower(first + 1 + k) == phrase.rest[k];
        if (match)
            return &phrase.value;
    }
    return nullptr;
}

} // namespace dp::sentiment::detail
