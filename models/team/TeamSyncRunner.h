// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Team sync for the window: when to run it (at start, after each CRM sync, after the settings change, and
// soon after the server announces a change others made while the window listens), never two at once, off the
// GUI thread with its own cache connection; and what the status bar shows: the count of unsent changes (the
// outbox), or that the server could not be reached and why. Views only bind.

#include "domain/Clock.h"
#include "team/TeamSettings.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace dp {
class Database;
class TaskRunner;
} // namespace dp

namespace dp::sync {
class SecretStore;
}

namespace dp::team {

class TeamListener;

class TeamSyncRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamSyncRunner)

public:
    enum class State { NotConfigured, Counting, Unsent, UpToDate, Offline };

    // secrets: the store the password is read from when a sync starts, on this (the GUI) thread only, as the
    // keychain wants; asked each time, since the window's store can be replaced (tests use memory).
    using Secrets = std::function<sync::SecretStore &()>;
    // The task runner must outlive this object.
    TeamSyncRunner(Secrets secrets, std::shared_ptr<const Clock> clock, TaskRunner &tasks,
                   QObject *parent = nullptr);

    void setSettings(const TeamSettings &settings);
    const TeamSettings &settings() const { return m_settings; }
    void setCachePath(const QString &path);
    const QString &cachePath() const { return m_cachePath; }

    // Starts a team sync when a server and a cache are set; a request during a sync runs one more after it.
    void requestSync();
    // Counts the outbox again (after a local rating or note).
    void refreshOutbox();
    // Live: keeps a connection that hears of each change committed on the server and pulls soon after (the
    // window does; a single sync does without). Bursts of changes make one sync.
    void setLive(bool live);
    TeamListener *listener() const { return m_listener; }
    // How long an announced change waits for others to join it before the sync starts.
    void setAnnounceDelay(int ms) { m_announceDelay.setInterval(ms); }

    bool isSyncing() const { return m_syncing; }
    // A sync will start without another request: one asked for during the running one, or an announced
    // change waiting for the others of its burst.
    bool hasSyncPending() const { return m_again || m_announceDelay.isActive(); }
    State state() const { return m_state; }
    // Changes this user can send that are not sent yet. A rep's snapshots stay in the outbox (only managers
    // share them): once a sync said so, they are not counted, or the count would never reach zero.
    qint64 unsent() const { return m_unsent; }
    bool snapshotsKept() const { return m_snapshotsKept; }
    QString error() const { return m_error; } // why the last sync failed (Offline)

signals:
    void statusChanged();
    void syncFinished(bool ok);
    // The last sync took in ratings from the team (emitted just before syncFinished): the learner and what
    // it scores are out of date until they are read again.
    void ratingsPulled();

private:
    struct Outcome {
        qint64 unsent = -1; // -1: the cache could not be read
        bool synced = false;
        bool snapshotsKept = false;
        int pulledRatings = 0;
        qint64 lastChange = -1; // the server's change number the cache has pulled through; -1: unknown
        QString error;
    };
    void startSync();
    void syncDone(const Outcome &outcome);
    void setState(State state);
    void updateListener();
    void announced(qint64 change);
    static qint64 countUnsent(Database &db, bool snapshotsKept);

    Secrets m_secrets;
    std::shared_ptr<const Clock> m_clock;
    TaskRunner &m_tasks;
    TeamSettings m_settings;
    QString m_cachePath;
    bool m_syncing = false;
    bool m_again = false;
    // Counts one per finished sync: an outbox count started before a sync ended is older than the sync's
    // own count and must not replace it.
    quint64 m_syncsDone = 0;
    State m_state = State::NotConfigured;
    qint64 m_unsent = 0;
    bool m_snapshotsKept = false;
    QString m_error;
    TeamListener *m_listener = nullptr;
    QString m_listenedAddress;
    QTimer m_announceDelay;
    // The change number this cache has pulled through (-1 before the first sync): an announced change at or
    // below it is already here, as this desktop's own pushes are once its sync pulled them back.
    qint64 m_lastChange = -1;
    // The newest change announced while a sync ran, which that sync may have missed (-1: none).
    qint64 m_announcedDuringSync = -1;
};

} // namespace dp::team
