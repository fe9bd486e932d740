// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a user would, offscreen: the pipeline lists the deals, filters to bands and by
// a full-text search, sorts by raw values and totals what it shows; the keyboard reaches every view; the
// roll-up filters the pipeline; an alert is snoozed and listed for review (a write the cache refuses is
// shown, and the window carries on); settings change the figures and the language.

#include "AlertsPage.h"
#include "MainWindow.h"
#include "PipelineBuilder.h"
#include "PipelinePage.h"
#include "RollupPage.h"
#include "SettingsDialog.h"
#include "SnoozeDialog.h"
#include "StatusTasks.h"
#include "TestSupport.h"
#include "UndoOffer.h"
#include "analytics/AnalyticsEngine.h"
#include "deal/DealView.h"
#include "items/AlertsModel.h"
#include "items/PipelineFilter.h"
#include "items/PipelineModel.h"
#include "items/PipelineProxy.h"
#include "items/RollupModel.h"
#include "settings/AppSettings.h"
#include "settings/SettingsStore.h"
#include "snapshots/ForecastSettingsPage.h"
#include "store/AlertStore.h"
#include "store/CacheLock.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QThread>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

int rowsShown(const QTableView *table) {
    return table->model()->rowCount();
}

QStringList column(const QAbstractItemModel *model, int column) {
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

// Every stored figure that the going-dark setting moves, in one string.
QString metricsFingerprint(Database &db) {
    Statement query(db.handle(), "SELECT group_concat(deal_id || ':' || band || ':' || score || ':' ||"
                                 " going_dark_days || ':' || as_of) FROM (SELECT * FROM deal_metrics"
                                 " ORDER BY deal_id)");
    return query.step() ? query.text(0) : QString();
}

QString visibleTotals(const QWidget &window) {
    return window.findChild<QLabel *>(QStringLiteral("pipelineTotals"))->text();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

    test::TempCache m_cache;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(kAsOf);

    std::unique_ptr<MainWindow> openWindow(const AppSettings &settings = AppSettings{}) {
        auto window = std::make_unique<MainWindow>(settings);
        window->setClock(m_clock);
        window->resize(1280, 700);
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->openCache(m_cache.path());
        if (!loaded.wait(10000))
            qFatal("the cache did not load");
        return window;
    }

    QToolButton *bandButton(const MainWindow &window, HealthBand band) {
        return window.findChild<QToolButton *>(QStringLiteral("band_%1").arg(toKey(band)));
    }

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        QSettings().clear();
        test::PipelineBuilder(m_cache.db())
            .deal(QStringLiteral("healthy"), kAsOf - 30 * kDay, 90000)
            .email(QStringLiteral("healthy"), kAsOf - 1 * kDay, 1)
            .email(QStringLiteral("healthy"), kAsOf - 2 * kDay, 2)
            .deal(QStringLiteral("dark-a"), kAsOf - 60 * kDay, 5000)
            .email(QStringLiteral("dark-a"), kAsOf - 25 * kDay, 1)
            .deal(QStringLiteral("dark-b"), kAsOf - 40 * kDay, std::nullopt)
            .closedDeal(QStringLiteral("won"), kAsOf - 200 * kDay, true);
        AnalyticsEngine(m_cache.db(), *m_clock).recomputeAll({});
    }

    void listsEveryDealWithItsBand() {
        auto window = openWindow();
        QTableView *table = window->findChild<QTableView *>(QStringLiteral("pipelineTable"));
        QVERIFY(table);
        QCOMPARE(rowsShown(table), 3); // the window opens on open deals
        bandButton(*window, HealthBand::Closed)->click();
        QCOMPARE(rowsShown(table), 4);
        QVERIFY(column(table->model(), PipelineModel::Band).contains(QStringLiteral("Going dark")));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("cacheLabel"))->text(),
                 QStringLiteral("Cache: %1").arg(QFileInfo(m_cache.path()).fileName()));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("syncLabel"))
                    ->text()
                    .contains(QStringLiteral("Never synced")));
    }

    // Which deal a row is stays readable in a laptop's window: the figures never squeeze the deal's name
    // away, the table scrolls sideways instead; a wide window gives the name all the room the figures leave.
    void theDealsNameStaysReadableInANarrowWindow() {
        auto window = openWindow();
        QTableView *table = window->findChild<QTableView *>(QStringLiteral("pipelineTable"));
        const int digit = table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        // Shown: a hidden window's layout does not resize the table, so its viewport would never change.
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(1100, 700);
        QTRY_VERIFY(table->columnWidth(PipelineModel::DealName) >= 22 * digit);
        window->resize(2400, 900);
        QTRY_VERIFY(table->columnWidth(PipelineModel::DealName) > 40 * digit);
        QTRY_VERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
    }

    void filtersToGoingDarkAndBySearch() {
        auto window = openWindow();
        QTableView *table = window->findChild<QTableView *>(QStringLiteral("pipelineTable"));
        for (HealthBand band : {HealthBand::AtRisk, HealthBand::Watch, HealthBand::Healthy})
            if (bandButton(*window, band)->isChecked())
                bandButton(*window, band)->click();
        QCOMPARE(rowsShown(table), 2);
        QVERIFY(visibleTotals(*window).contains(QStringLiteral("2 deals")));
        QVERIFY(visibleTotals(*window).contains(QStringLiteral("$5,000 in total")));
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("pipelineSearch"));
        QTest::keyClicks(search, QStringLiteral("dark-b"));
        QTRY_COMPARE_WITH_TIMEOUT(rowsShown(table), 1, 5000);
        QCOMPARE(table->model()->index(0, PipelineModel::DealName).data().toString(),
                 QStringLiteral("Deal dark-b"));
        QTRY_VERIFY(visibleTotals(*window).contains(QStringLiteral("1 deal ")) ||
                    visibleTotals(*window).contains(QStringLiteral("1 deal<")));
        window->findChild<QToolButton *>(QStringLiteral("clearFilters"))->click();
        QCOMPARE(rowsShown(table), 3);
    }

    void sortsAmountsByValueWithMissingAmountsLast() {
        auto window = openWindow();
        QTableView *table = window->findChild<QTableView *>(QStringLiteral("pipelineTable"));
        table->sortByColumn(PipelineModel::Amount, Qt::DescendingOrder);
        QCOMPARE(column(table->model(), PipelineModel::DealName),
                 (QStringList{QStringLiteral("Deal healthy"), QStringLiteral("Deal dark-a"),
                              QStringLiteral("Deal dark-b")}));
    }

    void readingTheCacheAgainKeepsTheSelectedDealAndTheSort() {
        auto window = openWindow();
        QTableView *table = window->pipelinePage()->table();
        table->sortByColumn(PipelineModel::Amount, Qt::DescendingOrder);
        table->selectRow(1);
        const QString selected =
            table->currentIndex().siblingAtColumn(PipelineModel::DealName).data().toString();
        QCOMPARE(selected, QStringLiteral("Deal dark-a"));
        // A recompute or a sync reads the whole cache again: the manager keeps their place.
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->openCache(m_cache.path());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(table->currentIndex().siblingAtColumn(PipelineModel::DealName).data().toString(), selected);
        QCOMPARE(table->selectionModel()->selectedRows(PipelineModel::DealName).size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows(PipelineModel::DealName).first().data().toString(),
                 selected);
        QCOMPARE(column(table->model(), PipelineModel::DealName),
                 (QStringList{QStringLiteral("Deal healthy"), QStringLiteral("Deal dark-a"),
                              QStringLiteral("Deal dark-b")}));
        QTest::keyClick(table, Qt::Key_Return); // Enter opens the deal still selected
        QCOMPARE(window->currentPage(), window->dealPage());
        QTRY_COMPARE(window->dealView()->findChild<QLabel *>(QStringLiteral("dealTitle"))->text(), selected);
    }

    void keyboardReachesEveryViewAndOpensDeals() {
        auto window = openWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()) || QTest::qWaitForWindowExposed(window.get()));
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), window->rollupPage());
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), window->alertsPage());
        QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), window->lexiconPage());
        QVERIFY(window->lexiconView());
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), window->pipelinePage());
        QCOMPARE(QApplication::focusWidget(),
                 window->findChild<QLineEdit *>(QStringLiteral("pipelineSearch")));

        QTableView *table = window->pipelinePage()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, PipelineModel::DealName));
        const QString name = table->currentIndex().data().toString();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window->currentPage(), window->dealPage());
        // The deal page is the deal view, loaded in the background.
        QVERIFY(window->dealView());
        QTRY_COMPARE(window->dealView()->findChild<QLabel *>(QStringLiteral("dealTitle"))->text(), name);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.get(),
                        Qt::Key_Escape);
        QCOMPARE(window->currentPage(), window->pipelinePage());

        QVERIFY(!window->findChild<QListWidget *>(QStringLiteral("navigation"))->accessibleName().isEmpty());
        QVERIFY(!table->accessibleName().isEmpty());
    }

    void selectingARepInTheRollupFiltersThePipeline() {
        auto window = openWindow();
        QTreeView *tree = window->findChild<QTreeView *>(QStringLiteral("rollupTree"));
        QCOMPARE(tree->model()->rowCount(), 1); // one team, one rep
        const QModelIndex team = tree->model()->index(0, 0);
        const QModelIndex rep = tree->model()->index(0, 0, team);
        QCOMPARE(rep.data().toString(), QStringLiteral("Rita Rep"));
        QCOMPARE(tree->model()->index(0, RollupModel::Dark, team).data().toString(), QStringLiteral("2"));
        tree->setCurrentIndex(rep);
        QCOMPARE(window->findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentText(),
                 QStringLiteral("Rita Rep"));
        QCOMPARE(rowsShown(window->pipelinePage()->table()), 3);
    }

    void snoozingAnAlertHidesItAndListsItForReview() {
        auto window = openWindow();
        window->showPage(window->alertsPage());
        QTableView *alerts = window->findChild<QTableView *>(QStringLiteral("alertsTable"));
        QCOMPARE(column(alerts->model(), AlertsModel::DealName),
                 (QStringList{QStringLiteral("Deal dark-a"), QStringLiteral("Deal dark-b")}));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("alertsSummary"))
                    ->text()
                    .startsWith(QStringLiteral("2 deals")));
        QString askedFor;
        window->alertsPage()->setAskSnooze([&askedFor](const QString &dealName, const QDate &today) {
            askedFor = dealName;
            return std::optional<SnoozeChoice>(
                SnoozeChoice{QStringLiteral("Buyer on holiday"), today.addDays(10)});
        });
        alerts->setCurrentIndex(alerts->model()->index(0, 0));
        window->findChild<QPushButton *>(QStringLiteral("alertSnooze"))->click();
        QCOMPARE(askedFor, QStringLiteral("Deal dark-a"));
        QCOMPARE(column(alerts->model(), AlertsModel::DealName), QStringList{QStringLiteral("Deal dark-b")});
        QTableView *snoozes = window->findChild<QTableView *>(QStringLiteral("snoozesTable"));
        QCOMPARE(column(snoozes->model(), 0), QStringList{QStringLiteral("Deal dark-a")});
        QCOMPARE(column(snoozes->model(), 2), QStringList{QStringLiteral("Buyer on holiday")});
        QCOMPARE(window->findChild<QTabWidget *>(QStringLiteral("alertsTabs"))->tabText(1),
                 QStringLiteral("Snoozed (for coaching): 1"));

        // Kept in the cache: a window opened later still has it snoozed, and on its resume day it is back.
        window.reset();
        auto later = openWindow();
        QCOMPARE(column(later->findChild<QTableView *>(QStringLiteral("alertsTable"))->model(),
                        AlertsModel::DealName),
                 QStringList{QStringLiteral("Deal dark-b")});
        later.reset(); // one window per cache: the window holds the cache's lock
        m_clock->advance(10 * kDay);
        auto resumed = openWindow();
        QVERIFY(column(resumed->findChild<QTableView *>(QStringLiteral("alertsTable"))->model(),
                       AlertsModel::DealName)
                    .contains(QStringLiteral("Deal dark-a")));
        m_clock->set(kAsOf);
    }

    void aRefusedWriteIsShownAndTheWindowCarriesOn() {
        auto window = openWindow();
        window->show();
        window->showPage(window->alertsPage());
        QTableView *alerts = window->findChild<QTableView *>(QStringLiteral("alertsTable"));
        const int shown = rowsShown(alerts);
        QVERIFY(shown > 0);
        const auto errorBox = [&window]() -> QMessageBox * {
            return window->findChild<QMessageBox *>(QStringLiteral("errorBox"));
        };
        // Another connection makes the alert writes fail, as a full disk would.
        m_cache.db().exec("CREATE TRIGGER fail_snooze BEFORE INSERT ON alert_snoozes"
                          " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;"
                          "CREATE TRIGGER fail_seen BEFORE INSERT ON alert_seen"
                          " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
        window->alertsPage()->setAskSnooze([](const QString &, const QDate &today) {
            return std::optional<SnoozeChoice>(SnoozeChoice{QStringLiteral("Holiday"), today.addDays(10)});
        });
        alerts->setCurrentIndex(alerts->model()->index(0, 0));
        window->findChild<QPushButton *>(QStringLiteral("alertSnooze"))->click();
        QMessageBox *box = errorBox();
        QVERIFY(box);
        QVERIFY2(box->text().startsWith(QStringLiteral("The snooze was not saved: ")),
                 qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("database or disk is full")));
        QCOMPARE(rowsShown(alerts), shown); // nothing pretends to be snoozed
        box->close();
        QTRY_VERIFY(!errorBox());

        window->findChild<QPushButton *>(QStringLiteral("alertsMarkSeen"))->click();
        QVERIFY(errorBox());
        QCOMPARE(rowsShown(alerts), shown);
        errorBox()->close();
        QTRY_VERIFY(!errorBox());
        m_cache.db().exec("DROP TRIGGER fail_snooze; DROP TRIGGER fail_seen;");

        // Long work in the status bar that throws (out of memory here) ends as a failed task, not the app.
        QSignalSpy finished(window->tasks(), &StatusTasks::finished);
        Task *task = window->runner().run<int>(
            window.get(), QStringLiteral("Working…"), [](TaskControl &) -> int { throw std::bad_alloc(); },
            [](int) { QFAIL("a result from work that threw"); });
        QPointer<Task> watched(task);
        QVERIFY(window->tasks()->isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(!window->tasks()->isRunning());
        // A result that carries an error gets the failure in it.
        std::optional<TaskResult> result;
        window->runner().run<TaskResult>(
            window.get(), QStringLiteral("Working…"),
            [](TaskControl &) -> TaskResult { throw std::runtime_error("disk unplugged"); },
            [&result](TaskResult r) { result = r; });
        QVERIFY(finished.wait(5000));
        QVERIFY(result && !result->ok);
        QVERIFY(result->error.contains(QStringLiteral("disk unplugged")));
        QCOMPARE(rowsShown(alerts), shown); // and the window still answers
    }

    void theStatusBarShowsTheRunnersTitledTasks() {
        auto window = openWindow();
        window->show();
        StatusTasks *tasks = window->tasks();
        QVERIFY(!tasks->isVisible());
        // Work without a title (a page load) stays out of the status bar.
        QSemaphore quietGo;
        window->runner().run<int>(
            window.get(),
            [&quietGo] {
                quietGo.acquire();
                return 0;
            },
            [](int) {});
        QVERIFY(!tasks->isRunning());
        QVERIFY(!tasks->isVisible());
        quietGo.release();

        // A titled task shows its title and progress, and Cancel reaches the work.
        QSemaphore reported;
        std::optional<bool> stoppedEarly;
        QSignalSpy finished(tasks, &StatusTasks::finished);
        window->runner().run<bool>(
            window.get(), QStringLiteral("Counting the beans…"),
            [&reported](TaskControl &control) {
                control.progress(3, 10);
                reported.release();
                while (!control.isCancelled())
                    QThread::msleep(5);
                return true;
            },
            [&stoppedEarly](bool stopped) { stoppedEarly = stopped; });
        QVERIFY(tasks->isRunning());
        QVERIFY(tasks->isVisible());
        QCOMPARE(tasks->findChild<QLabel *>()->text(), QStringLiteral("Counting the beans…"));
        QVERIFY(reported.tryAcquire(1, 5000));
        auto *bar = tasks->findChild<QProgressBar *>();
        QTRY_COMPARE(bar->value(), 3);
        QCOMPARE(bar->maximum(), 10);
        const QString picture =
            QDir::temp().filePath(QStringLiteral("dealpulse-screenshots/status_task.png"));
        QDir().mkpath(QFileInfo(picture).path());
        QVERIFY(window->grab().save(picture));
        tasks->findChild<QToolButton *>(QStringLiteral("cancelTask"))->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(0).toBool(), false); // cancelled
        QCOMPARE(stoppedEarly, std::optional<bool>(true));
        QVERIFY(!tasks->isVisible());
    }

    void namesInDialogsAndTheStatusBarAreText() {
        // The snooze dialog names the deal in bold on purpose: rich text, with the CRM's name escaped.
        const QString hostile = QStringLiteral("<img src=\"/dev/zero\">");
        SnoozeDialog dialog(hostile, QDate(2026, 11, 28));
        auto *title = dialog.findChild<QLabel *>(QStringLiteral("snoozeTitle"));
        QVERIFY(title);
        QCOMPARE(title->textFormat(), Qt::RichText);
        QVERIFY2(!title->text().contains(hostile) && title->text().contains(hostile.toHtmlEscaped()),
                 qPrintable(title->text()));
        // The status bar's file name and messages are plain; the path's tooltip is escaped.
        auto window = openWindow();
        auto *cache = window->findChild<QLabel *>(QStringLiteral("cacheLabel"));
        QCOMPARE(cache->textFormat(), Qt::PlainText);
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("syncLabel"))->textFormat(), Qt::PlainText);
        QVERIFY(Qt::mightBeRichText(cache->toolTip()));
        QVERIFY(cache->toolTip().contains(QFileInfo(m_cache.path()).fileName()));
    }

    void aFailedSearchSaysWhyAsText() {
        // The totals line is bold on purpose; the error of a failed search (quoting the cache's path here)
        // is escaped into it.
        QTemporaryDir dir;
        TaskRunner runner;
        PipelinePage page(runner);
        page.setCachePath(dir.filePath(QStringLiteral("<b>gone</b>.sqlite")));
        page.setRows({});
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("pipelineSearch"));
        QTest::keyClicks(search, QStringLiteral("budget"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *totals = page.findChild<QLabel *>(QStringLiteral("pipelineTotals"));
        QTRY_VERIFY(totals->text().startsWith(QStringLiteral("The search failed")));
        QCOMPARE(totals->textFormat(), Qt::RichText);
        QVERIFY2(totals->text().contains(QStringLiteral("&lt;b&gt;gone&lt;/b&gt;")),
                 qPrintable(totals->text()));
    }

    void markingAlertsSeenLeavesOnlyNewOnes() {
        auto window = openWindow();
        window->showPage(window->alertsPage());
        QTableView *alerts = window->findChild<QTableView *>(QStringLiteral("alertsTable"));
        QVERIFY(rowsShown(alerts) > 0);
        window->findChild<QPushButton *>(QStringLiteral("alertsMarkSeen"))->click();
        QCOMPARE(rowsShown(alerts), 0);
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("alertsSummary"))->text(),
                 QStringLiteral("Nothing new since you last looked."));
        window->findChild<QCheckBox *>(QStringLiteral("alertsOnlyNew"))->click();
        QVERIFY(rowsShown(alerts) > 0);
        // Forget, so other tests start from a manager who never looked.
        m_cache.db().exec("DELETE FROM alert_seen");
    }

    // A snooze or "Mark all as seen" by mistake is taken back from the status bar's Undo (or Ctrl+Z on the
    // Alerts page): the alert is back, unseen, and the cache holds what it held before.
    void snoozeAndMarkSeenCanBeUndone() {
        auto window = openWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->showPage(window->alertsPage());
        QTableView *alerts = window->findChild<QTableView *>(QStringLiteral("alertsTable"));
        QTableView *snoozes = window->findChild<QTableView *>(QStringLiteral("snoozesTable"));
        auto *undo = window->findChild<QToolButton *>(QStringLiteral("undoButton"));
        QVERIFY(undo);
        QVERIFY(!undo->isVisibleTo(window.get()));
        const QStringList shown = column(alerts->model(), AlertsModel::DealName);
        QVERIFY(!shown.isEmpty());
        const int snoozedBefore = snoozes->model()->rowCount();
        const QHash<qint64, AlertSeen> seenBefore = AlertStore(m_cache.db()).seen();

        window->alertsPage()->setAskSnooze([](const QString &, const QDate &today) {
            return std::optional<SnoozeChoice>(SnoozeChoice{QStringLiteral("Holiday"), today.addDays(10)});
        });
        alerts->setCurrentIndex(alerts->model()->index(0, 0));
        window->findChild<QPushButton *>(QStringLiteral("alertSnooze"))->click();
        QCOMPARE(rowsShown(alerts), shown.size() - 1);
        QCOMPARE(snoozes->model()->rowCount(), snoozedBefore + 1);
        QVERIFY(undo->isVisibleTo(window.get()));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("undoMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Alert snoozed until")));
        QString picture = QDir::temp().filePath(QStringLiteral("dealpulse-screenshots/undo_offer.png"));
        QDir().mkpath(QFileInfo(picture).path());
        QVERIFY(window->statusBar()->grab().save(picture));
        undo->click();
        QCOMPARE(column(alerts->model(), AlertsModel::DealName), shown);
        QCOMPARE(snoozes->model()->rowCount(), snoozedBefore);
        QCOMPARE(AlertStore(m_cache.db()).snoozes().size(), snoozedBefore);
        QVERIFY(!undo->isVisibleTo(window.get()));

        window->findChild<QPushButton *>(QStringLiteral("alertsMarkSeen"))->click();
        QCOMPARE(rowsShown(alerts), 0);
        QVERIFY(undo->isVisibleTo(window.get()));
        alerts->setFocus();
        QTest::keyClick(alerts, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(column(alerts->model(), AlertsModel::DealName), shown);
        QCOMPARE(AlertStore(m_cache.db()).seen(), seenBefore);
        QVERIFY(!undo->isVisibleTo(window.get()));
        // Once undone, Ctrl+Z has nothing more to take back.
        QTest::keyClick(alerts, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(column(alerts->model(), AlertsModel::DealName), shown);

        // The offer lasts a few seconds, then Undo is gone and the change stays.
        window->undoOffer()->offer(
            QStringLiteral("Done"), [] { QFAIL("undone after it expired"); }, 10);
        QTRY_VERIFY(!undo->isVisibleTo(window.get()));
        undo->click();
    }

    void switchingCacheMovesTheLock() {
        auto window = openWindow();
        const QString a = QFileInfo(m_cache.path()).absoluteFilePath();
        const auto lockedElsewhere = [](const QString &cache) {
            QLockFile probe(CacheLock::lockPath(cache));
            const bool taken = probe.tryLock(0);
            return !taken; // a probe that takes it lets it go again as it ends
        };
        QVERIFY(lockedElsewhere(a));

        // Another window (here another QLockFile) has cache B: the switch is refused, naming it, and A
        // stays open and locked.
        QTemporaryDir dir;
        const QString b = dir.filePath(QStringLiteral("b.sqlite"));
        QLockFile other(CacheLock::lockPath(b));
        other.setStaleLockTime(0);
        QVERIFY(other.tryLock(0));
        AppSettings settings;
        settings.cachePath = b;
        window->applySettings(settings);
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("already open in another Dealpulse window")),
                 qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
        box->close();
        QCOMPARE(window->cachePath(), a);
        QVERIFY(window->settings().cachePath.isEmpty()); // still naming the cache that is open
        QVERIFY(!QFileInfo::exists(b));                  // nothing was created or written there
        QVERIFY(lockedElsewhere(a));
        QVERIFY(!window->content().rows.isEmpty());

        // A free cache C: its lock is taken and A's released.
        const QString c = dir.filePath(QStringLiteral("c.sqlite"));
        settings.cachePath = c;
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->applySettings(settings);
        QCOMPARE(window->cachePath(), c);
        QVERIFY(loaded.wait(10000));
        QVERIFY(lockedElsewhere(c));
        QVERIFY(!lockedElsewhere(a));
        QTRY_VERIFY_WITH_TIMEOUT(!window->tasks()->isRunning(), 10000);
        window.reset();
        QVERIFY(!lockedElsewhere(c)); // the window's end lets it go
    }

    void goingDarkSettingChangesTheBands() {
        auto window = openWindow();
        QTableView *table = window->pipelinePage()->table();
        auto darkCount = [&] {
            return int(column(table->model(), PipelineModel::Band).count(QStringLiteral("Going dark")));
        };
        QCOMPARE(darkCount(), 2);
        AppSettings settings;
        settings.goingDarkDays = 42; // dark-a was last heard of 25 days ago, dark-b created 40 days ago
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->applySettings(settings);
        QVERIFY(window->tasks()->isRunning());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(darkCount(), 0);
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("syncLabel"))
                    ->text()
                    .contains(QStringLiteral("42 days")));
        settings.goingDarkDays = 21;
        window->applySettings(settings);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(darkCount(), 2);
    }

    void rhythmSettingRecomputesTheFigures() {
        // Switching the rhythm rule moves the figures as the going-dark days do: recomputed at once, and the
        // stored figures then follow the new setting (never the old one).
        auto window = openWindow();
        AppSettings settings;
        settings.rhythmRule = false;
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->applySettings(settings);
        QVERIFY(window->tasks()->isRunning());
        QVERIFY(loaded.wait(10000));
        AnalyticsEngine engine(m_cache.db(), *m_clock);
        QVERIFY(!engine.storedFiguresStale(settings.health()));
        QVERIFY(engine.storedFiguresStale(AppSettings{}.health()));
        window->applySettings(AppSettings{});
        QVERIFY(loaded.wait(10000));
        QVERIFY(!engine.storedFiguresStale(AppSettings{}.health()));
    }

    void cancellingTheRecomputeKeepsTheOldFiguresAndSetting() {
        auto window = openWindow();
        QTableView *table = window->pipelinePage()->table();
        auto darkCount = [&] {
            return int(column(table->model(), PipelineModel::Band).count(QStringLiteral("Going dark")));
        };
        const QString before = metricsFingerprint(m_cache.db());
        AppSettings settings;
        settings.goingDarkDays = 42;
        QSignalSpy finished(window->tasks(), &StatusTasks::finished);
        {
            // Holding the cache's write lock keeps the worker waiting at the start of its transaction, so
            // Cancel reaches it before it has written anything, however fast the machine.
            Transaction hold(m_cache.db());
            window->applySettings(settings);
            QVERIFY(window->tasks()->isRunning());
            auto *cancel = window->tasks()->findChild<QToolButton *>(QStringLiteral("cancelTask"));
            QVERIFY(cancel);
            QVERIFY(cancel->isVisibleTo(window.get()));
            QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
            cancel->click();
        }
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!window->tasks()->isVisible());
        // The stored figures are the old ones, all of them, and the setting went back to match them.
        QCOMPARE(metricsFingerprint(m_cache.db()), before);
        QCOMPARE(SettingsStore().app().goingDarkDays, 21);
        QCOMPARE(darkCount(), 2);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("21 days")));
        QSettings().clear();
    }

    void forecastSettingsPageKeepsBestCaseBelowCommitAndRoundTrips() {
        ForecastSettingsPage page(ForecastSettings{});
        auto *commit = page.findChild<QSpinBox *>(QStringLiteral("commitFrom"));
        auto *bestCase = page.findChild<QSpinBox *>(QStringLiteral("bestCaseFrom"));
        QCOMPARE(commit->value(), 80);
        QCOMPARE(bestCase->value(), 50);
        commit->setValue(40); // best case may not start above commit
        QCOMPARE(bestCase->value(), 40);
        auto *weekly = page.findChild<QCheckBox *>(QStringLiteral("weeklySnapshot"));
        auto *day = page.findChild<QComboBox *>(QStringLiteral("weeklyDay"));
        weekly->setChecked(false);
        QVERIFY(!day->isEnabled());
        weekly->setChecked(true);
        day->setCurrentIndex(day->findData(int(Qt::Friday)));
        page.findChild<QSpinBox *>(QStringLiteral("weeklyHour"))->setValue(16);

        SettingsStore stored;
        stored.setForecast(page.settings());
        const ForecastSettings loaded = stored.forecast();
        QCOMPARE(loaded.categories.commitFrom, 0.4);
        QCOMPARE(loaded.categories.bestCaseFrom, 0.4);
        QCOMPARE(loaded.schedule.day, Qt::Friday);
        QCOMPARE(loaded.schedule.hour, 16);
        stored.clear(); // other tests start from the defaults
    }

    void settingsDialogStoresTheChoices() {
        AppSettings initial;
        SettingsDialog dialog(initial);
        auto *extra = new QLabel(QStringLiteral("CRM connections"));
        dialog.addPage(extra, QStringLiteral("Connections"));
        dialog.findChild<QSpinBox *>(QStringLiteral("goingDarkDays"))->setValue(30);
        auto *rhythm = dialog.findChild<QCheckBox *>(QStringLiteral("rhythmRule"));
        QVERIFY(rhythm->isChecked()); // on by default
        rhythm->setChecked(false);
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("goingDarkDays"))->maximum(), 42);
        dialog.findChild<QLineEdit *>(QStringLiteral("ourEmailDomains"))
            ->setText(QStringLiteral("Seller.io, @seller.eu"));
        auto *timeZone = dialog.findChild<QComboBox *>(QStringLiteral("timeZone"));
        timeZone->setCurrentIndex(timeZone->findData(QByteArray("Europe/Bucharest")));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("ro")));
        // Currencies: a reporting currency and one rate, entered as the user would.
        dialog.findChild<QLineEdit *>(QStringLiteral("reportingCurrency"))->setText(QStringLiteral("usd"));
        auto *rates = dialog.findChild<QTableWidget *>(QStringLiteral("exchangeRates"));
        QCOMPARE(rates->rowCount(), 0); // none by default
        dialog.findChild<QPushButton *>(QStringLiteral("addRate"))->click();
        QCOMPARE(rates->rowCount(), 1);
        rates->item(0, 0)->setText(QStringLiteral("eur"));
        qobject_cast<QDoubleSpinBox *>(rates->cellWidget(0, 1))->setValue(1.08);
        dialog.findChild<QPushButton *>(QStringLiteral("addRate"))->click();
        rates->item(1, 0)->setText(QStringLiteral("?")); // not a currency code: left out
        // Written next to the test binary, like the window's pictures below.
        dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
        QVERIFY(dialog.grab().save(test::picturePath(QStringLiteral("settings_currencies.png"))));
        const AppSettings chosen = dialog.settings();
        QCOMPARE(chosen.reportingCurrency, QStringLiteral("USD"));
        QCOMPARE(chosen.exchangeRates, (QMap<QString, double>{{QStringLiteral("EUR"), 1.08}}));
        QCOMPARE(chosen.goingDarkDays, 30);
        QVERIFY(!chosen.rhythmRule);
        QCOMPARE(chosen.ourEmailDomains,
                 (QStringList{QStringLiteral("seller.io"), QStringLiteral("seller.eu")}));
        QCOMPARE(chosen.timeZone().id(), QByteArray("Europe/Bucharest"));
        SettingsStore().setApp(chosen);
        QCOMPARE(SettingsStore().app(), chosen);
        QSettings().clear();
    }

    void switchingToRomanianShowsRomanianTexts() {
        // The language applies on restart: save it, then start a window as the launcher would.
        AppSettings settings;
        settings.language = QStringLiteral("ro");
        SettingsStore().setApp(settings);
        QCOMPARE(installLanguage(SettingsStore().app().language), QStringLiteral("ro"));
        auto window = openWindow(SettingsStore().app());
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Centralizare pe echipe"));
        QVERIFY(navigation->item(2)->text().startsWith(QStringLiteral("Alerte (")));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("syncLabel"))
                    ->text()
                    .contains(QStringLiteral("Nesincronizat niciodată")));
        QTableView *table = window->pipelinePage()->table();
        QVERIFY(column(table->model(), PipelineModel::Band).contains(QStringLiteral("Fără răspuns")));
        QCOMPARE(table->model()->headerData(PipelineModel::Amount, Qt::Horizontal).toString(),
                 QStringLiteral("Valoare"));
        QVERIFY(visibleTotals(*window).contains(QStringLiteral("3 oportunități")));
        QCOMPARE(window->findChild<QToolButton *>(QStringLiteral("clearFilters"))->text(),
                 QStringLiteral("Șterge filtrele"));
        QSettings().clear();
        installLanguage(QStringLiteral("en"));
    }

    // A restart brings the window back as the manager left it: its size, the pipeline's sort, a column's
    // width and every filter; a choice no longer in the data (a rep who left) falls back to "All".
    void theWindowRemembersHowItWasLeft() {
        QSettings().clear();
        const int accountWidth = 233;
        QString firstDeal;
        {
            auto window = openWindow();
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->resize(1100, 640);
            QTableView *table = window->pipelinePage()->table();
            table->sortByColumn(PipelineModel::Amount, Qt::DescendingOrder);
            table->setColumnWidth(PipelineModel::Account, accountWidth);
            bandButton(*window, HealthBand::Healthy)->click(); // off: the going-dark deals only
            auto choose = [&](const char *name, const QString &value) {
                auto *box = window->findChild<QComboBox *>(QLatin1String(name));
                box->setCurrentIndex(box->findData(value));
                QVERIFY(box->currentIndex() > 0);
            };
            choose("teamFilter", QStringLiteral("East"));
            choose("ownerFilter", QStringLiteral("Rita Rep"));
            choose("stageFilter", QStringLiteral("Proposal"));
            choose("forecastFilter", QStringLiteral("pipeline"));
            choose("quarterFilter", quarterKey(QDate(2027, 1, 31)));
            window->findChild<QLineEdit *>(QStringLiteral("pipelineSearch"))->setText(QStringLiteral("dark"));
            QTRY_VERIFY(window->pipelinePage()->proxy()->filter().dealIds.has_value());
            QCOMPARE(rowsShown(table), 2);
            firstDeal = table->model()->index(0, PipelineModel::DealName).data().toString();
            window->close();
        }

        {
            MainWindow window(AppSettings{});
            window.setClock(m_clock);
            QSignalSpy loaded(&window, &MainWindow::contentLoaded);
            window.openCache(m_cache.path());
            QVERIFY(loaded.wait(10000));
            QCOMPARE(window.size(), QSize(1100, 640));
            QTableView *table = window.pipelinePage()->table();
            QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(PipelineModel::Amount));
            QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
            // The font's default widths did not overwrite the one the manager set.
            QCOMPARE(table->columnWidth(PipelineModel::Account), accountWidth);
            QVERIFY(!bandButton(window, HealthBand::Healthy)->isChecked());
            QVERIFY(bandButton(window, HealthBand::Dark)->isChecked());
            auto current = [&](const char *name) {
                return window.findChild<QComboBox *>(QLatin1String(name))->currentData().toString();
            };
            QCOMPARE(current("teamFilter"), QStringLiteral("East"));
            QCOMPARE(current("ownerFilter"), QStringLiteral("Rita Rep"));
            QCOMPARE(current("stageFilter"), QStringLiteral("Proposal"));
            QCOMPARE(current("forecastFilter"), QStringLiteral("pipeline"));
            QCOMPARE(current("quarterFilter"), quarterKey(QDate(2027, 1, 31)));
            QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("pipelineSearch"))->text(),
                     QStringLiteral("dark"));
            QTRY_VERIFY(window.pipelinePage()->proxy()->filter().dealIds.has_value());
            QCOMPARE(rowsShown(table), 2);
            QCOMPARE(table->model()->index(0, PipelineModel::DealName).data().toString(), firstDeal);
            // The deal's name still takes what the other columns leave.
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1600, 640);
            int figures = 0;
            for (int c = 0; c < table->model()->columnCount(); ++c)
                if (c != PipelineModel::DealName)
                    figures += table->columnWidth(c);
            const int readable = 22 * table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
            QTRY_COMPARE(table->columnWidth(PipelineModel::DealName),
                         std::max(readable, table->viewport()->width() - figures));
        } // closed: one window per cache holds its lock

        // The rep has left: the filter shows every rep rather than an empty table.
        QSettings().setValue(QStringLiteral("window/pipeline/owner"), QStringLiteral("Gone Rep"));
        MainWindow later(AppSettings{});
        later.setClock(m_clock);
        QSignalSpy laterLoaded(&later, &MainWindow::contentLoaded);
        later.openCache(m_cache.path());
        QVERIFY(laterLoaded.wait(10000));
        auto *owner = later.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        QCOMPARE(owner->currentIndex(), 0);
        QCOMPARE(later.pipelinePage()->proxy()->filter().owner, QString());
        QCOMPARE(later.findChild<QComboBox *>(QStringLiteral("teamFilter"))->currentData().toString(),
                 QStringLiteral("East"));
        QTRY_COMPARE(rowsShown(later.pipelinePage()->table()), 2);
        QSettings().clear(); // other tests start from the defaults
    }

    void screenshots() {
        // Written to the temporary folder (never the source tree) so a person can look at what each view
        // shows; the path is printed.
        const QDir folder(QDir::temp().filePath(QStringLiteral("dealpulse-screenshots")));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        auto window = openWindow();
        window->resize(1280, 500);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->grab().save(folder.filePath(QStringLiteral("main_window.png"))));
        window->showPage(window->alertsPage());
        QVERIFY(window->grab().save(folder.filePath(QStringLiteral("main_window_alerts.png"))));
        window->showPage(window->rollupPage());
        QVERIFY(window->grab().save(folder.filePath(QStringLiteral("main_window_rollup.png"))));
        qInfo("screenshots in %s", qPrintable(folder.path()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
