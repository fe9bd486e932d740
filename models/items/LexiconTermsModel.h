// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Lexicon page's learned terms of one language with their current weight.

#include "analytics/sentiment/RatingService.h"

#include <QAbstractTableModel>

namespace dp {

class LexiconTermsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LexiconTermsModel)

public:
    enum Column { TermColumn, WeightColumn, ColumnCount };
    enum Role { WeightRole = Qt::UserRole }; // double

    explicit LexiconTermsModel(QObject *parent = nullptr);

    void setTerms(QList<sentiment::LearnedTerm> terms);
    QString termAt(int row) const { return m_terms.value(row).term; }
    int rowOf(const QString &term) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sentiment::LearnedTerm> m_terms;
};

} // namespace dp
