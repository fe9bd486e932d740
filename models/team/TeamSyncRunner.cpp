// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamSyncRunner.h"

#include "analytics/sentiment/LexiconDigest.h"
#include "analytics/sentiment/RatingService.h"
#include "store/Database.h"
#include "store/TeamOutboxStore.h"
#include "store/TeamPullStore.h"
#include "sync/SecretStore.h"
#include "tasks/TaskRunner.h"
#include "team/PgConnection.h"
#include "team/TeamListener.h"
#include "team/TeamSchema.h"
#include "team/TeamSync.h"

#include <algorithm>

namespace dp::team {

TeamSyncRunner::TeamSyncRunner(Secrets secrets, std::shared_ptr<const Clock> clock, TaskRunner &tasks,
                               QObject *parent)
    : QObject(parent)
    , m_secrets(std::move(secrets))
    , m_clock(std::move(clock))
    , m_tasks(tasks) {
    m_announceDelay.setSingleShot(true);
    m_announceDelay.setInterval(500);
    connect(&m_announceDelay, &QTimer::timeout, this, [this] {
        // A sync that started since the announcement pulls the change too.
        if (!m_syncing)
            requestSync();
    });
}

void TeamSyncRunner::setSettings(const TeamSettings &settings) {
    m_settings = settings;
    m_error.clear();
    m_snapshotsKept = false; // another login may be a manager
    m_lastChange = -1;       // and another server numbers its changes its own way
    updateListener();
    if (!m_settings.isConfigured()) {
        setState(State::NotConfigured);
        return;
    }
    setState(State::Counting);
    refreshOutbox();
}

void TeamSyncRunner::setCachePath(const QString &path) {
    if (path != m_cachePath)
        m_lastChange = -1;
    m_cachePath = path;
    updateListener();
    refreshOutbox();
}

void TeamSyncRunner::setLive(bool live) {
    if (live && !m_listener) {
        m_listener = new TeamListener(
            [this] {
                QString keychainError;
                const QString address = m_settings.address();
                return TeamListener::Login{
                    address,
                    m_secrets().read(teamPasswordKey(address), &keychainError).value_or(QByteArray())};
            },
            m_tasks, this);
        connect(m_listener, &TeamListener::changed, this, &TeamSyncRunner::announced);
    } else if (!live && m_listener) {
        delete m_listener;
        m_listener = nullptr;
        m_listenedAddress.clear();
    }
    updateListener();
}

void TeamSyncRunner::updateListener() {
    if (!m_listener)
        return;
    const bool wanted = m_settings.isConfigured() && !m_cachePath.isEmpty();
    const QString address = wanted ? m_settings.address() : QString();
    if (address == m_listenedAddress && m_listener->state() != TeamListener::State::Stopped)
        return;
    m_listenedAddress = address;
    if (address.isEmpty())
        m_listener->stop();
    else
        m_listener->start(); // again, with the new login (and its password, read on the GUI thread)
}

void TeamSyncRunner::announced(qint64 change) {
    if (change <= m_lastChange)
        return; // here already
    if (m_syncing) {
        m_announcedDuringSync = std::max(m_announcedDuringSync, change);
        return;
    }
    // Not restarted by each change of a burst: the first one waits, the others join it.
    if (!m_announceDelay.isActive())
        m_announceDelay.start();
}

void TeamSyncRunner::requestSync() {
    if (!m_settings.isConfigured() || m_cachePath.isEmpty())
        return;
    if (m_syncing) {
        m_again = true;
        return;
    }
    startSync();
}

void TeamSyncRunner::startSync() {
    m_syncing = true;
    m_again = false;
    const QString address = m_settings.address();
    QString keychainError;
    // No password is fine for a server that trusts this computer's socket (peer authentication).
    const QByteArray password =
        m_secrets().read(teamPasswordKey(address), &keychainError).value_or(QByteArray());
    // Long: it waits on the server, and a page load must not queue behind it.
    m_tasks.run<Outcome>(
        this,
        [path = m_cachePath, address, password, clock = m_clock, kept = m_snapshotsKept] {
            Outcome outcome;
            OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
            if (!opened.ok()) {
                outcome.error = opened.error;
                return outcome;
            }
            Database &db = *opened.database;
            try {
                QString error;
                const std::optional<ConnectionParameters> parameters =
                    connectionParameters(address, password, &error);
                if (!parameters) {
                    outcome.error = error;
                } else {
                    const std::unique_ptr<PgConnection> connection = PgConnection::open(*parameters);
                    TeamSchema::requireCompatible(*connection);
                    TeamSync sync(db, *connection);
                    const TeamSyncResult result = sync.run();
                    outcome.snapshotsKept = result.waiting > 0;
                    outcome.pulledRatings = result.pulledRatings;
                    outcome.lastChange = TeamOutboxStore(db).lastServerChange();
                    const qint64 ratings = TeamPullStore(db).counts().ratings;
                    sync.publishLexicon(sentiment::lexiconDigest(sentiment::storedLearner(db)), ratings,
                                        clock->now());
                    outcome.synced = true;
                }
            } catch (const TeamError &failure) {
                outcome.error = failure.message();
            } catch (const StoreError &failure) {
                outcome.error = failure.message();
            }
            try {
                outcome.unsent = countUnsent(db, outcome.synced ? outcome.snapshotsKept : kept);
            } catch (const StoreError &) {
                outcome.unsent = -1;
            }
            return outcome;
        },
        [this](const Outcome &outcome) { syncDone(outcome); }, TaskRunner::Long);
}

void TeamSyncRunner::syncDone(const Outcome &outcome) {
    m_syncing = false;
    ++m_syncsDone;
    if (outcome.synced)
        m_snapshotsKept = outcome.snapshotsKept;
    if (outcome.lastChange >= 0)
        m_lastChange = outcome.lastChange;
    // Announced while this sync ran and not pulled by it (it committed after the sync read the server): one
    // more. Only once, since the next sync starts after the announcement, so a change this login may not see
    // (another team's coaching note) does not make syncs for ever.
    if (m_announcedDuringSync > m_lastChange)
        m_again = true;
    m_announcedDuringSync = -1;
    if (outcome.unsent >= 0)
        m_unsent = outcome.unsent;
    m_error = outcome.error;
    if (!m_settings.isConfigured())
        setState(State::NotConfigured);
    else if (!outcome.synced)
        setState(State::Offline);
    else
        setState(m_unsent > 0 ? State::Unsent : State::UpToDate);
    if (outcome.pulledRatings > 0)
        emit ratingsPulled();
    emit syncFinished(outcome.synced);
    if (m_again)
        startSync();
}

void TeamSyncRunner::refreshOutbox() {
    if (!m_settings.isConfigured()) {
        setState(State::NotConfigured);
        return;
    }
    if (m_cachePath.isEmpty())
        return;
    if (m_state == State::NotConfigured)
        setState(State::Counting);
    m_tasks.run<Outcome>(
        this,
        [path = m_cachePath, kept = m_snapshotsKept] {
            Outcome outcome;
            OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
            if (opened.ok())
                outcome.unsent = countUnsent(*opened.database, kept);
            return outcome;
        },
        [this, syncsDone = m_syncsDone](const Outcome &outcome) {
            if (outcome.unsent < 0 || !m_settings.isConfigured() || syncsDone != m_syncsDone)
                return;
            m_unsent = outcome.unsent;
            // Offline stays offline (with its reason) until a sync gets through; it shows the count too.
            if (m_state != State::Offline)
                setState(m_unsent > 0 ? State::Unsent : State::UpToDate);
            else
                emit statusChanged();
        });
}

qint64 TeamSyncRunner::countUnsent(Database &db, bool snapshotsKept) {
    TeamOutboxStore outbox(db);
    return snapshotsKept ? outbox.countWithoutSnapshots() : outbox.count();
}

void TeamSyncRunner::setState(State state) {
    m_state = state;
    emit statusChanged();
}

} // namespace dp::team
