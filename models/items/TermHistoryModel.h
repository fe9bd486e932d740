// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How one learned term moved, newest first: the version, when, its weight before and after, and why.

#include "store/LexiconStore.h"

#include <QAbstractTableModel>

namespace dp {

class TermHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TermHistoryModel)

public:
    enum Column { VersionColumn, WhenColumn, ChangeColumn, BecauseColumn, ColumnCount };
    enum Role { VersionIdRole = Qt::UserRole }; // qint64

    explicit TermHistoryModel(QObject *parent = nullptr);

    void setMoves(QList<TermMove> moves);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TermMove> m_moves;
};

} // namespace dp
