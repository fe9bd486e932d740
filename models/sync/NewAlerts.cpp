// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/NewAlerts.h"

#include "store/AlertStore.h"
#include "store/DealStore.h"
#include "store/MetricsStore.h"

#include <algorithm>

namespace dp::sync {
namespace {

bool isWorse(HealthBand now, HealthBand before) {
    if (now == HealthBand::Dark)
        return before != HealthBand::Dark;
    return now == HealthBand::AtRisk && before != HealthBand::AtRisk && before != HealthBand::Dark;
}

} // namespace

QList<NewAlert> newAlertsSince(Database &db, const QHash<qint64, HealthBand> &before, const QDate &today) {
    const QHash<qint64, HealthBand> after = MetricsStore(db).alertBands();
    const QHash<qint64, AlertSnooze> snoozed = AlertStore(db).activeSnoozes(today);
    DealStore deals(db);
    QList<NewAlert> alerts;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (snoozed.contains(it.key()) || !isWorse(it.value(), before.value(it.key(), HealthBand::Healthy)))
            continue;
        const std::optional<DealRow> deal = deals.find(it.key());
        if (!deal)
            continue; // deleted meanwhile: nothing to look at
        alerts.append(NewAlert{it.key(), deal->deal.name, it.value()});
    }
    std::sort(alerts.begin(), alerts.end(), [](const NewAlert &a, const NewAlert &b) {
        if (a.band != b.band)
            return a.band == HealthBand::Dark;
        const int byName = QString::localeAwareCompare(a.dealName, b.dealName);
        return byName != 0 ? byName < 0 : a.dealId < b.dealId;
    });
    return alerts;
}

} // namespace dp::sync
