#pragma once
// SecretStore over QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows). Calls block on a local event loop: secrets are read when a sync starts and written on Save.

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
