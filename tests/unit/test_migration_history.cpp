// SPDX-License-Identifier: GPL-3.0-or-later
// The migrations as shipped: a fresh cache gets exactly the schema recorded in tests/data/caches, and a cache
// written by an older Dealpulse migrates to the current version with its content intact.

#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace dp;

namespace {

QString dataDir() {
    return qEnvironmentVariable("DEALPULSE_SOURCE_DIR") + QStringLiteral("/tests/data/caches");
}

// Every object of the schema with its definition, one per entry, in a stable order.
QByteArray schemaDump(Database &db) {
    Statement query(db.handle(), "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema"
                                 " ORDER BY type, name");
    QByteArray dump;
    while (query.step())
        dump += (query.text(0) + QLatin1Char(' ') + query.text(1) + QStringLiteral(" on ") + query.text(2) +
                 QLatin1Char('\n') + query.text(3) + QStringLiteral("\n\n"))
                    .toUtf8();
    return dump;
}

// Each table's row count and a digest of its rows (type and bytes of every value, in rowid order), one line
// per table: the content of a cache, whatever its schema's text.
QByteArray contentDump(sqlite3 *db) {
    QStringList tables;
    {
        sqlite3_stmt *list = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                           " ORDER BY name",
                           -1, &list, nullptr);
        while (sqlite3_step(list) == SQLITE_ROW)
            tables.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list, 0))));
        sqlite3_finalize(list);
    }
    QByteArray dump;
    for (const QString &table : std::as_const(tables)) {
        // WITHOUT ROWID tables have no rowid: their primary key orders them.
        QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY rowid";
        sqlite3_stmt *rows = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &rows, nullptr) != SQLITE_OK) {
            sqlite3_finalize(rows);
            sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1";
            sqlite3_prepare_v2(db, sql.constData(), -1, &rows, nullptr);
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int count = 0;
        while (sqlite3_step(rows) == SQLITE_ROW) {
            ++count;
            for (int c = 0; c < sqlite3_column_count(rows); ++c) {
                const int type = sqlite3_column_type(rows, c);
                hash.addData(QByteArray::number(type) + ':');
                const void *bytes = type == SQLITE_BLOB
                                        ? sqlite3_column_blob(rows, c)
                                        : static_cast<const void *>(sqlite3_column_text(rows, c));
                const int size = sqlite3_column_bytes(rows, c);
                hash.addData(QByteArrayView(static_cast<const char *>(bytes), size));
                hash.addData(QByteArrayView("|"));
            }
            hash.addData(QByteArrayView("\n"));
        }
        sqlite3_finalize(rows);
        dump += table.toUtf8() + ' ' + QByteArray::number(count) + ' ' + hash.result().toHex() + '\n';
    }
    return dump;
}

qint64 scalar(sqlite3 *db, const char *sql) {
    sqlite3_stmt *query = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &query, nullptr);
    const qint64 value = sqlite3_step(query) == SQLITE_ROW ? sqlite3_column_int64(query, 0) : -1;
    sqlite3_finalize(query);
    return value;
}

// Figures a migration must leave alone, read with plain SQLite (so with the cache's own schema).
struct Figures {
    qint64 deals, interactions, contacts, accounts, owners, links, history, metrics, amountCents, emails,
        scoredEmails, dirty;
    bool operator==(const Figures &) const = default;
};

Figures figures(sqlite3 *db) {
    return {scalar(db, "SELECT count(*) FROM deals"),
            scalar(db, "SELECT count(*) FROM interactions"),
            scalar(db, "SELECT count(*) FROM contacts"),
            scalar(db, "SELECT count(*) FROM accounts"),
            scalar(db, "SELECT count(*) FROM owners"),
            scalar(db, "SELECT count(*) FROM interaction_deals"),
            scalar(db, "SELECT count(*) FROM deal_field_history"),
            scalar(db, "SELECT count(*) FROM deal_metrics"),
            scalar(db, "SELECT CAST(round(total(amount) * 100) AS INTEGER) FROM deals"),
            scalar(db, "SELECT count(*) FROM interactions WHERE kind = 'email'"),
            scalar(db, "SELECT count(*) FROM interactions WHERE kind = 'email' AND sentiment IS NOT NULL"),
            scalar(db, "SELECT count(*) FROM dirty_deals")};
}

sqlite3 *openRaw(const QString &path) {
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    return db;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestMigrationHistory : public QObject {
    Q_OBJECT

private slots:
    void freshSchemaIsTheRecordedOne() {
        test::TempCache cache;
        const QByteArray dump = schemaDump(cache.db());
        const QString expectedPath = dataDir() + QStringLiteral("/schema-v17.txt");
        if (qEnvironmentVariableIsSet("DEALPULSE_WRITE_SCHEMA_DUMP")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(dump);
        }
        const QByteArray expected = readFile(expectedPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath));
        QCOMPARE(dump, expected);
        QCOMPARE(cache.db().userVersion(), 17);
    }

    void stepsKeepTheirNumbers() {
        // Caches in the field carry these numbers in user_version: 8 was never used, and none may change.
        const QList<int> expected{1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17};
        QCOMPARE(Migrations::versions(), expected);
        QCOMPARE(Migrations::latestVersion(), 17);
    }

    // A demo cache written by c1f79de (schema 13; tests/data/caches/README.md says how it was made) is
    // brought to the current version: the schema then equals a fresh cache's, the content is the one main's
    // migrations gave it before the steps became .sql files, and its deals and interactions are all there.
    void cacheOfC1f79deMigrates() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(dataDir() + QStringLiteral("/c1f79de-demo.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

        sqlite3 *raw = openRaw(path);
        QCOMPARE(scalar(raw, "PRAGMA user_version"), 13);
        const Figures before = figures(raw);
        sqlite3_close(raw);
        QCOMPARE(before.deals, 4);
        QVERIFY(before.interactions > 100);
        QVERIFY(before.scoredEmails > 0);

        {
            OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            QCOMPARE(opened.database->userVersion(), Migrations::latestVersion());
            test::TempCache fresh;
            QCOMPARE(schemaDump(*opened.database), schemaDump(fresh.db()));
        }

        raw = openRaw(path);
        const Figures after = figures(raw);
        // Steps 14, 16 and 17: the rep's own notes of calls and meetings lose their score (their deals are
        // marked), and a cache with interactions is marked for a full rescoring.
        Figures expected = before;
        expected.dirty = after.dirty;
        QCOMPARE(after, expected);
        QVERIFY(after.dirty >= before.dirty);
        QCOMPARE(scalar(raw, "SELECT count(*) FROM interactions WHERE kind IN ('call', 'meeting')"
                             " AND sentiment IS NOT NULL AND trim(coalesce(transcript, '')) = ''"),
                 0);
        QCOMPARE(scalar(raw, "SELECT count(*) FROM meta WHERE key = 'sentiment_rescore_all' AND value = '1'"),
                 1);

        const QByteArray content = contentDump(raw);
        sqlite3_close(raw);
        const QString expectedPath = dataDir() + QStringLiteral("/c1f79de-demo-migrated.txt");
        if (qEnvironmentVariableIsSet("DEALPULSE_WRITE_SCHEMA_DUMP")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        QCOMPARE(content, readFile(expectedPath));
    }
};

QTEST_GUILESS_MAIN(TestMigrationHistory)
#include "test_migration_history.moc"
