// SPDX-License-Identifier: GPL-3.0-or-later
// Opening caches: fresh, upgraded, newer, foreign and damaged files.

#include "TestSupport.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <sqlite3.h>

using namespace dp;

namespace {

QByteArray fileHash(const QString &path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a plain SQLite file with raw SQL, bypassing Dealpulse.
void writeRawDatabase(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

int pragmaValue(Database &db, const char *sql) {
    Statement statement(db.handle(), sql);
    statement.step();
    return int(statement.int64(0));
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void freshCacheIsAtLatestVersionWithPragmas() {
        test::TempCache cache;
        QCOMPARE(cache.db().userVersion(), Migrations::latestVersion());
        Statement journal(cache.db().handle(), "PRAGMA journal_mode");
        QVERIFY(journal.step());
        QCOMPARE(journal.text(0), QStringLiteral("wal"));
        QCOMPARE(pragmaValue(cache.db(), "PRAGMA foreign_keys"), 1);
        QCOMPARE(pragmaValue(cache.db(), "PRAGMA synchronous"), 1); // NORMAL
        QVERIFY(pragmaValue(cache.db(), "PRAGMA busy_timeout") > 0);
        QCOMPARE(pragmaValue(cache.db(), "PRAGMA application_id"), 0x44504C53);
    }

    void reopeningKeepsDataAndVersion() {
        test::TempCache cache;
        cache.db().exec("INSERT INTO meta(key, value) VALUES ('k', 'v')");
        cache.reopen();
        QCOMPARE(cache.db().userVersion(), Migrations::latestVersion());
        QCOMPARE(pragmaValue(cache.db(), "SELECT count(*) FROM meta WHERE key = 'k'"), 1);
    }

    void upgradesAnEmptyDealpulseFileFromVersionZero() {
        // A cache created by Dealpulse but stopped before its first migration committed.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeRawDatabase(path, "PRAGMA application_id=0x44504C53; PRAGMA user_version=0;");
        OpenResult result = Database::open(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.database->userVersion(), Migrations::latestVersion());
    }

    void newerCacheIsRefusedAndLeftUntouched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        const QByteArray sql =
            "PRAGMA application_id=0x44504C53; CREATE TABLE future(x); PRAGMA user_version=" +
            QByteArray::number(Migrations::latestVersion() + 1) + ";";
        writeRawDatabase(path, sql.constData());
        const QByteArray before = fileHash(path);
        OpenResult result = Database::open(path);
        QCOMPARE(result.status, OpenResult::Status::TooNew);
        QVERIFY(result.error.contains(QLatin1String("newer Dealpulse")));
        QVERIFY(!result.database);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    }

    void fileThatIsNotSqliteIsRefusedAndLeftUntouched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Quarterly forecast notes, definitely not a database.\n");
        file.close();
        const QByteArray before = fileHash(path);
        OpenResult result = Database::open(path);
        QCOMPARE(result.status, OpenResult::Status::NotSqlite);
        QVERIFY(result.error.contains(QLatin1String("not a Dealpulse cache")));
        QCOMPARE(fileHash(path), before);
    }

    void otherProgramsDatabaseIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        writeRawDatabase(path, "CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES ('x');");
        const QByteArray before = fileHash(path);
        OpenResult result = Database::open(path);
        QCOMPARE(result.status, OpenResult::Status::NotOurs);
        QCOMPARE(fileHash(path), before);
    }

    void corruptCacheGetsAClearErrorNotACrash() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            OpenResult created = Database::open(path);
            QVERIFY(created.ok());
            created.database->exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;");
        }
        // Keep the 100-byte header, scribble over the schema page and the rest.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 4096);
        file.seek(100);
        file.write(QByteArray(int(size - 100), '\x5a'));
        file.close();
        const QByteArray before = fileHash(path);
        OpenResult result = Database::open(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.status, OpenResult::Status::Corrupt);
        QVERIFY2(result.error.contains(QLatin1String("damaged")), qPrintable(result.error));
        QCOMPARE(fileHash(path), before);
    }

    void missingFileWithReadWriteModeIsNotCreated() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        OpenResult result = Database::open(path, Database::Mode::ReadWrite);
        QCOMPARE(result.status, OpenResult::Status::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    // Step 11 writes the interactions' CHECK constraints as comparisons: the same values are refused, and
    // writing a row builds no temporary b-tree per constraint.
    void interactionChecksRefuseBadValuesWithoutTemporaryTables() {
        test::TempCache cache;
        Statement definition(cache.db().handle(),
                             "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'interactions'");
        QVERIFY(definition.step());
        const QString sql = definition.text(0);
        QVERIFY2(!sql.contains(QLatin1String(" IN (")), qPrintable(sql));
        QVERIFY2(sql.contains(QLatin1String("kind = 'email' OR kind = 'meeting'")), qPrintable(sql));
        definition.reset();
        const auto insert = [&](const char *kind, const char *direction, const char *rule) {
            Statement statement(cache.db().handle(),
                                "INSERT INTO interactions(source, remote_id, kind, direction, occurred_at,"
                                " direction_rule) VALUES ('test', ?1, ?2, ?3, 0, ?4)");
            statement.bind(1, QUuid::createUuid().toString())
                .bind(2, QString::fromLatin1(kind))
                .bind(3, QString::fromLatin1(direction))
                .bind(4, QString::fromLatin1(rule))
                .run();
        };
        insert("email", "inbound", "");
        insert("note", "internal", "forwarded");
        QVERIFY_THROWS_EXCEPTION(StoreError, insert("fax", "inbound", ""));
        QVERIFY_THROWS_EXCEPTION(StoreError, insert("call", "sideways", ""));
        QVERIFY_THROWS_EXCEPTION(StoreError, insert("call", "inbound", "guess"));
        QCOMPARE(pragmaValue(cache.db(), "SELECT count(*) FROM interactions"), 2);
        Statement plan(cache.db().handle(),
                       "EXPLAIN INSERT INTO interactions(source, remote_id, kind, direction, occurred_at,"
                       " direction_rule) VALUES ('test', 'x', 'email', 'inbound', 0, '')");
        QStringList opcodes;
        while (plan.step())
            opcodes.append(plan.text(1));
        QVERIFY(opcodes.contains(QStringLiteral("Insert")));
        QVERIFY2(!opcodes.contains(QStringLiteral("OpenEphemeral")), qPrintable(opcodes.join(u' ')));
        Statement check(cache.db().handle(), "PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    // Step 14: a call or meeting without a transcript (our rep's note) loses the score it was given as the
    // buyer's, and its deal is marked for its figures to be computed again; other scores stay.
    void stepFourteenDropsScoresOfOurOwnNotes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v13.sqlite"));
        {
            OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(opened.ok());
            Database &db = *opened.database;
            db.exec("INSERT INTO deals(id, source, remote_id, name, created_at) VALUES"
                    " (1, 'hubspot', 'd1', 'Noted', 0), (2, 'hubspot', 'd2', 'Heard', 0);"
                    "INSERT INTO interactions(id, source, remote_id, kind, direction, occurred_at, sentiment,"
                    " body_text, transcript) VALUES"
                    " (10, 'hubspot', 'c1', 'call', 'outbound', 1, -0.3, 'Called, no pickup.', ''),"
                    " (11, 'hubspot', 'm1', 'meeting', 'outbound', 2, 0.5, 'Great meeting!', '  '),"
                    " (12, 'hubspot', 'c2', 'call', 'outbound', 3, 0.4, '', 'James (Acme): Love it.'),"
                    " (13, 'hubspot', 'e1', 'email', 'inbound', 4, -0.2, 'Too pricey.', '');"
                    "INSERT INTO interaction_deals(deal_id, interaction_id) VALUES (1, 10), (1, 11), (2, 12),"
                    " (2, 13);"
                    "DELETE FROM dirty_deals;");
            // Back to version 13 for real: undo step 15, which is not written to run twice.
            db.exec(
                "DROP TABLE team_outbox; DROP TABLE team_state; DROP TABLE team_known_changes;"
                "DROP INDEX ratings_team_change; ALTER TABLE ratings DROP COLUMN team_change_id;"
                "DROP INDEX coaching_notes_team_change; ALTER TABLE coaching_notes DROP COLUMN team_note_id;"
                "ALTER TABLE coaching_notes DROP COLUMN team_change_id;"
                "DROP INDEX snapshots_team_change; ALTER TABLE snapshots DROP COLUMN team_change_id;"
                "PRAGMA user_version=13;");
        }
        OpenResult reopened = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(reopened.ok());
        Database &db = *reopened.database;
        QCOMPARE(db.userVersion(), Migrations::latestVersion());
        Statement scores(db.handle(), "SELECT id, sentiment FROM interactions ORDER BY id");
        QList<QVariant> found;
        while (scores.step())
            found.append(scores.isNull(1) ? QVariant() : QVariant(scores.real(1)));
        QCOMPARE(found, (QList<QVariant>{QVariant(), QVariant(), QVariant(0.4), QVariant(-0.2)}));
        Statement dirty(db.handle(), "SELECT group_concat(deal_id) FROM dirty_deals");
        QVERIFY(dirty.step());
        QCOMPARE(dirty.text(0), QStringLiteral("1"));
    }

    // Step 17: the Romanian base lexicon. A cache with interactions, scored or not (Romanian mail without an
    // intent had no score), is marked for one rescoring of every interaction, which then scores the Romanian
    // mail; an empty cache is not marked.
    void stepSeventeenMarksCachesForRomanianRescoring() {
        for (const bool withMail : {true, false}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("v16.sqlite"));
            {
                OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
                QVERIFY(opened.ok());
                Database &db = *opened.database;
                if (withMail)
                    db.exec(
                        "INSERT INTO interactions(id, source, remote_id, kind, direction, occurred_at,"
                        " sentiment, subject, body_text) VALUES (21, 'hubspot', 'e1', 'email', 'inbound', 4,"
                        " NULL, 'Ofertă', 'Suntem foarte mulțumiți de ofertă, este excelentă.'),"
                        " (22, 'hubspot', 'e2', 'email', 'inbound', 5, 0.5, 'Demo',"
                        " 'The demo was great.');");
                db.exec("INSERT INTO meta(key, value) VALUES ('sentiment_rescore_all', '0')"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value; PRAGMA user_version=16;");
            }
            OpenResult reopened = Database::open(path, Database::Mode::ReadWrite);
            QVERIFY(reopened.ok());
            Database &db = *reopened.database;
            QCOMPARE(db.userVersion(), 17);
            {
                Statement mark(db.handle(), "SELECT value FROM meta WHERE key = 'sentiment_rescore_all'");
                QVERIFY(mark.step());
                QCOMPARE(mark.text(0), withMail ? QStringLiteral("1") : QStringLiteral("0"));
            }
            if (!withMail)
                continue;
            // The step itself touches no score; the rescoring it asks for scores the Romanian mail, once.
            Statement before(db.handle(), "SELECT sentiment FROM interactions WHERE id = 21");
            QVERIFY(before.step());
            QVERIFY(before.isNull(0));
            const sentiment::RescoreSummary summary = sentiment::rescoreCache(db, false);
            QCOMPARE(summary.scored, 2);
            Statement after(db.handle(), "SELECT sentiment FROM interactions WHERE id = 21");
            QVERIFY(after.step());
            QVERIFY(!after.isNull(0));
            QVERIFY(after.real(0) > 0.3);
            Statement mark(db.handle(), "SELECT value FROM meta WHERE key = 'sentiment_rescore_all'");
            QVERIFY(mark.step());
            QCOMPARE(mark.text(0), QStringLiteral("0"));
        }
    }

    // Step 16: a cache with scores is marked for one rescoring of every interaction (the intent layer
    // changed the scorer); one without any score is not, and no score is touched by the step itself.
    void stepSixteenMarksScoredCachesForRescoring() {
        for (const bool scored : {true, false}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("v15.sqlite"));
            {
                OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
                QVERIFY(opened.ok());
                Database &db = *opened.database;
                db.exec(
                    scored ? "INSERT INTO interactions(id, source, remote_id, kind, direction, occurred_at,"
                             " sentiment, body_text) VALUES (13, 'hubspot', 'e1', 'email', 'inbound', 4,"
                             " -0.2, 'We went with a different tool.');"
                             "DELETE FROM meta WHERE key = 'sentiment_rescore_all'; PRAGMA user_version=15;"
                           : "DELETE FROM meta WHERE key = 'sentiment_rescore_all'; PRAGMA user_version=15;");
            }
            OpenResult reopened = Database::open(path, Database::Mode::ReadWrite);
            QVERIFY(reopened.ok());
            Database &db = *reopened.database;
            Statement mark(db.handle(), "SELECT value FROM meta WHERE key = 'sentiment_rescore_all'");
            QCOMPARE(mark.step(), scored);
            if (scored) {
                QCOMPARE(mark.text(0), QStringLiteral("1"));
                Statement score(db.handle(), "SELECT sentiment FROM interactions WHERE id = 13");
                QVERIFY(score.step());
                QCOMPARE(score.real(0), -0.2);
            }
        }
    }

    void failedMigrationStepRollsBack() {
        test::TempCache cache;
        // A step that fails half-way must leave neither its tables nor a new version behind.
        QVERIFY_THROWS_EXCEPTION(StoreError, [&] {
            Transaction transaction(cache.db());
            cache.db().exec(
                "CREATE TABLE half_done(x); PRAGMA user_version=99; SELECT * FROM no_such_table;");
            transaction.commit();
        }());
        QCOMPARE(cache.db().userVersion(), Migrations::latestVersion());
        QCOMPARE(pragmaValue(cache.db(), "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
