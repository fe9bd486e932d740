// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints one interaction of the timeline as a card: kind and direction, subject, local time, participants,
// a line of content, and its sentiment with the words that drove it and the user's rating. Painting only
// what is visible keeps a timeline of thousands of interactions as quick as one of ten.

#include <QStyledItemDelegate>

namespace dp {

class TimelineDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor sentimentColor(double compound, const QPalette &palette);
    static QColor directionColor(int direction, const QPalette &palette);
};

} // namespace dp
