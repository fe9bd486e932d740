// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a deal lives in its CRM's web interface ("Open in HubSpot / Salesforce"). The address is built only
// from values that pass strict checks (a numeric HubSpot portal and deal id, a 15/18-character Salesforce
// id, an http(s) instance address with nothing but a host and port), so a hostile value from the CRM or the
// cache can never make us hand the desktop another scheme, host path or query to open.

#include <QString>
#include <QUrl>
#include <optional>

namespace dp {
class Database;
}

namespace dp::sync {

// Meta store keys, written by a sync: the HubSpot account (hub) the cache was synced from, and the
// Salesforce org's instance address.
inline const QString kHubSpotPortalIdKey = QStringLiteral("hubspot_portal_id");
inline const QString kSalesforceInstanceUrlKey = QStringLiteral("salesforce_instance_url");

// What the cache knows about where its CRM lives.
struct CrmAccount {
    QString hubSpotPortalId;
    QString salesforceInstanceUrl;
};

// As the last sync left them in the cache's meta store (empty when never synced).
CrmAccount readCrmAccount(Database &db);

bool isHubSpotId(const QString &id);
bool isSalesforceId(const QString &id);
// An http(s) address with a host and nothing after it (a trailing slash allowed): the instance itself.
std::optional<QUrl> salesforceInstance(const QString &instanceUrl);

// The deal's page in its CRM, or nothing when the source is not a CRM we link to or a value fails its check.
std::optional<QUrl> crmDealUrl(const QString &source, const QString &remoteId, const CrmAccount &account);

} // namespace dp::sync
