// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Phrase templates with named slots ("Hi {b}, thanks for the time on {d}."), parsed once so that writing
// two million interactions only appends ready-made strings.

#include "demo/DemoRandom.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace dp::demo {

// What a phrase may mention. The letter in braces selects the slot (see slotOf in DemoPhrase.cpp).
enum class Slot : quint8 {
    BuyerFirst,    // {b} the buyer contact writing or addressed
    BuyerFull,     // {B}
    BuyerTitle,    // {T}
    RepFirst,      // {r}
    RepFull,       // {R}
    RepTitle,      // {j}
    RepPhone,      // {h}
    Company,       // {c} the buyer's company
    Product,       // {p}
    Seats,         // {s}
    Weekday,       // {d}
    TimeOfDay,     // {t}
    Amount,        // {a}
    Quarter,       // {q} this quarter, "Q3"
    NextQuarter,   // {Q}
    OtherFirst,    // {o} a colleague of the buyer
    OtherTitle,    // {O}
    Competitor,    // {v}
    Integration,   // {e}
    Discount,      // {n}
    Date,          // {y} a date a little ahead, "May 14"
    ManagerFirst,  // {m}
    EngineerFirst, // {x} our solutions engineer
    Vendor,        // {w} our company
    Pain,          // {k}
    Goal,          // {g}
    Count
};

// The current value of every slot; the story updates the per-message ones before each expansion.
class Fill final {
public:
    void set(Slot slot, const QString &value) { m_values[std::size_t(slot)] = value; }
    const QString &get(Slot slot) const { return m_values[std::size_t(slot)]; }

private:
    std::array<QString, std::size_t(Slot::Count)> m_values;
};

class Phrase final {
public:
    // The text must name known slots only (see slotProblem): an unknown one would be copied as it is.
    explicit Phrase(QStringView text);
    void appendTo(QString &out, const Fill &fill) const;
    QString expand(const Fill &fill) const;

private:
    struct Part {
        QString text;
        int slot = -1; // -1: literal text
    };
    std::vector<Part> m_parts;
};

class PhraseList final {
public:
    PhraseList() = default;
    explicit PhraseList(const QStringList &phrases);

    bool isEmpty() const { return m_phrases.empty(); }
    int size() const { return int(m_phrases.size()); }
    const Phrase &at(int i) const { return m_phrases[std::size_t(i)]; }
    const Phrase &pick(Rng &rng) const { return m_phrases[std::size_t(rng.below(size()))]; }

private:
    std::vector<Phrase> m_phrases;
};

// Why a phrase's text is not a valid template (a brace that opens no known slot, or closes none), or an
// empty string when it is.
QString slotProblem(QStringView text);

// Plain words (names, titles) that need no slots.
class WordList final {
public:
    WordList() = default;
    explicit WordList(const QStringList &words);

    int size() const { return int(m_words.size()); }
    const QString &at(int i) const { return m_words[std::size_t(i)]; }
    const QString &pick(Rng &rng) const { return m_words[std::size_t(rng.below(size()))]; }

private:
    std::vector<QString> m_words;
};

} // namespace dp::demo
