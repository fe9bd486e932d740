// SPDX-License-Identifier: GPL-3.0-or-later
// The direction rules, one by one.

#include "domain/Direction.h"

#include <QtTest>

using namespace dp;

class TestDirection : public QObject {
    Q_OBJECT

    EmailParties parties() const {
        return EmailParties({QStringLiteral("Dana@Acme.com"), QStringLiteral("rep-as-contact@seller.io")},
                            {QStringLiteral("seller.io")});
    }

private slots:
    void emailFromABuyerIsInbound() {
        QCOMPARE(
            emailDirection(parties(), QStringLiteral("dana@acme.COM"), {QStringLiteral("ana@seller.io")}),
            Direction::Inbound);
    }

    void emailFromUsToABuyerIsOutbound() {
        QCOMPARE(emailDirection(parties(), QStringLiteral("ana@seller.io"),
                                {QStringLiteral("boss@seller.io"), QStringLiteral(" DANA@acme.com ")}),
                 Direction::Outbound);
    }

    void emailWithNoBuyerOnItIsInternal() {
        QCOMPARE(
            emailDirection(parties(), QStringLiteral("ana@seller.io"), {QStringLiteral("boss@seller.io")}),
            Direction::Internal);
        // A stranger at the account is not a known buyer contact.
        QCOMPARE(
            emailDirection(parties(), QStringLiteral("stranger@acme.com"), {QStringLiteral("ana@seller.io")}),
            Direction::Internal);
    }

    void ourOwnAddressIsNeverTheBuyer() {
        QVERIFY(!parties().isBuyer(QStringLiteral("rep-as-contact@seller.io")));
        QVERIFY(parties().isOurs(QStringLiteral("Ana@Seller.IO")));
    }

    void meetingsCountByOutcome() {
        QCOMPARE(meetingDirection(QStringLiteral("COMPLETED"), true), Direction::Inbound);
        QCOMPARE(meetingDirection(QStringLiteral("scheduled"), true), Direction::Inbound);
        QCOMPARE(meetingDirection(QStringLiteral("no_show"), true), Direction::Outbound);
        QCOMPARE(meetingDirection(QStringLiteral("canceled"), true), Direction::Outbound);
        QCOMPARE(meetingDirection(QStringLiteral("completed"), false), Direction::Internal);
    }

    void callsCountWhenConnectedOrBuyerInitiated() {
        QCOMPARE(callDirection(QStringLiteral("completed"), false), Direction::Inbound);
        QCOMPARE(callDirection(QStringLiteral("no_answer"), false), Direction::Outbound);
        QCOMPARE(callDirection(QStringLiteral("busy"), false), Direction::Outbound);
        QCOMPARE(callDirection(QStringLiteral("no_answer"), true), Direction::Inbound);
    }

    void namesRoundTrip() {
        for (Direction d : {Direction::Inbound, Direction::Outbound, Direction::Internal})
            QCOMPARE(directionFromKey(toKey(d)), d);
        for (InteractionKind k :
             {InteractionKind::Email, InteractionKind::Meeting, InteractionKind::Call, InteractionKind::Note})
            QCOMPARE(interactionKindFromKey(toKey(k)), k);
        QVERIFY(!directionFromKey(QStringLiteral("sideways")));
    }
};

QTEST_GUILESS_MAIN(TestDirection)
#include "test_direction.moc"
