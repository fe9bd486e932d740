#include "sync/CrmConnectionsPage.h"

#include "BandColors.h"

#include "sync/HubSpotConnector.h"
#include "sync/SyncError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace dp {
namespace {

enum Kind { HubSpotToken, HubSpotOAuth, SalesforceOAuth };

const QString kAccessTokenKey = QStringLiteral("hubspot/access_token");
const QString kClientSecretKey = QStringLiteral("hubspot/client_secret");

QString settingKey(const char *name) {
    return QStringLiteral("crm/hubspot/") + QLatin1String(name);
}

// The objects a user may leave out; owners and pipelines are always synced (deals need them).
const QStringList kOptionalObjects{QStringLiteral("contacts"), QStringLiteral("deals"),
                                   QStringLiteral("emails"),   QStringLiteral("calls"),
                                   QStringLiteral("meetings"), QStringLiteral("notes")};

} // namespace

CrmConnectionsPage::CrmConnectionsPage(sync::SecretStore &secrets, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_refreshToken(new QLineEdit(this))
    , m_syncOnStart(new QCheckBox(tr("Sync when Dealpulse starts"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("crmConnectionsPage"));
    m_kind->setObjectName(QStringLiteral("crmKind"));
    m_kind->addItem(tr("HubSpot — private app token"));
    m_kind->addItem(tr("HubSpot — OAuth app"));
    m_kind->addItem(tr("Salesforce — OAuth (not available yet)"));
    // Listed so users see it is planned, but a connection that cannot sync is not offered.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_kind->model());
        model && model->item(SalesforceOAuth))
        model->item(SalesforceOAuth)->setEnabled(false);
    m_baseUrl->setObjectName(QStringLiteral("crmBaseUrl"));
    m_baseUrl->setPlaceholderText(sync::kHubSpotDefaultBaseUrl);
    for (QLineEdit *secret : {m_token, m_clientSecret, m_refreshToken})
        secret->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(QStringLiteral("crmToken"));
    m_clientId->setObjectName(QStringLiteral("crmClientId"));
    m_clientSecret->setObjectName(QStringLiteral("crmClientSecret"));
    m_refreshToken->setObjectName(QStringLiteral("crmRefreshToken"));
    m_test->setObjectName(QStringLiteral("crmTest"));
    m_save->setObjectName(QStringLiteral("crmSave"));
    m_status->setObjectName(QStringLiteral("crmStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("CRM"), m_kind);
    form->addRow(tr("API address"), m_baseUrl);
    form->addRow(tr("Access token"), m_token);
    form->addRow(tr("Client ID"), m_clientId);
    form->addRow(tr("Client secret"), m_clientSecret);
    form->addRow(tr("Refresh token"), m_refreshToken);

    auto *objectsBox = new QGroupBox(tr("What to sync (owners and pipelines always)"), this);
    auto *objectsLayout = new QHBoxLayout(objectsBox);
    const QStringList labels{tr("Contacts"), tr("Deals"),    tr("Emails"),
                             tr("Calls"),    tr("Meetings"), tr("Notes")};
    const QStringList chosen = m_settings.value(settingKey("objects"), kOptionalObjects).toStringList();
    for (qsizetype i = 0; i < kOptionalObjects.size(); ++i) {
        auto *box = new QCheckBox(labels[i], objectsBox);
        box->setObjectName(QStringLiteral("crmObject_") + kOptionalObjects[i]);
        box->setChecked(chosen.contains(kOptionalObjects[i]));
        objectsLayout->addWidget(box);
        m_objects.append(box);
    }
    objectsLayout->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(objectsBox);
    layout->addWidget(m_syncOnStart);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    m_kind->setCurrentIndex(m_settings.value(settingKey("kind"), int(HubSpotToken)).toInt() == HubSpotOAuth
                                ? HubSpotOAuth
                                : HubSpotToken);
    m_baseUrl->setText(m_settings.value(settingKey("base_url")).toString());
    m_clientId->setText(m_settings.value(settingKey("client_id")).toString());
    m_syncOnStart->setChecked(m_settings.value(settingKey("sync_on_start"), false).toBool());
    QString ignored;
    for (const auto &[field, key] :
         {std::pair{m_token, kAccessTokenKey}, std::pair{m_clientSecret, kClientSecretKey},
          std::pair{m_refreshToken, kHubSpotRefreshTokenKey}})
        if (m_secrets.read(key, &ignored))
            field->setPlaceholderText(tr("Saved in the keychain; leave empty to keep it"));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CrmConnectionsPage::updateFields);
    connect(m_test, &QPushButton::clicked, this, &CrmConnectionsPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &CrmConnectionsPage::save);
    updateFields();
}

CrmConnectionsPage::~CrmConnectionsPage() {
    m_cancelTest = true;
    if (m_tester.joinable())
        m_tester.join();
}

void CrmConnectionsPage::updateFields() {
    const bool oauth = m_kind->currentIndex() == HubSpotOAuth;
    m_token->setEnabled(!oauth);
    m_clientId->setEnabled(oauth);
    m_clientSecret->setEnabled(oauth);
    m_refreshToken->setEnabled(oauth);
}

sync::CrmConnection CrmConnectionsPage::connectionFromFields() {
    // Empty secret fields mean "keep the saved one".
    auto secret = [&](QLineEdit *field, const QString &key) {
        if (!field->text().isEmpty())
            return field->text().toUtf8();
        QString ignored;
        return m_secrets.read(key, &ignored).value_or(QByteArray());
    };
    sync::CrmConnection connection;
    connection.baseUrl = m_baseUrl->text().trimmed();
    if (m_kind->currentIndex() == HubSpotOAuth) {
        connection.clientId = m_clientId->text().trimmed().toUtf8();
        connection.clientSecret = secret(m_clientSecret, kClientSecretKey);
        connection.refreshToken = secret(m_refreshToken, kHubSpotRefreshTokenKey);
    } else {
        connection.accessToken = secret(m_token, kAccessTokenKey);
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
    if (m_tester.joinable())
        m_tester.join();
    const sync::CrmConnection connection = connectionFromFields();
    if (!connection.hasCredentials()) {
        showStatus(false, tr("Enter the credentials first."));
        emit testFinished(false, m_status->text());
        return;
    }
    m_test->setEnabled(false);
    showStatus(true, tr("Testing…"));
    m_cancelTest = false;
    m_tester = std::thread([this, connection] {
        bool ok = false;
        QString message;
        try {
            sync::CrmSession session(connection, &m_cancelTest, {}, {2, std::chrono::milliseconds(300)});
            session.testConnection();
            ok = true;
            message = tr("Connected to HubSpot.");
        } catch (const sync::SyncError &error) {
            message = error.message();
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, message] {
                m_test->setEnabled(true);
                showStatus(ok, message);
                emit testFinished(ok, message);
            },
            Qt::QueuedConnection);
    });
}

void CrmConnectionsPage::save() {
    const bool oauth = m_kind->currentIndex() == HubSpotOAuth;
    QString error;
    bool stored = true;
    for (const auto &[field, key] :
         {std::pair{m_token, kAccessTokenKey}, std::pair{m_clientSecret, kClientSecretKey},
          std::pair{m_refreshToken, kHubSpotRefreshTokenKey}}) {
        if (field->text().isEmpty())
            continue;
        stored = stored && m_secrets.write(key, field->text().toUtf8(), &error);
        field->clear();
        field->setPlaceholderText(tr("Saved in the keychain; leave empty to keep it"));
    }
    if (!stored) {
        showStatus(false, tr("The keychain refused to store the secret: %1").arg(error));
        return;
    }
    m_settings.setValue(settingKey("kind"), oauth ? int(HubSpotOAuth) : int(HubSpotToken));
    m_settings.setValue(settingKey("base_url"), m_baseUrl->text().trimmed());
    m_settings.setValue(settingKey("client_id"), m_clientId->text().trimmed());
    QStringList objects;
    for (qsizetype i = 0; i < m_objects.size(); ++i)
        if (m_objects[i]->isChecked())
            objects.append(kOptionalObjects[i]);
    m_settings.setValue(settingKey("objects"), objects);
    m_settings.setValue(settingKey("sync_on_start"), m_syncOnStart->isChecked());
    m_settings.sync();
    showStatus(true, tr("Saved."));
    emit saved();
}

std::optional<SavedCrmConnection> CrmConnectionsPage::load(sync::SecretStore &secrets, QSettings &settings,
                                                           QString *error) {
    if (!settings.contains(settingKey("kind")))
        return std::nullopt;
    SavedCrmConnection saved;
    sync::CrmConnection &connection = saved.connection;
    connection.baseUrl = settings.value(settingKey("base_url")).toString();
    if (settings.value(settingKey("kind")).toInt() == HubSpotOAuth) {
        connection.clientId = settings.value(settingKey("client_id")).toString().toUtf8();
        connection.clientSecret = secrets.read(kClientSecretKey, error).value_or(QByteArray());
        connection.refreshToken = secrets.read(kHubSpotRefreshTokenKey, error).value_or(QByteArray());
    } else {
        connection.accessToken = secrets.read(kAccessTokenKey, error).value_or(QByteArray());
    }
    if (!connection.hasCredentials())
        return std::nullopt;
    saved.objects = QStringList{QStringLiteral("owners"), QStringLiteral("pipelines")};
    const QStringList chosen = settings.value(settingKey("objects"), kOptionalObjects).toStringList();
    for (const QString &object : kOptionalObjects)
        if (chosen.contains(object))
            saved.objects.append(object);
    saved.syncOnStart = settings.value(settingKey("sync_on_start"), false).toBool();
    return saved;
}

} // namespace dp
