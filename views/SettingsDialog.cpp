// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "analytics/HealthRules.h"
#include "items/Money.h"
#include "translations/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dp {
namespace {

// Named in itself, like the languages, so a user finds theirs whichever language the window speaks.
QString formatsName(const QLocale &locale) {
    if (locale.language() == QLocale::Romanian)
        return QStringLiteral("Română");
    if (locale.name() == QLatin1String("en_US"))
        return QStringLiteral("English (United States)");
    if (locale.name() == QLatin1String("en_GB"))
        return QStringLiteral("English (United Kingdom)");
    return QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName());
}

// A date, an amount and a score as the window would write them: the choice shows what it changes.
QString formatsExample(const QLocale &locale) {
    return QStringLiteral("%1 · %2 · %3")
        .arg(locale.toString(QDate(2026, 12, 31), QLocale::ShortFormat),
             formatMoney(1234567, QStringLiteral("EUR"), locale), locale.toString(0.46, 'f', 2));
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_tabs(new QTabWidget(this))
    , m_goingDarkDays(new QSpinBox(this))
    , m_rhythmRule(
          new QCheckBox(tr("Flag a deal at risk when the buyer is silent far longer than usual"), this))
    , m_domains(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_formats(new QComboBox(this))
    , m_cachePath(new QLineEdit(this))
    , m_syncInterval(new QComboBox(this))
    , m_trayIcon(new QCheckBox(tr("Show the number of new alerts in the system tray"), this))
    , m_reportingCurrency(new QLineEdit(this))
    , m_rates(new QTableWidget(0, 2, this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(generalPage(), tr("General"));
    m_tabs->addTab(currencyPage(), tr("Currencies"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QWidget *SettingsDialog::generalPage() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_goingDarkDays->setObjectName(QStringLiteral("goingDarkDays"));
    m_goingDarkDays->setRange(kMinGoingDarkDays, kMaxGoingDarkDays);
    m_goingDarkDays->setSuffix(tr(" days"));
    m_goingDarkDays->setValue(m_initial.goingDarkDays);
    m_goingDarkDays->setAccessibleName(tr("Going dark after"));
    form->addRow(tr("A deal goes &dark after"), m_goingDarkDays);

    m_rhythmRule->setObjectName(QStringLiteral("rhythmRule"));
    m_rhythmRule->setChecked(m_initial.rhythmRule);
    m_rhythmRule->setToolTip(
        tr("Marks a deal at risk when the buyer's silence is well beyond the gaps between their own recent "
           "replies (at least a week), even before it goes dark."));
    m_rhythmRule->setAccessibleName(tr("Buyer's rhythm"));
    form->addRow(tr("Buyer's &rhythm"), m_rhythmRule);

    m_domains->setObjectName(QStringLiteral("ourEmailDomains"));
    m_domains->setText(m_initial.ourEmailDomains.join(QStringLiteral(", ")));
    m_domains->setPlaceholderText(tr("e.g. example.com, example.co.uk"));
    m_domains->setAccessibleName(tr("Our email domains"));
    form->addRow(tr("Our email &domains"), m_domains);

    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->addItem(tr("System (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                        QByteArray());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), id);
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(m_initial.timeZoneId)));
    form->addRow(tr("&Time zone"), m_timeZone);

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System"), QString());
    // Each language is named in itself, so a user who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Română"), QStringLiteral("ro"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initial.language)));
    auto *languageNote = new QLabel(tr("Applies when Dealpulse starts again."), page);
    languageNote->setEnabled(false);
    auto *languageBox = new QHBoxLayout;
    languageBox->addWidget(m_language);
    languageBox->addWidget(languageNote, 1);
    // A row holding a layout gets no buddy from addRow(text, layout): the label is made here, so its
    // mnemonic works instead of showing a literal "&".
    auto *languageLabel = new QLabel(tr("&Language"), page);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageBox);

    m_formats->setObjectName(QStringLiteral("formats"));
    m_formats->setAccessibleName(tr("Formats"));
    const QString language = m_initial.language.isEmpty() ? systemLanguage() : m_initial.language;
    m_formats->addItem(tr("System (%1)").arg(formatsName(formatsLocale(QString(), language))), QString());
    for (const QString &formats : availableFormats())
        m_formats->addItem(formatsName(QLocale(formats)), formats);
    m_formats->setCurrentIndex(std::max(0, m_formats->findData(m_initial.formats)));
    auto *formatsSample = new QLabel(page);
    formatsSample->setObjectName(QStringLiteral("formatsSample"));
    formatsSample->setEnabled(false);
    const auto showSample = [this, formatsSample, language] {
        formatsSample->setText(formatsExample(formatsLocale(m_formats->currentData().toString(), language)));
    };
    showSample();
    connect(m_formats, &QComboBox::currentIndexChanged, this, showSample);
    auto *formatsBox = new QHBoxLayout;
    formatsBox->addWidget(m_formats);
    formatsBox->addWidget(formatsSample, 1);
    auto *formatsLabel = new QLabel(tr("&Formats"), page);
    formatsLabel->setBuddy(m_formats);
    formatsLabel->setToolTip(tr("How dates, numbers and amounts are written. Applies when Dealpulse starts "
                                "again; exports keep their own formats."));
    form->addRow(formatsLabel, formatsBox);

    m_cachePath->setObjectName(QStringLiteral("cachePath"));
    m_cachePath->setAccessibleName(tr("Cache location"));
    m_cachePath->setText(m_initial.cachePath);
    m_cachePath->setPlaceholderText(tr("Default location"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Cache location"), m_cachePath->text(),
                                                          tr("Dealpulse cache (*.sqlite)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_cachePath->setText(file);
    });
    auto *cacheBox = new QHBoxLayout;
    cacheBox->addWidget(m_cachePath, 1);
    cacheBox->addWidget(browse);
    auto *cacheLabel = new QLabel(tr("&Cache file"), page);
    cacheLabel->setBuddy(m_cachePath);
    form->addRow(cacheLabel, cacheBox);

    m_syncInterval->setObjectName(QStringLiteral("syncInterval"));
    m_syncInterval->setAccessibleName(tr("Background sync"));
    m_syncInterval->addItem(tr("Off"), 0);
    for (const int minutes : {15, 30, 60, 120, 240})
        m_syncInterval->addItem(minutes < 60 ? tr("Every %n minute(s)", nullptr, minutes)
                                             : tr("Every %n hour(s)", nullptr, minutes / 60),
                                minutes);
    if (m_syncInterval->findData(m_initial.syncIntervalMinutes) < 0) // set by hand in the settings file
        m_syncInterval->addItem(tr("Every %n minute(s)", nullptr, m_initial.syncIntervalMinutes),
                                m_initial.syncIntervalMinutes);
    m_syncInterval->setCurrentIndex(m_syncInterval->findData(m_initial.syncIntervalMinutes));
    m_syncInterval->setToolTip(tr("Syncs with the saved CRM connection while Dealpulse is open; waits while "
                                  "the system says the connection is offline or metered."));
    form->addRow(tr("Background &sync"), m_syncInterval);

    m_trayIcon->setObjectName(QStringLiteral("trayIcon"));
    m_trayIcon->setChecked(m_initial.trayIcon);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayIcon->setEnabled(false);
        m_trayIcon->setToolTip(tr("This desktop has no system tray."));
    }
    form->addRow(tr("Tray &icon"), m_trayIcon);
    return page;
}

QWidget *SettingsDialog::currencyPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *explanation = new QLabel(
        tr("Alerts are ranked by amount × risk × closeness. Amounts are compared in the reporting currency: "
           "deals in another currency are converted with the rates below; without a rate, a deal counts by "
           "its size relative to the typical open deal in its own currency."),
        page);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    static const QRegularExpression code(QStringLiteral("[A-Za-z]{0,3}"));
    m_reportingCurrency->setObjectName(QStringLiteral("reportingCurrency"));
    m_reportingCurrency->setAccessibleName(tr("Reporting currency"));
    m_reportingCurrency->setValidator(new QRegularExpressionValidator(code, m_reportingCurrency));
    m_reportingCurrency->setPlaceholderText(tr("The currency most deals are in"));
    m_reportingCurrency->setText(m_initial.reportingCurrency);
    connect(m_reportingCurrency, &QLineEdit::textEdited, m_reportingCurrency,
            [this](const QString &text) { m_reportingCurrency->setText(text.toUpper()); });
    form->addRow(tr("&Reporting currency"), m_reportingCurrency);
    layout->addLayout(form);

    m_rates->setObjectName(QStringLiteral("exchangeRates"));
    m_rates->setAccessibleName(tr("Exchange rates"));
    m_rates->setHorizontalHeaderLabels({tr("Currency"), tr("Worth in the reporting currency")});
    m_rates->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rates->verticalHeader()->hide();
    for (auto it = m_initial.exchangeRates.cbegin(); it != m_initial.exchangeRates.cend(); ++it)
        addRateRow(it.key(), it.value());
    layout->addWidget(m_rates, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add rate"), page);
    add->setObjectName(QStringLiteral("addRate"));
    auto *remove = new QPushButton(tr("Re&move rate"), page);
    remove->setObjectName(QStringLiteral("removeRate"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRateRow(QString(), 1.0);
        m_rates->setCurrentCell(m_rates->rowCount() - 1, 0);
        m_rates->editItem(m_rates->item(m_rates->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rates->currentRow() >= 0)
            m_rates->removeRow(m_rates->currentRow());
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void SettingsDialog::addRateRow(const QString &currency, double rate) {
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, 0, new QTableWidgetItem(currency));
    auto *value = new QDoubleSpinBox(m_rates);
    value->setDecimals(4);
    value->setRange(0.0001, 1000000);
    value->setValue(rate);
    value->setAccessibleName(tr("Rate"));
    m_rates->setCellWidget(row, 1, value);
}

void SettingsDialog::addPage(QWidget *page, const QString &title) {
    m_tabs->addTab(page, title);
}

void SettingsDialog::showPage(QWidget *page) {
    m_tabs->setCurrentWidget(page);
}

AppSettings SettingsDialog::settings() const {
    AppSettings s;
    s.goingDarkDays = m_goingDarkDays->value();
    s.rhythmRule = m_rhythmRule->isChecked();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &domain : m_domains->text().split(separators, Qt::SkipEmptyParts))
        s.ourEmailDomains.append(domain.trimmed().toLower().remove(QLatin1Char('@')));
    s.timeZoneId = m_timeZone->currentData().toByteArray();
    s.language = m_language->currentData().toString();
    s.formats = m_formats->currentData().toString();
    s.cachePath = m_cachePath->text().trimmed();
    s.syncIntervalMinutes = m_syncInterval->currentData().toInt();
    s.trayIcon = m_trayIcon->isChecked();
    s.reportingCurrency = m_reportingCurrency->text().trimmed().toUpper();
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QTableWidgetItem *currency = m_rates->item(row, 0);
        const auto *rate = qobject_cast<const QDoubleSpinBox *>(m_rates->cellWidget(row, 1));
        const QString code = currency ? currency->text().trimmed().toUpper() : QString();
        if (code.size() == 3 && rate && rate->value() > 0)
            s.exchangeRates.insert(code, rate->value());
    }
    return s;
}

} // namespace dp
