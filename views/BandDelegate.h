// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws the health column as a coloured dot followed by the band's name: colour and text, never colour alone.

#include <QStyledItemDelegate>

namespace dp {

class BandDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandDelegate)

public:
    // bandRole: the role holding the HealthBand as int (PipelineModel::BandRole unless said otherwise).
    explicit BandDelegate(QObject *parent = nullptr, int bandRole = -1);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_bandRole;
};

} // namespace dp
