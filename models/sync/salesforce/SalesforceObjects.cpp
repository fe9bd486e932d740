// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/salesforce/SalesforceObjects.h"

#include "sync/CrmValues.h"

#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/InteractionStore.h"
#include "store/SyncCleanupStore.h"
#include "store/SyncStore.h"

#include <QCoreApplication>

namespace dp::sync {
namespace {

QStringList withCommon(QStringList fields, bool deletable = true,
                       const QString &stamp = QStringLiteral("SystemModstamp")) {
    fields.prepend(QStringLiteral("Id"));
    if (deletable)
        fields.append(QStringLiteral("IsDeleted"));
    fields.append(stamp);
    return fields;
}

void writeInteraction(SalesforceWrite &write, Interaction in) {
    SyncRun &run = write.run;
    InteractionStore interactions(run.db);
    if (in.isDeleted) {
        if (!interactions.interactionId(kSalesforceSource, in.remoteId))
            return; // never shown, nothing to take back
        in.dealRemoteIds.clear();
        in.contactRemoteIds.clear();
    }
    const UpsertOutcome outcome = interactions.upsert(in);
    if (in.isDeleted && outcome.changed)
        ++run.report.deletions;
    if (outcome.changed && in.sentiment)
        ++run.report.interactionsScored;
    SyncStore(run.db).keepUnresolvedLinks(kSalesforceSource, in.remoteId, outcome, write.pagePending);
}

// Events and notes: written as the prepare step mapped and scored them.
void writePrepared(SalesforceWrite &write, const QJsonObject &, const std::optional<Interaction> &prepared) {
    writeInteraction(write, *prepared);
}

QStringList emailContacts(const Interaction &email, SyncRun &run) {
    // The org's own relations first; then any cached contact whose address is on the email, for mail logged
    // before its sender or recipient became a contact (the org then recorded an address without a contact).
    SyncStore store(run.db);
    QStringList contacts = store.emailRelationContacts(kSalesforceSource, email.remoteId);
    QStringList addresses{email.fromAddress};
    addresses += email.toAddresses;
    addresses += email.ccAddresses;
    for (const QString &contact : store.contactsWithAddresses(kSalesforceSource, addresses))
        if (!contacts.contains(contact))
            contacts.append(contact);
    return contacts;
}

void writeUser(SalesforceWrite &write, const QJsonObject &record, const std::optional<Interaction> &) {
    DirectoryStore(write.run.db).upsertOwner(mapSalesforceUser(record));
}

void writeAccount(SalesforceWrite &write, const QJsonObject &record, const std::optional<Interaction> &) {
    if (!salesforceDeleted(record))
        DirectoryStore(write.run.db).upsertAccount(mapSalesforceAccount(record));
}

void writeContact(SalesforceWrite &write, const QJsonObject &record, const std::optional<Interaction> &) {
    SyncRun &run = write.run;
    // A merged contact is deleted with MasterRecordId set; its roles and activities move to the master,
    // which Salesforce re-stamps, so they arrive again pointing there.
    if (salesforceDeleted(record)) {
        if (SyncCleanupStore(run.db).removeContact(kSalesforceSource, sfText(record, "Id")))
            ++run.report.deletions;
    } else {
        DirectoryStore(run.db).upsertContact(mapSalesforceContact(record));
    }
}

void writeOpportunity(SalesforceWrite &write, const QJsonObject &record, const std::optional<Interaction> &) {
    SyncRun &run = write.run;
    DealStore deals(run.db);
    const Deal deal = mapSalesforceOpportunity(record, write.stages, write.currency, run.report.warnings);
    const auto existing = deals.dealId(kSalesforceSource, sfText(record, "Id"));
    if (deal.isDeleted && (!existing || deals.find(*existing).value_or(DealRow{}).deal.isDeleted))
        return;
    if (deal.isDeleted)
        ++run.report.deletions;
    deals.upsert(deal);
}

void writeContactRole(SalesforceWrite &write, const QJsonObject &record, const std::optional<Interaction> &) {
    SyncRun &run = write.run;
    const DealContactRole role = mapSalesforceContactRole(record);
    if (salesforceDeleted(record))
        SyncCleanupStore(run.db).removeContactRole(kSalesforceSource, role.dealRemoteId,
                                                   role.contactRemoteId);
    else if (!DealStore(run.db).setContactRole(kSalesforceSource, role))
        run.report.warnings.add(
            QCoreApplication::translate("SyncWarning",
                                        "contact role %1: opportunity %2 or contact %3 is not synced")
                .arg(sfText(record, "Id"), role.dealRemoteId, role.contactRemoteId));
}

// A history row's changes, given the changes the deal already has.
using HistoryMap = QList<FieldChange> (*)(const QJsonObject &record, const QList<FieldChangeRow> &known);

void writeHistory(SalesforceWrite &write, const QJsonObject &record, HistoryMap map) {
    if (salesforceDeleted(record))
        return;
    DealStore deals(write.run.db);
    const auto deal = deals.dealId(kSalesforceSource, sfText(record, "OpportunityId"));
    if (!deal)
        return; // the history of an opportunity that is not synced (deleted before we first saw it)
    for (const FieldChange &change : map(record, deals.history(*deal)))
        deals.recordChange(kSalesforceSource, change);
}

void writeOpportunityHistory(SalesforceWrite &write, const QJsonObject &record,
                             const std::optional<Interaction> &) {
    writeHistory(write, record, mapOpportunityHistory);
}

void writeOpportunityFieldHistory(SalesforceWrite &write, const QJsonObject &record,
                                  const std::optional<Interaction> &) {
    writeHistory(write, record, [](const QJsonObject &row, const QList<FieldChangeRow> &known) {
        QList<FieldChange> changes;
        if (auto change = mapOpportunityFieldHistory(row, known))
            changes.append(*change);
        return changes;
    });
}

void writeTask(SalesforceWrite &write, const QJsonObject &record,
               const std::optional<Interaction> &prepared) {
    std::optional<Interaction> task = prepared;
    if (!task)
        return; // a to-do, not an interaction
    if (SyncCleanupStore(write.run.db).isSuperseded(kSalesforceSource, sfText(record, "Id"))) {
        task->isDeleted = true;
        task->sentiment.reset(); // deleted rows stay unscored
    }
    writeInteraction(write, *task);
}

void writeEmailMessage(SalesforceWrite &write, const QJsonObject &record,
                       const std::optional<Interaction> &prepared) {
    Interaction email = *prepared;
    if (!email.isDeleted)
        email.contactRemoteIds = emailContacts(email, write.run);
    // An Enhanced Email is also logged as a Task: keep the richer EmailMessage only.
    const QString taskId = sfText(record, "ActivityId");
    if (!taskId.isEmpty() && !email.isDeleted) {
        SyncCleanupStore cleanup(write.run.db);
        cleanup.supersede(kSalesforceSource, taskId, sfText(record, "Id"));
        // Retired as it stands rather than blanked: the Task read again (the overlap window re-reads it every
        // sync) then matches its row, so an idle sync neither rewrites it nor reports a deletion.
        cleanup.retireInteraction(kSalesforceSource, taskId);
    }
    writeInteraction(write, email);
}

void writeEmailRelation(SalesforceWrite &write, const QJsonObject &record,
                        const std::optional<Interaction> &) {
    SyncRun &run = write.run;
    const QString id = sfText(record, "Id");
    const EmailRelation relation{sfText(record, "EmailMessageId"), sfText(record, "RelationId")};
    SyncStore store(run.db);
    // Only relations to contacts are buyers; users (our side) and leads are not.
    const bool buyer = !salesforceDeleted(record) && !relation.interactionRemoteId.isEmpty() &&
                       isContactId(relation.contactRemoteId);
    const std::optional<EmailRelation> before = buyer
                                                    ? store.setEmailRelation(kSalesforceSource, id, relation)
                                                    : store.removeEmailRelation(kSalesforceSource, id);
    if (before && !store.emailRelationContacts(kSalesforceSource, before->interactionRemoteId)
                       .contains(before->contactRemoteId))
        SyncCleanupStore(run.db).unlinkInteractionContact(kSalesforceSource, before->interactionRemoteId,
                                                          before->contactRemoteId);
    // Linked by resolvePendingLinks once both the email and the contact are cached; an email not cached yet
    // reads its relations when it is written.
    if (buyer)
        store.addPendingContactLink(kSalesforceSource, relation.interactionRemoteId,
                                    relation.contactRemoteId);
}

std::optional<Interaction> prepareTask(const QJsonObject &record, const SalesforceNotes &,
                                       SyncWarnings &warnings) {
    return mapSalesforceTask(record, warnings);
}

std::optional<Interaction> prepareEvent(const QJsonObject &record, const SalesforceNotes &,
                                        SyncWarnings &warnings) {
    return mapSalesforceEvent(record, warnings);
}

std::optional<Interaction> prepareEmailMessage(const QJsonObject &record, const SalesforceNotes &,
                                               SyncWarnings &warnings) {
    return mapSalesforceEmailMessage(record, warnings);
}

std::optional<Interaction> prepareContentNote(const QJsonObject &record, const SalesforceNotes &notes,
                                              SyncWarnings &) {
    const QString id = sfText(record, "Id");
    const auto body = notes.bodies.constFind(id);
    return mapSalesforceContentNote(record, notes.links.value(id),
                                    body != notes.bodies.constEnd() ? std::optional<QByteArray>(*body)
                                                                    : std::nullopt);
}

std::optional<Interaction> prepareNote(const QJsonObject &record, const SalesforceNotes &, SyncWarnings &) {
    return mapSalesforceNote(record);
}

} // namespace

const QList<SalesforceObject> &salesforceObjects() {
    static const QList<SalesforceObject> objects{
        {.name = QStringLiteral("User"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields =
             withCommon({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("IsActive")}, false),
         .write = writeUser},
        {.name = QStringLiteral("Account"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("Name"), QStringLiteral("Website")}),
         .write = writeAccount},
        {.name = QStringLiteral("Contact"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("FirstName"), QStringLiteral("LastName"),
                               QStringLiteral("Email"), QStringLiteral("Title"), QStringLiteral("AccountId"),
                               QStringLiteral("MasterRecordId")}),
         .write = writeContact,
         .settlesLinks = true},
        {.name = QStringLiteral("OpportunityStage"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("MasterLabel"), QStringLiteral("SortOrder"),
                               QStringLiteral("DefaultProbability"), QStringLiteral("IsClosed"),
                               QStringLiteral("IsWon"), QStringLiteral("IsActive")},
                              false),
         .stagePicklist = true},
        {.name = QStringLiteral("Opportunity"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("Name"), QStringLiteral("StageName"), QStringLiteral("Amount"),
                               QStringLiteral("CloseDate"), QStringLiteral("Probability"),
                               QStringLiteral("ForecastCategoryName"), QStringLiteral("IsClosed"),
                               QStringLiteral("IsWon"), QStringLiteral("OwnerId"),
                               QStringLiteral("AccountId"), QStringLiteral("CreatedDate")}),
         .write = writeOpportunity,
         .settlesLinks = true,
         .needsStages = true},
        {.name = QStringLiteral("OpportunityContactRole"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("OpportunityId"), QStringLiteral("ContactId"),
                               QStringLiteral("Role"), QStringLiteral("IsPrimary")}),
         .write = writeContactRole},
        {.name = QStringLiteral("OpportunityHistory"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("OpportunityId"), QStringLiteral("StageName"),
                               QStringLiteral("Amount"), QStringLiteral("CloseDate"),
                               QStringLiteral("ForecastCategory"), QStringLiteral("PrevAmount"),
                               QStringLiteral("PrevCloseDate"), QStringLiteral("CreatedDate")}),
         .write = writeOpportunityHistory},
        {.name = QStringLiteral("OpportunityFieldHistory"),
         .stampField = QStringLiteral("CreatedDate"),
         .fields = withCommon({QStringLiteral("OpportunityId"), QStringLiteral("Field"),
                               QStringLiteral("OldValue"), QStringLiteral("NewValue")},
                              true, QStringLiteral("CreatedDate")),
         .write = writeOpportunityFieldHistory},
        {.name = QStringLiteral("Task"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("Subject"), QStringLiteral("Description"),
                               QStringLiteral("Status"), QStringLiteral("ActivityDate"),
                               QStringLiteral("CompletedDateTime"), QStringLiteral("CreatedDate"),
                               QStringLiteral("OwnerId"), QStringLiteral("WhatId"), QStringLiteral("WhoId"),
                               QStringLiteral("CallType"), QStringLiteral("CallDurationInSeconds"),
                               QStringLiteral("CallDisposition"), QStringLiteral("TaskSubtype")}),
         .prepare = prepareTask,
         .write = writeTask},
        {.name = QStringLiteral("Event"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("Subject"), QStringLiteral("Description"),
                               QStringLiteral("StartDateTime"), QStringLiteral("EndDateTime"),
                               QStringLiteral("DurationInMinutes"), QStringLiteral("ActivityDate"),
                               QStringLiteral("IsAllDayEvent"), QStringLiteral("CreatedDate"),
                               QStringLiteral("WhatId"), QStringLiteral("WhoId"), QStringLiteral("OwnerId")}),
         .prepare = prepareEvent,
         .write = writePrepared},
        {.name = QStringLiteral("EmailMessage"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields =
             withCommon({QStringLiteral("Subject"), QStringLiteral("TextBody"), QStringLiteral("HtmlBody"),
                         QStringLiteral("MessageDate"), QStringLiteral("FromAddress"),
                         QStringLiteral("FromName"), QStringLiteral("ToAddress"), QStringLiteral("CcAddress"),
                         QStringLiteral("Incoming"), QStringLiteral("Status"), QStringLiteral("RelatedToId"),
                         QStringLiteral("ActivityId"), QStringLiteral("CreatedDate")}),
         .prepare = prepareEmailMessage,
         .write = writeEmailMessage,
         .optional = true},
        // Enhanced Notes (Lightning): the record knows no parent; ContentDocumentLink rows attach it, and its
        // body is a blob read on its own. ContentNote has no SystemModstamp.
        {.name = QStringLiteral("ContentNote"),
         .stampField = QStringLiteral("LastModifiedDate"),
         .fields = withCommon({QStringLiteral("Title"), QStringLiteral("TextPreview"),
                               QStringLiteral("CreatedDate"), QStringLiteral("OwnerId")},
                              true, QStringLiteral("LastModifiedDate")),
         .prepare = prepareContentNote,
         .write = writePrepared,
         .optional = true,
         .readsNotes = true},
        // Classic notes (orgs that have not moved to Enhanced Notes) name their parent.
        {.name = QStringLiteral("Note"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("ParentId"), QStringLiteral("Title"), QStringLiteral("Body"),
                               QStringLiteral("CreatedDate"), QStringLiteral("OwnerId")}),
         .prepare = prepareNote,
         .write = writePrepared,
         .optional = true},
        // Who an email was from and to, as the org matched the addresses to its contacts when it was logged.
        {.name = QStringLiteral("EmailMessageRelation"),
         .stampField = QStringLiteral("SystemModstamp"),
         .fields = withCommon({QStringLiteral("EmailMessageId"), QStringLiteral("RelationId"),
                               QStringLiteral("RelationType")}),
         .write = writeEmailRelation,
         .optional = true,
         .settlesLinks = true},
    };
    return objects;
}

const SalesforceObject *salesforceObject(const QString &name) {
    for (const SalesforceObject &object : salesforceObjects())
        if (object.name == name)
            return &object;
    return nullptr;
}

std::optional<Millis> salesforceStamp(const SalesforceObject &object, const QJsonObject &record) {
    return parseCrmInstant(record.value(object.stampField).toString());
}

} // namespace dp::sync
