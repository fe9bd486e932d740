// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HubSpot CRM v3 records → the cache's records. A deal's stage is
// its pipeline stage's label (an unknown stage keeps its raw id), close dates are UTC calendar dates,
// unparseable amounts are null, an interaction's time is hs_timestamp (a meeting's its start), and
// FORWARDED_EMAIL is inbound exactly when a buyer contact of the deal sent it.

#include "sync/engine/SyncProgress.h"
#include "sync/hubspot/HubSpotRecord.h"

#include "domain/Direction.h"
#include "domain/Records.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace dp::sync {

inline const QString kHubSpotSource = QStringLiteral("hubspot");

struct HubSpotStage {
    QString label;
    QString pipelineLabel;
    int order = 0;
    std::optional<double> probability;
    bool isClosed = false;
    bool isWon = false;
};

class HubSpotPipelines final {
public:
    // From GET /crm/v3/pipelines/deals.
    static HubSpotPipelines fromJson(const QJsonObject &response);
    const HubSpotStage *stage(const QString &stageId) const;
    QString pipelineLabel(const QString &pipelineId) const;

private:
    QHash<QString, HubSpotStage> m_stages;
    QHash<QString, QString> m_pipelineLabels;
};

// The properties each object type is asked for.
QStringList hubSpotProperties(const QString &objectType);
QString hubSpotStampProperty(const QString &objectType);

// Owner (with its primary team, if any) from an owners result; archived owners are inactive.
struct HubSpotOwner {
    Owner owner;
    QList<Team> teams;
};
HubSpotOwner mapHubSpotOwner(const QJsonObject &json);

Contact mapHubSpotContact(const QJsonObject &record);
Deal mapHubSpotDeal(const QJsonObject &record, const HubSpotPipelines &pipelines, SyncWarnings &warnings);

// What decides an engagement's direction besides its own fields.
struct EngagementContext {
    QStringList dealRemoteIds;
    QStringList contactRemoteIds;
    const EmailParties *parties = nullptr; // every buyer address and our domains
    QSet<QString> dealBuyerAddresses;      // lower case: the buyer contacts of the linked deals
    QString transcript;                    // a call's, from hubSpotTranscriptText()
};
// A FORWARDED_EMAIL's direction: inbound exactly when its sender is a buyer contact of one of its deals.
Direction hubSpotForwardedDirection(const QString &fromAddress, const EmailParties *parties,
                                    const QSet<QString> &dealBuyerAddresses);
// objectType: emails, calls, meetings, notes.
Interaction mapHubSpotEngagement(const QString &objectType, const HubSpotRecord &record,
                                 const EngagementContext &context, SyncWarnings &warnings);

// The transcript a call points to (hs_call_transcription_id), empty when it has none.
QString hubSpotTranscriptId(const HubSpotRecord &call);
// GET /crm/v3/extensions/calling/transcripts/{id} → the cache's transcript: one "Speaker (organisation):
// [m:ss] words" line per utterance in time order, as the timeline shows them with the speakers in bold and
// the sentiment scorer reads them (the organisation is the first label of the speaker's mail domain, so our
// side's lines are told from the buyer's). Speakers come as {id, name, email} or as plain text.
QString hubSpotTranscriptText(const QJsonObject &transcript);

// The deal properties whose history HubSpot gives (propertiesWithHistory) and the field each one is.
struct HubSpotHistoryProperty {
    const char *property;
    DealField field;
};
inline constexpr HubSpotHistoryProperty kHubSpotHistoryProperties[] = {
    {"closedate", DealField::CloseDate}, {"amount", DealField::Amount}, {"dealstage", DealField::Stage}};
// One property's versions ([{value, timestamp, sourceType, ...}], any order) → its changes oldest first,
// valued as the cache keeps them (stage labels, YYYY-MM-DD dates, amounts with two decimals, "" for none),
// each version that changed the value once. Versions without a readable timestamp are left out.
QList<FieldChange> hubSpotFieldHistory(DealField field, const QJsonArray &versions,
                                       const HubSpotPipelines &pipelines);

// The record's modified stamp (hs_lastmodifieddate, or lastmodifieddate for contacts), falling back to
// updatedAt.
std::optional<Millis> hubSpotModifiedAt(const QString &objectType, const QJsonObject &record);

} // namespace dp::sync
