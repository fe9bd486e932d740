// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of the team layer against a real PostgreSQL 15: Settings → Team's Test connection, the
// status bar's count of unsent changes around a team sync, and the Lexicon page's version. Screenshots go
// to $DEALPULSE_SCREENSHOTS when it is set.

#include "AppProcess.h"
#include "MainWindow.h"
#include "PostgresServer.h"
#include "analytics/sentiment/RatingService.h"
#include "app/LexiconService.h"
#include "domain/Clock.h"
#include "lexicon/LexiconView.h"
#include "settings/AppSettings.h"
#include "settings/SettingsStore.h"
#include "store/Database.h"
#include "sync/SecretStore.h"
#include "sync/SyncStatus.h"
#include "tasks/TaskRunner.h"
#include "team/PgConnection.h"
#include "team/TeamMembers.h"
#include "team/TeamSchema.h"
#include "team/TeamSettingsPage.h"
#include "team/TeamStatusLabel.h"
#include "team/TeamSyncRunner.h"
#include "translations/Language.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace dp;
using namespace dp::team;
using dp::test::runApp;

namespace {

const QByteArray kPassword = "team gui test password";
const QString kRep = QStringLiteral("ana@example.com");

QJsonObject statusOf(const QString &cache) {
    const test::AppRun run = runApp({QStringLiteral("team"), QStringLiteral("status"), QStringLiteral("--db"),
                                     cache, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qFatal("team status failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void screenshot(QWidget &widget, const QString &name) {
    const QString dir = qEnvironmentVariable("DEALPULSE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // the status bar lays out a label's new width on its next event
    widget.grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestTeamGui : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;
    QTemporaryDir m_dir;
    QString m_cache;
    TaskRunner m_tasks; // the window's runner, for the pages and the team sync tested alone

    // The server's address without a user: the page adds the one in its User field.
    QString serverUrl() const {
        QUrl url(m_server->address(QStringLiteral("gui")));
        QUrlQuery query(url);
        query.removeQueryItem(QStringLiteral("user"));
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded);
    }

    TeamSettings settings() const { return {serverUrl(), kRep}; }

    // Rates the cache's n-th inbound email through the CLI, as the deal page's buttons do through the cache.
    void rateInboundEmail(int n, const char *sign) {
        QString key;
        {
            OpenResult opened = Database::open(m_cache, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            Statement query(opened.database->handle(),
                            "SELECT source || ':' || remote_id FROM interactions WHERE kind = 'email' AND"
                            " direction = 'inbound' AND body_text <> '' ORDER BY id LIMIT 1 OFFSET ?1");
            query.bind(1, n);
            QVERIFY(query.step());
            key = query.text(0);
        }
        const test::AppRun rated =
            runApp({QStringLiteral("rate"), QStringLiteral("--db"), m_cache, QStringLiteral("--interaction"),
                    key, QString::fromLatin1(sign), QStringLiteral("--as"), kRep});
        QVERIFY2(rated.exitCode == 0, qPrintable(rated.err));
    }

    void testPage(sync::SecretStore &secrets, const QByteArray &password, bool expectOk, QString *status) {
        TeamSettingsPage page(secrets, settings(), m_tasks);
        page.resize(640, 320);
        page.findChild<QLineEdit *>(QStringLiteral("teamPassword"))->setText(QString::fromUtf8(password));
        QSignalSpy finished(&page, &TeamSettingsPage::testFinished);
        page.testConnection();
        // Off the GUI thread: the page is still testing when testConnection returns.
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("teamStatus"))->text(), page.tr("Testing…"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), expectOk);
        *status = finished.first().at(1).toString();
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("teamStatus"))->text(), *status);
        if (expectOk) {
            screenshot(page, QStringLiteral("team-page-en.png"));
            installLanguage(QStringLiteral("ro"));
            TeamSettingsPage romanian(secrets, settings(), m_tasks);
            romanian.resize(640, 320);
            romanian.findChild<QLineEdit *>(QStringLiteral("teamPassword"))
                ->setText(QString::fromUtf8(password));
            QSignalSpy done(&romanian, &TeamSettingsPage::testFinished);
            romanian.testConnection();
            QVERIFY(done.wait(30000));
            QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
            QVERIFY2(done.first().at(1).toString().contains(
                         QStringLiteral("rolul dumneavoastră: agent de vânzări")),
                     qPrintable(done.first().at(1).toString()));
            screenshot(romanian, QStringLiteral("team-page-ro.png"));
            installLanguage(QStringLiteral("en"));
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        installLanguage(QStringLiteral("en"));
        m_server = std::make_unique<test::PostgresServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_server->createDatabase(QStringLiteral("gui"));
        auto admin = PgConnection::open(m_server->superuserParameters(QStringLiteral("gui")));
        TeamSchema::apply(*admin);
        addMember(*admin, {kRep, MemberRole::Rep, QStringLiteral("east"), kPassword});
        m_cache = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const test::AppRun demo = runApp({QStringLiteral("demo"), QStringLiteral("--db"), m_cache,
                                          QStringLiteral("--deals"), QStringLiteral("20")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // The demo's own judgments are not this user's to share: the tests decide what is unsent.
        OpenResult opened = Database::open(m_cache, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        // A desktop's own cache, not the demo, which is never shared.
        opened.database->exec("DELETE FROM team_outbox; DELETE FROM meta WHERE key = 'demo_now'");
    }

    void cleanupTestCase() { m_server.reset(); }

    void testConnectionShowsTheRepsRole() {
        sync::MemorySecretStore secrets;
        QString status;
        testPage(secrets, kPassword, true, &status);
        QVERIFY2(status.contains(QLatin1String("your role: rep")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("schema version %1").arg(TeamSchema::latestVersion())),
                 qPrintable(status));
    }

    void testConnectionShowsAWrongPassword() {
        sync::MemorySecretStore secrets;
        QString status;
        testPage(secrets, "not the password", false, &status);
        QVERIFY2(status.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(status));
    }

    void savedPasswordIsTheCliKeychainKeyAndNotInSettings() {
        sync::MemorySecretStore secrets;
        TeamSettingsPage page(secrets, settings(), m_tasks);
        page.findChild<QLineEdit *>(QStringLiteral("teamPassword"))->setText(QString::fromUtf8(kPassword));
        QVERIFY(page.save());
        const QString address = settings().address();
        QCOMPARE(addressUser(address), kRep);
        QCOMPARE(secrets.all().value(QStringLiteral("team-server/") + address), kPassword);
        const QSettings raw; // the file as written: the password is not in it
        for (const QString &key : raw.allKeys())
            QVERIFY2(!raw.value(key).toString().contains(QString::fromUtf8(kPassword)), qPrintable(key));
        QCOMPARE(SettingsStore().team().address(), address);
        // The keychain's password is used when the field is empty.
        QSignalSpy finished(&page, &TeamSettingsPage::testFinished);
        page.testConnection();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    }

    void okInTheSettingsDialogSavesTheTeamPage() {
        sync::MemorySecretStore secrets;
        { SettingsStore().setTeam(TeamSettings{}); }
        QDialog dialog;
        auto *page = new TeamSettingsPage(secrets, TeamSettings{}, m_tasks, &dialog);
        QSignalSpy saved(page, &TeamSettingsPage::saved);
        dialog.show();
        dialog.hide();
        dialog.show(); // shown twice: still one save on OK
        page->findChild<QLineEdit *>(QStringLiteral("teamServer"))->setText(serverUrl());
        page->findChild<QLineEdit *>(QStringLiteral("teamUser"))->setText(kRep);
        page->findChild<QLineEdit *>(QStringLiteral("teamPassword"))->setText(QString::fromUtf8(kPassword));
        dialog.accept();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(SettingsStore().team().address(), settings().address());
        QCOMPARE(secrets.all().value(teamPasswordKey(settings().address())), kPassword);
        // Nothing changed: OK saves nothing (and starts no team sync).
        dialog.show();
        dialog.accept();
        QCOMPARE(saved.size(), 1);
    }

    void statusCountsARatingThenUpToDateAfterTheTeamSync() {
        sync::MemorySecretStore secrets;
        QString error;
        QVERIFY(secrets.write(teamPasswordKey(settings().address()), kPassword, &error));
        TeamSyncRunner runner([&secrets]() -> sync::SecretStore & { return secrets; },
                              std::make_shared<SystemClock>(), m_tasks);
        QStatusBar bar;
        auto *label = new TeamStatusLabel(runner);
        bar.addPermanentWidget(label);
        bar.resize(420, bar.sizeHint().height());
        QVERIFY(label->isHidden()); // no team server yet

        QSignalSpy changed(&runner, &TeamSyncRunner::statusChanged);
        runner.setSettings(settings());
        runner.setCachePath(m_cache);
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), TeamSyncRunner::State::UpToDate, 30000);

        // A rating made on this desktop (as the deal page's buttons do, through the cache) is unsent.
        rateInboundEmail(0, "--positive");
        if (QTest::currentTestFailed())
            return;
        runner.refreshOutbox();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), TeamSyncRunner::State::Unsent, 30000);
        QCOMPARE(runner.unsent(), 1);
        QCOMPARE(label->text(), QStringLiteral("Team: 1 unsent"));
        QVERIFY(label->isVisible() || !bar.isVisible());
        screenshot(bar, QStringLiteral("status-unsent.png"));

        // Two requests while one runs give one more sync, never two at once.
        QSignalSpy finished(&runner, &TeamSyncRunner::syncFinished);
        runner.requestSync();
        QVERIFY(runner.isSyncing());
        runner.requestSync();
        runner.requestSync();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(runner.isSyncing()); // the one requested meanwhile
        QVERIFY(finished.wait(30000));
        QVERIFY(!runner.isSyncing());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(runner.state(), TeamSyncRunner::State::UpToDate);
        QCOMPARE(label->text(), QStringLiteral("Team: up to date"));
        QCOMPARE(statusOf(m_cache).value(QStringLiteral("outbox")).toInt(), 0);
        screenshot(bar, QStringLiteral("status-up-to-date.png"));
    }

    void statusIsOfflineWithTheReason() {
        sync::MemorySecretStore secrets; // no password: the server refuses
        TeamSyncRunner runner([&secrets]() -> sync::SecretStore & { return secrets; },
                              std::make_shared<SystemClock>(), m_tasks);
        QStatusBar bar;
        auto *label = new TeamStatusLabel(runner);
        bar.addPermanentWidget(label);
        bar.resize(420, bar.sizeHint().height());
        runner.setSettings(settings());
        runner.setCachePath(m_cache);
        QSignalSpy finished(&runner, &TeamSyncRunner::syncFinished);
        runner.requestSync();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(runner.state(), TeamSyncRunner::State::Offline);
        QVERIFY(label->text().startsWith(QLatin1String("Team: offline")));
        QVERIFY(!label->toolTip().isEmpty());
        QCOMPARE(label->toolTip(), runner.error());
        screenshot(bar, QStringLiteral("status-offline.png"));
    }

    void lexiconPageShowsTheVersionOfTeamStatus() {
        const QString version = statusOf(m_cache).value(QStringLiteral("lexicon_version")).toString();
        QCOMPARE(version.size(), 64);
        OpenResult opened = Database::open(m_cache, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        SystemClock clock;
        sentiment::RatingService service(*opened.database, clock);
        TaskRunner runner;
        LexiconView view(std::make_unique<LexiconService>(service, m_cache), runner);
        view.refresh();
        auto *label = view.findChild<QLabel *>(QStringLiteral("lexiconVersion"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(version.left(12)), qPrintable(label->text()));
        QVERIFY(!label->text().contains(version));
        QVERIFY2(label->toolTip().contains(version), qPrintable(label->toolTip()));
    }

    // The window: a team sync when the cache opens and after each CRM sync; the status bar shows the count.
    void windowSyncsAtStartAndAfterACrmSync() {
        { SettingsStore().setTeam(settings()); }
        MainWindow window(SettingsStore().app());
        window.resize(1100, 600);
        auto memory = std::make_unique<sync::MemorySecretStore>();
        QString error;
        QVERIFY(memory->write(teamPasswordKey(settings().address()), kPassword, &error));
        window.syncStatus()->setSecretStore(std::move(memory));
        TeamSyncRunner *runner = window.teamSync();
        auto *label = window.findChild<QLabel *>(QStringLiteral("teamSyncStatus"));
        QVERIFY(label);
        QSignalSpy finished(runner, &TeamSyncRunner::syncFinished);
        window.show();
        window.openCache(m_cache);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(runner->error()));
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Team: up to date"), 30000);
        // The weekly snapshot the window takes on opening is followed by a team sync of its own: both end
        // before the rating, or that sync would share the rating before the count could show it.
        QTRY_VERIFY_WITH_TIMEOUT(window.runner().running().isEmpty(), 60000);
        QCOMPARE(label->text(), QStringLiteral("Team: up to date"));

        rateInboundEmail(1, "--negative");
        if (QTest::currentTestFailed())
            return;
        // What the deal page's feedbackChanged does after a rating made in the window.
        runner->refreshOutbox();
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Team: 1 unsent"), 30000);
        screenshot(*window.statusBar(), QStringLiteral("window-status-unsent.png"));

        // A CRM sync that finished: the team sync follows.
        finished.clear();
        emit window.syncStatus()->finished(true, QStringLiteral("Synced."), 0);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(runner->error()));
        QCOMPARE(label->text(), QStringLiteral("Team: up to date"));
        {
            // Only what a rep cannot share is left: the weekly snapshot the window took, kept for managers.
            OpenResult opened = Database::open(m_cache, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            Statement left(opened.database->handle(),
                           "SELECT count(*) FROM team_outbox WHERE kind <> 'snapshot'");
            QVERIFY(left.step());
            QCOMPARE(left.int64(0), 0);
        }
        if (statusOf(m_cache).value(QStringLiteral("outbox")).toInt() > 0)
            QVERIFY(runner->snapshotsKept());
        screenshot(*window.statusBar(), QStringLiteral("window-status-up-to-date.png"));
    }
};

QTEST_MAIN(TestTeamGui)
#include "test_team_gui.moc"
