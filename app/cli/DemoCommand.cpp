// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse demo: writes the deterministic demo cache through the same store API that sync uses.

#include "analytics/AnalyticsEngine.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "cli/CacheArgument.h"
#include "cli/Cli.h"
#include "demo/DemoGenerator.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace dp::cli {

int runDemo(const QStringList &arguments) {
    const QString verb = QStringLiteral("demo");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Writes a realistic, deterministic demo pipeline into a new cache."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("deals"),
                      QCoreApplication::translate("Cli", "Number of deals (default 600)."),
                      QStringLiteral("N"), QStringLiteral("600")});
    parser.addOption(
        {QStringLiteral("now"),
         QCoreApplication::translate("Cli", "The instant the demo treats as now (default: now)."),
         QStringLiteral("ISO")});
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;

    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        return fail(verb,
                    QCoreApplication::translate("Cli", "--seed wants a whole number, not '%1'")
                        .arg(parser.value(QStringLiteral("seed"))),
                    kExitUsage);
    std::optional<int> deals = 600;
    std::optional<Millis> now;
    if (!parseIntOption(parser, QStringLiteral("deals"), verb, 1, 200000, &deals) ||
        !parseInstantOption(parser, QStringLiteral("now"), verb, &now))
        return kExitUsage;

    const QString path = cachePath(parser);
    const QFileInfo target(path);
    if (target.exists() && target.size() > 0)
        return fail(
            verb,
            QCoreApplication::translate("Cli", "%1 already exists; the demo writes only into a new file.")
                .arg(path),
            kExitFailure);
    const auto db = openCache(path, Database::Mode::CreateIfMissing);
    if (!db)
        return kExitFailure;

    DemoOptions options;
    options.seed = seed;
    options.deals = *deals;
    options.now = now.value_or(SystemClock().now());
    try {
        QTextStream err(stderr);
        int lastPercent = -1;
        const DemoSummary summary = DemoGenerator(*db, options).run([&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (percent != lastPercent) { // one line per percent, not per deal
                lastPercent = percent;
                err << '\r'
                    << QCoreApplication::translate("Cli", "Writing demo deals: %1 of %2")
                           .arg(done)
                           .arg(total);
                err.flush();
            }
            return true;
        });
        dp::sentiment::rescoreCache(*db, false); // before health, which reads the sentiment
        err << '\n' << QCoreApplication::translate("Cli", "Computing deal health...") << '\n';
        const FixedClock clock(options.now);
        AnalyticsEngine(*db, clock).recomputeAll(HealthSettings{});
        // Every count has its own plural form, so the sentence is put together from its pieces.
        const auto count = [](const char *text, qint64 n) {
            return QCoreApplication::translate("Cli", text, nullptr, int(n));
        };
        QTextStream(stdout) << QCoreApplication::translate("Cli",
                                                           "Wrote %1: %2, %3, %4, %5, %6, %7 as of %8.")
                                   .arg(path, count(QT_TRANSLATE_N_NOOP("Cli", "%n team(s)"), summary.teams),
                                        count(QT_TRANSLATE_N_NOOP("Cli", "%n rep(s)"), summary.owners),
                                        count(QT_TRANSLATE_N_NOOP("Cli", "%n account(s)"), summary.accounts),
                                        count(QT_TRANSLATE_N_NOOP("Cli", "%n contact(s)"), summary.contacts),
                                        count(QT_TRANSLATE_N_NOOP("Cli", "%n deal(s)"), summary.deals),
                                        count(QT_TRANSLATE_N_NOOP("Cli", "%n interaction(s)"),
                                              summary.interactions),
                                        isoUtc(options.now))
                            << '\n';
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

} // namespace dp::cli
