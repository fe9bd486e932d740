// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CrmConnectionsPage.h"

#include "BandColors.h"
#include "settings/SettingsStore.h"
#include "sync/CrmChoices.h"
#include "sync/engine/SyncError.h"
#include "sync/hubspot/HubSpotConnector.h"
#include "sync/salesforce/SalesforceConnector.h"
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
#include <QVBoxLayout>

namespace dp {
namespace {

using Source = sync::CrmConnection::Source;

// The combo box lists the kinds in their stored order.
enum Kind { HubSpotToken, HubSpotOAuth, SalesforceOAuth, SalesforceToken };

Source sourceOf(int kind) {
    return dp::sourceOf(CrmConnectionKind(kind));
}

bool usesOAuth(int kind) {
    return dp::usesOAuth(CrmConnectionKind(kind));
}

// The kind to show for a CRM: as it was saved, or its first kind when none was.
int shownKind(const CrmConnectionSettings &saved, Source source) {
    if (saved.kind)
        return int(*saved.kind);
    return source == Source::Salesforce ? SalesforceOAuth : HubSpotToken;
}

} // namespace

CrmConnectionsPage::CrmConnectionsPage(sync::SecretStore &secrets, SettingsStore &settings,
                                       TaskRunner &runner, QWidget *parent)
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

    const Source source = m_settings.savedCrmSource();
    m_kind->setCurrentIndex(shownKind(m_settings.crmConnection(source), source));

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
    const CrmConnectionSettings saved = m_settings.crmConnection(source);
    m_baseUrl->setText(saved.baseUrl);
    m_loginUrl->setText(saved.loginUrl);
    m_clientId->setText(saved.clientId);
    for (qsizetype i = 0; i < m_objects.size(); ++i)
        m_objects[i]->setChecked(saved.objects.contains(sync::crmChoices()[i]));
    m_syncOnStart->setChecked(saved.syncOnStart);
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
    CrmConnectionSettings chosen;
    chosen.kind = CrmConnectionKind(kind);
    chosen.baseUrl = m_baseUrl->text().trimmed();
    chosen.loginUrl = m_loginUrl->text().trimmed();
    chosen.clientId = m_clientId->text().trimmed();
    for (qsizetype i = 0; i < m_objects.size(); ++i)
        if (m_objects[i]->isChecked())
            chosen.objects.append(sync::crmChoices()[i]);
    chosen.syncOnStart = m_syncOnStart->isChecked();
    m_settings.setCrmConnection(source, chosen);
    showStatus(true, tr("Saved."));
    emit saved();
    return true;
}

void CrmConnectionsPage::chooseCrm(Source source) {
    if (sourceOf(m_kind->currentIndex()) == source)
        return;
    m_kind->setCurrentIndex(shownKind(m_settings.crmConnection(source), source));
}

} // namespace dp
