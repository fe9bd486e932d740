// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSecrets.h"

#include "sync/KeychainSecretStore.h"
#include "sync/MainLoopSecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dp::cli {
namespace {

#ifndef NDEBUG
QString testSecretFile() {
    return qEnvironmentVariable("DEALPULSE_TEST_SECRET_FILE");
}

// Test builds only: a JSON file of base64 secrets standing in for the keychain between test processes.
class TestFileSecretStore final : public sync::SecretStore {
public:
    explicit TestFileSecretStore(QString path)
        : m_path(std::move(path)) {}
    bool write(const QString &key, const QByteArray &secret, QString *error) override {
        QJsonObject all = load();
        all.insert(key, QString::fromLatin1(secret.toBase64()));
        return save(all, error);
    }
    std::optional<QByteArray> read(const QString &key, QString *) override {
        const QJsonObject all = load();
        if (!all.contains(key))
            return std::nullopt;
        return QByteArray::fromBase64(all.value(key).toString().toLatin1());
    }
    bool remove(const QString &key, QString *error) override {
        QJsonObject all = load();
        all.remove(key);
        return save(all, error);
    }

private:
    QJsonObject load() const {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    bool save(const QJsonObject &all, QString *error) const {
        QSaveFile file(m_path);
        if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(all).toJson()) >= 0 && file.commit())
            return true;
        if (error)
            *error = file.errorString();
        return false;
    }
    QString m_path;
};
#endif

} // namespace

std::unique_ptr<sync::SecretStore> openCliSecretStore() {
#ifndef NDEBUG
    if (!testSecretFile().isEmpty())
        // Completing through the main loop as the keychain does, so the tests see the keychain's threading.
        return std::make_unique<sync::MainLoopSecretStore>(
            std::make_shared<TestFileSecretStore>(testSecretFile()));
#endif
    return std::make_unique<KeychainSecretStore>();
}

QString secretStoreName() {
#ifndef NDEBUG
    if (!testSecretFile().isEmpty())
        return QStringLiteral("DEALPULSE_TEST_SECRET_FILE");
#endif
    return QCoreApplication::translate("dp::cli", "the system keychain");
}

} // namespace dp::cli
