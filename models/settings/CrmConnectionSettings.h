// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The part of a CRM connection kept in the settings (Settings → CRM saves it, syncs read it); its secrets
// live only in the SecretStore, under the keys below.

#include "sync/CrmSession.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace dp {

// How a connection signs in. Stored as numbers: HubSpot's two keep the values they had before Salesforce.
enum class CrmConnectionKind { HubSpotToken = 0, HubSpotOAuth = 1, SalesforceOAuth = 2, SalesforceToken = 3 };

inline sync::CrmConnection::Source sourceOf(CrmConnectionKind kind) {
    return kind == CrmConnectionKind::SalesforceOAuth || kind == CrmConnectionKind::SalesforceToken
               ? sync::CrmConnection::Source::Salesforce
               : sync::CrmConnection::Source::HubSpot;
}

inline bool usesOAuth(CrmConnectionKind kind) {
    return kind == CrmConnectionKind::HubSpotOAuth || kind == CrmConnectionKind::SalesforceOAuth;
}

struct CrmConnectionSettings {
    std::optional<CrmConnectionKind> kind; // none: this CRM's connection was never saved
    QString baseUrl;                       // HubSpot's API address, or Salesforce's instance address
    QString loginUrl;                      // Salesforce's sign-in address; empty: the default
    QString clientId;                      // an OAuth app's
    QStringList objects;                   // the choices of sync::crmChoices() to sync
    bool syncOnStart = false;

    friend bool operator==(const CrmConnectionSettings &, const CrmConnectionSettings &) = default;
};

// Where each CRM's secrets are kept in the secret store (a sync that rotates a refresh token writes it back).
inline QString crmSecretPrefix(sync::CrmConnection::Source source) {
    return source == sync::CrmConnection::Source::Salesforce ? QStringLiteral("salesforce/")
                                                             : QStringLiteral("hubspot/");
}
inline QString accessTokenKey(sync::CrmConnection::Source source) {
    return crmSecretPrefix(source) + QStringLiteral("access_token");
}
inline QString clientSecretKey(sync::CrmConnection::Source source) {
    return crmSecretPrefix(source) + QStringLiteral("client_secret");
}
inline QString refreshTokenKey(sync::CrmConnection::Source source) {
    return crmSecretPrefix(source) + QStringLiteral("refresh_token");
}

} // namespace dp
