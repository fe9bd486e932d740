// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One connection that LISTENs to the team server's change channel while the window is open, so changes
// others commit reach this desktop at once instead of at its next sync. It only says that something changed
// (and its change number); pulling is the team sync's. When the server goes away it connects again, waiting
// longer after each failure; offline is not an error here (the status bar says it from the team sync).
//
// The connection is made on the window's task runner (a connection can wait up to its connect_timeout on the
// network or a name lookup), then watched on the GUI thread: a QSocketNotifier wakes it when the server sends
// something, and PQconsumeInput/PQnotifies read that without waiting. Not a task that waits on the socket: it
// would hold one of the runner's long workers for as long as the window is open, and the runner's
// waitForIdle (before the cache file is replaced) and cancelAll would wait on it.

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace dp {
class TaskRunner;
}

namespace dp::team {

class PgConnection;

class TeamListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamListener)

public:
    // The channel migration 0002 notifies on.
    static constexpr const char *kChannel = "dealpulse_changes";

    struct Login {
        QString address; // what TeamSettings::address() gives; empty: nothing to listen to
        QByteArray password;
    };
    // Asked on the GUI thread before each connection, so a changed password or address is used.
    using Logins = std::function<Login()>;
    enum class State { Stopped, Connecting, Listening, Waiting };

    // The task runner must outlive this object.
    TeamListener(Logins logins, TaskRunner &tasks, QObject *parent = nullptr);
    ~TeamListener() override;

    // Connects (again, with the login as it is now) and listens until stop().
    void start();
    void stop();
    State state() const { return m_state; }
    // Why the last connection failed or ended (Waiting), for the log; empty otherwise.
    QString error() const { return m_error; }
    // The wait before the first retry, doubled after each failure up to the longest; tests shorten them.
    void setRetryDelays(int firstMs, int longestMs);

signals:
    // A change numbered `change` committed on the server. Right after each connection, `change` is the
    // highest change this login can see, so what committed while no one listened is not missed.
    void changed(qint64 change);
    void stateChanged();

private:
    struct Connected {
        std::shared_ptr<PgConnection> connection;
        qint64 newest = 0;
        QString error;
    };
    void attempt();
    void connected(Connected result);
    void readServer();
    void retryLater(const QString &why);
    void closeConnection();
    void setState(State state);

    Logins m_logins;
    TaskRunner &m_tasks;
    std::shared_ptr<PgConnection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry;
    int m_firstDelay = 1000;
    int m_longestDelay = 60000;
    int m_delay = 1000;
    // Counts start() and stop(): a connection that arrives for an older one is closed, not used.
    quint64 m_generation = 0;
    State m_state = State::Stopped;
    QString m_error;
};

} // namespace dp::team
