// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What CRM sync keeps besides the records: listings in progress, links waiting for their target, and the
// buyer addresses of deals (for the email direction rule).

#include "domain/Clock.h"
#include "store/InteractionStore.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace dp {

class Database;

struct ListProgress {
    Millis startedAt = 0;
    QString afterCursor;
};

struct EmailRelation {
    QString interactionRemoteId;
    QString contactRemoteId;
};

class SyncStore final {
public:
    explicit SyncStore(Database &db)
        : m_db(db) {}

    std::optional<ListProgress> listProgress(const QString &source, const QString &object);
    void setListProgress(const QString &source, const QString &object, const ListProgress &progress);
    void clearListProgress(const QString &source, const QString &object);

    // Replaces the interaction's waiting links with the given remote ids (deals or contacts not yet cached).
    void setPendingLinks(const QString &source, const QString &interactionRemoteId,
                         const QStringList &dealRemoteIds, const QStringList &contactRemoteIds);
    // After an upsert: the links it could not resolve wait for their records instead of being dropped.
    // tableMayHoldSome is false when the caller knows the table holds nothing for the source
    // (hasPendingLinks, asked once per page): an interaction with nothing to keep then skips it. Set true
    // once one keeps some.
    void keepUnresolvedLinks(const QString &source, const QString &interactionRemoteId,
                             const UpsertOutcome &outcome, bool &tableMayHoldSome);
    // Replaces the deal's waiting buyer contacts with the given remote ids (contacts not yet cached).
    void setPendingDealContacts(const QString &source, const QString &dealRemoteId,
                                const QStringList &contactRemoteIds);
    // Links every waiting link (an interaction's, or a deal's buyer contact) whose target is now cached, and
    // forgets it. Returns how many were linked.
    int resolvePendingLinks(const QString &source);
    int pendingLinkCount(const QString &source);
    // Whether any link of the source waits (cheaper than counting them).
    bool hasPendingLinks(const QString &source);

    // Adds one waiting link of an interaction to a contact, keeping its others (resolvePendingLinks makes
    // it).
    void addPendingContactLink(const QString &source, const QString &interactionRemoteId,
                               const QString &contactRemoteId);

    // The contacts an email was sent from or to by the CRM's own record of it (Salesforce
    // EmailMessageRelation), by the relation's id. Both return what the relation linked before when that
    // differs from what it links now (nothing when it is new, unchanged, or was unknown).
    std::optional<EmailRelation> setEmailRelation(const QString &source, const QString &relationRemoteId,
                                                  const EmailRelation &relation);
    std::optional<EmailRelation> removeEmailRelation(const QString &source, const QString &relationRemoteId);
    QStringList emailRelationContacts(const QString &source, const QString &interactionRemoteId);
    // Remote ids of the source's contacts whose email is one of the addresses (compared case-insensitively).
    QStringList contactsWithAddresses(const QString &source, const QStringList &addresses);

    // Lower-case addresses of the buyer contacts on any of the deals.
    QSet<QString> buyerAddressesOfDeals(const QString &source, const QStringList &dealRemoteIds);

private:
    Database &m_db;
};

} // namespace dp
