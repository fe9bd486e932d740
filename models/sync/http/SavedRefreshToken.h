// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The refresh token a command-line sync keeps for itself. A CRM that rotates refresh tokens (Salesforce with
// rotation on, HubSpot) makes the old one invalid as soon as it hands out the new one, while a script keeps
// passing the old one in DEALPULSE_*_REFRESH_TOKEN. The new one goes to the secret store (the OS keychain)
// with a fingerprint of the environment's token it replaced; a later run uses the stored token when the
// environment gives none or still gives that replaced one, and the environment's when it gives a new one.
// The tokens are never written anywhere else.

#include "sync/CrmSession.h"
#include "sync/SecretStore.h"

namespace dp::sync {

class SavedRefreshToken final {
public:
    SavedRefreshToken(SecretStore &store, CrmConnection::Source source)
        : m_store(store)
        , m_source(source) {}

    // Where the token is kept: "cli/salesforce/refresh_token" (the app's own Settings → CRM use others).
    QString tokenKey() const;
    QString replacesKey() const;

    // The token to sign in with. error: the store's words when it could not be read (the environment's
    // token is used then).
    QByteArray choose(const QByteArray &fromEnvironment, QString *error);
    // Keeps a rotated token; false (with error) when the store refused.
    bool keep(const QByteArray &rotated, const QByteArray &fromEnvironment, QString *error);

    // A one-way fingerprint (SHA-256, hex): enough to recognise a token again, useless to sign in.
    static QByteArray fingerprint(const QByteArray &token);

private:
    SecretStore &m_store;
    CrmConnection::Source m_source;
};

} // namespace dp::sync
