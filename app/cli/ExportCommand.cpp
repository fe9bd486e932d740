// dealpulse export: a forecast snapshot of the cache as a file.

#include "cli/CacheArgument.h"
#include "cli/Cli.h"
#include "forecast/SnapshotJson.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dp::cli {

int runExport(const QStringList &arguments)
{
    const QString verb = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Exports a forecast snapshot: every deal with its health, activity and sentiment."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "Output format: json."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The file to write."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("as-of"),
                      QCoreApplication::translate("Cli", "Compute everything as of this instant (default: now)."),
                      QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("going-dark-days"),
                      QCoreApplication::translate("Cli", "Days without buyer inbound before a deal goes dark "
                                                         "(%1-%2, default %3).")
                          .arg(kMinGoingDarkDays)
                          .arg(kMaxGoingDarkDays)
                          .arg(kDefaultGoingDarkDays),
                      QStringLiteral("N")});
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;

    const QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        return fail(verb, QCoreApplication::translate("Cli", "--format is required (json)"), kExitUsage);
    if (format != QLatin1String("json"))
        return fail(verb, QCoreApplication::translate("Cli", "unknown format '%1'; this version writes json").arg(format),
                    kExitUsage);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(verb, QCoreApplication::translate("Cli", "--out FILE is required"), kExitUsage);
    std::optional<Millis> asOf;
    std::optional<int> darkDays;
    if (!parseInstantOption(parser, QStringLiteral("as-of"), verb, &asOf) ||
        !parseIntOption(parser, QStringLiteral("going-dark-days"), verb, kMinGoingDarkDays, kMaxGoingDarkDays,
                        &darkDays))
        return kExitUsage;

    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    SnapshotOptions options;
    options.takenAt = SystemClock().now();
    options.asOf = asOf.value_or(options.takenAt);
    options.health.goingDarkDays = darkDays.value_or(kDefaultGoingDarkDays);
    try {
        QString error;
        const int deals = writeSnapshotJson(*db, options, out, &error);
        if (deals < 0)
            return fail(verb, error, kExitFailure);
        QTextStream(stderr) << QCoreApplication::translate("Cli", "Exported %1 deals to %2").arg(deals).arg(out)
                            << '\n';
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

} // namespace dp::cli
