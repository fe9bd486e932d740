// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamListener.h"

#include "tasks/TaskRunner.h"
#include "team/PgConnection.h"
#include "team/TeamServerAddress.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace dp::team {
namespace {

Q_LOGGING_CATEGORY(lcTeamListen, "dealpulse.team.listen", QtInfoMsg)

// The highest change of each kind the team sync pulls, as this login sees them (row-level security
// applies): what TeamSync::pull would reach. Lexicon versions are not pulled, so not counted.
constexpr const char *kNewestChange =
    "SELECT greatest((SELECT max(seq) FROM ratings),"
    " (SELECT max(seq) FROM note_versions), (SELECT max(seq) FROM snapshots),"
    " 0)";

// An idle connection whose server vanished without closing it (a laptop that changed networks, a crashed
// host) shows nothing on its socket; TCP keepalives find it within minutes. Ignored on a Unix socket.
void keepAlive(ConnectionParameters &parameters) {
    const std::pair<const char *, const char *> defaults[] = {{"keepalives", "1"},
                                                              {"keepalives_idle", "60"},
                                                              {"keepalives_interval", "10"},
                                                              {"keepalives_count", "3"}};
    for (const auto &[keyword, value] : defaults)
        if (!parameters.value(keyword))
            parameters.set(keyword, value);
}

} // namespace

TeamListener::TeamListener(Logins logins, TaskRunner &tasks, QObject *parent)
    : QObject(parent)
    , m_logins(std::move(logins))
    , m_tasks(tasks)
    , m_retry(new QTimer(this)) {
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &TeamListener::attempt);
}

TeamListener::~TeamListener() {
    closeConnection();
}

void TeamListener::setRetryDelays(int firstMs, int longestMs) {
    m_firstDelay = std::max(1, firstMs);
    m_longestDelay = std::max(m_firstDelay, longestMs);
    m_delay = m_firstDelay;
}

void TeamListener::start() {
    stop();
    m_delay = m_firstDelay;
    attempt();
}

void TeamListener::stop() {
    ++m_generation;
    m_retry->stop();
    closeConnection();
    m_error.clear();
    setState(State::Stopped);
}

void TeamListener::attempt() {
    const Login login = m_logins();
    if (login.address.trimmed().isEmpty()) {
        stop();
        return;
    }
    setState(State::Connecting);
    m_tasks.run<Connected>(
        this,
        [login] {
            Connected result;
            QString error;
            std::optional<ConnectionParameters> parameters =
                connectionParameters(login.address, login.password, &error);
            if (!parameters) {
                result.error = error;
                return result;
            }
            keepAlive(*parameters);
            std::shared_ptr<PgConnection> connection = PgConnection::open(*parameters);
            connection->exec("LISTEN dealpulse_changes");
            // Read after LISTEN: a change that commits meanwhile is counted here or notified, never neither.
            result.newest = connection->exec(kNewestChange).int64(0, 0);
            result.connection = std::move(connection);
            return result;
        },
        [this, generation = m_generation](Connected result) {
            if (generation == m_generation)
                connected(std::move(result));
        },
        TaskRunner::Long);
}

void TeamListener::connected(Connected result) {
    if (!result.connection) {
        retryLater(result.error);
        return;
    }
    m_connection = std::move(result.connection);
    m_notifier = new QSocketNotifier(qintptr(m_connection->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TeamListener::readServer);
    m_delay = m_firstDelay;
    m_error.clear();
    setState(State::Listening);
    qCDebug(lcTeamListen) << "listening; newest change" << result.newest;
    emit changed(result.newest);
    // Notifications that arrived with the statements above wait in libpq's buffer, where the socket does
    // not show them.
    if (m_connection)
        readServer();
}

void TeamListener::readServer() {
    if (!m_connection)
        return;
    QList<PgNotification> notifications;
    try {
        notifications = m_connection->takeNotifications();
    } catch (const TeamError &error) {
        retryLater(error.message());
        return;
    }
    for (const PgNotification &notification : std::as_const(notifications)) {
        if (notification.channel != kChannel)
            continue;
        // Anyone connected may NOTIFY this channel: the payload is a hint to pull, never trusted further.
        // One that is not a change number still means "look".
        bool ok = false;
        const qint64 change = notification.payload.toLongLong(&ok);
        emit changed(ok && change >= 0 ? change : std::numeric_limits<qint64>::max());
    }
}

void TeamListener::retryLater(const QString &why) {
    closeConnection();
    m_error = why;
    qCDebug(lcTeamListen) << "not listening:" << why << "- again in" << m_delay << "ms";
    setState(State::Waiting);
    m_retry->start(m_delay);
    m_delay = std::min(m_delay * 2, m_longestDelay);
}

void TeamListener::closeConnection() {
    if (m_notifier) {
        // Possibly inside its own activated(): disabled now, deleted once that returns.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_connection.reset();
}

void TeamListener::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

} // namespace dp::team
