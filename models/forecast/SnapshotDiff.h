// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What changed between two snapshots, deal by deal, and the totals per category before and after (for a
// table and a waterfall chart). Deals are matched by (source, remote id).

#include "forecast/ForecastRollup.h"
#include "forecast/Snapshot.h"

#include <QList>
#include <QMap>

namespace dp {

enum class ChangeKind {
    Added,     // in the later snapshot only
    Won,       // open before, closed won after
    Lost,      // open before, closed lost after
    Deleted,   // in the earlier snapshot only (deleted in the CRM, or no longer passing the filter)
    PushedOut, // open in both, close date moved from inside the period to after its end
    PulledIn,  // open in both, close date moved from after the period's end to inside it
    AmountUp,
    AmountDown,
    CategoryMoved, // open in both, another forecast category
    HealthMoved,   // open in both, another health band (for example went dark)
};

QString toKey(ChangeKind kind); // "added", "won", "lost", "deleted", "pushed_out", "pulled_in", …
QString changeLabel(ChangeKind kind);

struct DealChange {
    ChangeKind kind = ChangeKind::Added;
    QString source;
    QString remoteId;
    QString name;
    QString ownerEmail;
    QString currency;
    QString before; // the changed field's value as text ("" when the deal was not there)
    QString after;
    std::optional<double> amountBefore; // the deal's amount in each snapshot, for sums of each change
    std::optional<double> amountAfter;
};

// One bar of a waterfall: how much a kind of change moved a roll-up.
struct WaterfallStep {
    ChangeKind cause = ChangeKind::Added;
    double amount = 0;
};

struct Waterfall {
    double before = 0;
    QList<WaterfallStep> steps; // only causes that moved something, in ChangeKind order
    double after = 0;
};

struct SnapshotDiff {
    SnapshotHeader from;
    SnapshotHeader to;
    ForecastPeriod period;
    QList<DealChange> changes; // by kind, then by (source, remote id)
    CurrencyRollups before;
    CurrencyRollups after;
    // Before → after of one cumulative roll-up in one currency; the steps add up exactly to the difference.
    QMap<QString, QMap<RollupKind, Waterfall>> waterfalls;

    QList<DealChange> changesOf(ChangeKind kind) const;
    QStringList currencies() const;
};

SnapshotDiff compareSnapshots(const SnapshotHeader &fromHeader, const QList<SnapshotDeal> &from,
                              const SnapshotHeader &toHeader, const QList<SnapshotDeal> &to,
                              const ForecastPeriod &period);

} // namespace dp
