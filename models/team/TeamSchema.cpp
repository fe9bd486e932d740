// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamSchema.h"

#include "team/PgConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

namespace dp::team::TeamSchema {
namespace {

// Any fixed number: the lock that makes concurrent `team init` runs take turns.
constexpr qint64 kMigrationLock = 0x6465616c70756c; // "dealpul"

// The migrations by number, read from the resources: 0001_initial.sql is version 1.
QMap<int, QString> migrationFiles() {
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/team/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, dir.filePath(name));
    }
    return files;
}

QByteArray readMigration(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TeamError(
            QCoreApplication::translate("dp::team", "The team schema step %1 is missing from this build.")
                .arg(path));
    return file.readAll();
}

bool schemaTableExists(PgConnection &connection) {
    return !connection.exec("SELECT to_regclass('dealpulse_schema') IS NULL").boolean(0, 0);
}

QString newerMessage(int server) {
    return QCoreApplication::translate(
               "dp::team",
               "The team server's schema is version %1, newer than this Dealpulse understands (%2); update "
               "Dealpulse.")
        .arg(server)
        .arg(latestVersion());
}

} // namespace

int latestVersion() {
    const QMap<int, QString> files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

int serverVersion(PgConnection &connection) {
    if (!schemaTableExists(connection))
        return 0;
    const PgResult result = connection.exec("SELECT coalesce(max(version), 0) FROM dealpulse_schema");
    return int(result.int64(0, 0));
}

int apply(PgConnection &connection) {
    PgTransaction transaction(connection);
    connection.exec("SELECT pg_advisory_xact_lock($1)", PgParams().add(kMigrationLock));
    connection.execScript("CREATE TABLE IF NOT EXISTS dealpulse_schema ("
                          " version integer PRIMARY KEY,"
                          " applied_at timestamptz NOT NULL DEFAULT now(),"
                          " applied_by text NOT NULL DEFAULT current_user)");
    const int server = serverVersion(connection);
    if (server > latestVersion())
        throw TeamError(newerMessage(server));
    int applied = 0;
    const QMap<int, QString> files = migrationFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= server)
            continue;
        connection.execScript(readMigration(it.value()));
        connection.exec("INSERT INTO dealpulse_schema(version) VALUES ($1)", PgParams().add(it.key()));
        ++applied;
    }
    transaction.commit();
    return applied;
}

void requireCompatible(PgConnection &connection) {
    const int server = serverVersion(connection);
    if (server == 0)
        throw TeamError(QCoreApplication::translate(
            "dp::team", "The team server has no Dealpulse schema yet; an administrator runs 'dealpulse team "
                        "init' once."));
    if (server > latestVersion())
        throw TeamError(newerMessage(server));
}

} // namespace dp::team::TeamSchema
