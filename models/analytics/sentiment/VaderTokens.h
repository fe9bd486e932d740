// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A text cut into VADER's words_and_emoticons, each token looked up once: the per-call working state of the
// scorer, held in stack buffers so that scoring a typical text does not touch the heap.

#include "analytics/sentiment/LexiconIndex.h"

#include <QStringView>
#include <QVarLengthArray>

namespace dp::sentiment::detail {

class VaderTokens final {
public:
    // Splits on Python white space and strips string.punctuation from each token's ends, unless that leaves
    // two characters or fewer (so ":)" and ":-(" survive as emoticons).
    VaderTokens(QStringView text, const LexiconData &data);
    Q_DISABLE_COPY_MOVE(VaderTokens)

    qsizetype size() const { return m_tokens.size(); }

    QStringView word(qsizetype i) const { return m_text.sliced(m_tokens[i].begin, m_tokens[i].length); }
    QStringView lower(qsizetype i) const {
        return QStringView(m_lower.constData() + m_tokens[i].lowerBegin, m_tokens[i].lowerLength);
    }
    qsizetype begin(qsizetype i) const { return m_tokens[i].begin; }
    qsizetype length(qsizetype i) const { return m_tokens[i].length; }

    // str.isupper() of the token.
    bool isUpper(qsizetype i) const { return m_tokens[i].upper; }
    // Some, but not all, tokens are ALL CAPS: only then is capitalisation emphasis.
    bool capDifferential() const { return m_capDifferential; }

    const Entry *entry(qsizetype i) const { return m_tokens[i].entry; }
    bool inLexicon(qsizetype i) const { return entry(i) && entry(i)->inLexicon; }
    bool isBooster(qsizetype i) const { return entry(i) && entry(i)->isBooster; }
    bool is(qsizetype i, Keyword keyword) const { return entry(i) && (entry(i)->keywords & keyword); }
    // negated([token]): a listed negation, or any token containing "n't".
    bool isNegated(qsizetype i) const {
        return (entry(i) && entry(i)->isNegation) || lower(i).contains(QStringView(u"n't"));
    }

    // Whether the `count` tokens from `first` spell one of the phrases (filed under their first word).
    // Returns its value, or nullptr.
    const double *matchPhrase(qint32 Entry::*list, qsizetype first, qsizetype count) const;

private:
    struct Token {
        qsizetype begin = 0;
        qsizetype length = 0;
        qsizetype lowerBegin = 0;
        qsizetype lowerLength = 0;
        const Entry *entry = nullptr;
        bool upper = false;
    };

    const LexiconData &m_data;
    QStringView m_text;
    QVarLengthArray<Token, 64> m_tokens;
    QVarLengthArray<char16_t, 512> m_lower;
    bool m_capDifferential = false;
};

} // namespace dp::sentiment::detail
