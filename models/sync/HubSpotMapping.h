#pragma once
// HubSpot CRM v3 records → the cache's records, following the mapping rules of issue 4: a deal's stage is
// its pipeline stage's label (an unknown stage keeps its raw id), close dates are UTC calendar dates,
// unparseable amounts are null, an interaction's time is hs_timestamp (a meeting's its start), and
// FORWARDED_EMAIL is inbound exactly when a buyer contact of the deal sent it.

#include "sync/SyncProgress.h"

#include "domain/Direction.h"
#include "domain/Records.h"

#include <QHash>
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
};
// objectType: emails, calls, meetings, notes.
Interaction mapHubSpotEngagement(const QString &objectType, const QJsonObject &record,
                                 const EngagementContext &context, SyncWarnings &warnings);

// The record's modified stamp (hs_lastmodifieddate, or lastmodifieddate for contacts), falling back to
// updatedAt.
std::optional<Millis> hubSpotModifiedAt(const QString &objectType, const QJsonObject &record);

} // namespace dp::sync
