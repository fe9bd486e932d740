// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Snapshots page's win rate per health band, learnt from the team's closed deals, with the won, lost and
// sample counts behind each rate so nobody trusts a rate built on three deals. Its words are the page's, in
// that translation context.

#include "forecast/HealthAdjusted.h"

#include <QAbstractTableModel>

namespace dp {

class WinRateModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WinRateModel)

public:
    enum Column { BandColumn, RateColumn, WonColumn, LostColumn, SamplesColumn, ColumnCount };
    // The band's win rate (0–1) as a double; nothing when the band has no samples.
    enum Role { RateRole = Qt::UserRole };

    explicit WinRateModel(QObject *parent = nullptr);

    // One row per band from Healthy to Going dark; no rows until likelihoods are set.
    void setLikelihoods(const WinLikelihoods &likelihoods);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WinLikelihoods m_likelihoods;
    bool m_set = false;
};

} // namespace dp
