// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CacheLocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dp {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// The folder holds caches full of customer mail: created for the owner alone (0700). It is ours alone, so a
// folder an older Dealpulse made open to everyone (0755) is closed too, which protects the caches already in
// it whatever their own permissions.
QString privateAppDataFolder() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QStringList missing;
    for (QString at = QDir::cleanPath(folder); !at.isEmpty() && !QFileInfo::exists(at);
         at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (QFileInfo(at).path() == at)
            break;
    }
    for (const QString &path : missing)
        QDir().mkdir(path, kOwnerOnly);
    QFile(folder).setPermissions(kOwnerOnly);
    return folder;
}

QString inAppData(const QString &fileName) {
    return QDir(privateAppDataFolder()).filePath(fileName);
}

} // namespace

QString defaultCachePath() {
    return inAppData(QStringLiteral("cache.sqlite"));
}
QString defaultDemoCachePath() {
    return inAppData(QStringLiteral("demo.sqlite"));
}

QString backUpCacheFiles(const QString &cachePath, QString *error) {
    const QString copy = cachePath + QStringLiteral(".backup-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(cachePath + suffix))
            continue;
        // QFile::copy gives the copy the original's permissions: private stays private.
        QFile source(cachePath + suffix);
        if (!source.copy(copy + suffix)) {
            *error = QCoreApplication::translate("CacheLocation", "Cannot copy %1 to %2: %3")
                         .arg(cachePath + suffix, copy + suffix, source.errorString());
            QFile::remove(copy);
            return {};
        }
    }
    return copy;
}

} // namespace dp
