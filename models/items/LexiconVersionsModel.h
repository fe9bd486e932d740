// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Lexicon page's versions of one language, each with what caused it and how many terms it moved.

#include "store/LexiconStore.h"

#include <QAbstractTableModel>

namespace dp {

struct LexiconVersionRow {
    LexiconVersion version;
    int termsMoved = 0;
};

class LexiconVersionsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LexiconVersionsModel)

public:
    enum Column { VersionColumn, WhenColumn, WhatColumn, MovedColumn, ColumnCount };
    enum Role {
        VersionIdRole = Qt::UserRole, // qint64
        UndoneRole,                   // bool: its cause is no longer in effect
    };

    explicit LexiconVersionsModel(QObject *parent = nullptr);

    void setVersions(QList<LexiconVersionRow> versions);
    qint64 versionAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].version.id : 0; }
    int rowOf(qint64 versionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LexiconVersionRow> m_rows;
};

} // namespace dp
