// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the deal, Lexicon and Snapshots pages as item models, read from a temporary cache: each
// passes QAbstractItemModelTester, resets when refilled and shows the page's texts and roles.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/RatingService.h"
#include "app/LexiconService.h"
#include "app/SnapshotService.h"
#include "items/DealDetails.h"
#include "items/DealHistoryModel.h"
#include "items/HealthAdjustedModel.h"
#include "items/LexiconTermsModel.h"
#include "items/LexiconVersionsModel.h"
#include "items/SnapshotChangesModel.h"
#include "items/SnapshotListModel.h"
#include "items/TermHistoryModel.h"
#include "items/WinRateModel.h"
#include "store/DealStore.h"
#include "store/InteractionStore.h"
#include "store/TeamPullStore.h"
#include "translations/Language.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace dp;

namespace {

const Millis kNow = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

QString text(const QAbstractItemModel &model, int row, int column) {
    return model.index(row, column).data().toString();
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

class TestPageModels final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void dealHistoryIsNewestFirstWithPushedDatesMarked() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("d"), kNow - 90 * kDay)
            .stageChange(QStringLiteral("d"), kNow - 30 * kDay, QStringLiteral("Discovery"),
                         QStringLiteral("Proposal"))
            .closeDateChange(QStringLiteral("d"), kNow - 10 * kDay, QStringLiteral("2026-11-30"),
                             QStringLiteral("2027-01-31"));
        const qint64 id = *DealStore(cache.db()).dealId(test::PipelineBuilder::kSource, QStringLiteral("d"));
        DealRequest request;
        request.dealId = id;
        request.zone = QTimeZone::utc();
        const FixedClock clock(kNow);
        const std::optional<DealDetails> details = loadDealDetails(cache.db(), request, clock);
        QVERIFY(details);
        QCOMPARE(details->history.size(), 2);

        DealHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Before a deal is shown, and for a deal without changes: one row says so.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.changeCount(), 0);
        QCOMPARE(text(model, 0, DealHistoryModel::ChangeColumn), QStringLiteral("No changes recorded"));

        model.setHistory(details->history, details->deal.deal.currency, request.zone);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.changeCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("When"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Change"));
        QVERIFY(model.index(0, 0).data(DealHistoryModel::ChangedAtRole).toLongLong() >
                model.index(1, 0).data(DealHistoryModel::ChangedAtRole).toLongLong());
        QCOMPARE(text(model, 0, 1), describeChange(details->history.at(1), details->deal.deal.currency));
        QVERIFY(model.index(0, 1).data(DealHistoryModel::PushedRole).toBool());
        QVERIFY(!model.index(1, 1).data(DealHistoryModel::PushedRole).toBool());
        QCOMPARE(text(model, 0, 0),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(kNow - 10 * kDay, QTimeZone::utc()).date(),
                                    QLocale::ShortFormat));

        model.setHistory({}, QString(), request.zone);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 1);
    }

    void lexiconTablesShowTermsVersionsAndHistory() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).wobblyDeal(kNow);
        sentiment::rescoreCache(cache.db(), true);
        const FixedClock clock(kNow);
        sentiment::RatingService ratings(cache.db(), clock);
        for (int n : {1, 2})
            ratings.rate(*InteractionStore(cache.db())
                              .interactionId(test::PipelineBuilder::kSource, QStringLiteral("i%1").arg(n)),
                         QStringLiteral("Rita Rep"), -1);
        LexiconService service(ratings, cache.path());
        const auto language = sentiment::Language::English;

        LexiconTermsModel terms;
        QAbstractItemModelTester termsTester(&terms, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy termsReset(&terms, &QAbstractItemModel::modelReset);
        terms.setTerms(*service.terms(language).value);
        QCOMPARE(termsReset.count(), 1);
        const int wobbly = terms.rowOf(QStringLiteral("wobbly"));
        QVERIFY(wobbly >= 0);
        QCOMPARE(terms.termAt(wobbly), QStringLiteral("wobbly"));
        QVERIFY(text(terms, wobbly, LexiconTermsModel::WeightColumn).startsWith(QStringLiteral("−")));
        QVERIFY(terms.index(wobbly, 1).data(LexiconTermsModel::WeightRole).toDouble() < 0);
        QCOMPARE(terms.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Learned weight"));

        LexiconVersionsModel versions;
        QAbstractItemModelTester versionsTester(&versions,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        versions.setVersions(*service.versions(language).value);
        QCOMPARE(versions.rowCount(), 2);
        QVERIFY(text(versions, 0, LexiconVersionsModel::WhatColumn)
                    .contains(QStringLiteral("Rita Rep rated “Timeline” negative")));
        QCOMPARE(text(versions, 0, 0), QStringLiteral("#%1").arg(versions.versionAt(0)));
        QCOMPARE(versions.rowOf(versions.versionAt(1)), 1);
        QVERIFY(!versions.index(0, 0).data(LexiconVersionsModel::UndoneRole).toBool());

        TermHistoryModel history;
        QAbstractItemModelTester historyTester(&history,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setMoves(*service.termHistory(language, QStringLiteral("wobbly")).value);
        QCOMPARE(history.rowCount(), 2);
        QVERIFY(text(history, 0, TermHistoryModel::BecauseColumn).contains(QStringLiteral("Timeline")));
        QVERIFY(text(history, 0, TermHistoryModel::ChangeColumn).contains(QStringLiteral("→")));

        // Undone: the version says so.
        QVERIFY(service.undoVersion(versions.versionAt(0)).ok());
        versions.setVersions(*service.versions(language).value);
        QCOMPARE(versions.rowCount(), 3);
        QVERIFY(text(versions, 1, LexiconVersionsModel::WhatColumn).contains(QStringLiteral("(undone)")));
        QVERIFY(versions.index(1, 0).data(LexiconVersionsModel::UndoneRole).toBool());
    }

    void snapshotTablesListAndCompare() {
        test::TempCache cache;
        Database &db = cache.db();
        test::PipelineBuilder builder(db);
        builder.deal(QStringLiteral("a"), kNow - 200 * kDay, 40000)
            .deal(QStringLiteral("b"), kNow - 200 * kDay);
        setAmount(db, QStringLiteral("a"), 40000);
        setAmount(db, QStringLiteral("b"), 25000);
        FixedClock clock(kNow);
        SnapshotService service(db, clock, HealthSettings{}, ForecastSettings{});
        QVERIFY(service.take(QStringLiteral("Week 47"), {}, QStringLiteral("maria")).ok());
        setAmount(db, QStringLiteral("b"), 32000);
        builder.deal(QStringLiteral("c"), kNow - kDay, 9000);
        setAmount(db, QStringLiteral("c"), 9000);
        clock.advance(kDay);
        QVERIFY(service.take(QStringLiteral("Week 48"), {}, QStringLiteral("maria")).ok());

        SnapshotListModel list;
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listReset(&list, &QAbstractItemModel::modelReset);
        list.setSnapshots(*service.list().value);
        QCOMPARE(listReset.count(), 1);
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(text(list, 0, SnapshotListModel::LabelColumn), QStringLiteral("Week 48"));
        QCOMPARE(text(list, 0, SnapshotListModel::DealsColumn), QStringLiteral("3"));
        QCOMPARE(text(list, 1, SnapshotListModel::DealsColumn), QStringLiteral("2"));
        QCOMPARE(text(list, 0, SnapshotListModel::TakenByColumn), QStringLiteral("maria"));
        QCOMPARE(list.headerData(1, Qt::Horizontal).toString(), QStringLiteral("As of"));
        QCOMPARE(list.index(0, 2).data(SnapshotListModel::SnapshotIdRole).toLongLong(), list.idAt(0));
        QVERIFY(list.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Snapshot ")));
        QCOMPARE(list.ids().size(), 2);

        const auto compared = service.compareInOrder(list.idAt(0), list.idAt(1));
        QVERIFY(compared.ok() && *compared.value);
        SnapshotChangesModel changes;
        QAbstractItemModelTester changesTester(&changes,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        changes.setChanges(compared.value->value().diff.changes);
        QStringList kinds;
        for (int row = 0; row < changes.rowCount(); ++row)
            kinds.append(text(changes, row, SnapshotChangesModel::KindColumn) + QLatin1Char(':') +
                         text(changes, row, SnapshotChangesModel::DealColumn));
        QVERIFY2(kinds.contains(QStringLiteral("Added:Deal c")), qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY2(kinds.contains(QStringLiteral("Amount up:Deal b")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QCOMPARE(changes.headerData(4, Qt::Horizontal).toString(), QStringLiteral("After"));
        changes.setChanges({});
        QCOMPARE(changes.rowCount(), 0);

        // The newest snapshot's health-adjusted forecast: its two earlier snapshots hold no closed deal, so
        // no band has a rate yet.
        const auto read = service.healthAdjusted(list.idAt(0));
        QVERIFY(read.ok() && *read.value);
        const HealthAdjustedForecast &forecast = read.value->value().forecast;
        HealthAdjustedModel adjusted;
        QAbstractItemModelTester adjustedTester(&adjusted,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy adjustedReset(&adjusted, &QAbstractItemModel::modelReset);
        QCOMPARE(adjusted.rowCount(), 0);
        adjusted.setLines(forecast.lines);
        QCOMPARE(adjustedReset.count(), 1);
        QCOMPARE(adjusted.rowCount(), 3); // one currency, three roll-ups
        QCOMPARE(text(adjusted, 0, HealthAdjustedModel::CurrencyColumn), QStringLiteral("USD"));
        QCOMPARE(text(adjusted, 0, HealthAdjustedModel::RollupColumn), rollupLabel(RollupKind::Commit));
        QCOMPARE(text(adjusted, 0, HealthAdjustedModel::ForecastColumn), QStringLiteral("81,000"));
        QCOMPARE(text(adjusted, 0, HealthAdjustedModel::AdjustedColumn), QStringLiteral("no history yet"));
        QCOMPARE(adjusted.index(0, HealthAdjustedModel::ForecastColumn)
                     .data(HealthAdjustedModel::AmountRole)
                     .toDouble(),
                 81000.0);
        QVERIFY(!adjusted.index(0, HealthAdjustedModel::AdjustedColumn)
                     .data(HealthAdjustedModel::AmountRole)
                     .isValid());
        QCOMPARE(adjusted.index(0, HealthAdjustedModel::ForecastColumn).data(Qt::TextAlignmentRole),
                 QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(adjusted.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Health-adjusted"));

        WinRateModel rates;
        QAbstractItemModelTester ratesTester(&rates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ratesReset(&rates, &QAbstractItemModel::modelReset);
        QCOMPARE(rates.rowCount(), 0);
        rates.setLikelihoods(forecast.likelihoods);
        QCOMPARE(ratesReset.count(), 1);
        QCOMPARE(rates.rowCount(), 4);
        QCOMPARE(text(rates, 0, WinRateModel::BandColumn), QStringLiteral("Healthy"));
        QCOMPARE(text(rates, 3, WinRateModel::BandColumn), QStringLiteral("Going dark"));
        QCOMPARE(text(rates, 0, WinRateModel::RateColumn), QStringLiteral("overall rate"));
        QVERIFY(!rates.index(0, WinRateModel::RateColumn).data(WinRateModel::RateRole).isValid());
        QCOMPARE(rates.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Sample size"));

        // With a history: a rate in percent beside the counts it is built on.
        WinLikelihoods learnt;
        learnt.observe(HealthBand::Healthy, true);
        learnt.observe(HealthBand::Healthy, true);
        learnt.observe(HealthBand::Healthy, false);
        learnt.observe(HealthBand::AtRisk, false);
        rates.setLikelihoods(learnt);
        QCOMPARE(ratesReset.count(), 2);
        QCOMPARE(text(rates, 0, WinRateModel::RateColumn), QStringLiteral("67%"));
        QCOMPARE(rates.index(0, WinRateModel::RateColumn).data(WinRateModel::RateRole).toDouble(), 2.0 / 3);
        QCOMPARE(text(rates, 0, WinRateModel::WonColumn), QStringLiteral("2"));
        QCOMPARE(text(rates, 0, WinRateModel::LostColumn), QStringLiteral("1"));
        QCOMPARE(text(rates, 0, WinRateModel::SamplesColumn), QStringLiteral("3"));
        QCOMPARE(text(rates, 2, WinRateModel::RateColumn), QStringLiteral("0%"));
        QCOMPARE(text(rates, 1, WinRateModel::RateColumn), QStringLiteral("overall rate"));

        QMap<QString, QMap<RollupKind, AdjustedLine>> lines;
        lines[QStringLiteral("EUR")][RollupKind::Commit] = AdjustedLine{10000, 6500.4, true};
        lines[QStringLiteral("USD")][RollupKind::Commit] = AdjustedLine{2000, 0, false};
        adjusted.setLines(lines);
        QCOMPARE(adjusted.rowCount(), 6);
        QCOMPARE(text(adjusted, 0, HealthAdjustedModel::CurrencyColumn), QStringLiteral("EUR"));
        QCOMPARE(text(adjusted, 0, HealthAdjustedModel::AdjustedColumn), QStringLiteral("6,500"));
        QCOMPARE(text(adjusted, 3, HealthAdjustedModel::CurrencyColumn), QStringLiteral("USD"));
        QCOMPARE(text(adjusted, 3, HealthAdjustedModel::AdjustedColumn), QStringLiteral("no history yet"));
        QCOMPARE(text(adjusted, 1, HealthAdjustedModel::ForecastColumn), QStringLiteral("0"));
    }

    // "Taken by": this desktop's user is "You" (whatever the case of the email), a snapshot pulled from the
    // team server is its taker's, and one whose taker the cache does not know is a dash.
    void snapshotListSaysWhoTookEach() {
        test::TempCache cache;
        Database &db = cache.db();
        test::PipelineBuilder builder(db);
        builder.deal(QStringLiteral("a"), kNow - 200 * kDay, 40000);
        setAmount(db, QStringLiteral("a"), 40000);
        FixedClock clock(kNow);
        SnapshotService service(db, clock, HealthSettings{}, ForecastSettings{});
        service.setUser(QStringLiteral("ana@firm.ro"));
        QVERIFY(service.take(QStringLiteral("Old, nameless"), {}, QString()).ok());
        clock.advance(kDay);
        QVERIFY(service.take(QStringLiteral("Mine"), {}, service.user()).ok());
        clock.advance(kDay);
        TeamSnapshot pulled;
        pulled.changeId = QStringLiteral("0123456789abcdef0123456789abcdef");
        pulled.takenBy = QStringLiteral("ion@firm.ro");
        pulled.takenAt = pulled.asOf = clock.now();
        pulled.goingDarkDays = 21;
        pulled.label = QStringLiteral("Ion's call");
        pulled.filterJson = QStringLiteral("{}");
        QCOMPARE(TeamPullStore(db).applySnapshot(pulled), TeamPullStore::Applied::Written);

        SnapshotListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setSnapshots(*service.list().value);
        QCOMPARE(list.rowCount(), 3);
        QCOMPARE(list.columnCount(), int(SnapshotListModel::ColumnCount));
        QCOMPARE(list.headerData(SnapshotListModel::TakenByColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Taken by"));
        QStringList labels;
        QStringList takers;
        for (int row = 0; row < list.rowCount(); ++row) {
            labels.append(text(list, row, SnapshotListModel::LabelColumn));
            takers.append(text(list, row, SnapshotListModel::TakenByColumn));
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("Ion's call"), QStringLiteral("Mine"),
                                      QStringLiteral("Old, nameless")}));
        // Before the model knows who the user is, everyone is named as stored.
        QCOMPARE(takers, (QStringList{QStringLiteral("ion@firm.ro"), QStringLiteral("ana@firm.ro"),
                                      QStringLiteral("—")}));

        QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
        list.setUser(QStringLiteral("Ana@Firm.ro"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(SnapshotListModel::TakenByColumn));
        QCOMPARE(text(list, 0, SnapshotListModel::TakenByColumn), QStringLiteral("ion@firm.ro"));
        QCOMPARE(text(list, 1, SnapshotListModel::TakenByColumn), QStringLiteral("You"));
        QCOMPARE(text(list, 2, SnapshotListModel::TakenByColumn), QStringLiteral("—"));
        const auto data = [&](int row, int role) {
            return list.index(row, SnapshotListModel::TakenByColumn).data(role);
        };
        QCOMPARE(data(0, Qt::ToolTipRole).toString(), QStringLiteral("Taken by ion@firm.ro"));
        QCOMPARE(data(1, Qt::ToolTipRole).toString(), QStringLiteral("Taken by you (ana@firm.ro)"));
        QVERIFY(!data(2, Qt::ToolTipRole).isValid());
        QCOMPARE(data(1, SnapshotListModel::TakenByRole).toString(), QStringLiteral("ana@firm.ro"));
        QVERIFY(data(1, SnapshotListModel::TakenBySelfRole).toBool());
        QVERIFY(!data(0, SnapshotListModel::TakenBySelfRole).toBool());
        list.setUser(QStringLiteral("Ana@Firm.ro"));
        QCOMPARE(changed.size(), 1); // the same user: nothing to repaint
    }
};

QTEST_MAIN(TestPageModels)
#include "test_page_models.moc"
