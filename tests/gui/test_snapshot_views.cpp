// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot history view and the export dialog, driven offscreen as a user would: take snapshots with a
// label, compare two (waterfall and changes), accuracy once a quarter has closed, the health-adjusted
// forecast with its sample sizes; export to each format, and cancel a long export leaving no file.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "app/SnapshotService.h"
#include "export/ExportDialog.h"
#include "forecast/SnapshotArchive.h"
#include "snapshots/SnapshotHistoryView.h"
#include "snapshots/WaterfallChart.h"
#include "store/DealStore.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace dp;

namespace {

const Millis kNow = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

void grab(QWidget *widget, const QString &name) {
    QTest::qWait(50); // charts lay out on the event loop
    widget->grab().save(test::picturePath(name + QStringLiteral(".png")));
}

void setAmount(Database &db, const QString &remoteId, double amount) {
    DealStore deals(db);
    DealRow row = *deals.find(*deals.dealId(test::PipelineBuilder::kSource, remoteId));
    row.deal.amount = amount;
    row.deal.closeDate = QDate(2026, 12, 15);
    row.deal.forecastCategory = QStringLiteral("commit");
    deals.upsert(row.deal);
}

} // namespace

class TestSnapshotViews : public QObject {
    Q_OBJECT

    TaskRunner m_runner;

private slots:
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void takeCompareAccuracyAndHealthAdjusted() {
        test::TempCache cache;
        Database &db = cache.db();
        test::PipelineBuilder builder(db);
        builder.deal(QStringLiteral("a"), kNow - 200 * kDay, 40000)
            .deal(QStringLiteral("b"), kNow - 200 * kDay, 25000)
            .email(QStringLiteral("a"), kNow - 2 * kDay, 1)
            .email(QStringLiteral("b"), kNow - 150 * kDay, 1);
        setAmount(db, QStringLiteral("a"), 40000);
        setAmount(db, QStringLiteral("b"), 25000);
        // Last quarter's snapshot, so its accuracy is known now.
        TakeOptions old;
        old.takenAt = old.asOf = kNow - 80 * kDay;
        old.label = QStringLiteral("Q3 call");
        takeSnapshot(db, old);

        FixedClock clock(kNow);
        SnapshotHistoryView view(
            std::make_unique<SnapshotService>(db, clock, HealthSettings{}, ForecastSettings{}));
        view.resize(1200, 700);
        view.show();
        QCOMPARE(view.listedIds().size(), 1);
        QStringList labels{QStringLiteral("Week 47"), QStringLiteral("Week 48")};
        view.setLabelPrompt([&](QWidget *) -> std::optional<QString> { return labels.takeFirst(); });
        QSignalSpy taken(&view, &SnapshotHistoryView::snapshotTaken);

        auto *take = view.findChild<QPushButton *>(QStringLiteral("takeSnapshot"));
        take->click();
        // Between the two, deal b grows and a new deal arrives.
        setAmount(db, QStringLiteral("b"), 32000);
        builder.deal(QStringLiteral("c"), kNow - kDay, 9000);
        setAmount(db, QStringLiteral("c"), 9000);
        clock.advance(kDay);
        take->click();
        QCOMPARE(taken.count(), 2);
        QCOMPARE(view.listedIds().size(), 3);
        auto *list = view.findChild<QTableView *>(QStringLiteral("snapshotList"));
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Week 48"));

        auto *compare = view.findChild<QPushButton *>(QStringLiteral("compareSnapshots"));
        QVERIFY(!compare->isEnabled());
        list->selectionModel()->select(list->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        list->selectionModel()->select(list->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(compare->isEnabled());
        compare->click();
        auto *changes = view.findChild<QTableView *>(QStringLiteral("changesTable"));
        QStringList kinds;
        for (int row = 0; row < changes->model()->rowCount(); ++row)
            kinds.append(changes->model()->index(row, 0).data().toString() + QLatin1Char(':') +
                         changes->model()->index(row, 1).data().toString());
        QVERIFY2(kinds.contains(QStringLiteral("Added:Deal c")), qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY2(kinds.contains(QStringLiteral("Amount up:Deal b")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        auto *waterfall = view.findChild<WaterfallChart *>(QStringLiteral("waterfall"));
        const QStringList bars = waterfall->categories();
        QCOMPARE(bars.first(), QStringLiteral("Before"));
        QCOMPARE(bars.last(), QStringLiteral("After"));
        QVERIFY(bars.contains(QStringLiteral("Added")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("changesTitle"))
                    ->text()
                    .contains(QLatin1String("Week 47")));
        grab(&view, QStringLiteral("snapshot-history-compare"));

        auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("snapshotTabs"));
        tabs->setCurrentIndex(1);
        auto *accuracy = view.findChild<QChartView *>(QStringLiteral("accuracyChart"));
        int points = 0;
        for (QAbstractSeries *series : accuracy->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(series);
                line && series->metaObject()->className() == QByteArray("QLineSeries"))
                points += int(line->count());
        QCOMPARE(points, 2); // Q3 call: commit and best case
        grab(&view, QStringLiteral("snapshot-history-accuracy"));

        tabs->setCurrentIndex(2);
        list->clearSelection();
        list->selectionModel()->select(list->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *bands = view.findChild<QTableView *>(QStringLiteral("winRateTable"));
        QCOMPARE(bands->model()->rowCount(), 4);
        QCOMPARE(bands->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Sample size"));
        QCOMPARE(bands->model()->index(3, 0).data().toString(), QStringLiteral("Going dark"));
        auto *adjusted = view.findChild<QTableView *>(QStringLiteral("healthAdjustedTable"));
        QCOMPARE(adjusted->model()->rowCount(), 3); // one currency, three roll-ups
        QCOMPARE(adjusted->model()->index(0, 0).data().toString(), QStringLiteral("USD"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("healthTitle"))
                    ->text()
                    .contains(QLatin1String("2 earlier")));
        grab(&view, QStringLiteral("snapshot-history-health"));
    }

    void exportDialogWritesEachFormat() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("a"), kNow - 20 * kDay)
            .deal(QStringLiteral("b"), kNow - 20 * kDay);
        ExportDialog::Source source;
        source.cachePath = cache.path();
        source.filter.ownerEmail = QStringLiteral("rep@seller.io");
        ExportDialog dialog(source, m_runner);
        dialog.show();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportFilter"))
                    ->text()
                    .contains(QLatin1String("rep@seller.io")));
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("exportStart"));
        QVERIFY(!start->isEnabled());
        dialog.setOutputPath(cache.dir() + QStringLiteral("/out.csv"));
        for (ExportFormat format :
             {ExportFormat::Pdf, ExportFormat::Xlsx, ExportFormat::Csv, ExportFormat::Json}) {
            dialog.setFormat(format);
            QVERIFY(dialog.outputPath().endsWith(QLatin1Char('.') + toKey(format)));
            QSignalSpy done(&dialog, &ExportDialog::exportFinished);
            start->click();
            QVERIFY(done.wait(30000));
            QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
            QVERIFY(QFile::exists(dialog.outputPath()));
            QVERIFY(dialog.statusText().contains(QLatin1String("Exported 2 deals")));
            // Nothing left to cancel once the file is written.
            QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("exportCancel"))->text(),
                     QStringLiteral("Close"));
        }
        grab(&dialog, QStringLiteral("export-dialog"));
    }

    void namesAreTextAndARefusedSnapshotIsShown() {
        const QString hostile = QStringLiteral("<img src=\"/dev/zero\">");
        test::TempCache cache;
        Database &db = cache.db();
        test::PipelineBuilder(db).deal(QStringLiteral("a"), kNow - 20 * kDay, 40000);
        TakeOptions first;
        first.takenAt = first.asOf = kNow - 7 * kDay;
        first.label = hostile;
        const qint64 from = takeSnapshot(db, first).id;
        TakeOptions second;
        second.takenAt = second.asOf = kNow;
        second.label = QStringLiteral("<b>Week 48</b>");
        const qint64 to = takeSnapshot(db, second).id;

        FixedClock clock(kNow);
        SnapshotHistoryView view(
            std::make_unique<SnapshotService>(db, clock, HealthSettings{}, ForecastSettings{}));
        view.show();
        view.compare(from, to);
        // The titles are bold on purpose: rich text, with the labels people typed escaped.
        auto *title = view.findChild<QLabel *>(QStringLiteral("changesTitle"));
        QCOMPARE(title->textFormat(), Qt::RichText);
        QVERIFY2(!title->text().contains(hostile) && title->text().contains(hostile.toHtmlEscaped()),
                 qPrintable(title->text()));
        QVERIFY(title->text().contains(QStringLiteral("&lt;b&gt;Week 48&lt;/b&gt;")));
        view.showHealthAdjusted(from);
        auto *health = view.findChild<QLabel *>(QStringLiteral("healthTitle"));
        QCOMPARE(health->textFormat(), Qt::RichText);
        QVERIFY(!health->text().contains(hostile));

        // A snapshot the cache refuses to store is shown; the view carries on with what it had.
        db.exec("CREATE TRIGGER fail_snapshots BEFORE INSERT ON snapshots"
                " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
        view.setLabelPrompt([](QWidget *) -> std::optional<QString> { return QStringLiteral("Week 49"); });
        view.findChild<QPushButton *>(QStringLiteral("takeSnapshot"))->click();
        auto *box = view.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().contains(QStringLiteral("database or disk is full")), qPrintable(box->text()));
        QCOMPARE(view.listedIds().size(), 2);

        // The export dialog names the filter's team (from the CRM) as text.
        ExportDialog::Source source;
        source.cachePath = cache.path();
        source.filter.team = hostile;
        ExportDialog dialog(source, m_runner);
        auto *filter = dialog.findChild<QLabel *>(QStringLiteral("exportFilter"));
        QCOMPARE(filter->textFormat(), Qt::PlainText);
        QVERIFY(filter->text().contains(hostile));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("exportStatus"))->textFormat(), Qt::PlainText);
    }

    void cancellingALongExportLeavesNoFile() {
        test::TempCache cache;
        test::PipelineBuilder builder(cache.db());
        for (int i = 0; i < 1500; ++i)
            builder.deal(QStringLiteral("d%1").arg(i), kNow - 20 * kDay);
        ExportDialog dialog(ExportDialog::Source{cache.path(), {}, std::nullopt, {}, {}}, m_runner);
        dialog.show();
        dialog.setOutputPath(cache.dir() + QStringLiteral("/big.json"));
        dialog.setFormat(ExportFormat::Json);
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(dialog.isRunning());
        dialog.cancelExport();
        QVERIFY(done.wait(60000));
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY2(dialog.statusText().contains(QLatin1String("cancelled")), qPrintable(dialog.statusText()));
        QVERIFY(!QFile::exists(dialog.outputPath()));
        QCOMPARE(QDir(cache.dir()).entryList({QStringLiteral("big*")}), QStringList());
    }
};

QTEST_MAIN(TestSnapshotViews)
#include "test_snapshot_views.moc"
