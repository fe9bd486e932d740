// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → CRM connection, driven offscreen: test a HubSpot token or a Salesforce OAuth app against the
// test servers, save it (secrets only in the secret store, never in the settings file), load it back, and
// "Sync now" through the status bar with whichever connection was saved.

#include "HubSpotServer.h"
#include "SalesforceFixtures.h"
#include "SyncFixtures.h"
#include "settings/SettingsStore.h"

#include "StallWatchdog.h"

#include "store/DealStore.h"
#include "sync/CrmConnectionsPage.h"
#include "sync/MainLoopSecretStore.h"
#include "sync/SyncStatus.h"
#include "tasks/TaskRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dp;
using namespace dp::test;

class TestCrmConnectionsPage : public QObject {
    Q_OBJECT

    TaskRunner m_runner;

private slots:
    void testSaveAndLoadAHubSpotToken() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        const QString iniPath = dir.filePath(QStringLiteral("settings.ini"));
        SettingsStore settings(iniPath);
        sync::MemorySecretStore secrets;
        CrmConnectionsPage page(secrets, settings, m_runner);
        page.resize(720, 420);
        page.show();
        auto *baseUrl = page.findChild<QLineEdit *>(QStringLiteral("crmBaseUrl"));
        auto *token = page.findChild<QLineEdit *>(QStringLiteral("crmToken"));
        auto *status = page.findChild<QLabel *>(QStringLiteral("crmStatus"));
        QVERIFY(baseUrl && token && status);
        QCOMPARE(token->echoMode(), QLineEdit::Password);

        // A wrong token: the test says what to do.
        QTest::keyClicks(baseUrl, server.baseUrl());
        QTest::keyClicks(token, QStringLiteral("wrong"));
        QSignalSpy tested(&page, &CrmConnectionsPage::testFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmTest")), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(status->text().contains(QStringLiteral("Reconnect")), qPrintable(status->text()));

        token->clear();
        QTest::keyClicks(token, QStringLiteral("test-token"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmTest")), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().at(0).toBool(), true);
        QCOMPARE(status->text(), QStringLiteral("Connected to HubSpot."));
        page.grab().save(QStringLiteral("/tmp/crm_connections_page.png"));

        page.findChild<QCheckBox *>(QStringLiteral("crmObject_notes"))->setChecked(false);
        QSignalSpy saved(&page, &CrmConnectionsPage::saved);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmSave")), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(secrets.all().value(QStringLiteral("hubspot/access_token")), QByteArray("test-token"));
        QVERIFY(token->text().isEmpty());
        settings.flush();
        QFile ini(iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY(written.contains("base_url"));
        QVERIFY2(!written.contains("test-token"), "a secret reached the settings file");

        QString error;
        const auto loaded = loadSavedCrmConnection(settings, secrets, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->connection.accessToken, QByteArray("test-token"));
        QCOMPARE(loaded->connection.baseUrl, server.baseUrl());
        QVERIFY(loaded->objects.contains(QStringLiteral("deals")));
        QVERIFY(!loaded->objects.contains(QStringLiteral("notes")));
        QVERIFY(loaded->objects.startsWith(QStringLiteral("owners")));

        // A page opened later keeps the saved token without showing it.
        CrmConnectionsPage again(secrets, settings, m_runner);
        QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("crmToken"))->text().isEmpty());
        QVERIFY(!again.findChild<QLineEdit *>(QStringLiteral("crmToken"))->placeholderText().isEmpty());
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("crmObject_notes"))->isChecked());
    }

    void salesforceOAuthIsTestedSavedAndSynced() {
        SalesforceServer server;
        fillSalesforce(server);
        server.setOAuth("client", "secret", "refresh-0", true);
        QTemporaryDir dir;
        auto ownedSecrets = std::make_unique<sync::MemorySecretStore>();
        sync::MemorySecretStore &secrets = *ownedSecrets;
        SyncStatus status(std::move(ownedSecrets), m_runner);
        status.settings().clear();
        CrmConnectionsPage page(status.secrets(), status.settings(), m_runner);
        page.resize(720, 460);
        page.show();
        auto *kind = page.findChild<QComboBox *>(QStringLiteral("crmKind"));
        auto *loginUrl = page.findChild<QLineEdit *>(QStringLiteral("crmLoginUrl"));
        auto *token = page.findChild<QLineEdit *>(QStringLiteral("crmToken"));
        auto *status_ = page.findChild<QLabel *>(QStringLiteral("crmStatus"));
        QVERIFY(!loginUrl->isVisible());
        kind->setCurrentIndex(2); // Salesforce — OAuth connected app
        QVERIFY(loginUrl->isVisible());
        QVERIFY(!token->isVisible());
        QVERIFY(!page.findChild<QCheckBox *>(QStringLiteral("crmObject_notes"))->isVisible());
        QTest::keyClicks(loginUrl, server.loginUrl());
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("crmClientId")),
                         QStringLiteral("client"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("crmClientSecret")),
                         QStringLiteral("secret"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("crmRefreshToken")),
                         QStringLiteral("refresh-0"));
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("crmRefreshToken"))->echoMode(),
                 QLineEdit::Password);

        QSignalSpy tested(&page, &CrmConnectionsPage::testFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmTest")), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(status_->text(), QStringLiteral("Connected to Salesforce."));
        page.grab().save(QStringLiteral("/tmp/crm_connections_page_salesforce.png"));

        // The test rotated the refresh token; saving keeps the new one, in the secret store only.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmSave")), Qt::LeftButton);
        QCOMPARE(secrets.all().value(QStringLiteral("salesforce/client_secret")), QByteArray("secret"));
        QCOMPARE(secrets.all().value(QStringLiteral("salesforce/refresh_token")),
                 server.currentRefreshToken());
        status.settings().flush();
        QFile ini(status.settings().fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY(written.contains("login_url"));
        QVERIFY2(!written.contains("secret") && !written.contains("refresh-"),
                 "a secret reached the settings file");

        const auto loaded = loadSavedCrmConnection(status.settings(), secrets);
        QVERIFY(loaded);
        QCOMPARE(loaded->connection.source, sync::CrmConnection::Source::Salesforce);
        QCOMPARE(loaded->connection.loginUrl, server.loginUrl());
        QVERIFY(loaded->objects.contains(QStringLiteral("Opportunity")));
        QVERIFY(loaded->objects.contains(QStringLiteral("EmailMessage")));
        QVERIFY(loaded->objects.startsWith(QStringLiteral("User")));

        // "Sync now" uses the Salesforce connection; mid-sync the token dies and the org moves.
        server.setAfterBatch([&](int batch) {
            if (batch == 6) {
                server.moveInstanceOnNextRefresh();
                server.expireAccessToken();
            }
        });
        const QString cachePath = dir.filePath(QStringLiteral("c.sqlite"));
        status.setCache(cachePath);
        QSignalSpy finished(&status, &SyncStatus::finished);
        status.syncNow();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(secrets.all().value(QStringLiteral("salesforce/refresh_token")),
                 server.currentRefreshToken());
        QCOMPARE(status.settings().crmConnection(sync::CrmConnection::Source::Salesforce).baseUrl,
                 server.instanceUrl());
        QVERIFY(server.instanceUrl().contains(QStringLiteral("localhost")));
        auto opened = Database::open(cachePath, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        QCOMPARE(DealStore(*opened.database).count(), 10);

        // A page opened later shows the Salesforce connection, secrets kept but not shown.
        CrmConnectionsPage again(status.secrets(), status.settings(), m_runner);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("crmKind"))->currentIndex(), 2);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("crmClientId"))->text(),
                 QStringLiteral("client"));
        QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("crmRefreshToken"))->text().isEmpty());
    }

    // Rotation on, sessions ending every 30 requests (so renewals land on every sync thread), and a keychain
    // that, like the real one, completes through the GUI thread's event loop: Test connection, a first sync
    // and an incremental one complete from the window's parts, and the last rotated token is the one kept.
    void rotationWithExpiringSessionsCompletesFromTheWindow_data() {
        QTest::addColumn<bool>("salesforce");
        QTest::newRow("HubSpot") << false;
        QTest::newRow("Salesforce") << true;
    }
    void rotationWithExpiringSessionsCompletesFromTheWindow() {
        QFETCH(bool, salesforce);
        HubSpotServer hubSpot;
        SalesforceServer org;
        if (salesforce) {
            fillSalesforce(org, {4, 40, 60, 4});
            org.setOAuth("client", "secret", "refresh-0", true);
            org.setSessionLength(30);
        } else {
            fillHubSpot(hubSpot, {4, 400, 800, 8});
            hubSpot.setOAuth("client", "secret", "refresh-0", true);
            hubSpot.setAccessToken("");
            hubSpot.setSessionLength(30);
        }
        auto serverToken = [&] {
            return salesforce ? org.currentRefreshToken() : hubSpot.currentRefreshToken();
        };
        auto refreshes = [&] { return salesforce ? org.tokenRefreshes() : hubSpot.tokenRefreshes(); };
        const StallWatchdog watchdog(QStringLiteral("the window's sync"), [&] {
            return qint64(salesforce ? org.requestCount() : hubSpot.requestCount());
        });
        const QString key =
            salesforce ? QStringLiteral("salesforce/refresh_token") : QStringLiteral("hubspot/refresh_token");
        auto keychain = std::make_shared<sync::MemorySecretStore>();
        SyncStatus status(std::make_unique<sync::MainLoopSecretStore>(keychain), m_runner);
        status.settings().clear();
        {
            CrmConnectionsPage page(status.secrets(), status.settings(), m_runner);
            page.show();
            page.findChild<QComboBox *>(QStringLiteral("crmKind"))->setCurrentIndex(salesforce ? 2 : 1);
            if (salesforce)
                page.findChild<QLineEdit *>(QStringLiteral("crmLoginUrl"))->setText(org.loginUrl());
            else
                page.findChild<QLineEdit *>(QStringLiteral("crmBaseUrl"))->setText(hubSpot.baseUrl());
            page.findChild<QLineEdit *>(QStringLiteral("crmClientId"))->setText(QStringLiteral("client"));
            page.findChild<QLineEdit *>(QStringLiteral("crmClientSecret"))->setText(QStringLiteral("secret"));
            page.findChild<QLineEdit *>(QStringLiteral("crmRefreshToken"))
                ->setText(QStringLiteral("refresh-0"));
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmSave")), Qt::LeftButton);
        }
        QCOMPARE(keychain->all().value(key), QByteArray("refresh-0"));
        {
            // Test connection with the saved token: the rotated one goes back to the keychain at once.
            CrmConnectionsPage page(status.secrets(), status.settings(), m_runner);
            QSignalSpy tested(&page, &CrmConnectionsPage::testFinished);
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmTest")), Qt::LeftButton);
            QVERIFY(tested.wait(30000));
            QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
            QCOMPARE(keychain->all().value(key), serverToken());
        }
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.sqlite"));
        status.setCache(cachePath);
        for (int pass = 0; pass < 2; ++pass) { // the first sync, then an incremental one
            if (pass == 1) {
                const Millis now = QDateTime::currentMSecsSinceEpoch() - 1000;
                if (salesforce)
                    org.put(QStringLiteral("Opportunity"), sfDeal(3),
                            {{QStringLiteral("Name"), QStringLiteral("Renamed")}}, now);
                else
                    hubSpot.put(QStringLiteral("deals"), 5003,
                                {{QStringLiteral("dealname"), QStringLiteral("Renamed")}}, now);
            }
            const int refreshesBefore = refreshes();
            QSignalSpy finished(&status, &SyncStatus::finished);
            status.syncNow();
            QVERIFY(finished.wait(120000));
            QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
            QVERIFY(refreshes() - refreshesBefore >= (pass == 0 ? 4 : 1));
            QCOMPARE(keychain->all().value(key), serverToken());
        }
        auto opened = Database::open(cachePath, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        QCOMPARE(DealStore(*opened.database).count(), salesforce ? 60 : 800);
        QVERIFY(dumpCache(*opened.database).join(QLatin1Char('\n')).contains(QStringLiteral("Renamed")));
    }

    void aKeychainThatRefusesTheRotatedTokenIsShownAsTheSyncsError() {
        HubSpotServer server;
        fillHubSpot(server);
        server.setOAuth("client", "secret", "refresh-0", true);
        server.setAccessToken("");
        QTemporaryDir dir;
        auto ownedSecrets = std::make_unique<sync::MemorySecretStore>();
        sync::MemorySecretStore &secrets = *ownedSecrets;
        SyncStatus status(std::move(ownedSecrets), m_runner);
        status.settings().clear();
        CrmConnectionsPage page(status.secrets(), status.settings(), m_runner);
        page.show();
        page.findChild<QComboBox *>(QStringLiteral("crmKind"))->setCurrentIndex(1); // HubSpot — OAuth app
        page.findChild<QLineEdit *>(QStringLiteral("crmBaseUrl"))->setText(server.baseUrl());
        page.findChild<QLineEdit *>(QStringLiteral("crmClientId"))->setText(QStringLiteral("client"));
        page.findChild<QLineEdit *>(QStringLiteral("crmClientSecret"))->setText(QStringLiteral("secret"));
        page.findChild<QLineEdit *>(QStringLiteral("crmRefreshToken"))->setText(QStringLiteral("refresh-0"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmSave")), Qt::LeftButton);
        QCOMPARE(secrets.all().value(QStringLiteral("hubspot/refresh_token")), QByteArray("refresh-0"));

        secrets.setRefuseWrites(true); // the keychain locks before the sync
        status.setCache(dir.filePath(QStringLiteral("c.sqlite")));
        QSignalSpy finished(&status, &SyncStatus::finished);
        status.syncNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("keychain")), qPrintable(message));
        QVERIFY(server.currentRefreshToken() != "refresh-0");
    }

    // The server's words reach the status labels (a HubSpot "missing scopes" reply is quoted): shown as
    // written, never as markup that could load a file or a remote image.
    void serverTextInTheStatusLabelsIsPlainText() {
        HubSpotServer server;
        fillHubSpot(server);
        const QString hostile = QStringLiteral("<img src=\"file:///etc/passwd\"><b>scopes</b>");
        server.setFault([&hostile](const ServerRequest &, int) -> std::optional<ServerReply> {
            ServerReply reply;
            reply.status = 403;
            reply.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
            reply.body =
                QJsonDocument(QJsonObject{{QStringLiteral("category"), QStringLiteral("MISSING_SCOPES")},
                                          {QStringLiteral("message"), hostile}})
                    .toJson(QJsonDocument::Compact);
            return reply;
        });
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(QStringLiteral("s.ini")));
        sync::MemorySecretStore secrets;
        CrmConnectionsPage page(secrets, settings, m_runner);
        page.show();
        page.findChild<QLineEdit *>(QStringLiteral("crmBaseUrl"))->setText(server.baseUrl());
        page.findChild<QLineEdit *>(QStringLiteral("crmToken"))->setText(QStringLiteral("test-token"));
        auto *status = page.findChild<QLabel *>(QStringLiteral("crmStatus"));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QSignalSpy tested(&page, &CrmConnectionsPage::testFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmTest")), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(status->text().contains(hostile), qPrintable(status->text()));
        QCOMPARE(status->textFormat(), Qt::PlainText);

        SyncStatus syncStatus(std::make_unique<sync::MemorySecretStore>(), m_runner);
        auto *progress = syncStatus.findChild<QLabel *>(QStringLiteral("syncProgressText"));
        QVERIFY(progress);
        QCOMPARE(progress->textFormat(), Qt::PlainText);
        for (const QLabel *label : syncStatus.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }

    void nothingSavedLoadsNothing() {
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(QStringLiteral("s.ini")));
        sync::MemorySecretStore secrets;
        QVERIFY(!loadSavedCrmConnection(settings, secrets));
    }
};

QTEST_MAIN(TestCrmConnectionsPage)
#include "test_crm_connections_page.moc"
