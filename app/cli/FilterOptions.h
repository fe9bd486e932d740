#pragma once
// The deal filter options shared by the export and snapshot verbs: --health, --owner, --team.

#include "forecast/SnapshotFilter.h"

#include <QCommandLineParser>
#include <optional>

namespace dp::cli {

void addFilterOptions(QCommandLineParser &parser);
// Prints the error and returns nothing when --health is malformed.
std::optional<SnapshotFilter> filterOptions(const QCommandLineParser &parser, const QString &verb);

} // namespace dp::cli
