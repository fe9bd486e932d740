// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesforceFixtures.h"

#include "sync/http/OAuthTokens.h"

#include <QJsonArray>
#include <iterator>

namespace dp::test {
namespace {

const char *const kStages[] = {"Prospecting", "Qualification", "Proposal/Price Quote", "Closed Won",
                               "Closed Lost"};
const char *const kCategories[] = {"Pipeline", "Best Case", "Commit", "Closed", "Omitted"};

// Lines of sales mail: a buyer's (some pleased, some not) and a rep's.
const char *const kBuyerLines[] = {
    "Thanks for the revised proposal. The team reviewed it on Tuesday and we are happy with the scope.",
    "Honestly the pricing is still well above what we budgeted, and finance is not comfortable with it.",
    "Our security review flagged two open questions about data residency. Could you send the SOC 2 report?",
    "The pilot went really well and the users love the new reporting dashboards.",
    "We need to push the decision to next quarter because of a reorganisation on our side.",
    "Could you walk our CFO through the ROI model next week? She has concerns about adoption.",
    "Legal has returned the MSA with redlines on liability and termination; see the attached version.",
    "I am frustrated that the integration issue from last month is still not fixed.",
    "Great call yesterday, the demo answered most of our questions.",
    "We are comparing you with two other vendors and will decide on a shortlist by Friday.",
    "The onboarding plan looks solid, but six weeks is longer than we hoped for.",
    "Procurement needs a formal quote with the multi-year discount before they can raise a PO.",
};
const char *const kRepLines[] = {
    "Following up on our call, I have attached the updated pricing with the multi-year discount.",
    "Let me know a time that works for a short demo with your operations team.",
    "As discussed, the implementation takes about six weeks with a dedicated onboarding manager.",
    "I have looped in our solutions engineer to answer the security questionnaire.",
    "Happy to set up a reference call with a customer in your industry.",
    "Just checking in to see whether you had a chance to review the proposal.",
    "We can include premium support for the first year if we sign before the end of the quarter.",
};
const char *const kFirstNames[] = {"Maria", "James", "Ana", "Daniel", "Elena", "Tom", "Priya", "Lucas"};

QString pick(const char *const *lines, int count, qint64 seed) {
    return QLatin1String(lines[seed % count]);
}

QString buyerLine(qint64 seed) {
    return pick(kBuyerLines, int(std::size(kBuyerLines)), seed);
}

QString repLine(qint64 seed) {
    return pick(kRepLines, int(std::size(kRepLines)), seed);
}

// A plain email: greeting, paragraphs, signature, and the message it answers quoted below.
QString mailText(const QString &greeting, const QStringList &paragraphs, const QString &signature,
                 const QStringList &quoted) {
    QString text = greeting + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n")) +
                   QStringLiteral("\n\n") + signature;
    if (!quoted.isEmpty()) {
        text += QStringLiteral("\n\nOn Tue, 7 May 2024 at 10:12, the sender wrote:\n");
        for (const QString &line : quoted)
            text += QStringLiteral("> ") + line + QLatin1Char('\n');
    }
    return text;
}

QString mailHtml(const QString &text) {
    QString html = QStringLiteral("<html><body><div style=\"font-family: Arial, sans-serif\">");
    for (const QString &paragraph : text.split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>") +
                paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>");
    return html + QStringLiteral("</div></body></html>");
}

// An Enhanced Email between a buyer contact and one of our users: the EmailMessage (which supersedes the
// Task logged with it) and the two relations through which the org matched each address.
struct EnhancedEmail {
    qint64 activity = 0;
    QString deal;
    QString subject;
    QString text;
    QString html;
    QString when;
    bool incoming = false;
    QString buyerContact;
    QString buyerAddress;
    QString user;
    QString userAddress;
};

void putEnhancedEmail(SalesforceServer &server, const EnhancedEmail &email, Millis at) {
    const QString id = sfId("02s", email.activity);
    const QString &from = email.incoming ? email.buyerAddress : email.userAddress;
    const QString &to = email.incoming ? email.userAddress : email.buyerAddress;
    server.put(QStringLiteral("EmailMessage"), id,
               {{QStringLiteral("Subject"), email.subject},
                {QStringLiteral("TextBody"), email.text},
                {QStringLiteral("HtmlBody"), email.html},
                {QStringLiteral("MessageDate"), email.when},
                {QStringLiteral("FromAddress"), from},
                {QStringLiteral("ToAddress"), to},
                {QStringLiteral("Incoming"), email.incoming},
                {QStringLiteral("Status"), QStringLiteral("3")},
                {QStringLiteral("RelatedToId"), email.deal},
                {QStringLiteral("ActivityId"), sfId("00T", email.activity)}},
               at);
    const auto relation = [&](qint64 number, const QString &party, bool sender, const QString &address) {
        server.put(QStringLiteral("EmailMessageRelation"), sfId("0EM", number),
                   {{QStringLiteral("EmailMessageId"), id},
                    {QStringLiteral("RelationId"), party},
                    {QStringLiteral("RelationType"),
                     sender ? QStringLiteral("FromAddress") : QStringLiteral("ToAddress")},
                    {QStringLiteral("RelationAddress"), address}},
                   at);
    };
    relation(email.activity * 2, email.buyerContact, email.incoming, email.buyerAddress);
    relation(email.activity * 2 + 1, email.user, !email.incoming, email.userAddress);
}

// A completed Task done at `when`: its links (WhatId, WhoId) and the given fields.
struct CompletedTask {
    QString id;
    QJsonObject links;
    QString owner;
    QString when;
    Millis stamp;
};

void putCompletedTask(SalesforceServer &server, const CompletedTask &task, const QJsonObject &fields) {
    QJsonObject all = task.links;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        all.insert(it.key(), it.value());
    all.insert(QStringLiteral("Status"), QStringLiteral("Completed"));
    all.insert(QStringLiteral("CompletedDateTime"), task.when);
    all.insert(QStringLiteral("ActivityDate"), task.when.left(10));
    all.insert(QStringLiteral("OwnerId"), task.owner);
    server.put(QStringLiteral("Task"), task.id, all, task.stamp);
}

// Users "Rep 0", "Rep 1", ... (the last one inactive when asked: a deal keeps a departed owner).
void putUsers(SalesforceServer &server, int users, bool lastInactive) {
    for (int u = 0; u < users; ++u)
        server.put(QStringLiteral("User"), sfId("005", u + 1),
                   {{QStringLiteral("Name"), QStringLiteral("Rep %1").arg(u)},
                    {QStringLiteral("Email"), QStringLiteral("rep%1@seller.io").arg(u)},
                    {QStringLiteral("IsActive"), !(lastInactive && u == users - 1)}},
                   sfStamp(u));
}

void putAccounts(SalesforceServer &server, int accounts) {
    for (int a = 0; a < accounts; ++a)
        server.put(QStringLiteral("Account"), sfId("001", a + 1),
                   {{QStringLiteral("Name"), QStringLiteral("Client %1").arg(a)},
                    {QStringLiteral("Website"), QStringLiteral("www.client%1.com").arg(a)}},
                   sfStamp(a));
}

// The five stages of kStages, the last two closed (won, lost).
void putStages(SalesforceServer &server) {
    for (int s = 0; s < 5; ++s)
        server.put(QStringLiteral("OpportunityStage"), sfId("01J", s + 1),
                   {{QStringLiteral("MasterLabel"), QLatin1String(kStages[s])},
                    {QStringLiteral("SortOrder"), s + 1},
                    {QStringLiteral("DefaultProbability"), QJsonArray{10, 20, 75, 100, 0}[s]},
                    {QStringLiteral("IsClosed"), s >= 3},
                    {QStringLiteral("IsWon"), s == 3},
                    {QStringLiteral("IsActive"), true}},
                   kBaseStamp);
}

} // namespace

Millis sfStamp(int index) {
    return kBaseStamp + index * kSfStep;
}

QString sfDeal(int index) {
    return sfId("006", index + 1);
}

QString sfContact(int index) {
    return sfId("003", index + 1);
}

void fillSalesforce(SalesforceServer &server, const SalesforceShape &shape) {
    server.setBatchSize(4);
    server.setOrgCurrency(QStringLiteral("USD"));
    putUsers(server, shape.users, true);
    putAccounts(server, 3);
    for (int c = 0; c < shape.contacts; ++c)
        server.put(QStringLiteral("Contact"), sfContact(c),
                   {{QStringLiteral("FirstName"), QStringLiteral("Buyer")},
                    {QStringLiteral("LastName"), QString::number(c)},
                    {QStringLiteral("Email"), QStringLiteral("Buyer%1@Client%2.com").arg(c).arg(c % 3)},
                    {QStringLiteral("Title"), QStringLiteral("CFO")},
                    {QStringLiteral("AccountId"), sfId("001", c % 3 + 1)}},
                   sfStamp(c));
    putStages(server);
    qint64 activity = 1;
    for (int d = 0; d < shape.deals; ++d) {
        const QString deal = sfDeal(d);
        const Millis dealStamp = sfStamp(d);
        const int stage = d % 5;
        const QString closeDate = QStringLiteral("2024-07-%1").arg(1 + d % 28, 2, 10, QLatin1Char('0'));
        server.put(QStringLiteral("Opportunity"), deal,
                   {{QStringLiteral("Name"), QStringLiteral("Deal %1").arg(d)},
                    {QStringLiteral("StageName"), QLatin1String(kStages[stage])},
                    {QStringLiteral("Amount"), 1000.0 * (d + 1)},
                    {QStringLiteral("CloseDate"), closeDate},
                    {QStringLiteral("Probability"), QJsonArray{10, 20, 75, 100, 0}[stage]},
                    {QStringLiteral("ForecastCategoryName"), QLatin1String(kCategories[stage])},
                    {QStringLiteral("IsClosed"), stage >= 3},
                    {QStringLiteral("IsWon"), stage == 3},
                    {QStringLiteral("OwnerId"), sfId("005", d % shape.users + 1)},
                    {QStringLiteral("AccountId"), sfId("001", d % 3 + 1)},
                    {QStringLiteral("CreatedDate"), QStringLiteral("2024-04-01T09:00:00.000+0000")}},
                   dealStamp);
        server.put(
            QStringLiteral("OpportunityHistory"), sfId("008", d + 1),
            {{QStringLiteral("OpportunityId"), deal},
             {QStringLiteral("StageName"), QLatin1String(kStages[stage])},
             {QStringLiteral("Amount"), 1000.0 * (d + 1)},
             {QStringLiteral("CloseDate"), closeDate},
             {QStringLiteral("ForecastCategory"), QString::fromLatin1(kCategories[stage]).remove(u' ')},
             {QStringLiteral("PrevAmount"), QJsonValue::Null},
             {QStringLiteral("PrevCloseDate"), QJsonValue::Null}},
            dealStamp);
        const int contactA = (d * 2) % shape.contacts;
        const int contactB = (d * 2 + 1) % shape.contacts;
        for (int r = 0; r < 2; ++r)
            server.put(
                QStringLiteral("OpportunityContactRole"), sfId("00K", d * 2 + r + 1),
                {{QStringLiteral("OpportunityId"), deal},
                 {QStringLiteral("ContactId"), sfContact(r ? contactB : contactA)},
                 {QStringLiteral("Role"), r ? QStringLiteral("Evaluator") : QStringLiteral("Decision Maker")},
                 {QStringLiteral("IsPrimary"), r == 0}},
                dealStamp);
        const QString buyer = QStringLiteral("buyer%1@client%2.com").arg(contactA).arg(contactA % 3);
        for (int e = 0; e < shape.activitiesPerDeal; ++e, ++activity) {
            const Millis at = sfStamp(int(activity));
            const QString when = sfInstant(at - 3600000);
            const QJsonObject links{{QStringLiteral("WhatId"), deal},
                                    {QStringLiteral("WhoId"), sfContact(contactA)}};
            auto task = [&](const QJsonObject &fields) {
                putCompletedTask(server, {sfId("00T", activity), links, sfId("005", 1), when, at}, fields);
            };
            switch (e % 4) {
            case 0: { // Enhanced Email: a Task and the EmailMessage that supersedes it
                const bool reply = d % 2 == 0;
                task({{QStringLiteral("TaskSubtype"), QStringLiteral("Email")},
                      {QStringLiteral("Subject"), QStringLiteral("Email: Re: proposal %1").arg(activity)}});
                putEnhancedEmail(server,
                                 {activity, deal, QStringLiteral("Re: proposal %1").arg(activity),
                                  QStringLiteral("Thanks, see you soon."),
                                  QStringLiteral("<p>Thanks, see you soon.</p>"), when, reply,
                                  sfContact(contactA), buyer, sfId("005", 1),
                                  QStringLiteral("rep0@seller.io")},
                                 at);
                break;
            }
            case 1:
                task({{QStringLiteral("TaskSubtype"), QStringLiteral("Call")},
                      {QStringLiteral("Subject"), QStringLiteral("Discovery call")},
                      {QStringLiteral("CallType"), QStringLiteral("Outbound")},
                      {QStringLiteral("CallDurationInSeconds"), 125}});
                break;
            case 2: {
                QJsonObject event = links;
                event.insert(QStringLiteral("Subject"), QStringLiteral("Demo"));
                event.insert(QStringLiteral("StartDateTime"), sfInstant(at - 7200000));
                event.insert(QStringLiteral("EndDateTime"), sfInstant(at - 5400000));
                event.insert(QStringLiteral("DurationInMinutes"), 30);
                server.put(QStringLiteral("Event"), sfId("00U", activity), event, at);
                break;
            }
            default:
                task({{QStringLiteral("TaskSubtype"), QStringLiteral("Email")},
                      {QStringLiteral("Subject"), QStringLiteral("Email: pricing")},
                      {QStringLiteral("Description"), QStringLiteral("Sent the price list.")}});
            }
        }
        if (d % 3 == 1) { // an Enhanced Note on the deal and its buyer
            const QString noteId = sfId("069", d + 1);
            server.put(QStringLiteral("ContentNote"), noteId,
                       {{QStringLiteral("Title"), QStringLiteral("Call prep %1").arg(d)},
                        {QStringLiteral("TextPreview"), QStringLiteral("Budget confirmed")},
                        {QStringLiteral("Content"),
                         QStringLiteral("<p>Budget confirmed &amp; signed off.</p><p>Legal next week.</p>")},
                        {QStringLiteral("OwnerId"), sfId("005", 1)}},
                       dealStamp);
            server.put(
                QStringLiteral("ContentDocumentLink"), sfId("06A", d * 3 + 1),
                {{QStringLiteral("ContentDocumentId"), noteId}, {QStringLiteral("LinkedEntityId"), deal}},
                dealStamp);
            server.put(QStringLiteral("ContentDocumentLink"), sfId("06A", d * 3 + 2),
                       {{QStringLiteral("ContentDocumentId"), noteId},
                        {QStringLiteral("LinkedEntityId"), sfContact(contactA)}},
                       dealStamp);
            server.put(QStringLiteral("ContentDocumentLink"), sfId("06A", d * 3 + 3),
                       {{QStringLiteral("ContentDocumentId"), noteId},
                        {QStringLiteral("LinkedEntityId"), sfId("005", 1)}},
                       dealStamp);
        }
        if (d % 5 == 3) // a classic note
            server.put(QStringLiteral("Note"), sfId("002", d + 1),
                       {{QStringLiteral("ParentId"), deal},
                        {QStringLiteral("Title"), QStringLiteral("Pricing")},
                        {QStringLiteral("Body"), QStringLiteral("Asked for 10% off.")},
                        {QStringLiteral("OwnerId"), sfId("005", 1)}},
                       dealStamp);
    }
}

void fillSalesforceVolume(SalesforceServer &server, int deals, int perDeal) {
    server.setBatchSize(500);
    server.setOrgCurrency(QStringLiteral("USD"));
    const int users = 12;
    const int contacts = std::max(4, deals / 2);
    const int accounts = std::max(3, deals / 20);
    putUsers(server, users, false);
    putAccounts(server, accounts);
    auto contactEmail = [&](int c) {
        return QStringLiteral("buyer%1@client%2.com").arg(c).arg(c % accounts);
    };
    for (int c = 0; c < contacts; ++c)
        server.put(QStringLiteral("Contact"), sfContact(c),
                   {{QStringLiteral("FirstName"), QLatin1String(kFirstNames[c % std::size(kFirstNames)])},
                    {QStringLiteral("LastName"), QStringLiteral("Buyer%1").arg(c)},
                    {QStringLiteral("Email"), contactEmail(c)},
                    {QStringLiteral("Title"), QStringLiteral("Head of Operations")},
                    {QStringLiteral("AccountId"), sfId("001", c % accounts + 1)}},
                   sfStamp(c));
    putStages(server);
    qint64 activity = 1;
    for (int d = 0; d < deals; ++d) {
        const QString deal = sfDeal(d);
        const Millis dealStamp = sfStamp(d);
        const int stage = d % 5;
        const QString closeDate = QStringLiteral("2024-%1-%2")
                                      .arg(7 + d % 6, 2, 10, QLatin1Char('0'))
                                      .arg(1 + d % 28, 2, 10, QLatin1Char('0'));
        const QString owner = sfId("005", d % users + 1);
        const QString repAddress = QStringLiteral("rep%1@seller.io").arg(d % users);
        server.put(QStringLiteral("Opportunity"), deal,
                   {{QStringLiteral("Name"),
                     QStringLiteral("Client %1 platform rollout %2").arg(d % accounts).arg(d)},
                    {QStringLiteral("StageName"), QLatin1String(kStages[stage])},
                    {QStringLiteral("Amount"), 5000.0 + 250.0 * (d % 97)},
                    {QStringLiteral("CloseDate"), closeDate},
                    {QStringLiteral("Probability"), QJsonArray{10, 20, 75, 100, 0}[stage]},
                    {QStringLiteral("ForecastCategoryName"), QLatin1String(kCategories[stage])},
                    {QStringLiteral("IsClosed"), stage >= 3},
                    {QStringLiteral("IsWon"), stage == 3},
                    {QStringLiteral("OwnerId"), owner},
                    {QStringLiteral("AccountId"), sfId("001", d % accounts + 1)},
                    {QStringLiteral("CreatedDate"), QStringLiteral("2024-04-01T09:00:00.000+0000")}},
                   dealStamp);
        server.put(
            QStringLiteral("OpportunityHistory"), sfId("008", d + 1),
            {{QStringLiteral("OpportunityId"), deal},
             {QStringLiteral("StageName"), QLatin1String(kStages[stage])},
             {QStringLiteral("Amount"), 5000.0 + 250.0 * (d % 97)},
             {QStringLiteral("CloseDate"), closeDate},
             {QStringLiteral("ForecastCategory"), QString::fromLatin1(kCategories[stage]).remove(u' ')},
             {QStringLiteral("PrevAmount"), QJsonValue::Null},
             {QStringLiteral("PrevCloseDate"), QJsonValue::Null}},
            dealStamp);
        const int contactA = (d * 2) % contacts;
        const int contactB = (d * 2 + 1) % contacts;
        for (int r = 0; r < 2; ++r)
            server.put(
                QStringLiteral("OpportunityContactRole"), sfId("00K", d * 2 + r + 1),
                {{QStringLiteral("OpportunityId"), deal},
                 {QStringLiteral("ContactId"), sfContact(r ? contactB : contactA)},
                 {QStringLiteral("Role"), r ? QStringLiteral("Evaluator") : QStringLiteral("Decision Maker")},
                 {QStringLiteral("IsPrimary"), r == 0}},
                dealStamp);
        const QString buyer = contactEmail(contactA);
        const QString buyerName = QLatin1String(kFirstNames[contactA % std::size(kFirstNames)]);
        const QString buyerSignature =
            QStringLiteral("Best regards,\n%1 Buyer%2\nHead of Operations, Client %3\n+1 415 555 %4")
                .arg(buyerName)
                .arg(contactA)
                .arg(contactA % accounts)
                .arg(1000 + contactA % 9000);
        const QString repSignature =
            QStringLiteral("Kind regards,\nRep %1\nAccount Executive, Seller Inc.\nseller.io").arg(d % users);
        for (int e = 0; e < perDeal; ++e, ++activity) {
            const Millis at = kBaseStamp + activity * 1000;
            const QString when = sfInstant(at - 3'600'000);
            const QJsonObject links{{QStringLiteral("WhatId"), deal},
                                    {QStringLiteral("WhoId"), sfContact(contactA)}};
            auto task = [&](const QJsonObject &fields) {
                putCompletedTask(server, {sfId("00T", activity), links, owner, when, at}, fields);
            };
            const int kind = e % 8;
            if (kind == 0 || kind == 1 || kind == 5 || kind == 7) { // an Enhanced Email
                const bool incoming = kind == 1 || kind == 5;
                const QString subject = QStringLiteral("Re: Client %1 proposal").arg(d % accounts);
                const QString text =
                    incoming ? mailText(QStringLiteral("Hi Rep %1,").arg(d % users),
                                        {buyerLine(activity), buyerLine(activity * 7 + 3)}, buyerSignature,
                                        {repLine(activity), repLine(activity + 2)})
                             : mailText(QStringLiteral("Hi %1,").arg(buyerName),
                                        {repLine(activity), repLine(activity * 5 + 1), repLine(activity + 4)},
                                        repSignature,
                                        kind == 7 ? QStringList{buyerLine(activity)} : QStringList());
                task({{QStringLiteral("TaskSubtype"), QStringLiteral("Email")},
                      {QStringLiteral("Subject"), QStringLiteral("Email: ") + subject}});
                putEnhancedEmail(server,
                                 {activity, deal, subject, text, mailHtml(text), when, incoming,
                                  sfContact(contactA), buyer, owner, repAddress},
                                 at);
            } else if (kind == 2 || kind == 6) {
                task({{QStringLiteral("TaskSubtype"), QStringLiteral("Call")},
                      {QStringLiteral("Subject"), QStringLiteral("Call with %1").arg(buyerName)},
                      {QStringLiteral("Description"), QStringLiteral("%1 said: %2 %3\nNext step: %4")
                                                          .arg(buyerName, buyerLine(activity * 3),
                                                               buyerLine(activity + 5), repLine(activity))},
                      {QStringLiteral("CallType"), QStringLiteral("Outbound")},
                      {QStringLiteral("CallDurationInSeconds"), 300 + int(activity % 1500)}});
            } else if (kind == 3) {
                QJsonObject event = links;
                event.insert(QStringLiteral("Subject"), QStringLiteral("Demo and Q&A"));
                event.insert(QStringLiteral("Description"),
                             QStringLiteral("Agenda: reporting, integrations, rollout plan.\nOutcome: %1")
                                 .arg(buyerLine(activity * 11)));
                event.insert(QStringLiteral("StartDateTime"), sfInstant(at - 7'200'000));
                event.insert(QStringLiteral("EndDateTime"), sfInstant(at - 5'400'000));
                event.insert(QStringLiteral("DurationInMinutes"), 30);
                event.insert(QStringLiteral("OwnerId"), owner);
                server.put(QStringLiteral("Event"), sfId("00U", activity), event, at);
            } else { // an email logged from Outlook as a Task
                task({{QStringLiteral("TaskSubtype"), QStringLiteral("Email")},
                      {QStringLiteral("Subject"), QStringLiteral("Email: pricing and next steps")},
                      {QStringLiteral("Description"),
                       mailText(QStringLiteral("Hi %1,").arg(buyerName),
                                {repLine(activity * 3), repLine(activity + 1)}, repSignature, {})}});
            }
        }
        if (d % 5 == 0) { // an Enhanced Note on the deal and its buyer
            const QString noteId = sfId("069", d + 1);
            const QString html =
                QStringLiteral("<p>Call prep for the %1 review.</p><p>%2</p><p>%3</p>")
                    .arg(closeDate, buyerLine(d).toHtmlEscaped(), repLine(d).toHtmlEscaped());
            server.put(QStringLiteral("ContentNote"), noteId,
                       {{QStringLiteral("Title"), QStringLiteral("Call prep %1").arg(d)},
                        {QStringLiteral("TextPreview"), buyerLine(d).left(255)},
                        {QStringLiteral("Content"), html},
                        {QStringLiteral("OwnerId"), owner}},
                       dealStamp);
            server.put(
                QStringLiteral("ContentDocumentLink"), sfId("06A", d * 2 + 1),
                {{QStringLiteral("ContentDocumentId"), noteId}, {QStringLiteral("LinkedEntityId"), deal}},
                dealStamp);
            server.put(QStringLiteral("ContentDocumentLink"), sfId("06A", d * 2 + 2),
                       {{QStringLiteral("ContentDocumentId"), noteId},
                        {QStringLiteral("LinkedEntityId"), sfContact(contactA)}},
                       dealStamp);
        }
    }
}

SyncOutcome syncSalesforce(Database &db, const SalesforceServer &server, const SyncSetup &setup) {
    sync::HttpOptions httpOptions;
    httpOptions.stallTimeout = setup.stallTimeout;
    sync::HttpClient http(httpOptions);
    sync::ApiClient api(http, QStringLiteral("Salesforce"), sync::salesforceErrorInterpreter(), setup.retry);
    sync::SalesforceSettings settings;
    settings.instanceUrl = setup.oauth ? QString() : server.instanceUrl();
    settings.queryLimit = setup.pageSize;
    sync::SalesforceConnector connector(api, settings);
    std::unique_ptr<sync::TokenSource> tokens;
    if (setup.oauth)
        tokens =
            std::make_unique<sync::OAuthRefresher>(*setup.oauth, [&connector](const QJsonObject &response) {
                connector.setInstanceUrl(response.value(QStringLiteral("instance_url")).toString());
            });
    else
        tokens = std::make_unique<sync::FixedToken>(setup.token);
    api.setTokenSource(tokens.get());
    return runConnector(db, connector, api, setup);
}

} // namespace dp::test
