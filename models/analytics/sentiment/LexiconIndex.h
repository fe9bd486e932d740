// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the scorer sees a lexicon: one hash lookup per token answers every question VADER's rules ask of it
// (lexicon valence, booster, negation, the function words the rules test for, idioms starting there).

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <limits>

namespace dp::sentiment::detail {

// The function words the rules compare tokens against; a flag per word saves string comparisons per rule.
enum Keyword : quint16 {
    KwNo = 1 << 0,
    KwOr = 1 << 1,
    KwNor = 1 << 2,
    KwKind = 1 << 3,
    KwOf = 1 << 4,
    KwLeast = 1 << 5,
    KwAt = 1 << 6,
    KwVery = 1 << 7,
    KwNever = 1 << 8,
    KwSo = 1 << 9,
    KwThis = 1 << 10,
    KwWithout = 1 << 11,
    KwDoubt = 1 << 12,
    KwBut = 1 << 13,
};

// A multi-word key, filed under its first word: the words after it, and its value.
struct Phrase {
    QStringList rest;
    double value = 0.0;
};
using Phrases = QList<Phrase>;

// Kept small and flat: the table holds them contiguously, so a lookup touches one or two cache lines.
struct Entry {
    double valence = 0.0;
    double booster = 0.0;
    quint16 keywords = 0;
    bool inLexicon = false;
    bool isBooster = false;
    bool isNegation = false;
    qint32 idioms = -1;         // index in LexiconData::phrases of SPECIAL_CASES keys starting with this word
    qint32 boosterPhrases = -1; // same for multi-word BOOSTER_DICT keys ("kind of")
};

// An open-addressing hash table from lower-case word to Entry, probed with a QStringView so that a lookup
// never allocates. Built once per lexicon, then only read.
class WordTable final {
public:
    Entry &upsert(QStringView word);
    const Entry *find(QStringView word) const;
    void clear();

private:
    struct Slot {
        quint32 hash = 0;
        qint32 item = -1;
    };
    struct Key {
        qsizetype begin = 0;
        qsizetype length = 0;
    };

    static quint32 hashOf(QStringView word);
    QStringView keyOf(qint32 item) const {
        return QStringView(m_chars.constData() + m_keys[item].begin, m_keys[item].length);
    }
    void grow();

    QList<Slot> m_slots; // a power of two in size, at most half full
    QString m_chars;     // every key, back to back
    QList<Key> m_keys;
    QList<quint32> m_hashes;
    QList<Entry> m_entries;
};

struct LexiconData {
    // The tables as given (the reference's dictionaries), kept so that overrides can rebuild the index.
    QHash<QString, double> words;
    QHash<QString, double> boosters;
    QHash<QString, double> idioms;
    QStringList negations;
    QHash<QString, QString> emojis;

    // Derived by rebuild().
    WordTable table;
    QList<Phrases> phrases;
    QHash<char32_t, QString> singleEmojis;
    char32_t firstEmoji = std::numeric_limits<char32_t>::max();

    void rebuild();
    const Entry *find(QStringView lowerWord) const { return table.find(lowerWord); }
};

} // namespace dp::sentiment::detail
