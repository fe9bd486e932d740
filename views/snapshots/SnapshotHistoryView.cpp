// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshots/SnapshotHistoryView.h"

#include "ChartPalette.h"
#include "ErrorBox.h"

#include "analytics/HealthText.h"
#include "app/SnapshotService.h"
#include "items/HealthAdjustedModel.h"
#include "items/SnapshotChangesModel.h"
#include "items/SnapshotListModel.h"
#include "items/WinRateModel.h"
#include "snapshots/WaterfallChart.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace dp {
SnapshotHistoryView::SnapshotHistoryView(std::unique_ptr<SnapshotService> service, QWidget *parent)
    : QWidget(parent)
    , m_service(std::move(service)) {
    m_labelPrompt = [](QWidget *parent) -> std::optional<QString> {
        bool ok = false;
        const QString label =
            QInputDialog::getText(parent, tr("Take snapshot"), tr("What is this snapshot for?"),
                                  QLineEdit::Normal, tr("Forecast call"), &ok)
                .trimmed();
        return ok && !label.isEmpty() ? std::optional<QString>(label) : std::nullopt;
    };

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Snapshots"));
    heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    leftLayout->addWidget(heading);
    m_snapshots = new SnapshotListModel(this);
    m_snapshots->setUser(m_service->user());
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_list->setAccessibleName(tr("Snapshots"));
    m_list->setModel(m_snapshots);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAlternatingRowColors(true);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_take = new QPushButton(tr("Take snapshot…"));
    m_take->setObjectName(QStringLiteral("takeSnapshot"));
    m_compare = new QPushButton(tr("Compare"));
    m_compare->setObjectName(QStringLiteral("compareSnapshots"));
    m_compare->setToolTip(tr("Select two snapshots to see what changed between them."));
    m_compare->setEnabled(false);
    buttons->addWidget(m_take);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    leftLayout->addLayout(buttons);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("snapshotTabs"));
    buildChangesTab();
    buildAccuracyTab();
    buildHealthTab();

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("snapshotSplitter")); // named: its position is remembered
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 820});
    left->setMinimumWidth(300);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_take, &QPushButton::clicked, this, &SnapshotHistoryView::takeSnapshot);
    connect(m_compare, &QPushButton::clicked, this, &SnapshotHistoryView::compareSelected);
    reload();
}

void SnapshotHistoryView::setUser(const QString &user) {
    m_service->setUser(user);
    m_snapshots->setUser(user);
}

SnapshotHistoryView::~SnapshotHistoryView() = default;

void SnapshotHistoryView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange && m_accuracy && m_accuracy->chart())
        applyChartPalette(m_accuracy->chart(), m_accuracy->palette());
    QWidget::changeEvent(event);
}

void SnapshotHistoryView::buildChangesTab() {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_changesTitle = new QLabel(tr("Select two snapshots and press Compare."));
    m_changesTitle->setObjectName(QStringLiteral("changesTitle"));
    m_changesTitle->setWordWrap(true);
    // Markup on purpose, with the snapshots' labels escaped: rich text whatever the translation starts with.
    m_changesTitle->setTextFormat(Qt::RichText);
    m_rollupKind = new QComboBox;
    m_rollupKind->setObjectName(QStringLiteral("waterfallRollup"));
    m_rollupKind->setAccessibleName(tr("Roll-up"));
    for (RollupKind kind : kRollupKinds)
        m_rollupKind->addItem(rollupLabel(kind), int(kind));
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("waterfallCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    row->addWidget(m_changesTitle, 1);
    row->addWidget(m_rollupKind);
    row->addWidget(m_currency);
    layout->addLayout(row);
    m_waterfall = new WaterfallChart;
    m_waterfall->setObjectName(QStringLiteral("waterfall"));
    layout->addWidget(m_waterfall, 3);
    m_changes = new SnapshotChangesModel(this);
    m_changesTable = new QTableView;
    m_changesTable->setObjectName(QStringLiteral("changesTable"));
    m_changesTable->setAccessibleName(tr("Changes between the snapshots"));
    m_changesTable->setModel(m_changes);
    m_changesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changesTable->verticalHeader()->hide();
    m_changesTable->horizontalHeader()->setStretchLastSection(true);
    m_changesTable->setAlternatingRowColors(true);
    layout->addWidget(m_changesTable, 2);
    m_tabs->addTab(page, tr("Changes"));
    connect(m_rollupKind, &QComboBox::currentIndexChanged, this, &SnapshotHistoryView::showWaterfall);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &SnapshotHistoryView::showWaterfall);
}

void SnapshotHistoryView::buildAccuracyTab() {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_accuracyNote = new QLabel;
    m_accuracyNote->setObjectName(QStringLiteral("accuracyNote"));
    m_accuracyNote->setWordWrap(true);
    m_accuracyCurrency = new QComboBox;
    m_accuracyCurrency->setObjectName(QStringLiteral("accuracyCurrency"));
    m_accuracyCurrency->setAccessibleName(tr("Currency"));
    row->addWidget(m_accuracyNote, 1);
    row->addWidget(m_accuracyCurrency);
    layout->addLayout(row);
    m_accuracy = new QChartView;
    m_accuracy->setObjectName(QStringLiteral("accuracyChart"));
    m_accuracy->setRenderHint(QPainter::Antialiasing);
    m_accuracy->setAccessibleName(tr("Forecast accuracy per snapshot"));
    layout->addWidget(m_accuracy, 1);
    m_tabs->addTab(page, tr("Accuracy"));
    connect(m_accuracyCurrency, &QComboBox::currentIndexChanged, this, &SnapshotHistoryView::showAccuracy);
}

void SnapshotHistoryView::buildHealthTab() {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_healthTitle = new QLabel(tr("Select a snapshot."));
    m_healthTitle->setObjectName(QStringLiteral("healthTitle"));
    m_healthTitle->setWordWrap(true);
    m_healthTitle->setTextFormat(Qt::RichText); // the snapshot's label escaped, as above
    layout->addWidget(m_healthTitle);
    m_adjustedLines = new HealthAdjustedModel(this);
    m_adjusted = new QTableView;
    m_adjusted->setObjectName(QStringLiteral("healthAdjustedTable"));
    m_adjusted->setAccessibleName(tr("Health-adjusted forecast"));
    m_adjusted->setModel(m_adjustedLines);
    m_adjusted->verticalHeader()->hide();
    m_adjusted->horizontalHeader()->setSectionResizeMode(HealthAdjustedModel::RollupColumn,
                                                         QHeaderView::Stretch);
    layout->addWidget(m_adjusted, 1);
    auto *bandsHeading = new QLabel(tr("Win rate per health band, from this team's closed deals"));
    bandsHeading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(bandsHeading);
    m_winRates = new WinRateModel(this);
    m_bands = new QTableView;
    m_bands->setObjectName(QStringLiteral("winRateTable"));
    m_bands->setAccessibleName(tr("Win rate per health band"));
    m_bands->setModel(m_winRates);
    m_bands->verticalHeader()->hide();
    m_bands->horizontalHeader()->setSectionResizeMode(WinRateModel::BandColumn, QHeaderView::Stretch);
    layout->addWidget(m_bands, 1);
    m_tabs->addTab(page, tr("Health-adjusted"));
}

bool SnapshotHistoryView::reported(const QString &title, const QString &error, bool ok) {
    if (!ok)
        showError(this, title, error);
    return ok;
}

void SnapshotHistoryView::reload() {
    fill();
}

void SnapshotHistoryView::fill() {
    const Outcome<QList<SnapshotListing>> listed = m_service->list();
    if (!reported(tr("Snapshots"), listed.error, listed.ok()))
        return;
    m_snapshots->setSnapshots(*listed.value);
    m_list->resizeColumnsToContents();
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SnapshotHistoryView::selectionChanged, Qt::UniqueConnection);
    m_compare->setEnabled(false);

    const Outcome<QList<AccuracyPoint>> points = m_service->accuracyTrend();
    if (!reported(tr("Snapshots"), points.error, points.ok()))
        return;
    m_points = *points.value;
    const QString current = m_accuracyCurrency->currentText();
    QStringList currencies;
    for (const AccuracyPoint &point : std::as_const(m_points))
        if (!currencies.contains(point.currency))
            currencies.append(point.currency);
    currencies.sort();
    {
        const QSignalBlocker blocker(m_accuracyCurrency);
        m_accuracyCurrency->clear();
        m_accuracyCurrency->addItems(currencies);
        if (currencies.contains(current))
            m_accuracyCurrency->setCurrentText(current);
    }
    m_accuracyCurrency->setVisible(currencies.size() > 1);
    showAccuracy();
}

QList<qint64> SnapshotHistoryView::listedIds() const {
    return m_snapshots->ids();
}

void SnapshotHistoryView::selectionChanged() {
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    m_compare->setEnabled(rows.size() == 2);
    if (rows.size() == 1)
        showHealthAdjusted(m_snapshots->idAt(rows.first().row()));
}

void SnapshotHistoryView::takeSnapshot() {
    const std::optional<QString> label = m_labelPrompt(this);
    if (!label)
        return;
    const Outcome<TakenSnapshot> taken = m_service->take(*label, m_filter, m_service->user());
    if (!reported(tr("Take snapshot"), taken.error, taken.ok()))
        return;
    reload();
    emit snapshotTaken(taken.value->id);
}

void SnapshotHistoryView::compareSelected() {
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    const Outcome<std::optional<SnapshotComparison>> compared =
        m_service->compareInOrder(m_snapshots->idAt(rows[0].row()), m_snapshots->idAt(rows[1].row()));
    if (reported(tr("Compare snapshots"), compared.error, compared.ok()) && *compared.value)
        showComparison(**compared.value);
}

void SnapshotHistoryView::compare(qint64 fromId, qint64 toId) {
    const Outcome<std::optional<SnapshotComparison>> compared = m_service->compare(fromId, toId);
    if (reported(tr("Compare snapshots"), compared.error, compared.ok()) && *compared.value)
        showComparison(**compared.value);
}

void SnapshotHistoryView::showComparison(const SnapshotComparison &comparison) {
    m_diff = comparison.diff;
    m_changesTitle->setText(
        tr("<b>%1</b> → <b>%2</b>: %n change(s) in the quarter %3 – %4", nullptr, int(m_diff->changes.size()))
            .arg(comparison.from.label.toHtmlEscaped(), comparison.to.label.toHtmlEscaped(),
                 QLocale().toString(m_diff->period.first, QLocale::ShortFormat),
                 QLocale().toString(m_diff->period.last, QLocale::ShortFormat)));
    const QString current = m_currency->currentText();
    {
        const QSignalBlocker blocker(m_currency);
        m_currency->clear();
        m_currency->addItems(m_diff->currencies());
        if (m_diff->currencies().contains(current))
            m_currency->setCurrentText(current);
    }
    m_currency->setVisible(m_diff->currencies().size() > 1);

    m_changes->setChanges(m_diff->changes);
    m_changesTable->resizeColumnsToContents();
    m_changesTable->setColumnWidth(1, std::min(m_changesTable->columnWidth(1), 320));
    m_tabs->setCurrentIndex(0);
    showWaterfall();
}

void SnapshotHistoryView::showWaterfall() {
    if (!m_diff)
        return;
    const RollupKind kind = RollupKind(m_rollupKind->currentData().toInt());
    const QString currency = m_currency->currentText();
    const Waterfall waterfall = m_diff->waterfalls.value(currency).value(kind);
    m_waterfall->show(waterfall, rollupLabel(kind), currency);
}

void SnapshotHistoryView::showAccuracy() {
    QChart *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QString currency = m_accuracyCurrency->currentText();
    int shown = 0;
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("d MMM yyyy"));
    axisX->setTickCount(5);
    axisX->setTitleText(tr("Snapshot as of"));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d%%"));
    axisY->setTitleText(tr("Accuracy"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    Millis first = 0;
    Millis last = 0;
    for (RollupKind kind : {RollupKind::Commit, RollupKind::BestCase}) {
        auto *line = new QLineSeries;
        line->setName(rollupLabel(kind));
        auto *dots = new QScatterSeries;
        dots->setMarkerSize(7);
        for (const AccuracyPoint &point : std::as_const(m_points)) {
            if (point.currency != currency || point.kind != kind)
                continue;
            line->append(double(point.asOf), point.accuracy * 100);
            dots->append(double(point.asOf), point.accuracy * 100);
            first = first == 0 ? point.asOf : std::min(first, point.asOf);
            last = std::max(last, point.asOf);
            ++shown;
        }
        chart->addSeries(line);
        chart->addSeries(dots);
        dots->setColor(line->color());
        for (QAbstractSeries *series :
             {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)}) {
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
        chart->legend()->markers(dots).first()->setVisible(false);
    }
    if (first != 0)
        axisX->setRange(QDateTime::fromMSecsSinceEpoch(first - kMillisPerDay * 7),
                        QDateTime::fromMSecsSinceEpoch(last + kMillisPerDay * 7));
    chart->legend()->setAlignment(Qt::AlignBottom);
    applyChartPalette(chart, m_accuracy->palette());
    QChart *old = m_accuracy->chart();
    m_accuracy->setChart(chart);
    delete old;
    m_accuracyNote->setText(
        shown == 0
            ? tr("Accuracy shows once a snapshot's quarter has closed: then its forecast is held against "
                 "what actually closed.")
            : tr("Each snapshot's forecast for its quarter against what actually closed: "
                 "max(0, 1 − |actual − forecast| / actual)."));
}

void SnapshotHistoryView::showHealthAdjusted(qint64 snapshotId) {
    const Outcome<std::optional<SnapshotForecast>> read = m_service->healthAdjusted(snapshotId);
    if (!reported(tr("Snapshots"), read.error, read.ok()) || !*read.value)
        return;
    const HealthAdjustedForecast &forecast = read.value->value().forecast;
    m_healthTitle->setText(
        tr("<b>%1</b>: deals closing %2 – %3, each weighted by its health band's win rate, learnt from %n "
           "earlier snapshot(s).",
           nullptr, forecast.earlierSnapshots)
            .arg(read.value->value().header.label.toHtmlEscaped(),
                 QLocale().toString(forecast.period.first, QLocale::ShortFormat),
                 QLocale().toString(forecast.period.last, QLocale::ShortFormat)));
    m_adjustedLines->setLines(forecast.lines);
    m_adjusted->resizeColumnsToContents();
    m_adjusted->horizontalHeader()->setSectionResizeMode(HealthAdjustedModel::RollupColumn,
                                                         QHeaderView::Stretch);
    m_winRates->setLikelihoods(forecast.likelihoods);
    m_bands->resizeColumnsToContents();
    m_bands->horizontalHeader()->setSectionResizeMode(WinRateModel::BandColumn, QHeaderView::Stretch);
}

} // namespace dp
