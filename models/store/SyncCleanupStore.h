// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What leaves the cache during a sync besides deleted deals and interactions: a merged or deleted contact,
// a removed deal contact role, and a record superseded by a richer one (a Salesforce email Task by its
// EmailMessage).

#include <QString>

namespace dp {

class Database;

class SyncCleanupStore final {
public:
    explicit SyncCleanupStore(Database &db)
        : m_db(db) {}

    // Remembers that remoteId is covered by byRemoteId (idempotent).
    void supersede(const QString &source, const QString &remoteId, const QString &byRemoteId);
    bool isSuperseded(const QString &source, const QString &remoteId);

    // Drops the contact from the deal's buyer contacts; false when there was no such link.
    bool removeContactRole(const QString &source, const QString &dealRemoteId,
                           const QString &contactRemoteId);
    // Drops one buyer contact from an interaction (the dirty-marking trigger recomputes its deals); false
    // when they were not linked.
    bool unlinkInteractionContact(const QString &source, const QString &interactionRemoteId,
                                  const QString &contactRemoteId);
    // Takes an interaction out of the timeline and the figures as it stands: marked deleted with its fields
    // kept (so reading the original again changes nothing), its links and waiting links dropped.
    void retireInteraction(const QString &source, const QString &remoteId);
    // Removes a contact and its links (its deals' figures are recomputed); false when it was not cached.
    bool removeContact(const QString &source, const QString &remoteId);

private:
    Database &m_db;
};

} // namespace dp
