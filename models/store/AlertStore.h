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

// When the manager last looked at a deal's alert, and the band it had then.
struct AlertSeen {
    HealthBand band = HealthBand::Dark;
    Millis seenAt = 0;
    friend bool operator==(const AlertSeen &, const AlertSeen &) = default;
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
    // Undoes a snooze just made: its record goes, so the alert is back and the review list as it was.
    void removeSnooze(qint64 snoozeId);

    // Remembers each deal's band as seen now; a later alert is "new" when the band differs.
    void markSeen(const QHash<qint64, HealthBand> &bands, Millis now);
    QHash<qint64, HealthBand> seenBands();
    // Every deal's seen record, for putting back what markSeen() replaced.
    QHash<qint64, AlertSeen> seen();
    // Undoes markSeen() for `dealIds`: each gets back its record from `before`, or none if it had none.
    void restoreSeen(const QList<qint64> &dealIds, const QHash<qint64, AlertSeen> &before);

private:
    Database &m_db;
};

} // namespace dp
