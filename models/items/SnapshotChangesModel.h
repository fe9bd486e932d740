// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What changed between two snapshots, one deal's change a row: its kind, the deal, its owner, before and
// after. Its words are the Snapshots page's, in that translation context.

#include "forecast/SnapshotDiff.h"

#include <QAbstractTableModel>

namespace dp {

class SnapshotChangesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotChangesModel)

public:
    enum Column { KindColumn, DealColumn, OwnerColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role { KindKeyRole = Qt::UserRole }; // "added", "won", … (toKey)

    explicit SnapshotChangesModel(QObject *parent = nullptr);

    void setChanges(QList<DealChange> changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DealChange> m_changes;
};

} // namespace dp
