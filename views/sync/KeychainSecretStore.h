#pragma once
// SecretStore over QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows). Calls block on a local event loop of the calling thread, so they also work from a sync thread
// (which stores a rotated refresh token the moment it arrives): secrets are read when a sync starts and
// written on Save and on rotation. Holds no state, so threads may share it.

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
