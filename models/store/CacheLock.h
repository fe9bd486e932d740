// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One window per cache: a lock file beside the cache (FILE.lock) held while a window shows it. Two windows
// on one cache would each hold figures the other changes under it, and a sync in each would download the
// same CRM twice. SQLite keeps the file itself consistent; this keeps the people using it from being
// surprised.

#include <QLockFile>
#include <QString>

namespace dp {

class CacheLock final {
public:
    explicit CacheLock(const QString &cachePath);
    CacheLock(const CacheLock &) = delete;
    CacheLock &operator=(const CacheLock &) = delete;

    enum class Outcome {
        Locked,        // this process holds the lock until destroyed
        HeldElsewhere, // another live process holds it: holder() names it
        Unavailable,   // no lock can be taken (a read-only folder): nothing to guard, as nothing is written
    };
    Outcome tryLock();
    // "process 4242 (dealpulse) on host": who holds the lock, after HeldElsewhere.
    QString holder() const;
    // The sentence to show when the lock is held elsewhere.
    QString heldMessage() const;

    const QString &cachePath() const { return m_cachePath; }
    static QString lockPath(const QString &cachePath);

private:
    QString m_cachePath;
    QLockFile m_file;
};

} // namespace dp
