// SPDX-License-Identifier: GPL-3.0-or-later
// Team sync between desktops through a real PostgreSQL 15: each desktop is its own copy of the demo cache,
// each person their own login role. What one desktop rates, notes or snapshots reaches the others the server
// lets see it; a sync cut off anywhere, or repeated, loses and doubles nothing.

#include "AppProcess.h"
#include "PostgresServer.h"
#include "store/Database.h"
#include "store/FeedbackStore.h"
#include "store/TeamOutboxStore.h"
#include "store/TeamPullStore.h"
#include "team/PgConnection.h"
#include "team/TeamMembers.h"
#include "team/TeamSchema.h"
#include "team/TeamSync.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;
using namespace dp::team;
using dp::test::runApp;

namespace {

const QByteArray kPassword = "team sync test password";

QJsonObject statusOf(const QString &cache) {
    const test::AppRun run = runApp({QStringLiteral("team"), QStringLiteral("status"), QStringLiteral("--db"),
                                     cache, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qFatal("team status failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

std::unique_ptr<Database> openCacheFile(const QString &path) {
    OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
    if (!opened.ok())
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error));
    return std::move(opened.database);
}

QList<std::pair<QString, QString>> keys(Database &db, const char *sql) {
    Statement query(db.handle(), sql);
    QList<std::pair<QString, QString>> result;
    while (query.step())
        result.append({query.text(0), query.text(1)});
    return result;
}

} // namespace

class TestTeamSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;
    QTemporaryDir m_dir;
    QString m_demo;
    int m_desktops = 0;

    // A fresh desktop: a copy of the demo cache, whose own ratings, notes and snapshots are not shared (each
    // copy would share them again under its user's name), so each test decides what the team sees.
    QString desktop() {
        const QString path = m_dir.filePath(QStringLiteral("desktop%1.sqlite").arg(++m_desktops));
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo cache");
        openCacheFile(path)->exec("DELETE FROM team_outbox");
        return path;
    }

    QString database(const QString &name, const QList<std::tuple<QString, MemberRole, QString>> &people) {
        m_server->createDatabase(name);
        auto admin = PgConnection::open(m_server->superuserParameters(name));
        TeamSchema::apply(*admin);
        for (const auto &[email, role, team] : people)
            addMember(*admin, {email, role, team, kPassword});
        return name;
    }

    std::unique_ptr<PgConnection> as(const QString &db, const QString &email) {
        return PgConnection::open(m_server->parameters(db, email, kPassword));
    }

    TeamSyncResult syncIn(const QString &cache, const QString &db, const QString &email, int batch = 500) {
        auto server = as(db, email);
        auto local = openCacheFile(cache);
        TeamSync sync(*local, *server);
        sync.setBatchSize(batch);
        try {
            return sync.run();
        } catch (const TeamError &error) {
            qWarning("team sync failed: %s", qPrintable(error.message()));
            throw;
        } catch (const StoreError &error) {
            qWarning("team sync failed in the cache: %s", qPrintable(error.message()));
            throw;
        }
    }

    void cliSync(const QString &cache, const QString &db, const QString &email) {
        const test::AppRun run =
            runApp({QStringLiteral("team"), QStringLiteral("sync"), QStringLiteral("--db"), cache,
                    QStringLiteral("--server"), m_server->address(db, email)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("Pushed ")), qPrintable(run.out));
    }

    // The email of the rep who owns the demo deal, and the deal's key.
    std::tuple<QString, QString, QString> ownedDeal(const QString &cache, int index) {
        auto db = openCacheFile(cache);
        Statement query(db->handle(), "SELECT lower(o.email), d.source, d.remote_id FROM deals d"
                                      " JOIN owners o ON o.id = d.owner_id ORDER BY o.email, d.id");
        QStringList emails;
        std::tuple<QString, QString, QString> found;
        while (query.step()) {
            if (!emails.contains(query.text(0)))
                emails.append(query.text(0));
            if (emails.size() == index + 1) {
                found = {query.text(0), query.text(1), query.text(2)};
                break;
            }
        }
        return found;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<test::PostgresServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const test::AppRun demo = runApp({QStringLiteral("demo"), QStringLiteral("--db"), m_demo,
                                          QStringLiteral("--deals"), QStringLiteral("40")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        {
            // Each desktop's copy stands for a cache synced from a CRM: the demo itself is never shared.
            OpenResult opened = Database::open(m_demo, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            opened.database->exec("DELETE FROM meta WHERE key = 'demo_now'");
        }
        qputenv("DEALPULSE_TEAM_PASSWORD", kPassword);
    }

    void cleanupTestCase() { m_server.reset(); }

    // The demo's ratings and notes are invented: pushed, they would train the whole team's lexicon.
    void theDemoIsNeverShared() {
        const QString viewer = QStringLiteral("demo.viewer@example.com");
        const QString db =
            database(QStringLiteral("demo"), {{viewer, MemberRole::Rep, QStringLiteral("east")}});
        const QString path = desktop();
        QString interaction;
        {
            auto cache = openCacheFile(path);
            Statement query(cache->handle(), "SELECT source || ':' || remote_id FROM interactions"
                                             " WHERE kind = 'email' AND direction = 'inbound' LIMIT 1");
            QVERIFY(query.step());
            interaction = query.text(0);
        }
        const test::AppRun rated =
            runApp({QStringLiteral("rate"), QStringLiteral("--db"), path, QStringLiteral("--interaction"),
                    interaction, QStringLiteral("--positive"), QStringLiteral("--as"), viewer});
        QVERIFY2(rated.exitCode == 0, qPrintable(rated.err));
        openCacheFile(path)->exec("INSERT INTO meta(key, value) VALUES ('demo_now', '2026-12-01T00:00:00Z')");
        const auto outbox = [&] {
            auto cache = openCacheFile(path);
            Statement query(cache->handle(), "SELECT count(*) FROM team_outbox");
            return query.step() ? query.int64(0) : qint64(-1);
        };
        QCOMPARE(outbox(), qint64(1));
        const test::AppRun run =
            runApp({QStringLiteral("team"), QStringLiteral("sync"), QStringLiteral("--db"), path,
                    QStringLiteral("--server"), m_server->address(db, viewer)});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("demo pipeline")), qPrintable(run.err));
        QCOMPARE(as(db, viewer)->exec("SELECT count(*) FROM ratings").int64(0, 0), qint64(0));
        QCOMPARE(outbox(), qint64(1));
    }

    void twoDesktopsRateOfflineAndLearnTheSameLexicon() {
        const QString db =
            database(QStringLiteral("rate"),
                     {{QStringLiteral("ana@example.com"), MemberRole::Rep, QStringLiteral("east")},
                      {QStringLiteral("ben@example.com"), MemberRole::Rep, QStringLiteral("east")}});
        const QString a = desktop();
        const QString b = desktop();
        const QJsonObject before = statusOf(a);
        QCOMPARE(before.value(QStringLiteral("lexicon_version")).toString().size(), 64);
        QList<std::pair<QString, QString>> emails;
        {
            auto cache = openCacheFile(a);
            emails = keys(*cache, "SELECT source, remote_id FROM interactions WHERE kind = 'email' AND"
                                  " direction = 'inbound' AND body_text <> '' ORDER BY id LIMIT 8");
        }
        QCOMPARE(emails.size(), 8);
        // Offline: each desktop rates its own interactions, one interaction by both.
        for (int i = 0; i < 8; ++i) {
            const bool onA = i < 5;
            const QString key = emails[i].first + QLatin1Char(':') + emails[i].second;
            for (const QString &cache : onA || i == 7 ? QStringList{a} : QStringList{})
                QCOMPARE(runApp({QStringLiteral("rate"), QStringLiteral("--db"), cache,
                                 QStringLiteral("--interaction"), key,
                                 i % 2 ? QStringLiteral("--positive") : QStringLiteral("--negative"),
                                 QStringLiteral("--as"), QStringLiteral("ana@example.com")})
                             .exitCode,
                         0);
            if (!onA)
                QCOMPARE(runApp({QStringLiteral("rate"), QStringLiteral("--db"), b,
                                 QStringLiteral("--interaction"), key, QStringLiteral("--positive"),
                                 QStringLiteral("--as"), QStringLiteral("ben@example.com")})
                             .exitCode,
                         0);
        }
        const QJsonObject offlineA = statusOf(a);
        const QJsonObject offlineB = statusOf(b);
        QVERIFY(offlineA.value(QStringLiteral("outbox")).toInt() >= 6);
        QVERIFY(offlineA.value(QStringLiteral("lexicon_version")) !=
                offlineB.value(QStringLiteral("lexicon_version")));

        cliSync(a, db, QStringLiteral("ana@example.com"));
        cliSync(b, db, QStringLiteral("ben@example.com"));
        cliSync(a, db, QStringLiteral("ana@example.com"));
        const QJsonObject afterA = statusOf(a);
        const QJsonObject afterB = statusOf(b);
        QCOMPARE(afterA.value(QStringLiteral("outbox")).toInt(), 0);
        QCOMPARE(afterB.value(QStringLiteral("outbox")).toInt(), 0);
        QCOMPARE(afterA.value(QStringLiteral("ratings")).toInt(),
                 afterB.value(QStringLiteral("ratings")).toInt());
        QCOMPARE(afterA.value(QStringLiteral("ratings")).toInt(),
                 before.value(QStringLiteral("ratings")).toInt() + 6 + 3);
        QCOMPARE(afterA.value(QStringLiteral("lexicon_version")).toString(),
                 afterB.value(QStringLiteral("lexicon_version")).toString());
        QVERIFY(afterA.value(QStringLiteral("lexicon_version")) !=
                before.value(QStringLiteral("lexicon_version")));
        // A sync with nothing new changes nothing; both published the version they learned.
        cliSync(b, db, QStringLiteral("ben@example.com"));
        QCOMPARE(statusOf(b), afterB);
        auto server = as(db, QStringLiteral("ben@example.com"));
        QCOMPARE(server
                     ->exec("SELECT count(DISTINCT weights_sha256) FROM lexicon_versions WHERE through_seq ="
                            " (SELECT max(through_seq) FROM lexicon_versions)")
                     .int64(0, 0),
                 1);
    }

    void coachingNotesReachOnlyThoseAllowed() {
        const QString probe = desktop();
        const auto [rep1, source, remoteId] = ownedDeal(probe, 0);
        const auto [rep2, source2, remoteId2] = ownedDeal(probe, 1);
        QVERIFY(!rep1.isEmpty() && !rep2.isEmpty() && rep1 != rep2);
        const QString db =
            database(QStringLiteral("notes"),
                     {{rep1, MemberRole::Rep, QStringLiteral("east")},
                      {rep2, MemberRole::Rep, QStringLiteral("east")},
                      {QStringLiteral("mia@example.com"), MemberRole::Manager, QStringLiteral("east")}});
        const QString manager = desktop();
        const QString deskOfRep1 = desktop();
        const QString deskOfRep2 = desktop();
        const test::AppRun noted =
            runApp({QStringLiteral("note"), QStringLiteral("--db"), manager, QStringLiteral("--deal"),
                    source + QLatin1Char(':') + remoteId, QStringLiteral("--text"),
                    QStringLiteral("Get the CFO on the next call"), QStringLiteral("--as"),
                    QStringLiteral("mia@example.com")});
        QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));
        const qint64 notesBefore = statusOf(deskOfRep2).value(QStringLiteral("coaching_notes")).toInt();
        cliSync(manager, db, QStringLiteral("mia@example.com"));
        cliSync(deskOfRep1, db, rep1);
        cliSync(deskOfRep2, db, rep2);
        QCOMPARE(statusOf(deskOfRep1).value(QStringLiteral("coaching_notes")).toInt(), notesBefore + 1);
        QCOMPARE(statusOf(deskOfRep2).value(QStringLiteral("coaching_notes")).toInt(), notesBefore);
        // Not the client's doing: asked directly, as the other rep, the server returns no row at all.
        auto other = as(db, rep2);
        QCOMPARE(other->exec("SELECT count(*) FROM note_versions").int64(0, 0), 0);
        QCOMPARE(as(db, rep1)->exec("SELECT count(*) FROM note_versions").int64(0, 0), 1);
    }

    void serverStoppedMidPushLosesAndDoublesNothing() {
        const QString db =
            database(QStringLiteral("faults"),
                     {{QStringLiteral("cy@example.com"), MemberRole::Rep, QStringLiteral("east")}});
        const QString cache = desktop();
        {
            auto local = openCacheFile(cache);
            const auto interactions =
                keys(*local, "SELECT source, remote_id FROM interactions ORDER BY id LIMIT 30");
            FeedbackStore feedback(*local);
            Statement id(local->handle(), "SELECT id FROM interactions ORDER BY id LIMIT 30");
            int i = 0;
            while (id.step())
                feedback.addRating(
                    Rating{id.int64(0), QStringLiteral("cy@example.com"), i++ % 2 ? 1 : -1, {}, i});
        }
        const qint64 queued = openCacheFile(cache)->cached("SELECT count(*) FROM team_outbox").singleInt64();
        QVERIFY(queued >= 30);
        // The server goes away after the 7th row of a batch: the connection drops mid-transaction.
        auto admin = PgConnection::open(m_server->superuserParameters(db));
        admin->execScript(
            "CREATE FUNCTION cut() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " IF (SELECT count(*) FROM ratings) >= 7 THEN PERFORM pg_terminate_backend(pg_backend_pid());"
            " END IF; RETURN NEW; END $$;"
            "CREATE TRIGGER cut AFTER INSERT ON ratings FOR EACH ROW EXECUTE FUNCTION cut();");
        admin.reset();
        try {
            syncIn(cache, db, QStringLiteral("cy@example.com"), 5);
            QFAIL("the push went through a dropped connection");
        } catch (const PgError &error) {
            QVERIFY2(error.connectionLost(), qPrintable(error.message()));
        }
        // Stopped as by a crash, then back.
        QVERIFY2(m_server->stop(true), qPrintable(m_server->error()));
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        admin = PgConnection::open(m_server->superuserParameters(db));
        const qint64 committed = admin->exec("SELECT count(*) FROM ratings").int64(0, 0);
        QCOMPARE(committed, 5); // the first batch, not a row of the cut one
        QCOMPARE(openCacheFile(cache)->cached("SELECT count(*) FROM team_outbox").singleInt64(), queued - 5);
        admin->execScript("DROP TRIGGER cut ON ratings");

        // A crash after the server committed but before the cache forgot the entries: the old cache again.
        const QString beforeSync = cache + QStringLiteral(".before");
        QVERIFY(QFile::copy(cache, beforeSync));
        syncIn(cache, db, QStringLiteral("cy@example.com"), 5);
        QCOMPARE(admin->exec("SELECT count(*) FROM ratings").int64(0, 0), queued);
        QVERIFY(QFile::remove(cache));
        QVERIFY(QFile::rename(beforeSync, cache));
        const TeamSyncResult again = syncIn(cache, db, QStringLiteral("cy@example.com"), 5);
        QCOMPARE(again.pulledRatings, 0);
        QCOMPARE(admin->exec("SELECT count(*) FROM ratings").int64(0, 0), queued);
        QCOMPARE(admin->exec("SELECT count(DISTINCT change_id) FROM ratings").int64(0, 0), queued);
        QCOMPARE(openCacheFile(cache)->cached("SELECT count(*) FROM team_outbox").singleInt64(), 0);
        QCOMPARE(openCacheFile(cache)
                     ->cached("SELECT count(*) FROM ratings WHERE rater = 'cy@example.com'")
                     .singleInt64(),
                 30);
    }

    void sameAuthorEditingOnTwoDesktopsKeepsBothVersions() {
        const QString probe = desktop();
        // Only the author has a login here: the deal's rep has one from an earlier test (roles are the
        // cluster's).
        const auto [owner, source, remoteId] = ownedDeal(probe, 0);
        Q_UNUSED(owner);
        const QString db =
            database(QStringLiteral("conflict"),
                     {{QStringLiteral("max@example.com"), MemberRole::Manager, QStringLiteral("east")}});
        const QString laptop = desktop();
        const QString office = desktop();
        const QString author = QStringLiteral("max@example.com");
        const test::AppRun noted =
            runApp({QStringLiteral("note"), QStringLiteral("--db"), laptop, QStringLiteral("--deal"),
                    source + QLatin1Char(':') + remoteId, QStringLiteral("--text"),
                    QStringLiteral("Discount at most 10%"), QStringLiteral("--as"), author});
        QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));
        const qint64 laptopNote = noted.out.trimmed().toLongLong();
        syncIn(laptop, db, author);
        syncIn(office, db, author);
        qint64 officeNote = 0;
        {
            auto cache = openCacheFile(office);
            officeNote = cache->cached("SELECT id FROM coaching_notes WHERE body = 'Discount at most 10%'")
                             .singleInt64();
        }
        QVERIFY(officeNote > 0);
        // Both offline, the same author edits the note on each desktop.
        QVERIFY(FeedbackStore(*openCacheFile(laptop))
                    .editNote(laptopNote, author, QStringLiteral("Discount at most 5%"), 10));
        QVERIFY(FeedbackStore(*openCacheFile(office))
                    .editNote(officeNote, author, QStringLiteral("No discount"), 11));
        syncIn(laptop, db, author);
        syncIn(office, db, author);
        syncIn(laptop, db, author);
        for (const QString &cache : {laptop, office}) {
            auto local = openCacheFile(cache);
            QCOMPARE(TeamPullStore(*local).noteConflicts(), 1);
            QCOMPARE(local
                         ->cached("SELECT count(*) FROM coaching_notes WHERE body IN ('Discount at most 5%',"
                                  " 'No discount')")
                         .singleInt64(),
                     2);
            QCOMPARE(local->cached("SELECT count(*) FROM coaching_notes WHERE body = 'Discount at most 10%'")
                         .singleInt64(),
                     0);
            QCOMPARE(statusOf(cache).value(QStringLiteral("note_conflicts")).toInt(), 1);
        }
        // The server kept every version: the first and the two edits of it.
        QCOMPARE(as(db, author)->exec("SELECT count(*) FROM note_versions").int64(0, 0), 3);
    }

    // A server that breaks its own rules (its checks dropped, then oversized or impossible rows) gets a clear
    // error; the cache keeps what it had and the same change number.
    void hostileServerRowsAreRefusedWithoutHarm() {
        const QString db =
            database(QStringLiteral("hostile"),
                     {{QStringLiteral("eve@example.com"), MemberRole::Rep, QStringLiteral("east")}});
        const QString cache = desktop();
        const QJsonObject before = statusOf(cache);
        auto admin = PgConnection::open(m_server->superuserParameters(db));
        admin->execScript("ALTER TABLE ratings DROP CONSTRAINT ratings_note_check;"
                          "ALTER TABLE ratings DROP CONSTRAINT ratings_value_check;");
        const char *insert =
            "INSERT INTO ratings(change_id, rater, interaction_source, interaction_remote_id, value,"
            " note, rated_at) VALUES (gen_random_uuid(), 'mallory@example.com', 'hubspot', 'x', $1,"
            " $2, 1)";
        admin->exec(insert, PgParams().add(1).add(QByteArray(3 << 20, 'a')));
        try {
            syncIn(cache, db, QStringLiteral("eve@example.com"));
            QFAIL("a 3 MB note was taken in");
        } catch (const TeamError &error) {
            QVERIFY2(error.message().contains(QLatin1String("bytes")), qPrintable(error.message()));
        }
        QCOMPARE(statusOf(cache), before);
        admin->exec("DELETE FROM ratings");
        admin->exec(insert, PgParams().add(7).add("seven"));
        QVERIFY_THROWS_EXCEPTION(TeamError, syncIn(cache, db, QStringLiteral("eve@example.com")));
        QCOMPARE(statusOf(cache), before);
    }

    // A change the server's rules refuse (here an edit of a note someone else wrote) leaves the outbox with a
    // warning instead of blocking every change queued after it.
    void refusedChangeDoesNotBlockTheOutbox() {
        const QString probe = desktop();
        const auto [owner, source, remoteId] = ownedDeal(probe, 2);
        const QString db =
            database(QStringLiteral("refused"),
                     {{owner, MemberRole::Rep, QStringLiteral("east")},
                      {QStringLiteral("ann@example.com"), MemberRole::Manager, QStringLiteral("east")},
                      {QStringLiteral("bob@example.com"), MemberRole::Manager, QStringLiteral("east")}});
        const QString annDesk = desktop();
        const QString bobDesk = desktop();
        QCOMPARE(
            runApp({QStringLiteral("note"), QStringLiteral("--db"), annDesk, QStringLiteral("--deal"),
                    source + QLatin1Char(':') + remoteId, QStringLiteral("--text"),
                    QStringLiteral("Ann's note"), QStringLiteral("--as"), QStringLiteral("ann@example.com")})
                .exitCode,
            0);
        syncIn(annDesk, db, QStringLiteral("ann@example.com"));
        syncIn(bobDesk, db, QStringLiteral("bob@example.com"));
        {
            auto local = openCacheFile(bobDesk);
            const qint64 note =
                local->cached("SELECT id FROM coaching_notes WHERE body = 'Ann''s note'").singleInt64();
            QVERIFY(note > 0);
            const qint64 deal =
                local->cached("SELECT deal_id FROM coaching_notes WHERE body = 'Ann''s note'").singleInt64();
            // Bob's desktop is told Ann's name, as a wrongly set-up desktop might be.
            QVERIFY(FeedbackStore(*local).editNote(note, QStringLiteral("ann@example.com"),
                                                   QStringLiteral("Bob was here"), 5));
            FeedbackStore(*local).addNote(deal, QStringLiteral("bob@example.com"),
                                          QStringLiteral("Bob's own note"), 6);
        }
        const TeamSyncResult result = syncIn(bobDesk, db, QStringLiteral("bob@example.com"), 500);
        QCOMPARE(result.refused, 1);
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(openCacheFile(bobDesk)->cached("SELECT count(*) FROM team_outbox").singleInt64(), 0);
        auto server = as(db, QStringLiteral("ann@example.com"));
        QCOMPARE(server->exec("SELECT count(*) FROM note_versions WHERE body = 'Bob was here'").int64(0, 0),
                 0);
        QCOMPARE(
            server->exec("SELECT count(*) FROM note_versions WHERE body = 'Bob''s own note'").int64(0, 0), 1);
    }

    void snapshotArrivesWithTheSameDigest() {
        const QString db =
            database(QStringLiteral("snapshots"),
                     {{QStringLiteral("vp@example.com"), MemberRole::Manager, QStringLiteral("east")},
                      {QStringLiteral("zoe@example.com"), MemberRole::Manager, QStringLiteral("west")},
                      {QStringLiteral("ray@example.com"), MemberRole::Rep, QStringLiteral("east")}});
        const QString taker = desktop();
        const QString other = desktop();
        const QString rep = desktop();
        const qint64 before = statusOf(other).value(QStringLiteral("snapshots")).toInt();
        const test::AppRun taken =
            runApp({QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("--db"), taker,
                    QStringLiteral("--label"), QStringLiteral("Week 49 forecast call"),
                    QStringLiteral("--taken-by"), QStringLiteral("vp@example.com")});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
        const qint64 takenId = taken.out.trimmed().toLongLong();
        cliSync(taker, db, QStringLiteral("vp@example.com"));
        cliSync(other, db, QStringLiteral("zoe@example.com"));
        cliSync(rep, db, QStringLiteral("ray@example.com"));
        QCOMPARE(statusOf(other).value(QStringLiteral("snapshots")).toInt(), before + 1);
        QCOMPARE(statusOf(rep).value(QStringLiteral("snapshots")).toInt(), before);
        auto takerCache = openCacheFile(taker);
        auto otherCache = openCacheFile(other);
        const std::optional<TeamSnapshot> original = TeamPullStore(*takerCache).localSnapshot(takenId);
        const qint64 arrivedId =
            otherCache->cached("SELECT id FROM snapshots WHERE label = 'Week 49 forecast call'")
                .singleInt64();
        const std::optional<TeamSnapshot> arrived = TeamPullStore(*otherCache).localSnapshot(arrivedId);
        QVERIFY(original && arrived);
        QVERIFY(original->rows.size() > 10);
        QCOMPARE(arrived->rows.size(), original->rows.size());
        QCOMPARE(arrived->rowsSha256, original->rowsSha256);
        QCOMPARE(
            as(db, QStringLiteral("zoe@example.com"))->exec("SELECT rows_sha256 FROM snapshots").text(0, 0),
            original->rowsSha256);
    }
};

QTEST_GUILESS_MAIN(TestTeamSync)
#include "test_team_sync.moc"
