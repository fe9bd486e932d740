// SPDX-License-Identifier: GPL-3.0-or-later
// Live team updates against a real PostgreSQL 15: migration 0002's NOTIFY after each committed change, the
// listener that hears it and the pull that follows without anyone asking; the window's learner and Lexicon
// page after ratings arrive that way; and a listener that outlives a server restart. Desktop A works through
// the CLI (as a second computer would), desktop B is a window or a headless runner. Screenshots go to
// $DEALPULSE_SCREENSHOTS when it is set.

#include "AppProcess.h"
#include "MainWindow.h"
#include "PostgresServer.h"
#include "domain/Clock.h"
#include "lexicon/LexiconView.h"
#include "settings/SettingsStore.h"
#include "store/Database.h"
#include "sync/SecretStore.h"
#include "sync/SyncStatus.h"
#include "tasks/TaskRunner.h"
#include "team/PgConnection.h"
#include "team/TeamListener.h"
#include "team/TeamMembers.h"
#include "team/TeamSchema.h"
#include "team/TeamSyncRunner.h"
#include "translations/Language.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;
using namespace dp::team;
using dp::test::runApp;

namespace {

const QByteArray kPassword = "team live test password";

// Login roles belong to the whole cluster, so each test's database has people of its own: Ana works on
// desktop A through the CLI, Ben on desktop B, which listens.
QString ana(const QString &db) {
    return QStringLiteral("ana.%1@example.com").arg(db);
}
QString ben(const QString &db) {
    return QStringLiteral("ben.%1@example.com").arg(db);
}

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
    QCoreApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name));
}

// The notifications a LISTENing connection has received so far.
QList<QByteArray> drained(PgConnection &listener) {
    QList<QByteArray> payloads;
    for (const PgNotification &notification : listener.takeNotifications())
        if (notification.channel == TeamListener::kChannel)
            payloads.append(notification.payload);
    return payloads;
}

} // namespace

class TestTeamLive : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;
    QTemporaryDir m_dir;
    QString m_demo;
    int m_desktops = 0;
    int m_rated = 0; // inbound emails rated so far, so each rating is a new one
    TaskRunner m_tasks;

    QString desktop() {
        const QString path = m_dir.filePath(QStringLiteral("desktop%1.sqlite").arg(++m_desktops));
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo cache");
        OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
        if (!opened.ok())
            qFatal("cannot open %s", qPrintable(path));
        // Each copy's own demo judgments are not shared: the tests decide what the team sees.
        opened.database->exec("DELETE FROM team_outbox");
        return path;
    }

    QString database(const QString &name) {
        m_server->createDatabase(name);
        auto admin = PgConnection::open(m_server->superuserParameters(name));
        TeamSchema::apply(*admin);
        addMember(*admin, {ana(name), MemberRole::Rep, QStringLiteral("east"), kPassword});
        addMember(*admin, {ben(name), MemberRole::Rep, QStringLiteral("east"), kPassword});
        return name;
    }

    // The address B's runner or window uses: the test server's, for Ben.
    TeamSettings settingsOf(const QString &db) const { return {m_server->address(db, ben(db)), QString()}; }

    // Desktop A rates `count` inbound emails it has not rated before and shares them with one `team sync`.
    void rateAndSyncOnA(const QString &cache, const QString &db, const char *sign, int count = 1) {
        for (int i = 0; i < count; ++i) {
            QString key;
            {
                OpenResult opened = Database::open(cache, Database::Mode::ReadWrite);
                QVERIFY(opened.ok());
                Statement query(opened.database->handle(),
                                "SELECT source || ':' || remote_id FROM interactions WHERE kind = 'email' AND"
                                " direction = 'inbound' AND body_text <> '' ORDER BY id LIMIT 1 OFFSET ?1");
                query.bind(1, m_rated++);
                QVERIFY(query.step());
                key = query.text(0);
            }
            const test::AppRun rated = runApp({QStringLiteral("rate"), QStringLiteral("--db"), cache,
                                               QStringLiteral("--interaction"), key,
                                               QString::fromLatin1(sign), QStringLiteral("--as"), ana(db)});
            QVERIFY2(rated.exitCode == 0, qPrintable(rated.err));
        }
        const test::AppRun synced =
            runApp({QStringLiteral("team"), QStringLiteral("sync"), QStringLiteral("--db"), cache,
                    QStringLiteral("--server"), m_server->address(db, ana(db))});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QVERIFY2(synced.out.startsWith(QStringLiteral("Pushed %1,").arg(count)), qPrintable(synced.out));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        installLanguage(QStringLiteral("en"));
        m_server = std::make_unique<test::PostgresServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const test::AppRun demo = runApp({QStringLiteral("demo"), QStringLiteral("--db"), m_demo,
                                          QStringLiteral("--deals"), QStringLiteral("20")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        OpenResult opened = Database::open(m_demo, Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        // Each desktop stands for a cache synced from a CRM: the demo itself is never shared.
        opened.database->exec("DELETE FROM meta WHERE key = 'demo_now'");
        qputenv("DEALPULSE_TEAM_PASSWORD", kPassword); // the CLI's password for desktop A
    }

    void cleanupTestCase() { m_server.reset(); }

    // A server made by an older Dealpulse (schema 1) gets live updates from `team init`, once.
    void initGivesAnOlderServerItsNotifications() {
        const QString db = m_server->createDatabase(QStringLiteral("older"));
        {
            auto admin = PgConnection::open(m_server->superuserParameters(db));
            QFile first(QStringLiteral(":/team/migrations/0001_initial.sql"));
            QVERIFY(first.open(QIODevice::ReadOnly));
            PgTransaction transaction(*admin);
            admin->execScript("CREATE TABLE dealpulse_schema (version integer PRIMARY KEY,"
                              " applied_at timestamptz NOT NULL DEFAULT now(),"
                              " applied_by text NOT NULL DEFAULT current_user)");
            admin->execScript(first.readAll());
            admin->exec("INSERT INTO dealpulse_schema(version) VALUES (1)");
            transaction.commit();
            QCOMPARE(TeamSchema::serverVersion(*admin), 1);
            addMember(*admin, {ana(db), MemberRole::Rep, QStringLiteral("east"), kPassword});
        }
        const QString address = m_server->address(db);
        qputenv("DEALPULSE_TEAM_PASSWORD", m_server->superuserPassword().toUtf8());
        for (int run = 0; run < 2; ++run) {
            const test::AppRun init =
                runApp({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--server"), address});
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        }
        qputenv("DEALPULSE_TEAM_PASSWORD", kPassword);
        auto admin = PgConnection::open(m_server->superuserParameters(db));
        QCOMPARE(TeamSchema::serverVersion(*admin), 2);
        QCOMPARE(admin->exec("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%\\_notify'").int64(0, 0),
                 3);

        // A listener (any member) hears each committed statement once, with its newest change number; a
        // statement rolled back, or one that inserted nothing, says nothing.
        auto listener = PgConnection::open(m_server->parameters(db, ana(db), kPassword));
        listener->exec("LISTEN dealpulse_changes");
        auto writer = PgConnection::open(m_server->parameters(db, ana(db), kPassword));
        const char *insert =
            "INSERT INTO ratings(change_id, interaction_source, interaction_remote_id, value,"
            " rated_at) VALUES ($1::uuid, 'crm', $2, 1, 0), ($3::uuid, 'crm', $4, -1, 0)"
            " ON CONFLICT (change_id) DO NOTHING";
        const PgParams two = PgParams()
                                 .add("00000000-0000-0000-0000-000000000001")
                                 .add("i1")
                                 .add("00000000-0000-0000-0000-000000000002")
                                 .add("i2");
        {
            PgTransaction rolledBack(*writer);
            writer->exec(insert, two);
        }
        writer->exec(insert, two);
        writer->exec(insert, two); // both there already: nothing inserted
        const qint64 newest = writer->exec("SELECT max(seq) FROM ratings").int64(0, 0);
        QList<QByteArray> payloads;
        QTRY_VERIFY_WITH_TIMEOUT(!(payloads += drained(*listener)).isEmpty(), 30000);
        // The one after it, as a fence: everything before it has arrived by the time it does.
        writer->exec("INSERT INTO note_versions(change_id, note_id, deal_source, deal_remote_id, body,"
                     " edited_at) VALUES (gen_random_uuid(), gen_random_uuid(), 'crm', 'd1', 'x', 0)");
        QTRY_VERIFY_WITH_TIMEOUT((payloads += drained(*listener)).size() >= 2, 30000);
        QCOMPARE(payloads.size(), 2);
        QCOMPARE(payloads.first(), QByteArray::number(newest));
        QVERIFY(payloads.last().toLongLong() > newest);
    }

    // B's window is open and listening; A rates and team-syncs. B pulls without anyone asking, learns from
    // the rating and its Lexicon page shows the version A has.
    void windowPullsWhatAnotherDesktopRates() {
        const QString db = database(QStringLiteral("window"));
        const QString a = desktop();
        const QString b = desktop();
        { SettingsStore().setTeam(settingsOf(db)); }
        MainWindow window(SettingsStore().app());
        window.resize(1100, 650);
        auto memory = std::make_unique<sync::MemorySecretStore>();
        QString error;
        QVERIFY(memory->write(teamPasswordKey(settingsOf(db).address()), kPassword, &error));
        window.syncStatus()->setSecretStore(std::move(memory));
        TeamSyncRunner *runner = window.teamSync();
        QVERIFY(runner->listener());
        QSignalSpy finished(runner, &TeamSyncRunner::syncFinished);
        window.show();
        window.openCache(b);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(runner->error()));
        QTRY_COMPARE_WITH_TIMEOUT(runner->listener()->state(), TeamListener::State::Listening, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isSyncing(), 30000);

        window.showPage(window.lexiconPage());
        auto *version = window.lexiconView()->findChild<QLabel *>(QStringLiteral("lexiconVersion"));
        QVERIFY(version);
        // Read from the label, not `team status`: a second process must not open B's cache while the window
        // reads it (Database::open's header check closes a file descriptor of the cache, which drops this
        // process's SQLite locks on it, so the other process may checkpoint under the window's reader).
        const QString before = version->toolTip().section(QLatin1Char(' '), -1);
        QCOMPARE(before.size(), 64);

        QSignalSpy pulled(runner, &TeamSyncRunner::ratingsPulled);
        finished.clear();
        rateAndSyncOnA(a, db, "--positive");
        if (QTest::currentTestFailed())
            return;
        const QString onA = statusOf(a).value(QStringLiteral("lexicon_version")).toString();
        QVERIFY(onA != before);
        QTRY_VERIFY_WITH_TIMEOUT(pulled.size() == 1, 60000);
        QTRY_VERIFY2_WITH_TIMEOUT(version->text().contains(onA.left(12)), qPrintable(version->toolTip()),
                                  60000);
        QVERIFY2(version->toolTip().contains(onA), qPrintable(version->toolTip()));
        // One sync pulled it, never two at once.
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isSyncing(), 30000);
        QVERIFY(!finished.isEmpty());
        QVERIFY(finished.last().at(0).toBool());
        screenshot(window, QStringLiteral("team-live-lexicon.png"));
    }

    // A headless B (runner and listener, as the window has them): its own pushes come back as notifications
    // and are let go; the server restarts under it and it listens again and still hears A.
    void listenerSurvivesAServerRestart() {
        const QString db = database(QStringLiteral("restart"));
        const QString a = desktop();
        const QString b = desktop();
        sync::MemorySecretStore secrets;
        QString error;
        QVERIFY(secrets.write(teamPasswordKey(settingsOf(db).address()), kPassword, &error));
        TeamSyncRunner runner([&secrets]() -> sync::SecretStore & { return secrets; },
                              std::make_shared<SystemClock>(), m_tasks);
        runner.setAnnounceDelay(50);
        runner.setLive(true);
        TeamListener *listener = runner.listener();
        listener->setRetryDelays(100, 1000);
        QSignalSpy heard(listener, &TeamListener::changed);
        QSignalSpy finished(&runner, &TeamSyncRunner::syncFinished);
        QSignalSpy pulled(&runner, &TeamSyncRunner::ratingsPulled);
        runner.setSettings(settingsOf(db));
        runner.setCachePath(b);
        runner.requestSync();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(runner.error()));
        QTRY_COMPARE_WITH_TIMEOUT(listener->state(), TeamListener::State::Listening, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isSyncing() && !runner.hasSyncPending(), 30000);

        // B's own rating, pushed by its own sync: heard, and let go (the sync pulled it back already).
        {
            OpenResult opened = Database::open(b, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            Statement query(opened.database->handle(),
                            "SELECT source || ':' || remote_id FROM interactions WHERE kind = 'email' AND"
                            " direction = 'inbound' AND body_text <> '' ORDER BY id DESC LIMIT 1");
            QVERIFY(query.step());
            const test::AppRun rated =
                runApp({QStringLiteral("rate"), QStringLiteral("--db"), b, QStringLiteral("--interaction"),
                        query.text(0), QStringLiteral("--negative"), QStringLiteral("--as"), ben(db)});
            QVERIFY2(rated.exitCode == 0, qPrintable(rated.err));
        }
        heard.clear();
        finished.clear();
        runner.requestSync();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(runner.error()));
        const qint64 own = PgConnection::open(m_server->parameters(db, ben(db), kPassword))
                               ->exec("SELECT max(seq) FROM ratings WHERE rater = current_user")
                               .int64(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty() && heard.last().at(0).toLongLong() == own, 30000);
        QVERIFY(!runner.isSyncing());
        QVERIFY(!runner.hasSyncPending());
        QCOMPARE(finished.size(), 1);

        // The server goes away: the listener waits, quietly, and listens again once it is back.
        QVERIFY(m_server->stop());
        QTRY_VERIFY_WITH_TIMEOUT(listener->state() != TeamListener::State::Listening, 30000);
        QVERIFY(m_server->start());
        QTRY_COMPARE_WITH_TIMEOUT(listener->state(), TeamListener::State::Listening, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isSyncing() && !runner.hasSyncPending(), 30000);

        // A's sync pushes three ratings, each statement notified: they make one sync on B.
        heard.clear();
        pulled.clear();
        finished.clear();
        rateAndSyncOnA(a, db, "--negative", 3);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!pulled.isEmpty(), 60000);
        QVERIFY(heard.size() >= 3); // by the notifications, not some other sync
        QCOMPARE(finished.size(), 1);
        QCOMPARE(statusOf(b).value(QStringLiteral("ratings")), statusOf(a).value(QStringLiteral("ratings")));
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isSyncing(), 30000);
        QVERIFY(finished.last().at(0).toBool());
        runner.setLive(false);
    }
};

QTEST_MAIN(TestTeamLive)
#include "test_team_live.moc"
