// SPDX-License-Identifier: GPL-3.0-or-later
#include "RollupPage.h"

#include "RoomyDelegate.h"
#include "items/RollupModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dp {

RollupPage::RollupPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RollupModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this)) {
    setObjectName(QStringLiteral("rollupPage"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RollupModel::SortRole);
    m_tree->setObjectName(QStringLiteral("rollupTree"));
    m_tree->setAccessibleName(tr("Team roll-up"));
    m_tree->setModel(m_sorted);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(RollupModel::Name, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new RoomyDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(RollupModel::Name, QHeaderView::Stretch);

    auto *hint = new QLabel(
        tr("Select a manager or rep to filter the pipeline to them; press Enter to open it."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit teamSelected(current.data(RollupModel::TeamRole).toString(),
                                      current.data(RollupModel::OwnerRole).toString());
            });
    connect(m_tree, &QTreeView::activated, this, [this] { emit showPipelineRequested(); });
}

void RollupPage::setData(const QList<PipelineRow> &rows, const QList<TeamManager> &teams) {
    m_model->setData(rows, teams);
    m_tree->expandAll();
    const QFontMetrics fm = m_tree->fontMetrics();
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    for (int column = RollupModel::OpenDeals; column < RollupModel::ColumnCount; ++column)
        m_tree->setColumnWidth(
            column, fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 4 * digit);
    // Pipelines in several currencies show each sum; trends read "783 ↓ from 784".
    m_tree->setColumnWidth(RollupModel::OpenAmount, 34 * digit);
    m_tree->setColumnWidth(
        RollupModel::Inbound,
        std::max(m_tree->columnWidth(RollupModel::Inbound),
                 fm.horizontalAdvance(m_model->data(m_model->index(0, RollupModel::Inbound)).toString()) +
                     4 * digit));
}

} // namespace dp
