// SPDX-License-Identifier: GPL-3.0-or-later
#include "BandColors.h"

#include <algorithm>
#include <cmath>

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

namespace dp {
namespace {

double relativeLuminance(const QColor &colour) {
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textColorOn(const QColor &background) {
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

} // namespace dp
