// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an export as CSV (RFC 4180): UTF-8 with a byte-order mark so Excel reads it as UTF-8, CRLF line
// ends, numbers and dates in one locale-independent spelling. The file is a plain table, the header and one
// row per deal, so pandas, csvkit and Excel tables read it as it is; what describes it (format, instants,
// filters, the rows' SHA-256) goes, when asked, into a sidecar FILE.csv.json. docs/snapshot-format.md
// describes both.

#include "forecast/AtomicFile.h"
#include "forecast/SnapshotExport.h"

#include <QStringList>
#include <memory>

namespace dp {

// One field, quoted when it must be. Text that a spreadsheet would run as a formula (starting with = + - @,
// a tab or CR) or that starts with an apostrophe gets one apostrophe in front; readers drop a leading one.
// Numbers we spelled ourselves are never guarded, so a negative number stays a number.
QByteArray csvField(const QString &text, bool guardFormula = true);
QByteArray csvRecord(const QStringList &fields);
// The locale-independent spelling of a number: the shortest text that reads back to the same double.
QString csvNumber(double value);

class CsvWriter final : public SnapshotWriter {
public:
    // Also writes the sidecar; without it, a sidecar left by an earlier export to the same file is removed,
    // since it would describe rows that are gone.
    void setWriteSidecar(bool write) { m_writeSidecar = write; }
    static QString sidecarPath(const QString &csvPath);

    bool open(const QString &path, const ExportContext &context, QString *error) override;
    void write(const SnapshotDeal &deal) override;
    bool finish(const ExportSummary &summary, QString *error) override;

private:
    QByteArray sidecarJson(const ExportSummary &summary) const;

    std::unique_ptr<AtomicFile> m_file;
    QString m_path;
    ExportContext m_context;
    bool m_writeSidecar = false;
};

} // namespace dp
