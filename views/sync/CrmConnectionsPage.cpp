// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CrmConnectionsPage.h"

#include "BandColors.h"
#include "sync/CrmChoices.h"
#include "sync/HubSpotConnector.h"
#include "sync/SalesforceConnector.h"
#include "sync/SyncError.h"
#include "tasks/TaskRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dp {
namespace {

using Source = sync::CrmConnection::Source;

// Saved as numbers: HubSpot's two keep the values they had before Salesforce arrived.
enum Kind { HubSpotToken, HubSpotOAuth, SalesforceOAuth, SalesforceToken };

Source sourceOf(int kind) {
    return kind == SalesforceOAuth || kind == SalesforceToken ? Source::Salesforce : Source::HubSpot;
}

bool usesOAuth(int kind) {
    return kind == HubSpotOAuth || kind == SalesforceOAuth;
}

QString prefix(Source source) {
    return source == Source::Salesforce ? QStringLiteral("salesforce/") : QStringLiteral("hubspot/");
}

QString settingKey(Source source, const char *name) {
    return QStringLiteral("crm/") + prefix(source) + QLatin1String(name);
}

QString accessTokenKey(Source source) {
    return prefix(source) + QStringLiteral("access_token");
}

QString clientSecretKey(Source source) {
    return prefix(source) + QStringLiteral("client_secret");
}

// The connection saved last; caches from before Salesforce have only HubSpot's keys.
Source savedSource(QSettings &settings) {
    return settings.value(QStringLiteral("crm/source")).toString() == u"salesforce" ? Source::Salesforce
                                                                                    : Source::HubSpot;
}

} // namespace

CrmConnectionsPage::CrmConnectionsPage(sync::SecretStore &secrets, QSettings &settings, TaskRunner &runner,
                                       QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_loginUrl(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_refreshToken(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Sign in with the browser…"), this))
    , m_pasteRefreshToken(new QCheckBox(tr("Paste a refresh token instead (advanced)"), this))
    , m_openBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_syncOnStart(new QCheckBox(tr("Sync when Dealpulse starts"), this))
    , m_form(new QFormLayout)
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_status(new QLabel(this))
    , m_runner(runner) {
    setObjectName(QStringLiteral("crmConnectionsPage"));
    m_kind->setObjectName(QStringLiteral("crmKind"));
    m_kind->addItem(tr("HubSpot — private app token"));
    m_kind->addItem(tr("HubSpot — OAuth app"));
    m_kind->addItem(tr("Salesforce — OAuth connected app"));
    m_kind->addItem(tr("Salesforce — access token"));
    m_baseUrl->setObjectName(QStringLiteral("crmBaseUrl"));
    m_loginUrl->setObjectName(QStringLiteral("crmLoginUrl"));
    m_loginUrl->setPlaceholderText(sync::kSalesforceDefaultLoginUrl);
    m_loginUrl->setToolTip(tr("Use https://test.salesforce.com for a sandbox."));
    for (QLineEdit *secret : {m_token, m_clientSecret, m_refreshToken})
        secret->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(QStringLiteral("crmToken"));
    m_clientId->setObjectName(QStringLiteral("crmClientId"));
    m_clientSecret->setObjectName(QStringLiteral("crmClientSecret"));
    m_refreshToken->setObjectName(QStringLiteral("crmRefreshToken"));
    m_signIn->setObjectName(QStringLiteral("crmSignIn"));
    m_signIn->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_pasteRefreshToken->setObjectName(QStringLiteral("crmPasteRefreshToken"));
    m_test->setObjectName(QStringLiteral("crmTest"));
    m_save->setObjectName(QStringLiteral("crmSave"));
    m_status->setObjectName(QStringLiteral("crmStatus"));
    m_status->setTextFormat(Qt::PlainText); // a failed test quotes the server's reply
    m_status->setWordWrap(true);

    m_form->addRow(tr("CRM"), m_kind);
    m_form->addRow(tr("API address"), m_baseUrl);
    m_form->addRow(tr("Sign-in address"), m_loginUrl);
    m_form->addRow(tr("Access token"), m_token);
    m_form->addRow(tr("Client ID"), m_clientId);
    m_form->addRow(tr("Client secret"), m_clientSecret);
    m_form->addRow(QString(), m_signIn);
    m_form->addRow(QString(), m_pasteRefreshToken);
    m_form->addRow(tr("Refresh token"), m_refreshToken);

    auto *objectsBox = new QGroupBox(tr("What to sync (users, stages and pipelines always)"), this);
    auto *objectsLayout = new QHBoxLayout(objectsBox);
    const QStringList labels{tr("Contacts"), tr("Deals"),    tr("Emails"),
                             tr("Calls"),    tr("Meetings"), tr("Notes")};
    for (qsizetype i = 0; i < sync::crmChoices().size(); ++i) {
        auto *box = new QCheckBox(labels[i], objectsBox);
        box->setObjectName(QStringLiteral("crmObject_") + sync::crmChoices()[i]);
        objectsLayout->addWidget(box);
        m_objects.append(box);
    }
    objectsLayout->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(objectsBox);
    layout->addWidget(m_syncOnStart);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    const Source source = savedSource(m_settings);
    const int savedKind = m_settings.value(settingKey(source, "kind"), int(HubSpotToken)).toInt();
    m_kind->setCurrentIndex(sourceOf(savedKind) == source && savedKind >= 0 && savedKind <= SalesforceToken
                                ? savedKind
                                : (source == Source::Salesforce ? SalesforceOAuth : HubSpotToken));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CrmConnectionsPage::updateFields);
    connect(m_test, &QPushButton::clicked, this, &CrmConnectionsPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &CrmConnectionsPage::save);
    connect(m_signIn, &QPushButton::clicked, this, &CrmConnectionsPage::signIn);
    connect(m_pasteRefreshToken, &QCheckBox::toggled, this, &CrmConnectionsPage::updateFields);
    updateFields();
}

CrmConnectionsPage::~CrmConnectionsPage() {
    if (m_cancelTest)
        *m_cancelTest = true;
    waitForTest();
}

void CrmConnectionsPage::waitForTest() {
    // The test's worker may be handing over a rotated token: store it while waiting, or neither side moves.
    // Once it finished handing over, it no longer touches the page.
    if (m_handoff)
        m_handoff->serveUntilFinished();
}

void CrmConnectionsPage::loadFields() {
    // What this CRM's connection was saved with; secrets only show that they are there.
    const Source source = sourceOf(m_kind->currentIndex());
    m_baseUrl->setText(
        m_settings.value(settingKey(source, source == Source::Salesforce ? "instance_url" : "base_url"))
            .toString());
    m_loginUrl->setText(m_settings.value(settingKey(source, "login_url")).toString());
    m_clientId->setText(m_settings.value(settingKey(source, "client_id")).toString());
    const QStringList chosen =
        m_settings.value(settingKey(source, "objects"), sync::crmChoices()).toStringList();
    for (qsizetype i = 0; i < m_objects.size(); ++i)
        m_objects[i]->setChecked(chosen.contains(sync::crmChoices()[i]));
    m_syncOnStart->setChecked(m_settings.value(settingKey(source, "sync_on_start"), false).toBool());
    QString ignored;
    for (const auto &[field, key] :
         {std::pair{m_token, accessTokenKey(source)}, std::pair{m_clientSecret, clientSecretKey(source)},
          std::pair{m_refreshToken, refreshTokenKey(source)}}) {
        field->clear();
        field->setPlaceholderText(
            m_secrets.read(key, &ignored) ? tr("Saved in the keychain; leave empty to keep it") : QString());
    }
}

void CrmConnectionsPage::updateFields() {
    const int kind = m_kind->currentIndex();
    const bool salesforce = sourceOf(kind) == Source::Salesforce;
    if (m_shownKind < 0 || sourceOf(m_shownKind) != sourceOf(kind))
        loadFields();
    m_shownKind = kind;
    const bool oauth = usesOAuth(kind);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_baseUrl)))
        label->setText(salesforce ? tr("Instance address") : tr("API address"));
    m_baseUrl->setPlaceholderText(salesforce
                                      ? (oauth ? tr("From the sign-in (e.g. https://acme.my.salesforce.com)")
                                               : tr("e.g. https://acme.my.salesforce.com"))
                                      : sync::kHubSpotDefaultBaseUrl);
    m_form->setRowVisible(m_loginUrl, salesforce && oauth);
    m_form->setRowVisible(m_token, !oauth);
    for (QWidget *field : {static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_clientSecret),
                           static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_pasteRefreshToken)})
        m_form->setRowVisible(field, oauth);
    m_form->setRowVisible(m_refreshToken, oauth && m_pasteRefreshToken->isChecked());
    // Salesforce notes are not synced; the choice would promise what does not happen.
    m_objects.last()->setVisible(!salesforce);
}

sync::CrmConnection CrmConnectionsPage::connectionFromFields() {
    const int kind = m_kind->currentIndex();
    const Source source = sourceOf(kind);
    // Empty secret fields mean "keep the saved one".
    auto secret = [&](QLineEdit *field, const QString &key) {
        if (!field->text().isEmpty())
            return field->text().toUtf8();
        QString ignored;
        return m_secrets.read(key, &ignored).value_or(QByteArray());
    };
    sync::CrmConnection connection;
    connection.source = source;
    connection.baseUrl = m_baseUrl->text().trimmed();
    if (usesOAuth(kind)) {
        connection.clientId = m_clientId->text().trimmed().toUtf8();
        connection.clientSecret = secret(m_clientSecret, clientSecretKey(source));
        connection.refreshToken = secret(m_refreshToken, refreshTokenKey(source));
        if (source == Source::Salesforce)
            connection.loginUrl = m_loginUrl->text().trimmed();
    } else {
        connection.accessToken = secret(m_token, accessTokenKey(source));
    }
    return connection;
}

void CrmConnectionsPage::showStatus(bool ok, const QString &message) {
    m_status->setText(message);
    // The healthy and dark bands' colours: chosen to read on the light and the dark palette alike.
    m_status->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(bandColor(ok ? HealthBand::Healthy : HealthBand::Dark, palette()).name()));
}

void CrmConnectionsPage::testConnection() {
    waitForTest();
    const sync::CrmConnection connection = connectionFromFields();
    if (!connection.hasCredentials()) {
        showStatus(false, tr("Enter the credentials first."));
        emit testFinished(false, m_status->text());
        return;
    }
    if (connection.source == Source::Salesforce && !connection.usesOAuth() && connection.baseUrl.isEmpty()) {
        showStatus(false, tr("Enter the Salesforce instance address first."));
        emit testFinished(false, m_status->text());
        return;
    }
    m_test->setEnabled(false);
    showStatus(true, tr("Testing…"));
    m_cancelTest = std::make_shared<std::atomic_bool>(false);
    // The token came from the keychain (the field is empty): a rotated one goes back there at once, through
    // this thread (the keychain's), so closing the page mid-test cannot lose it (the destructor serves it).
    const bool tokenFromKeychain = m_refreshToken->text().isEmpty();
    m_handoff = std::make_shared<sync::RefreshTokenHandoff>(
        [&secrets = m_secrets, key = refreshTokenKey(connection.source)](
            const QByteArray &token, QString *error) { return secrets.write(key, token, error); });
    struct Tested {
        bool ok = false;
        QString message;
        QByteArray rotated;
    };
    Task *task = m_runner.run<Tested>(
        this, QString(),
        [connection, tokenFromKeychain, handoff = m_handoff.get(), cancel = m_cancelTest](TaskControl &) {
            Tested tested;
            try {
                sync::CrmSession session(connection, cancel.get(), {}, {2, std::chrono::milliseconds(300)});
                if (tokenFromKeychain)
                    session.keepRotatedTokensWith(*handoff);
                try {
                    session.testConnection();
                } catch (...) {
                    if (session.currentRefreshToken() != connection.refreshToken)
                        tested.rotated = session.currentRefreshToken();
                    throw;
                }
                if (session.currentRefreshToken() != connection.refreshToken)
                    tested.rotated = session.currentRefreshToken();
                tested.ok = true;
                tested.message = connection.source == Source::Salesforce ? tr("Connected to Salesforce.")
                                                                         : tr("Connected to HubSpot.");
            } catch (const sync::SyncError &error) {
                tested.message = error.message();
            } catch (const std::exception &error) {
                tested.message = tr("The test stopped on an unexpected error (%1).")
                                     .arg(QString::fromLocal8Bit(error.what()));
            } catch (...) {
                tested.message = tr("The test stopped on an unexpected error.");
            }
            handoff->finish();
            return tested;
        },
        [this, tokenFromKeychain](Tested tested) {
            // With rotation on, signing in spent the old refresh token: a typed one is replaced in its field
            // (to be saved with the rest); one from the keychain was stored there already.
            if (!tested.rotated.isEmpty() && !tokenFromKeychain)
                m_refreshToken->setText(QString::fromUtf8(tested.rotated));
            m_test->setEnabled(true);
            showStatus(tested.ok, tested.message);
            emit testFinished(tested.ok, tested.message);
        });
    // The handoff goes when the task does, on this thread and after its worker.
    connect(task, &Task::finished, task, [handoff = m_handoff] { Q_UNUSED(handoff); });
}

bool CrmConnectionsPage::save() {
    const int kind = m_kind->currentIndex();
    const Source source = sourceOf(kind);
    QString error;
    bool stored = true;
    for (const auto &[field, key] :
         {std::pair{m_token, accessTokenKey(source)}, std::pair{m_clientSecret, clientSecretKey(source)},
          std::pair{m_refreshToken, refreshTokenKey(source)}}) {
        if (field->text().isEmpty())
            continue;
        stored = stored && m_secrets.write(key, field->text().toUtf8(), &error);
        field->clear();
        field->setPlaceholderText(tr("Saved in the keychain; leave empty to keep it"));
    }
    if (!stored) {
        showStatus(false, tr("The keychain refused to store the secret: %1").arg(error));
        return false;
    }
    m_settings.setValue(QStringLiteral("crm/source"), sync::sourceKey(source));
    m_settings.setValue(settingKey(source, "kind"), kind);
    m_settings.setValue(settingKey(source, source == Source::Salesforce ? "instance_url" : "base_url"),
                        m_baseUrl->text().trimmed());
    if (source == Source::Salesforce)
        m_settings.setValue(settingKey(source, "login_url"), m_loginUrl->text().trimmed());
    m_settings.setValue(settingKey(source, "client_id"), m_clientId->text().trimmed());
    QStringList objects;
    for (qsizetype i = 0; i < m_objects.size(); ++i)
        if (m_objects[i]->isChecked())
            objects.append(sync::crmChoices()[i]);
    m_settings.setValue(settingKey(source, "objects"), objects);
    m_settings.setValue(settingKey(source, "sync_on_start"), m_syncOnStart->isChecked());
    m_settings.sync();
    showStatus(true, tr("Saved."));
    emit saved();
    return true;
}

std::optional<SavedCrmConnection> CrmConnectionsPage::load(sync::SecretStore &secrets, QSettings &settings,
                                                           QString *error) {
    const Source source = savedSource(settings);
    if (!settings.contains(settingKey(source, "kind")))
        return std::nullopt;
    const int kind = settings.value(settingKey(source, "kind")).toInt();
    SavedCrmConnection saved;
    sync::CrmConnection &connection = saved.connection;
    connection.source = source;
    connection.baseUrl =
        settings.value(settingKey(source, source == Source::Salesforce ? "instance_url" : "base_url"))
            .toString();
    if (usesOAuth(kind)) {
        connection.clientId = settings.value(settingKey(source, "client_id")).toString().toUtf8();
        connection.clientSecret = secrets.read(clientSecretKey(source), error).value_or(QByteArray());
        connection.refreshToken = secrets.read(refreshTokenKey(source), error).value_or(QByteArray());
        if (source == Source::Salesforce)
            connection.loginUrl = settings.value(settingKey(source, "login_url")).toString();
    } else {
        connection.accessToken = secrets.read(accessTokenKey(source), error).value_or(QByteArray());
    }
    if (!connection.hasCredentials())
        return std::nullopt;
    saved.objects = sync::objectsToSync(
        source, settings.value(settingKey(source, "objects"), sync::crmChoices()).toStringList());
    saved.syncOnStart = settings.value(settingKey(source, "sync_on_start"), false).toBool();
    return saved;
}

bool CrmConnectionsPage::isConfigured(QSettings &settings) {
    return settings.contains(settingKey(Source::HubSpot, "kind")) ||
           settings.contains(settingKey(Source::Salesforce, "kind"));
}

void CrmConnectionsPage::chooseCrm(Source source) {
    if (sourceOf(m_kind->currentIndex()) == source)
        return;
    const int saved = m_settings.value(settingKey(source, "kind"), -1).toInt();
    m_kind->setCurrentIndex(saved >= 0 && saved <= SalesforceToken && sourceOf(saved) == source
                                ? saved
                                : (source == Source::Salesforce ? SalesforceOAuth : HubSpotToken));
}

void CrmConnectionsPage::storeInstanceUrl(QSettings &settings, const QString &instanceUrl) {
    settings.setValue(settingKey(Source::Salesforce, "instance_url"), instanceUrl);
}

} // namespace dp
