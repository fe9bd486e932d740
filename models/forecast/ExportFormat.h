// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The export formats by name, and a writer for each.

#include "forecast/SnapshotExport.h"

#include <memory>
#include <optional>

namespace dp {

enum class ExportFormat { Csv, Xlsx, Json, Pdf };

QString toKey(ExportFormat format); // "csv", "xlsx", "json", "pdf"
std::optional<ExportFormat> exportFormatFromKey(const QString &text);
std::unique_ptr<SnapshotWriter> makeSnapshotWriter(ExportFormat format);

} // namespace dp
