// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse export: a forecast snapshot of the cache (live, as of an instant, or a stored one) as a file.

#include "cli/CacheArgument.h"
#include "cli/Cli.h"
#include "cli/CliSettings.h"
#include "cli/FilterOptions.h"
#include "forecast/CsvWriter.h"
#include "forecast/ExportFormat.h"
#include "forecast/SnapshotArchive.h"
#include "forecast/SnapshotCapture.h"
#include "forecast/SnapshotDiff.h"
#include "forecast/XlsxWriter.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dp::cli {
namespace {

// lupdate files a free tr() in namespace dp::cli under the context "dp::cli", so that is the one to look up.
QString tr(const char *text) {
    return QCoreApplication::translate("dp::cli", text);
}

} // namespace

int runExport(const QStringList &arguments) {
    const QString verb = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Exports a forecast snapshot: every deal with its health, activity and sentiment, open deals first "
        "and closed ones after them."));
    addDbOption(parser);
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: csv, xlsx, pdf or json."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")});
    addAsOfOptions(parser, tr("Compute everything as of this instant (default: now)."));
    parser.addOption({QStringLiteral("snapshot"), tr("Export a stored snapshot instead of the live cache."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("compare"),
                      tr("With --snapshot and xlsx: add a Changes sheet against this earlier snapshot."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("csv-metadata"),
                      tr("With csv: also write FILE.json beside the table, holding the format, the instants, "
                         "the filters and the SHA-256 of the deal rows.")});
    addFilterOptions(parser);
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;

    const QString formatName = parser.value(QStringLiteral("format"));
    if (formatName.isEmpty())
        return fail(verb, tr("--format is required (csv, xlsx, pdf or json)"), kExitUsage);
    const std::optional<ExportFormat> format = exportFormatFromKey(formatName);
    if (!format)
        return fail(verb, tr("unknown format '%1'; use csv, xlsx, pdf or json").arg(formatName), kExitUsage);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(verb, tr("--out FILE is required"), kExitUsage);
    std::optional<Millis> asOf;
    std::optional<int> darkDays;
    if (!asOfOptions(parser, verb, &asOf, &darkDays))
        return kExitUsage;
    std::optional<int> snapshotId;
    std::optional<int> compareId;
    if (!parseIntOption(parser, QStringLiteral("snapshot"), verb, 1, std::numeric_limits<int>::max(),
                        &snapshotId) ||
        !parseIntOption(parser, QStringLiteral("compare"), verb, 1, std::numeric_limits<int>::max(),
                        &compareId))
        return kExitUsage;
    if (snapshotId && (asOf || darkDays))
        return fail(verb, tr("--snapshot exports what was stored; it takes no --as-of or --going-dark-days"),
                    kExitUsage);
    if (compareId && (!snapshotId || *format != ExportFormat::Xlsx))
        return fail(verb, tr("--compare needs --snapshot and --format xlsx"), kExitUsage);
    const bool csvMetadata = parser.isSet(QStringLiteral("csv-metadata"));
    if (csvMetadata && *format != ExportFormat::Csv)
        return fail(verb, tr("--csv-metadata goes with --format csv"), kExitUsage);
    const std::optional<SnapshotFilter> filter = filterOptions(parser, verb);
    if (!filter)
        return kExitUsage;

    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    try {
        const std::unique_ptr<SnapshotWriter> writer = makeSnapshotWriter(*format);
        if (csvMetadata)
            static_cast<CsvWriter &>(*writer).setWriteSidecar(true);
        ExportContext context;
        DealSource source;
        std::optional<StoredSnapshot> stored;
        std::optional<LiveSnapshot> live;
        std::optional<SnapshotDiff> diff;
        if (snapshotId) {
            stored = StoredSnapshot::open(*db, *snapshotId);
            if (!stored)
                return fail(verb, tr("there is no snapshot %1").arg(*snapshotId), kExitFailure);
            context.header = stored->header();
            context.exportFilter = *filter;
            source = [&](const DealVisitor &visit) { stored->forEach({}, visit); };
            if (compareId) {
                const std::optional<StoredSnapshot> earlier = StoredSnapshot::open(*db, *compareId);
                if (!earlier)
                    return fail(verb, tr("there is no snapshot %1").arg(*compareId), kExitFailure);
                diff = compareSnapshots(earlier->header(), earlier->deals(*filter), stored->header(),
                                        stored->deals(*filter), context.rollupPeriod());
                static_cast<XlsxWriter &>(*writer).setChanges(&*diff);
            }
        } else {
            const AppSettings settings = windowSettings();
            applyWindowDomains(*db, settings);
            const HealthSettings health = healthSettings(settings, darkDays);
            context.header.takenAt = SystemClock().now();
            context.header.asOf = asOf.value_or(context.header.takenAt);
            context.header.goingDarkDays = health.goingDarkDays;
            context.header.filter = *filter;
            live.emplace(*db,
                         CaptureOptions{context.header.asOf, health, SettingsStore().forecast().categories});
            source = [&](const DealVisitor &visit) { live->forEach(*filter, visit); };
        }
        QString error;
        const std::optional<ExportSummary> summary = exportSnapshot(context, source, *writer, out, &error);
        if (!summary)
            return fail(verb, error, kExitFailure);
        QTextStream(stderr) << QCoreApplication::translate("dp::cli",
                                                           "Exported %n deal(s) to %1 (deal rows SHA-256 %2)",
                                                           nullptr, summary->deals)
                                   .arg(out, summary->dealRowsSha256)
                            << '\n';
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

} // namespace dp::cli
