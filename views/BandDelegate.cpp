// SPDX-License-Identifier: GPL-3.0-or-later
#include "BandDelegate.h"

#include "BandColors.h"
#include "items/PipelineModel.h"

#include <QApplication>
#include <QPainter>

namespace dp {

BandDelegate::BandDelegate(QObject *parent, int bandRole)
    : QStyledItemDelegate(parent)
    , m_bandRole(bandRole < 0 ? int(PipelineModel::BandRole) : bandRole) {}

void BandDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QWidget *widget = const_cast<QWidget *>(opt.widget);
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto band = HealthBand(index.data(m_bandRole).toInt());
    const int dot = opt.fontMetrics.height() * 3 / 5;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, widget) + 4;
    const QRect dotRect(opt.rect.left() + margin, opt.rect.center().y() - dot / 2, dot, dot);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bandColor(band, opt.palette));
    painter->drawEllipse(dotRect);
    painter->restore();

    const QRect textRect = opt.rect.adjusted(margin + dot + margin, 0, 0, 0);
    const QPalette::ColorRole role =
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    style->drawItemText(painter, textRect, Qt::AlignVCenter | Qt::AlignLeft, opt.palette, true,
                        opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()), role);
}

QSize BandDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height() + 8;
    return size;
}

} // namespace dp
