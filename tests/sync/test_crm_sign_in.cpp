// SPDX-License-Identifier: GPL-3.0-or-later
// "Sign in with the browser" in the real Settings → CRM page, for HubSpot and Salesforce, against the test
// servers' authorisation and token endpoints, with a stand-in browser that loads the sign-in page and
// follows its redirect back to the app: the refresh token lands in the secret store (never the settings
// file) and a sync with it succeeds; a refusal, a forged answer or a wrong PKCE verifier says why and saves
// nothing; Cancel stops the wait. Also takes the dialog's pictures in English and Romanian.

#include "HubSpotServer.h"
#include "SalesforceFixtures.h"
#include "SyncFixtures.h"
#include "TestBrowser.h"

#include "store/DealStore.h"
#include "sync/CrmConnectionsPage.h"
#include "sync/SignInDialog.h"
#include "sync/SyncStatus.h"
#include "sync/http/Pkce.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dp;
using namespace dp::test;

namespace {

enum Kind { HubSpotOAuth = 1, SalesforceOAuth = 2 }; // the page's CRM choices

struct Window {
    explicit Window(
        std::unique_ptr<sync::MemorySecretStore> store = std::make_unique<sync::MemorySecretStore>())
        : secrets(*store)
        , status(std::move(store), runner)
        , page((status.settings().clear(), status.secrets()), status.settings(), runner) {
        page.resize(760, 520);
        page.show();
    }
    template <typename T> T *find(const char *name) { return page.findChild<T *>(QLatin1String(name)); }
    SignInDialog *dialog() { return page.findChild<SignInDialog *>(QStringLiteral("signInDialog")); }

    // Fills the page as a user would for the CRM's OAuth app on the test server.
    void fill(bool salesforce, const QString &serverUrl) {
        find<QComboBox>("crmKind")->setCurrentIndex(salesforce ? SalesforceOAuth : HubSpotOAuth);
        QTest::keyClicks(find<QLineEdit>(salesforce ? "crmLoginUrl" : "crmBaseUrl"), serverUrl);
        QTest::keyClicks(find<QLineEdit>("crmClientId"), QStringLiteral("client"));
        QTest::keyClicks(find<QLineEdit>("crmClientSecret"), QStringLiteral("secret"));
    }
    // Clicks "Sign in with the browser" and waits for the end; the page's message.
    std::pair<bool, QString> signIn() {
        QSignalSpy finished(&page, &CrmConnectionsPage::signInFinished);
        QTest::mouseClick(find<QPushButton>("crmSignIn"), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(20000))
            return {false, QStringLiteral("no end")};
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }

    sync::MemorySecretStore &secrets;
    TaskRunner runner; // before the status, whose syncs it runs
    SyncStatus status;
    CrmConnectionsPage page;
};

QString shotPath(const QString &name) {
    QDir().mkpath(QStringLiteral("/tmp/shots-oauth"));
    return QStringLiteral("/tmp/shots-oauth/") + name;
}

} // namespace

class TestCrmSignIn : public QObject {
    Q_OBJECT

private slots:
    void signingInSavesTheConnectionAndASyncUsesIt_data() {
        QTest::addColumn<bool>("salesforce");
        QTest::newRow("HubSpot") << false;
        QTest::newRow("Salesforce") << true;
    }

    void signingInSavesTheConnectionAndASyncUsesIt() {
        QFETCH(bool, salesforce);
        HubSpotServer hubSpot;
        SalesforceServer sf;
        fillHubSpot(hubSpot);
        fillSalesforce(sf);
        hubSpot.setOAuth("client", "secret", {}, true);
        sf.setOAuth("client", "secret", {}, true);
        Window window;
        TestBrowser browser;
        window.page.setBrowserOpener(browser.opener());
        window.fill(salesforce, salesforce ? sf.loginUrl() : hubSpot.baseUrl());
        // Signing in is the way; pasting a refresh token waits behind the advanced choice.
        QVERIFY(window.find<QPushButton>("crmSignIn")->isVisible());
        QVERIFY(!window.find<QLineEdit>("crmRefreshToken")->isVisible());
        window.find<QCheckBox>("crmPasteRefreshToken")->setChecked(true);
        QVERIFY(window.find<QLineEdit>("crmRefreshToken")->isVisible());
        window.find<QCheckBox>("crmPasteRefreshToken")->setChecked(false);

        const auto [ok, message] = window.signIn();
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(browser.pagesOpened(), 1);
        QCOMPARE(window.find<QLabel>("crmStatus")->text(), message);
        QVERIFY(message.startsWith(salesforce ? QStringLiteral("Signed in to Salesforce")
                                              : QStringLiteral("Signed in to HubSpot")));
        const QString prefix = salesforce ? QStringLiteral("salesforce/") : QStringLiteral("hubspot/");
        const QByteArray issued = salesforce ? sf.currentRefreshToken() : hubSpot.currentRefreshToken();
        QVERIFY(!issued.isEmpty());
        QCOMPARE(window.secrets.all().value(prefix + QStringLiteral("refresh_token")), issued);
        QCOMPARE(window.secrets.all().value(prefix + QStringLiteral("client_secret")), QByteArray("secret"));
        QTRY_VERIFY(!window.dialog()); // closed by itself, and gone
        if (salesforce)
            QCOMPARE(window.find<QLineEdit>("crmBaseUrl")->text(), sf.instanceUrl());
        window.status.settings().flush();
        QFile ini(window.status.settings().fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY2(!written.contains(issued) && !written.contains("secret"),
                 "a secret reached the settings file");

        // A sync with the saved connection renews through the refresh token the sign-in brought (and keeps
        // the rotated one).
        const auto loaded = loadSavedCrmConnection(window.status.settings(), window.secrets);
        QVERIFY(loaded);
        QCOMPARE(loaded->connection.refreshToken, issued);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.sqlite"));
        window.status.setCache(cachePath);
        QSignalSpy finished(&window.status, &SyncStatus::finished);
        window.status.syncNow();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY((salesforce ? sf.tokenRefreshes() : hubSpot.tokenRefreshes()) >= 1);
        QCOMPARE(window.secrets.all().value(prefix + QStringLiteral("refresh_token")),
                 salesforce ? sf.currentRefreshToken() : hubSpot.currentRefreshToken());
        auto opened = Database::open(cachePath, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        QCOMPARE(DealStore(*opened.database).count(), 10);
    }

    void aFailedSignInSaysWhyAndSavesNothing_data() {
        QTest::addColumn<bool>("salesforce");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("expected");
        for (const bool salesforce : {false, true}) {
            const QString crm = salesforce ? QStringLiteral("Salesforce") : QStringLiteral("HubSpot");
            QTest::addRow("%s: user denied", qPrintable(crm))
                << salesforce << QStringLiteral("deny") << QStringLiteral("Access was not allowed in ") + crm;
            QTest::addRow("%s: wrong state", qPrintable(crm))
                << salesforce << QStringLiteral("state") << QStringLiteral("does not belong to this sign-in");
            QTest::addRow("%s: wrong verifier", qPrintable(crm))
                << salesforce << QStringLiteral("verifier")
                << crm + QStringLiteral(" refused the sign-in code (HTTP 400");
        }
    }

    void aFailedSignInSaysWhyAndSavesNothing() {
        QFETCH(bool, salesforce);
        QFETCH(QString, failure);
        QFETCH(QString, expected);
        HubSpotServer hubSpot;
        SalesforceServer sf;
        hubSpot.setOAuth("client", "secret", {}, false);
        sf.setOAuth("client", "secret", {}, false);
        hubSpot.setSignInDenied(failure == u"deny");
        sf.setSignInDenied(failure == u"deny");
        Window window;
        TestBrowser browser;
        browser.setTamper([&](const QUrl &url) {
            if (failure == u"state") // an answer meant for another request
                return TestBrowser::withQueryValue(url, QStringLiteral("state"), QStringLiteral("forged"));
            if (failure == u"verifier") // the server's challenge is not ours: our verifier cannot match it
                return TestBrowser::withQueryValue(url, QStringLiteral("code_challenge"),
                                                   QString::fromLatin1(sync::makePkcePair().challenge));
            return url;
        });
        window.page.setBrowserOpener(browser.opener());
        window.fill(salesforce, salesforce ? sf.loginUrl() : hubSpot.baseUrl());
        const auto [ok, message] = window.signIn();
        QVERIFY(!ok);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(window.find<QLabel>("crmStatus")->text(), message);
        // The dialog stays open with the reason, until the user closes it.
        SignInDialog *dialog = window.dialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("signInStatus"))->text(), message);
        auto *close = dialog->findChild<QPushButton *>(QStringLiteral("signInCancel"));
        QCOMPARE(close->text(), QStringLiteral("Close"));
        if (failure == u"verifier" && !salesforce) {
            dialog->grab().save(shotPath(QStringLiteral("sign_in_dialog_failed_en.png")));
        }
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!window.dialog());
        QVERIFY2(window.secrets.all().isEmpty(), "something reached the secret store");
        QVERIFY(!window.status.settings().isCrmConfigured());
        QVERIFY(!loadSavedCrmConnection(window.status.settings(), window.secrets));
    }

    void cancelStopsWaiting() {
        HubSpotServer hubSpot;
        Window window;
        QUrl opened;
        window.page.setBrowserOpener([&](const QUrl &url) {
            opened = url; // a browser in which the user never signs in
            return true;
        });
        window.fill(false, hubSpot.baseUrl());
        QSignalSpy finished(&window.page, &CrmConnectionsPage::signInFinished);
        QTest::mouseClick(window.find<QPushButton>("crmSignIn"), Qt::LeftButton);
        SignInDialog *dialog = window.dialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!opened.isEmpty());
        QVERIFY(dialog->signIn().isListening());
        QVERIFY(!window.find<QPushButton>("crmSignIn")->isEnabled()); // one sign-in at a time
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInCancel")), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Sign-in cancelled."));
        QTRY_VERIFY(!window.dialog());
        QVERIFY(window.find<QPushButton>("crmSignIn")->isEnabled());
        QVERIFY(window.secrets.all().isEmpty());
    }

    void anAppWithoutItsSecretIsAskedFor() {
        Window window;
        bool opened = false;
        window.page.setBrowserOpener([&](const QUrl &) { return opened = true; });
        window.find<QComboBox>("crmKind")->setCurrentIndex(HubSpotOAuth);
        QTest::keyClicks(window.find<QLineEdit>("crmClientId"), QStringLiteral("client"));
        const auto [ok, message] = window.signIn();
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("client secret")), qPrintable(message));
        QVERIFY(!opened);
        QVERIFY(!window.dialog());
    }

    // The waiting dialog, in English and Romanian, for the pictures in the report.
    void dialogPictures() {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ro")}) {
            QCOMPARE(installLanguage(language), language);
            for (const bool salesforce : {false, true}) {
                HubSpotServer hubSpot;
                SalesforceServer sf;
                Window window;
                window.page.setBrowserOpener([](const QUrl &) { return true; });
                window.fill(salesforce, salesforce ? sf.loginUrl() : hubSpot.baseUrl());
                if (!salesforce)
                    QVERIFY(
                        window.page.grab().save(shotPath(QStringLiteral("crm_page_%1.png").arg(language))));
                QTest::mouseClick(window.find<QPushButton>("crmSignIn"), Qt::LeftButton);
                SignInDialog *dialog = window.dialog();
                QVERIFY(dialog);
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                const QString crm = salesforce ? QStringLiteral("salesforce") : QStringLiteral("hubspot");
                QVERIFY(dialog->grab().save(
                    shotPath(QStringLiteral("sign_in_dialog_%1_%2.png").arg(crm, language))));
                dialog->reject();
            }
        }
        installLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestCrmSignIn)
#include "test_crm_sign_in.moc"
