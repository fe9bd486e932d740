// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deal's inbound/outbound interactions per week as stacked bars, the going-dark window shaded behind
// them, and the buyer's sentiment as a line on its own axis. Draws a DealActivityChart; computes nothing.

#include "analytics/DealActivityChart.h"

#include <QChartView>

namespace dp {

class ActivityChartView final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChartView)

public:
    explicit ActivityChartView(QWidget *parent = nullptr);

    void setChart(const DealActivityChart &data, const QTimeZone &zone);

    static QColor inboundColor(const QPalette &palette);
    static QColor outboundColor(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void draw();

    DealActivityChart m_data;
};

} // namespace dp
