// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/http/SavedRefreshToken.h"

#include <QCryptographicHash>

namespace dp::sync {

QString SavedRefreshToken::tokenKey() const {
    return QStringLiteral("cli/%1/refresh_token").arg(sourceKey(m_source));
}

QString SavedRefreshToken::replacesKey() const {
    return QStringLiteral("cli/%1/refresh_token_replaces").arg(sourceKey(m_source));
}

QByteArray SavedRefreshToken::fingerprint(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray SavedRefreshToken::choose(const QByteArray &fromEnvironment, QString *error) {
    const std::optional<QByteArray> saved = m_store.read(tokenKey(), error);
    if (!saved || saved->isEmpty())
        return fromEnvironment;
    if (fromEnvironment.isEmpty())
        return *saved;
    // The environment still holds the token the saved one replaced: that one no longer works.
    const std::optional<QByteArray> replaces = m_store.read(replacesKey(), error);
    if (replaces && *replaces == fingerprint(fromEnvironment))
        return *saved;
    return fromEnvironment; // a token given since: the user's newer sign-in wins
}

bool SavedRefreshToken::keep(const QByteArray &rotated, const QByteArray &fromEnvironment, QString *error) {
    if (!m_store.write(tokenKey(), rotated, error))
        return false;
    // Without an environment token the run started from the saved one: what it replaced stays the same.
    if (fromEnvironment.isEmpty())
        return true;
    return m_store.write(replacesKey(), fingerprint(fromEnvironment), error);
}

} // namespace dp::sync
