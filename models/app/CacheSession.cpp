// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CacheSession.h"

#include <QFileInfo>

namespace dp {

CacheSession::CacheSession(QString path, std::unique_ptr<CacheLock> lock, std::unique_ptr<Database> database)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
    , m_database(std::move(database)) {}

CacheSession::Opened CacheSession::open(const QString &path, Database::Mode mode,
                                        std::unique_ptr<CacheLock> heldLock) {
    const QString target = QFileInfo(path).absoluteFilePath();
    Opened opened;
    std::unique_ptr<CacheLock> lock = std::move(heldLock);
    if (!lock || lock->cachePath() != target) {
        lock = std::make_unique<CacheLock>(target);
        if (lock->tryLock() == CacheLock::Outcome::HeldElsewhere) {
            opened.error = lock->heldMessage();
            opened.heldElsewhere = true;
            opened.status = OpenResult::Status::IoError;
            return opened;
        }
    }
    OpenResult database = Database::open(target, mode);
    opened.status = database.status;
    if (!database.ok()) {
        opened.error = database.error;
        return opened;
    }
    opened.session.reset(new CacheSession(target, std::move(lock), std::move(database.database)));
    return opened;
}

OpenResult CacheSession::openForWorker() const {
    // The GUI's connection already migrated the file: a worker never needs to create or upgrade it.
    return Database::open(m_path,
                          m_database->isReadOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
}

} // namespace dp
