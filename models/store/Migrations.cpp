// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

#include "store/Database.h"
#include "store/SchemaV1.h"
#include "store/SchemaV10.h"
#include "store/SchemaV11.h"
#include "store/SchemaV12.h"
#include "store/SchemaV13.h"
#include "store/SchemaV14.h"
#include "store/SchemaV15.h"
#include "store/SchemaV16.h"
#include "store/SchemaV2.h"
#include "store/SchemaV3.h"
#include "store/SchemaV4.h"
#include "store/SchemaV5.h"
#include "store/SchemaV6.h"
#include "store/SchemaV7.h"
#include "store/SchemaV9.h"

#include <QByteArray>
#include <array>

namespace dp::Migrations {
namespace {

struct Step {
    int version;
    const char *sql;
    // The step edits table definitions in place (sqlite_schema), for changes that leave every row valid.
    bool editsDefinitions = false;
};

// Append new steps at the end; never edit one that has shipped.
constexpr std::array kSteps{
    Step{1, kSchemaV1},   Step{2, kSchemaV2},         Step{3, kSchemaV3},   Step{4, kSchemaV4},
    Step{5, kSchemaV5},   Step{6, kSchemaV6},         Step{7, kSchemaV7},   Step{9, kSchemaV9},
    Step{10, kSchemaV10}, Step{11, kSchemaV11, true}, Step{12, kSchemaV12}, Step{13, kSchemaV13},
    Step{14, kSchemaV14}, Step{15, kSchemaV15},       Step{16, kSchemaV16},
};

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

int latestVersion() {
    return kSteps.back().version;
}

void apply(Database &db) {
    for (const Step &step : kSteps) {
        if (db.userVersion() >= step.version)
            continue;
        Transaction transaction(db);
        if (step.editsDefinitions)
            editDefinitions(db, step.sql);
        else
            db.exec(step.sql);
        db.exec(QByteArray("PRAGMA user_version=" + QByteArray::number(step.version)).constData());
        transaction.commit();
    }
}

} // namespace dp::Migrations
