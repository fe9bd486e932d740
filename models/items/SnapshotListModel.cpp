// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/SnapshotListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dp {
namespace {

QString shortInstant(Millis at) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat);
}

} // namespace

SnapshotListModel::SnapshotListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SnapshotListModel::setSnapshots(QList<SnapshotListing> snapshots) {
    beginResetModel();
    m_rows = std::move(snapshots);
    endResetModel();
}

QList<qint64> SnapshotListModel::ids() const {
    QList<qint64> ids;
    for (int row = 0; row < m_rows.size(); ++row)
        ids.append(idAt(row));
    return ids;
}

int SnapshotListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SnapshotListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotListing &listing = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return listing.header.label;
        case AsOfColumn:
            return shortInstant(listing.header.asOf);
        case DealsColumn:
            return QLocale().toString(listing.deals);
        case TakenByColumn:
            return listing.header.takenBy;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LabelColumn)
            return QCoreApplication::translate("dp::SnapshotHistoryView", "Snapshot %1, taken %2")
                .arg(idAt(index.row()))
                .arg(shortInstant(listing.header.takenAt));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DealsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SnapshotIdRole:
        return QVariant::fromValue<qint64>(idAt(index.row()));
    default:
        return {};
    }
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Label");
    case AsOfColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "As of");
    case DealsColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Deals");
    case TakenByColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Taken by");
    default:
        return {};
    }
}

} // namespace dp
