// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/LexiconVersionsModel.h"

#include "items/LexiconText.h"

#include <QCoreApplication>
#include <QLocale>

namespace dp {

LexiconVersionsModel::LexiconVersionsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void LexiconVersionsModel::setVersions(QList<LexiconVersionRow> versions) {
    beginResetModel();
    m_rows = std::move(versions);
    endResetModel();
}

int LexiconVersionsModel::rowOf(qint64 versionId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].version.id == versionId)
            return row;
    return -1;
}

int LexiconVersionsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LexiconVersionsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LexiconVersionsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LexiconVersionRow &row = m_rows.at(index.row());
    const LexiconVersion &v = row.version;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return QStringLiteral("#%1").arg(v.id);
        case WhenColumn:
            return lexiconTime(v.createdAt);
        case WhatColumn:
            return v.undone ? QCoreApplication::translate("dp::LexiconView", "%1 (undone)")
                                  .arg(describeLexiconVersion(v))
                            : describeLexiconVersion(v);
        case MovedColumn:
            return QLocale().toString(row.termsMoved);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == MovedColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case VersionIdRole:
        return QVariant::fromValue<qint64>(v.id);
    case UndoneRole:
        return v.undone;
    default:
        return {};
    }
}

QVariant LexiconVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return QCoreApplication::translate("dp::LexiconView", "Version");
    case WhenColumn:
        return QCoreApplication::translate("dp::LexiconView", "When");
    case WhatColumn:
        return QCoreApplication::translate("dp::LexiconView", "What changed");
    case MovedColumn:
        return QCoreApplication::translate("dp::LexiconView", "Terms moved");
    default:
        return {};
    }
}

} // namespace dp
