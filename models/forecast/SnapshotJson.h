#pragma once
// The JSON snapshot document ("dealpulse-snapshot", version 1), documented in docs/snapshot-format.md.

#include "analytics/HealthRules.h"
#include "domain/Clock.h"

#include <QJsonObject>
#include <QString>

namespace dp {

class Database;
struct DealRow;

struct SnapshotOptions {
    Millis takenAt = 0;
    Millis asOf = 0;
    HealthSettings health;
};

inline constexpr int kSnapshotFormatVersion = 1;

QJsonObject snapshotDealJson(const DealRow &row, const DealMetrics &metrics);

// Evaluates every deal as of options.asOf and writes the document atomically. Returns the number of deals,
// or -1 with *error set.
int writeSnapshotJson(Database &db, const SnapshotOptions &options, const QString &path, QString *error);

} // namespace dp
