// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/SnapshotFilter.h"

#include "forecast/Snapshot.h"

#include <QJsonArray>

namespace dp {
namespace {

const QString kBands = QStringLiteral("health");
const QString kOwner = QStringLiteral("owner_email");
const QString kTeam = QStringLiteral("team");

} // namespace

bool SnapshotFilter::matches(const SnapshotDeal &deal) const {
    if (!bands.isEmpty() && !bands.contains(deal.band))
        return false;
    if (!ownerEmail.isEmpty() && ownerEmail.compare(deal.ownerEmail, Qt::CaseInsensitive) != 0)
        return false;
    return team.isEmpty() || team.compare(deal.team, Qt::CaseInsensitive) == 0;
}

QJsonObject SnapshotFilter::toJson() const {
    // Only what is set, so "{}" means "every deal" as the schema's default says.
    QJsonObject object;
    if (!bands.isEmpty()) {
        QJsonArray keys;
        for (HealthBand band : bands)
            keys.append(toKey(band));
        object.insert(kBands, keys);
    }
    if (!ownerEmail.isEmpty())
        object.insert(kOwner, ownerEmail);
    if (!team.isEmpty())
        object.insert(kTeam, team);
    return object;
}

std::optional<SnapshotFilter> SnapshotFilter::fromJson(const QJsonObject &object) {
    SnapshotFilter filter;
    for (const QJsonValue &key : object.value(kBands).toArray()) {
        const std::optional<HealthBand> band = healthBandFromKey(key.toString());
        if (!band)
            return std::nullopt;
        filter.bands.append(*band);
    }
    filter.ownerEmail = object.value(kOwner).toString();
    filter.team = object.value(kTeam).toString();
    return filter;
}

std::optional<QList<HealthBand>> SnapshotFilter::parseBands(const QString &text) {
    QList<HealthBand> bands;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<HealthBand> band = healthBandFromKey(part.trimmed());
        if (!band)
            return std::nullopt;
        if (!bands.contains(*band))
            bands.append(*band);
    }
    if (bands.isEmpty())
        return std::nullopt;
    return bands;
}

} // namespace dp
