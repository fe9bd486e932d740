// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/SnapshotExport.h"

#include "forecast/DealRowsHash.h"

#include <QCoreApplication>

namespace dp {

std::optional<ExportSummary> exportSnapshot(const ExportContext &context, const DealSource &source,
                                            SnapshotWriter &writer, const QString &path, QString *error,
                                            const ExportProgress &progress) {
    if (!writer.open(path, context, error))
        return std::nullopt;
    ExportSummary summary{0, QString(), CurrencyRollups(context.rollupPeriod())};
    DealRowsHash hash;
    bool cancelled = false;
    source([&](const SnapshotDeal &deal) {
        // The source cannot be stopped midway; once cancelled, the remaining deals are passed over.
        if (cancelled || !context.exportFilter.matches(deal))
            return;
        writer.write(deal);
        hash.add(deal);
        summary.rollups.add(deal);
        ++summary.deals;
        if (progress && summary.deals % kExportProgressStep == 0 && !progress(summary.deals))
            cancelled = true;
    });
    if (cancelled) {
        *error = QCoreApplication::translate("SnapshotExport", "The export was cancelled.");
        return std::nullopt;
    }
    summary.dealRowsSha256 = hash.hex();
    if (!writer.finish(summary, error))
        return std::nullopt;
    return summary;
}

} // namespace dp
