// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A team sync: push this cache's outbox to the team server, then pull what others did since the last change
// number seen. Each batch is one transaction on the server and one in the cache, ordered so that a crash or
// a dropped connection at any point loses and duplicates nothing:
// - push: the server commits the batch (a change id it already holds inserts nothing), then the cache drops
//   those outbox entries; a failure between the two repeats the batch, harmlessly.
// - pull: one consistent read of the server (REPEATABLE READ), then the cache applies the rows and the new
//   change number in one transaction; applying a change twice is recognised by its change id.
// Rows from the server are checked (sizes, values, a snapshot's SHA-256) before anything is written.

#include "team/PgConnection.h"

#include <QString>
#include <QStringList>

namespace dp {
class Database;
}

namespace dp::team {

struct TeamSyncResult {
    int pushed = 0;
    int pulledRatings = 0;
    int pulledNotes = 0;
    int pulledSnapshots = 0;
    int skipped = 0; // pulled, but about deals or interactions this cache does not hold
    int waiting = 0; // left in the outbox: snapshots, which only managers share
    int refused = 0; // refused by the server's rules, so dropped from the outbox (with a warning each)
    QStringList warnings;

    int pulled() const { return pulledRatings + pulledNotes + pulledSnapshots; }
};

class TeamSync final {
public:
    TeamSync(Database &db, PgConnection &server)
        : m_db(db)
        , m_server(server) {}

    // Throws TeamError (the server) or StoreError (the cache); what committed before stays committed.
    TeamSyncResult run();
    void push(TeamSyncResult &result);
    void pull(TeamSyncResult &result);
    // Publishes this cache's lexicon version (SHA-256 of its learned weights) for the changes pulled so far.
    void publishLexicon(const QString &weightsSha256, qint64 ratingCount, qint64 createdAt);

    // Rows per batch; small values let tests interrupt a sync between batches.
    void setBatchSize(int rows) { m_batch = rows; }

private:
    Database &m_db;
    PgConnection &m_server;
    int m_batch = 500;
};

} // namespace dp::team
