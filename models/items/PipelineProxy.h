#pragma once
// Filters the pipeline by PipelineFilter and sorts it by each column's raw value, comparing the rows'
// fields directly (no QVariant, no display text) so 50,000 deals filter and sort in milliseconds.

#include "items/PipelineFilter.h"

#include <QMap>
#include <QSortFilterProxyModel>

namespace dp {

class PipelineModel;

// The figures under the table, for the rows the filter lets through.
// Amounts are summed per currency: adding pounds to dollars would be a number nobody can use.
using CurrencyAmounts = QMap<QString, double>; // ISO code → sum

struct PipelineTotals {
    int count = 0;
    CurrencyAmounts amount;
    QMap<QString, CurrencyAmounts> amountByForecast; // forecast category key → sums
};

class PipelineProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineProxy)

public:
    explicit PipelineProxy(QObject *parent = nullptr);

    void setPipelineModel(PipelineModel *model);
    const PipelineFilter &filter() const { return m_filter; }
    void setFilter(const PipelineFilter &filter);
    PipelineTotals totals() const;

signals:
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PipelineModel *m_model = nullptr;
    PipelineFilter m_filter;
    // The close quarter as numbers, so rows are not formatted to text to be compared.
    int m_quarterYear = 0;
    int m_quarter = 0;
};

} // namespace dp
