// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exporting the pipeline (as it is now, or a stored snapshot) to a file, as the Export dialog asks for it:
// run on a worker with a connection of its own, reporting the deals written and stopping at a cancel (the
// partial file removed). Composes forecast/SnapshotExport.

#include "analytics/HealthRules.h"
#include "forecast/ExportFormat.h"
#include "forecast/ForecastCategory.h"
#include "forecast/SnapshotFilter.h"

#include <QString>
#include <functional>
#include <optional>

namespace dp {

class TaskControl;

struct ExportSource {
    QString cachePath;
    SnapshotFilter filter;          // the pipeline's current filter
    std::optional<qint64> snapshot; // a stored snapshot instead of the live cache
    HealthSettings health;
    CategoryThresholds categories;
};

struct ExportRequest {
    ExportSource source;
    ExportFormat format = ExportFormat::Csv;
    bool csvSidecar = false; // CSV only: also FILE.csv.json with the format, instants, filters and SHA-256
    QString path;
};

struct ExportOutcome {
    int deals = 0;
    QString dealRowsSha256;
    QString error; // empty when the file was written

    bool ok() const { return error.isEmpty(); }
};

class ExportService final {
public:
    // Called with the deals written so far; returns false to cancel.
    using Progress = std::function<bool(int written)>;

    // Runs on the calling thread, opening its own connection to the cache.
    static ExportOutcome run(const ExportRequest &request, const Progress &progress = {});
    // The same as work for the task runner.
    static std::function<ExportOutcome(TaskControl &)> work(ExportRequest request);
};

} // namespace dp
