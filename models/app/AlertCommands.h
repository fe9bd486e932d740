// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the manager does to alerts: snooze one (with a reason and a resume date), take a snooze back, mark
// the alerts on screen as seen and make them new again. Each write returns the alert lists read again, so the
// page shows what the cache now holds; an error comes back as a sentence instead of an exception.

#include "domain/Clock.h"
#include "store/AlertStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <memory>

namespace dp {

class CacheSession;

// The alert state of a cache, as the Alerts page shows it.
struct AlertLists {
    QHash<qint64, AlertSnooze> activeSnoozes; // by deal, the snoozes still in force today
    QList<AlertSnooze> snoozes;               // every snooze, for coaching review
    QHash<qint64, HealthBand> seenBands;
};

struct AlertOutcome {
    QString error;                       // empty when the write was made
    AlertLists lists;                    // read after the write; empty when it failed (what is shown stays)
    qint64 snoozeId = 0;                 // snooze(): the new snooze, for its undo
    QHash<qint64, AlertSeen> seenBefore; // markSeen(): what the undo puts back, exactly
    bool ok() const { return error.isEmpty(); }
};

class AlertCommands final {
public:
    // Writes on the session's GUI-thread connection (a few rows: no worker needed). `user` is recorded as
    // who snoozed; "today" (which snoozes are still in force) is the clock's day in `zone`.
    AlertCommands(CacheSession &session, std::shared_ptr<const Clock> clock, QString user);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QDate today() const;

    AlertOutcome snooze(qint64 dealId, HealthBand band, const QString &reason, const QDate &resumeOn);
    AlertOutcome undoSnooze(qint64 snoozeId);
    // Remembers `shown` (deal → band on screen) as seen now.
    AlertOutcome markSeen(const QHash<qint64, HealthBand> &shown);
    // Puts back, for `dealIds`, the seen records markSeen() replaced.
    AlertOutcome restoreSeen(const QList<qint64> &dealIds, const QHash<qint64, AlertSeen> &before);
    // The lists read again (empty lists and an error when the cache cannot be read).
    AlertOutcome reload();

private:
    AlertLists read(AlertStore &store);

    CacheSession &m_session;
    std::shared_ptr<const Clock> m_clock;
    QString m_user;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace dp
