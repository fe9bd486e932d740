// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the last sync did, kept in the cache (as JSON in its meta table) so the "Last sync" panel still shows
// its warnings and errors after a restart, and the deals it newly turned into alerts.

#include "domain/Clock.h"
#include "domain/Health.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace dp {

class Database;

// A deal that went dark, or became at risk, in a sync (and is not snoozed).
struct NewAlert {
    qint64 dealId = 0;
    QString dealName;
    HealthBand band = HealthBand::Dark;
    friend bool operator==(const NewAlert &, const NewAlert &) = default;
};

struct SyncSummary {
    bool ok = false;
    bool cancelled = false;
    QString message; // the outcome in one sentence: the error to act on when the sync failed
    Millis finishedAt = 0;
    qint64 records = 0; // written, before a failure too
    int dealsRecomputed = 0;
    double seconds = 0;
    int warningCount = 0;
    QStringList warnings; // the first few, as the connector wrote them
    QList<NewAlert> newAlerts;
    friend bool operator==(const SyncSummary &, const SyncSummary &) = default;
};

class LastSyncStore final {
public:
    explicit LastSyncStore(Database &db)
        : m_db(db) {}

    void save(const SyncSummary &summary);
    // Nothing when no sync finished in this cache, or what is stored cannot be read (written by hand or
    // damaged): the panel then says "no sync yet" rather than failing.
    std::optional<SyncSummary> load();

private:
    Database &m_db;
};

} // namespace dp

Q_DECLARE_METATYPE(dp::SyncSummary)
