// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Deals, the buyer contacts on them and the history of their tracked fields.

#include "domain/Records.h"

#include <QList>
#include <functional>
#include <optional>

namespace dp {

class Database;

// A deal as the analytics and exports read it: its own fields plus the names they refer to.
struct DealRow {
    qint64 id = 0;
    Deal deal;
    QString accountName;
    QString ownerName;
    QString ownerEmail;
    QString teamName;
};

struct FieldChangeRow {
    DealField field = DealField::Stage;
    QString oldValue;
    QString newValue;
    Millis changedAt = 0;
};

class DealStore final {
public:
    explicit DealStore(Database &db)
        : m_db(db) {}

    // Unknown account or owner references are stored as null rather than refusing the deal.
    qint64 upsert(const Deal &deal);
    // False when the deal or contact is not in the cache.
    bool setContactRole(const QString &source, const DealContactRole &role);
    // Makes the deal's buyer contacts exactly the cached ones among contactRemoteIds (roles of contacts that
    // stay are kept); returns the ids not in the cache. Nothing happens when the deal is not cached.
    QStringList replaceContacts(const QString &source, const QString &dealRemoteId,
                                const QStringList &contactRemoteIds);
    // Idempotent: recording the same change twice keeps one row.
    bool recordChange(const QString &source, const FieldChange &change);
    // The CRM's own history of one field, oldest first (each change's old value is the previous one's new
    // value): it replaces the recorded changes of that field from its first change on, so changes derived
    // earlier from successive syncs and re-reads leave no duplicates. The first change's old value is the
    // field as recorded before it, if anything was. Returns whether any row was added or removed.
    bool replaceHistory(const QString &source, const QString &dealRemoteId, DealField field,
                        QList<FieldChange> changes);

    std::optional<qint64> dealId(const QString &source, const QString &remoteId);
    std::optional<DealRow> find(qint64 dealId);
    // Every deal not deleted, ordered by (source, remote id) so exports are stable.
    void forEach(const std::function<void(const DealRow &)> &visit);
    int count();
    QList<FieldChangeRow> history(qint64 dealId);

private:
    Database &m_db;
};

} // namespace dp
