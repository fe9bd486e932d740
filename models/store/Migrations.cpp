#include "store/Migrations.h"

#include "store/Database.h"
#include "store/SchemaV1.h"
#include "store/SchemaV10.h"
#include "store/SchemaV12.h"
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
};

// Append new steps at the end; never edit one that has shipped.
constexpr std::array kSteps{
    Step{1, kSchemaV1}, Step{2, kSchemaV2}, Step{3, kSchemaV3}, Step{4, kSchemaV4},   Step{5, kSchemaV5},
    Step{6, kSchemaV6}, Step{7, kSchemaV7}, Step{9, kSchemaV9}, Step{10, kSchemaV10}, Step{12, kSchemaV12},
};

} // namespace

int latestVersion() {
    return kSteps.back().version;
}

void apply(Database &db) {
    for (const Step &step : kSteps) {
        if (db.userVersion() >= step.version)
            continue;
        Transaction transaction(db);
        db.exec(step.sql);
        db.exec(QByteArray("PRAGMA user_version=" + QByteArray::number(step.version)).constData());
        transaction.commit();
    }
}

} // namespace dp::Migrations
