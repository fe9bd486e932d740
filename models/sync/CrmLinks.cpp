// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CrmLinks.h"

#include "sync/hubspot/HubSpotMapping.h"
#include "sync/salesforce/SalesforceMapping.h"

#include "store/MetaStore.h"

namespace dp::sync {
namespace {

bool allOf(const QString &text, bool (*accept)(QChar)) {
    for (const QChar c : text) {
        if (!accept(c))
            return false;
    }
    return true;
}

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlphanumeric(QChar c) {
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

CrmAccount readCrmAccount(Database &db) {
    MetaStore meta(db);
    CrmAccount account;
    account.hubSpotPortalId = meta.value(kHubSpotPortalIdKey).value_or(QString());
    account.salesforceInstanceUrl = meta.value(kSalesforceInstanceUrlKey).value_or(QString());
    return account;
}

bool isHubSpotId(const QString &id) {
    // HubSpot ids are positive integers; 18 digits is far beyond any id it hands out.
    return !id.isEmpty() && id.size() <= 18 && allOf(id, isAsciiDigit) && id.front() != u'0';
}

bool isSalesforceId(const QString &id) {
    return (id.size() == 15 || id.size() == 18) && allOf(id, isAsciiAlphanumeric);
}

std::optional<QUrl> salesforceInstance(const QString &instanceUrl) {
    const QUrl url(instanceUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (!url.path().isEmpty() && url.path() != u"/"))
        return std::nullopt;
    QUrl instance;
    instance.setScheme(url.scheme());
    instance.setHost(url.host());
    instance.setPort(url.port());
    return instance;
}

std::optional<QUrl> crmDealUrl(const QString &source, const QString &remoteId, const CrmAccount &account) {
    if (source == kHubSpotSource) {
        if (!isHubSpotId(account.hubSpotPortalId) || !isHubSpotId(remoteId))
            return std::nullopt;
        return QUrl(QStringLiteral("https://app.hubspot.com/contacts/%1/record/0-3/%2")
                        .arg(account.hubSpotPortalId, remoteId));
    }
    if (source == kSalesforceSource) {
        std::optional<QUrl> url = salesforceInstance(account.salesforceInstanceUrl);
        if (!url || !isSalesforceId(remoteId))
            return std::nullopt;
        url->setPath(QStringLiteral("/lightning/r/Opportunity/%1/view").arg(remoteId));
        return url;
    }
    return std::nullopt;
}

} // namespace dp::sync
