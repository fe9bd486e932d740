#include "snapshots/WaterfallChart.h"

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
    rise->setColor(QColor(0x1e, 0x8e, 0x5a));
    fall->setColor(QColor(0xc0, 0x1c, 0x28));
    total->setColor(QColor(0x1f, 0x4e, 0x79));
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
    axisY->setTitleText(currency);
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

QStringList WaterfallChart::categories() const {
    for (QAbstractAxis *axis : chart()->axes(Qt::Horizontal))
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    return {};
}

} // namespace dp
