#include "BandColors.h"

namespace dp {

QColor bandColor(HealthBand band, const QPalette &palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (band) {
    case HealthBand::Healthy:
        return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1e, 0x8e, 0x5a);
    case HealthBand::Watch:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xb8, 0x86, 0x0b);
    case HealthBand::AtRisk:
        return dark ? QColor(0xff, 0x8c, 0x42) : QColor(0xd3, 0x5f, 0x00);
    case HealthBand::Dark:
        return dark ? QColor(0xff, 0x5c, 0x6c) : QColor(0xc0, 0x1c, 0x28);
    case HealthBand::Closed:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

} // namespace dp
