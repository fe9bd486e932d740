// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/TermHistoryModel.h"

#include "items/LexiconText.h"

#include <QCoreApplication>

namespace dp {

TermHistoryModel::TermHistoryModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void TermHistoryModel::setMoves(QList<TermMove> moves) {
    beginResetModel();
    m_moves = std::move(moves);
    endResetModel();
}

int TermHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_moves.size());
}

int TermHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TermHistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TermMove &move = m_moves.at(index.row());
    if (role == VersionIdRole)
        return QVariant::fromValue<qint64>(move.version.id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return QStringLiteral("#%1").arg(move.version.id);
    case WhenColumn:
        return lexiconTime(move.version.createdAt);
    case ChangeColumn:
        return QCoreApplication::translate("dp::LexiconView", "%1 → %2 (%3)")
            .arg(signedWeight(move.delta.before), signedWeight(move.delta.after),
                 signedWeight(move.delta.after - move.delta.before));
    case BecauseColumn:
        return describeLexiconVersion(move.version);
    default:
        return {};
    }
}

QVariant TermHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return QCoreApplication::translate("dp::LexiconView", "Version");
    case WhenColumn:
        return QCoreApplication::translate("dp::LexiconView", "When");
    case ChangeColumn:
        return QCoreApplication::translate("dp::LexiconView", "Change");
    case BecauseColumn:
        return QCoreApplication::translate("dp::LexiconView", "Because");
    default:
        return {};
    }
}

} // namespace dp
