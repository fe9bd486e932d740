// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Lexicon page's words for a version and a weight, shared by its tables (and kept in the page's
// translation context).

#include "domain/Clock.h"
#include "store/LexiconStore.h"

#include <QString>

namespace dp {

// "Dana rated “Pricing” positive", "“budget” reset", …
QString describeLexiconVersion(const LexiconVersion &version);
// Signed, so a direction is never conveyed by colour alone: "+0.120", "−0.050", "0.000".
QString signedWeight(double value);
QString lexiconTime(Millis at);

} // namespace dp
