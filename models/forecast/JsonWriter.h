// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an export as the JSON snapshot document, one deal per line.

#include "forecast/AtomicFile.h"
#include "forecast/SnapshotExport.h"

#include <memory>

namespace dp {

class JsonWriter final : public SnapshotWriter {
public:
    bool open(const QString &path, const ExportContext &context, QString *error) override;
    void write(const SnapshotDeal &deal) override;
    bool finish(const ExportSummary &summary, QString *error) override;

private:
    std::unique_ptr<AtomicFile> m_file;
    int m_written = 0;
};

// The summary as the JSON document's "rollups" member: per currency, per category and roll-up.
QJsonObject rollupsJson(const CurrencyRollups &rollups);
// The members before the deals: format (the document's name), version, instants, filters and the stored
// snapshot's id, label and author when there is one. The CSV's sidecar carries the same.
QJsonObject exportHeaderJson(const ExportContext &context, const QString &format);
// The members after the deals: deal_count, deal_rows_sha256 and rollups.
QJsonObject exportSummaryJson(const ExportSummary &summary);

} // namespace dp
