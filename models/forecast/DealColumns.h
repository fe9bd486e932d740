// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deal columns every tabular export (CSV, XLSX) writes, in order: one table so the formats never drift
// apart. Names are the JSON format's field names, flattened.

#include "forecast/Snapshot.h"

#include <QString>
#include <QVariant>
#include <array>

namespace dp {

struct DealColumn {
    enum class Type { Text, Number, Integer, Boolean, Date, Instant, Money };
    const char *key;   // the CSV header, stable across languages
    const char *label; // the XLSX header, translated in context "DealColumns"
    Type type;
    int width; // XLSX column width in characters
};

extern const std::array<DealColumn, 26> kDealColumns;

// The column's value for one deal: QString, double, int, bool, QDate or qint64 milliseconds; an invalid
// QVariant for null.
QVariant dealColumnValue(const SnapshotDeal &deal, std::size_t column);
QString dealColumnLabel(const DealColumn &column);

} // namespace dp
