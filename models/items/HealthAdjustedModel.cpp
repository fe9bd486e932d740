// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/HealthAdjustedModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace dp {
namespace {

QString money(double amount) {
    return QLocale().toString(amount, 'f', 0);
}

} // namespace

HealthAdjustedModel::HealthAdjustedModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void HealthAdjustedModel::setLines(const QMap<QString, QMap<RollupKind, AdjustedLine>> &lines) {
    beginResetModel();
    m_rows.clear();
    for (auto currency = lines.cbegin(); currency != lines.cend(); ++currency)
        for (RollupKind kind : kRollupKinds)
            m_rows.append({currency.key(), kind, currency->value(kind)});
    endResetModel();
}

int HealthAdjustedModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthAdjustedModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthAdjustedModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool amount = index.column() == ForecastColumn || index.column() == AdjustedColumn;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(amount ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == AmountRole) {
        if (index.column() == ForecastColumn)
            return row.line.amount;
        if (index.column() == AdjustedColumn && row.line.adjusted())
            return *row.line.adjusted();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CurrencyColumn:
        return row.currency;
    case RollupColumn:
        return rollupLabel(row.kind);
    case ForecastColumn:
        return money(row.line.amount);
    case AdjustedColumn:
        return row.line.adjusted() ? money(*row.line.adjusted())
                                   : QCoreApplication::translate("dp::SnapshotHistoryView", "no history yet");
    default:
        return {};
    }
}

QVariant HealthAdjustedModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CurrencyColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Currency");
    case RollupColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Roll-up");
    case ForecastColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Forecast");
    case AdjustedColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Health-adjusted");
    default:
        return {};
    }
}

} // namespace dp
