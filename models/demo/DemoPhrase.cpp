// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPhrase.h"

namespace dp::demo {
namespace {

int slotOf(char letter) {
    switch (letter) {
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

} // namespace

Phrase::Phrase(const char *utf8) {
    const char *literal = utf8;
    const char *p = utf8;
    auto flush = [&](const char *end) {
        if (end > literal)
            m_parts.push_back({QString::fromUtf8(literal, end - literal), -1});
    };
    while (*p) {
        const int slot = (p[0] == '{' && p[1] && p[2] == '}') ? slotOf(p[1]) : -1;
        if (slot < 0) {
            ++p;
            continue;
        }
        flush(p);
        m_parts.push_back({QString(), slot});
        p += 3;
        literal = p;
    }
    flush(p);
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

PhraseList::PhraseList(std::initializer_list<const char *> phrases) {
    m_phrases.reserve(phrases.size());
    for (const char *phrase : phrases)
        m_phrases.emplace_back(phrase);
}

WordList::WordList(std::initializer_list<const char *> words) {
    m_words.reserve(words.size());
    for (const char *word : words)
        m_words.push_back(QString::fromUtf8(word));
}

} // namespace dp::demo
