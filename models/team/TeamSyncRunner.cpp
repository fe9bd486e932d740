// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamSyncRunner.h"

#include "analytics/sentiment/LexiconDigest.h"
#include "analytics/sentiment/RatingService.h"
#include "items/Background.h"
#include "store/Database.h"
#include "store/TeamPullStore.h"
#include "sync/SecretStore.h"
#include "team/PgConnection.h"
#include "team/TeamSchema.h"
#include "team/TeamSync.h"

namespace dp::team {

TeamSyncRunner::TeamSyncRunner(sync::SecretStore &secrets, std::shared_ptr<const Clock> clock,
                               QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_clock(std::move(clock)) {}

void TeamSyncRunner::setSettings(const TeamSettings &settings) {
    m_settings = settings;
    m_error.clear();
    if (!m_settings.isConfigured())
        setState(State::NotConfigured);
    else
        refreshOutbox();
}

void TeamSyncRunner::setCachePath(const QString &path) {
    m_cachePath = path;
    refreshOutbox();
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
        m_secrets.read(teamPasswordKey(address), &keychainError).value_or(QByteArray());
    runInBackground<Outcome>(
        this,
        [path = m_cachePath, address, password, clock = m_clock] {
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
                    sync.run();
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
                outcome.unsent = TeamPullStore(db).counts().outbox;
            } catch (const StoreError &) {
                outcome.unsent = -1;
            }
            return outcome;
        },
        [this](const Outcome &outcome) { syncDone(outcome); });
}

void TeamSyncRunner::syncDone(const Outcome &outcome) {
    m_syncing = false;
    if (outcome.unsent >= 0)
        m_unsent = outcome.unsent;
    m_error = outcome.error;
    if (!m_settings.isConfigured())
        setState(State::NotConfigured);
    else if (!outcome.synced)
        setState(State::Offline);
    else
        setState(m_unsent > 0 ? State::Unsent : State::UpToDate);
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
    runInBackground<Outcome>(
        this,
        [path = m_cachePath] {
            Outcome outcome;
            OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
            if (opened.ok())
                outcome.unsent = TeamPullStore(*opened.database).counts().outbox;
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (outcome.unsent < 0 || !m_settings.isConfigured())
                return;
            m_unsent = outcome.unsent;
            // Offline stays offline (with its reason) until a sync gets through; it shows the count too.
            if (m_state != State::Offline)
                setState(m_unsent > 0 ? State::Unsent : State::UpToDate);
            else
                emit statusChanged();
        });
}

void TeamSyncRunner::setState(State state) {
    m_state = state;
    emit statusChanged();
}

} // namespace dp::team
