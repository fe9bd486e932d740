// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The direction rules: the product's promise of what counts as the buyer engaging.
//  - An email from a buyer contact is inbound; from our side to a buyer, outbound; with no buyer on it,
//  internal.
//  - A completed meeting or a connected call is a conversation: inbound, the buyer engaged.
//  - An unanswered outbound call, a no-show or a cancelled meeting is outbound: only we acted.
//  - A scheduled meeting counts once its start has passed (CRMs often never update the outcome); one that
//    lies in the future is not an interaction yet, which the analytics enforce by ignoring future times.
//  - Notes are internal.
//  - Our side is every domain our reps write from plus the domains the user names in the settings ("our
//    email domains"): an address there is never the buyer, even when it was entered as a contact.

#include "domain/Records.h"

#include <QSet>

namespace dp {

// Knows which addresses are the buyer's and which domains are ours.
class EmailParties final {
public:
    EmailParties(QSet<QString> buyerAddresses, QSet<QString> ourDomains);

    bool isBuyer(const QString &address) const;
    bool isOurs(const QString &address) const;

private:
    QSet<QString> m_buyerAddresses; // lower case
    QSet<QString> m_ourDomains;     // lower case
};

Direction emailDirection(const EmailParties &parties, const QString &from, const QStringList &recipients);

// An email forwarded into the CRM (HubSpot's FORWARDED_EMAIL): inbound when its sender is one of its deals'
// buyer contacts and not on our side, otherwise we forwarded it: outbound.
Direction forwardedEmailDirection(const EmailParties &parties, const QString &from, bool fromIsDealContact);

// outcome: completed, scheduled, rescheduled, no_show, canceled (HubSpot's names, lower case).
Direction meetingDirection(const QString &outcome, bool buyerAttends);

// status: completed/connected, busy, no_answer, failed, canceled, ...; buyerCalled: the buyer dialled us.
Direction callDirection(const QString &status, bool buyerCalled);

} // namespace dp
