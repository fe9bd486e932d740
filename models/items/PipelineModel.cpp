// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/PipelineModel.h"

#include "analytics/HealthText.h"
#include "items/DisplayText.h"
#include "items/PipelineSorting.h"

#include <QHash>
#include <QLocale>

namespace dp {

PipelineModel::PipelineModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void PipelineModel::setRows(QList<PipelineRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PipelineModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PipelineModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PipelineRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case BandRole:
        return int(row.metrics.band);
    case DealIdRole:
        return row.deal.id;
    case Qt::ToolTipRole:
        if (index.column() == Band || index.column() == Score)
            return describe(row.metrics.reasons).join(QLatin1Char('\n'));
        if (index.column() == DaysSinceInbound && !row.metrics.lastInboundAt)
            return tr("The buyer has never replied; counted from the deal's creation.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Amount || index.column() >= DaysSinceInbound)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PipelineModel::display(const PipelineRow &row, int column) const {
    const Deal &deal = row.deal.deal;
    const QLocale locale;
    switch (column) {
    case Band:
        return bandLabel(row.metrics.band);
    case Score:
        return row.metrics.score;
    case DealName:
        return deal.name;
    case Account:
        return row.deal.accountName;
    case Owner:
        return row.deal.ownerName;
    case Stage:
        return deal.stage;
    case Forecast:
        return forecastLabel(deal.forecastCategory);
    case Amount:
        return deal.amount ? formatMoney(*deal.amount, deal.currency, locale) : QString();
    case CloseDate:
        return locale.toString(deal.closeDate, QLocale::ShortFormat);
    case DaysSinceInbound:
        if (deal.isClosed)
            return QString(); // silence on a closed deal means nothing
        return row.metrics.lastInboundAt ? QString::number(daysSinceInbound(row))
                                         : tr("never (%1)").arg(daysSinceInbound(row));
    case Inbound28d:
        return row.metrics.inbound28d;
    case Outbound28d:
        return row.metrics.outbound28d;
    case BuyerContacts60d:
        return row.metrics.buyerContactsEngaged60d;
    case ClosePushes:
        return row.metrics.closeDatePushes;
    case Sentiment:
        return formatSentiment(row.metrics.sentimentRecent);
    default:
        return {};
    }
}

QVariant PipelineModel::sortKey(const PipelineRow &row, int column) const {
    const Deal &deal = row.deal.deal;
    switch (column) {
    case Band:
        return int(row.metrics.band);
    case Score:
        return row.metrics.score;
    case Amount:
        return deal.amount.value_or(-1.0); // deals without an amount sort below every real one
    case CloseDate:
        return deal.closeDate;
    case DaysSinceInbound:
        return daysSinceInbound(row);
    case Forecast:
        return deal.forecastCategory;
    case Sentiment:
        return row.metrics.sentimentRecent.value_or(-2.0); // unscored deals sort below every score
    default:
        return display(row, column);
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == DaysSinceInbound)
        return tr("Days since the buyer last engaged (a reply, a meeting held, a call answered)");
    if (role == Qt::TextAlignmentRole &&
        (section == Score || section == Amount || section >= DaysSinceInbound))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter); // over the figures they head
    if (role == Qt::ToolTipRole && section == BuyerContacts60d)
        return tr("Buyer contacts engaged in the last 60 days (1 = single-threaded)");
    if (role == Qt::ToolTipRole && section == ClosePushes)
        return tr("How many times the close date moved later");
    if (role == Qt::ToolTipRole && section == Sentiment)
        return tr("Mean sentiment of the buyer's messages in the last 28 days, from −1 to +1");
    if (role == Qt::ToolTipRole && (section == Inbound28d || section == Outbound28d))
        return tr("Interactions in the last 28 days: inbound from the buyer, outbound from us");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Band:
        return tr("Health");
    case Score:
        return tr("Score");
    case DealName:
        return tr("Deal");
    case Account:
        return tr("Account");
    case Owner:
        return tr("Owner");
    case Stage:
        return tr("Stage");
    case Forecast:
        return tr("Forecast");
    case Amount:
        return tr("Amount");
    case CloseDate:
        return tr("Close date");
    case DaysSinceInbound:
        return tr("Silent (d)");
    case Inbound28d:
        return tr("In (28d)");
    case Outbound28d:
        return tr("Out (28d)");
    case BuyerContacts60d:
        return tr("Buyers");
    case ClosePushes:
        return tr("Pushes");
    case Sentiment:
        return tr("Sentiment");
    default:
        return {};
    }
}

} // namespace dp
