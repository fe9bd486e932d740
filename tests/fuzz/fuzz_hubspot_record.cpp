// SPDX-License-Identifier: GPL-3.0-or-later
// A HubSpot list page as a server sends it: read with simdjson (or Qt where simdjson refuses), then every
// record mapped as the sync maps it. Nothing a server sends may crash, hang or hit undefined behaviour.

#include "FuzzInput.h"

#include "sync/hubspot/HubSpotMapping.h"
#include "sync/hubspot/HubSpotRecord.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto page = dp::sync::HubSpotRecordPage::parse(body, error);
    if (page) {
        for (const auto &record : page->records()) {
            (void)record->id();
            (void)record->archived();
            (void)record->createdAt();
            for (const char *name : {"hs_email_text", "hs_timestamp", "amount", "hs_email_direction"})
                (void)record->property(QLatin1String(name));
            bool complete = false;
            (void)record->associatedIds(QLatin1String("deals"), complete);
            (void)dp::sync::hubSpotTranscriptId(*record);
            dp::sync::SyncWarnings warnings;
            for (const char *type : {"emails", "calls", "meetings", "notes"})
                (void)dp::sync::mapHubSpotEngagement(QString::fromLatin1(type), *record, {}, warnings);
        }
    }
    const QJsonArray results =
        QJsonDocument::fromJson(body).object().value(QLatin1String("results")).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject record = value.toObject();
        dp::sync::SyncWarnings warnings;
        (void)dp::sync::mapHubSpotDeal(record, {}, warnings);
        (void)dp::sync::mapHubSpotContact(record);
        (void)dp::sync::mapHubSpotOwner(record);
        (void)dp::sync::hubSpotModifiedAt(QStringLiteral("deals"), record);
        (void)dp::sync::hubSpotTranscriptText(record);
        const QJsonObject history = record.value(QLatin1String("propertiesWithHistory")).toObject();
        for (const auto &property : dp::sync::kHubSpotHistoryProperties)
            (void)dp::sync::hubSpotFieldHistory(
                property.field, history.value(QLatin1String(property.property)).toArray(), {});
    }
    return 0;
}
