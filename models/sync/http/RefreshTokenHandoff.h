// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Carries a rotated OAuth refresh token from whichever sync thread received it to the thread that owns the
// secret store, and waits there until it is stored. The OS keychain completes its jobs through the event
// loop of the application's main thread, so a sync thread that wrote the keychain itself would wait for the
// main thread, while the main thread may be waiting for the sync (the command line runs the sync and waits
// for its fetch thread; a window closing waits for its sync): neither could move.
//
// So the owner thread does every write, and it never blocks on the sync without serving them: in its event
// loop (keep() posts the work there), or in serveUntilFinished(), which replaces a bare wait for the sync's
// threads. Tokens are numbered in the order the CRM issued them; a token arriving after a newer one was
// stored is not written, so the last token issued is the one kept, however the threads interleave.

#include <QByteArray>
#include <QObject>
#include <QString>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace dp::sync {

class RefreshTokenHandoff final {
public:
    // Writes one token; runs on the owner thread. false with the store's words when it refused.
    using Store = std::function<bool(const QByteArray &token, QString *error)>;

    // On the owner thread: it serves the writes from then on.
    explicit RefreshTokenHandoff(Store store);
    ~RefreshTokenHandoff();
    RefreshTokenHandoff(const RefreshTokenHandoff &) = delete;
    RefreshTokenHandoff &operator=(const RefreshTokenHandoff &) = delete;

    // Any thread. Returns once this token, or a newer one, is stored; false (with error) when the store
    // refused. generation: the token's place in the order the CRM issued them (1, 2, ...).
    bool keep(const QByteArray &token, quint64 generation, QString *error);

    // The sync's threads are done: no keep() follows. Ends serveUntilFinished().
    void finish();
    // Owner thread: serves keep() calls until finish(); call it instead of blocking on the sync's threads.
    void serveUntilFinished();

private:
    // Owner thread: writes the newest token waiting, until none is newer than the last written.
    void serve();
    bool storeCatching(const QByteArray &token, QString *error);
    bool onOwnerThread() const;

    Store m_store;
    std::unique_ptr<QObject> m_owner; // lives on the owner thread; queued serve() calls die with it
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArray m_waiting; // the newest token not yet written
    quint64 m_waitingGeneration = 0;
    quint64 m_storedGeneration = 0; // every token up to here is kept (a newer one replaced it)
    quint64 m_failedGeneration = 0; // the store refused tokens up to here
    QString m_failure;
    bool m_serving = false; // a serve() runs on the owner thread
    bool m_finished = false;
};

} // namespace dp::sync
