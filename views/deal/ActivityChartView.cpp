// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityChartView.h"

#include "BandColors.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>

namespace dp {
namespace {

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette) {
    axis->setLabelsBrush(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(35);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(grid);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(font);
}

} // namespace

ActivityChartView::ActivityChartView(QWidget *parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setObjectName(QStringLiteral("activityChart"));
    setAccessibleName(tr("Inbound and outbound interactions per week"));
    setMinimumHeight(200);
}

QColor ActivityChartView::inboundColor(const QPalette &palette) {
    return isDark(palette) ? QColor(0x4f, 0xa3, 0xe0) : QColor(0x1f, 0x6f, 0xb2);
}

QColor ActivityChartView::outboundColor(const QPalette &palette) {
    return isDark(palette) ? QColor(0x8a, 0x96, 0xa8) : QColor(0xa9, 0xb6, 0xc6);
}

void ActivityChartView::setChart(const DealActivityChart &data, const QTimeZone &) {
    m_data = data;
    draw();
}

void ActivityChartView::changeEvent(QEvent *event) {
    // The colours follow the palette (a switch to dark mode).
    if (event->type() == QEvent::PaletteChange)
        draw();
    QChartView::changeEvent(event);
}

void ActivityChartView::draw() {
    const DealActivityChart &data = m_data;
    const QPalette pal = palette();
    auto *chart = new QChart;
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 0));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(pal.color(QPalette::Text));

    const int weeks = int(data.weeks.size());
    // Four steps of 1, 2, 5, 10, 20, … so every tick is a whole, round number.
    int step = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
        step = candidate;
        if (candidate * 4 >= data.maxWeekTotal + 1)
            break;
    }
    const double yMax = step * 4.0;

    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(-0.5, weeks - 0.5);
    axisX->setStartValue(-0.5);
    // A date every four weeks, ending on the current week, so the labels never crowd.
    for (int i = weeks > 0 ? (weeks - 1) % 4 : 0; i < weeks; i += 4)
        axisX->append(QLocale().toString(data.weeks[i].monday, QStringLiteral("d MMM")), i);
    axisX->setGridLineVisible(false);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, yMax);
    axisY->setTickCount(5);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(tr("Interactions"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(axisX), static_cast<QAbstractAxis *>(axisY)})
        styleAxis(axis, pal);

    // The going-dark window first, so the bars are drawn over it.
    if (data.darkWindowTo > data.darkWindowFrom) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(data.darkWindowFrom, yMax);
        upper->append(data.darkWindowTo, yMax);
        lower->append(data.darkWindowFrom, 0);
        lower->append(data.darkWindowTo, 0);
        auto *window = new QAreaSeries(upper, lower);
        window->setName(tr("Going dark after %n day(s)", nullptr, data.goingDarkDays));
        QColor shade = bandColor(HealthBand::Dark, pal);
        QColor border = shade;
        shade.setAlpha(isDark(pal) ? 60 : 36);
        border.setAlpha(150);
        window->setBrush(shade);
        window->setPen(QPen(border, 1, Qt::DashLine));
        chart->addSeries(window);
        window->attachAxis(axisX);
        window->attachAxis(axisY);
        // The legend's swatch would be as faint as the shading; it gets the band's colour so it reads.
        QColor swatch = border;
        swatch.setAlpha(110);
        for (QLegendMarker *marker : chart->legend()->markers(window))
            marker->setBrush(swatch);
    }

    auto *inbound = new QBarSet(tr("Inbound"));
    auto *outbound = new QBarSet(tr("Outbound"));
    inbound->setColor(inboundColor(pal));
    inbound->setBorderColor(inboundColor(pal));
    outbound->setColor(outboundColor(pal));
    outbound->setBorderColor(outboundColor(pal));
    for (const WeekBucket &week : data.weeks) {
        inbound->append(week.inbound);
        outbound->append(week.outbound);
    }
    auto *bars = new QStackedBarSeries;
    bars->append(inbound);
    bars->append(outbound);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);

    bool anySentiment = false;
    for (const auto &value : data.sentiment)
        anySentiment |= value.has_value();
    if (anySentiment) {
        auto *axisS = new QValueAxis;
        axisS->setRange(-1.0, 1.0);
        axisS->setTickCount(5);
        axisS->setLabelFormat(QStringLiteral("%.1f"));
        axisS->setTitleText(tr("Sentiment"));
        axisS->setGridLineVisible(false);
        styleAxis(axisS, pal);
        chart->addAxis(axisS, Qt::AlignRight);
        auto *line = new QLineSeries;
        line->setName(tr("Buyer sentiment"));
        const QColor colour = isDark(pal) ? QColor(0xc7, 0x8b, 0xf0) : QColor(0x7b, 0x3f, 0xb0);
        line->setPen(QPen(colour, 2.2));
        line->setPointsVisible(true);
        for (int i = 0; i < data.sentiment.size(); ++i) {
            if (data.sentiment[i])
                line->append(i, *data.sentiment[i]);
        }
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisS);
    }

    QChart *previous = this->chart();
    QChartView::setChart(chart);
    // QChartView does not delete a chart it no longer shows.
    if (previous)
        previous->deleteLater();
}

} // namespace dp
