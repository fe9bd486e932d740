// SPDX-License-Identifier: GPL-3.0-or-later
// A Salesforce query answer as a server sends it: each record mapped as every object the sync reads, so no
// field of any type or value can crash, hang or hit undefined behaviour.

#include "FuzzInput.h"

#include "store/DealStore.h"
#include "sync/salesforce/SalesforceObjects.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace dp::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument document = QJsonDocument::fromJson(dp::fuzz::bytes(data, size));
    const QJsonArray records = document.object().value(QLatin1String("records")).toArray();
    QList<QJsonObject> objects;
    for (const QJsonValue &value : records)
        objects.append(value.toObject());
    const SalesforceStages stages = salesforceStagesFromRecords(objects);
    for (const QJsonObject &record : objects) {
        SyncWarnings warnings;
        for (const SalesforceObject &object : salesforceObjects())
            (void)salesforceStamp(object, record);
        (void)salesforceDeleted(record);
        (void)mapSalesforceUser(record);
        (void)mapSalesforceAccount(record);
        (void)mapSalesforceContact(record);
        (void)mapSalesforceOpportunity(record, stages, SalesforceCurrency{true, QStringLiteral("EUR")},
                                       warnings);
        (void)mapSalesforceOpportunity(record, stages, SalesforceCurrency{false, QString()}, warnings);
        (void)mapSalesforceContactRole(record);
        (void)mapOpportunityHistory(record, {});
        (void)mapOpportunityFieldHistory(record, {});
        (void)mapSalesforceTask(record, warnings);
        (void)mapSalesforceEvent(record, warnings);
        (void)mapSalesforceEmailMessage(record, warnings);
        (void)mapSalesforceContentNote(record, {sfText(record, "Id")}, sfText(record, "Content").toUtf8());
        (void)mapSalesforceNote(record);
        (void)salesforceForecastCategory(sfText(record, "ForecastCategoryName"));
    }
    return 0;
}
