// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/ExportFormat.h"

#include "domain/EnumKeys.h"
#include "forecast/CsvWriter.h"
#include "forecast/JsonWriter.h"
#include "forecast/PdfWriter.h"
#include "forecast/XlsxWriter.h"

namespace dp {
namespace {

constexpr EnumKeyTable<ExportFormat, 4> kKeys{{
    {ExportFormat::Csv, "csv"},
    {ExportFormat::Xlsx, "xlsx"},
    {ExportFormat::Json, "json"},
    {ExportFormat::Pdf, "pdf"},
}};

} // namespace

QString toKey(ExportFormat format) {
    return keyOf(kKeys, format);
}

std::optional<ExportFormat> exportFormatFromKey(const QString &text) {
    return valueOfKey(kKeys, text);
}

std::unique_ptr<SnapshotWriter> makeSnapshotWriter(ExportFormat format) {
    switch (format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvWriter>();
    case ExportFormat::Xlsx:
        return std::make_unique<XlsxWriter>();
    case ExportFormat::Json:
        return std::make_unique<JsonWriter>();
    case ExportFormat::Pdf:
        return std::make_unique<PdfWriter>();
    }
    return nullptr;
}

} // namespace dp
