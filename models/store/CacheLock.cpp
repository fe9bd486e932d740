// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CacheLock.h"

#include <QCoreApplication>

namespace dp {

CacheLock::CacheLock(const QString &cachePath)
    : m_cachePath(cachePath)
    , m_file(lockPath(cachePath)) {
    // A window stays open for days: the lock must never be taken as stale for its age. QLockFile still takes
    // over the lock of a process that is gone (same host, pid no longer running).
    m_file.setStaleLockTime(0);
}

QString CacheLock::lockPath(const QString &cachePath) {
    return cachePath + QStringLiteral(".lock");
}

CacheLock::Outcome CacheLock::tryLock() {
    if (m_file.tryLock(0))
        return Outcome::Locked;
    return m_file.error() == QLockFile::LockFailedError ? Outcome::HeldElsewhere : Outcome::Unavailable;
}

QString CacheLock::holder() const {
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_file.getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("CacheLock", "another program");
    return QCoreApplication::translate("CacheLock", "process %1 (%2) on %3")
        .arg(pid)
        .arg(application.isEmpty() ? QCoreApplication::translate("CacheLock", "unknown") : application, host);
}

QString CacheLock::heldMessage() const {
    return QCoreApplication::translate(
               "CacheLock",
               "%1 is already open in another Dealpulse window (%2). Switch to that window, or open another "
               "cache here. If that Dealpulse is no longer running, remove %3.")
        .arg(m_cachePath, holder(), lockPath(m_cachePath));
}

} // namespace dp
