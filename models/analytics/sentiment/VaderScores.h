// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What scoring a text yields: VADER's four figures, and optionally the words that drove them.

#include <QString>

namespace dp::sentiment {

// VADER's polarity_scores(), unrounded (the reference rounds to 3 and 4 decimals for display; rounded()
// does the same). compound is in [-1, 1]: positive at >= 0.05, negative at <= -0.05 by VADER's convention.
// neg + neu + pos == 1 for any text with at least one word, and all four are 0 for a text without words.
struct VaderScores {
    double neg = 0.0;
    double neu = 0.0;
    double pos = 0.0;
    double compound = 0.0;

    // The reference's round(x, 3) / round(compound, 4): Python rounds the exact binary value half to even.
    VaderScores rounded() const;
};

// A word that moved the score, for the UI to highlight.
struct Term {
    QString token;        // the word as scored: punctuation stripped; for an emoji, a word of its description
    double valence = 0.0; // what it added to the sum, after every rule (boosters, negation, "but", ...)
    qsizetype position = 0; // UTF-16 offset of the word (or of the emoji it came from) in the scored text
    qsizetype length = 0;   // UTF-16 length of that span
};

} // namespace dp::sentiment
