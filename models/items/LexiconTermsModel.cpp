// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/LexiconTermsModel.h"

#include "items/LexiconText.h"

#include <QCoreApplication>

namespace dp {

LexiconTermsModel::LexiconTermsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void LexiconTermsModel::setTerms(QList<sentiment::LearnedTerm> terms) {
    beginResetModel();
    m_terms = std::move(terms);
    endResetModel();
}

int LexiconTermsModel::rowOf(const QString &term) const {
    for (int row = 0; row < m_terms.size(); ++row)
        if (m_terms[row].term == term)
            return row;
    return -1;
}

int LexiconTermsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_terms.size());
}

int LexiconTermsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LexiconTermsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sentiment::LearnedTerm &term = m_terms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TermColumn ? term.term : signedWeight(term.weight);
    case Qt::TextAlignmentRole:
        if (index.column() == WeightColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case WeightRole:
        return term.weight;
    default:
        return {};
    }
}

QVariant LexiconTermsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TermColumn:
        return QCoreApplication::translate("dp::LexiconView", "Term");
    case WeightColumn:
        return QCoreApplication::translate("dp::LexiconView", "Learned weight");
    default:
        return {};
    }
}

} // namespace dp
