// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Salesforce REST records → the cache's records. A deal's stage is
// its StageName, CloseDate is a calendar date taken as is, an Amount that is null or does not parse is null,
// IsDeleted takes a record out of the pipeline; Tasks of subtype Email/Call become emails and calls, Events
// meetings, EmailMessages emails whose direction is their Incoming flag.

#include "sync/engine/SyncProgress.h"

#include "domain/Records.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace dp {
struct FieldChangeRow;
}

namespace dp::sync {

inline const QString kSalesforceSource = QStringLiteral("salesforce");

// A field as text, whatever JSON type it came as (strings, numbers, booleans); null and absent are "".
QString sfText(const QJsonObject &record, const char *field);
bool salesforceDeleted(const QJsonObject &record);

// Record ids start with their object's key prefix.
bool isOpportunityId(const QString &id);
bool isContactId(const QString &id);

// The picklist of Opportunity stages (GET query on OpportunityStage): order and default probability.
struct SalesforceStage {
    int order = 0;
    std::optional<double> probability;
    bool isClosed = false;
    bool isWon = false;
};
using SalesforceStages = QHash<QString, SalesforceStage>; // by label (StageName holds the label)
SalesforceStages salesforceStagesFromRecords(const QList<QJsonObject> &records);

// "Best Case" or "BestCase" → best_case; unknown names keep their words, lower case with underscores.
QString salesforceForecastCategory(const QString &name, bool *known = nullptr);

// How an org states its deals' currency: per opportunity (multi-currency orgs have CurrencyIsoCode on
// every record), or one currency for the whole org.
struct SalesforceCurrency {
    bool perRecord = false;
    QString orgDefault; // ISO code; "" when the org would not say
};

Owner mapSalesforceUser(const QJsonObject &record);
Account mapSalesforceAccount(const QJsonObject &record);
Contact mapSalesforceContact(const QJsonObject &record);
Deal mapSalesforceOpportunity(const QJsonObject &record, const SalesforceStages &stages,
                              const SalesforceCurrency &currency, SyncWarnings &warnings);
DealContactRole mapSalesforceContactRole(const QJsonObject &record);

// An OpportunityHistory row: the deal's amount, close date, stage and forecast category after a change.
// Amount and close date carry their previous values; stage and forecast category take theirs from the
// changes already known (the deal's history before this row).
QList<FieldChange> mapOpportunityHistory(const QJsonObject &record, const QList<FieldChangeRow> &known);
// An OpportunityFieldHistory row, when it tracks a field the cache keeps and OpportunityHistory has not
// already recorded the same change (within a minute).
std::optional<FieldChange> mapOpportunityFieldHistory(const QJsonObject &record,
                                                      const QList<FieldChangeRow> &known);

// Nothing for Tasks that are not an interaction (a to-do, a cadence step).
std::optional<Interaction> mapSalesforceTask(const QJsonObject &record, SyncWarnings &warnings);
Interaction mapSalesforceEvent(const QJsonObject &record, SyncWarnings &warnings);
Interaction mapSalesforceEmailMessage(const QJsonObject &record, SyncWarnings &warnings);
// An Enhanced Note (ContentNote) with the ids its ContentDocumentLinks attach it to and its body (HTML);
// without the body, its 255-character TextPreview. A note attached to no opportunity maps as deleted.
Interaction mapSalesforceContentNote(const QJsonObject &record, const QStringList &linkedIds,
                                     const std::optional<QByteArray> &content);
// A classic Note: an opportunity's when its ParentId is one, else deleted.
Interaction mapSalesforceNote(const QJsonObject &record);
// A note's HTML as text for reading and scoring: line breaks kept, tags dropped, common entities decoded.
QString noteHtmlToText(const QString &html);

} // namespace dp::sync
