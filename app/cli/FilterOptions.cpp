// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/FilterOptions.h"

#include "analytics/HealthRules.h"
#include "cli/CacheArgument.h"

#include <QCoreApplication>

namespace dp::cli {
namespace {

// lupdate files a free tr() in namespace dp::cli under the context "dp::cli", so that is the one to look up.
QString tr(const char *text) {
    return QCoreApplication::translate("dp::cli", text);
}

} // namespace

void addFilterOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("health"), tr("Only deals in these health bands, e.g. dark,at_risk."),
                      QStringLiteral("BANDS")});
    parser.addOption({QStringLiteral("owner"), tr("Only deals of this owner."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("team"), tr("Only deals of this team."), QStringLiteral("NAME")});
}

std::optional<SnapshotFilter> filterOptions(const QCommandLineParser &parser, const QString &verb) {
    SnapshotFilter filter;
    if (parser.isSet(QStringLiteral("health"))) {
        const auto bands = SnapshotFilter::parseBands(parser.value(QStringLiteral("health")));
        if (!bands) {
            fail(verb,
                 tr("--health wants bands from healthy, watch, at_risk, dark, closed, not '%1'")
                     .arg(parser.value(QStringLiteral("health"))),
                 kExitUsage);
            return std::nullopt;
        }
        filter.bands = *bands;
    }
    filter.ownerEmail = parser.value(QStringLiteral("owner")).trimmed();
    filter.team = parser.value(QStringLiteral("team")).trimmed();
    return filter;
}

void addAsOfOptions(QCommandLineParser &parser, const QString &asOfHelp) {
    parser.addOption({QStringLiteral("as-of"), asOfHelp, QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("going-dark-days"),
                      tr("Days without buyer inbound before a deal goes dark (%1-%2, default %3).")
                          .arg(kMinGoingDarkDays)
                          .arg(kMaxGoingDarkDays)
                          .arg(kDefaultGoingDarkDays),
                      QStringLiteral("N")});
}

bool asOfOptions(const QCommandLineParser &parser, const QString &verb, std::optional<Millis> *asOf,
                 std::optional<int> *goingDarkDays) {
    return parseInstantOption(parser, QStringLiteral("as-of"), verb, asOf) &&
           parseIntOption(parser, QStringLiteral("going-dark-days"), verb, kMinGoingDarkDays,
                          kMaxGoingDarkDays, goingDarkDays);
}

} // namespace dp::cli
