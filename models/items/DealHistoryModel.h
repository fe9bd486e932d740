// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deal page's history of close date, stage and amount, newest first like the timeline. A close date
// pushed later is marked (PushedRole), since that is what a manager looks for; the view colours it. Its
// words are the deal page's, in that translation context.

#include "store/DealStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace dp {

class DealHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealHistoryModel)

public:
    enum Column { WhenColumn, ChangeColumn, ColumnCount };
    enum Role {
        PushedRole = Qt::UserRole + 1, // bool: a close date moved later
        ChangedAtRole,                 // qint64 milliseconds since the epoch
    };

    explicit DealHistoryModel(QObject *parent = nullptr);

    // `history` oldest first, as the store reads it; `currency` the deal's, for amounts.
    void setHistory(QList<FieldChangeRow> history, const QString &currency, const QTimeZone &zone);
    // The changes recorded (the placeholder row saying there are none is not one).
    int changeCount() const { return int(m_changes.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FieldChangeRow> m_changes; // newest first
    QString m_currency;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace dp
