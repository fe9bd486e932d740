// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomyDelegate.h"

namespace dp {

QSize RoomyDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

void RoomyDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.parent().isValid() && index.model() && index.model()->hasChildren(index.siblingAtColumn(0)))
        option->font.setBold(true);
}

} // namespace dp
