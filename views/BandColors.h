// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Health.h"

#include <QColor>
#include <QPalette>

namespace dp {

// A band's colour, chosen to read on both light and dark palettes. Always shown next to the band's text.
QColor bandColor(HealthBand band, const QPalette &palette);

// The contrast ratio of two colours as WCAG 2 defines it: 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// Black or white, whichever reads better on `background`: for text drawn on a band's colour, whose
// lightness differs between the light and the dark palette.
QColor textColorOn(const QColor &background);

} // namespace dp
