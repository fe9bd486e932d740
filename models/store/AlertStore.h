// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The manager's alert state: snoozes (with reason and resume date, kept for coaching review) and which band
// each deal had when the manager last looked.

#include "domain/Clock.h"
#include "domain/Health.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace dp {

class Database;

struct AlertSnooze {
    qint64 id = 0;
    qint64 dealId = 0;
    QString dealName;                   // filled by the listing, for the review table
    HealthBand band = HealthBand::Dark; // the band the deal had when it was snoozed
    QString reason;
    QDate resumeOn; // the alert comes back on this day
    QString snoozedBy;
    Millis snoozedAt = 0;
};

class AlertStore final {
public:
    explicit AlertStore(Database &db)
        : m_db(db) {}

    qint64 snooze(const AlertSnooze &snooze);
    // Every snooze, newest first, with its deal's name.
    QList<AlertSnooze> snoozes();
    // Deals snoozed on `today`: the latest snooze per deal whose resume date is after today.
    QHash<qint64, AlertSnooze> activeSnoozes(const QDate &today);

    // Remembers each deal's band as seen now; a later alert is "new" when the band differs.
    void markSeen(const QHash<qint64, HealthBand> &bands, Millis now);
    QHash<qint64, HealthBand> seenBands();

private:
    Database &m_db;
};

} // namespace dp
