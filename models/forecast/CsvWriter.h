#pragma once
// Writes an export as CSV (RFC 4180): UTF-8 with a byte-order mark so Excel reads it as UTF-8, CRLF line
// ends, numbers and dates in one locale-independent spelling. docs/snapshot-format.md describes the layout.

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
    bool open(const QString &path, const ExportContext &context, QString *error) override;
    void write(const SnapshotDeal &deal) override;
    bool finish(const ExportSummary &summary, QString *error) override;

private:
    std::unique_ptr<AtomicFile> m_file;
    SnapshotHeader m_header;
    SnapshotFilter m_exportFilter;
};

} // namespace dp
