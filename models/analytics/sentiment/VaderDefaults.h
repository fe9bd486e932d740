// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// VADER 3.3.1's built-in constants and word lists (vaderSentiment.py), kept apart from the rules so a
// domain layer can see exactly what it is overriding.

#include <QHash>
#include <QString>
#include <QStringList>

namespace dp::sentiment::vader {

// Empirically derived intensity steps from the VADER paper.
inline constexpr double kBoosterIncrement = 0.293; // B_INCR; B_DECR is its negation
inline constexpr double kCapsIncrement = 0.733;    // C_INCR
inline constexpr double kNegationScalar = -0.74;   // N_SCALAR
inline constexpr double kExclamationIncrement = 0.292;
inline constexpr int kMaxExclamations = 4;
inline constexpr double kQuestionIncrement = 0.18;
inline constexpr double kQuestionCap = 0.96;
inline constexpr double kNormalizationAlpha = 15.0;

// NEGATE: tokens that flip a following lexicon word (any token containing "n't" does too).
QStringList negations();

// BOOSTER_DICT: degree adverbs, ±kBoosterIncrement. The two-word entries ("kind of", "sort of", "just
// enough") only ever act through the idiom check, because a token never contains a space.
QHash<QString, double> boosters();

// SPECIAL_CASES: idioms that replace the valence of the lexicon word they contain. The one-word entry
// "badass" can never match (the reference only looks up joined pairs and triples) and is kept for
// fidelity of the table, not of the behaviour.
QHash<QString, double> idioms();

} // namespace dp::sentiment::vader
