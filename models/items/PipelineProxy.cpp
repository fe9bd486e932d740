#include "items/PipelineProxy.h"

#include "items/PipelineModel.h"

namespace dp {

QString quarterKey(const QDate &date) {
    if (!date.isValid())
        return {};
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

PipelineProxy::PipelineProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(PipelineModel::SortRole);
}

void PipelineProxy::setPipelineModel(PipelineModel *model) {
    m_model = model;
    setSourceModel(model);
}

void PipelineProxy::setFilter(const PipelineFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_quarterYear = filter.closeQuarter.left(4).toInt();
    m_quarter = filter.closeQuarter.mid(6).toInt();
    // invalidate() rebuilds the mapping lazily in one pass and one sort; invalidateFilter() would insert
    // and remove rows one interval at a time, which is far slower when most of 50,000 rows change.
    invalidate();
    emit filterApplied();
}

bool PipelineProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
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

bool PipelineProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    return m_model->lessThan(left.row(), right.row(), left.column());
}

PipelineTotals PipelineProxy::totals() const {
    // Over the source rows with the filter's own test: cheaper than mapping every proxy row back.
    PipelineTotals totals;
    if (!m_model)
        return totals;
    const int rows = m_model->rowCount();
    for (int i = 0; i < rows; ++i) {
        if (!filterAcceptsRow(i, {}))
            continue;
        ++totals.count;
        const Deal &deal = m_model->row(i).deal.deal;
        if (!deal.amount)
            continue;
        totals.amount[deal.currency] += *deal.amount;
        totals.amountByForecast[deal.forecastCategory][deal.currency] += *deal.amount;
    }
    return totals;
}

} // namespace dp
