// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt Charts draw in their own light theme unless told otherwise: this hands a chart the widget palette's
// colours (background, title, legend, axes, grid), so charts read in dark mode like the rest of the window.

#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace dp {

void applyChartPalette(QChart *chart, const QPalette &palette);

} // namespace dp
