// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/KeychainSecretStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace dp {
namespace {

// Runs a keychain job to its end; false (with the keychain's words) when it failed.
bool runJob(QKeychain::Job &job, QString *error) {
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

} // namespace

bool KeychainSecretStore::write(const QString &key, const QByteArray &secret, QString *error) {
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    return runJob(job, error);
}

std::optional<QByteArray> KeychainSecretStore::read(const QString &key, QString *error) {
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job, error))
        return std::nullopt;
    return job.binaryData();
}

bool KeychainSecretStore::remove(const QString &key, QString *error) {
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return runJob(job, error) || job.error() == QKeychain::EntryNotFound;
}

} // namespace dp
