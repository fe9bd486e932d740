// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lexicon version a team compares: the SHA-256 of the learned weights, written in a fixed order and
// with every double exactly (17 significant digits), so two desktops that learned from the same ratings in
// the same order print the same digest.

#include <QString>

namespace dp::sentiment {

class Learner;

// 64 lowercase hex digits.
QString lexiconDigest(const Learner &learner);

} // namespace dp::sentiment
