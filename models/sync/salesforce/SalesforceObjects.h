// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Each synced sObject described once: what its keyset query lists, what its batches need read beside them,
// how the prepare step maps an activity record and how the writer writes a record. Syncing another object
// is adding its description to salesforceObjects().

#include "sync/engine/Connector.h"
#include "sync/salesforce/SalesforceMapping.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace dp::sync {

// What the fetch step reads beside a ContentNote batch: the ids each note is attached to, and the bodies.
struct SalesforceNotes {
    QHash<QString, QStringList> links;
    QHash<QString, QByteArray> bodies;
};

// What a record's write needs besides the record, for one batch.
struct SalesforceWrite {
    SyncRun &run;
    SalesforceStages stages;
    SalesforceCurrency currency;
    bool pagePending = false; // the cache holds pending links: rows that add none skip the table
};

struct SalesforceObject {
    QString name;       // "Opportunity"
    QString stampField; // SystemModstamp, or CreatedDate for the field-history objects (they have no other)
    QStringList fields;
    // Activity objects: the record as an interaction (nothing for a Task that is none), made on the prepare
    // step's thread, where it is scored. Null: the writer reads the record itself.
    std::optional<Interaction> (*prepare)(const QJsonObject &record, const SalesforceNotes &notes,
                                          SyncWarnings &warnings) = nullptr;
    // Writes one record, with what prepare made of it, in its batch's transaction.
    void (*write)(SalesforceWrite &write, const QJsonObject &record,
                  const std::optional<Interaction> &prepared) = nullptr;
    // An org may not have it (Enhanced Email or Notes turned off, an edition without them): its absence
    // (INVALID_TYPE) skips it with a warning instead of failing the sync.
    bool optional = false;
    // Its rows are what waiting links wait for: they are resolved after each batch.
    bool settlesLinks = false;
    // ContentNote: the fetch step reads what each note is attached to and its body (SalesforceNotes).
    bool readsNotes = false;
    // OpportunityStage: read whole as the picklist opportunities are mapped with, not walked by keyset.
    bool stagePicklist = false;
    // Opportunity: mapped with the stage picklist and the org's currency, read before its first batch.
    bool needsStages = false;
};

// In sync order: users, accounts and contacts before the deals that refer to them, deals before their
// history, roles and activities, Tasks before the EmailMessages that supersede them, EmailMessages before
// the relations that name their buyer contacts.
const QList<SalesforceObject> &salesforceObjects();
const SalesforceObject *salesforceObject(const QString &name);

// The record's position in its object's keyset; nothing when the stamp does not parse.
std::optional<Millis> salesforceStamp(const SalesforceObject &object, const QJsonObject &record);

} // namespace dp::sync
