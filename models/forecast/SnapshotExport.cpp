#include "forecast/SnapshotExport.h"

#include "forecast/DealRowsHash.h"

namespace dp {

std::optional<ExportSummary> exportSnapshot(const ExportContext &context, const DealSource &source,
                                            SnapshotWriter &writer, const QString &path, QString *error) {
    if (!writer.open(path, context, error))
        return std::nullopt;
    ExportSummary summary{0, QString(), CurrencyRollups(context.rollupPeriod())};
    DealRowsHash hash;
    source([&](const SnapshotDeal &deal) {
        if (!context.exportFilter.matches(deal))
            return;
        writer.write(deal);
        hash.add(deal);
        summary.rollups.add(deal);
        ++summary.deals;
    });
    summary.dealRowsSha256 = hash.hex();
    if (!writer.finish(summary, error))
        return std::nullopt;
    return summary;
}

} // namespace dp
