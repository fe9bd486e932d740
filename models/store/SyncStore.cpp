// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SyncStore.h"

#include "store/Database.h"

#include <algorithm>

namespace dp {

std::optional<ListProgress> SyncStore::listProgress(const QString &source, const QString &object) {
    Query query = m_db.query(
        "SELECT started_at, after_cursor FROM sync_list_progress WHERE source = ?1 AND object = ?2");
    query.bind(1, source).bind(2, object);
    std::optional<ListProgress> result;
    if (query.step())
        result = ListProgress{query.int64(0), query.text(1)};
    return result;
}

void SyncStore::setListProgress(const QString &source, const QString &object, const ListProgress &progress) {
    m_db.cached(
            "INSERT INTO sync_list_progress(source, object, started_at, after_cursor) VALUES (?1, ?2, ?3, ?4)"
            " ON CONFLICT(source, object) DO UPDATE SET started_at = excluded.started_at,"
            " after_cursor = excluded.after_cursor")
        .bind(1, source)
        .bind(2, object)
        .bind(3, progress.startedAt)
        .bind(4, progress.afterCursor)
        .run();
}

void SyncStore::clearListProgress(const QString &source, const QString &object) {
    m_db.cached("DELETE FROM sync_list_progress WHERE source = ?1 AND object = ?2")
        .bind(1, source)
        .bind(2, object)
        .run();
}

void SyncStore::setPendingLinks(const QString &source, const QString &interactionRemoteId,
                                const QStringList &dealRemoteIds, const QStringList &contactRemoteIds) {
    m_db.cached("DELETE FROM sync_pending_links WHERE source = ?1 AND interaction_remote_id = ?2")
        .bind(1, source)
        .bind(2, interactionRemoteId)
        .run();
    Statement &insert = m_db.cached("INSERT OR IGNORE INTO sync_pending_links(source, interaction_remote_id,"
                                    " target_kind, target_remote_id) VALUES (?1, ?2, ?3, ?4)");
    for (const QString &deal : dealRemoteIds)
        insert.bind(1, source)
            .bind(2, interactionRemoteId)
            .bind(3, QStringLiteral("deal"))
            .bind(4, deal)
            .run();
    for (const QString &contact : contactRemoteIds)
        insert.bind(1, source)
            .bind(2, interactionRemoteId)
            .bind(3, QStringLiteral("contact"))
            .bind(4, contact)
            .run();
}

void SyncStore::keepUnresolvedLinks(const QString &source, const QString &interactionRemoteId,
                                    const UpsertOutcome &outcome, bool &tableMayHoldSome) {
    if (!tableMayHoldSome && outcome.unresolvedDeals.isEmpty() && outcome.unresolvedContacts.isEmpty())
        return;
    setPendingLinks(source, interactionRemoteId, outcome.unresolvedDeals, outcome.unresolvedContacts);
    tableMayHoldSome = true;
}

void SyncStore::setPendingDealContacts(const QString &source, const QString &dealRemoteId,
                                       const QStringList &contactRemoteIds) {
    m_db.cached("DELETE FROM sync_pending_deal_contacts WHERE source = ?1 AND deal_remote_id = ?2")
        .bind(1, source)
        .bind(2, dealRemoteId)
        .run();
    Statement &insert = m_db.cached("INSERT OR IGNORE INTO sync_pending_deal_contacts(source, deal_remote_id,"
                                    " contact_remote_id) VALUES (?1, ?2, ?3)");
    for (const QString &contact : contactRemoteIds)
        insert.bind(1, source).bind(2, dealRemoteId).bind(3, contact).run();
}

int SyncStore::resolvePendingLinks(const QString &source) {
    // Each link made marks its deals for a recompute (links mark nothing themselves, see schema 13): the
    // inserts return what they linked, and the marks go in the same transaction.
    Statement &linkDeals = m_db.cached(
        "INSERT INTO interaction_deals(deal_id, interaction_id)"
        " SELECT d.id, i.id FROM sync_pending_links p"
        " JOIN deals d ON d.source = p.source AND d.remote_id = p.target_remote_id"
        " JOIN interactions i ON i.source = p.source AND i.remote_id = p.interaction_remote_id"
        " WHERE p.source = ?1 AND p.target_kind = 'deal' AND NOT EXISTS (SELECT 1 FROM interaction_deals x"
        " WHERE x.deal_id = d.id AND x.interaction_id = i.id) RETURNING deal_id");
    const QList<qint64> linkedDeals = linkDeals.bind(1, source).int64Column();
    Statement &markDeal =
        m_db.cached("INSERT INTO dirty_deals(deal_id) VALUES (?1) ON CONFLICT(deal_id) DO NOTHING");
    for (qint64 deal : linkedDeals)
        markDeal.bind(1, deal).run();
    Statement &linkContacts =
        m_db.cached("INSERT INTO interaction_contacts(interaction_id, contact_id)"
                    " SELECT i.id, c.id FROM sync_pending_links p"
                    " JOIN contacts c ON c.source = p.source AND c.remote_id = p.target_remote_id"
                    " JOIN interactions i ON i.source = p.source AND i.remote_id = p.interaction_remote_id"
                    " WHERE p.source = ?1 AND p.target_kind = 'contact' AND NOT EXISTS (SELECT 1 FROM"
                    " interaction_contacts x WHERE x.interaction_id = i.id AND x.contact_id = c.id)"
                    " RETURNING interaction_id");
    const QList<qint64> linkedInteractions = linkContacts.bind(1, source).int64Column();
    Statement &markDealsOf =
        m_db.cached("INSERT INTO dirty_deals(deal_id) SELECT deal_id FROM interaction_deals"
                    " WHERE interaction_id = ?1 ON CONFLICT(deal_id) DO NOTHING");
    for (qint64 interaction : linkedInteractions)
        markDealsOf.bind(1, interaction).run();
    int linked = int(linkedDeals.size() + linkedInteractions.size());
    Statement &linkDealContacts =
        m_db.cached("INSERT INTO deal_contacts(deal_id, contact_id)"
                    " SELECT d.id, c.id FROM sync_pending_deal_contacts p"
                    " JOIN deals d ON d.source = p.source AND d.remote_id = p.deal_remote_id"
                    " JOIN contacts c ON c.source = p.source AND c.remote_id = p.contact_remote_id"
                    " WHERE p.source = ?1 AND NOT EXISTS (SELECT 1 FROM deal_contacts x"
                    " WHERE x.deal_id = d.id AND x.contact_id = c.id)");
    linkDealContacts.bind(1, source).run();
    linked += m_db.changes();
    m_db.cached(
            "DELETE FROM sync_pending_deal_contacts WHERE source = ?1 AND EXISTS (SELECT 1 FROM contacts c"
            " WHERE c.source = ?1 AND c.remote_id = contact_remote_id)")
        .bind(1, source)
        .run();
    m_db.cached("DELETE FROM sync_pending_links WHERE source = ?1 AND ("
                " (target_kind = 'deal' AND EXISTS (SELECT 1 FROM deals d WHERE d.source = ?1"
                "  AND d.remote_id = target_remote_id)) OR"
                " (target_kind = 'contact' AND EXISTS (SELECT 1 FROM contacts c WHERE c.source = ?1"
                "  AND c.remote_id = target_remote_id)))")
        .bind(1, source)
        .run();
    return linked;
}

int SyncStore::pendingLinkCount(const QString &source) {
    Query query = m_db.query("SELECT (SELECT count(*) FROM sync_pending_links WHERE source = ?1) +"
                             " (SELECT count(*) FROM sync_pending_deal_contacts WHERE source = ?1)");
    query.bind(1, source);
    query.step();
    return int(query.int64(0));
}

bool SyncStore::hasPendingLinks(const QString &source) {
    Query query = m_db.query("SELECT EXISTS (SELECT 1 FROM sync_pending_links WHERE source = ?1)");
    query.bind(1, source);
    query.step();
    return query.int64(0) != 0;
}

void SyncStore::addPendingContactLink(const QString &source, const QString &interactionRemoteId,
                                      const QString &contactRemoteId) {
    m_db.cached("INSERT OR IGNORE INTO sync_pending_links(source, interaction_remote_id, target_kind,"
                " target_remote_id) VALUES (?1, ?2, 'contact', ?3)")
        .bind(1, source)
        .bind(2, interactionRemoteId)
        .bind(3, contactRemoteId)
        .run();
}

std::optional<EmailRelation> SyncStore::setEmailRelation(const QString &source,
                                                         const QString &relationRemoteId,
                                                         const EmailRelation &relation) {
    std::optional<EmailRelation> before = removeEmailRelation(source, relationRemoteId);
    if (before && before->interactionRemoteId == relation.interactionRemoteId &&
        before->contactRemoteId == relation.contactRemoteId)
        before.reset();
    m_db.cached("INSERT INTO sync_email_relations(source, relation_remote_id, interaction_remote_id,"
                " contact_remote_id) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, source)
        .bind(2, relationRemoteId)
        .bind(3, relation.interactionRemoteId)
        .bind(4, relation.contactRemoteId)
        .run();
    return before;
}

std::optional<EmailRelation> SyncStore::removeEmailRelation(const QString &source,
                                                            const QString &relationRemoteId) {
    std::optional<EmailRelation> before;
    {
        Query previous = m_db.query("SELECT interaction_remote_id, contact_remote_id FROM"
                                    " sync_email_relations WHERE source = ?1 AND relation_remote_id = ?2");
        previous.bind(1, source).bind(2, relationRemoteId);
        if (previous.step())
            before = EmailRelation{previous.text(0), previous.text(1)};
    }
    if (before)
        m_db.cached("DELETE FROM sync_email_relations WHERE source = ?1 AND relation_remote_id = ?2")
            .bind(1, source)
            .bind(2, relationRemoteId)
            .run();
    return before;
}

QStringList SyncStore::emailRelationContacts(const QString &source, const QString &interactionRemoteId) {
    Query query = m_db.query("SELECT DISTINCT contact_remote_id FROM sync_email_relations"
                             " WHERE source = ?1 AND interaction_remote_id = ?2 ORDER BY 1");
    query.bind(1, source).bind(2, interactionRemoteId);
    QStringList contacts;
    while (query.step())
        contacts.append(query.text(0));
    return contacts;
}

QStringList SyncStore::contactsWithAddresses(const QString &source, const QStringList &addresses) {
    // contacts.email is COLLATE NOCASE (and indexed): Buyer@X.com matches buyer@x.com. No ORDER BY: with
    // one, SQLite walks the (source, remote_id) index to skip the sort, reading every contact of the source
    // for each address (a third of a Salesforce sync's writing time). The few matches are sorted here.
    Statement &statement = m_db.cached("SELECT remote_id FROM contacts WHERE email = ?2 AND source = ?1");
    QStringList contacts;
    for (const QString &address : addresses) {
        if (address.trimmed().isEmpty())
            continue;
        QStringList matches;
        {
            Query query(statement);
            query.bind(1, source).bind(2, address.trimmed());
            while (query.step())
                matches.append(query.text(0));
        }
        std::sort(matches.begin(), matches.end());
        for (const QString &contact : std::as_const(matches))
            if (!contacts.contains(contact))
                contacts.append(contact);
    }
    return contacts;
}

QSet<QString> SyncStore::buyerAddressesOfDeals(const QString &source, const QStringList &dealRemoteIds) {
    Statement &statement =
        m_db.cached("SELECT lower(c.email) FROM deals d JOIN deal_contacts dc ON dc.deal_id = d.id"
                    " JOIN contacts c ON c.id = dc.contact_id WHERE d.source = ?1 AND d.remote_id = ?2"
                    " AND c.email IS NOT NULL AND c.email != ''");
    QSet<QString> addresses;
    for (const QString &deal : dealRemoteIds) {
        Query query(statement);
        query.bind(1, source).bind(2, deal);
        while (query.step())
            addresses.insert(query.text(0));
    }
    return addresses;
}

} // namespace dp
