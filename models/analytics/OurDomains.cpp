// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/OurDomains.h"

#include "domain/Direction.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/DirectoryStore.h"

#include <QHash>
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
    DirectionStore directions(db);
    const int total = directions.addressDecidedCount();
    if (progress && !progress(0, total))
        return std::nullopt;

    // Read first, write after: the new directions are gathered, then written, so the scan never reads rows
    // it has just changed.
    QHash<qint64, Direction> moved;
    bool stopped = false;
    directions.forEachAddressDecided([&](const AddressDecided &email) {
        if (progress && ++change.examined % kProgressStep == 0 && !progress(change.examined, total)) {
            stopped = true;
            return false;
        }
        const Direction now =
            email.rule == DirectionRule::Forwarded
                ? forwardedEmailDirection(parties, email.fromAddress, email.senderIsDealContact)
                : emailDirection(parties, email.fromAddress, email.recipients);
        if (email.direction != now)
            moved.insert(email.interactionId, now);
        return true;
    });
    if (stopped)
        return std::nullopt;

    // The update trigger marks each changed interaction's deals for recompute.
    directions.setDirections(moved);
    change.directionsChanged = int(moved.size());
    const QSet<QString> sideChanged = (before - after) + (after - before);
    change.dealsWithContactsMoved =
        directions.markDealsWithContactsOn(QStringList(sideChanged.cbegin(), sideChanged.cend()));
    if (progress && !progress(total, total))
        return std::nullopt;
    transaction.commit();
    return change;
}

} // namespace dp
