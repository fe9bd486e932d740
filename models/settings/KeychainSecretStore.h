// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SecretStore over QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows). Calls wait in a local event loop, but a job completes through the main thread's event loop: call
// it on the main thread (sync threads hand a rotated token over through RefreshTokenHandoff). Secrets are
// read when a sync starts and written on Save and on rotation.

#include "sync/SecretStore.h"

namespace dp {

class KeychainSecretStore final : public sync::SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Dealpulse"))
        : m_service(std::move(service)) {}
    bool write(const QString &key, const QByteArray &secret, QString *error) override;
    std::optional<QByteArray> read(const QString &key, QString *error) override;
    bool remove(const QString &key, QString *error) override;

private:
    QString m_service;
};

} // namespace dp
