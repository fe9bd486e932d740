// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshots/ForecastSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <cmath>

namespace dp {

ForecastSettingsPage::ForecastSettingsPage(const ForecastSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_commitFrom(new QSpinBox(this))
    , m_bestCaseFrom(new QSpinBox(this))
    , m_weekly(new QCheckBox(tr("Take a snapshot automatically every week"), this))
    , m_day(new QComboBox(this))
    , m_hour(new QSpinBox(this)) {
    setObjectName(QStringLiteral("forecastSettingsPage"));
    for (QSpinBox *box : {m_commitFrom, m_bestCaseFrom}) {
        box->setRange(1, 100);
        box->setSuffix(QStringLiteral(" %"));
    }
    m_commitFrom->setObjectName(QStringLiteral("commitFrom"));
    m_commitFrom->setAccessibleName(tr("Commit from stage probability"));
    m_commitFrom->setValue(int(std::lround(settings.categories.commitFrom * 100)));
    m_bestCaseFrom->setObjectName(QStringLiteral("bestCaseFrom"));
    m_bestCaseFrom->setAccessibleName(tr("Best case from stage probability"));
    // Best case never starts above commit: the one bounds the other.
    m_bestCaseFrom->setMaximum(m_commitFrom->value());
    m_bestCaseFrom->setValue(int(std::lround(settings.categories.bestCaseFrom * 100)));
    connect(m_commitFrom, &QSpinBox::valueChanged, m_bestCaseFrom, &QSpinBox::setMaximum);

    m_weekly->setObjectName(QStringLiteral("weeklySnapshot"));
    m_weekly->setChecked(settings.schedule.enabled);
    m_day->setObjectName(QStringLiteral("weeklyDay"));
    m_day->setAccessibleName(tr("Day of the weekly snapshot"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_day->addItem(QLocale().dayName(day), day);
    m_day->setCurrentIndex(m_day->findData(int(settings.schedule.day)));
    m_hour->setObjectName(QStringLiteral("weeklyHour"));
    m_hour->setAccessibleName(tr("Hour of the weekly snapshot"));
    m_hour->setRange(0, 23);
    m_hour->setSuffix(tr(":00"));
    m_hour->setValue(settings.schedule.hour);
    connect(m_weekly, &QCheckBox::toggled, this, &ForecastSettingsPage::updateEnabled);

    auto *note =
        new QLabel(tr("Used for deals whose CRM gives no forecast category of its own. Below best case a "
                      "deal is pipeline."),
                   this);
    note->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Commit from stage probability:"), m_commitFrom);
    layout->addRow(tr("Best case from stage probability:"), m_bestCaseFrom);
    layout->addRow(note);
    layout->addRow(m_weekly);
    layout->addRow(tr("Day:"), m_day);
    layout->addRow(tr("Hour (your time zone):"), m_hour);
    updateEnabled();
}

ForecastSettings ForecastSettingsPage::settings() const {
    ForecastSettings result;
    result.categories.commitFrom = m_commitFrom->value() / 100.0;
    result.categories.bestCaseFrom = m_bestCaseFrom->value() / 100.0;
    result.schedule.enabled = m_weekly->isChecked();
    result.schedule.day = Qt::DayOfWeek(m_day->currentData().toInt());
    result.schedule.hour = m_hour->value();
    return result;
}

void ForecastSettingsPage::updateEnabled() {
    m_day->setEnabled(m_weekly->isChecked());
    m_hour->setEnabled(m_weekly->isChecked());
}

} // namespace dp
