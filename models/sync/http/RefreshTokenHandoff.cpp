// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/http/RefreshTokenHandoff.h"

#include <QCoreApplication>
#include <QThread>

namespace dp::sync {

RefreshTokenHandoff::RefreshTokenHandoff(Store store)
    : m_store(std::move(store))
    , m_owner(std::make_unique<QObject>()) {}

RefreshTokenHandoff::~RefreshTokenHandoff() = default;

bool RefreshTokenHandoff::onOwnerThread() const {
    return QThread::currentThread() == m_owner->thread();
}

bool RefreshTokenHandoff::keep(const QByteArray &token, quint64 generation, QString *error) {
    {
        std::lock_guard lock(m_mutex);
        if (generation > m_waitingGeneration) {
            m_waiting = token;
            m_waitingGeneration = generation;
        }
    }
    if (onOwnerThread()) {
        serve();
    } else {
        m_changed.notify_all(); // wakes serveUntilFinished()
        QMetaObject::invokeMethod(
            m_owner.get(), [this] { serve(); }, Qt::QueuedConnection);
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock,
                   [&] { return m_storedGeneration >= generation || m_failedGeneration >= generation; });
    if (m_storedGeneration >= generation)
        return true;
    if (error)
        *error = m_failure;
    return false;
}

void RefreshTokenHandoff::finish() {
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

void RefreshTokenHandoff::serveUntilFinished() {
    std::unique_lock lock(m_mutex);
    while (!m_finished) {
        if (m_waitingGeneration > std::max(m_storedGeneration, m_failedGeneration) && !m_serving) {
            lock.unlock();
            serve();
            lock.lock();
            continue;
        }
        m_changed.wait(lock);
    }
}

bool RefreshTokenHandoff::storeCatching(const QByteArray &token, QString *error) {
    // An exception must not leave the owner's event loop: the sync thread would wait for ever.
    try {
        return m_store(token, error);
    } catch (const std::exception &exception) {
        *error = QCoreApplication::translate("dp::sync::RefreshTokenHandoff", "an unexpected error: %1")
                     .arg(QString::fromLocal8Bit(exception.what()));
    } catch (...) {
        *error = QCoreApplication::translate("dp::sync::RefreshTokenHandoff", "an unexpected error");
    }
    return false;
}

void RefreshTokenHandoff::serve() {
    std::unique_lock lock(m_mutex);
    // The store runs an event loop, where a queued serve() may start: the serve() already running on this
    // thread writes what waits once its write is done.
    if (m_serving)
        return;
    m_serving = true;
    while (m_waitingGeneration > std::max(m_storedGeneration, m_failedGeneration)) {
        const QByteArray token = m_waiting;
        const quint64 generation = m_waitingGeneration;
        // Not under the lock: a keychain may take long (it can prompt for a password).
        lock.unlock();
        QString error;
        const bool stored = storeCatching(token, &error);
        lock.lock();
        if (stored) {
            m_storedGeneration = std::max(m_storedGeneration, generation);
        } else {
            m_failedGeneration = std::max(m_failedGeneration, generation);
            m_failure = error;
        }
        m_changed.notify_all();
    }
    m_serving = false;
}

} // namespace dp::sync
