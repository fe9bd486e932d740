// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One open cache as the application uses it: the lock that keeps a second window off it, the GUI thread's
// connection (opened first, so it brings the schema up to date before any worker reads) and fresh
// connections for workers (one connection per thread). Views and commands get what they need from here
// instead of opening the file themselves.

#include "store/CacheLock.h"
#include "store/Database.h"

#include <QString>
#include <memory>

namespace dp {

class CacheSession final {
public:
    struct Opened;
    // Takes the cache's lock (or adopts `heldLock` when it is already this cache's), then opens it. The
    // lock is taken before anything is read, so a refusal leaves whatever else the caller holds untouched.
    static Opened open(const QString &path, Database::Mode mode = Database::Mode::ReadWrite,
                       std::unique_ptr<CacheLock> heldLock = {});

    CacheSession(const CacheSession &) = delete;
    CacheSession &operator=(const CacheSession &) = delete;

    // The absolute path of the cache file.
    const QString &path() const { return m_path; }
    // The GUI thread's connection, for the manager's small writes and quick reads. Never hand it to a
    // worker: open one with openForWorker().
    Database &database() const { return *m_database; }
    bool isReadOnly() const { return m_database->isReadOnly(); }
    // A new connection to the same file for a worker thread, opened on that thread.
    OpenResult openForWorker() const;
    // Gives the lock up (to move it to a session on the same file).
    std::unique_ptr<CacheLock> releaseLock() { return std::move(m_lock); }

private:
    CacheSession(QString path, std::unique_ptr<CacheLock> lock, std::unique_ptr<Database> database);

    QString m_path;
    std::unique_ptr<CacheLock> m_lock; // null when the folder allows no lock (nothing is written there)
    std::unique_ptr<Database> m_database;
};

struct CacheSession::Opened {
    std::unique_ptr<CacheSession> session; // null on failure
    // The sentence to show when it failed: another window holds the cache, or why it cannot be read.
    QString error;
    bool heldElsewhere = false; // another Dealpulse window has it open
    OpenResult::Status status = OpenResult::Status::Ok;
};

} // namespace dp
