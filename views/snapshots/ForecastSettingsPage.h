// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The settings page for forecasting: from which stage probability a deal counts as commit or best case
// (when the CRM has no forecast category of its own), and when the automatic weekly snapshot is taken.

#include "forecast/ForecastSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace dp {

class ForecastSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastSettingsPage)

public:
    explicit ForecastSettingsPage(const ForecastSettings &settings, QWidget *parent = nullptr);

    // The settings as the user left them on the page.
    ForecastSettings settings() const;

private:
    void updateEnabled();

    QSpinBox *m_commitFrom;
    QSpinBox *m_bestCaseFrom;
    QCheckBox *m_weekly;
    QComboBox *m_day;
    QSpinBox *m_hour;
};

} // namespace dp
