// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the main window on a large cache (the 50,000-deal demo). Each figure is printed beside a
// baseline measured in the same run on the same data, so the ratio means something on any machine:
//   - launch → first painted pipeline (window built, cache read on the worker, rows shown, painted) vs a
//     bare SELECT stepping through the same deal and figure rows;
//   - the time the UI thread is busy showing the rows (what it blocks for);
//   - filter latency (band toggles, a team, a quarter) vs a plain loop testing the same rows' band;
//   - sort latency per column (first click and later ones) vs std::sort of the row numbers by amount;
//   - a full-text search from Enter to the matches painted.
// Usage: bench_gui --db FILE [--repeat N]   (the cache is migrated if needed; use a copy of a shared one)

#include "BenchFigures.h"
#include "MainWindow.h"
#include "PipelinePage.h"
#include "items/CacheContent.h"
#include "items/PipelineModel.h"
#include "items/PipelineProxy.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "store/SearchStore.h"
#include "translations/Language.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTextStream>
#include <QToolButton>
#include <algorithm>
#include <numeric>

using namespace dp;
using dp::bench::median;
using dp::bench::ms;

namespace {

QTextStream out(stdout);

void report(const char *what, double value, double baseline, const char *baselineWhat, double target) {
    out << QStringLiteral("%1: %2 ms  (baseline %3: %4 ms, ratio %5×; target < %6 ms: %7)\n")
               .arg(QLatin1String(what))
               .arg(value, 0, 'f', 1)
               .arg(QLatin1String(baselineWhat))
               .arg(baseline, 0, 'f', 1)
               .arg(baseline > 0 ? value / baseline : 0, 0, 'f', 1)
               .arg(target)
               .arg(value < target ? QStringLiteral("met") : QStringLiteral("MISSED"));
    out.flush();
}

// The least any pipeline view must do: step through every deal with its figures once.
double bareRead(const QString &path, int *rows) {
    QElapsedTimer timer;
    timer.start();
    OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error));
    Statement query(opened.database->handle(),
                    "SELECT d.id, d.name, d.stage, d.amount, d.close_date, a.name, o.name, m.band, m.score,"
                    " m.reasons_json FROM deals d JOIN deal_metrics m ON m.deal_id = d.id"
                    " LEFT JOIN accounts a ON a.id = d.account_id LEFT JOIN owners o ON o.id = d.owner_id"
                    " WHERE d.is_deleted = 0");
    int count = 0;
    while (query.step()) {
        (void)query.text(1);
        (void)query.text(9);
        ++count;
    }
    *rows = count;
    return ms(timer);
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DealpulseBench"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Cache file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Repetitions."),
                                          QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption grabOption(QStringLiteral("grab"),
                                        QStringLiteral("Save the window as first painted (PNG) to look at."),
                                        QStringLiteral("FILE"));
    parser.addOptions({dbOption, repeatOption, grabOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dbOption))
        qFatal("--db FILE is required");
    const QString path = parser.value(dbOption);
    const int repeat = std::max(3, parser.value(repeatOption).toInt());
    installLanguage(QStringLiteral("en"));

    {
        // Migrates the cache once, outside the timings.
        OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error));
    }
    int rowCount = 0;
    bareRead(path, &rowCount); // warms the page cache, as a second launch would find it
    QList<double> bare;
    for (int i = 0; i < 3; ++i)
        bare.append(bareRead(path, &rowCount));
    out << QStringLiteral("cache: %1, %2 deals with figures\n").arg(path).arg(rowCount);
    QList<double> reads;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CacheContent content = loadCacheContent(path, QDate::currentDate());
        reads.append(ms(timer));
    }
    report("reading the cache on the worker (rows, teams, alert state)", median(reads), median(bare),
           "bare SELECT of all rows", 1000);

    // Launch → first painted pipeline, median of three fresh windows: the first rows painted (the first
    // page, read while the whole pipeline is), and the whole pipeline shown with its totals and painted.
    QList<double> firstPaint, wholePaint, firstRows;
    QList<double> uiBusy;
    std::unique_ptr<MainWindow> window;
    for (int i = 0; i < 3; ++i) {
        window.reset();
        QElapsedTimer timer;
        timer.start();
        window = std::make_unique<MainWindow>(AppSettings{});
        window->resize(1440, 900);
        window->show();
        QTableView *table = window->pipelinePage()->table();
        double painted = -1;
        int rowsPainted = 0;
        // The moment the page has first shown rows (the first page, or all of them if they came first), the
        // window is painted synchronously, as the event loop would next.
        const auto connection = QObject::connect(window->pipelinePage(), &PipelinePage::filtersApplied, [&] {
            if (painted >= 0 || table->model()->rowCount() == 0)
                return;
            window->repaint();
            painted = ms(timer);
            rowsPainted = table->model()->rowCount();
            if (parser.isSet(grabOption) && i == 0)
                window->grab().save(parser.value(grabOption)); // after the timing
        });
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->openCache(path);
        if (!loaded.wait(60000))
            qFatal("the cache did not load");
        window->repaint(); // the whole pipeline painted, synchronously
        wholePaint.append(ms(timer));
        QObject::disconnect(connection);
        firstPaint.append(painted >= 0 ? painted : wholePaint.last());
        firstRows.append(painted >= 0 ? rowsPainted : table->model()->rowCount());
    }
    // What the UI thread does with the rows once the worker read them: shown, sorted, totalled.
    {
        const QList<PipelineRow> rows = window->content().rows;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            window->pipelinePage()->setRows(rows);
            window->pipelinePage()->table()->viewport()->repaint();
            uiBusy.append(ms(timer));
        }
    }
    report("launch to first painted pipeline", median(firstPaint), median(bare), "bare SELECT of all rows",
           1000);
    out << QStringLiteral("  (%1 rows in that first paint)\n").arg(median(firstRows));
    report("launch to the whole pipeline painted (totals, choices)", median(wholePaint), median(bare),
           "bare SELECT of all rows", 1000);
    out << QStringLiteral("UI thread busy showing %1 rows (model, sort, choices, totals, paint): %2 ms\n")
               .arg(rowCount)
               .arg(median(uiBusy), 0, 'f', 1);

    PipelinePage *page = window->pipelinePage();
    QTableView *table = page->table();
    PipelineModel *model = page->model();

    // Baseline for filters: one pass over the rows testing the band, the least a filter can do.
    QList<double> loop;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        // volatile, so the compiler cannot drop the loop whose result nobody reads
        volatile int kept = 0;
        for (const PipelineRow &row : model->rows())
            if (row.metrics.band == HealthBand::Dark)
                kept = kept + 1;
        loop.append(ms(timer));
    }

    auto button = [&](const char *band) {
        return window->findChild<QToolButton *>(QStringLiteral("band_%1").arg(QLatin1String(band)));
    };
    QList<double> bandFilter;
    for (int i = 0; i < repeat; ++i) {
        for (const char *band : {"healthy", "watch", "at_risk"}) {
            QElapsedTimer timer;
            timer.start();
            button(band)->click();        // filter, sort the rows kept, totals
            table->viewport()->repaint(); // and paint them
            bandFilter.append(ms(timer));
        }
    }
    const int darkRows = table->model()->rowCount();
    report("filter: toggle a health band", median(bandFilter), median(loop), "loop testing each row's band",
           50);
    out << QStringLiteral("  (after the toggles the table shows %1 rows)\n").arg(darkRows);

    QList<double> teamFilter;
    auto *team = window->findChild<QComboBox *>(QStringLiteral("teamFilter"));
    auto *quarter = window->findChild<QComboBox *>(QStringLiteral("quarterFilter"));
    for (int i = 0; i < repeat; ++i) {
        for (QComboBox *box : {team, quarter}) {
            for (int choice : {1, 0}) {
                QElapsedTimer timer;
                timer.start();
                box->setCurrentIndex(std::min(choice, box->count() - 1));
                table->viewport()->repaint();
                teamFilter.append(ms(timer));
            }
        }
    }
    report("filter: team / close quarter", median(teamFilter), median(loop), "loop testing each row's band",
           50);

    // Sorting the full open pipeline.
    for (const char *band : {"healthy", "watch", "at_risk"})
        button(band)->click();
    out << QStringLiteral("sorting %1 rows\n").arg(table->model()->rowCount());
    QList<double> baselineSort;
    for (int i = 0; i < repeat; ++i) {
        QList<int> order(model->rowCount());
        std::iota(order.begin(), order.end(), 0);
        QElapsedTimer timer;
        timer.start();
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return model->row(a).deal.deal.amount.value_or(-1) < model->row(b).deal.deal.amount.value_or(-1);
        });
        baselineSort.append(ms(timer));
    }
    // Every column, each direction. The first click on a column computes its order over all rows (kept
    // until the rows change); later clicks walk the kept order. Both are reported.
    for (int column = 0; column < PipelineModel::ColumnCount; ++column) {
        QList<double> sort;
        double first = 0;
        for (int i = 0; i < repeat; ++i) {
            for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                QElapsedTimer timer;
                timer.start();
                table->sortByColumn(column, order);
                table->viewport()->repaint();
                if (sort.isEmpty() && i == 0)
                    first = ms(timer);
                sort.append(ms(timer));
            }
        }
        const QByteArray name = "sort by " + model->headerData(column, Qt::Horizontal).toString().toUtf8();
        report(name.constData(), median(sort), median(baselineSort), "std::sort of row numbers by amount",
               50);
        out << QStringLiteral("  (first click on the column: %1 ms)\n").arg(first, 0, 'f', 1);
    }
    table->sortByColumn(PipelineModel::Score, Qt::AscendingOrder);

    // Search: the full-text query runs on a worker with its own connection, then the filter applies its
    // answer. Timed from Enter in the search box to the table painted with the matches.
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("pipelineSearch"));
    QList<double> searches;
    int matches = 0;
    for (int i = 0; i < repeat; ++i) {
        for (const QString &text : {QStringLiteral("procurement"), QString()}) {
            QSignalSpy applied(page, &PipelinePage::filtersApplied);
            QElapsedTimer timer;
            timer.start();
            search->setText(text);
            QMetaObject::invokeMethod(search, "returnPressed");
            if (applied.isEmpty() && !applied.wait(30000))
                qFatal("the search did not answer");
            table->viewport()->repaint();
            if (!text.isEmpty()) {
                searches.append(ms(timer));
                matches = table->model()->rowCount();
            }
        }
    }
    QList<double> bareSearch;
    {
        OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            (void)SearchStore(*opened.database).deals(QStringLiteral("procurement"));
            bareSearch.append(ms(timer));
        }
    }
    report("search (FTS on the worker, then the filter)", median(searches), median(bareSearch),
           "the FTS query alone", 50);
    out << QStringLiteral("  (%1 open deals match \"procurement\")\n").arg(matches);
    return 0;
}
