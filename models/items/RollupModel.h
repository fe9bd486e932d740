// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The team roll-up: a tree of manager (one per team) → rep, each with open pipeline, deals per health band,
// inbound/outbound in the last 28 days against the 28 before, and how many deals are going dark.

#include "items/PipelineLoader.h"
#include "store/DirectoryStore.h"

#include <QAbstractItemModel>
#include <QMap>

namespace dp {

struct RollupFigures {
    QString name;
    QString team;  // for filtering the pipeline
    QString owner; // empty on a manager's row
    int openDeals = 0;
    QMap<QString, double> openAmount; // per currency
    int bands[4] = {0, 0, 0, 0};      // Healthy, Watch, AtRisk, Dark deal counts (open deals)
    int inbound28d = 0;
    int inboundPrevious28d = 0;
    int outbound28d = 0;
};

class RollupModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollupModel)

public:
    enum Column { Name, OpenDeals, OpenAmount, Dark, AtRisk, Watch, Healthy, Inbound, Outbound, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        TeamRole,  // the team's name
        OwnerRole, // the rep's name; empty on a manager's row
    };

    explicit RollupModel(QObject *parent = nullptr);

    // The item-editing setData stays reachable beside the loader below (clang: -Woverloaded-virtual).
    using QAbstractItemModel::setData;
    void setData(const QList<PipelineRow> &rows, const QList<TeamManager> &teams);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Team {
        RollupFigures figures;
        QList<RollupFigures> reps;
    };
    const RollupFigures *figuresAt(const QModelIndex &index) const;

    QList<Team> m_teams;
};

} // namespace dp
