// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Direction.h"

namespace dp {
namespace {

QString domainOf(const QString &address) {
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

} // namespace

EmailParties::EmailParties(QSet<QString> buyerAddresses, QSet<QString> ourDomains) {
    for (const QString &address : buyerAddresses)
        m_buyerAddresses.insert(address.trimmed().toLower());
    for (const QString &domain : ourDomains)
        m_ourDomains.insert(domain.trimmed().toLower());
}

bool EmailParties::isBuyer(const QString &address) const {
    const QString normalised = address.trimmed().toLower();
    // An address on our own domain is never the buyer, even if a rep was once entered as a contact.
    return m_buyerAddresses.contains(normalised) && !m_ourDomains.contains(domainOf(normalised));
}

bool EmailParties::isOurs(const QString &address) const {
    return m_ourDomains.contains(domainOf(address));
}

Direction emailDirection(const EmailParties &parties, const QString &from, const QStringList &recipients) {
    if (parties.isBuyer(from))
        return Direction::Inbound;
    for (const QString &to : recipients)
        if (parties.isBuyer(to))
            return Direction::Outbound;
    return Direction::Internal;
}

Direction forwardedEmailDirection(const EmailParties &parties, const QString &from, bool fromIsDealContact) {
    return fromIsDealContact && !parties.isOurs(from) ? Direction::Inbound : Direction::Outbound;
}

Direction meetingDirection(const QString &outcome, bool buyerAttends) {
    if (!buyerAttends)
        return Direction::Internal;
    const QString o = outcome.toLower();
    if (o == QLatin1String("completed") || o == QLatin1String("scheduled") || o.isEmpty())
        return Direction::Inbound;
    return Direction::Outbound; // no_show, canceled, rescheduled: we showed up or tried, the buyer did not
}

Direction callDirection(const QString &status, bool buyerCalled) {
    const QString s = status.toLower();
    if (s == QLatin1String("completed") || s == QLatin1String("connected") || buyerCalled)
        return Direction::Inbound;
    return Direction::Outbound;
}

} // namespace dp
