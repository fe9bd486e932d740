// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/OurDomains.h"

#include "domain/Direction.h"
#include "store/Database.h"
#include "store/DirectoryStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dp {
namespace {

QStringList normalised(const QStringList &domains) {
    QStringList result;
    for (const QString &domain : domains) {
        const QString d = domain.trimmed().toLower();
        if (!d.isEmpty() && !result.contains(d))
            result.append(d);
    }
    result.sort();
    return result;
}

QStringList splitAddresses(const QString &text) {
    return text.split(QLatin1String(", "), Qt::SkipEmptyParts);
}

// Deals with an interaction on which a contact of one of `domains` appears: their buyer contacts engaged
// may change when the domain changes side.
int markDealsWithContactsOn(Database &db, const QSet<QString> &domains) {
    if (domains.isEmpty())
        return 0;
    const QByteArray list =
        QJsonDocument(QJsonArray::fromStringList(QStringList(domains.cbegin(), domains.cend())))
            .toJson(QJsonDocument::Compact);
    Statement mark(db.handle(),
                   "INSERT INTO dirty_deals(deal_id) SELECT DISTINCT l.deal_id FROM contacts c"
                   " JOIN interaction_contacts ic ON ic.contact_id = c.id"
                   " JOIN interaction_deals l ON l.interaction_id = ic.interaction_id"
                   " WHERE instr(c.email, '@') > 0"
                   " AND lower(substr(c.email, instr(c.email, '@') + 1)) IN (SELECT value FROM json_each(?1))"
                   " AND NOT EXISTS (SELECT 1 FROM dirty_deals d WHERE d.deal_id = l.deal_id)");
    mark.bind(1, QString::fromUtf8(list)).run();
    return db.changes();
}

} // namespace

bool ourDomainsDiffer(Database &db, const QStringList &domains) {
    return DirectoryStore(db).configuredOurDomains() != normalised(domains);
}

std::optional<OurDomainsChange> applyOurDomains(Database &db, const QStringList &domains,
                                                const std::function<bool(int done, int total)> &progress) {
    constexpr int kProgressStep = 512;
    Transaction transaction(db, Transaction::JoinOuter);
    DirectoryStore directory(db);
    const QSet<QString> before = directory.ourDomains();
    directory.setConfiguredOurDomains(normalised(domains));
    const QSet<QString> after = directory.ourDomains();
    const EmailParties parties(directory.buyerAddresses(), after);

    OurDomainsChange change;
    int total = 0;
    {
        Statement count(db.handle(), "SELECT count(*) FROM interactions WHERE direction_rule <> ''");
        if (count.step())
            total = int(count.int64(0));
    }
    if (progress && !progress(0, total))
        return std::nullopt;

    // Read first, write after: the new directions are gathered, then written, so the scan never reads rows
    // it has just changed.
    QHash<qint64, Direction> moved;
    Statement scan(
        db.handle(),
        "SELECT i.id, i.direction, i.direction_rule, i.from_address, i.to_addresses, i.cc_addresses,"
        " CASE WHEN i.direction_rule = 'forwarded' THEN EXISTS (SELECT 1 FROM interaction_deals l"
        " JOIN deal_contacts dc ON dc.deal_id = l.deal_id JOIN contacts c ON c.id = dc.contact_id"
        " WHERE l.interaction_id = i.id AND c.email = i.from_address) ELSE 0 END"
        " FROM interactions i WHERE i.direction_rule <> ''");
    while (scan.step()) {
        if (progress && ++change.examined % kProgressStep == 0 && !progress(change.examined, total))
            return std::nullopt;
        const QString from = scan.text(3);
        const std::optional<DirectionRule> rule = directionRuleFromKey(scan.text(2));
        const Direction now =
            rule == DirectionRule::Forwarded
                ? forwardedEmailDirection(parties, from, scan.int64(6) != 0)
                : emailDirection(parties, from, splitAddresses(scan.text(4)) + splitAddresses(scan.text(5)));
        if (directionFromKey(scan.text(1)) != now)
            moved.insert(scan.int64(0), now);
    }

    // The update trigger marks each changed interaction's deals for recompute.
    Statement update(db.handle(), "UPDATE interactions SET direction = ?2 WHERE id = ?1");
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        update.bind(1, it.key()).bind(2, toKey(it.value())).run();
    change.directionsChanged = int(moved.size());
    change.dealsWithContactsMoved = markDealsWithContactsOn(db, (before - after) + (after - before));
    if (progress && !progress(total, total))
        return std::nullopt;
    transaction.commit();
    return change;
}

} // namespace dp
