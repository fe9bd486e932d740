// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The settings: going-dark days, our email domains, time zone, language, cache location and background
// sync (how often, the tray icon); on a page of
// their own, the reporting currency and exchange rates alerts are ranked with. Other features add their own
// pages (CRM connections, lexicon) with addPage().

#include "settings/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace dp {

class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    void addPage(QWidget *page, const QString &title);
    // Opens on this page (one added with addPage).
    void showPage(QWidget *page);
    // The settings as the user left them in the dialog.
    AppSettings settings() const;

private:
    QWidget *generalPage();
    QWidget *currencyPage();
    void addRateRow(const QString &currency, double rate);

    AppSettings m_initial;
    QTabWidget *m_tabs;
    QSpinBox *m_goingDarkDays;
    QCheckBox *m_rhythmRule;
    QLineEdit *m_domains;
    QComboBox *m_timeZone;
    QComboBox *m_language;
    QComboBox *m_formats;
    QLineEdit *m_cachePath;
    QComboBox *m_syncInterval;
    QCheckBox *m_trayIcon;
    QLineEdit *m_reportingCurrency;
    QTableWidget *m_rates;
};

} // namespace dp
