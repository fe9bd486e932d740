// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace dp {

void applyChartPalette(QChart *chart, const QPalette &palette) {
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(35);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace dp
