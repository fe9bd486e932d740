// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Filters the pipeline by PipelineFilter and sorts it by each column's raw value. Built for 50,000 deals:
// each column's order is computed once per load (ascendingOrder) and kept, the filter is one pass over
// plain fields, and showing the result is a walk down the kept order keeping the rows the filter let
// through. Sorting, filtering and new rows from the cache move the view's rows with layoutChanged, so the
// selection and the current deal stay where they are (by deal id when the rows are read again).

#include "items/PipelineFilter.h"

#include <QAbstractProxyModel>
#include <QMap>
#include <array>
#include <vector>

namespace dp {

class PipelineModel;
class TaskRunner;

// The figures under the table, for the rows the filter lets through.
// Amounts are summed per currency: adding pounds to dollars would be a number nobody can use.
using CurrencyAmounts = QMap<QString, double>; // ISO code → sum

struct PipelineTotals {
    int count = 0;
    CurrencyAmounts amount;
    QMap<QString, CurrencyAmounts> amountByForecast; // forecast category key → sums
};

class PipelineProxy final : public QAbstractProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineProxy)

public:
    explicit PipelineProxy(QObject *parent = nullptr);

    // Each column's order is prepared on the runner's workers as soon as new rows come, when a runner is
    // set; otherwise it is computed on the column's first click. The runner must outlive the proxy.
    void setRunner(TaskRunner *runner) { m_runner = runner; }
    void setPipelineModel(PipelineModel *model);
    void setSourceModel(QAbstractItemModel *model) override;
    const PipelineFilter &filter() const { return m_filter; }
    void setFilter(const PipelineFilter &filter);
    PipelineTotals totals() const;
    // -1: the model's own order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void filterApplied();

private:
    bool accepts(int sourceRow) const;
    void computeAccepted();
    // Rebuilds the rows shown from the kept order and the filter's answers.
    void rebuildRows();
    // Filter or sort changed: the same source rows, shown differently.
    void relayout();
    void sourceAboutToBeReset();
    void sourceReset();
    const std::vector<int> &orderOf(int column);
    void prepareOrders();

    PipelineModel *m_model = nullptr;
    TaskRunner *m_runner = nullptr;
    PipelineFilter m_filter;
    // The close quarter as numbers, so rows are not formatted to text to be compared.
    int m_quarterYear = 0;
    int m_quarter = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<char> m_accepted;     // per source row: the filter lets it through
    std::vector<int> m_proxyToSource; // the rows shown, in order
    std::vector<int> m_sourceToProxy; // -1 for rows filtered out
    // Per column, the ascending order of every source row; computed when first needed, kept until the
    // rows change. Index ColumnCount holds the model's own order.
    std::vector<std::vector<int>> m_orders;
    quint64 m_rowsGeneration = 0; // which rows the orders a worker is computing belong to
    // Between the source's reset signals: the deal each persistent index pointed at.
    QModelIndexList m_resetFrom;
    QList<qint64> m_resetDealIds;
    bool m_sourceResetting = false;
};

} // namespace dp
