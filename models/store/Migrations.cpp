// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <algorithm>
#include <array>

namespace dp::Migrations {
namespace {

// Steps whose SQL edits table definitions in place (sqlite_schema), for changes that leave every row valid.
constexpr std::array kDefinitionEdits{11};

// The steps by number, read from the resources: migrations/0001_initial.sql is step 1. There is no step 8:
// caches go from 7 to 9. A new step is a new file.
const QMap<int, QString> &stepFiles() {
    static const QMap<int, QString> files = [] {
        QMap<int, QString> found;
        const QDir dir(QStringLiteral(":/store/migrations"));
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            bool ok = false;
            const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
            if (ok && version > 0)
                found.insert(version, dir.filePath(name));
        }
        return found;
    }();
    return files;
}

QByteArray readStep(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            QCoreApplication::translate("Database", "The cache schema step %1 is missing from this build.")
                .arg(path));
    return file.readAll();
}

// SQLite's procedure for editing a definition in place: with writable_schema on, update sqlite_schema, then
// bump the schema version so every connection (this one included) reads the definitions again.
void editDefinitions(Database &db, const char *sql) {
    int schemaVersion = 0;
    {
        Statement query(db.handle(), "PRAGMA schema_version");
        if (query.step())
            schemaVersion = int(query.int64(0));
    }
    db.exec("PRAGMA writable_schema=ON");
    db.exec(sql);
    db.exec(QByteArray("PRAGMA schema_version=" + QByteArray::number(schemaVersion + 1)).constData());
    db.exec("PRAGMA writable_schema=OFF");
}

} // namespace

QList<int> versions() {
    return stepFiles().keys();
}

int latestVersion() {
    return stepFiles().isEmpty() ? 0 : stepFiles().lastKey();
}

void apply(Database &db) {
    const QMap<int, QString> &files = stepFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const int version = it.key();
        if (db.userVersion() >= version)
            continue;
        const QByteArray sql = readStep(it.value());
        Transaction transaction(db);
        if (std::ranges::find(kDefinitionEdits, version) != kDefinitionEdits.end())
            editDefinitions(db, sql.constData());
        else
            db.exec(sql.constData());
        db.exec(QByteArray("PRAGMA user_version=" + QByteArray::number(version)).constData());
        transaction.commit();
    }
}

} // namespace dp::Migrations
