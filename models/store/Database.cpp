// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "store/ActivityAggregate.h"

#include "store/Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>
#include <algorithm>
#include <sqlite3.h>
#include <string>

Q_LOGGING_CATEGORY(lcStore, "dealpulse.store", QtWarningMsg)

namespace dp {
namespace {

// 'DPLS': marks a SQLite file as a Dealpulse cache so we never migrate somebody else's database.
constexpr int kApplicationId = 0x44504C53;
constexpr int kBusyTimeoutMs = 5000;

QString sqliteMessage(sqlite3 *db) {
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// What a failed step means to the user, for the failures they can act on.
QString failureMessage(int rc, const QString &sqliteText) {
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Database", "The cache file is damaged: %1").arg(sqliteText);
    case SQLITE_FULL:
        return QCoreApplication::translate(
            "Database",
            "The disk holding the cache is full, so the last changes were not saved; the cache is as it "
            "was before them. Free some space and try again.");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Database",
                                           "The cache is open read-only, so the change was not saved.");
    default:
        return sqliteText;
    }
}

bool isDamageCode(int rc) {
    return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

StoreError storeError(int rc, const QString &sqliteText) {
    return StoreError(failureMessage(rc, sqliteText), isDamageCode(rc));
}

void check(sqlite3 *db, int rc, const char *what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw StoreError(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), sqliteMessage(db)),
                         isDamageCode(rc));
}

OpenResult failure(OpenResult::Status status, QString error) {
    OpenResult result;
    result.status = status;
    result.error = std::move(error);
    return result;
}

// Whether this process may change the file: SQLite also writes the -wal and -shm files beside it, so the
// folder must be writable too.
bool canWrite(const QFileInfo &file) {
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

// A new cache holds customer mail: created for the owner alone (0600) before SQLite opens it, and SQLite
// gives the -wal and -shm files it creates later the database file's permissions.
void createPrivateFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qCWarning(lcStore) << "cannot create" << path << file.errorString(); // SQLite says why next
}

// Read-only in a folder we cannot write: without -shm and -wal files SQLite cannot share the WAL index, so
// it is told the file will not change under it (immutable) and reads it without them.
QByteArray readOnlyUri(const QString &path) {
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
}

// Reads the header without SQLite, so a file that is not a database is never touched by it.
// Reads the header through the connection's own file handle. Opening the file a second time (QFile) and
// closing it would drop every POSIX lock this process holds on it, the locks of the window's open
// connection included, and another process could then checkpoint and delete the WAL under that connection.
bool hasSqliteHeader(sqlite3 *db) {
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return false;
    char header[16] = {};
    if (file->pMethods->xRead(file, header, sizeof header, 0) != SQLITE_OK)
        return false;
    return QByteArray(header, sizeof header) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

StoreError::StoreError(const QString &message, bool damage)
    : std::runtime_error(message.toStdString())
    , m_damage(damage) {}

Statement::Statement(sqlite3 *db, std::string_view sql)
    : m_db(db) {
    check(db,
          sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr),
          "prepare");
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value) {
    check(m_db, sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement &Statement::bind(int index, double value) {
    check(m_db, sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &value) {
    // The UTF-8 text is kept here until reset() rather than copied by SQLite (SQLITE_STATIC): a sync binds
    // every email's text and HTML, and the copy was a second allocation and memcpy of each.
    m_boundTexts.push_back(value.toUtf8());
    const QByteArray &utf8 = m_boundTexts.back();
    check(m_db, sqlite3_bind_text64(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_STATIC, SQLITE_UTF8),
          "bind");
    return *this;
}

Statement &Statement::bind(int index, std::optional<double> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bind(int index, std::optional<qint64> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bind(int index, const std::optional<QString> &value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index) {
    check(m_db, sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = sqliteMessage(m_db);
    sqlite3_reset(m_stmt);
    throw storeError(rc, message);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

qint64 Statement::singleInt64() {
    const qint64 value = step() ? int64(0) : 0;
    reset();
    return value;
}

QList<qint64> Statement::int64Column() {
    QList<qint64> values;
    while (step())
        values.append(int64(0));
    reset();
    return values;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_boundTexts.clear(); // SQLite no longer points into them
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<qint64> Statement::optionalInt64(int column) const {
    return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
}

QByteArrayView Statement::blob(int column) const {
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

std::optional<double> Statement::optionalReal(int column) const {
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path)) {}

Database::~Database() {
    m_statements.clear(); // finalize before closing
    sqlite3_close_v2(m_db);
}

OpenResult Database::open(const QString &path, Mode mode) {
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode != Mode::CreateIfMissing)
        return failure(OpenResult::Status::NotFound,
                       QCoreApplication::translate("Database", "No cache at %1.").arg(path));
    if (exists && info.isDir())
        return failure(
            OpenResult::Status::IoError,
            QCoreApplication::translate("Database", "%1 is a folder, not a cache file.").arg(path));
    const bool readOnly = mode == Mode::ReadOnly || (exists && !canWrite(info));
    if (!exists)
        createPrivateFile(path);
    sqlite3 *raw = nullptr;
    int flags = SQLITE_OPEN_NOMUTEX;
    QByteArray nativePath = path.toUtf8();
    if (!readOnly) {
        flags |= SQLITE_OPEN_READWRITE | (QFileInfo::exists(path) ? 0 : SQLITE_OPEN_CREATE);
    } else {
        flags |= SQLITE_OPEN_READONLY;
        const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
        if (!folderWritable && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
            flags |= SQLITE_OPEN_URI;
            nativePath = readOnlyUri(path);
        }
    }
    const int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return failure(
            OpenResult::Status::IoError,
            QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, sqliteMessage(raw)));
    if (exists && info.size() > 0 && !hasSqliteHeader(raw))
        return failure(
            OpenResult::Status::NotSqlite,
            QCoreApplication::translate(
                "Database", "%1 is not a Dealpulse cache (not a SQLite database); it was left untouched.")
                .arg(path));
    // SQLite itself falls back to read-only when the file turns out not to be writable.
    db->m_readOnly = readOnly || sqlite3_db_readonly(raw, "main") == 1;
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);

    // Everything up to the migration only reads, so a refused file is left exactly as it was.
    int version = 0;
    int applicationId = 0;
    int tableCount = 0;
    try {
        Statement probe(raw, "SELECT (SELECT application_id FROM pragma_application_id),"
                             " (SELECT user_version FROM pragma_user_version),"
                             " (SELECT count(*) FROM sqlite_schema)");
        probe.step();
        applicationId = int(probe.int64(0));
        version = int(probe.int64(1));
        tableCount = int(probe.int64(2));
    } catch (const StoreError &error) {
        return failure(OpenResult::Status::Corrupt,
                       QCoreApplication::translate(
                           "Database", "%1 is damaged and cannot be read (%2); it was left untouched.")
                           .arg(path, error.message()));
    }
    if (tableCount > 0 && applicationId != kApplicationId)
        return failure(OpenResult::Status::NotOurs,
                       QCoreApplication::translate(
                           "Database", "%1 is a SQLite database of another program, not a Dealpulse cache; "
                                       "it was left untouched.")
                           .arg(path));
    if (version > Migrations::latestVersion())
        return failure(OpenResult::Status::TooNew,
                       QCoreApplication::translate(
                           "Database",
                           "%1 was written by a newer Dealpulse (cache version %2; this one reads "
                           "up to %3). Update Dealpulse to open it; the file was left untouched.")
                           .arg(path)
                           .arg(version)
                           .arg(Migrations::latestVersion()));
    if (db->m_readOnly && version < Migrations::latestVersion())
        return failure(OpenResult::Status::ReadOnly,
                       QCoreApplication::translate(
                           "Database",
                           "%1 is read-only, and it must be brought up to date before this Dealpulse can "
                           "read it. Open it once where it can be written, or copy it somewhere writable.")
                           .arg(path));

    try {
        if (db->m_readOnly) {
            // No journal mode or migration: those write. The cache is already in WAL mode and up to date.
            db->exec("PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;"
                     " PRAGMA mmap_size=2147418112;");
            registerActivityAggregate(db->handle());
        } else {
            // Memory-mapped reads: the analytics scan millions of rows, and reading pages through mmap
            // instead of a read() per page halves their system time.
            db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                     " PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA mmap_size=2147418112;");
            if (tableCount == 0)
                db->exec("PRAGMA application_id=0x44504C53");
            registerActivityAggregate(db->handle());
            Migrations::apply(*db);
        }
    } catch (const StoreError &error) {
        return failure(error.isDamage() ? OpenResult::Status::Corrupt : OpenResult::Status::IoError,
                       QCoreApplication::translate("Database", "Cannot prepare the cache %1: %2")
                           .arg(path, error.message()));
    }
    qCDebug(lcStore) << "opened" << path << "at version" << db->userVersion()
                     << (db->m_readOnly ? "read-only" : "");
    OpenResult result;
    result.status = OpenResult::Status::Ok;
    result.database = std::move(db);
    return result;
}

QStringList Database::quickCheck(int maxProblems) {
    QStringList problems;
    try {
        const std::string sql = "PRAGMA quick_check(" + std::to_string(std::max(maxProblems, 1)) + ")";
        Statement check(m_db, sql);
        while (check.step()) {
            const QString line = check.text(0);
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    } catch (const StoreError &error) {
        if ((sqlite3_errcode(m_db) & 0xff) == SQLITE_INTERRUPT)
            return {}; // not checked: the app is closing
        // Damage bad enough to stop the check is damage all the same.
        problems.append(error.message());
    }
    return problems;
}

void Database::interrupt() {
    sqlite3_interrupt(m_db);
}

void Database::exec(const char *sql) {
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw storeError(rc, text);
    }
}

Statement &Database::cached(const char *sql) {
    auto &slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    else
        slot->reset(); // a caller may have stopped reading half-way or thrown between steps
    return *slot;
}

int Database::userVersion() {
    Statement statement(m_db, "PRAGMA user_version");
    statement.step();
    return int(statement.int64(0));
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const {
    return sqlite3_changes(m_db);
}

bool inTransaction(const Database &db) {
    return sqlite3_get_autocommit(db.handle()) == 0;
}

Transaction::Transaction(Database &db, Nesting nesting)
    : m_db(db) {
    if (nesting == JoinOuter && inTransaction(db))
        m_done = true; // the outer transaction decides
    else
        m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const StoreError &error) {
            qCWarning(lcStore) << "rollback failed:" << error.message();
        }
    }
}

void Transaction::commit() {
    if (m_done)
        return;
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace dp
