// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One row per deal with its health and activity, for the pipeline table. Every column sorts by its raw
// value (SortRole; PipelineProxy sorts by the same values through ascendingOrder()), never by its text.

#include "items/PipelineLoader.h"

#include <QAbstractTableModel>

namespace dp {

class PipelineModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineModel)

public:
    enum Column {
        Band,
        Score,
        DealName,
        Account,
        Owner,
        Stage,
        Forecast,
        Amount,
        CloseDate,
        DaysSinceInbound,
        Inbound28d,
        Outbound28d,
        BuyerContacts60d,
        ClosePushes,
        Sentiment,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        BandRole,   // HealthBand as int
        DealIdRole, // the cache's deal id
    };

    explicit PipelineModel(QObject *parent = nullptr);

    void setRows(QList<PipelineRow> rows);
    const PipelineRow &row(int index) const { return m_rows.at(index); }
    const QList<PipelineRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PipelineRow &row, int column) const;
    QVariant sortKey(const PipelineRow &row, int column) const;

    QList<PipelineRow> m_rows;
};

} // namespace dp
