// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshots/WaterfallChart.h"

#include "BandColors.h"
#include "ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace dp {

WaterfallChart::WaterfallChart(QWidget *parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(220);
    applyPalette();
}

void WaterfallChart::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void WaterfallChart::applyPalette() {
    const QPalette pal = palette();
    QChart *chart = this->chart();
    applyChartPalette(chart, pal);
    // The sets by their place in the series: the invisible base, then rise, fall and total.
    for (QAbstractSeries *series : chart->series()) {
        auto *stacked = qobject_cast<QStackedBarSeries *>(series);
        if (!stacked || stacked->barSets().size() != 4)
            continue;
        const QList<QBarSet *> sets = stacked->barSets();
        sets[1]->setColor(bandColor(HealthBand::Healthy, pal));
        sets[2]->setColor(bandColor(HealthBand::Dark, pal));
        sets[3]->setColor(pal.color(QPalette::Highlight));
        for (QBarSet *set : sets.mid(1))
            set->setBorderColor(set->color());
    }
}

void WaterfallChart::show(const Waterfall &waterfall, const QString &title, const QString &currency) {
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);

    // A stacked series whose first set is invisible lifts each step to where the running total stands.
    auto *base = new QBarSet(QString());
    auto *rise = new QBarSet(tr("Increase"));
    auto *fall = new QBarSet(tr("Decrease"));
    auto *total = new QBarSet(tr("Total"));
    base->setColor(Qt::transparent);
    base->setBorderColor(Qt::transparent);
    QStringList labels;
    const auto bar = [&](const QString &label, double baseValue, double up, double down, double whole) {
        labels.append(label);
        base->append(baseValue);
        rise->append(up);
        fall->append(down);
        total->append(whole);
    };
    bar(tr("Before"), 0, 0, 0, waterfall.before);
    double running = waterfall.before;
    double low = std::min(0.0, running);
    double high = std::max(0.0, running);
    for (const WaterfallStep &step : waterfall.steps) {
        const double next = running + step.amount;
        bar(changeLabel(step.cause), std::min(running, next), std::max(0.0, step.amount),
            std::max(0.0, -step.amount), 0);
        running = next;
        low = std::min(low, running);
        high = std::max(high, running);
    }
    bar(tr("After"), 0, 0, 0, waterfall.after);
    high = std::max(high, waterfall.after);

    auto *series = new QStackedBarSeries;
    series->append({base, rise, fall, total});
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(low, high > low ? high * 1.08 : low + 1);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(currency.toHtmlEscaped()); // Qt Charts renders titles as rich text
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    applyPalette();
}

QStringList WaterfallChart::categories() const {
    for (QAbstractAxis *axis : chart()->axes(Qt::Horizontal))
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    return {};
}

} // namespace dp
