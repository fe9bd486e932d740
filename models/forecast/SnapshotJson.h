// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON snapshot document ("dealpulse-snapshot", version 1), documented in docs/snapshot-format.md.

#include "analytics/HealthRules.h"
#include "domain/Clock.h"
#include "forecast/Snapshot.h"

#include <QJsonObject>
#include <QString>
#include <optional>

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
QJsonObject toJson(const SnapshotDeal &deal);
// Reads one deal of a document back; nothing when a required field is missing or malformed.
std::optional<SnapshotDeal> snapshotDealFromJson(const QJsonObject &object);
// The deal as one line of compact JSON (keys in sorted order): how the document and the cache store it,
// and what the deal-rows hash is computed over.
QByteArray snapshotDealLine(const SnapshotDeal &deal);

// Evaluates every deal as of options.asOf and writes the document atomically. Returns the number of deals,
// or -1 with *error set.
int writeSnapshotJson(Database &db, const SnapshotOptions &options, const QString &path, QString *error);

} // namespace dp
