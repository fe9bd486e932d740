// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The options shared by the export and snapshot verbs: the deal filter (--health, --owner, --team) and the
// instant and threshold figures are computed for (--as-of, --going-dark-days).

#include "domain/Clock.h"
#include "forecast/SnapshotFilter.h"

#include <QCommandLineParser>
#include <optional>

namespace dp::cli {

void addFilterOptions(QCommandLineParser &parser);
// Prints the error and returns nothing when --health is malformed.
std::optional<SnapshotFilter> filterOptions(const QCommandLineParser &parser, const QString &verb);

void addAsOfOptions(QCommandLineParser &parser, const QString &asOfHelp);
// Prints the error and returns false when either option is malformed.
bool asOfOptions(const QCommandLineParser &parser, const QString &verb, std::optional<Millis> *asOf,
                 std::optional<int> *goingDarkDays);

} // namespace dp::cli
