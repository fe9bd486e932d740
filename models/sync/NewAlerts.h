// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which deals a sync turned into alerts: read the alert bands before it, compare with the bands its
// recompute left. Snoozed deals are left out, as the Alerts page leaves them out.

#include "store/LastSyncStore.h"

#include <QDate>
#include <QHash>

namespace dp {

class Database;

namespace sync {

// Deals that are dark now but were not, or at risk now but were neither at risk nor dark before
// (`before`: MetricsStore::alertBands() read before the sync); dark ones first, then by name.
QList<NewAlert> newAlertsSince(Database &db, const QHash<qint64, HealthBand> &before, const QDate &today);

} // namespace sync
} // namespace dp
