// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/SnapshotChangesModel.h"

#include <QCoreApplication>

namespace dp {

SnapshotChangesModel::SnapshotChangesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SnapshotChangesModel::setChanges(QList<DealChange> changes) {
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int SnapshotChangesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int SnapshotChangesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotChangesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealChange &change = m_changes.at(index.row());
    if (role == KindKeyRole)
        return toKey(change.kind);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return changeLabel(change.kind);
    case DealColumn:
        return change.name;
    case OwnerColumn:
        return change.ownerEmail;
    case BeforeColumn:
        return change.before;
    case AfterColumn:
        return change.after;
    default:
        return {};
    }
}

QVariant SnapshotChangesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Change");
    case DealColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Deal");
    case OwnerColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Owner");
    case BeforeColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Before");
    case AfterColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "After");
    default:
        return {};
    }
}

} // namespace dp
