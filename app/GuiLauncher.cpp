// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "AlertsPage.h"
#include "CacheProblemDialog.h"
#include "CacheRescue.h"
#include "DarkPalette.h"
#include "MainWindow.h"
#include "ModalTask.h"
#include "PipelinePage.h"
#include "RollupPage.h"
#include "SettingsDialog.h"
#include "WindowIcon.h"
#include "analytics/FigureRefresh.h"
#include "cli/Cli.h"
#include "deal/DealView.h"
#include "forecast/ForecastSettings.h"
#include "items/DemoCache.h"
#include "settings/SettingsStore.h"
#include "snapshots/ForecastSettingsPage.h"
#include "store/CacheLocation.h"
#include "store/CacheLock.h"
#include "store/Database.h"
#include "sync/SyncStatus.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTextStream>
#include <QTimer>
#include <mutex>

namespace dp {
namespace {

// Writes the demo cache on a worker thread with its own connection, with a progress dialog.
bool generateDemo(TaskRunner &runner, const QString &path) {
    return runWithProgress(runner, QObject::tr("Creating the demo pipeline…"), [path](TaskControl &control) {
        return createDemoCache(path, SystemClock().now(), control);
    });
}

// What preparing the cache for the window came to.
struct PreparedCache {
    bool cancelled = false; // the user stopped the figures' refresh: quit
    QString problem;        // why the cache cannot be shown; empty when it can
    bool damaged = false;   // the problem is damage in the file, which a rebuild can help
    bool readOnly = false;
    QStringList damage; // what quick_check found, when it ran here (--screenshot)
};

// Opens the cache and brings the stored figures in step with the settings (our email domains, the
// going-dark days, the day); Cancel leaves the cache as it was and quits. A cache that cannot be opened is
// reported back, never in a message box here, so the launcher can offer another one (or, making a picture,
// fail at once instead of waiting on a box nobody sees).
PreparedCache prepareCache(TaskRunner &runner, const QString &path, Database::Mode mode,
                           const FigureSettings &settings, bool checkNow) {
    auto prepared = std::make_shared<PreparedCache>();
    const bool done = runWithProgress(
        runner, QObject::tr("Updating deal health…"),
        [path, mode, settings, checkNow, prepared](TaskControl &control) {
            OpenResult opened = Database::open(path, mode);
            if (!opened.ok()) {
                prepared->problem = opened.error;
                prepared->damaged = opened.status == OpenResult::Status::Corrupt;
                return TaskResult{false, {}};
            }
            if (checkNow)
                prepared->damage = opened.database->quickCheck();
            if (opened.database->isReadOnly()) {
                prepared->readOnly = true;
                return TaskResult{true, {}}; // the figures cannot be stored: shown as last computed
            }
            try {
                SystemClock clock;
                const bool finished =
                    dp::refreshFigures(*opened.database, clock, settings, [&control](int done, int total) {
                        return control.progress(done, total);
                    }).has_value();
                return TaskResult{finished, {}};
            } catch (const StoreError &error) {
                // Opening reads only the first pages: damage further in shows up here.
                prepared->problem = error.message();
                prepared->damaged = error.isDamage();
                return TaskResult{false, {}};
            }
        });
    if (!done && prepared->problem.isEmpty())
        prepared->cancelled = true;
    return *prepared;
}

// The GUI's options; --help also lists the command-line verbs.
struct GuiOptions {
    QCommandLineOption demo{QStringLiteral("demo"),
                            QObject::tr("Open the demo pipeline (created on first use).")};
    QCommandLineOption db{QStringLiteral("db"), QObject::tr("The cache file to open."),
                          QStringLiteral("FILE")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QObject::tr("Save a picture of the window to FILE (PNG) and quit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption size{QStringLiteral("size"), QObject::tr("Window size, e.g. 1440x900."),
                            QStringLiteral("WxH"), QStringLiteral("1440x900")};
    QCommandLineOption view{
        QStringLiteral("view"),
        QObject::tr("The view to show first: pipeline, deal (the worst open deal), rollup, alerts, "
                    "lexicon or snapshots (with --screenshot also settings)."),
        QStringLiteral("VIEW"), QStringLiteral("pipeline")};
    QCommandLineOption dark{QStringLiteral("dark"),
                            QObject::tr("Use a dark palette (to look at dark mode on any desktop).")};

    void addTo(QCommandLineParser &parser) const {
        parser.setApplicationDescription(
            QObject::tr("Deal activity, going-dark alerts and forecast health for sales managers.") +
            QLatin1String("\n\n") + cli::verbSummary());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, db, screenshot, size, view, dark});
    }
};

// The open deal in the worst health (lowest score, then largest amount): what --view deal shows.
qint64 worstOpenDeal(const QList<PipelineRow> &rows) {
    const PipelineRow *worst = nullptr;
    for (const PipelineRow &row : rows) {
        if (row.deal.deal.isClosed)
            continue;
        if (!worst || row.metrics.score < worst->metrics.score ||
            (row.metrics.score == worst->metrics.score &&
             row.deal.deal.amount.value_or(0) > worst->deal.deal.amount.value_or(0)))
            worst = &row;
    }
    return worst ? worst->deal.id : 0;
}

bool asksForHelpOrVersion(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int runGui(int argc, char *argv[], void (*describeApplication)()) {
    const GuiOptions options;
    if (asksForHelpOrVersion(argc, argv)) {
        // Help must work without a display, so it never creates the GUI application.
        QCoreApplication app(argc, argv);
        describeApplication();
        const AppSettings settings = SettingsStore().app();
        installLanguage(settings.language, settings.formats);
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    TaskRunner tasks; // the work before the window exists; the window has a runner of its own
    // The desktop file's name: Wayland compositors and docks match the window to its icon and entry by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.dealpulse.Dealpulse"));
    QApplication::setWindowIcon(windowIcon());
    SettingsStore settings;
    const AppSettings chosen = settings.app(QSystemTrayIcon::isSystemTrayAvailable());
    installLanguage(chosen.language, chosen.formats);
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    if (parser.isSet(options.dark)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    }
    const QCommandLineOption &demo = options.demo;
    const QCommandLineOption &db = options.db;
    const QString screenshot = parser.value(options.screenshot);

    QString path = parser.isSet(db) ? parser.value(db)
                   : parser.isSet(demo)
                       ? defaultDemoCachePath()
                       : (chosen.cachePath.isEmpty() ? defaultCachePath() : chosen.cachePath);
    bool useDemo = parser.isSet(demo) && !parser.isSet(db);
    // The default cache is created on first start; a file named with --db must exist, so a typo does not
    // quietly open an empty pipeline.
    Database::Mode mode = parser.isSet(db) ? Database::Mode::ReadWrite : Database::Mode::CreateIfMissing;
    bool rememberPath = false;
    bool syncAfterRebuild = false; // a rebuilt cache fetches the CRM's records again as soon as it shows

    const FigureSettings figures = chosen.figures();
    std::unique_ptr<CacheLock> lock;
    PreparedCache prepared;
    // Until a cache opens: a cache that cannot be opened leads to the choice of another, never to an exit
    // before the user can reach Settings.
    for (;;) {
        QString problem;
        prepared = PreparedCache{}; // nothing known yet of this cache
        lock = std::make_unique<CacheLock>(QFileInfo(path).absoluteFilePath());
        if (lock->tryLock() == CacheLock::Outcome::HeldElsewhere) {
            problem = lock->heldMessage();
        } else {
            if (useDemo) {
                if (QFileInfo::exists(path) && demoCacheIsStale(path, SystemClock().now()))
                    removeCacheFiles(path);
                if (!QFileInfo::exists(path) && !generateDemo(tasks, path))
                    return 1;
            }
            // Making a picture has no later moment to report damage in, so it checks before the window.
            prepared = prepareCache(tasks, path, mode, figures, !screenshot.isEmpty());
            if (prepared.cancelled)
                return 1;
            problem = prepared.problem;
        }
        if (problem.isEmpty())
            break;
        lock.reset();
        if (!screenshot.isEmpty()) {
            QTextStream(stderr) << problem << '\n';
            return 1;
        }
        CacheProblemDialog dialog(problem, path);
        if (prepared.damaged)
            dialog.offerRebuild();
        if (dialog.exec() != QDialog::Accepted)
            return 1;
        switch (dialog.choice()) {
        case CacheProblemDialog::Choice::OpenAnother:
        case CacheProblemDialog::Choice::CreateNew:
            path = dialog.chosenPath();
            mode = dialog.choice() == CacheProblemDialog::Choice::CreateNew ? Database::Mode::CreateIfMissing
                                                                            : Database::Mode::ReadWrite;
            useDemo = false;
            // The cache the settings named would fail again next time; one named on the command line is
            // the user's business.
            rememberPath = !parser.isSet(db) && !parser.isSet(demo);
            break;
        case CacheProblemDialog::Choice::OpenDemo:
            path = defaultDemoCachePath();
            mode = Database::Mode::CreateIfMissing;
            useDemo = true;
            rememberPath = false;
            break;
        case CacheProblemDialog::Choice::Rebuild: {
            // Held while the files are swapped, as the window holds it later: no other window opens the
            // cache in between.
            lock = std::make_unique<CacheLock>(QFileInfo(path).absoluteFilePath());
            if (lock->tryLock() == CacheLock::Outcome::HeldElsewhere) {
                QMessageBox::critical(nullptr, QObject::tr("Dealpulse"), lock->heldMessage());
                break;
            }
            RebuildReport report;
            const bool rebuilt = runWithProgress(tasks, QObject::tr("Rebuilding the cache…"),
                                                 [&path, &figures, &report](TaskControl &control) {
                                                     return CacheRescue::run(path, figures, SystemClock(),
                                                                             true, control, report);
                                                 });
            lock.reset();
            if (rebuilt) {
                QMessageBox box(QMessageBox::Information, QObject::tr("Dealpulse"),
                                CacheRescue::summary(report), QMessageBox::Ok);
                box.setTextFormat(Qt::PlainText);
                box.exec();
                mode = Database::Mode::ReadWrite;
                syncAfterRebuild = true;
            }
            break; // the rebuilt cache is opened next, or the dialog comes back
        }
        case CacheProblemDialog::Choice::Quit:
            return 1;
        }
    }
    if (rememberPath)
        settings.setCachePath(QFileInfo(path).absoluteFilePath());
    if (!screenshot.isEmpty()) {
        if (!prepared.damage.isEmpty())
            QTextStream(stderr) << CacheRescue::damage(path, prepared.damage) << '\n';
        if (prepared.readOnly)
            QTextStream(stderr) << QObject::tr("%1 is read-only: nothing will be saved to it.").arg(path)
                                << '\n';
    }

    const QString view = parser.value(options.view);
    const bool settingsPicture = view == QLatin1String("settings") && parser.isSet(options.screenshot);
    if (!settingsPicture &&
        !QStringList{QStringLiteral("pipeline"), QStringLiteral("deal"), QStringLiteral("rollup"),
                     QStringLiteral("alerts"), QStringLiteral("lexicon"), QStringLiteral("snapshots")}
             .contains(view)) {
        QTextStream(stderr)
            << QObject::tr("Unknown view %1; use pipeline, deal, rollup, alerts, lexicon or snapshots.")
                   .arg(view)
            << '\n';
        return 2;
    }

    MainWindow window(settings.app(QSystemTrayIcon::isSystemTrayAvailable()));
    const QStringList size = parser.value(options.size).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1440,
                  size.value(1).toInt() > 0 ? size.value(1).toInt() : 900);
    if (prepared.readOnly) {
        // Ratings, notes, snapshots and syncs would fail one by one: say so once, where it stays in view.
        auto *banner = new QLabel(QObject::tr("Read-only: nothing is saved to this cache"));
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setToolTip(QObject::tr("%1 or its folder cannot be written, so ratings, notes, snapshots and "
                                       "syncs are not saved.")
                               .arg(QDir::toNativeSeparators(path)));
        window.statusBar()->addPermanentWidget(banner);
    }
    QObject::connect(&window, &MainWindow::loadFailed, &window, [&window, screenshot](const QString &error) {
        if (!screenshot.isEmpty()) {
            QTextStream(stderr) << error << '\n';
            QCoreApplication::exit(1);
        } else {
            QMessageBox::critical(&window, QObject::tr("Dealpulse"), error);
        }
    });
    const bool readOnly = prepared.readOnly;
    QObject::connect(
        &window, &MainWindow::contentLoaded, &window, [&window, &settings, view, screenshot, readOnly] {
            static bool first = true;
            if (!first)
                return;
            first = false;
            if (view == QLatin1String("rollup"))
                window.showPage(window.rollupPage());
            else if (view == QLatin1String("alerts"))
                window.showPage(window.alertsPage());
            else if (view == QLatin1String("deal"))
                window.openDeal(worstOpenDeal(window.content().rows));
            else if (view == QLatin1String("snapshots"))
                window.showPage(window.snapshotsPage());
            else if (view == QLatin1String("lexicon"))
                window.showPage(window.lexiconPage());
            if (screenshot.isEmpty()) {
                if (!readOnly && window.syncStatus()->wantsSyncOnStart())
                    window.syncStatus()->syncNow();
                return;
            }
            // For README pictures and for looking at the window on a machine without a display.
            if (view == QLatin1String("settings")) {
                auto *dialog =
                    new SettingsDialog(settings.app(QSystemTrayIcon::isSystemTrayAvailable()), &window);
                dialog->addPage(new ForecastSettingsPage(settings.forecast()), QObject::tr("Forecast"));
                dialog->show();
                QTimer::singleShot(0, dialog, [dialog, screenshot] {
                    const bool saved = dialog->grab().save(screenshot, "PNG");
                    QCoreApplication::exit(saved ? 0 : 1);
                });
                return;
            }
            const auto grab = [&window, screenshot] {
                const bool saved = window.grab().save(screenshot, "PNG");
                if (!saved)
                    QTextStream(stderr) << QObject::tr("Cannot write %1").arg(screenshot) << '\n';
                QCoreApplication::exit(saved ? 0 : 1);
            };
            // The deal page loads in the background: the picture waits for it.
            if (window.currentPage() == window.dealPage() && window.dealView())
                QObject::connect(window.dealView(), &DealView::dealLoaded, &window,
                                 [&window, grab] { QTimer::singleShot(0, &window, grab); });
            else
                QTimer::singleShot(0, &window, grab);
        });
    if (syncAfterRebuild && !readOnly && screenshot.isEmpty())
        // The rebuilt cache fetches the CRM's records again as soon as it shows; without a CRM connection,
        // syncNow() says how to set one up.
        QObject::connect(&window, &MainWindow::contentLoaded, window.syncStatus(), &SyncStatus::syncNow,
                         Qt::SingleShotConnection);
    window.adoptLock(std::move(lock));
    window.openCache(path);
    window.show();
    if (screenshot.isEmpty()) {
        // quick_check reads the whole file (seconds on a large cache): after the window shows, on a worker
        // with its own connection, so opening stays quick. Quitting interrupts it rather than waiting for it.
        struct Check {
            std::mutex mutex;
            Database *db = nullptr;
            bool quitting = false;
        };
        const auto check = std::make_shared<Check>();
        QObject::connect(&app, &QCoreApplication::aboutToQuit, [check] {
            const std::lock_guard<std::mutex> guard(check->mutex);
            check->quitting = true;
            if (check->db)
                check->db->interrupt();
        });
        window.runner().run<QStringList>(
            &window,
            [path, check] {
                OpenResult opened = Database::open(path, Database::Mode::ReadOnly);
                if (!opened.ok())
                    return QStringList();
                {
                    const std::lock_guard<std::mutex> guard(check->mutex);
                    if (check->quitting)
                        return QStringList();
                    check->db = opened.database.get();
                }
                const QStringList problems = opened.database->quickCheck();
                const std::lock_guard<std::mutex> guard(check->mutex);
                check->db = nullptr;
                return problems;
            },
            [&window, checked = QFileInfo(path).absoluteFilePath()](QStringList problems) {
                if (window.cachePath() == checked) // not another cache opened since
                    window.reportDamage(problems);
            },
            TaskRunner::Long);
    }
    return app.exec();
}

} // namespace dp
