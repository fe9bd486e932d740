#include "MainWindow.h"

#include "BandDelegate.h"
#include "analytics/HealthText.h"
#include "items/PipelineModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace dp {
namespace {

constexpr int kOpenDeals = -1;
constexpr int kAllDeals = -2;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new PipelineModel(this))
    , m_textFilter(new QSortFilterProxyModel(this))
    , m_bandFilter(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_band(new QComboBox(this))
    , m_cacheLabel(new QLabel(this))
    , m_countLabel(new QLabel(this)) {
    setWindowTitle(tr("Dealpulse"));

    // Two proxies: one matches text in any column, the other the band, so both filters combine.
    m_textFilter->setSourceModel(m_model);
    m_textFilter->setFilterKeyColumn(-1);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_bandFilter->setSourceModel(m_textFilter);
    m_bandFilter->setFilterRole(PipelineModel::BandRole);
    m_bandFilter->setFilterKeyColumn(PipelineModel::Band);
    m_bandFilter->setSortRole(PipelineModel::SortRole);

    m_search->setObjectName(QStringLiteral("pipelineSearch"));
    m_search->setPlaceholderText(tr("Filter deals, accounts, owners (Ctrl+F)"));
    m_search->setAccessibleName(tr("Filter the pipeline"));
    m_search->setClearButtonEnabled(true);
    m_band->setObjectName(QStringLiteral("bandFilter"));
    m_band->setAccessibleName(tr("Health band"));
    // A manager's Monday question is about open deals, so that is where the window starts.
    m_band->addItem(tr("Open deals"), kOpenDeals);
    m_band->addItem(tr("All deals"), kAllDeals);
    for (HealthBand band :
         {HealthBand::Dark, HealthBand::AtRisk, HealthBand::Watch, HealthBand::Healthy, HealthBand::Closed})
        m_band->addItem(bandLabel(band), int(band));

    m_table->setObjectName(QStringLiteral("pipelineTable"));
    m_table->setAccessibleName(tr("Pipeline"));
    m_table->setModel(m_bandFilter);
    m_table->setItemDelegateForColumn(PipelineModel::Band, new BandDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->sortByColumn(PipelineModel::Score, Qt::AscendingOrder);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_band);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_cacheLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilters);
    connect(m_band, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void MainWindow::showPipeline(QList<PipelineRow> rows, const QString &cachePath, const QString &asOfText) {
    m_model->setRows(std::move(rows));
    m_table->resizeColumnsToContents();
    // Long names are elided rather than pushing the figures off screen; the full name is one resize away.
    m_table->setColumnWidth(PipelineModel::DealName,
                            qMin(m_table->columnWidth(PipelineModel::DealName), 260));
    m_table->setColumnWidth(PipelineModel::Account, qMin(m_table->columnWidth(PipelineModel::Account), 150));
    m_cacheLabel->setText(tr("Cache: %1 — figures as of %2").arg(cachePath, asOfText));
    applyFilters();
}

void MainWindow::applyFilters() {
    m_textFilter->setFilterFixedString(m_search->text());
    const int band = m_band->currentData().toInt();
    QString pattern;
    if (band == kOpenDeals)
        pattern = QStringLiteral("^(?!%1$)").arg(int(HealthBand::Closed));
    else if (band != kAllDeals)
        pattern = QStringLiteral("^%1$").arg(band);
    m_bandFilter->setFilterRegularExpression(pattern);
    updateCount();
}

void MainWindow::updateCount() {
    m_countLabel->setText(tr("%n deal(s)", nullptr, m_bandFilter->rowCount()));
}

} // namespace dp
