// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an export as a PDF report a manager can forward: a summary page (title, instants, filter, the
// roll-ups per currency, inbound/outbound per rep and the amount per forecast category as charts, the
// deal-rows SHA-256), then every deal in a table paginated with its header repeated, open deals first and
// closed ones in their own section. Drawn with QPdfWriter and QPainter (Qt GUI, no widgets); the rows are
// held until finish() because the summary page comes first. Written atomically.

#include "forecast/AtomicFile.h"
#include "forecast/SnapshotExport.h"

#include <QHash>
#include <QList>
#include <memory>

class QPainter;

namespace dp {

class PdfWriter final : public SnapshotWriter {
public:
    PdfWriter();
    ~PdfWriter() override;

    bool open(const QString &path, const ExportContext &context, QString *error) override;
    void write(const SnapshotDeal &deal) override;
    bool finish(const ExportSummary &summary, QString *error) override;

    // What a table row shows, kept short so large exports stay small in memory.
    struct Row {
        QString name;
        QString owner;
        QString stage;
        QString category;
        QString closeDate;
        QString amount;
        QString health;
        QString activity;
        QString reason;
        HealthBand band = HealthBand::Healthy;
        bool closed = false;
    };
    struct Engagement {
        int inbound = 0;
        int outbound = 0;
    };

private:
    class Painter;

    std::unique_ptr<AtomicFile> m_file;
    ExportContext m_context;
    QList<Row> m_rows;
    QHash<QString, Engagement> m_engagementByOwner; // open deals only
    int m_open = 0;
    int m_closed = 0;
};

} // namespace dp
