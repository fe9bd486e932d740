// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Snapshots page's health-adjusted forecast of one snapshot: a row per currency and roll-up, with the
// plain forecast beside the amount weighted by band win rates. Its words are the page's, in that translation
// context.

#include "forecast/HealthAdjusted.h"

#include <QAbstractTableModel>

namespace dp {

class HealthAdjustedModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthAdjustedModel)

public:
    enum Column { CurrencyColumn, RollupColumn, ForecastColumn, AdjustedColumn, ColumnCount };
    // The amount of the money columns as a double; nothing in the adjusted column without history.
    enum Role { AmountRole = Qt::UserRole };

    explicit HealthAdjustedModel(QObject *parent = nullptr);

    // Currencies in the map's (alphabetical) order, each with every roll-up kind.
    void setLines(const QMap<QString, QMap<RollupKind, AdjustedLine>> &lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString currency;
        RollupKind kind;
        AdjustedLine line;
    };
    QList<Row> m_rows;
};

} // namespace dp
