#include "GuiLauncher.h"

#include "BackgroundTask.h"
#include "MainWindow.h"
#include "analytics/AnalyticsEngine.h"
#include "cli/Cli.h"
#include "demo/DemoGenerator.h"
#include "domain/TimeFormat.h"
#include "items/PipelineLoader.h"
#include "store/CacheLocation.h"
#include "store/Database.h"
#include "translations/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace dp {
namespace {

void removeCacheFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Writes the demo cache on a worker thread with its own connection; a cancelled demo is removed whole, so
// the next start begins again rather than opening half a pipeline.
bool generateDemo(const QString &path)
{
    const bool done = runWithProgress(
        QObject::tr("Creating the demo pipeline…"), [path](const ProgressReport &report) {
            OpenResult opened = Database::open(path);
            if (!opened.ok())
                return TaskResult{false, opened.error};
            DemoOptions options;
            options.now = SystemClock().now();
            DemoGenerator(*opened.database, options).run([&report](int done, int total) {
                return report(done, total);
            });
            if (report.cancelled())
                return TaskResult{false, {}};
            const FixedClock clock(options.now);
            AnalyticsEngine(*opened.database, clock).recomputeAll(HealthSettings{});
            return TaskResult{true, {}};
        });
    if (!done)
        removeCacheFiles(path);
    return done;
}

// Recomputes the stored figures when the day or the setting changed since they were computed.
bool refreshFigures(const QString &path, const HealthSettings &settings)
{
    return runWithProgress(QObject::tr("Updating deal health…"), [path, settings](const ProgressReport &) {
        OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
        if (!opened.ok())
            return TaskResult{false, opened.error};
        SystemClock clock;
        AnalyticsEngine engine(*opened.database, clock);
        if (engine.storedFiguresStale(settings))
            engine.recomputeAll(settings);
        else
            engine.recomputeDirty(settings);
        return TaskResult{true, {}};
    });
}

} // namespace

int runGui(int argc, char *argv[], void (*describeApplication)())
{
    QApplication app(argc, argv);
    describeApplication();
    QSettings settings;
    installLanguage(settings.value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Deal activity, going-dark alerts and forecast health for sales "
                                                 "managers.") +
                                     QLatin1String("\n\n") + cli::verbSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QObject::tr("Open the demo pipeline (created on first use)."));
    const QCommandLineOption db(QStringLiteral("db"), QObject::tr("The cache file to open."), QStringLiteral("FILE"));
    parser.addOptions({demo, db});
    parser.process(app);

    const QString path = parser.isSet(db)     ? parser.value(db)
                         : parser.isSet(demo) ? defaultDemoCachePath()
                                              : settings.value(QStringLiteral("cachePath"), defaultCachePath())
                                                    .toString();
    if (parser.isSet(demo) && !parser.isSet(db) && !QFileInfo::exists(path) && !generateDemo(path))
        return 1;

    HealthSettings health;
    health.goingDarkDays = std::clamp(settings.value(QStringLiteral("goingDarkDays"), kDefaultGoingDarkDays).toInt(),
                                      kMinGoingDarkDays, kMaxGoingDarkDays);
    if (!refreshFigures(path, health))
        return 1;

    OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
    if (!opened.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("Dealpulse"), opened.error);
        return 1;
    }
    MainWindow window;
    window.resize(1440, 900);
    const QString asOf = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    window.showPipeline(loadPipeline(*opened.database), QFileInfo(path).absoluteFilePath(), asOf);
    window.show();
    return app.exec();
}

} // namespace dp
