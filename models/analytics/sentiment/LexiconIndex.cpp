// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/LexiconIndex.h"

#include "analytics/sentiment/PythonText.h"

#include <algorithm>

namespace dp::sentiment::detail {

namespace {

// Splits a multi-word key on single spaces, as the reference joins tokens; empty when the key could never
// equal a joined pair or triple (other white space, doubled spaces), or has a single word.
QStringList phraseWords(const QString &key) {
    const QStringList words = key.split(u' ');
    if (words.size() < 2)
        return {};
    for (const QString &word : words) {
        if (word.isEmpty() ||
            std::any_of(word.begin(), word.end(), [](QChar c) { return py::isSpace(c.unicode()); }))
            return {};
    }
    return words;
}

bool hasSpace(const QString &key) {
    return std::any_of(key.begin(), key.end(), [](QChar c) { return py::isSpace(c.unicode()); });
}

} // namespace

quint32 WordTable::hashOf(QStringView word) {
    // FNV-1a over UTF-16 units, then a murmur3 finaliser so the low bits used as the slot index are mixed.
    quint32 h = 2166136261u;
    for (const QChar c : word) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

const Entry *WordTable::find(QStringView word) const {
    if (m_slots.isEmpty())
        return nullptr;
    const quint32 hash = hashOf(word);
    const qsizetype mask = m_slots.size() - 1;
    for (qsizetype i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.item < 0)
            return nullptr;
        if (slot.hash == hash && keyOf(slot.item) == word)
            return &m_entries[slot.item];
    }
}

Entry &WordTable::upsert(QStringView word) {
    if (const Entry *existing = find(word))
        return m_entries[existing - m_entries.constData()];
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        grow();

    const quint32 hash = hashOf(word);
    const auto item = qint32(m_entries.size());
    m_keys.append({m_chars.size(), word.size()});
    m_chars.append(word);
    m_hashes.append(hash);
    m_entries.append(Entry{});

    const qsizetype mask = m_slots.size() - 1;
    qsizetype i = hash & mask;
    while (m_slots[i].item >= 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, item};
    return m_entries.last();
}

void WordTable::grow() {
    QList<Slot> grown(std::max<qsizetype>(64, m_slots.size() * 2));
    const qsizetype mask = grown.size() - 1;
    for (qint32 item = 0; item < m_entries.size(); ++item) {
        qsizetype i = m_hashes[item] & mask;
        while (grown[i].item >= 0)
            i = (i + 1) & mask;
        grown[i] = {m_hashes[item], item};
    }
    m_slots = std::move(grown);
}

void WordTable::clear() {
    m_slots.clear();
    m_chars.clear();
    m_keys.clear();
    m_hashes.clear();
    m_entries.clear();
}

void LexiconData::rebuild() {
    table.clear();
    phrases.clear();

    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        Entry &entry = table.upsert(it.key());
        entry.inLexicon = true;
        entry.valence = it.value();
    }
    // Files a multi-word key under its first word, in the list the entry's `list` member points to.
    auto filePhrase = [this](QStringList words, double value, qint32 Entry::*list) {
        const QString first = words.takeFirst();
        Entry &entry = table.upsert(first);
        if (entry.*list < 0) {
            entry.*list = qint32(phrases.size());
            phrases.append(Phrases{});
        }
        phrases[entry.*list].append({words, value});
    };
    for (auto it = boosters.cbegin(); it != boosters.cend(); ++it) {
        if (!hasSpace(it.key())) {
            Entry &entry = table.upsert(it.key());
            entry.isBooster = true;
            entry.booster = it.value();
        } else if (const QStringList parts = phraseWords(it.key()); !parts.isEmpty()) {
            filePhrase(parts, it.value(), &Entry::boosterPhrases);
        }
    }
    for (auto it = idioms.cbegin(); it != idioms.cend(); ++it) {
        if (const QStringList parts = phraseWords(it.key()); !parts.isEmpty())
            filePhrase(parts, it.value(), &Entry::idioms);
    }
    for (const QString &word : std::as_const(negations))
        table.upsert(word).isNegation = true;

    const std::pair<const char16_t *, Keyword> keywords[] = {
        {u"no", KwNo},       {u"or", KwOr},           {u"nor", KwNor},     {u"kind", KwKind},   {u"of", KwOf},
        {u"least", KwLeast}, {u"at", KwAt},           {u"very", KwVery},   {u"never", KwNever}, {u"so", KwSo},
        {u"this", KwThis},   {u"without", KwWithout}, {u"doubt", KwDoubt}, {u"but", KwBut},
    };
    for (const auto &[word, flag] : keywords)
        table.upsert(QStringView(word)).keywords |= flag;

    // The reference walks the text one code point at a time and looks each up, so an emoji key made of
    // several code points (with a variation selector, a skin tone, a ZWJ sequence) is never replaced.
    singleEmojis.clear();
    firstEmoji = std::numeric_limits<char32_t>::max();
    for (auto it = emojis.cbegin(); it != emojis.cend(); ++it) {
        const QString &key = it.key();
        char32_t codePoint = 0;
        if (key.size() == 1 && !key.front().isSurrogate())
            codePoint = key.front().unicode();
        else if (key.size() == 2 && key[0].isHighSurrogate() && key[1].isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(key[0], key[1]);
        else
            continue;
        singleEmojis.insert(codePoint, it.value());
        firstEmoji = std::min(firstEmoji, codePoint);
    }
}

} // namespace dp::sentiment::detail
