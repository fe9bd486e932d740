// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CacheRebuild.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <algorithm>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace dp {
namespace {

// The mark Database::open gives a new cache ('DPLS'): a file without it is somebody else's, never read here.
constexpr int kApplicationId = 0x44504C53;

// The meta keys people set; the others (search watermark, figures' date, sentiment version) describe rows
// that are not kept and are rebuilt with them.
const char *const kKeptMetaKeys[] = {"our_email_domains", "weekly_snapshot_taken_at"};

struct ValueFree {
    void operator()(sqlite3_value *value) const { sqlite3_value_free(value); }
};
// A copy of one column's value, detached from the statement that read it; empty means SQL NULL.
using Value = std::unique_ptr<sqlite3_value, ValueFree>;
using Row = std::vector<Value>;

struct ConnectionClose {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionClose>;

// A statement over raw values, on either connection: rows are copied from one file to the other as SQLite
// holds them, whatever their column's type. Only identifiers from this file are put into the SQL text.
class RawStatement final {
public:
    RawStatement(sqlite3 *db, const QString &sql)
        : m_db(db) {
        const QByteArray text = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_stmt, nullptr);
        if (m_rc != SQLITE_OK)
            throw StoreError(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    RawStatement &bind(int index, qint64 value) {
        sqlite3_bind_int64(m_stmt, index, value);
        return *this;
    }
    RawStatement &bind(int index, const QByteArray &utf8) {
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    RawStatement &bind(int index, const Value &value) {
        if (value)
            sqlite3_bind_value(m_stmt, index, value.get());
        else
            sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    // True on a row; throws StoreError when SQLite refuses (resultCode() says why).
    bool step() {
        m_rc = sqlite3_step(m_stmt);
        if (m_rc == SQLITE_ROW)
            return true;
        if (m_rc == SQLITE_DONE)
            return false;
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        throw StoreError(message);
    }
    // One use, from the bindings to the last row read: however it ends (a refusal throws), the statement is
    // reset and its bindings cleared for the next.
    class [[nodiscard]] Use final {
    public:
        explicit Use(RawStatement &statement)
            : m_statement(statement) {}
        ~Use() { m_statement.reset(); }
        Use(const Use &) = delete;
        Use &operator=(const Use &) = delete;

    private:
        RawStatement &m_statement;
    };
    int resultCode() const { return m_rc & 0xff; }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QString text(int column) const {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)));
    }
    Row row() const {
        Row row;
        const int columns = sqlite3_column_count(m_stmt);
        row.reserve(size_t(columns));
        for (int i = 0; i < columns; ++i) {
            sqlite3_value *value = sqlite3_column_value(m_stmt, i);
            if (sqlite3_value_type(value) == SQLITE_NULL) {
                row.emplace_back();
                continue;
            }
            row.emplace_back(sqlite3_value_dup(value));
            if (!row.back())
                throw std::bad_alloc();
        }
        return row;
    }

private:
    void reset() {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

QString quoted(const QString &identifier) {
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString columnList(const QStringList &columns) {
    QStringList names;
    for (const QString &column : columns)
        names.append(quoted(column));
    return names.join(QLatin1String(", "));
}

// A table's columns in their order, or (keyOnly) its primary key's in key order: empty for a table keyed by
// its rowid alone.
QStringList columnsOf(sqlite3 *db, const char *table, bool keyOnly = false) {
    QStringList columns;
    RawStatement query(
        db, keyOnly ? QStringLiteral("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk")
                    : QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    query.bind(1, QByteArray(table));
    while (query.step())
        columns.append(query.text(0));
    return columns;
}

qint64 asInt64(const Value &value) {
    return value ? sqlite3_value_int64(value.get()) : 0;
}

// Thrown between steps when the user cancelled.
struct Cancelled {};

// One table's rows as read from the damaged file, in the new file's column order.
struct Table {
    const char *name;
    QStringList columns; // those both files have; empty when the damaged file has no such table
    std::vector<Row> rows;
    RebuildCount count;

    int column(const char *name) const { return int(columns.indexOf(QLatin1String(name))); }
    QSet<qint64> ids(const char *columnName) const {
        QSet<qint64> ids;
        const int at = column(columnName);
        for (const Row &row : rows)
            if (at >= 0 && row[size_t(at)])
                ids.insert(asInt64(row[size_t(at)]));
        return ids;
    }
    // Rows whose `columnName` points at a row not kept: dropped (required) or pointed at nothing.
    void keepPointingInto(const char *columnName, const QSet<qint64> &kept, bool required) {
        const int at = column(columnName);
        if (at < 0)
            return;
        std::vector<Row> remaining;
        for (Row &row : rows) {
            Value &value = row[size_t(at)];
            if (value && !kept.contains(asInt64(value))) {
                if (required) {
                    ++count.orphaned;
                    continue;
                }
                value.reset();
            }
            remaining.push_back(std::move(row));
        }
        rows = std::move(remaining);
    }
};

class Rescue final {
public:
    Rescue(sqlite3 *damaged, Database &rebuilt)
        : m_damaged(damaged)
        , m_rebuilt(rebuilt) {}

    Table table(const char *name, bool crm) {
        Table table{name, {}, {}, {}};
        table.count.table = QString::fromLatin1(name);
        table.count.crm = crm;
        const QStringList present = columnsOf(m_damaged, name);
        if (present.isEmpty()) {
            // An older cache without the table, or a damaged list of tables: nothing to read either way.
            return table;
        }
        for (const QString &column : columnsOf(m_rebuilt.handle(), name))
            if (present.contains(column))
                table.columns.append(column);
        return table;
    }

    // Every row, in the order of an integer key, stepping over stretches SQLite cannot read.
    void scan(Table &table, const char *key) {
        if (table.columns.isEmpty())
            return;
        const QString name = quoted(QString::fromLatin1(table.name));
        const QString keyColumn = quoted(QString::fromLatin1(key));
        RawStatement next(
            m_damaged,
            QStringLiteral("SELECT %1 FROM %2 WHERE %1 > ?1 ORDER BY %1 LIMIT 1").arg(keyColumn, name));
        RawStatement read(m_damaged, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1")
                                         .arg(columnList(table.columns), name, keyColumn));
        qint64 after = std::numeric_limits<qint64>::min();
        for (;;) {
            const std::optional<std::optional<qint64>> found = seek(next, after);
            if (!found) {
                ++table.count.unreadable;
                const std::optional<qint64> resume = pastDamage(next, after);
                if (!resume)
                    return;
                after = *resume;
                continue;
            }
            if (!*found)
                return;
            after = **found;
            readInto(table, read, after);
        }
    }

    // The rows with the given keys (one seek each, so a damaged page costs only the rows on it). A key's rows
    // are read in primary-key order, then, past a damaged page, from the other end back to it.
    void readByKey(Table &table, const char *key, const QSet<qint64> &keys) {
        if (table.columns.isEmpty())
            return;
        const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?1 ORDER BY ")
                                   .arg(columnList(table.columns), quoted(QString::fromLatin1(table.name)),
                                        quoted(QString::fromLatin1(key)));
        QStringList ascending;
        QStringList descending;
        for (const QString &column : columnsOf(m_rebuilt.handle(), table.name, true)) {
            ascending.append(quoted(column));
            descending.append(quoted(column) + QLatin1String(" DESC"));
        }
        if (ascending.isEmpty()) {
            ascending.append(QStringLiteral("rowid"));
            descending.append(QStringLiteral("rowid DESC"));
        }
        RawStatement read(m_damaged, select + ascending.join(QLatin1String(", ")));
        RawStatement back(m_damaged, select + descending.join(QLatin1String(", ")));
        QList<qint64> sorted(keys.cbegin(), keys.cend());
        std::sort(sorted.begin(), sorted.end());
        for (const qint64 value : sorted) {
            if (readInto(table, read, value))
                continue;
            try {
                const RawStatement::Use use(back);
                back.bind(1, value);
                while (back.step())
                    table.rows.push_back(back.row());
            } catch (const StoreError &) {
                // the damage itself, reached from the other side
            }
        }
    }

    // Writes the rows; a row the new schema refuses is counted, anything else (a full disk) ends the rebuild.
    void write(Table &table) {
        if (table.columns.isEmpty() || table.rows.empty())
            return;
        QStringList parameters;
        for (int i = 1; i <= table.columns.size(); ++i)
            parameters.append(QLatin1Char('?') + QString::number(i));
        RawStatement insert(m_rebuilt.handle(),
                            QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                .arg(quoted(QString::fromLatin1(table.name)), columnList(table.columns),
                                     parameters.join(QLatin1String(", "))));
        std::vector<Row> written;
        for (Row &row : table.rows) {
            try {
                const RawStatement::Use use(insert);
                for (size_t i = 0; i < row.size(); ++i)
                    insert.bind(int(i) + 1, row[i]);
                insert.step();
            } catch (const StoreError &error) {
                if (insert.resultCode() != SQLITE_CONSTRAINT)
                    throw;
                qCWarning(lcStore) << "rebuild: a row of" << table.name << "was refused:" << error.message();
                ++table.count.orphaned;
                continue;
            }
            written.push_back(std::move(row));
        }
        table.rows = std::move(written);
        table.count.kept = int(table.rows.size());
    }

private:
    // The first key after `after`: nullopt when SQLite refused, an empty key when there is none.
    static std::optional<std::optional<qint64>> seek(RawStatement &next, qint64 after) {
        try {
            const RawStatement::Use use(next);
            next.bind(1, after);
            std::optional<qint64> key;
            if (next.step())
                key = next.int64(0);
            return key;
        } catch (const StoreError &) {
            return std::nullopt;
        }
    }

    // After the seek past `after` failed: a key from which seeking works again. The b-tree's inner pages
    // still lead past a damaged leaf, so seeks ever further find the far side of the damage, and halving
    // back finds its nearest edge (a seek fails exactly while the next row lies on the damaged page).
    static std::optional<qint64> pastDamage(RawStatement &next, qint64 after) {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        // The cache's ids are positive: damage before the first row read probes on from 0.
        const qint64 base = std::max<qint64>(after, -1);
        qint64 failing = base;
        std::optional<qint64> working;
        for (qint64 step = 1; step > 0; step *= 2) {
            const qint64 from = base > kMax - step ? kMax : base + step;
            if (seek(next, from)) {
                working = from;
                break;
            }
            failing = from;
            if (from == kMax || step > kMax / 2)
                break;
        }
        if (!working)
            return std::nullopt;
        while (*working - failing > 1) {
            const qint64 middle = failing + (*working - failing) / 2;
            if (seek(next, middle))
                working = middle;
            else
                failing = middle;
        }
        return working;
    }

    // False when SQLite refused part of the way (what was read before is kept).
    static bool readInto(Table &table, RawStatement &read, qint64 key) {
        try {
            const RawStatement::Use use(read);
            read.bind(1, key);
            while (read.step())
                table.rows.push_back(read.row());
            return true;
        } catch (const StoreError &) {
            ++table.count.unreadable;
            return false;
        }
    }

    sqlite3 *m_damaged;
    Database &m_rebuilt;
};

void removeWithCompanions(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

std::filesystem::path nativePath(const QString &path) {
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString uniqueBackupPath(const QString &cachePath) {
    const QString stem = cachePath + QStringLiteral(".backup-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = stem;
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral("-wal")); ++n)
        path = stem + QLatin1Char('-') + QString::number(n);
    return path;
}

} // namespace

const RebuildCount *RebuildReport::count(const QString &table) const {
    for (const RebuildCount &count : tables)
        if (count.table == table)
            return &count;
    return nullptr;
}

int RebuildReport::peopleKept() const {
    int kept = 0;
    for (const RebuildCount &count : tables)
        if (!count.crm)
            kept += count.kept;
    return kept;
}

int RebuildReport::peopleLost() const {
    int lost = 0;
    for (const RebuildCount &count : tables)
        if (!count.crm)
            lost += count.unreadable + count.orphaned;
    return lost;
}

CacheRebuild::CacheRebuild(QString cachePath)
    : m_cachePath(std::move(cachePath)) {}

QString CacheRebuild::rebuiltPathFor(const QString &cachePath) {
    return cachePath + QStringLiteral(".rebuilding");
}

void CacheRebuild::discard(const QString &rebuiltPath) {
    if (!rebuiltPath.isEmpty())
        removeWithCompanions(rebuiltPath);
}

RebuildReport CacheRebuild::build(const Progress &progress) {
    RebuildReport report;
    const QString path = m_cachePath;
    if (!QFileInfo(path).isFile()) {
        report.error =
            QCoreApplication::translate("CacheRebuild", "There is no cache at %1 to rebuild.").arg(path);
        return report;
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    const Connection damaged(raw);
    if (rc != SQLITE_OK) {
        report.error = QCoreApplication::translate("CacheRebuild", "Cannot read %1: %2")
                           .arg(path, QString::fromUtf8(sqlite3_errmsg(raw)));
        return report;
    }
    sqlite3_busy_timeout(raw, 5000);
    try {
        RawStatement probe(raw, QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                               " (SELECT user_version FROM pragma_user_version)"));
        probe.step();
        if (probe.int64(0) != kApplicationId) {
            report.error = QCoreApplication::translate(
                               "CacheRebuild", "%1 is not a Dealpulse cache, so it cannot be rebuilt.")
                               .arg(path);
            return report;
        }
        if (probe.int64(1) > Migrations::latestVersion()) {
            report.error =
                QCoreApplication::translate(
                    "CacheRebuild", "%1 was written by a newer Dealpulse; rebuild it with that version.")
                    .arg(path);
            return report;
        }
    } catch (const StoreError &error) {
        report.error =
            QCoreApplication::translate(
                "CacheRebuild", "%1 is too damaged to read anything from (%2). Create a new cache and "
                                "sync it, and keep the damaged file for recovery tools.")
                .arg(path, error.message());
        return report;
    }

    report.rebuiltPath = rebuiltPathFor(path);
    removeWithCompanions(report.rebuiltPath); // left by a rebuild that was stopped
    {
        OpenResult opened = Database::open(report.rebuiltPath, Database::Mode::CreateIfMissing);
        if (!opened.ok() || opened.database->isReadOnly()) {
            report.error = opened.ok() ? QCoreApplication::translate("CacheRebuild",
                                                                     "Cannot write a new cache beside %1.")
                                             .arg(path)
                                       : opened.error;
            discard(report.rebuiltPath);
            report.rebuiltPath.clear();
            return report;
        }
        Database &rebuilt = *opened.database;
        constexpr int kSteps = 5;
        const auto step = [&progress](int done) { return !progress || progress(done, kSteps); };
        try {
            Transaction transaction(rebuilt);
            // Rows go in parent-first, but a version may undo one written after it: checked at commit.
            rebuilt.exec("PRAGMA defer_foreign_keys=ON");
            Rescue rescue(raw, rebuilt);

            // What people made.
            Table ratings = rescue.table("ratings", false);
            rescue.scan(ratings, "id");
            Table notes = rescue.table("coaching_notes", false);
            rescue.scan(notes, "id");
            Table snoozes = rescue.table("alert_snoozes", false);
            rescue.scan(snoozes, "id");
            Table seen = rescue.table("alert_seen", false);
            rescue.scan(seen, "deal_id");
            if (!step(1))
                throw Cancelled();
            Table snapshots = rescue.table("snapshots", false);
            rescue.scan(snapshots, "id");
            Table snapshotDeals = rescue.table("snapshot_deals", false);
            rescue.readByKey(snapshotDeals, "snapshot_id", snapshots.ids("id"));
            Table versions = rescue.table("lexicon_versions", false);
            rescue.scan(versions, "id");
            Table deltas = rescue.table("lexicon_term_deltas", false);
            rescue.readByKey(deltas, "version_id", versions.ids("id"));
            Table resets = rescue.table("lexicon_term_resets", false);
            rescue.scan(resets, "id");
            Table meta = rescue.table("meta", false);
            if (!meta.columns.isEmpty()) {
                // meta is keyed by text: read key by key.
                RawStatement read(
                    raw, QStringLiteral("SELECT %1 FROM meta WHERE key = ?1").arg(columnList(meta.columns)));
                for (const char *key : kKeptMetaKeys) {
                    try {
                        const RawStatement::Use use(read);
                        read.bind(1, QByteArray(key));
                        while (read.step())
                            meta.rows.push_back(read.row());
                    } catch (const StoreError &) {
                        ++meta.count.unreadable;
                    }
                }
            }
            // The team layer: unsent changes exist nowhere else; the last server change pulled and the change
            // ids held keep the next team sync from pulling everything again and re-applying old note
            // versions.
            Table outbox = rescue.table("team_outbox", false);
            rescue.scan(outbox, "id");
            Table teamState = rescue.table("team_state", false);
            Table known = rescue.table("team_known_changes", false);
            for (Table *table : {&teamState, &known}) {
                if (table->columns.isEmpty())
                    continue;
                // Keyed by text and small: read whole, or not at all (the sync then starts over, harmlessly).
                try {
                    RawStatement read(
                        raw, QStringLiteral("SELECT %1 FROM %2")
                                 .arg(columnList(table->columns), quoted(QString::fromLatin1(table->name))));
                    std::vector<Row> rows;
                    while (read.step())
                        rows.push_back(read.row());
                    table->rows = std::move(rows);
                } catch (const StoreError &) {
                    table->rows.clear();
                    ++table->count.unreadable;
                }
            }
            if (known.rows.empty())
                teamState.rows.clear();
            if (!step(2))
                throw Cancelled();

            // The CRM's rows they point at, under the same ids and (source, remote_id).
            Table interactions = rescue.table("interactions", true);
            rescue.readByKey(interactions, "id", ratings.ids("interaction_id"));
            Table deals = rescue.table("deals", true);
            rescue.readByKey(deals, "id",
                             notes.ids("deal_id") + snoozes.ids("deal_id") + seen.ids("deal_id"));
            Table owners = rescue.table("owners", true);
            rescue.readByKey(owners, "id", deals.ids("owner_id"));
            Table accounts = rescue.table("accounts", true);
            rescue.readByKey(accounts, "id", deals.ids("account_id"));
            Table links = rescue.table("interaction_deals", true);
            rescue.readByKey(links, "interaction_id", interactions.ids("id"));
            if (!step(3))
                throw Cancelled();

            // Teams come back with the sync; until then the owners belong to none.
            owners.keepPointingInto("team_id", {}, false);
            rescue.write(owners);
            rescue.write(accounts);
            deals.keepPointingInto("owner_id", owners.ids("id"), false);
            deals.keepPointingInto("account_id", accounts.ids("id"), false);
            rescue.write(deals);
            rescue.write(interactions);
            const QSet<qint64> keptDeals = deals.ids("id");
            const QSet<qint64> keptInteractions = interactions.ids("id");
            links.keepPointingInto("deal_id", keptDeals, true);
            links.keepPointingInto("interaction_id", keptInteractions, true);
            rescue.write(links);
            ratings.keepPointingInto("interaction_id", keptInteractions, true);
            rescue.write(ratings);
            for (Table *table : {&notes, &snoozes, &seen}) {
                table->keepPointingInto("deal_id", keptDeals, true);
                rescue.write(*table);
            }
            rescue.write(snapshots);
            rescue.write(snapshotDeals);
            versions.keepPointingInto("undoes", versions.ids("id"), false);
            rescue.write(versions);
            rescue.write(deltas);
            rescue.write(resets);
            rescue.write(meta);
            rescue.write(outbox);
            rescue.write(teamState);
            rescue.write(known);
            if (!step(4))
                throw Cancelled();
            transaction.commit();
            report.tables = {ratings.count,   notes.count,         snoozes.count,  seen.count,
                             snapshots.count, snapshotDeals.count, versions.count, deltas.count,
                             resets.count,    meta.count,          deals.count,    interactions.count,
                             links.count,     owners.count,        accounts.count};
            // Everything into the main file, so the rebuilt cache is one file when it is renamed.
            rebuilt.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            step(kSteps);
        } catch (const Cancelled &) {
            report.cancelled = true;
        } catch (const std::exception &error) {
            report.error = QCoreApplication::translate("CacheRebuild", "The cache could not be rebuilt: %1")
                               .arg(QString::fromUtf8(error.what()));
        }
    } // closed here: the last connection removes the -wal
    if (!report.ok()) {
        discard(report.rebuiltPath);
        report.rebuiltPath.clear();
    }
    return report;
}

QString CacheRebuild::swapIn(RebuildReport &report, const QString &cachePath) {
    if (!report.ok() || report.rebuiltPath.isEmpty() || !QFileInfo::exists(report.rebuiltPath))
        return QCoreApplication::translate("CacheRebuild", "There is no rebuilt cache to put in place of %1.")
            .arg(cachePath);
    const QString wal = QStringLiteral("-wal");
    const QString shm = QStringLiteral("-shm");
    if (QFileInfo(report.rebuiltPath + wal).size() > 0)
        return QCoreApplication::translate("CacheRebuild",
                                           "The rebuilt cache %1 is still open; close it first.")
            .arg(report.rebuiltPath);
    QFile::remove(report.rebuiltPath + wal);
    QFile::remove(report.rebuiltPath + shm);

    const QString backup = uniqueBackupPath(cachePath);
    std::error_code error;
    // A second name for the damaged file: the cache's own name stays on it until the rebuilt one replaces
    // it in one rename, so a crash at any point leaves a cache under that name and the damaged file whole.
    std::filesystem::create_hard_link(nativePath(cachePath), nativePath(backup), error);
    if (error) {
        QFile source(cachePath); // no hard links here (some network or FAT file systems): a copy instead
        if (!source.copy(backup))
            return QCoreApplication::translate("CacheRebuild", "Cannot keep the damaged cache as %1: %2")
                .arg(backup, source.errorString());
    }
    // Its -wal may hold its last changes, and would be read into the rebuilt file under the old name.
    if (QFileInfo::exists(cachePath + wal) && !QFile::rename(cachePath + wal, backup + wal)) {
        QFile::remove(backup);
        return QCoreApplication::translate("CacheRebuild", "Cannot move %1 beside the backup %2.")
            .arg(cachePath + wal, backup);
    }
    QFile::remove(cachePath + shm); // an index of that -wal, remade by SQLite as needed
    std::filesystem::rename(nativePath(report.rebuiltPath), nativePath(cachePath), error);
    if (error) {
        QFile::rename(backup + wal, cachePath + wal);
        QFile::remove(backup);
        return QCoreApplication::translate("CacheRebuild", "Cannot put the rebuilt cache in place of %1: %2")
            .arg(cachePath, QString::fromStdString(error.message()));
    }
    report.backupPath = backup;
    report.rebuiltPath.clear();
    return {};
}

} // namespace dp
