// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rows with air around the text, and a tree's top-level rows (a team's manager) in bold.

#include <QStyledItemDelegate>

namespace dp {

class RoomyDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomyDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace dp
