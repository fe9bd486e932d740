// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two charts of the PDF report, drawn with QPainter so the models need no widgets or Qt Charts:
// inbound against outbound interactions per rep, and the forecast amount per category.

#include <QColor>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace dp::pdf {

struct PairedBar {
    QString label;
    double first = 0;
    double second = 0;
};

// Horizontal bars, two per row (e.g. inbound and outbound), with a legend naming the two series.
void drawPairedBars(QPainter &painter, const QRectF &area, const QString &title, const QList<PairedBar> &rows,
                    const QString &firstName, const QColor &firstColor, const QString &secondName,
                    const QColor &secondColor);

struct ValueBar {
    QString label;
    double value = 0;
    QString valueText; // printed at the bar's end
    QColor color;
};

// Vertical bars with their values printed above them.
void drawValueBars(QPainter &painter, const QRectF &area, const QString &title, const QList<ValueBar> &bars);

// A round number at or above `value` for an axis end (1, 2, 2.5, 5 × 10^n).
double niceCeiling(double value);

} // namespace dp::pdf
