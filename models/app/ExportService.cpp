// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ExportService.h"

#include "forecast/CsvWriter.h"
#include "forecast/SnapshotArchive.h"
#include "forecast/SnapshotCapture.h"
#include "forecast/SnapshotExport.h"
#include "store/Database.h"
#include "tasks/FailureText.h"
#include "tasks/Task.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dp {

ExportOutcome ExportService::run(const ExportRequest &request, const Progress &progress) {
    const ExportSource &source = request.source;
    ExportOutcome outcome;
    try {
        OpenResult opened = Database::open(source.cachePath, Database::Mode::ReadWrite);
        if (!opened.ok()) {
            outcome.error = opened.error;
            return outcome;
        }
        Database &db = *opened.database;
        const std::unique_ptr<SnapshotWriter> writer = makeSnapshotWriter(request.format);
        if (request.csvSidecar && request.format == ExportFormat::Csv)
            static_cast<CsvWriter &>(*writer).setWriteSidecar(true);
        ExportContext context;
        DealSource deals;
        std::optional<StoredSnapshot> stored;
        std::optional<LiveSnapshot> live;
        if (source.snapshot) {
            stored = StoredSnapshot::open(db, *source.snapshot);
            if (!stored) {
                outcome.error = QCoreApplication::translate("dp::ExportDialog", "There is no snapshot %1.")
                                    .arg(*source.snapshot);
                return outcome;
            }
            context.header = stored->header();
            context.exportFilter = source.filter;
            deals = [&](const DealVisitor &visit) { stored->forEach({}, visit); };
        } else {
            context.header.takenAt = QDateTime::currentMSecsSinceEpoch();
            context.header.asOf = context.header.takenAt;
            context.header.goingDarkDays = source.health.goingDarkDays;
            context.header.filter = source.filter;
            live.emplace(db, CaptureOptions{context.header.asOf, source.health, source.categories});
            deals = [&](const DealVisitor &visit) { live->forEach(source.filter, visit); };
        }
        const std::optional<ExportSummary> summary =
            exportSnapshot(context, deals, *writer, request.path, &outcome.error,
                           [&progress](int written) { return !progress || progress(written); });
        if (summary) {
            outcome.error.clear();
            outcome.deals = summary->deals;
            outcome.dealRowsSha256 = summary->dealRowsSha256;
        } else if (outcome.error.isEmpty()) {
            outcome.error = unknownFailureText();
        }
    } catch (const std::exception &error) {
        outcome = {};
        outcome.error = failureText(error);
    }
    return outcome;
}

std::function<ExportOutcome(TaskControl &)> ExportService::work(ExportRequest request) {
    return [request = std::move(request)](TaskControl &control) {
        return run(request, [&control](int written) { return control.progress(written, 0); });
    };
}

} // namespace dp
