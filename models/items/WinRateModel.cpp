// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/WinRateModel.h"

#include "analytics/HealthText.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace dp {
namespace {

constexpr std::array kBands{HealthBand::Healthy, HealthBand::Watch, HealthBand::AtRisk, HealthBand::Dark};

} // namespace

WinRateModel::WinRateModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void WinRateModel::setLikelihoods(const WinLikelihoods &likelihoods) {
    beginResetModel();
    m_likelihoods = likelihoods;
    m_set = true;
    endResetModel();
}

int WinRateModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_set ? 0 : int(kBands.size());
}

int WinRateModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinRateModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthBand band = kBands.at(std::size_t(index.row()));
    const BandRecord &record = m_likelihoods.record(band);
    const std::optional<double> rate = record.winRate();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == BandColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                : Qt::AlignRight | Qt::AlignVCenter);
    if (role == RateRole)
        return rate ? QVariant(*rate) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case BandColumn:
        return bandLabel(band);
    case RateColumn:
        return rate ? QLocale().toString(*rate * 100, 'f', 0) + QLatin1Char('%')
                    : QCoreApplication::translate("dp::SnapshotHistoryView", "overall rate");
    case WonColumn:
        return QLocale().toString(record.won);
    case LostColumn:
        return QLocale().toString(record.lost);
    case SamplesColumn:
        return QLocale().toString(record.samples());
    default:
        return {};
    }
}

QVariant WinRateModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BandColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Health");
    case RateColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Win rate");
    case WonColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Won");
    case LostColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Lost");
    case SamplesColumn:
        return QCoreApplication::translate("dp::SnapshotHistoryView", "Sample size");
    default:
        return {};
    }
}

} // namespace dp
