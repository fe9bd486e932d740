// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A secret store whose calls complete on the application's main thread, through its event loop, the way
// QtKeychain completes its jobs, while the calling thread waits in an event loop of its own, as
// KeychainSecretStore does. The keychain stand-ins of the tests wrap their store in it, so code that makes
// a sync thread wait for the keychain while the main thread waits for that sync hangs in the tests as it
// would for users (and the tests' watchdogs report it).

#include "sync/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <functional>
#include <memory>

namespace dp::sync {

class MainLoopSecretStore final : public SecretStore {
public:
    explicit MainLoopSecretStore(std::shared_ptr<SecretStore> inner)
        : m_inner(std::move(inner)) {}
    bool write(const QString &key, const QByteArray &secret, QString *error) override {
        return onMainLoop<bool>([&] { return m_inner->write(key, secret, error); });
    }
    std::optional<QByteArray> read(const QString &key, QString *error) override {
        return onMainLoop<std::optional<QByteArray>>([&] { return m_inner->read(key, error); });
    }
    bool remove(const QString &key, QString *error) override {
        return onMainLoop<bool>([&] { return m_inner->remove(key, error); });
    }

private:
    template <typename Result> Result onMainLoop(const std::function<Result()> &job) {
        Result result{};
        QEventLoop waiting; // the calling thread's, as a keychain job's caller waits
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [&] {
                result = job();
                QMetaObject::invokeMethod(&waiting, &QEventLoop::quit, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        waiting.exec();
        return result;
    }

    std::shared_ptr<SecretStore> m_inner;
};

} // namespace dp::sync
