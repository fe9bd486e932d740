// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse team init / add-user run as a user runs them, against a real PostgreSQL 15.

#include "AppProcess.h"
#include "PostgresServer.h"
#include "team/PgConnection.h"
#include "team/TeamMembers.h"
#include "team/TeamSchema.h"

#include <QTest>

using namespace dp;
using namespace dp::team;
using dp::test::runApp;

class TestTeamCli : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;

private slots:
    void initTestCase() {
        m_server = std::make_unique<test::PostgresServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        // The children inherit it: the superuser's password, as an admin's own would come.
        qputenv("DEALPULSE_TEAM_PASSWORD", m_server->superuserPassword().toUtf8());
    }

    void cleanupTestCase() { m_server.reset(); }

    void initTwiceIsHarmless() {
        const QString db = m_server->createDatabase(QStringLiteral("cli_init"));
        const QString address = m_server->address(db);
        const test::AppRun first =
            runApp({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--server"), address});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QLatin1String("Applied")), qPrintable(first.out));
        const test::AppRun second =
            runApp({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--server"), address});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QLatin1String("up to date")), qPrintable(second.out));
        auto connection = PgConnection::open(m_server->superuserParameters(db));
        QCOMPARE(TeamSchema::serverVersion(*connection), TeamSchema::latestVersion());
    }

    void addUserPrintsAPasswordOnce() {
        const QString db = m_server->createDatabase(QStringLiteral("cli_people"));
        const QString address = m_server->address(db);
        QCOMPARE(runApp({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--server"), address})
                     .exitCode,
                 0);
        const test::AppRun added =
            runApp({QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("--server"), address,
                    QStringLiteral("--email"), QStringLiteral("Mara@Example.com"), QStringLiteral("--role"),
                    QStringLiteral("manager"), QStringLiteral("--team"), QStringLiteral("east")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.outLines().size(), 1);
        const QByteArray password = added.outLines().first().toUtf8();
        QVERIFY(password.size() >= 20);
        auto mara =
            PgConnection::open(m_server->parameters(db, QStringLiteral("mara@example.com"), password));
        const std::optional<MemberInfo> me = currentMember(*mara);
        QVERIFY(me);
        QCOMPARE(me->role, MemberRole::Manager);
        QCOMPARE(me->team, QStringLiteral("east"));

        // The same person again is refused; the first login keeps working.
        const test::AppRun again =
            runApp({QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("--server"), address,
                    QStringLiteral("--email"), QStringLiteral("mara@example.com"), QStringLiteral("--role"),
                    QStringLiteral("rep")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already")), qPrintable(again.err));
        QVERIFY(again.out.isEmpty());
    }

    void addUserTakesThePasswordFromTheEnvironment() {
        const QString db = m_server->createDatabase(QStringLiteral("cli_env"));
        const QString address = m_server->address(db);
        QCOMPARE(runApp({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--server"), address})
                     .exitCode,
                 0);
        qputenv("DEALPULSE_NEW_USER_PASSWORD", "chosen by the admin");
        const test::AppRun added =
            runApp({QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("--server"), address,
                    QStringLiteral("--email"), QStringLiteral("rex@example.com"), QStringLiteral("--role"),
                    QStringLiteral("rep")});
        qunsetenv("DEALPULSE_NEW_USER_PASSWORD");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.isEmpty());
        auto rex = PgConnection::open(
            m_server->parameters(db, QStringLiteral("rex@example.com"), "chosen by the admin"));
        QCOMPARE(currentMember(*rex)->role, MemberRole::Rep);
    }

    void badArgumentsAreOneLineErrors() {
        const QString address = m_server->address(QStringLiteral("postgres"));
        const auto run = [](const QStringList &arguments) {
            return runApp(QStringList{QStringLiteral("team")} + arguments);
        };
        QCOMPARE(run({QStringLiteral("init")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(
            run({QStringLiteral("add-user"), QStringLiteral("--server"), address, QStringLiteral("--email"),
                 QStringLiteral("x@example.com"), QStringLiteral("--role"), QStringLiteral("boss")})
                .exitCode,
            2);
        QCOMPARE(
            run({QStringLiteral("add-user"), QStringLiteral("--server"), address, QStringLiteral("--email"),
                 QStringLiteral("no email"), QStringLiteral("--role"), QStringLiteral("rep")})
                .exitCode,
            2);
        const test::AppRun plain = run({QStringLiteral("init"), QStringLiteral("--server"),
                                        QStringLiteral("postgresql://db.example.com/team?sslmode=disable")});
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.contains(QLatin1String("verify-full")), qPrintable(plain.err));
        QCOMPARE(plain.err.count(QLatin1Char('\n')), 1);
        // A server that is not there fails the work, in one line.
        const test::AppRun absent = run({QStringLiteral("init"), QStringLiteral("--server"),
                                         QStringLiteral("postgresql:///team?host=/nonexistent&port=1")});
        QCOMPARE(absent.exitCode, 1);
        QCOMPARE(absent.err.count(QLatin1Char('\n')), 1);
        // A database without the schema is refused before anything is written.
        const test::AppRun uninitialised =
            run({QStringLiteral("add-user"), QStringLiteral("--server"), address, QStringLiteral("--email"),
                 QStringLiteral("y@example.com"), QStringLiteral("--role"), QStringLiteral("rep")});
        QCOMPARE(uninitialised.exitCode, 1);
        QVERIFY2(uninitialised.err.contains(QLatin1String("team init")), qPrintable(uninitialised.err));
    }

    void helpNamesTheCommands() {
        const test::AppRun help = runApp({QStringLiteral("team"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *sub : {"init", "add-user", "sync", "status"})
            QVERIFY2(help.out.contains(QLatin1String(sub)), qPrintable(help.out));
        const test::AppRun addUser =
            runApp({QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("--help")});
        QCOMPARE(addUser.exitCode, 0);
        QVERIFY(addUser.out.contains(QLatin1String("--role")));
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "test_team_cli.moc"
