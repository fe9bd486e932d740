// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPhrase.h"

namespace dp::demo {
namespace {

int slotOf(QChar letter) {
    switch (letter.unicode()) {
    case 'b':
        return int(Slot::BuyerFirst);
    case 'B':
        return int(Slot::BuyerFull);
    case 'T':
        return int(Slot::BuyerTitle);
    case 'r':
        return int(Slot::RepFirst);
    case 'R':
        return int(Slot::RepFull);
    case 'j':
        return int(Slot::RepTitle);
    case 'h':
        return int(Slot::RepPhone);
    case 'c':
        return int(Slot::Company);
    case 'p':
        return int(Slot::Product);
    case 's':
        return int(Slot::Seats);
    case 'd':
        return int(Slot::Weekday);
    case 't':
        return int(Slot::TimeOfDay);
    case 'a':
        return int(Slot::Amount);
    case 'q':
        return int(Slot::Quarter);
    case 'Q':
        return int(Slot::NextQuarter);
    case 'o':
        return int(Slot::OtherFirst);
    case 'O':
        return int(Slot::OtherTitle);
    case 'v':
        return int(Slot::Competitor);
    case 'e':
        return int(Slot::Integration);
    case 'n':
        return int(Slot::Discount);
    case 'y':
        return int(Slot::Date);
    case 'm':
        return int(Slot::ManagerFirst);
    case 'x':
        return int(Slot::EngineerFirst);
    case 'w':
        return int(Slot::Vendor);
    case 'k':
        return int(Slot::Pain);
    case 'g':
        return int(Slot::Goal);
    default:
        return -1;
    }
}

// The slot named at `at` ("{b}"), or -1 when no known slot starts there.
int slotAt(QStringView text, qsizetype at) {
    if (at + 2 >= text.size() || text[at] != u'{' || text[at + 2] != u'}')
        return -1;
    return slotOf(text[at + 1]);
}

} // namespace

QString slotProblem(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (slotAt(text, i) >= 0) {
            i += 2;
            continue;
        }
        if (text[i] == u'{' || text[i] == u'}')
            return QStringLiteral("the brace at column %1 is not part of a known slot such as {b}")
                .arg(i + 1);
    }
    return {};
}

Phrase::Phrase(QStringView text) {
    qsizetype literal = 0;
    auto flush = [&](qsizetype end) {
        if (end > literal)
            m_parts.push_back({text.sliced(literal, end - literal).toString(), -1});
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const int slot = slotAt(text, i);
        if (slot < 0) {
            ++i;
            continue;
        }
        flush(i);
        m_parts.push_back({QString(), slot});
        i += 3;
        literal = i;
    }
    flush(i);
}

void Phrase::appendTo(QString &out, const Fill &fill) const {
    for (const Part &part : m_parts)
        out += part.slot < 0 ? part.text : fill.get(Slot(part.slot));
}

QString Phrase::expand(const Fill &fill) const {
    QString out;
    appendTo(out, fill);
    return out;
}

PhraseList::PhraseList(const QStringList &phrases) {
    m_phrases.reserve(std::size_t(phrases.size()));
    for (const QString &phrase : phrases)
        m_phrases.emplace_back(phrase);
}

WordList::WordList(const QStringList &words)
    : m_words(words.begin(), words.end()) {}

} // namespace dp::demo
