#pragma once
// Where CRM secrets live: only the OS keychain in the app (views/sync/KeychainSecretStore), an in-memory
// map in tests. Never settings files, never the cache.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace dp::sync {

class SecretStore {
public:
    virtual ~SecretStore() = default;
    // error: one sentence for the user when the keychain refused.
    virtual bool write(const QString &key, const QByteArray &secret, QString *error) = 0;
    virtual std::optional<QByteArray> read(const QString &key, QString *error) = 0;
    virtual bool remove(const QString &key, QString *error) = 0;
};

class MemorySecretStore final : public SecretStore {
public:
    bool write(const QString &key, const QByteArray &secret, QString *) override {
        m_secrets.insert(key, secret);
        return true;
    }
    std::optional<QByteArray> read(const QString &key, QString *) override {
        const auto found = m_secrets.constFind(key);
        return found == m_secrets.constEnd() ? std::nullopt : std::optional<QByteArray>(*found);
    }
    bool remove(const QString &key, QString *) override {
        m_secrets.remove(key);
        return true;
    }
    const QHash<QString, QByteArray> &all() const { return m_secrets; }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace dp::sync
