// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/SnapshotListModel.h"

#include "items/WhoseText.h"

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

void SnapshotListModel::setUser(const QString &user) {
    if (user == m_user)
        return;
    m_user = user;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TakenByColumn), index(int(m_rows.size()) - 1, TakenByColumn));
}

bool SnapshotListModel::takenBySelf(const SnapshotListing &listing) const {
    const QString user = m_user.trimmed();
    return !user.isEmpty() &&
           QString::compare(listing.header.takenBy.trimmed(), user, Qt::CaseInsensitive) == 0;
}

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
            return whose::snapshotTaker(listing.header.takenBy, takenBySelf(listing));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LabelColumn)
            return QCoreApplication::translate("dp::SnapshotHistoryView", "Snapshot %1, taken %2")
                .arg(idAt(index.row()))
                .arg(shortInstant(listing.header.takenAt));
        if (index.column() == TakenByColumn && !listing.header.takenBy.trimmed().isEmpty())
            return takenBySelf(listing)
                       ? QCoreApplication::translate("dp::SnapshotHistoryView", "Taken by you (%1)")
                             .arg(listing.header.takenBy.trimmed())
                       : QCoreApplication::translate("dp::SnapshotHistoryView", "Taken by %1")
                             .arg(listing.header.takenBy.trimmed());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DealsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SnapshotIdRole:
        return QVariant::fromValue<qint64>(idAt(index.row()));
    case TakenByRole:
        return listing.header.takenBy;
    case TakenBySelfRole:
        return takenBySelf(listing);
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
