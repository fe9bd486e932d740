// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SavedCrmConnection.h"

#include "settings/SettingsStore.h"
#include "sync/CrmChoices.h"

namespace dp {

std::optional<SavedCrmConnection> loadSavedCrmConnection(const SettingsStore &settings,
                                                         sync::SecretStore &secrets, QString *error) {
    const sync::CrmConnection::Source source = settings.savedCrmSource();
    const CrmConnectionSettings stored = settings.crmConnection(source);
    if (!stored.kind)
        return std::nullopt;
    SavedCrmConnection saved;
    sync::CrmConnection &connection = saved.connection;
    connection.source = source;
    connection.baseUrl = stored.baseUrl;
    if (usesOAuth(*stored.kind)) {
        connection.clientId = stored.clientId.toUtf8();
        connection.clientSecret = secrets.read(clientSecretKey(source), error).value_or(QByteArray());
        connection.refreshToken = secrets.read(refreshTokenKey(source), error).value_or(QByteArray());
        if (source == sync::CrmConnection::Source::Salesforce)
            connection.loginUrl = stored.loginUrl;
    } else {
        connection.accessToken = secrets.read(accessTokenKey(source), error).value_or(QByteArray());
    }
    if (!connection.hasCredentials())
        return std::nullopt;
    saved.objects = sync::objectsToSync(source, stored.objects);
    saved.syncOnStart = stored.syncOnStart;
    return saved;
}

} // namespace dp
