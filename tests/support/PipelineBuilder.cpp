// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineBuilder.h"

#include "domain/Direction.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/InteractionStore.h"

#include <QDateTime>
#include <QTimeZone>

namespace dp::test {
namespace {

QString contactAddress(int contact) {
    return QStringLiteral("buyer%1@acme.com").arg(contact);
}
const QString kRepAddress = QStringLiteral("rep@seller.io");

} // namespace

PipelineBuilder::PipelineBuilder(Database &db)
    : m_db(db) {
    DirectoryStore directory(db);
    directory.upsertTeam({kSource, QStringLiteral("team"), QStringLiteral("East")});
    directory.upsertOwner({kSource, QStringLiteral("rep"), QStringLiteral("Rita Rep"), kRepAddress,
                           QStringLiteral("team"), true});
    directory.upsertAccount(
        {kSource, QStringLiteral("acme"), QStringLiteral("Acme"), {QStringLiteral("acme.com")}});
    for (int contact = 1; contact <= 3; ++contact)
        directory.upsertContact({kSource, QStringLiteral("c%1").arg(contact), QStringLiteral("acme"),
                                 QStringLiteral("Buyer"), QString::number(contact), contactAddress(contact),
                                 QString()});
}

PipelineBuilder &PipelineBuilder::deal(const QString &remoteId, Millis createdAt,
                                       std::optional<double> amount) {
    Deal deal;
    deal.source = kSource;
    deal.remoteId = remoteId;
    deal.name = QStringLiteral("Deal ") + remoteId;
    deal.accountRemoteId = QStringLiteral("acme");
    deal.ownerRemoteId = QStringLiteral("rep");
    deal.stage = QStringLiteral("Proposal");
    deal.forecastCategory = QStringLiteral("pipeline");
    deal.amount = amount;
    deal.currency = QStringLiteral("USD");
    deal.closeDate = QDate(2027, 1, 31);
    deal.createdAt = createdAt;
    DealStore(m_db).upsert(deal);
    return *this;
}

PipelineBuilder &PipelineBuilder::closedDeal(const QString &remoteId, Millis createdAt, bool won) {
    deal(remoteId, createdAt);
    DealStore deals(m_db);
    DealRow row = *deals.find(*deals.dealId(kSource, remoteId));
    row.deal.isClosed = true;
    row.deal.isWon = won;
    // Closed two months after it was created, as its close date says: without stage history that date is
    // when an --as-of reconstruction sees it close.
    row.deal.closeDate =
        QDateTime::fromMSecsSinceEpoch(createdAt + 60 * kMillisPerDay, QTimeZone::utc()).date();
    row.deal.stage = won ? QStringLiteral("Closed Won") : QStringLiteral("Closed Lost");
    deals.upsert(row.deal);
    return *this;
}

PipelineBuilder &PipelineBuilder::email(const QString &dealRemoteId, Millis at, int contact) {
    return email(dealRemoteId, at, contact, QStringLiteral("Re: proposal"), QString());
}

PipelineBuilder &PipelineBuilder::email(const QString &dealRemoteId, Millis at, int contact,
                                        const QString &subject, const QString &body) {
    Interaction email;
    email.source = kSource;
    email.remoteId = QStringLiteral("i%1").arg(m_nextInteraction++);
    email.kind = InteractionKind::Email;
    email.occurredAt = at;
    email.subject = subject;
    email.bodyText = body;
    email.fromAddress = contact > 0 ? contactAddress(contact) : kRepAddress;
    email.toAddresses = {contact > 0 ? kRepAddress : contactAddress(1)};
    const EmailParties parties({contactAddress(1), contactAddress(2), contactAddress(3)},
                               {QStringLiteral("seller.io")});
    email.directionRule = DirectionRule::Addresses;
    email.direction = emailDirection(parties, email.fromAddress, email.toAddresses);
    email.dealRemoteIds = {dealRemoteId};
    email.contactRemoteIds = {QStringLiteral("c%1").arg(contact > 0 ? contact : 1)};
    InteractionStore(m_db).upsert(email);
    return *this;
}

PipelineBuilder &PipelineBuilder::meeting(const QString &dealRemoteId, Millis at, const QString &outcome,
                                          int contact) {
    Interaction meeting;
    meeting.source = kSource;
    meeting.remoteId = QStringLiteral("i%1").arg(m_nextInteraction++);
    meeting.kind = InteractionKind::Meeting;
    meeting.occurredAt = at;
    meeting.status = outcome;
    meeting.subject = QStringLiteral("Review");
    meeting.direction = meetingDirection(outcome, contact > 0);
    meeting.dealRemoteIds = {dealRemoteId};
    if (contact > 0)
        meeting.contactRemoteIds = {QStringLiteral("c%1").arg(contact)};
    InteractionStore(m_db).upsert(meeting);
    return *this;
}

PipelineBuilder &PipelineBuilder::closeDateChange(const QString &dealRemoteId, Millis at, const QString &from,
                                                  const QString &to) {
    DealStore(m_db).recordChange(kSource, FieldChange{dealRemoteId, DealField::CloseDate, from, to, at});
    return *this;
}

PipelineBuilder &PipelineBuilder::stageChange(const QString &dealRemoteId, Millis at, const QString &from,
                                              const QString &to) {
    DealStore(m_db).recordChange(kSource, FieldChange{dealRemoteId, DealField::Stage, from, to, at});
    return *this;
}

PipelineBuilder &PipelineBuilder::wobblyDeal(Millis now) {
    return deal(QStringLiteral("sour"), now - 90 * kMillisPerDay)
        .email(QStringLiteral("sour"), now - 3 * kMillisPerDay, 1, QStringLiteral("Rollout"),
               QStringLiteral("The rollout plan looks wobbly to our team."))
        .email(QStringLiteral("sour"), now - 2 * kMillisPerDay, 2, QStringLiteral("Timeline"),
               QStringLiteral("Honestly the timeline feels wobbly, we will review it."));
}

} // namespace dp::test
