// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse snapshot take|list|diff: forecast snapshots stored in the cache, and what changed between two.

#include "cli/CacheArgument.h"
#include "cli/Cli.h"
#include "cli/CliSettings.h"
#include "cli/FilterOptions.h"
#include "domain/TimeFormat.h"
#include "forecast/AtomicFile.h"
#include "forecast/DiffExport.h"
#include "forecast/SnapshotArchive.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace dp::cli {
namespace {

// lupdate files a free tr() in namespace dp::cli under the context "dp::cli", so that is the one to look up.
QString tr(const char *text) {
    return QCoreApplication::translate("dp::cli", text);
}

int take(const QStringList &arguments) {
    const QString verb = QStringLiteral("snapshot take");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stores a forecast snapshot of the cache: every deal's fields, forecast "
           "category and health, as they are now (or were at --as-of)."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("label"),
                      tr("What the snapshot is for, e.g. \"Week 48 forecast call\"."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("taken-by"), tr("Who takes it (default: the login name)."), QStringLiteral("NAME")});
    addAsOfOptions(parser, tr("Compute activity and health as of this instant (default: now)."));
    addFilterOptions(parser);
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const QString label = parser.value(QStringLiteral("label")).trimmed();
    if (label.isEmpty())
        return fail(verb, tr("--label TEXT is required"), kExitUsage);
    std::optional<Millis> asOf;
    std::optional<int> darkDays;
    if (!asOfOptions(parser, verb, &asOf, &darkDays))
        return kExitUsage;
    const std::optional<SnapshotFilter> filter = filterOptions(parser, verb);
    if (!filter)
        return kExitUsage;

    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    const SettingsStore stored;
    const AppSettings settings = stored.app();
    TakeOptions options;
    options.takenAt = SystemClock().now();
    options.takenBy = parser.isSet(QStringLiteral("taken-by"))
                          ? parser.value(QStringLiteral("taken-by"))
                          : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    options.label = label;
    options.filter = *filter;
    options.asOf = asOf.value_or(options.takenAt);
    options.health = healthSettings(settings, darkDays);
    options.categories = stored.forecast().categories;
    try {
        applyWindowDomains(*db, settings);
        const TakenSnapshot taken = takeSnapshot(*db, options);
        // The id alone on stdout, so a script can capture it; the sentence for people on stderr.
        QTextStream(stdout) << taken.id << '\n';
        QTextStream(stderr) << QCoreApplication::translate("dp::cli", "Took snapshot %1 (%n deal(s))",
                                                           nullptr, taken.deals)
                                   .arg(taken.id)
                            << '\n';
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

int list(const QStringList &arguments) {
    const QString verb = QStringLiteral("snapshot list");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the stored snapshots, newest first."));
    addDbOption(parser);
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    try {
        QTextStream out(stdout);
        // Tab-separated with a header line: readable in a terminal and by `cut`.
        out << "id\ttaken_at\tas_of\tdeals\ttaken_by\tlabel\n";
        for (const SnapshotListing &listing : listSnapshots(*db)) {
            const SnapshotHeader &header = listing.header;
            out << *header.id << '\t' << isoUtc(header.takenAt) << '\t' << isoUtc(header.asOf) << '\t'
                << listing.deals << '\t' << header.takenBy << '\t'
                << QString(header.label).replace(QLatin1Char('\t'), QLatin1Char(' ')) << '\n';
        }
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

std::optional<qint64> snapshotIdArgument(const QString &text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int diff(const QStringList &arguments) {
    const QString verb = QStringLiteral("snapshot diff");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compares two stored snapshots: deals added, won, lost, removed, pushed out of or pulled into the "
           "period, amount and forecast-category moves, health-band moves, and totals per category."));
    addDbOption(parser);
    parser.addPositionalArgument(QStringLiteral("FROM"), tr("The earlier snapshot's id."));
    parser.addPositionalArgument(QStringLiteral("TO"), tr("The later snapshot's id."));
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: json (default) or csv."), QStringLiteral("FORMAT")});
    parser.addOption(
        {QStringLiteral("out"), tr("The file to write (default: standard output)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("period-end"),
                      tr("Last day of the forecast period (default: end of the quarter of TO's as-of); the "
                         "period is the quarter ending then."),
                      QStringLiteral("DATE")});
    addFilterOptions(parser);
    // parseOrExit refuses positional arguments, and this verb has two, so the parse is done here.
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(verb, parser.errorText(), kExitUsage);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')),
                     QStringLiteral("Usage: dealpulse snapshot diff [options] FROM TO"));
        QTextStream(stdout) << text;
        return 0;
    }
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 2)
        return fail(verb, tr("wants two snapshot ids, FROM and TO"), kExitUsage);
    const std::optional<qint64> fromId = snapshotIdArgument(ids[0]);
    const std::optional<qint64> toId = snapshotIdArgument(ids[1]);
    if (!fromId || !toId)
        return fail(verb, tr("snapshot ids are whole numbers, not '%1'").arg(!fromId ? ids[0] : ids[1]),
                    kExitUsage);
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return fail(verb, tr("unknown format '%1'; use json or csv").arg(format), kExitUsage);
    std::optional<QDate> periodEnd;
    if (parser.isSet(QStringLiteral("period-end"))) {
        periodEnd = QDate::fromString(parser.value(QStringLiteral("period-end")), Qt::ISODate);
        if (!periodEnd->isValid())
            return fail(verb,
                        tr("--period-end wants a date such as 2026-12-31, not '%1'")
                            .arg(parser.value(QStringLiteral("period-end"))),
                        kExitUsage);
    }
    const std::optional<SnapshotFilter> filter = filterOptions(parser, verb);
    if (!filter)
        return kExitUsage;

    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    try {
        const std::optional<StoredSnapshot> from = StoredSnapshot::open(*db, *fromId);
        const std::optional<StoredSnapshot> to = StoredSnapshot::open(*db, *toId);
        if (!from || !to)
            return fail(verb, tr("there is no snapshot %1").arg(!from ? *fromId : *toId), kExitFailure);
        ForecastPeriod period = ForecastPeriod::quarterOf(to->header().asOf);
        if (periodEnd)
            period = ForecastPeriod{ForecastPeriod::quarterOf(*periodEnd).first, *periodEnd};
        const SnapshotDiff result =
            compareSnapshots(from->header(), from->deals(*filter), to->header(), to->deals(*filter), period);
        const QByteArray bytes = format == QLatin1String("csv")
                                     ? diffCsv(result)
                                     : QJsonDocument(diffJson(result)).toJson(QJsonDocument::Indented);
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty()) {
            QTextStream(stdout) << QString::fromUtf8(bytes);
            return 0;
        }
        AtomicFile file(out);
        if (!file.open())
            return fail(verb, file.error(), kExitFailure);
        file.write(bytes);
        if (!file.commit())
            return fail(verb, file.error(), kExitFailure);
        QTextStream(stderr) << QCoreApplication::translate("dp::cli", "Wrote %n change(s) to %1", nullptr,
                                                           int(result.changes.size()))
                                   .arg(out)
                            << '\n';
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

} // namespace

int runSnapshot(const QStringList &arguments) {
    return runSubCommand(
        QStringLiteral("snapshot"), arguments,
        {{QLatin1String("take"), take}, {QLatin1String("list"), list}, {QLatin1String("diff"), diff}},
        tr("Usage: dealpulse snapshot take|list|diff [options]\n"
           "  take   store a snapshot of the cache (--label TEXT)\n"
           "  list   list stored snapshots\n"
           "  diff   compare two stored snapshots (FROM TO)\n"));
}

} // namespace dp::cli
