// SPDX-License-Identifier: GPL-3.0-or-later
// Query, one use of a prepared statement: however the use ends, the statement is reset and its bindings
// cleared, and it stays prepared for the next use.

#include "TestSupport.h"
#include "store/Database.h"

#include <QtTest>
#include <sqlite3.h>
#include <stdexcept>

using namespace dp;

namespace {

// Statements of the connection still on a row (holding a read transaction, and with it a WAL snapshot).
int busyStatements(Database &db) {
    int busy = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s))
        busy += sqlite3_stmt_busy(s) ? 1 : 0;
    return busy;
}

int preparedStatements(Database &db) {
    int count = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s))
        ++count;
    return count;
}

const char *const kKeys = "SELECT key FROM meta WHERE key >= ?1 ORDER BY key";

} // namespace

class TestStoreQuery : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_cache = std::make_unique<test::TempCache>();
        m_cache->db().exec("INSERT INTO meta(key, value) VALUES ('a', '1'), ('b', '2'), ('c', '3')");
    }
    void cleanup() { m_cache.reset(); }

    void aUseLeftHalfWayResetsTheStatement() {
        Database &db = m_cache->db();
        {
            Query query = db.query(kKeys);
            query.bind(1, QStringLiteral("a"));
            QVERIFY(query.step());
            QCOMPARE(query.text(0), QStringLiteral("a"));
            QCOMPARE(busyStatements(db), 1);
        }
        QCOMPARE(busyStatements(db), 0);
    }

    void anExceptionResetsTheStatement() {
        Database &db = m_cache->db();
        try {
            Query query = db.query(kKeys);
            query.bind(1, QStringLiteral("b"));
            QVERIFY(query.step());
            throw std::runtime_error("stop");
        } catch (const std::runtime_error &) {
        }
        QCOMPARE(busyStatements(db), 0);
    }

    void theStatementIsPreparedOnceAndItsBindingsCleared() {
        Database &db = m_cache->db();
        const int before = preparedStatements(db);
        QStringList seen;
        for (const QString &from : {QStringLiteral("b"), QStringLiteral("c")}) {
            Query query = db.query(kKeys);
            query.bind(1, from);
            while (query.step())
                seen.append(query.text(0));
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("c")}));
        QCOMPARE(preparedStatements(db), before + 1);

        // A use per item of a loop, on a statement fetched once.
        Statement &statement = db.cached("SELECT ?1");
        {
            Query query(statement);
            query.bind(1, qint64(7));
            QVERIFY(query.step());
            QCOMPARE(query.int64(0), 7);
        }
        // Bindings cleared with the use: unbound, the parameter is NULL.
        Query query(statement);
        QVERIFY(query.step());
        QVERIFY(query.isNull(0));
    }

private:
    std::unique_ptr<test::TempCache> m_cache;
};

QTEST_GUILESS_MAIN(TestStoreQuery)
#include "test_store_query.moc"
