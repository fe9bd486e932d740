// SPDX-License-Identifier: GPL-3.0-or-later
// The team server's schema against a real PostgreSQL 15: migrations applied once and idempotently, a newer
// schema refused, people added as login roles, and who sees what enforced by the server's row-level security.
// The visibility checks query the server directly as each person's own login role, so nothing on the client
// side can be what filters the rows.

#include "PostgresServer.h"
#include "team/PgConnection.h"
#include "team/TeamMembers.h"
#include "team/TeamSchema.h"

#include <QTest>
#include <QUuid>

using namespace dp;
using namespace dp::team;

namespace {

QByteArray uuid() {
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

const QByteArray kPassword = "correct horse battery";

struct Person {
    QString email;
    MemberRole role = MemberRole::Rep;
    QString team;
};

} // namespace

class TestTeamServer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;

    std::unique_ptr<PgConnection> superuser(const QString &database) {
        return PgConnection::open(m_server->superuserParameters(database));
    }

    std::unique_ptr<PgConnection> as(const QString &database, const QString &email) {
        return PgConnection::open(m_server->parameters(database, email, kPassword));
    }

    // A fresh database with the schema and the given people (email → role, team).
    QString initialisedDatabase(const QString &name, const QList<Person> &people = {}) {
        m_server->createDatabase(name);
        auto admin = superuser(name);
        TeamSchema::apply(*admin);
        for (const Person &person : people)
            addMember(*admin, {person.email, person.role, person.team, kPassword});
        return name;
    }

    qint64 count(PgConnection &connection, const char *sql, const PgParams &params = {}) {
        return connection.exec(sql, params).int64(0, 0);
    }

    QByteArray insertNote(PgConnection &connection, const QByteArray &noteId, const QString &dealOwner,
                          const QString &body) {
        const QByteArray changeId = uuid();
        connection.exec(
            "INSERT INTO note_versions(change_id, note_id, deal_source, deal_remote_id, deal_owner,"
            " body, edited_at) VALUES ($1, $2, 'hubspot', 'deal-1', $3, $4, 1)",
            PgParams().add(changeId).add(noteId).add(dealOwner).add(body));
        return changeId;
    }

    // Runs sql and returns the SQLSTATE it was refused with, empty when it succeeded.
    QByteArray refusal(PgConnection &connection, const char *sql, const PgParams &params = {}) {
        try {
            connection.exec(sql, params);
        } catch (const PgError &error) {
            return error.sqlState();
        }
        return {};
    }

private slots:
    void initTestCase() {
        m_server = std::make_unique<test::PostgresServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void clusterListensOnlyOnItsSocket() {
        auto connection = superuser(QStringLiteral("postgres"));
        QCOMPARE(connection->exec("SHOW listen_addresses").text(0, 0), QString());
        QVERIFY(!connection->exec("SHOW unix_socket_directories").text(0, 0).isEmpty());
        QCOMPARE(connection->user(), test::PostgresServer::superuser());
        // Every role needs its password, as on a real server.
        auto wrong = m_server->superuserParameters(QStringLiteral("postgres"));
        wrong.set("password", "wrong");
        QVERIFY_THROWS_EXCEPTION(PgError, PgConnection::open(wrong));
    }

    void initTwiceIsHarmless() {
        m_server->createDatabase(QStringLiteral("init_twice"));
        auto admin = superuser(QStringLiteral("init_twice"));
        QCOMPARE(TeamSchema::serverVersion(*admin), 0);
        QCOMPARE(TeamSchema::apply(*admin), TeamSchema::latestVersion());
        QVERIFY(TeamSchema::latestVersion() >= 1);
        admin->exec("INSERT INTO members(email, role, team) VALUES ('kept@example.com', 'rep', 'east')");
        const qint64 tables = count(*admin, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
        QCOMPARE(TeamSchema::apply(*admin), 0);
        QCOMPARE(TeamSchema::serverVersion(*admin), TeamSchema::latestVersion());
        QCOMPARE(count(*admin, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), tables);
        QCOMPARE(count(*admin, "SELECT count(*) FROM members"), 1);
        QCOMPARE(count(*admin, "SELECT count(*) FROM dealpulse_schema"), qint64(TeamSchema::latestVersion()));
        TeamSchema::requireCompatible(*admin);
        // The group roles are cluster-wide: a second team database beside the first initialises as well.
        m_server->createDatabase(QStringLiteral("init_beside"));
        auto beside = superuser(QStringLiteral("init_beside"));
        QCOMPARE(TeamSchema::apply(*beside), TeamSchema::latestVersion());
    }

    void uninitialisedServerIsRefusedClearly() {
        m_server->createDatabase(QStringLiteral("empty"));
        auto connection = superuser(QStringLiteral("empty"));
        try {
            TeamSchema::requireCompatible(*connection);
            QFAIL("an empty server was accepted");
        } catch (const TeamError &error) {
            QVERIFY2(error.message().contains(QLatin1String("team init")), qPrintable(error.message()));
        }
    }

    void newerServerSchemaIsRefused() {
        initialisedDatabase(QStringLiteral("newer"));
        auto admin = superuser(QStringLiteral("newer"));
        admin->exec("INSERT INTO dealpulse_schema(version) VALUES ($1)",
                    PgParams().add(TeamSchema::latestVersion() + 1));
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                if (attempt == 0)
                    TeamSchema::requireCompatible(*admin);
                else
                    TeamSchema::apply(*admin);
                QFAIL("a newer server schema was accepted");
            } catch (const TeamError &error) {
                QVERIFY2(error.message().contains(QLatin1String("newer")), qPrintable(error.message()));
            }
        }
        QCOMPARE(TeamSchema::serverVersion(*admin), TeamSchema::latestVersion() + 1);
    }

    void membersLogInWithTheirRole() {
        const QString db = initialisedDatabase(
            QStringLiteral("people"),
            {{QStringLiteral("Ana@Example.com"), MemberRole::Rep, QStringLiteral("east")},
             {QStringLiteral("boss@example.com"), MemberRole::Admin, QStringLiteral("east")}});
        auto ana = as(db, QStringLiteral("ana@example.com"));
        const std::optional<MemberInfo> me = currentMember(*ana);
        QVERIFY(me);
        QCOMPARE(me->email, QStringLiteral("ana@example.com"));
        QCOMPARE(me->role, MemberRole::Rep);
        QCOMPARE(me->team, QStringLiteral("east"));
        TeamSchema::requireCompatible(*ana);

        // An admin (not a superuser) adds people; a rep may not.
        auto boss = as(db, QStringLiteral("boss@example.com"));
        addMember(*boss, {QStringLiteral("carl@example.com"), MemberRole::Manager, QStringLiteral("east"),
                          kPassword});
        QCOMPARE(currentMember(*as(db, QStringLiteral("carl@example.com")))->role, MemberRole::Manager);
        QVERIFY_THROWS_EXCEPTION(
            PgError, addMember(*ana, {QStringLiteral("dan@example.com"), MemberRole::Rep, {}, kPassword}));

        // The same person twice, and emails that cannot name a login, are clear errors.
        QVERIFY_THROWS_EXCEPTION(
            TeamError, addMember(*boss, {QStringLiteral("ana@example.com"), MemberRole::Rep, {}, kPassword}));
        QVERIFY_THROWS_EXCEPTION(
            TeamError, addMember(*boss, {QStringLiteral("not an email"), MemberRole::Rep, {}, kPassword}));
        QVERIFY_THROWS_EXCEPTION(
            TeamError, addMember(*boss, {QString(60, QLatin1Char('x')) + QStringLiteral("@example.com"),
                                         MemberRole::Rep,
                                         {},
                                         kPassword}));
        auto wrong = m_server->parameters(db, QStringLiteral("ana@example.com"), "wrong password");
        QVERIFY_THROWS_EXCEPTION(PgError, PgConnection::open(wrong));
    }

    void coachingNotesFollowTheDealsRep() {
        const QString db = initialisedDatabase(
            QStringLiteral("notes"),
            {{QStringLiteral("rep1@example.com"), MemberRole::Rep, QStringLiteral("east")},
             {QStringLiteral("rep2@example.com"), MemberRole::Rep, QStringLiteral("east")},
             {QStringLiteral("mgr.east@example.com"), MemberRole::Manager, QStringLiteral("east")},
             {QStringLiteral("mgr.west@example.com"), MemberRole::Manager, QStringLiteral("west")}});
        auto rep1 = as(db, QStringLiteral("rep1@example.com"));
        auto rep2 = as(db, QStringLiteral("rep2@example.com"));
        auto east = as(db, QStringLiteral("mgr.east@example.com"));
        auto west = as(db, QStringLiteral("mgr.west@example.com"));

        const QByteArray coaching = uuid();
        insertNote(*east, coaching, QStringLiteral("rep1@example.com"),
                   QStringLiteral("Ask for the budget owner"));
        const QByteArray own = uuid();
        insertNote(*rep1, own, QStringLiteral("rep1@example.com"), QStringLiteral("My own reminder"));

        // The rep the deal belongs to and the manager of that rep's team see both; the author sees theirs.
        QCOMPARE(count(*rep1, "SELECT count(*) FROM note_versions"), 2);
        QCOMPARE(count(*east, "SELECT count(*) FROM note_versions"), 2);
        // Another rep, even asking for the note by its id, gets nothing; a manager of another team neither.
        QCOMPARE(count(*rep2, "SELECT count(*) FROM note_versions"), 0);
        QCOMPARE(
            count(*rep2, "SELECT count(*) FROM note_versions WHERE note_id = $1", PgParams().add(coaching)),
            0);
        QCOMPARE(count(*west, "SELECT count(*) FROM note_versions"), 0);

        // Writing as someone else, or a version of someone else's note, is refused by the server.
        QCOMPARE(
            refusal(*rep2,
                    "INSERT INTO note_versions(change_id, note_id, author, deal_source, deal_remote_id, body,"
                    " edited_at) VALUES ($1, $2, 'rep1@example.com', 'hubspot', 'deal-1', 'forged', 1)",
                    PgParams().add(uuid()).add(uuid())),
            QByteArray("42501"));
        QCOMPARE(
            refusal(
                *rep2,
                "INSERT INTO note_versions(change_id, note_id, deal_source, deal_remote_id, body, edited_at)"
                " VALUES ($1, $2, 'hubspot', 'deal-1', 'hijack', 1)",
                PgParams().add(uuid()).add(own)),
            QByteArray("42501"));
        // Versions are history: nobody rewrites or deletes one.
        QCOMPARE(refusal(*rep1, "UPDATE note_versions SET body = 'rewritten'"), QByteArray("42501"));
        QCOMPARE(refusal(*rep1, "DELETE FROM note_versions"), QByteArray("42501"));
        // The author edits their own note with a new version.
        insertNote(*rep1, own, QStringLiteral("rep1@example.com"), QStringLiteral("My own reminder, edited"));
        QCOMPARE(count(*rep1, "SELECT count(*) FROM note_versions WHERE note_id = $1", PgParams().add(own)),
                 2);
    }

    void ratingsAreSharedAndSignedByTheirRater() {
        const QString db = initialisedDatabase(
            QStringLiteral("ratings"),
            {{QStringLiteral("r1@example.com"), MemberRole::Rep, QStringLiteral("east")},
             {QStringLiteral("r2@example.com"), MemberRole::Rep, QStringLiteral("west")}});
        auto r1 = as(db, QStringLiteral("r1@example.com"));
        auto r2 = as(db, QStringLiteral("r2@example.com"));
        const char *insert =
            "INSERT INTO ratings(change_id, interaction_source, interaction_remote_id, value,"
            " rated_at) VALUES ($1, 'hubspot', 'email-1', $2, 1) ON CONFLICT (change_id) DO NOTHING";
        const QByteArray first = uuid();
        r1->exec(insert, PgParams().add(first).add(1));
        // The same change pushed again (a retry after a lost answer) adds nothing.
        r1->exec(insert, PgParams().add(first).add(1));
        r1->exec(insert, PgParams().add(uuid()).add(-1));
        r2->exec(insert, PgParams().add(uuid()).add(1));
        QCOMPARE(count(*r1, "SELECT count(*) FROM ratings"), 3);
        QCOMPARE(count(*r2, "SELECT count(*) FROM ratings"), 3);
        // The latest by server order is the current one; the history stays.
        QCOMPARE(count(*r2, "SELECT value FROM current_ratings WHERE rater = 'r1@example.com'"), -1);
        QCOMPARE(count(*r2, "SELECT count(*) FROM current_ratings"), 2);
        QCOMPARE(
            refusal(*r2,
                    "INSERT INTO ratings(change_id, rater, interaction_source, interaction_remote_id, value,"
                    " rated_at) VALUES ($1, 'r1@example.com', 'hubspot', 'email-1', 1, 1)",
                    PgParams().add(uuid())),
            QByteArray("42501"));
        QCOMPARE(refusal(*r1, "UPDATE ratings SET value = 1"), QByteArray("42501"));
    }

    void changeNumbersAreTheServersAndIncrease() {
        const QString db = initialisedDatabase(
            QStringLiteral("seq"),
            {{QStringLiteral("s1@example.com"), MemberRole::Rep, QStringLiteral("east")}});
        auto s1 = as(db, QStringLiteral("s1@example.com"));
        // A client naming its own number is overruled.
        s1->exec(
            "INSERT INTO ratings(change_id, seq, interaction_source, interaction_remote_id, value, rated_at)"
            " VALUES ($1, 999999, 'hubspot', 'email-1', 1, 1)",
            PgParams().add(uuid()));
        QByteArray note = uuid();
        insertNote(*s1, note, QStringLiteral("s1@example.com"), QStringLiteral("n"));
        s1->exec(
            "INSERT INTO lexicon_versions(change_id, weights_sha256, through_seq, rating_count, created_at)"
            " VALUES ($1, repeat('a', 64), 1, 1, 1)",
            PgParams().add(uuid()));
        const PgResult seqs = s1->exec("SELECT seq FROM ratings UNION ALL SELECT seq FROM note_versions"
                                       " UNION ALL SELECT seq FROM lexicon_versions");
        QCOMPARE(seqs.rows(), 3);
        QVERIFY(seqs.int64(0, 0) < 999999);
        QVERIFY(seqs.int64(0, 0) < seqs.int64(1, 0));
        QVERIFY(seqs.int64(1, 0) < seqs.int64(2, 0));
    }

    void snapshotsAreForManagersAndImmutable() {
        const QString db = initialisedDatabase(
            QStringLiteral("snapshots"),
            {{QStringLiteral("sr@example.com"), MemberRole::Rep, QStringLiteral("east")},
             {QStringLiteral("sm1@example.com"), MemberRole::Manager, QStringLiteral("east")},
             {QStringLiteral("sm2@example.com"), MemberRole::Manager, QStringLiteral("west")}});
        auto rep = as(db, QStringLiteral("sr@example.com"));
        auto m1 = as(db, QStringLiteral("sm1@example.com"));
        auto m2 = as(db, QStringLiteral("sm2@example.com"));
        const char *insertSnapshot = "INSERT INTO snapshots(change_id, taken_at, as_of, going_dark_days, "
                                     "label, row_count, rows_sha256, rows)"
                                     " VALUES ($1, 1, 1, 14, 'Week 48', 1, repeat('b', 64), $2::jsonb) ON "
                                     "CONFLICT (change_id) DO NOTHING";
        const QByteArray rows = R"([{"source": "hubspot", "remote_id": "deal-1", "document": "{}"}])";
        const QByteArray snapshot = uuid();
        m1->exec(insertSnapshot, PgParams().add(snapshot).add(rows));
        // Pushed again after a lost answer: nothing more.
        m1->exec(insertSnapshot, PgParams().add(snapshot).add(rows));
        QCOMPARE(count(*m2, "SELECT count(*) FROM snapshots"), 1);
        QCOMPARE(count(*m2, "SELECT count(*) FROM snapshot_rows"), 1);
        QCOMPARE(count(*m2, "SELECT count(*) FROM snapshots WHERE rows IS NOT NULL"), 0);
        QCOMPARE(count(*rep, "SELECT count(*) FROM snapshots"), 0);
        QCOMPARE(count(*rep, "SELECT count(*) FROM snapshot_rows"), 0);
        QCOMPARE(refusal(*rep, insertSnapshot, PgParams().add(uuid()).add(rows)), QByteArray("42501"));
        // Rows that do not match the count are refused.
        QCOMPARE(refusal(*m1, insertSnapshot, PgParams().add(uuid()).add("[]")), QByteArray("23514"));
        // A snapshot taken cannot grow, change or go.
        QCOMPARE(refusal(*m1,
                         "INSERT INTO snapshot_rows(snapshot_id, deal_source, deal_remote_id, document)"
                         " VALUES ($1, 'hubspot', 'deal-2', '{}')",
                         PgParams().add(snapshot)),
                 QByteArray("42501"));
        QCOMPARE(refusal(*m1, "UPDATE snapshots SET label = 'changed'"), QByteArray("42501"));
        QCOMPARE(refusal(*m1, "DELETE FROM snapshot_rows"), QByteArray("42501"));
        QCOMPARE(count(*m1, "SELECT count(*) FROM snapshot_rows"), 1);
    }

    void serverComesBackAfterAnImmediateStop() {
        const QString db = initialisedDatabase(QStringLiteral("restart"));
        superuser(db)->exec("INSERT INTO members(email, role) VALUES ('kept@example.com', 'rep')");
        auto open = superuser(db);
        QVERIFY2(m_server->stop(true), qPrintable(m_server->error()));
        try {
            open->exec("SELECT 1");
            QFAIL("a stopped server answered");
        } catch (const PgError &error) {
            QVERIFY2(error.connectionLost(), qPrintable(error.message()));
        }
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QCOMPARE(count(*superuser(db), "SELECT count(*) FROM members"), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "test_team_server.moc"
