// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/PdfCharts.h"

#include <QFontMetricsF>
#include <cmath>

namespace dp::pdf {
namespace {

const QColor kInk(0x22, 0x2b, 0x36);
const QColor kMuted(0x6b, 0x75, 0x80);
const QColor kGrid(0xdd, 0xe1, 0xe6);

QFont sized(const QPainter &painter, double points, bool bold = false) {
    QFont font = painter.font();
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures, as in PdfWriter
    return font;
}

// Draws the title and returns the area left under it.
QRectF titled(QPainter &painter, const QRectF &area, const QString &title) {
    painter.setFont(sized(painter, 10, true));
    painter.setPen(kInk);
    const double height = QFontMetricsF(painter.font()).height();
    painter.drawText(QRectF(area.left(), area.top(), area.width(), height), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    return area.adjusted(0, height + 6, 0, 0);
}

QString axisText(double value) {
    // Axis ticks of amounts read best in thousands or millions.
    if (value >= 1e6)
        return QString::number(value / 1e6, 'g', 3) + QLatin1Char('M');
    if (value >= 1e3)
        return QString::number(value / 1e3, 'g', 3) + QLatin1Char('k');
    return QString::number(value, 'g', 3);
}

} // namespace

double niceCeiling(double value) {
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

void drawPairedBars(QPainter &painter, const QRectF &area, const QString &title, const QList<PairedBar> &rows,
                    const QString &firstName, const QColor &firstColor, const QString &secondName,
                    const QColor &secondColor) {
    painter.save();
    QRectF plot = titled(painter, area, title);

    // Legend on one line under the title.
    painter.setFont(sized(painter, 7.5));
    const QFontMetricsF metrics(painter.font());
    double x = plot.left();
    const double legendY = plot.top();
    for (const auto &[name, color] : {std::pair{firstName, firstColor}, std::pair{secondName, secondColor}}) {
        painter.fillRect(QRectF(x, legendY + 2, 8, 8), color);
        painter.setPen(kInk);
        painter.drawText(QPointF(x + 11, legendY + metrics.ascent()), name);
        x += 11 + metrics.horizontalAdvance(name) + 14;
    }
    plot.setTop(plot.top() + metrics.height() + 6);

    if (rows.isEmpty()) {
        painter.setPen(kMuted);
        painter.drawText(plot, Qt::AlignCenter, QStringLiteral("–"));
        painter.restore();
        return;
    }
    double labelWidth = 0;
    double maxValue = 0;
    for (const PairedBar &row : rows) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.label));
        maxValue = std::max({maxValue, row.first, row.second});
    }
    labelWidth = std::min(labelWidth + 6, plot.width() * 0.35);
    const double axisHeight = metrics.height() + 2;
    const QRectF bars(plot.left() + labelWidth, plot.top(), plot.width() - labelWidth - 24,
                      plot.height() - axisHeight);
    const double top = niceCeiling(maxValue);

    // Grid lines at quarters of the axis, with their values under the plot.
    for (int i = 0; i <= 4; ++i) {
        const double gx = bars.left() + bars.width() * i / 4.0;
        painter.setPen(QPen(kGrid, 0.5));
        painter.drawLine(QPointF(gx, bars.top()), QPointF(gx, bars.bottom()));
        painter.setPen(kMuted);
        painter.drawText(QRectF(gx - 20, bars.bottom() + 1, 40, axisHeight), Qt::AlignHCenter | Qt::AlignTop,
                         axisText(top * i / 4.0));
    }
    const double rowHeight = bars.height() / double(rows.size());
    const double barHeight = std::min(7.0, rowHeight * 0.36);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PairedBar &row = rows[i];
        const double y = bars.top() + rowHeight * double(i);
        const double middle = y + rowHeight / 2;
        painter.setPen(kInk);
        painter.drawText(QRectF(plot.left(), y, labelWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(row.label, Qt::ElideRight, labelWidth - 6));
        const double firstWidth = bars.width() * row.first / top;
        const double secondWidth = bars.width() * row.second / top;
        painter.fillRect(QRectF(bars.left(), middle - barHeight - 0.5, firstWidth, barHeight), firstColor);
        painter.fillRect(QRectF(bars.left(), middle + 0.5, secondWidth, barHeight), secondColor);
        painter.setPen(kMuted);
        painter.drawText(QPointF(bars.left() + firstWidth + 3, middle - 1.5), QString::number(row.first));
        painter.drawText(QPointF(bars.left() + secondWidth + 3, middle + barHeight),
                         QString::number(row.second));
    }
    painter.restore();
}

void drawValueBars(QPainter &painter, const QRectF &area, const QString &title, const QList<ValueBar> &bars) {
    painter.save();
    QRectF plot = titled(painter, area, title);
    painter.setFont(sized(painter, 7.5));
    const QFontMetricsF metrics(painter.font());
    double maxValue = 0;
    for (const ValueBar &bar : bars)
        maxValue = std::max(maxValue, bar.value);
    const double top = niceCeiling(maxValue);
    const double labelHeight = metrics.height() * 2 + 2;
    const double valueHeight = metrics.height() + 2;
    const QRectF columns(plot.left() + 30, plot.top() + valueHeight, plot.width() - 30,
                         plot.height() - labelHeight - valueHeight);
    for (int i = 0; i <= 4; ++i) {
        const double gy = columns.bottom() - columns.height() * i / 4.0;
        painter.setPen(QPen(kGrid, 0.5));
        painter.drawLine(QPointF(columns.left(), gy), QPointF(columns.right(), gy));
        painter.setPen(kMuted);
        painter.drawText(QRectF(plot.left(), gy - metrics.height() / 2, 26, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, axisText(top * i / 4.0));
    }
    if (bars.isEmpty()) {
        painter.restore();
        return;
    }
    const double slot = columns.width() / double(bars.size());
    const double barWidth = std::min(46.0, slot * 0.6);
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const ValueBar &bar = bars[i];
        const double centre = columns.left() + slot * (double(i) + 0.5);
        const double height = columns.height() * std::max(0.0, bar.value) / top;
        const QRectF rect(centre - barWidth / 2, columns.bottom() - height, barWidth, height);
        painter.fillRect(rect, bar.color);
        painter.setPen(kInk);
        painter.drawText(QRectF(centre - slot / 2, rect.top() - valueHeight, slot, valueHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, bar.valueText);
        painter.drawText(QRectF(centre - slot / 2, columns.bottom() + 2, slot, labelHeight),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, bar.label);
    }
    painter.restore();
}

} // namespace dp::pdf
