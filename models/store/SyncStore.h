#pragma once
// What CRM sync keeps besides the records: listings in progress, links waiting for their target, and the
// buyer addresses of deals (for the email direction rule).

#include "domain/Clock.h"

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
    // Replaces the deal's waiting buyer contacts with the given remote ids (contacts not yet cached).
    void setPendingDealContacts(const QString &source, const QString &dealRemoteId,
                                const QStringList &contactRemoteIds);
    // Links every waiting link (an interaction's, or a deal's buyer contact) whose target is now cached, and
    // forgets it. Returns how many were linked.
    int resolvePendingLinks(const QString &source);
    int pendingLinkCount(const QString &source);
    // Whether any link of the source waits (cheaper than counting them).
    bool hasPendingLinks(const QString &source);

    // Lower-case addresses of the buyer contacts on any of the deals.
    QSet<QString> buyerAddressesOfDeals(const QString &source, const QStringList &dealRemoteIds);

private:
    Database &m_db;
};

} // namespace dp
