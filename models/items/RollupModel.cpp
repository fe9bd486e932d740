// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/RollupModel.h"

#include "items/DisplayText.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace dp {
namespace {

// internalId 0 marks a manager's row; a rep's row carries its manager's row + 1.
constexpr quintptr kTopLevel = 0;

void add(RollupFigures &f, const PipelineRow &row) {
    if (row.deal.deal.isClosed)
        return;
    ++f.openDeals;
    if (row.deal.deal.amount)
        f.openAmount[row.deal.deal.currency] += *row.deal.deal.amount;
    const int band = int(row.metrics.band);
    if (band >= 0 && band < 4)
        ++f.bands[band];
    f.inbound28d += row.metrics.inbound28d;
    f.inboundPrevious28d += row.metrics.inboundPrevious28d;
    f.outbound28d += row.metrics.outbound28d;
}

// "18 ↑ from 12": the direction matters more to a manager than the exact figures.
QString trend(int now, int before) {
    const QString arrow = now > before   ? QStringLiteral("↑")
                          : now < before ? QStringLiteral("↓")
                                         : QStringLiteral("→");
    return RollupModel::tr("%1 %2 from %3").arg(QLocale().toString(now), arrow, QLocale().toString(before));
}

} // namespace

RollupModel::RollupModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void RollupModel::setData(const QList<PipelineRow> &rows, const QList<TeamManager> &teams) {
    beginResetModel();
    m_teams.clear();
    QHash<QString, int> teamIndex;
    QList<QHash<QString, int>> repIndex;
    auto teamFor = [&](const QString &name) -> int {
        auto it = teamIndex.constFind(name);
        if (it != teamIndex.constEnd())
            return *it;
        Team team;
        team.figures.team = name;
        QString manager;
        for (const TeamManager &t : teams)
            if (t.teamName == name)
                manager = t.managerName;
        team.figures.name =
            manager.isEmpty() ? (name.isEmpty() ? tr("No team") : name) : tr("%1 (%2)").arg(manager, name);
        m_teams.append(team);
        repIndex.append(QHash<QString, int>());
        teamIndex.insert(name, int(m_teams.size()) - 1);
        return int(m_teams.size()) - 1;
    };
    for (const TeamManager &t : teams)
        teamFor(t.teamName);
    for (const PipelineRow &row : rows) {
        const int t = teamFor(row.deal.teamName);
        Team &team = m_teams[t];
        auto it = repIndex[t].constFind(row.deal.ownerName);
        int r = 0;
        if (it == repIndex[t].constEnd()) {
            RollupFigures rep;
            rep.name = row.deal.ownerName.isEmpty() ? tr("No owner") : row.deal.ownerName;
            rep.team = row.deal.teamName;
            rep.owner = row.deal.ownerName;
            team.reps.append(rep);
            r = int(team.reps.size()) - 1;
            repIndex[t].insert(row.deal.ownerName, r);
        } else {
            r = *it;
        }
        add(team.reps[r], row);
        add(team.figures, row);
    }
    // Teams without deals say nothing to a manager on Monday; reps sorted by name inside their team.
    m_teams.removeIf([](const Team &team) { return team.reps.isEmpty(); });
    for (Team &team : m_teams)
        std::sort(team.reps.begin(), team.reps.end(),
                  [](const RollupFigures &a, const RollupFigures &b) { return a.name < b.name; });
    endResetModel();
}

QModelIndex RollupModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RollupModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int RollupModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_teams.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_teams.at(parent.row()).reps.size());
}

int RollupModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

const RollupFigures *RollupModel::figuresAt(const QModelIndex &index) const {
    if (index.internalId() == kTopLevel)
        return &m_teams.at(index.row()).figures;
    return &m_teams.at(int(index.internalId() - 1)).reps.at(index.row());
}

QVariant RollupModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RollupFigures &f = *figuresAt(index);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return f.name;
        case OpenDeals:
            return locale.toString(f.openDeals);
        case OpenAmount:
            return formatAmounts(f.openAmount, locale);
        case Dark:
            return locale.toString(f.bands[int(HealthBand::Dark)]);
        case AtRisk:
            return locale.toString(f.bands[int(HealthBand::AtRisk)]);
        case Watch:
            return locale.toString(f.bands[int(HealthBand::Watch)]);
        case Healthy:
            return locale.toString(f.bands[int(HealthBand::Healthy)]);
        case Inbound:
            return trend(f.inbound28d, f.inboundPrevious28d);
        case Outbound:
            return locale.toString(f.outbound28d);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Name:
            return f.name;
        case OpenDeals:
            return f.openDeals;
        case OpenAmount: {
            double sum = 0; // across currencies: good enough to rank, never shown
            for (double amount : f.openAmount)
                sum += amount;
            return sum;
        }
        case Dark:
            return f.bands[int(HealthBand::Dark)];
        case AtRisk:
            return f.bands[int(HealthBand::AtRisk)];
        case Watch:
            return f.bands[int(HealthBand::Watch)];
        case Healthy:
            return f.bands[int(HealthBand::Healthy)];
        case Inbound:
            return f.inbound28d - f.inboundPrevious28d;
        case Outbound:
            return f.outbound28d;
        }
        return {};
    case TeamRole:
        return f.team;
    case OwnerRole:
        return f.owner;
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Inbound)
            return tr("Buyer interactions in the last 28 days, against the 28 days before");
        return {};
    default:
        return {};
    }
}

QVariant RollupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter); // over the figures they head
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Manager / rep");
    case OpenDeals:
        return tr("Open deals");
    case OpenAmount:
        return tr("Open pipeline");
    case Dark:
        return tr("Going dark");
    case AtRisk:
        return tr("At risk");
    case Watch:
        return tr("Watch");
    case Healthy:
        return tr("Healthy");
    case Inbound:
        return tr("Inbound (28d)");
    case Outbound:
        return tr("Outbound (28d)");
    }
    return {};
}

} // namespace dp
