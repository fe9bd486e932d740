// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which deals a snapshot or an export carries: health bands, one owner, one team. An empty filter keeps
// every deal. Stored with each snapshot as JSON so its provenance stays visible.

#include "domain/Health.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace dp {

struct SnapshotDeal;

struct SnapshotFilter {
    QList<HealthBand> bands; // empty: every band
    QString ownerEmail;      // empty: every owner; compared without case
    QString team;            // empty: every team; compared without case

    bool isEmpty() const { return bands.isEmpty() && ownerEmail.isEmpty() && team.isEmpty(); }
    bool matches(const SnapshotDeal &deal) const;

    QJsonObject toJson() const;
    static std::optional<SnapshotFilter> fromJson(const QJsonObject &object);
    // "dark,at_risk" → bands; nothing when a band is unknown.
    static std::optional<QList<HealthBand>> parseBands(const QString &text);

    friend bool operator==(const SnapshotFilter &, const SnapshotFilter &) = default;
};

} // namespace dp
