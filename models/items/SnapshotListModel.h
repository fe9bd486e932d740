// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Snapshots page's list of stored snapshots, newest first: label, as-of, deal count and who took it
// ("You" for this desktop's user, else the taker as the cache keeps it: the team login for a snapshot pulled
// from the team server). Its words are the page's, in that translation context.

#include "forecast/SnapshotArchive.h"

#include <QAbstractTableModel>

namespace dp {

class SnapshotListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotListModel)

public:
    enum Column { LabelColumn, AsOfColumn, DealsColumn, TakenByColumn, ColumnCount };
    enum Role {
        SnapshotIdRole = Qt::UserRole, // qint64, on every column
        TakenByRole,                   // the taker as stored, on every column
        TakenBySelfRole,               // bool: this desktop's user took it
    };

    explicit SnapshotListModel(QObject *parent = nullptr);

    // Who this desktop's user is (DesktopIdentity): their snapshots are "You". Emails compare case-blind.
    void setUser(const QString &user);
    void setSnapshots(QList<SnapshotListing> snapshots);
    qint64 idAt(int row) const {
        return row >= 0 && row < m_rows.size() ? m_rows[row].header.id.value_or(0) : 0;
    }
    QList<qint64> ids() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool takenBySelf(const SnapshotListing &listing) const;

    QString m_user;
    QList<SnapshotListing> m_rows;
};

} // namespace dp
