// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/salesforce/SalesforceMapping.h"

#include "sync/CrmValues.h"

#include "domain/CheckedNumber.h"

#include "domain/Direction.h"
#include "store/DealStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dp::sync {
namespace {

// Numbers arrive as JSON numbers, but a formula field or a proxy may turn them into text: take both.
ParsedAmount number(const QJsonObject &record, const char *field) {
    const QJsonValue value = record.value(QLatin1String(field));
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return {value.toDouble(), true};
    if (value.isString())
        return parseAmount(value.toString());
    return {std::nullopt, false};
}

QString amountText(const ParsedAmount &amount) {
    return amount.value ? QString::number(*amount.value, 'f', 2) : QString();
}

QString dateText(const QString &text) {
    const auto date = parseCrmDate(text);
    return date ? date->toString(Qt::ISODate) : QString();
}

QString lastValueBefore(const QList<FieldChangeRow> &known, DealField field, Millis before) {
    QString value;
    Millis latest = std::numeric_limits<Millis>::min();
    for (const FieldChangeRow &row : known)
        if (row.field == field && row.changedAt < before && row.changedAt >= latest) {
            latest = row.changedAt;
            value = row.newValue;
        }
    return value;
}

bool alreadyKnown(const QList<FieldChangeRow> &known, DealField field, const QString &newValue, Millis at) {
    constexpr Millis kSameChange = 60 * 1000;
    for (const FieldChangeRow &row : known)
        if (row.field == field && row.newValue == newValue && std::abs(row.changedAt - at) <= kSameChange)
            return true;
    return false;
}

std::optional<Millis> instant(const QJsonObject &record, const char *field) {
    return parseCrmInstant(sfText(record, field));
}

Millis activityTime(const QJsonObject &record, std::initializer_list<const char *> fields,
                    SyncWarnings &warnings) {
    for (const char *field : fields)
        if (const auto at = instant(record, field))
            return *at;
    warnings.add(QCoreApplication::translate("SyncWarning", "%1 %2: no readable time, used its creation time")
                     .arg(record.value(QStringLiteral("attributes")).toObject().value(u"type").toString(),
                          sfText(record, "Id")));
    return instant(record, "CreatedDate").value_or(0);
}

void linkRecords(Interaction &in, const QJsonObject &record, const char *whatField) {
    const QString what = sfText(record, whatField);
    if (isOpportunityId(what))
        in.dealRemoteIds = {what};
    const QString who = sfText(record, "WhoId");
    if (isContactId(who))
        in.contactRemoteIds = {who};
}

Interaction note(const QJsonObject &record) {
    Interaction in;
    in.source = kSalesforceSource;
    in.remoteId = sfText(record, "Id");
    in.kind = InteractionKind::Note;
    in.direction = Direction::Internal; // the rep's own words (Direction.h)
    in.subject = sfText(record, "Title");
    in.occurredAt = instant(record, "CreatedDate").value_or(instant(record, "LastModifiedDate").value_or(0));
    in.isDeleted = salesforceDeleted(record);
    return in;
}

} // namespace

QString sfText(const QJsonObject &record, const char *field) {
    const QJsonValue value = record.value(QLatin1String(field));
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

bool salesforceDeleted(const QJsonObject &record) {
    return sfText(record, "IsDeleted") == QLatin1String("true");
}

bool isOpportunityId(const QString &id) {
    return id.size() >= 15 && id.startsWith(QLatin1String("006"));
}

bool isContactId(const QString &id) {
    return id.size() >= 15 && id.startsWith(QLatin1String("003"));
}

SalesforceStages salesforceStagesFromRecords(const QList<QJsonObject> &records) {
    SalesforceStages stages;
    for (const QJsonObject &record : records) {
        SalesforceStage stage;
        stage.order = toIntChecked(number(record, "SortOrder").value.value_or(0)).value_or(0);
        if (const auto probability = number(record, "DefaultProbability").value)
            stage.probability = std::clamp(*probability / 100.0, 0.0, 1.0);
        stage.isClosed = sfText(record, "IsClosed") == QLatin1String("true");
        stage.isWon = sfText(record, "IsWon") == QLatin1String("true");
        stages.insert(sfText(record, "MasterLabel"), stage);
    }
    return stages;
}

QString salesforceForecastCategory(const QString &name, bool *known) {
    static const QHash<QString, QString> categories{
        {QStringLiteral("pipeline"), QStringLiteral("pipeline")},
        {QStringLiteral("bestcase"), QStringLiteral("best_case")},
        {QStringLiteral("commit"), QStringLiteral("commit")},
        {QStringLiteral("omitted"), QStringLiteral("omitted")},
        {QStringLiteral("closed"), QStringLiteral("closed")},
    };
    QString squeezed = name.toLower();
    squeezed.remove(QLatin1Char(' '));
    const auto found = categories.constFind(squeezed);
    if (known)
        *known = found != categories.constEnd() || name.trimmed().isEmpty();
    if (found != categories.constEnd())
        return *found;
    return name.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

Owner mapSalesforceUser(const QJsonObject &record) {
    Owner owner;
    owner.source = kSalesforceSource;
    owner.remoteId = sfText(record, "Id");
    owner.email = sfText(record, "Email").trimmed();
    owner.name = sfText(record, "Name").trimmed();
    if (owner.name.isEmpty())
        owner.name = owner.email;
    // Inactive users stay: their deals keep the owner's name and email.
    owner.active = sfText(record, "IsActive") != QLatin1String("false");
    return owner;
}

Account mapSalesforceAccount(const QJsonObject &record) {
    Account account;
    account.source = kSalesforceSource;
    account.remoteId = sfText(record, "Id");
    account.name = sfText(record, "Name");
    QString website = sfText(record, "Website").trimmed().toLower();
    if (!website.isEmpty()) {
        if (!website.contains(QLatin1String("://")))
            website.prepend(QLatin1String("https://"));
        QString host = QUrl(website).host();
        if (host.startsWith(QLatin1String("www.")))
            host.remove(0, 4);
        if (host.contains(QLatin1Char('.')))
            account.emailDomains = {host};
    }
    return account;
}

Contact mapSalesforceContact(const QJsonObject &record) {
    Contact contact;
    contact.source = kSalesforceSource;
    contact.remoteId = sfText(record, "Id");
    contact.accountRemoteId = sfText(record, "AccountId");
    contact.firstName = sfText(record, "FirstName");
    contact.lastName = sfText(record, "LastName");
    contact.email = sfText(record, "Email").trimmed();
    contact.title = sfText(record, "Title");
    return contact;
}

Deal mapSalesforceOpportunity(const QJsonObject &record, const SalesforceStages &stages,
                              const SalesforceCurrency &currency, SyncWarnings &warnings) {
    Deal deal;
    deal.source = kSalesforceSource;
    deal.remoteId = sfText(record, "Id");
    deal.name = sfText(record, "Name");
    deal.ownerRemoteId = sfText(record, "OwnerId");
    deal.accountRemoteId = sfText(record, "AccountId");
    deal.stage = sfText(record, "StageName");
    deal.isClosed = sfText(record, "IsClosed") == QLatin1String("true");
    deal.isWon = sfText(record, "IsWon") == QLatin1String("true");
    const auto stage = stages.constFind(deal.stage);
    if (stage != stages.constEnd()) {
        deal.stageOrder = stage->order;
        deal.stageProbability = stage->probability;
    } else if (!stages.isEmpty() && !deal.stage.isEmpty()) {
        warnings.add(QCoreApplication::translate(
                         "SyncWarning", "opportunity %1: stage '%2' is not in the stage picklist; kept as is")
                         .arg(deal.remoteId, deal.stage.left(60)));
    }
    // The deal's own probability (a percentage) wins over its stage's default.
    const ParsedAmount probability = number(record, "Probability");
    if (probability.value)
        deal.stageProbability = std::clamp(*probability.value / 100.0, 0.0, 1.0);
    else if (!probability.ok)
        warnings.add(
            QCoreApplication::translate("SyncWarning", "opportunity %1: probability '%2' is not a number")
                .arg(deal.remoteId, sfText(record, "Probability").left(40)));

    const ParsedAmount amount = number(record, "Amount");
    deal.amount = amount.value;
    deal.currency = currency.perRecord ? sfText(record, "CurrencyIsoCode").trimmed() : QString();
    if (deal.currency.isEmpty())
        deal.currency = currency.orgDefault;
    if (!amount.ok)
        warnings.add(QCoreApplication::translate("SyncWarning",
                                                 "opportunity %1: amount '%2' is not a number; stored none")
                         .arg(deal.remoteId, sfText(record, "Amount").left(40)));
    const QString closeText = sfText(record, "CloseDate");
    if (const auto close = parseCrmDate(closeText))
        deal.closeDate = *close;
    else if (!closeText.trimmed().isEmpty())
        warnings.add(QCoreApplication::translate("SyncWarning",
                                                 "opportunity %1: close date '%2' is not a date; stored none")
                         .arg(deal.remoteId, closeText.left(40)));
    bool knownCategory = true;
    deal.forecastCategory =
        salesforceForecastCategory(sfText(record, "ForecastCategoryName"), &knownCategory);
    if (!knownCategory)
        warnings.add(
            QCoreApplication::translate("SyncWarning", "opportunity %1: unknown forecast category '%2'")
                .arg(deal.remoteId, sfText(record, "ForecastCategoryName").left(40)));
    deal.createdAt = instant(record, "CreatedDate").value_or(instant(record, "SystemModstamp").value_or(0));
    deal.isDeleted = salesforceDeleted(record);
    return deal;
}

DealContactRole mapSalesforceContactRole(const QJsonObject &record) {
    return DealContactRole{sfText(record, "OpportunityId"), sfText(record, "ContactId"),
                           sfText(record, "Role"), sfText(record, "IsPrimary") == QLatin1String("true")};
}

QList<FieldChange> mapOpportunityHistory(const QJsonObject &record, const QList<FieldChangeRow> &known) {
    QList<FieldChange> changes;
    const QString deal = sfText(record, "OpportunityId");
    const auto at = instant(record, "CreatedDate");
    if (deal.isEmpty() || !at)
        return changes;
    auto add = [&](DealField field, const QString &before, const QString &after) {
        if (before != after)
            changes.append(FieldChange{deal, field, before, after, *at});
    };
    add(DealField::Stage, lastValueBefore(known, DealField::Stage, *at), sfText(record, "StageName"));
    add(DealField::Amount, amountText(number(record, "PrevAmount")), amountText(number(record, "Amount")));
    add(DealField::CloseDate, dateText(sfText(record, "PrevCloseDate")),
        dateText(sfText(record, "CloseDate")));
    const QString category = sfText(record, "ForecastCategory");
    if (!category.isEmpty())
        add(DealField::ForecastCategory, lastValueBefore(known, DealField::ForecastCategory, *at),
            salesforceForecastCategory(category));
    return changes;
}

std::optional<FieldChange> mapOpportunityFieldHistory(const QJsonObject &record,
                                                      const QList<FieldChangeRow> &known) {
    const QString field = sfText(record, "Field");
    const auto at = instant(record, "CreatedDate");
    if (!at)
        return std::nullopt;
    FieldChange change{sfText(record, "OpportunityId"), DealField::Stage, sfText(record, "OldValue"),
                       sfText(record, "NewValue"), *at};
    if (field == QLatin1String("StageName")) {
        change.field = DealField::Stage;
    } else if (field == QLatin1String("Amount")) {
        change.field = DealField::Amount;
        change.oldValue = amountText(parseAmount(change.oldValue));
        change.newValue = amountText(parseAmount(change.newValue));
    } else if (field == QLatin1String("CloseDate")) {
        change.field = DealField::CloseDate;
        change.oldValue = dateText(change.oldValue);
        change.newValue = dateText(change.newValue);
    } else if (field == QLatin1String("ForecastCategoryName")) {
        change.field = DealField::ForecastCategory;
        change.oldValue = change.oldValue.isEmpty() ? QString() : salesforceForecastCategory(change.oldValue);
        change.newValue = salesforceForecastCategory(change.newValue);
    } else {
        return std::nullopt;
    }
    if (change.oldValue == change.newValue || alreadyKnown(known, change.field, change.newValue, *at))
        return std::nullopt;
    return change;
}

std::optional<Interaction> mapSalesforceTask(const QJsonObject &record, SyncWarnings &warnings) {
    const QString subtype = sfText(record, "TaskSubtype");
    Interaction in;
    in.source = kSalesforceSource;
    in.remoteId = sfText(record, "Id");
    in.isDeleted = salesforceDeleted(record);
    in.subject = sfText(record, "Subject");
    in.bodyText = sfText(record, "Description");
    linkRecords(in, record, "WhatId");
    // A task's date is only a date; the moment it was done is better when Salesforce has it.
    in.occurredAt = activityTime(record, {"CompletedDateTime", "ActivityDate"}, warnings);
    if (subtype == QLatin1String("Email") || subtype == QLatin1String("ListEmail")) {
        // An email logged as a Task alone (BCC, Outlook add-in, list email) was sent by our side; an
        // Enhanced Email's Task is superseded by its EmailMessage, which knows the direction.
        in.kind = InteractionKind::Email;
        in.direction = Direction::Outbound;
        in.status = sfText(record, "Status").toLower();
    } else if (subtype == QLatin1String("Call")) {
        in.kind = InteractionKind::Call;
        const ParsedAmount duration = number(record, "CallDurationInSeconds");
        if (duration.value)
            in.durationSeconds = toIntChecked(*duration.value + 0.5);
        const bool connected = in.durationSeconds.value_or(0) > 0;
        const QString disposition = sfText(record, "CallDisposition").trimmed();
        in.status = !disposition.isEmpty() ? disposition.toLower()
                    : connected            ? QStringLiteral("connected")
                                           : QStringLiteral("no_answer");
        const QString type = sfText(record, "CallType");
        in.direction =
            type == QLatin1String("Internal")
                ? Direction::Internal
                : callDirection(connected ? QStringLiteral("connected") : QStringLiteral("no_answer"),
                                type == QLatin1String("Inbound"));
    } else {
        return std::nullopt;
    }
    return in;
}

Interaction mapSalesforceEvent(const QJsonObject &record, SyncWarnings &warnings) {
    Interaction in;
    in.source = kSalesforceSource;
    in.remoteId = sfText(record, "Id");
    in.kind = InteractionKind::Meeting;
    in.isDeleted = salesforceDeleted(record);
    in.subject = sfText(record, "Subject");
    in.bodyText = sfText(record, "Description");
    linkRecords(in, record, "WhatId");
    in.occurredAt = activityTime(record, {"StartDateTime", "ActivityDate"}, warnings);
    const auto start = instant(record, "StartDateTime");
    const auto end = instant(record, "EndDateTime");
    const ParsedAmount minutes = number(record, "DurationInMinutes");
    if (start && end && *end >= *start)
        in.durationSeconds = secondsBetween(*start, *end);
    else if (minutes.value)
        in.durationSeconds = toIntChecked(*minutes.value * 60);
    // Salesforce keeps no outcome: a meeting with a buyer counts once it has started (Direction.h).
    in.direction = meetingDirection(QString(), !in.contactRemoteIds.isEmpty());
    return in;
}

Interaction mapSalesforceEmailMessage(const QJsonObject &record, SyncWarnings &warnings) {
    Interaction in;
    in.source = kSalesforceSource;
    in.remoteId = sfText(record, "Id");
    in.kind = InteractionKind::Email;
    in.subject = sfText(record, "Subject");
    in.bodyText = sfText(record, "TextBody");
    in.bodyHtml = sfText(record, "HtmlBody");
    in.fromAddress = sfText(record, "FromAddress").trimmed().toLower();
    in.toAddresses = addressList(sfText(record, "ToAddress"));
    in.ccAddresses = addressList(sfText(record, "CcAddress"));
    const QString related = sfText(record, "RelatedToId");
    if (isOpportunityId(related))
        in.dealRemoteIds = {related};
    in.occurredAt = activityTime(record, {"MessageDate"}, warnings);
    in.direction =
        sfText(record, "Incoming") == QLatin1String("true") ? Direction::Inbound : Direction::Outbound;
    // Status 5 is a draft: not sent, so not an interaction (yet).
    const QString status = sfText(record, "Status");
    const bool draft = status == QLatin1String("5");
    in.status = draft ? QStringLiteral("draft") : QString();
    in.isDeleted = salesforceDeleted(record) || draft;
    return in;
}

QString noteHtmlToText(const QString &html) {
    static const QRegularExpression breaks(QStringLiteral(R"(<\s*(br|/p|/div|/li|/h\d)\b[^>]*>)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral(R"(<[^>]*>)"));
    static const QRegularExpression blankRuns(QStringLiteral(R"(\n{3,})"));
    QString text = html;
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    text.replace(blankRuns, QStringLiteral("\n\n"));
    return text.trimmed();
}

Interaction mapSalesforceContentNote(const QJsonObject &record, const QStringList &linkedIds,
                                     const std::optional<QByteArray> &content) {
    Interaction in = note(record);
    for (const QString &id : linkedIds) {
        if (isOpportunityId(id) && !in.dealRemoteIds.contains(id))
            in.dealRemoteIds.append(id);
        if (isContactId(id) && !in.contactRemoteIds.contains(id))
            in.contactRemoteIds.append(id);
    }
    // A note on no opportunity is no deal's interaction.
    if (in.dealRemoteIds.isEmpty())
        in.isDeleted = true;
    const QString html = content ? QString::fromUtf8(*content) : sfText(record, "TextPreview");
    in.bodyText = noteHtmlToText(html);
    return in;
}

Interaction mapSalesforceNote(const QJsonObject &record) {
    Interaction in = note(record);
    const QString parent = sfText(record, "ParentId");
    if (isOpportunityId(parent))
        in.dealRemoteIds = {parent};
    else
        in.isDeleted = true;              // a note on an account or a contact alone is no deal's interaction
    in.bodyText = sfText(record, "Body"); // classic notes are plain text
    return in;
}

} // namespace dp::sync
