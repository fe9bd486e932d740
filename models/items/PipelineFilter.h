// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the manager narrowed the pipeline to. Empty fields match everything.

#include "domain/Health.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <optional>

namespace dp {

struct PipelineFilter {
    QSet<HealthBand> bands; // empty: every band
    QString team;
    QString owner;
    QString stage;
    QString forecastCategory;            // the CRM's key, e.g. "commit"
    QString closeQuarter;                // "2026-Q4"
    std::optional<QSet<qint64>> dealIds; // from a text search; nothing when no search is active

    friend bool operator==(const PipelineFilter &, const PipelineFilter &) = default;
};

// "2026-Q4"; empty for an invalid date.
QString quarterKey(const QDate &date);

} // namespace dp
