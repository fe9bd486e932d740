// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamSettingsPage.h"

#include "BandColors.h"
#include "settings/SettingsStore.h"
#include "sync/SecretStore.h"
#include "tasks/TaskRunner.h"
#include "team/TeamCheck.h"

#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp {

TeamSettingsPage::TeamSettingsPage(sync::SecretStore &secrets, const team::TeamSettings &settings,
                                   TaskRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_runner(runner)
    , m_initial(settings)
    , m_server(new QLineEdit(settings.serverUrl, this))
    , m_user(new QLineEdit(settings.user, this))
    , m_password(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("teamSettingsPage"));
    m_server->setObjectName(QStringLiteral("teamServer"));
    m_server->setPlaceholderText(QStringLiteral("postgresql://db.example.com/dealpulse"));
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_user->setPlaceholderText(tr("you@example.com"));
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the keychain; leave empty to keep the stored one"));
    m_save->setObjectName(QStringLiteral("teamSave"));
    m_test->setObjectName(QStringLiteral("teamTest"));
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(
        tr("Share ratings, coaching notes and snapshots with your team through a PostgreSQL server. Your "
           "administrator gives you its address and your login."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server address:"), m_server);
    form->addRow(tr("&User (email):"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &TeamSettingsPage::save);
    connect(m_test, &QPushButton::clicked, this, &TeamSettingsPage::testConnection);
}

team::TeamSettings TeamSettingsPage::settingsFromFields() const {
    return {m_server->text().trimmed(), m_user->text().trimmed().toLower()};
}

QByteArray TeamSettingsPage::password() const {
    if (!m_password->text().isEmpty())
        return m_password->text().toUtf8();
    QString error;
    return m_secrets.read(team::teamPasswordKey(settingsFromFields().address()), &error)
        .value_or(QByteArray());
}

bool TeamSettingsPage::save() {
    const team::TeamSettings settings = settingsFromFields();
    if (!m_password->text().isEmpty() && settings.isConfigured()) {
        QString error;
        if (!m_secrets.write(team::teamPasswordKey(settings.address()), m_password->text().toUtf8(),
                             &error)) {
            showStatus(false, tr("The password could not be kept in the keychain: %1").arg(error));
            return false;
        }
        m_password->clear();
    }
    SettingsStore().setTeam(settings);
    m_initial = settings;
    showStatus(true, settings.isConfigured() ? tr("Saved.") : tr("Saved: no team server."));
    emit saved(settings);
    return true;
}

void TeamSettingsPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (auto *dialog = qobject_cast<QDialog *>(window()))
        connect(dialog, &QDialog::accepted, this, &TeamSettingsPage::saveIfChanged, Qt::UniqueConnection);
}

void TeamSettingsPage::saveIfChanged() {
    const team::TeamSettings fields = settingsFromFields();
    if (!m_password->text().isEmpty() || fields.serverUrl != m_initial.serverUrl ||
        fields.user != m_initial.user)
        save();
}

void TeamSettingsPage::testConnection() {
    const team::TeamSettings settings = settingsFromFields();
    if (!settings.isConfigured()) {
        showStatus(false, tr("Enter the server address first."));
        emit testFinished(false, m_status->text());
        return;
    }
    m_test->setEnabled(false);
    showStatus(true, tr("Testing…"));
    // Long: it waits on the server (up to its connect timeout).
    m_runner.run<team::TeamCheckResult>(
        this,
        [address = settings.address(), password = password()] {
            return team::checkTeamServer(address, password);
        },
        [this](const team::TeamCheckResult &result) {
            m_test->setEnabled(true);
            if (!result.ok()) {
                showStatus(false, result.error);
            } else {
                const QString role = result.role == QLatin1String("admin")     ? tr("administrator")
                                     : result.role == QLatin1String("manager") ? tr("manager")
                                                                               : tr("rep");
                showStatus(true, result.team.isEmpty()
                                     ? tr("Connected: schema version %1; your role: %2.")
                                           .arg(result.schemaVersion)
                                           .arg(role)
                                     : tr("Connected: schema version %1; your role: %2 in the team %3.")
                                           .arg(result.schemaVersion)
                                           .arg(role, result.team));
            }
            emit testFinished(result.ok(), m_status->text());
        },
        TaskRunner::Long);
}

void TeamSettingsPage::showStatus(bool ok, const QString &message) {
    m_status->setText(message);
    // The healthy and dark bands' colours, as on the CRM page: they read on the light and dark palettes.
    m_status->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(bandColor(ok ? HealthBand::Healthy : HealthBand::Dark, palette()).name()));
}

} // namespace dp
