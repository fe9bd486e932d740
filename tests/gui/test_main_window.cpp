// The main window driven as a user would, offscreen: the pipeline lists the deals, filters to a band and
// by text, sorts by raw values, and says what it shows.

#include "MainWindow.h"
#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "items/PipelineModel.h"
#include "translations/Language.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

int rowsShown(const QTableView *table) {
    return table->model()->rowCount();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

    test::TempCache m_cache;

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        test::PipelineBuilder(m_cache.db())
            .deal(QStringLiteral("healthy"), kAsOf - 30 * kDay, 90000)
            .email(QStringLiteral("healthy"), kAsOf - 1 * kDay, 1)
            .email(QStringLiteral("healthy"), kAsOf - 2 * kDay, 2)
            .deal(QStringLiteral("dark-a"), kAsOf - 60 * kDay, 5000)
            .email(QStringLiteral("dark-a"), kAsOf - 25 * kDay, 1)
            .deal(QStringLiteral("dark-b"), kAsOf - 40 * kDay, std::nullopt)
            .closedDeal(QStringLiteral("won"), kAsOf - 200 * kDay, true);
        const FixedClock clock(kAsOf);
        AnalyticsEngine(m_cache.db(), clock).recomputeAll({});
    }

    void listsEveryDealWithItsBand() {
        MainWindow window;
        window.showPipeline(loadPipeline(m_cache.db()), m_cache.path(), QStringLiteral("today"));
        QTableView *table = window.findChild<QTableView *>(QStringLiteral("pipelineTable"));
        QVERIFY(table);
        QCOMPARE(rowsShown(table), 3); // the window opens on open deals
        auto *band = window.findChild<QComboBox *>(QStringLiteral("bandFilter"));
        band->setCurrentIndex(band->findData(-2)); // all deals, closed ones too
        QCOMPARE(rowsShown(table), 4);
        QVERIFY(window.statusBar()->findChildren<QLabel *>().size() >= 2);
        bool sawDarkText = false;
        for (int row = 0; row < rowsShown(table); ++row)
            sawDarkText |= table->model()->index(row, PipelineModel::Band).data().toString() ==
                           QLatin1String("Going dark");
        QVERIFY(sawDarkText); // the band is text, never colour alone
    }

    void filtersToGoingDarkAndByText() {
        MainWindow window;
        window.showPipeline(loadPipeline(m_cache.db()), m_cache.path(), QStringLiteral("today"));
        QTableView *table = window.findChild<QTableView *>(QStringLiteral("pipelineTable"));
        auto *band = window.findChild<QComboBox *>(QStringLiteral("bandFilter"));
        band->setCurrentIndex(band->findData(int(HealthBand::Dark)));
        QCOMPARE(rowsShown(table), 2);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("pipelineSearch"));
        QTest::keyClicks(search, QStringLiteral("dark-b"));
        QCOMPARE(rowsShown(table), 1);
        QCOMPARE(table->model()->index(0, PipelineModel::DealName).data().toString(),
                 QStringLiteral("Deal dark-b"));
        search->clear();
        band->setCurrentIndex(0);
        QCOMPARE(rowsShown(table), 3);
    }

    void sortsAmountsByValueWithMissingAmountsLast() {
        MainWindow window;
        window.showPipeline(loadPipeline(m_cache.db()), m_cache.path(), QStringLiteral("today"));
        QTableView *table = window.findChild<QTableView *>(QStringLiteral("pipelineTable"));
        table->sortByColumn(PipelineModel::Amount, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, PipelineModel::DealName).data().toString(),
                 QStringLiteral("Deal healthy"));
        QCOMPARE(table->model()->index(1, PipelineModel::DealName).data().toString(),
                 QStringLiteral("Deal dark-a"));
        QCOMPARE(table->model()->index(2, PipelineModel::DealName).data().toString(),
                 QStringLiteral("Deal dark-b"));
    }

    void screenshot() {
        // Written next to the test binary so a person can look at what the window shows.
        MainWindow window;
        window.resize(1280, 400);
        window.showPipeline(loadPipeline(m_cache.db()), m_cache.path(), QStringLiteral("today"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(QDir::current().filePath(QStringLiteral("main_window.png"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
