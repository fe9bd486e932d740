#include "SettingsDialog.h"

#include "analytics/HealthRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dp {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_tabs(new QTabWidget(this))
    , m_goingDarkDays(new QSpinBox(this))
    , m_domains(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_cachePath(new QLineEdit(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(generalPage(), tr("General"));
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
    form->addRow(tr("&Language"), languageBox);

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
    form->addRow(tr("&Cache file"), cacheBox);
    return page;
}

void SettingsDialog::addPage(QWidget *page, const QString &title) {
    m_tabs->addTab(page, title);
}

AppSettings SettingsDialog::settings() const {
    AppSettings s;
    s.goingDarkDays = m_goingDarkDays->value();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &domain : m_domains->text().split(separators, Qt::SkipEmptyParts))
        s.ourEmailDomains.append(domain.trimmed().toLower().remove(QLatin1Char('@')));
    s.timeZoneId = m_timeZone->currentData().toByteArray();
    s.language = m_language->currentData().toString();
    s.cachePath = m_cachePath->text().trimmed();
    return s;
}

} // namespace dp
