// Settings → CRM connection, driven offscreen: test a HubSpot token against the test server, save it
// (secrets only in the secret store, never in the settings file), and load it back for "Sync now".

#include "HubSpotServer.h"
#include "SyncFixtures.h"

#include "sync/CrmConnectionsPage.h"

#include <QCheckBox>
#include <QComboBox>
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

private slots:
    void testSaveAndLoadAHubSpotToken() {
        HubSpotServer server;
        fillHubSpot(server);
        QTemporaryDir dir;
        const QString iniPath = dir.filePath(QStringLiteral("settings.ini"));
        QSettings settings(iniPath, QSettings::IniFormat);
        sync::MemorySecretStore secrets;
        CrmConnectionsPage page(secrets, settings);
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
        settings.sync();
        QFile ini(iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY(written.contains("base_url"));
        QVERIFY2(!written.contains("test-token"), "a secret reached the settings file");

        QString error;
        const auto loaded = CrmConnectionsPage::load(secrets, settings, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->connection.accessToken, QByteArray("test-token"));
        QCOMPARE(loaded->connection.baseUrl, server.baseUrl());
        QVERIFY(loaded->objects.contains(QStringLiteral("deals")));
        QVERIFY(!loaded->objects.contains(QStringLiteral("notes")));
        QVERIFY(loaded->objects.startsWith(QStringLiteral("owners")));

        // A page opened later keeps the saved token without showing it.
        CrmConnectionsPage again(secrets, settings);
        QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("crmToken"))->text().isEmpty());
        QVERIFY(!again.findChild<QLineEdit *>(QStringLiteral("crmToken"))->placeholderText().isEmpty());
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("crmObject_notes"))->isChecked());
    }

    void nothingSavedLoadsNothing() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        sync::MemorySecretStore secrets;
        QVERIFY(!CrmConnectionsPage::load(secrets, settings));
    }
};

QTEST_MAIN(TestCrmConnectionsPage)
#include "test_crm_connections_page.moc"
