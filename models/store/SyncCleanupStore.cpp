// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SyncCleanupStore.h"

#include "store/Database.h"

namespace dp {

void SyncCleanupStore::supersede(const QString &source, const QString &remoteId, const QString &byRemoteId) {
    m_db.cached("INSERT INTO sync_superseded(source, remote_id, by_remote_id) VALUES (?1, ?2, ?3)"
                " ON CONFLICT(source, remote_id) DO UPDATE SET by_remote_id = excluded.by_remote_id"
                " WHERE by_remote_id IS NOT excluded.by_remote_id")
        .bind(1, source)
        .bind(2, remoteId)
        .bind(3, byRemoteId)
        .run();
}

bool SyncCleanupStore::isSuperseded(const QString &source, const QString &remoteId) {
    Query query = m_db.query("SELECT 1 FROM sync_superseded WHERE source = ?1 AND remote_id = ?2");
    query.bind(1, source).bind(2, remoteId);
    const bool found = query.step();
    return found;
}

bool SyncCleanupStore::removeContactRole(const QString &source, const QString &dealRemoteId,
                                         const QString &contactRemoteId) {
    // deal_contacts has no trigger of its own: mark the deal for a recompute here.
    m_db.cached("INSERT INTO dirty_deals(deal_id) SELECT d.id FROM deals d WHERE d.source = ?1"
                " AND d.remote_id = ?2 AND NOT EXISTS (SELECT 1 FROM dirty_deals x WHERE x.deal_id = d.id)")
        .bind(1, source)
        .bind(2, dealRemoteId)
        .run();
    m_db.cached("DELETE FROM deal_contacts WHERE deal_id = (SELECT id FROM deals WHERE source = ?1"
                " AND remote_id = ?2) AND contact_id = (SELECT id FROM contacts WHERE source = ?1"
                " AND remote_id = ?3)")
        .bind(1, source)
        .bind(2, dealRemoteId)
        .bind(3, contactRemoteId)
        .run();
    return m_db.changes() > 0;
}

bool SyncCleanupStore::unlinkInteractionContact(const QString &source, const QString &interactionRemoteId,
                                                const QString &contactRemoteId) {
    m_db.cached("DELETE FROM interaction_contacts WHERE interaction_id = (SELECT id FROM interactions"
                " WHERE source = ?1 AND remote_id = ?2) AND contact_id = (SELECT id FROM contacts"
                " WHERE source = ?1 AND remote_id = ?3)")
        .bind(1, source)
        .bind(2, interactionRemoteId)
        .bind(3, contactRemoteId)
        .run();
    const bool unlinked = m_db.changes() > 0;
    m_db.cached("DELETE FROM sync_pending_links WHERE source = ?1 AND interaction_remote_id = ?2"
                " AND target_kind = 'contact' AND target_remote_id = ?3")
        .bind(1, source)
        .bind(2, interactionRemoteId)
        .bind(3, contactRemoteId)
        .run();
    return unlinked;
}

void SyncCleanupStore::retireInteraction(const QString &source, const QString &remoteId) {
    // Marked first: the update's trigger marks its deals for recompute while the links still name them.
    for (const char *sql :
         {"UPDATE interactions SET is_deleted = 1 WHERE source = ?1 AND remote_id = ?2 AND is_deleted = 0",
          "DELETE FROM interaction_deals WHERE interaction_id = (SELECT id FROM interactions"
          " WHERE source = ?1 AND remote_id = ?2)",
          "DELETE FROM interaction_contacts WHERE interaction_id = (SELECT id FROM interactions"
          " WHERE source = ?1 AND remote_id = ?2)",
          "DELETE FROM sync_pending_links WHERE source = ?1 AND interaction_remote_id = ?2"})
        m_db.cached(sql).bind(1, source).bind(2, remoteId).run();
}

bool SyncCleanupStore::removeContact(const QString &source, const QString &remoteId) {
    // Every deal the contact was on or wrote about loses a buyer contact: recompute them.
    m_db.cached("INSERT INTO dirty_deals(deal_id) SELECT DISTINCT deal_id FROM ("
                " SELECT dc.deal_id FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id"
                "  WHERE c.source = ?1 AND c.remote_id = ?2"
                " UNION SELECT l.deal_id FROM interaction_contacts ic JOIN contacts c ON c.id = ic.contact_id"
                "  JOIN interaction_deals l ON l.interaction_id = ic.interaction_id"
                "  WHERE c.source = ?1 AND c.remote_id = ?2) t"
                " WHERE NOT EXISTS (SELECT 1 FROM dirty_deals x WHERE x.deal_id = t.deal_id)")
        .bind(1, source)
        .bind(2, remoteId)
        .run();
    m_db.cached("DELETE FROM contacts WHERE source = ?1 AND remote_id = ?2")
        .bind(1, source)
        .bind(2, remoteId)
        .run();
    return m_db.changes() > 0;
}

} // namespace dp
