// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/PipelineProxy.h"

#include "items/PipelineModel.h"
#include "items/PipelineSorting.h"
#include "tasks/TaskRunner.h"

#include <QHash>
#include <numeric>

namespace dp {

QString quarterKey(const QDate &date) {
    if (!date.isValid())
        return {};
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

PipelineProxy::PipelineProxy(QObject *parent)
    : QAbstractProxyModel(parent) {}

void PipelineProxy::setPipelineModel(PipelineModel *model) {
    setSourceModel(model);
}

void PipelineProxy::setSourceModel(QAbstractItemModel *model) {
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_model = qobject_cast<PipelineModel *>(model);
    Q_ASSERT_X(!model || m_model, "PipelineProxy", "the source must be a PipelineModel");
    if (m_model) {
        // The pipeline model only ever replaces all its rows.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                &PipelineProxy::sourceAboutToBeReset);
        connect(m_model, &QAbstractItemModel::modelReset, this, &PipelineProxy::sourceReset);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    m_orders.assign(PipelineModel::ColumnCount + 1, {});
    prepareOrders();
    computeAccepted();
    rebuildRows();
    endResetModel();
}

void PipelineProxy::setFilter(const PipelineFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_quarterYear = filter.closeQuarter.left(4).toInt();
    m_quarter = filter.closeQuarter.mid(6).toInt();
    computeAccepted();
    relayout();
    emit filterApplied();
}

void PipelineProxy::sort(int column, Qt::SortOrder order) {
    if (column >= PipelineModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

bool PipelineProxy::accepts(int sourceRow) const {
    const PipelineRow &row = m_model->row(sourceRow);
    const Deal &deal = row.deal.deal;
    const PipelineFilter &f = m_filter;
    if (!f.bands.isEmpty() && !f.bands.contains(row.metrics.band))
        return false;
    if (!f.team.isEmpty() && row.deal.teamName != f.team)
        return false;
    if (!f.owner.isEmpty() && row.deal.ownerName != f.owner)
        return false;
    if (!f.stage.isEmpty() && deal.stage != f.stage)
        return false;
    if (!f.forecastCategory.isEmpty() && deal.forecastCategory != f.forecastCategory)
        return false;
    if (!f.closeQuarter.isEmpty() &&
        (deal.closeDate.year() != m_quarterYear || (deal.closeDate.month() - 1) / 3 + 1 != m_quarter))
        return false;
    if (f.dealIds && !f.dealIds->contains(row.deal.id))
        return false;
    return true;
}

void PipelineProxy::computeAccepted() {
    const int rows = m_model ? m_model->rowCount() : 0;
    m_accepted.assign(size_t(rows), 0);
    for (int i = 0; i < rows; ++i)
        m_accepted[size_t(i)] = accepts(i) ? 1 : 0;
}

const std::vector<int> &PipelineProxy::orderOf(int column) {
    const size_t slot = column < 0 ? size_t(PipelineModel::ColumnCount) : size_t(column);
    std::vector<int> &order = m_orders[slot];
    if (order.empty() && m_model && m_model->rowCount() > 0) {
        if (column < 0) {
            order.resize(size_t(m_model->rowCount()));
            std::iota(order.begin(), order.end(), 0);
        } else {
            order = ascendingOrder(m_model->rows(), column);
        }
    }
    return order;
}

void PipelineProxy::rebuildRows() {
    const int rows = m_model ? m_model->rowCount() : 0;
    m_proxyToSource.clear();
    m_sourceToProxy.assign(size_t(rows), -1);
    if (rows == 0)
        return;
    const std::vector<int> &order = orderOf(m_sortColumn);
    m_proxyToSource.reserve(order.size());
    auto keep = [this](int source) {
        if (m_accepted[size_t(source)]) {
            m_sourceToProxy[size_t(source)] = int(m_proxyToSource.size());
            m_proxyToSource.push_back(source);
        }
    };
    // No column keeps the model's order in both directions, as QSortFilterProxyModel does.
    if (m_sortOrder == Qt::AscendingOrder || m_sortColumn < 0)
        std::for_each(order.cbegin(), order.cend(), keep);
    else
        std::for_each(order.crbegin(), order.crend(), keep);
}

void PipelineProxy::relayout() {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Read after the signal: the views and selection models turn what they hold into persistent indexes
    // while handling it.
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sourceRows.push_back(index.row() < int(m_proxyToSource.size()) ? m_proxyToSource[size_t(index.row())]
                                                                       : -1);
    rebuildRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int source = sourceRows[size_t(i)];
        const int row = source < 0 ? -1 : m_sourceToProxy[size_t(source)];
        to.append(row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PipelineProxy::sourceAboutToBeReset() {
    // New rows for the same pipeline (a recompute, a sync, the first page then all of it) keep the user's
    // place: shown as a layout change, with every persistent index following its deal.
    m_sourceResetting = true;
    emit layoutAboutToBeChanged();
    m_resetFrom = persistentIndexList();
    m_resetDealIds.clear();
    m_resetDealIds.reserve(m_resetFrom.size());
    for (const QModelIndex &index : std::as_const(m_resetFrom)) {
        const int row = index.row() < int(m_proxyToSource.size()) ? m_proxyToSource[size_t(index.row())] : -1;
        m_resetDealIds.append(row < 0 ? 0 : m_model->row(row).deal.id);
    }
}

void PipelineProxy::prepareOrders() {
    // Every column's order computed on a worker once new rows are shown, so even the first click on a
    // column finds its order ready (a click before the worker is done computes that one column itself).
    const quint64 generation = ++m_rowsGeneration;
    if (!m_runner || !m_model || m_model->rowCount() == 0)
        return;
    using Orders = std::vector<std::vector<int>>;
    m_runner->run<Orders>(
        this,
        [rows = m_model->rows()] {
            Orders orders(PipelineModel::ColumnCount);
            for (int column = 0; column < PipelineModel::ColumnCount; ++column)
                orders[size_t(column)] = ascendingOrder(rows, column);
            return orders;
        },
        [this, generation](Orders orders) {
            if (generation != m_rowsGeneration)
                return; // the rows changed meanwhile
            for (size_t column = 0; column < orders.size(); ++column)
                if (m_orders[column].empty())
                    m_orders[column] = std::move(orders[column]);
        });
}

void PipelineProxy::sourceReset() {
    m_orders.assign(PipelineModel::ColumnCount + 1, {});
    prepareOrders();
    computeAccepted();
    rebuildRows();
    QModelIndexList to;
    to.reserve(m_resetFrom.size());
    if (!m_resetFrom.isEmpty()) {
        QHash<qint64, int> sourceRowOf;
        sourceRowOf.reserve(m_model->rowCount());
        for (int i = 0; i < m_model->rowCount(); ++i)
            sourceRowOf.insert(m_model->row(i).deal.id, i);
        for (qsizetype i = 0; i < m_resetFrom.size(); ++i) {
            const int source = sourceRowOf.value(m_resetDealIds.at(i), -1);
            const int row = source < 0 ? -1 : m_sourceToProxy[size_t(source)];
            to.append(row < 0 ? QModelIndex() : index(row, m_resetFrom.at(i).column()));
        }
    }
    changePersistentIndexList(m_resetFrom, to);
    m_resetFrom.clear();
    m_resetDealIds.clear();
    m_sourceResetting = false;
    emit layoutChanged();
}

QModelIndex PipelineProxy::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PipelineProxy::parent(const QModelIndex &) const {
    return {};
}

int PipelineProxy::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int PipelineProxy::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

QModelIndex PipelineProxy::mapToSource(const QModelIndex &proxyIndex) const {
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || m_sourceResetting ||
        proxyIndex.row() >= int(m_proxyToSource.size()))
        return {};
    return m_model->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PipelineProxy::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model || m_sourceResetting ||
        sourceIndex.row() >= int(m_sourceToProxy.size()))
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant PipelineProxy::headerData(int section, Qt::Orientation orientation, int role) const {
    // Columns are the model's own; asked directly so headers show even when no row passes the filter.
    if (!m_model || orientation != Qt::Horizontal)
        return QAbstractProxyModel::headerData(section, orientation, role);
    return m_model->headerData(section, orientation, role);
}

PipelineTotals PipelineProxy::totals() const {
    PipelineTotals totals;
    if (!m_model)
        return totals;
    totals.count = int(m_proxyToSource.size());
    // Sums gathered per (currency, category) pair in a short list first: the rows share a handful of pairs,
    // and comparing two shared strings is cheaper than two map look-ups per row.
    struct Sum {
        QString currency;
        QString category;
        double amount = 0;
    };
    std::vector<Sum> sums;
    for (int source : m_proxyToSource) {
        const Deal &deal = m_model->row(source).deal.deal;
        if (!deal.amount)
            continue;
        // The loader shares one copy of each currency and category, so the same text is mostly the same
        // pointer; comparing the characters is the fallback.
        auto same = [](const QString &a, const QString &b) {
            return a.constData() == b.constData() || a == b;
        };
        auto it = std::find_if(sums.begin(), sums.end(), [&](const Sum &sum) {
            return same(sum.currency, deal.currency) && same(sum.category, deal.forecastCategory);
        });
        if (it == sums.end())
            it = sums.insert(sums.end(), Sum{deal.currency, deal.forecastCategory, 0});
        it->amount += *deal.amount;
    }
    for (const Sum &sum : sums) {
        totals.amount[sum.currency] += sum.amount;
        totals.amountByForecast[sum.category][sum.currency] += sum.amount;
    }
    return totals;
}

} // namespace dp
