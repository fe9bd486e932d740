// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DealHistoryModel.h"

#include "items/DealDetails.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace dp {

DealHistoryModel::DealHistoryModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DealHistoryModel::setHistory(QList<FieldChangeRow> history, const QString &currency,
                                  const QTimeZone &zone) {
    beginResetModel();
    std::reverse(history.begin(), history.end());
    m_changes = std::move(history);
    m_currency = currency;
    m_zone = zone;
    endResetModel();
}

int DealHistoryModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return m_changes.isEmpty() ? 1 : int(m_changes.size()); // one row says there is nothing yet
}

int DealHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealHistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_changes.isEmpty()) {
        if (role == Qt::DisplayRole && index.column() == ChangeColumn)
            return QCoreApplication::translate("dp::DealView", "No changes recorded");
        if (role == PushedRole)
            return false;
        return {};
    }
    const FieldChangeRow &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == WhenColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(change.changedAt, m_zone).date(),
                                      QLocale::ShortFormat);
        return describeChange(change, m_currency);
    case PushedRole:
        return change.field == DealField::CloseDate && !change.oldValue.isEmpty() &&
               change.newValue > change.oldValue;
    case ChangedAtRole:
        return QVariant::fromValue<qint64>(change.changedAt);
    default:
        return {};
    }
}

QVariant DealHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return QCoreApplication::translate("dp::DealView", "When");
    case ChangeColumn:
        return QCoreApplication::translate("dp::DealView", "Change");
    default:
        return {};
    }
}

} // namespace dp
