// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an export as an Excel workbook through libxlsxwriter: a Summary sheet with the roll-ups, a Deals
// sheet with typed cells (dates as dates, amounts as numbers in their currency, a frozen header and filters)
// and, when comparing two snapshots, a Changes sheet. Rows stream to disk (constant-memory mode) and the
// file is renamed into place only when complete.

#include "forecast/SnapshotExport.h"

#include <QHash>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace dp {

struct SnapshotDiff;

class XlsxWriter final : public SnapshotWriter {
public:
    XlsxWriter();
    ~XlsxWriter() override;
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // Adds the Changes sheet; the diff must outlive finish().
    void setChanges(const SnapshotDiff *diff) { m_changes = diff; }

    bool open(const QString &path, const ExportContext &context, QString *error) override;
    void write(const SnapshotDeal &deal) override;
    bool finish(const ExportSummary &summary, QString *error) override;

private:
    lxw_format *moneyFormat(const QString &currency);
    void writeSummary(const ExportSummary &summary);
    void writeChanges();
    void check(int result);
    void discard();

    QString m_path;
    QString m_partPath;
    ExportContext m_context;
    const SnapshotDiff *m_changes = nullptr;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_summary = nullptr;
    lxw_worksheet *m_deals = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_instant = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_format *m_decimal = nullptr;
    QHash<QString, lxw_format *> m_money;
    int m_row = 0;
    int m_error = 0; // the first libxlsxwriter error, 0 when none
};

} // namespace dp
