// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A waterfall chart (Qt Charts) of how one roll-up moved between two snapshots: the total before, one bar
// per kind of change rising or falling from where the previous one ended, and the total after.

#include "forecast/SnapshotDiff.h"

#include <QChartView>

namespace dp {

class WaterfallChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaterfallChart)

public:
    explicit WaterfallChart(QWidget *parent = nullptr);
    void show(const Waterfall &waterfall, const QString &title, const QString &currency);
    // The bar labels in order ("Before", causes…, "After"), for tests.
    QStringList categories() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Background, title, axes and bars in the palette's colours (light or dark).
    void applyPalette();
};

} // namespace dp
