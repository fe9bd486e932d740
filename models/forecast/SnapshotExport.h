// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One export, whatever the format: deals stream from a source through a writer, while their hash and
// roll-ups are summed up on the way, so every format carries the same deals and the same summary.

#include "forecast/ForecastRollup.h"
#include "forecast/Snapshot.h"

#include <functional>
#include <optional>

namespace dp {

struct ExportContext {
    SnapshotHeader header;
    // Narrows a stored snapshot further (the snapshot's own filter stays in the header).
    SnapshotFilter exportFilter;
    // The roll-ups' period; by default the UTC quarter holding header.asOf.
    std::optional<ForecastPeriod> period;

    ForecastPeriod rollupPeriod() const { return period.value_or(ForecastPeriod::quarterOf(header.asOf)); }
};

struct ExportSummary {
    int deals = 0;
    QString dealRowsSha256;
    CurrencyRollups rollups;
};

class SnapshotWriter {
public:
    virtual ~SnapshotWriter() = default;
    // False with *error set when the file cannot be started; nothing is left behind.
    virtual bool open(const QString &path, const ExportContext &context, QString *error) = 0;
    virtual void write(const SnapshotDeal &deal) = 0;
    // Completes the file and puts it in place; false with *error set, leaving no file, when anything failed.
    virtual bool finish(const ExportSummary &summary, QString *error) = 0;
};

// Yields the export's deals in export order (open first, then closed).
using DealSource = std::function<void(const DealVisitor &)>;

// Told how many deals were written so far (every kExportProgressStep deals); returning false cancels.
using ExportProgress = std::function<bool(int deals)>;
inline constexpr int kExportProgressStep = 250;

// Nothing, with *error set, when the file cannot be written or the export was cancelled; the file is then
// not there (a cancelled writer discards its partial file when destroyed).
std::optional<ExportSummary> exportSnapshot(const ExportContext &context, const DealSource &source,
                                            SnapshotWriter &writer, const QString &path, QString *error,
                                            const ExportProgress &progress = {});

} // namespace dp
