// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII over one sqlite3 connection: opening with the cache's safety checks, statements prepared once and
// reused, and transactions that roll back unless committed.

#include "domain/Clock.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dp {

// Thrown when SQLite fails in the middle of work (disk full, I/O error, damage found late). Expected
// problems at open time are reported through OpenResult instead.
class StoreError : public std::runtime_error {
public:
    // `damage`: SQLite found the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB), which a rebuild can help.
    explicit StoreError(const QString &message, bool damage = false);
    QString message() const { return QString::fromUtf8(what()); }
    // Told by SQLite's code, never by the message, which is in the user's language.
    bool isDamage() const { return m_damage; }

private:
    bool m_damage = false;
};

class Statement final {
public:
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binding is by 1-based position. Empty optionals bind NULL; a QString always binds text (a null QString
    // binds ''), so NOT NULL text columns never fail on a field nobody filled in.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, std::optional<double> value);
    Statement &bind(int index, std::optional<qint64> value);
    Statement &bind(int index, const std::optional<QString> &value);
    Statement &bindNull(int index);

    // Advances to the next row; false when done. Throws StoreError on failure.
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it for reuse.
    void run();
    void reset();
    // The first column of the first row (0 when there is none), then reset: a cached statement left on
    // its row would keep its read transaction, and with it a WAL snapshot, open.
    qint64 singleInt64();
    // The first column of every row, then reset.
    QList<qint64> int64Column();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArrayView blob(int column) const; // valid until the next step or reset
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    // The texts bound since the last reset, which SQLite reads in place (growing the vector moves the
    // QByteArray handles, never the bytes they point to).
    std::vector<QByteArray> m_boundTexts;
};

// One use of a statement, from its bindings to its last row read. However the use ends (return, break, an
// exception), the statement is reset and its bindings cleared: a cached statement left on its row would keep
// its read transaction, and with it a WAL snapshot, open, and SQLite reads the bound texts in place until
// then. The statement stays prepared for the next use; for a statement run once per item of a loop, begin
// one use per item.
class [[nodiscard]] Query final {
public:
    explicit Query(Statement &statement)
        : m_statement(statement) {}
    ~Query() { m_statement.reset(); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    // The bindings of Statement, by 1-based position.
    template <typename T> Query &bind(int index, T &&value) {
        m_statement.bind(index, std::forward<T>(value));
        return *this;
    }
    Query &bindNull(int index) {
        m_statement.bindNull(index);
        return *this;
    }
    // Advances to the next row; false when done. Throws StoreError on failure.
    bool step() { return m_statement.step(); }
    // The first column of the first row, 0 when there is none.
    qint64 singleInt64() { return step() ? int64(0) : 0; }

    bool isNull(int column) const { return m_statement.isNull(column); }
    qint64 int64(int column) const { return m_statement.int64(column); }
    double real(int column) const { return m_statement.real(column); }
    QString text(int column) const { return m_statement.text(column); }
    QByteArrayView blob(int column) const { return m_statement.blob(column); } // valid until the next step
    std::optional<qint64> optionalInt64(int column) const { return m_statement.optionalInt64(column); }
    std::optional<double> optionalReal(int column) const { return m_statement.optionalReal(column); }
    // The statement on its current row, for the readers that turn a row into a record.
    const Statement &row() const { return m_statement; }

private:
    Statement &m_statement;
};

struct OpenResult;

class Database final {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // ReadWrite and CreateIfMissing fall back to read-only when the file or its folder cannot be written
    // (isReadOnly() then says so); ReadOnly never writes, whatever the permissions.
    enum class Mode { ReadWrite, CreateIfMissing, ReadOnly };
    static OpenResult open(const QString &path, Mode mode = Mode::CreateIfMissing);

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    // True when this connection cannot write: a write then fails with a StoreError saying so.
    bool isReadOnly() const { return m_readOnly; }

    // PRAGMA quick_check: damage anywhere in the file (opening reads only the first pages, so a damaged page
    // in the middle goes unnoticed until a query reaches it). Empty when the file is sound; otherwise up to
    // maxProblems lines in SQLite's words. Empty too when interrupt() stopped it.
    QStringList quickCheck(int maxProblems = 10);
    // Stops the statement running on this connection (it fails, or a check returns early). The one method
    // that may be called from another thread, while the connection is open.
    void interrupt();

    // Runs one or more statements without parameters (schema, pragmas).
    void exec(const char *sql);
    // A statement prepared on first use and kept for the life of the connection. The SQL text must be a
    // string literal (or otherwise outlive the connection); it keys the cache.
    Statement &cached(const char *sql);
    // A use of the cached statement for `sql` (prepared on first use, like cached()), reset when it ends.
    Query query(const char *sql) { return Query(cached(sql)); }

    int userVersion();
    qint64 lastInsertRowId() const;
    int changes() const;

private:
    Database(sqlite3 *db, QString path);

    sqlite3 *m_db;
    QString m_path;
    bool m_readOnly = false;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_statements;
};

struct OpenResult {
    // ReadOnly: the cache cannot be written and needs a migration before it can be read.
    enum class Status { Ok, NotFound, NotSqlite, NotOurs, TooNew, Corrupt, IoError, ReadOnly };
    Status status = Status::IoError;
    QString error; // one sentence the user can act on
    std::unique_ptr<Database> database;

    bool ok() const { return status == Status::Ok; }
};

// Begins on construction (IMMEDIATE, so writers queue up front instead of failing mid-way) and rolls back
// on destruction unless commit() was called.
class Transaction final {
public:
    // JoinOuter: inside a transaction already begun, do nothing and let the outer one commit or roll back.
    enum Nesting { Begin, JoinOuter };
    explicit Transaction(Database &db, Nesting nesting = Begin);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// True while a transaction is open on the connection.
bool inTransaction(const Database &db);

} // namespace dp
