// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/http/JsonScan.h"

namespace dp::sync {

namespace {

// Deeper than any CRM answer; bounds the recursion on hostile input. (QJsonDocument stops at 1024.)
constexpr int kMaxDepth = 512;

class Scanner final {
public:
    Scanner(QByteArrayView text, QByteArrayView key)
        : m_text(text)
        , m_key(key) {}

    JsonScan run() {
        JsonScan scan;
        skipSpace();
        scan.wellFormed = value(0) && (skipSpace(), m_at == m_text.size());
        if (scan.wellFormed)
            scan.member = m_member;
        return scan;
    }

private:
    bool value(int depth) {
        if (m_at >= m_text.size() || depth > kMaxDepth)
            return false;
        switch (m_text[m_at]) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(int depth) {
        ++m_at; // {
        skipSpace();
        if (peek('}'))
            return ++m_at, true;
        while (true) {
            const qsizetype keyStart = m_at + 1;
            if (!peek('"') || !string())
                return false;
            const QByteArrayView key = m_text.sliced(keyStart, m_at - 1 - keyStart);
            skipSpace();
            if (!peek(':'))
                return false;
            ++m_at;
            skipSpace();
            const qsizetype valueStart = m_at;
            if (!value(depth + 1))
                return false;
            if (depth == 0 && !m_key.isEmpty() && key == m_key)
                m_member = m_text.sliced(valueStart, m_at - valueStart);
            if (const auto closed = afterElement('}'); !closed || *closed)
                return closed.has_value();
        }
    }

    bool array(int depth) {
        ++m_at; // [
        skipSpace();
        if (peek(']'))
            return ++m_at, true;
        while (true) {
            if (!value(depth + 1))
                return false;
            if (const auto closed = afterElement(']'); !closed || *closed)
                return closed.has_value();
        }
    }

    // Past what follows an element: true at the closing bracket, false at a comma, nothing at anything else.
    std::optional<bool> afterElement(char close) {
        skipSpace();
        const bool closed = peek(close);
        if (!closed && !peek(','))
            return std::nullopt;
        ++m_at;
        skipSpace();
        return closed;
    }

    bool string() {
        ++m_at; // opening quote
        while (m_at < m_text.size()) {
            const char c = m_text[m_at++];
            if (c == '"')
                return true;
            if (c == '\\' && !escape())
                return false;
        }
        return false;
    }

    bool escape() {
        if (m_at >= m_text.size())
            return false;
        if (m_text[m_at++] != 'u')
            return true;
        for (int i = 0; i < 4; ++i, ++m_at)
            if (m_at >= m_text.size() || !isHex(m_text[m_at]))
                return false;
        return true;
    }

    bool number() {
        if (peek('-'))
            ++m_at;
        if (peek('0'))
            ++m_at;
        else if (!digits())
            return false;
        if (peek('.')) {
            ++m_at;
            digits();
        }
        if (peek('e') || peek('E')) {
            ++m_at;
            if (peek('+') || peek('-'))
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }

    bool digits() {
        const qsizetype start = m_at;
        while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9')
            ++m_at;
        return m_at > start;
    }

    bool literal(QByteArrayView word) {
        if (!m_text.sliced(m_at).startsWith(word))
            return false;
        m_at += word.size();
        return true;
    }

    void skipSpace() {
        while (m_at < m_text.size() &&
               (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' || m_text[m_at] == '\t'))
            ++m_at;
    }

    bool peek(char c) const { return m_at < m_text.size() && m_text[m_at] == c; }
    static bool isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    QByteArrayView m_text;
    QByteArrayView m_key;
    qsizetype m_at = 0;
    std::optional<QByteArrayView> m_member;
};

} // namespace

JsonScan scanJson(QByteArrayView text, QByteArrayView topLevelKey) {
    return Scanner(text, topLevelKey).run();
}

} // namespace dp::sync
