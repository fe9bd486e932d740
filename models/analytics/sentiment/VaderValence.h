// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// VADER's last step, from per-word valences to the four scores (score_valence and its helpers), exposed so
// that a domain layer adding valences of its own ends with the same normalisation and proportions.

#include "analytics/sentiment/VaderDefaults.h"
#include "analytics/sentiment/VaderScores.h"

#include <QStringView>

#include <span>

namespace dp::sentiment {

// s / sqrt(s² + alpha), clamped to [-1, 1].
double normalize(double score, double alpha = vader::kNormalizationAlpha);

// Emphasis from "!" (0.292 each, at most 4) and "?" (0.18 each when 2 or 3, 0.96 from 4), counted over the
// whole text; it is added in the direction of the sum.
double punctuationEmphasis(QStringView text);

// The scores for one valence per token (zero for neutral tokens). No token gives all zeros.
VaderScores scoreValences(std::span<const double> sentiments, double punctuationEmphasis);

} // namespace dp::sentiment
