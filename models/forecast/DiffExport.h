// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A snapshot comparison as a file: JSON ("dealpulse-snapshot-diff": changes, totals per category before
// and after, waterfalls) or CSV (one row per change). docs/snapshot-format.md describes both.

#include "forecast/SnapshotDiff.h"

#include <QByteArray>
#include <QJsonObject>

namespace dp {

QJsonObject diffJson(const SnapshotDiff &diff);
QByteArray diffCsv(const SnapshotDiff &diff);

} // namespace dp
