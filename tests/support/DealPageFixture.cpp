// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealPageFixture.h"

#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/InteractionStore.h"

namespace dp::test {
namespace {

const QString kSource = QStringLiteral("test");
const QString kAlison = QStringLiteral("alison@brightlane.io");
const QString kDana = QStringLiteral("dana@acme.example");
const QString kSam = QStringLiteral("sam@acme.example");

Interaction interaction(const QString &remoteId, InteractionKind kind, Direction direction, Millis at) {
    Interaction i;
    i.source = kSource;
    i.remoteId = remoteId;
    i.kind = kind;
    i.direction = direction;
    i.occurredAt = at;
    i.dealRemoteIds = {QStringLiteral("d1")};
    return i;
}

} // namespace

QString DealPageFixture::hostileHtml() {
    return QStringLiteral(
        "<html><head><title>Offer</title><style>body { background: url(http://evil.example/bg.png) }</style>"
        "<script src=http://evil.example/x.js></script></head><body onload=\"steal()\">"
        "<p style=\"background-image: url('http://evil.example/track.gif')\">Hi Alison, the security review "
        "is <b>done</b>.</p><script>document.title='pwned'</script>"
        "<img src=\"http://evil.example/pixel.gif\" width=1 height=1>"
        "<iframe src=\"http://evil.example/frame\">Frame text</iframe>"
        "<p><a href=\"javascript:alert(1)\">Open the report</a></p>"
        "<p>Regards, Sam</p></body></html>");
}

DealPageFixture DealPageFixture::write(Database &db, Millis asOf) {
    constexpr Millis kDay = kMillisPerDay;
    DealPageFixture f;
    f.asOf = asOf;
    DirectoryStore directory(db);
    directory.upsertTeam({kSource, QStringLiteral("team"), QStringLiteral("East")});
    directory.upsertOwner({kSource, QStringLiteral("alison"), QStringLiteral("Alison Engel"), kAlison,
                           QStringLiteral("team"), true});
    directory.upsertAccount(
        {kSource, QStringLiteral("acme"), QStringLiteral("Acme"), {QStringLiteral("acme.example")}});
    directory.upsertContact({kSource, QStringLiteral("dana"), QStringLiteral("acme"), QStringLiteral("Dana"),
                             QStringLiteral("Ortiz"), kDana, QStringLiteral("CFO")});
    directory.upsertContact({kSource, QStringLiteral("sam"), QStringLiteral("acme"), QStringLiteral("Sam"),
                             QStringLiteral("Lee"), kSam, QStringLiteral("CISO")});

    Deal deal;
    deal.source = kSource;
    deal.remoteId = QStringLiteral("d1");
    deal.name = QStringLiteral("Acme platform rollout");
    deal.accountRemoteId = QStringLiteral("acme");
    deal.ownerRemoteId = QStringLiteral("alison");
    deal.stage = QStringLiteral("Negotiation");
    deal.forecastCategory = QStringLiteral("best_case");
    deal.amount = 48000.0;
    deal.currency = QStringLiteral("USD");
    deal.closeDate = QDate(2026, 12, 15);
    deal.createdAt = asOf - 120 * kDay;
    DealStore deals(db);
    f.dealId = deals.upsert(deal);
    const auto change = [&](DealField field, const char *from, const char *to, int daysAgo) {
        deals.recordChange(kSource, FieldChange{deal.remoteId, field, QString::fromLatin1(from),
                                                QString::fromLatin1(to), asOf - daysAgo * kDay});
    };
    change(DealField::CloseDate, "", "2026-10-31", 119);
    change(DealField::Stage, "Discovery", "Proposal", 70);
    change(DealField::CloseDate, "2026-10-31", "2026-11-30", 60);
    change(DealField::Amount, "40000", "48000", 45);
    change(DealField::CloseDate, "2026-11-30", "2026-12-15", 20);

    InteractionStore store(db);
    Interaction meeting =
        interaction(QStringLiteral("m1"), InteractionKind::Meeting, Direction::Inbound, asOf - 40 * kDay);
    meeting.subject = QStringLiteral("Platform demo");
    meeting.bodyText = QStringLiteral("Agenda: demo of the rollout plan");
    meeting.transcript = QStringLiteral("Dana Ortiz (Acme): We love the demo, it is great.\n"
                                        "Alison Engel (Brightlane): Thank you, glad it helps.");
    meeting.status = QStringLiteral("completed");
    meeting.durationSeconds = 45 * 60;
    meeting.fromAddress = kAlison;
    meeting.toAddresses = {kDana};
    meeting.contactRemoteIds = {QStringLiteral("dana")};
    f.meeting = store.upsert(meeting).id;

    Interaction freeze =
        interaction(QStringLiteral("e1"), InteractionKind::Email, Direction::Inbound, asOf - 30 * kDay);
    freeze.subject = QStringLiteral("Budget update");
    freeze.bodyText =
        QStringLiteral("Hi Alison,\n\nSadly there is a budget freeze and this is not a priority "
                       "for us right now.\n\nDana");
    freeze.fromAddress = kDana;
    freeze.toAddresses = {kAlison};
    freeze.ccAddresses = {kSam};
    freeze.contactRemoteIds = {QStringLiteral("dana"), QStringLiteral("sam")};
    f.freezeEmail = store.upsert(freeze).id;

    Interaction nudge =
        interaction(QStringLiteral("e2"), InteractionKind::Email, Direction::Outbound, asOf - 25 * kDay);
    nudge.subject = QStringLiteral("Checking in");
    nudge.bodyText = QStringLiteral("Hi Dana, just checking in on the proposal.");
    nudge.fromAddress = kAlison;
    nudge.toAddresses = {kDana};
    nudge.contactRemoteIds = {QStringLiteral("dana")};
    f.nudge = store.upsert(nudge).id;

    Interaction note =
        interaction(QStringLiteral("n1"), InteractionKind::Note, Direction::Internal, asOf - 10 * kDay);
    note.subject = QStringLiteral("Status");
    note.bodyText = QStringLiteral("Dana went quiet after the budget news.");
    note.fromAddress = kAlison;
    f.note = store.upsert(note).id;

    Interaction hostile =
        interaction(QStringLiteral("e3"), InteractionKind::Email, Direction::Inbound, asOf - 5 * kDay);
    hostile.subject = QStringLiteral("Security review");
    hostile.bodyText = QStringLiteral("Hi Alison, the security review is done.\n\nRegards, Sam");
    hostile.bodyHtml = hostileHtml();
    hostile.fromAddress = kSam;
    hostile.toAddresses = {kAlison};
    hostile.contactRemoteIds = {QStringLiteral("sam")};
    f.hostileEmail = store.upsert(hostile).id;
    return f;
}

} // namespace dp::test
