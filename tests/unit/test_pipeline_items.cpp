// SPDX-License-Identifier: GPL-3.0-or-later
// The item models behind the main window, against a temporary cache: the pipeline filters (several bands,
// team, rep, stage, forecast category, close quarter, search results) and totals, sorting by raw values, the
// team roll-up tree, alert ranking, snoozes and "seen" state, the full-text search on a worker, and work on
// a worker that throws.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/AlertPriority.h"
#include "analytics/AnalyticsEngine.h"
#include "items/AlertsModel.h"
#include "items/CacheContent.h"
#include "items/DisplayText.h"
#include "items/Money.h"
#include "items/PipelineModel.h"
#include "items/PipelineProxy.h"
#include "items/PipelineSearch.h"
#include "items/RollupModel.h"
#include "items/TaskProgress.h"
#include "store/AlertStore.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/InteractionStore.h"
#include "store/MetricsStore.h"
#include "store/Migrations.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;
const QDate kToday(2026, 11, 28);

QStringList dealNames(const QAbstractItemModel &model, int column = PipelineModel::DealName) {
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, column).data().toString());
    return names;
}

} // namespace

class TestPipelineItems : public QObject {
    Q_OBJECT

    test::TempCache m_cache;

    void moveDeal(const QString &remoteId, const std::function<void(Deal &)> &change) {
        DealStore deals(m_cache.db());
        DealRow row = *deals.find(*deals.dealId(test::PipelineBuilder::kSource, remoteId));
        change(row.deal);
        deals.upsert(row.deal);
    }

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
            .deal(QStringLiteral("dark-big"), kAsOf - 90 * kDay, 400000)
            .closedDeal(QStringLiteral("won"), kAsOf - 200 * kDay, true);
        // A second team and rep, so the roll-up has two managers and the rep filter has a choice.
        DirectoryStore directory(m_cache.db());
        const QString source = test::PipelineBuilder::kSource;
        directory.upsertTeam({source, QStringLiteral("west"), QStringLiteral("West")});
        directory.upsertOwner({source, QStringLiteral("mia"), QStringLiteral("Mia Manager"),
                               QStringLiteral("mia@seller.io"), QStringLiteral("west"), true});
        directory.upsertOwner({source, QStringLiteral("wes"), QStringLiteral("Wes West"),
                               QStringLiteral("wes@seller.io"), QStringLiteral("west"), true});
        directory.setTeamManager(source, QStringLiteral("west"), QStringLiteral("mia"));
        moveDeal(QStringLiteral("dark-big"), [](Deal &deal) {
            deal.ownerRemoteId = QStringLiteral("wes");
            deal.forecastCategory = QStringLiteral("commit");
            deal.closeDate = QDate(2026, 12, 15);
            deal.stage = QStringLiteral("Negotiation");
            deal.stageOrder = 4;
        });
        Interaction email;
        email.source = source;
        email.remoteId = QStringLiteral("procurement-mail");
        email.kind = InteractionKind::Email;
        email.direction = Direction::Outbound;
        email.occurredAt = kAsOf - 50 * kDay;
        email.subject = QStringLiteral("Security questionnaire");
        email.bodyText = QStringLiteral("Attached is the filled questionnaire for your procurement team.");
        email.dealRemoteIds = {QStringLiteral("dark-b")};
        InteractionStore(m_cache.db()).upsert(email);
        const FixedClock clock(kAsOf);
        AnalyticsEngine(m_cache.db(), clock).recomputeAll({});
    }

    void migrationStepTwoAddsAlertTables() {
        QVERIFY(m_cache.db().userVersion() >= 2);
        AlertStore store(m_cache.db());
        QVERIFY(store.snoozes().isEmpty());
        QVERIFY(store.seenBands().isEmpty());
    }

    void pipelineModelPassesTheTester() {
        PipelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows(loadPipeline(m_cache.db()));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.headerData(PipelineModel::Sentiment, Qt::Horizontal).toString(),
                 QStringLiteral("Sentiment"));
    }

    void filtersBySeveralBandsTeamRepStageForecastAndQuarter() {
        PipelineModel model;
        PipelineProxy proxy;
        proxy.setPipelineModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(loadPipeline(m_cache.db()));
        QSignalSpy applied(&proxy, &PipelineProxy::filterApplied);

        PipelineFilter filter;
        filter.bands = {HealthBand::Dark};
        proxy.setFilter(filter);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(proxy.rowCount(), 3);
        filter.bands = {HealthBand::Dark, HealthBand::Healthy};
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 4);
        filter.bands = {HealthBand::Closed};
        proxy.setFilter(filter);
        QCOMPARE(dealNames(proxy), QStringList{QStringLiteral("Deal won")});

        filter = {};
        filter.team = QStringLiteral("West");
        proxy.setFilter(filter);
        QCOMPARE(dealNames(proxy), QStringList{QStringLiteral("Deal dark-big")});
        filter = {};
        filter.owner = QStringLiteral("Rita Rep");
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 4);
        filter = {};
        filter.stage = QStringLiteral("Negotiation");
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 1);
        filter = {};
        filter.forecastCategory = QStringLiteral("commit");
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 1);
        filter = {};
        filter.closeQuarter = QStringLiteral("2026-Q4");
        proxy.setFilter(filter);
        QCOMPARE(dealNames(proxy), QStringList{QStringLiteral("Deal dark-big")});
        filter = {};
        filter.dealIds = QSet<qint64>{};
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 0); // a search that matched nothing shows nothing
        const int signalsBefore = int(applied.count());
        proxy.setFilter(filter);
        QCOMPARE(applied.count(), signalsBefore); // the same filter again changes nothing
    }

    void totalsCountTheFilteredRows() {
        PipelineModel model;
        PipelineProxy proxy;
        proxy.setPipelineModel(&model);
        model.setRows(loadPipeline(m_cache.db()));
        PipelineFilter filter;
        filter.bands = {HealthBand::Dark, HealthBand::AtRisk, HealthBand::Watch, HealthBand::Healthy};
        proxy.setFilter(filter);
        const PipelineTotals totals = proxy.totals();
        QCOMPARE(totals.count, 4);
        QCOMPARE(totals.amount, (CurrencyAmounts{{QStringLiteral("USD"), 90000.0 + 5000.0 + 400000.0}}));
        QCOMPARE(totals.amountByForecast.value(QStringLiteral("commit")).value(QStringLiteral("USD")),
                 400000.0);
        QCOMPARE(totals.amountByForecast.value(QStringLiteral("pipeline")).value(QStringLiteral("USD")),
                 95000.0);
        QCOMPARE(formatAmounts({{QStringLiteral("USD"), 5000.0}, {QStringLiteral("GBP"), 7000.0}}),
                 QStringLiteral("£7,000 + $5,000")); // never added across currencies
    }

    void sortsByRawValues() {
        PipelineModel model;
        PipelineProxy proxy;
        proxy.setPipelineModel(&model);
        model.setRows(loadPipeline(m_cache.db()));
        proxy.setFilter(PipelineFilter{{HealthBand::Dark, HealthBand::Healthy}, {}, {}, {}, {}, {}, {}});
        proxy.sort(PipelineModel::Amount, Qt::DescendingOrder);
        // By amount, not by the text "$90,000" < "$5,000"; the deal without an amount last.
        QCOMPARE(dealNames(proxy),
                 (QStringList{QStringLiteral("Deal dark-big"), QStringLiteral("Deal healthy"),
                              QStringLiteral("Deal dark-a"), QStringLiteral("Deal dark-b")}));
        proxy.sort(PipelineModel::DaysSinceInbound, Qt::AscendingOrder);
        QCOMPARE(dealNames(proxy).first(), QStringLiteral("Deal healthy"));
        QCOMPARE(dealNames(proxy).last(), QStringLiteral("Deal dark-big")); // never replied, 90 days
    }

    void proxySortsEveryColumnByRawValueWithTiesByDealId() {
        PipelineModel model;
        PipelineProxy proxy;
        proxy.setPipelineModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(loadPipeline(m_cache.db()));
        auto ids = [&] {
            QList<qint64> list;
            for (int row = 0; row < proxy.rowCount(); ++row)
                list.append(proxy.index(row, 0).data(PipelineModel::DealIdRole).toLongLong());
            return list;
        };
        for (int column = 0; column < PipelineModel::ColumnCount; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            QCOMPARE(proxy.rowCount(), 5);
            const QList<qint64> ascending = ids();
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const QVariant before = proxy.index(row - 1, column).data(PipelineModel::SortRole);
                const QVariant after = proxy.index(row, column).data(PipelineModel::SortRole);
                int order = 0;
                if (before.typeId() == QMetaType::QString)
                    order = before.toString().compare(after.toString(), Qt::CaseInsensitive);
                else
                    order = QVariant::compare(before, after) == QPartialOrdering::Less      ? -1
                            : QVariant::compare(before, after) == QPartialOrdering::Greater ? 1
                                                                                            : 0;
                if (column == PipelineModel::Stage)
                    continue; // by the pipeline's stage order, checked below
                QVERIFY2(order <= 0, qPrintable(QStringLiteral("column %1, row %2").arg(column).arg(row)));
                if (order == 0) // equal values: by deal id, the same order on every run
                    QVERIFY(ascending.at(row - 1) < ascending.at(row));
            }
            // Descending is the exact reverse, ties included.
            proxy.sort(column, Qt::DescendingOrder);
            QList<qint64> reversed = ascending;
            std::reverse(reversed.begin(), reversed.end());
            QCOMPARE(ids(), reversed);
        }
        // Stage by its place in the pipeline, not alphabetically: Negotiation (4) after the first stage.
        proxy.sort(PipelineModel::Stage, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, PipelineModel::DealName).data().toString(), QStringLiteral("Deal dark-big"));
        // A missing amount is below every real one: first going up, last going down.
        proxy.sort(PipelineModel::Amount, Qt::AscendingOrder);
        QCOMPARE(dealNames(proxy).first(), QStringLiteral("Deal dark-b"));
        proxy.sort(PipelineModel::Amount, Qt::DescendingOrder);
        QCOMPARE(dealNames(proxy).last(), QStringLiteral("Deal dark-b"));
        // No column: the model's own order.
        proxy.sort(-1);
        QList<qint64> modelOrder;
        for (int row = 0; row < model.rowCount(); ++row)
            modelOrder.append(model.row(row).deal.id);
        QCOMPARE(ids(), modelOrder);
    }

    void filtersCombineWithEachOtherAndTheSort() {
        PipelineModel model;
        PipelineProxy proxy;
        proxy.setPipelineModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(loadPipeline(m_cache.db()));
        proxy.sort(PipelineModel::Amount, Qt::DescendingOrder);
        PipelineFilter filter;
        filter.bands = {HealthBand::Dark, HealthBand::Healthy};
        filter.owner = QStringLiteral("Rita Rep");
        proxy.setFilter(filter);
        QCOMPARE(dealNames(proxy), (QStringList{QStringLiteral("Deal healthy"), QStringLiteral("Deal dark-a"),
                                                QStringLiteral("Deal dark-b")}));
        filter.bands = {HealthBand::Dark};
        proxy.setFilter(filter);
        QCOMPARE(dealNames(proxy),
                 (QStringList{QStringLiteral("Deal dark-a"), QStringLiteral("Deal dark-b")}));
        DealStore deals(m_cache.db());
        const qint64 darkB = *deals.dealId(test::PipelineBuilder::kSource, QStringLiteral("dark-b"));
        const qint64 healthy = *deals.dealId(test::PipelineBuilder::kSource, QStringLiteral("healthy"));
        filter.dealIds = QSet<qint64>{darkB, healthy}; // the search matched a dark and a healthy deal
        proxy.setFilter(filter);
        QCOMPARE(dealNames(proxy), QStringList{QStringLiteral("Deal dark-b")});
        QCOMPARE(proxy.totals().count, 1);
        QVERIFY(proxy.totals().amount.isEmpty()); // the deal has no amount
        filter.team = QStringLiteral("West");     // Rita is not in West
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.totals().count, 0);
        // Sorting what a filter left keeps the filter.
        filter = {};
        filter.bands = {HealthBand::Dark};
        proxy.setFilter(filter);
        proxy.sort(PipelineModel::DealName, Qt::AscendingOrder);
        QCOMPARE(dealNames(proxy), (QStringList{QStringLiteral("Deal dark-a"), QStringLiteral("Deal dark-b"),
                                                QStringLiteral("Deal dark-big")}));
        QCOMPARE(proxy.headerData(PipelineModel::Amount, Qt::Horizontal).toString(),
                 QStringLiteral("Amount"));
    }

    void selectionFollowsItsDealThroughSortsFiltersAndNewRows() {
        PipelineModel model;
        PipelineProxy proxy;
        proxy.setPipelineModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        model.setRows(loadPipeline(m_cache.db()));
        proxy.sort(PipelineModel::DealName, Qt::AscendingOrder);
        auto rowOf = [&](const QString &name) { return int(dealNames(proxy).indexOf(name)); };
        const QString dealName = QStringLiteral("Deal healthy");
        selection.setCurrentIndex(proxy.index(rowOf(dealName), PipelineModel::Score),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex held(proxy.index(rowOf(dealName), PipelineModel::DealName));
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        auto selectedDeal = [&] {
            const QModelIndexList rows = selection.selectedRows(PipelineModel::DealName);
            return rows.size() == 1 ? rows.first().data().toString() : QString();
        };

        proxy.sort(PipelineModel::Amount, Qt::DescendingOrder);
        QCOMPARE(selectedDeal(), dealName);
        QCOMPARE(selection.currentIndex().data(PipelineModel::DealIdRole),
                 held.data(PipelineModel::DealIdRole));
        QCOMPARE(held.row(), rowOf(dealName));
        QCOMPARE(held.column(), int(PipelineModel::DealName));

        PipelineFilter filter;
        filter.bands = {HealthBand::Healthy, HealthBand::Dark};
        proxy.setFilter(filter);
        QCOMPARE(selectedDeal(), dealName);
        QCOMPARE(held.row(), rowOf(dealName));

        // The cache read again (a recompute): the same deal stays selected, nothing is reset.
        model.setRows(loadPipeline(m_cache.db()));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(selectedDeal(), dealName);
        QCOMPARE(held.data().toString(), dealName);

        // Filtered out: the selection goes, as it would with any filter.
        filter.bands = {HealthBand::Dark};
        proxy.setFilter(filter);
        QVERIFY(selectedDeal().isEmpty());
        QVERIFY(!held.isValid());
    }

    void firstPageIsTheStartOfTheFullListInItsOrder() {
        PipelineModel model;
        PipelineProxy proxy;
        proxy.setPipelineModel(&model);
        model.setRows(loadPipeline(m_cache.db()));
        const QSet<HealthBand> open{HealthBand::Dark, HealthBand::AtRisk, HealthBand::Watch,
                                    HealthBand::Healthy};
        PipelineFilter filter;
        filter.bands = open;
        proxy.setFilter(filter);
        proxy.sort(PipelineModel::Score, Qt::AscendingOrder);
        const QStringList full = dealNames(proxy);
        QCOMPARE(full.size(), 4);
        for (int limit : {1, 2, 3, 10}) {
            QStringList page;
            for (const PipelineRow &row : loadPipelineStart(m_cache.path(), open, limit))
                page.append(row.deal.deal.name);
            QCOMPARE(page, full.mid(0, limit));
        }
        QCOMPARE(loadPipelineStart(m_cache.path(), {}, 10).size(), 5); // no band chosen: every band
        QVERIFY(loadPipelineStart(m_cache.dir() + QStringLiteral("/missing.sqlite"), open, 10).isEmpty());
    }

    void reasonsAreReadAsTheyWereWritten() {
        // What the analytics wrote, read back without a JSON document, equals the full parser's answer.
        const QList<PipelineRow> rows = loadPipeline(m_cache.db());
        MetricsStore metrics(m_cache.db());
        int withReasons = 0;
        for (const PipelineRow &row : rows) {
            const std::optional<DealMetrics> stored = metrics.find(row.deal.id);
            QVERIFY(stored);
            QCOMPARE(row.metrics.reasons, stored->reasons);
            QCOMPARE(row.metrics.score, stored->score);
            QCOMPARE(row.metrics.band, stored->band);
            QCOMPARE(row.metrics.lastInboundAt, stored->lastInboundAt);
            QCOMPARE(row.metrics.sentimentRecent, stored->sentimentRecent);
            const DealRow deal = *DealStore(m_cache.db()).find(row.deal.id);
            QCOMPARE(row.deal.deal.name, deal.deal.name);
            QCOMPARE(row.deal.deal.closeDate, deal.deal.closeDate);
            QCOMPARE(row.deal.deal.amount, deal.deal.amount);
            QCOMPARE(row.deal.teamName, deal.teamName);
            QCOMPARE(row.deal.ownerName, deal.ownerName);
            withReasons += row.metrics.reasons.isEmpty() ? 0 : 1;
        }
        QVERIFY(withReasons > 0);
        using Code = HealthReason::Code;
        const QList<HealthReason> expected{{Code::StalledInStage, 60, 16}, {Code::NegativeSentiment, -35, 0}};
        QCOMPARE(reasonsFromJson(R"([{"code":"stalled_in_stage","value":60,"other":16},)"
                                 R"({"code":"negative_sentiment","value":-35,"other":0}])"),
                 expected);
        // Another writer's spacing or an unknown code still reads, through the full parser.
        QCOMPARE(reasonsFromJson(R"([ {"code": "stalled_in_stage", "value": 60, "other": 16},)"
                                 R"( {"code":"from_the_future","value":1,"other":0},)"
                                 R"( {"code":"negative_sentiment","value":-35,"other":0} ])"),
                 expected);
        QVERIFY(reasonsFromJson("[]").isEmpty());
        QVERIFY(reasonsFromJson("not json").isEmpty());
    }

    void rollupIsATreeOfManagersAndReps() {
        RollupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DirectoryStore directory(m_cache.db());
        model.setData(loadPipeline(m_cache.db()), directory.teamManagers());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex east = model.index(0, 0);
        const QModelIndex west = model.index(1, 0);
        QCOMPARE(east.data().toString(), QStringLiteral("East")); // no manager named
        QCOMPARE(west.data().toString(), QStringLiteral("Mia Manager (West)"));
        QCOMPARE(model.rowCount(west), 1);
        const QModelIndex wes = model.index(0, 0, west);
        QCOMPARE(wes.data().toString(), QStringLiteral("Wes West"));
        QCOMPARE(wes.data(RollupModel::OwnerRole).toString(), QStringLiteral("Wes West"));
        QCOMPARE(wes.data(RollupModel::TeamRole).toString(), QStringLiteral("West"));
        QCOMPARE(model.index(0, RollupModel::Dark, west).data().toString(), QStringLiteral("1"));
        // Rita's four deals: one closed, so three open, two of them dark.
        QCOMPARE(model.index(0, RollupModel::OpenDeals, east).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, RollupModel::Dark, east).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, RollupModel::OpenAmount, east).data().toString(), QStringLiteral("$95,000"));
        QCOMPARE(model.index(0, RollupModel::Inbound, east).data().toString(), QStringLiteral("3 ↑ from 0"));
    }

    void alertPriorityWeighsAmountRiskAndCloseness() {
        QCOMPARE(alertPriority(100000, 30, kToday, kToday), 70000.0);
        QCOMPARE(alertPriority(100000, 30, kToday.addDays(30), kToday), 35000.0);
        QCOMPARE(alertPriority(100000, 30, kToday.addDays(-10), kToday), 70000.0); // passed counts as now
        QVERIFY(alertPriority(0, 0, kToday, kToday) < alertPriority(1, 90, kToday, kToday));
    }

    void alertValuationPutsEveryCurrencyOnOneScale() {
        const QList<OpenAmount> open{{QStringLiteral("USD"), 10000}, {QStringLiteral("USD"), 20000},
                                     {QStringLiteral("USD"), 30000}, {QStringLiteral("EUR"), 5000},
                                     {QStringLiteral("RON"), 10000}, {QStringLiteral("RON"), 20000},
                                     {QStringLiteral("RON"), 60000}, {QStringLiteral("USD"), 15000}};
        CurrencyRates rates;
        rates.reporting = QStringLiteral("usd");
        rates.perUnit.insert(QStringLiteral("eur"), 1.1);
        const AlertValuation valuation(rates, open);
        QCOMPARE(valuation.reportingCurrency(), QStringLiteral("USD"));
        const auto usd = valuation.value(10000, QStringLiteral("USD"));
        QCOMPARE(usd.basis, AlertValuation::Basis::Reporting);
        QCOMPARE(usd.value, 10000.0);
        const auto eur = valuation.value(5000, QStringLiteral("EUR"));
        QCOMPARE(eur.basis, AlertValuation::Basis::Converted);
        QCOMPARE(eur.value, 5500.0);
        // No RON rate: twice the median open RON deal (20,000) counts as twice the typical deal on the
        // USD scale (the median of 5,500, 10,000, 15,000, 20,000 and 30,000: 15,000).
        const auto ron = valuation.value(40000, QStringLiteral("RON"));
        QCOMPARE(ron.basis, AlertValuation::Basis::Relative);
        QCOMPARE(ron.relative, 2.0);
        QCOMPARE(ron.value, 30000.0);
        // 40,000 RON never outranks 40,000 USD just because the numbers match, nor loses to 10,000 USD.
        QVERIFY(ron.value < valuation.value(40000, QStringLiteral("USD")).value);
        QVERIFY(ron.value > usd.value);
        QCOMPARE(valuation.value(std::nullopt, QStringLiteral("USD")).basis, AlertValuation::Basis::NoAmount);

        // Without a reporting currency set, the one most open deals are in.
        QCOMPARE(AlertValuation({}, open).reportingCurrency(), QStringLiteral("USD"));
        QCOMPARE(AlertValuation(
                     {}, {{QStringLiteral("EUR"), 1}, {QStringLiteral("EUR"), 2}, {QStringLiteral("USD"), 3}})
                     .reportingCurrency(),
                 QStringLiteral("EUR"));
    }

    void alertsShowTheCurrencyAndWhatTheyRankAs() {
        QList<PipelineRow> rows = loadPipeline(m_cache.db());
        for (PipelineRow &row : rows)
            if (row.deal.deal.remoteId == QLatin1String("dark-big"))
                row.deal.deal.currency = QStringLiteral("JPY"); // 400,000 yen: about 2,700 dollars
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto rowOf = [&model](const QString &name) {
            for (int row = 0; row < model.rowCount(); ++row)
                if (model.index(row, AlertsModel::DealName).data().toString() == name)
                    return row;
            return -1;
        };
        model.setData(rows, {}, {}, kToday, false);
        int big = rowOf(QStringLiteral("Deal dark-big"));
        QVERIFY(big >= 0);
        QCOMPARE(model.index(big, AlertsModel::Currency).data().toString(), QStringLiteral("JPY"));
        QCOMPARE(model.index(big, AlertsModel::RankedAs).data().toString(),
                 QStringLiteral("1.0 × a typical JPY deal"));
        const double relativePriority = model.index(big, 0).data(AlertsModel::PriorityRole).toDouble();
        const double relativeValue = model.alert(big).value.value;
        QCOMPARE(model.alert(big).value.basis, AlertValuation::Basis::Relative);
        QCOMPARE(model.index(rowOf(QStringLiteral("Deal dark-a")), AlertsModel::RankedAs).data().toString(),
                 QStringLiteral("$5,000"));
        QVERIFY(model.index(big, AlertsModel::RankedAs)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("USD")));

        CurrencyRates rates;
        rates.perUnit.insert(QStringLiteral("JPY"), 0.0067);
        model.setRates(rates);
        model.setData(rows, {}, {}, kToday, false);
        big = rowOf(QStringLiteral("Deal dark-big"));
        QCOMPARE(model.index(big, AlertsModel::RankedAs).data().toString(), QStringLiteral("≈ $2,680"));
        const double convertedPriority = model.index(big, 0).data(AlertsModel::PriorityRole).toDouble();
        QVERIFY(convertedPriority < relativePriority);
        QCOMPARE(model.alert(big).value.value, 400000 * 0.0067);
        // Risk and closeness unchanged: the priority moved exactly as the value did.
        QVERIFY(qFuzzyCompare(convertedPriority / relativePriority,
                              model.alert(big).value.value / relativeValue));
    }

    void leiAreWrittenWhereEachLanguageWritesThem() {
        // Romanian writes the amount, then "lei"; an English interface writes the ISO code first.
        const QString romanian =
            formatMoney(81000, QStringLiteral("RON"), QLocale(QLocale::Romanian, QLocale::Romania));
        QVERIFY2(romanian.endsWith(QStringLiteral("lei")), qPrintable(romanian));
        QVERIFY(romanian.startsWith(QStringLiteral("81")));
        QCOMPARE(formatMoney(81000, QStringLiteral("RON"), QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("RON 81,000"));
        QCOMPARE(formatMoney(81000, QStringLiteral("USD"), QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("$81,000"));
    }

    void alertsRankSnoozeAndRememberWhatWasSeen() {
        const QList<PipelineRow> rows = loadPipeline(m_cache.db());
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setData(rows, {}, {}, kToday, true);
        QCOMPARE(dealNames(model, AlertsModel::DealName),
                 (QStringList{QStringLiteral("Deal dark-big"), QStringLiteral("Deal dark-a"),
                              QStringLiteral("Deal dark-b")}));
        QCOMPARE(model.newCount(), 3);
        QVERIFY(model.index(0, AlertsModel::Band).data().toString().contains(QStringLiteral("new")));
        QVERIFY(!model.index(0, AlertsModel::Reason).data().toString().isEmpty());

        AlertStore store(m_cache.db());
        const qint64 darkA = model.index(1, 0).data(AlertsModel::DealIdRole).toLongLong();
        store.snooze(AlertSnooze{0,
                                 darkA,
                                 {},
                                 HealthBand::Dark,
                                 QStringLiteral("Buyer on holiday"),
                                 kToday.addDays(7),
                                 QStringLiteral("manager"),
                                 kAsOf});
        store.snooze(AlertSnooze{0,
                                 darkA,
                                 {},
                                 HealthBand::Dark,
                                 QStringLiteral("Old snooze"),
                                 kToday,
                                 QStringLiteral("manager"),
                                 kAsOf - 20 * kDay});
        QCOMPARE(store.activeSnoozes(kToday).size(), 1);
        QVERIFY(store.activeSnoozes(kToday.addDays(7)).isEmpty()); // back on its resume day
        QCOMPARE(store.snoozes().size(), 2);                       // expired ones stay for review
        QCOMPARE(store.snoozes().first().reason, QStringLiteral("Buyer on holiday"));
        QCOMPARE(store.snoozes().first().dealName, QStringLiteral("Deal dark-a"));

        model.setData(rows, store.activeSnoozes(kToday), {}, kToday, true);
        QCOMPARE(dealNames(model, AlertsModel::DealName),
                 (QStringList{QStringLiteral("Deal dark-big"), QStringLiteral("Deal dark-b")}));

        store.markSeen(model.shownBands(), kAsOf);
        model.setData(rows, store.activeSnoozes(kToday), store.seenBands(), kToday, true);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.newCount(), 0);
        model.setData(rows, store.activeSnoozes(kToday), store.seenBands(), kToday, false);
        QCOMPARE(model.rowCount(), 2); // still listed when asked for every current alert
        // A deal seen as at risk that is now dark is new again.
        store.markSeen({{model.alert(0).deal.deal.id, HealthBand::AtRisk}}, kAsOf);
        model.setData(rows, store.activeSnoozes(kToday), store.seenBands(), kToday, true);
        QCOMPARE(model.rowCount(), 1);

        SnoozesModel snoozes;
        QAbstractItemModelTester snoozesTester(&snoozes,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        snoozes.setSnoozes(store.snoozes(), kToday, QTimeZone::utc());
        QCOMPARE(snoozes.rowCount(), 2);
        QCOMPARE(snoozes.index(0, SnoozesModel::Status).data().toString(), QStringLiteral("Snoozed"));
        QCOMPARE(snoozes.index(1, SnoozesModel::Status).data().toString(), QStringLiteral("Back in alerts"));
    }

    void cacheContentReadsEverythingOnAnyThread() {
        const CacheContent content = loadCacheContent(m_cache.path(), kToday);
        QVERIFY(content.error.isEmpty());
        QCOMPARE(content.rows.size(), 5);
        QCOMPARE(content.teams.size(), 2);
        QVERIFY(!content.lastSyncedAt); // never synced
        QCOMPARE(loadCacheContent(m_cache.dir() + QStringLiteral("/missing.sqlite"), kToday).error.isEmpty(),
                 false);
    }

    void workThatThrowsIsReportedNotFatal() {
        // An exception out of a worker would end the app (std::terminate): it comes back as the result's
        // error, or, for a result with no room for one, as the task's failure, with no result delivered.
        TaskRunner runner;
        QObject context;
        std::optional<TaskResult> outOfMemory;
        Task *task = runner.run<TaskResult>(
            &context, []() -> TaskResult { throw std::bad_alloc(); },
            [&](TaskResult result) { outOfMemory = result; });
        QSignalSpy first(task, &Task::finished);
        QVERIFY(first.wait());
        QVERIFY(outOfMemory);
        QVERIFY(!outOfMemory->ok);
        QVERIFY2(outOfMemory->error.contains(QStringLiteral("ran out of memory")),
                 qPrintable(outOfMemory->error));

        std::optional<CacheContent> failed;
        task = runner.run<CacheContent>(
            &context, []() -> CacheContent { throw std::runtime_error("disk unplugged"); },
            [&](CacheContent content) { failed = std::move(content); });
        QSignalSpy second(task, &Task::finished);
        QVERIFY(second.wait());
        QVERIFY(failed);
        QVERIFY2(failed->error.contains(QStringLiteral("disk unplugged")), qPrintable(failed->error));
        QVERIFY(failed->rows.isEmpty());

        bool delivered = false;
        QString failure;
        task = runner.run<QList<int>>(
            &context, []() -> QList<int> { throw 42; }, [&](QList<int>) { delivered = true; });
        connect(task, &Task::finished, this, [&failure, task] { failure = task->failure(); });
        QSignalSpy third(task, &Task::finished);
        QVERIFY(third.wait());
        QVERIFY(!delivered);
        QVERIFY(!failure.isEmpty());
    }

    // With a runner, every column's order is prepared on a worker as soon as the rows come; the sorts it
    // gives are exactly those computed on a column's first click.
    void ordersPreparedOnTheRunnerSortAsOnesComputedOnClick() {
        TaskRunner runner;
        PipelineModel model;
        PipelineProxy prepared;
        prepared.setRunner(&runner);
        prepared.setPipelineModel(&model);
        PipelineProxy onClick;
        onClick.setPipelineModel(&model);
        QSignalSpy started(&runner, &TaskRunner::started);
        model.setRows(loadPipeline(m_cache.db()));
        QCOMPARE(started.size(), 1);
        QSignalSpy done(started.first().first().value<Task *>(), &Task::finished);
        QVERIFY(done.wait());
        for (int column = 0; column < PipelineModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                prepared.sort(column, order);
                onClick.sort(column, order);
                QCOMPARE(dealNames(prepared), dealNames(onClick));
            }
        }
    }

    void searchFindsDealsByInteractionTextAndNames() {
        TaskRunner runner;
        PipelineSearch search(runner);
        search.setCachePath(m_cache.path());
        QSignalSpy finished(&search, &PipelineSearch::finished);
        search.search(QStringLiteral("procurement"));
        QVERIFY(search.isBusy());
        QVERIFY(finished.wait(5000));
        const auto ids = finished.last().at(1).value<QSet<qint64>>();
        const qint64 darkB =
            *DealStore(m_cache.db()).dealId(test::PipelineBuilder::kSource, QStringLiteral("dark-b"));
        QCOMPARE(ids, QSet<qint64>{darkB});
        search.search(QStringLiteral("dark-big"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(1).value<QSet<qint64>>().size(), 1);
        // Only the latest of quick successive searches answers.
        finished.clear();
        search.search(QStringLiteral("questionnaire"));
        search.search(QStringLiteral("nothing-matches-this"));
        QVERIFY(finished.wait(5000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("nothing-matches-this"));
        QVERIFY(finished.last().at(1).value<QSet<qint64>>().isEmpty());
    }
};

QTEST_MAIN(TestPipelineItems)
#include "test_pipeline_items.moc"
