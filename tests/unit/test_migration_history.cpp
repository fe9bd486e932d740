// SPDX-License-Identifier: GPL-3.0-or-later
// The migrations as shipped: a fresh cache gets exactly the schema recorded in tests/data/caches, and a cache
// written by an older Dealpulse migrates to the current version with its content intact.

#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

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
        const QString expectedPath = dataDir() + QStringLiteral("/schema-v16.txt");
        if (qEnvironmentVariableIsSet("DEALPULSE_WRITE_SCHEMA_DUMP")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(dump);
        }
        const QByteArray expected = readFile(expectedPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath));
        QCOMPARE(dump, expected);
        QCOMPARE(cache.db().userVersion(), 16);
    }

    void stepsKeepTheirNumbers() {
        // Caches in the field carry these numbers in user_version: 8 was never used, and none may change.
        const QList<int> expected{1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16};
        QCOMPARE(Migrations::versions(), expected);
        QCOMPARE(Migrations::latestVersion(), 16);
    }
};

QTEST_GUILESS_MAIN(TestMigrationHistory)
#include "test_migration_history.moc"
