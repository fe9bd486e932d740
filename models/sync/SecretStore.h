// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where CRM secrets live: only the OS keychain in the app (models/settings/KeychainSecretStore), an in-memory
// map in tests. Never settings files, never the cache. The keychain completes its jobs through the main
// thread's event loop, so sync threads never call a store themselves: they hand a rotated refresh token to
// the main thread (RefreshTokenHandoff).

#include <QByteArray>
#include <QHash>
#include <QString>
#include <mutex>
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
    bool write(const QString &key, const QByteArray &secret, QString *error) override {
        std::lock_guard lock(m_mutex);
        if (m_refuseWrites) {
            if (error)
                *error = QStringLiteral("the test keychain is locked");
            return false;
        }
        m_secrets.insert(key, secret);
        return true;
    }
    std::optional<QByteArray> read(const QString &key, QString *) override {
        std::lock_guard lock(m_mutex);
        const auto found = m_secrets.constFind(key);
        return found == m_secrets.constEnd() ? std::nullopt : std::optional<QByteArray>(*found);
    }
    bool remove(const QString &key, QString *) override {
        std::lock_guard lock(m_mutex);
        m_secrets.remove(key);
        return true;
    }
    QHash<QString, QByteArray> all() const {
        std::lock_guard lock(m_mutex);
        return m_secrets;
    }
    // Tests: a keychain that refuses to store (locked, or the user said no).
    void setRefuseWrites(bool refuse) {
        std::lock_guard lock(m_mutex);
        m_refuseWrites = refuse;
    }

private:
    mutable std::mutex m_mutex;
    QHash<QString, QByteArray> m_secrets;
    bool m_refuseWrites = false;
};

} // namespace dp::sync
