#pragma once

#include "domain/Health.h"

#include <QColor>
#include <QPalette>

namespace dp {

// A band's colour, chosen to read on both light and dark palettes. Always shown next to the band's text.
QColor bandColor(HealthBand band, const QPalette &palette);

} // namespace dp
